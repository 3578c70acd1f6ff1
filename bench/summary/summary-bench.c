/* summary-bench: the summary stage's speed, apart from segmentation, and its
 * predictions for scoring.
 *
 *   summary-bench [--rounds N] [-s KEY=VALUE]... IN.jsonl OUT.jsonl
 *   summary-bench --weights L,C,S,N,Q,MIN,WIN,RED [-s KEY=VALUE]... IN.jsonl OUT.jsonl
 *
 * IN has {"id", "text"} per line; OUT gets {"id", "summary"} per line (the
 * selected sentences, one a line, as rouge.py wants them).  Each round makes
 * fresh documents, runs the pipeline "segment" over all of them (timed as
 * segmentation), then the pipeline "pre; summary" where "pre" is a built-in
 * no-op stage that only declares the layers segment already made, so the
 * second timing is the summary stage's own work.  A third pipeline,
 * "segment; summary", times the whole thing.  Medians over the rounds are
 * printed as one JSON object on stderr.
 *
 * With --weights the predictions come from the engine with other weights
 * (summ_weights_default() for the fields left empty) and nothing is timed:
 * this is what bench/summary/tune.py calls.  Plugins are found through
 * LECTOR_PLUGIN_PATH (run.sh sets it to the build tree).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lector/lector.h>

#include "summarizer.h"

typedef struct
{
  char *id;
  char *text;
} Record;

static double
now (void)
{
  return g_get_monotonic_time () / 1e6;
}

static gboolean
pre_process (gpointer stage, LectorDocument *doc, GError **error)
{
  return TRUE;
}

static gpointer
pre_create (const LectorParams *params, GError **error)
{
  return GINT_TO_POINTER (1);
}

/* Claims the layers that segment made before the timed pipeline runs. */
static const LectorPluginInfo pre_info = {
  .abi_version = LECTOR_ABI_VERSION,
  .api_version = LECTOR_API_VERSION,
  .struct_size = sizeof (LectorPluginInfo),
  .name = "pre",
  .version = "0",
  .description = "declares the layers an earlier run made",
  .license = "MIT",
  .provides = LECTOR_STRV ("sentences", "tokens"),
  .threading = LECTOR_THREADING_SHARED,
  .create = pre_create,
  .process = pre_process,
};

static GPtrArray *
read_records (const char *path)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *data = NULL;
  GPtrArray *records = g_ptr_array_new ();

  if (!g_file_get_contents (path, &data, NULL, &error))
    g_error ("%s", error->message);
  for (char *line = strtok (data, "\n"); line != NULL; line = strtok (NULL, "\n"))
    {
      json_error_t jerr;
      json_t *o = json_loads (line, 0, &jerr);
      Record *r;

      if (o == NULL)
        g_error ("%s: %s", path, jerr.text);
      r = g_new (Record, 1);
      r->id = g_strdup (json_string_value (json_object_get (o, "id")));
      r->text = g_strdup (json_string_value (json_object_get (o, "text")));
      if (r->id == NULL || r->text == NULL)
        g_error ("%s: a record without a string id and text", path);
      g_ptr_array_add (records, r);
      json_decref (o);
    }
  return records;
}

static LectorPipeline *
make_pipeline (LectorRegistry *registry, const char *stages, char **overrides)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *text = g_strdup_printf ("[pipeline]\nname = bench\nstages = %s\n", stages);
  g_autoptr (LectorConfig) config = lector_config_load_data (text, -1, "bench.conf", FALSE, &error);
  LectorPipeline *pipeline;

  for (char **o = overrides; config != NULL && o != NULL && *o != NULL; o++)
    if (strstr (stages, "summary") != NULL && !lector_config_set_override (config, *o, &error))
      g_error ("%s", error->message);
  if (config == NULL || (pipeline = lector_pipeline_new (registry, config, &error)) == NULL)
    g_error ("%s", error->message);
  return pipeline;
}

static GPtrArray *
make_documents (GPtrArray *records)
{
  GPtrArray *docs = g_ptr_array_new_with_free_func ((GDestroyNotify)lector_document_unref);

  for (guint i = 0; i < records->len; i++)
    {
      Record *r = records->pdata[i];
      g_autoptr (GError) error = NULL;
      LectorDocument *doc = lector_document_new (r->id, r->text, -1, &error);

      if (doc == NULL)
        g_error ("%s", error->message);
      g_ptr_array_add (docs, doc);
    }
  return docs;
}

static double
run_all (LectorPipeline *pipeline, GPtrArray *docs)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LectorWorker) worker = lector_pipeline_new_worker (pipeline, &error);
  const char *stage = NULL;
  double t0;

  if (worker == NULL)
    g_error ("%s", error->message);
  t0 = now ();
  for (guint i = 0; i < docs->len; i++)
    if (!lector_worker_process (worker, docs->pdata[i], &stage, &error))
      g_error ("%s: %s", stage, error->message);
  return now () - t0;
}

static int
compare_double (const void *a, const void *b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return x < y ? -1 : x > y;
}

static double
median (GArray *values)
{
  qsort (values->data, values->len, sizeof (double), compare_double);
  return g_array_index (values, double, values->len / 2);
}

/* The summary text the engine gives with other weights, from the layers of a
 * segmented document (as summary.c reads them). */
static char *
engine_summary (LectorDocument *doc, const SummBudget *budget, const SummWeights *weights)
{
  LectorLayer *sentences = lector_document_get_layer (doc, "sentences");
  LectorLayer *tokens = lector_document_get_layer (doc, "tokens");
  const LectorSpan *spans = lector_layer_get_spans (tokens);
  g_autoptr (GArray) picks = g_array_new (FALSE, FALSE, sizeof (SummPick));
  g_autofree SummToken *toks = g_new (SummToken, lector_layer_get_size (tokens) + 1);
  GString *out = g_string_new (NULL);
  SummInput in = { 0 };

  in.text = lector_document_get_text (doc, &in.length);
  in.sentences = (const SummRange *)lector_layer_get_spans (sentences);
  in.n_sentences = lector_layer_get_size (sentences);
  in.n_tokens = lector_layer_get_size (tokens);
  for (gsize i = 0; i < in.n_tokens; i++)
    {
      const char *label = lector_layer_get_label (tokens, i);
      guint kind = SUMM_TOKEN_OTHER;

      if (g_strcmp0 (label, "word") == 0)
        kind = SUMM_TOKEN_WORD;
      else if (g_strcmp0 (label, "number") == 0)
        kind = SUMM_TOKEN_NUMBER;
      else if (g_strcmp0 (label, "quote") == 0)
        kind = SUMM_TOKEN_QUOTE;
      toks[i] = (SummToken){ spans[i].start, spans[i].end, kind };
    }
  in.tokens = toks;
  summ_summarize (&in, budget, weights, picks);
  for (guint i = 0; i < picks->len; i++)
    {
      LectorSpan s = lector_layer_get_span (sentences, g_array_index (picks, SummPick, i).sentence);

      if (out->len > 0)
        g_string_append_c (out, '\n');
      for (gsize j = s.start; j < s.end; j++)
        g_string_append_c (out, in.text[j] == '\n' ? ' ' : in.text[j]);
    }
  return g_string_free (out, FALSE);
}

static void
write_predictions (const char *path, GPtrArray *docs, const SummBudget *budget,
                   const SummWeights *weights)
{
  FILE *f = fopen (path, "w");

  if (f == NULL)
    g_error ("cannot write %s", path);
  for (guint i = 0; i < docs->len; i++)
    {
      LectorDocument *doc = docs->pdata[i];
      g_autofree char *text = NULL;
      json_t *o;
      char *line;

      if (weights != NULL)
        text = engine_summary (doc, budget, weights);
      else
        text = g_strdup (json_string_value (
            json_object_get (json_object_get (lector_document_get_meta (doc), "summary"), "text")));
      o = json_pack ("{s:s, s:s}", "id", lector_document_get_id (doc), "summary",
                     text != NULL ? text : "");
      line = json_dumps (o, JSON_COMPACT | JSON_ENSURE_ASCII);
      fprintf (f, "%s\n", line);
      free (line);
      json_decref (o);
    }
  fclose (f);
}

int
main (int argc, char **argv)
{
  int rounds = 9;
  g_autofree char *weights_text = NULL;
  g_auto (GStrv) overrides = NULL;
  GOptionEntry entries[] = {
    { "rounds", 'r', 0, G_OPTION_ARG_INT, &rounds, "timed rounds (median reported)", "N" },
    { "weights", 'w', 0, G_OPTION_ARG_STRING, &weights_text,
      "engine weights L,C,S,N,Q,MIN,WIN,RED (empty = default); no timing", "LIST" },
    { "set", 's', 0, G_OPTION_ARG_STRING_ARRAY, &overrides, "summary.KEY=VALUE for the stage",
      "ASSIGNMENT" },
    { NULL },
  };
  g_autoptr (GOptionContext) context = g_option_context_new ("IN.jsonl OUT.jsonl");
  g_autoptr (GError) error = NULL;
  g_autoptr (GArray) t_seg = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GArray) t_sum = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GArray) t_all = g_array_new (FALSE, FALSE, sizeof (double));
  GPtrArray *records;
  LectorRegistry *registry;
  LectorPipeline *seg, *sum, *all;
  gsize bytes = 0;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 3)
    {
      fprintf (stderr, "usage: %s [OPTIONS] IN.jsonl OUT.jsonl\n", argv[0]);
      return 2;
    }
  records = read_records (argv[1]);
  for (guint i = 0; i < records->len; i++)
    bytes += strlen (((Record *)records->pdata[i])->text);

  registry = lector_registry_new ();
  lector_registry_add_default_dirs (registry);
  lector_registry_scan (registry);
  if (lector_registry_add_static (registry, &pre_info, &error) == NULL)
    g_error ("%s", error->message);
  seg = make_pipeline (registry, "segment", NULL);
  sum = make_pipeline (registry, "pre; summary", overrides);
  all = make_pipeline (registry, "segment; summary", overrides);

  if (weights_text != NULL)
    {
      SummWeights w = *summ_weights_default ();
      SummBudget budget = { .kind = SUMM_BUDGET_SENTENCES, .sentences = 3 };
      g_auto (GStrv) parts = g_strsplit (weights_text, ",", -1);
      double *fields[] = { &w.length, &w.centrality, &w.signature, &w.numbers, &w.quote };
      g_autoptr (GPtrArray) docs = make_documents (records);

      for (guint i = 0; parts[i] != NULL && i < 8; i++)
        {
          if (*parts[i] == '\0')
            continue;
          if (i < 5)
            *fields[i] = g_ascii_strtod (parts[i], NULL);
          else if (i == 5)
            w.min_words = (guint)atoi (parts[i]);
          else if (i == 6)
            w.window = (guint)atoi (parts[i]);
          else
            w.redundancy = g_ascii_strtod (parts[i], NULL);
        }
      for (char **o = overrides; o != NULL && *o != NULL; o++)
        if (g_str_has_prefix (*o, "summary.sentences="))
          budget.sentences = (guint)atoi (strchr (*o, '=') + 1);
      run_all (seg, docs);
      write_predictions (argv[2], docs, &budget, &w);
      return 0;
    }

  for (int r = 0; r < MAX (rounds, 1); r++)
    {
      g_autoptr (GPtrArray) docs = make_documents (records);
      g_autoptr (GPtrArray) docs2 = make_documents (records);
      double t;

      t = run_all (seg, docs);
      g_array_append_val (t_seg, t);
      t = run_all (sum, docs);
      g_array_append_val (t_sum, t);
      t = run_all (all, docs2);
      g_array_append_val (t_all, t);
      if (r == 0)
        write_predictions (argv[2], docs, NULL, NULL);
    }
  {
    double seg_s = median (t_seg), sum_s = median (t_sum), all_s = median (t_all);

    fprintf (stderr,
             "{\"system\": \"lector-summary\", \"docs\": %u, \"bytes\": %" G_GSIZE_FORMAT
             ", \"rounds\": %d, \"segment_s\": %.5f, \"summary_s\": %.5f, \"pipeline_s\": %.5f, "
             "\"segment_MB_per_s\": %.2f, \"summary_MB_per_s\": %.2f, "
             "\"pipeline_MB_per_s\": %.2f}\n",
             records->len, bytes, rounds, seg_s, sum_s, all_s, bytes / 1e6 / seg_s,
             bytes / 1e6 / sum_s, bytes / 1e6 / all_s);
  }
  lector_pipeline_free (seg);
  lector_pipeline_free (sum);
  lector_pipeline_free (all);
  lector_registry_free (registry);
  return 0;
}
