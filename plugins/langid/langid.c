/* The langid plugin: the document's language (meta.lang) and, for mixed-language
 * documents, the language of each paragraph (layer `languages`).
 *
 * The engine is lid-model.c (the mapped model) and lid-detect.c (scoring); this
 * file maps parameters to an allowed-language mask and results to JSON.
 */
#include <math.h>
#include <string.h>

#include <lector/lector.h>

#include "lid-groups.h"

#define LANGID_MODEL_FILE  "langid.model"
#define LANGID_GROUPS_FILE "langid-groups.model"

static const LectorParamSpec langid_params[] = {
  {
      .key = "languages",
      .type = LECTOR_PARAM_STRING_LIST,
      .default_value = NULL,
      .help = "choose only among these languages, as ISO 639-1 (else 639-3) codes (\"en; fr; "
              "de\"); default: all the model knows",
  },
  {
      .key = "min-length",
      .type = LECTOR_PARAM_INT,
      .default_value = "3",
      .help = "letters a text or paragraph needs to be given a language; shorter ones get "
              "\"und\"",
      .min = 1,
      .max = 1000000,
  },
  {
      .key = "model",
      .type = LECTOR_PARAM_STRING,
      .default_value = LANGID_MODEL_FILE,
      .help = "the first stage's model: a file name in the plugin's data directory, or a path "
              "containing '/'",
  },
  {
      .key = "groups-model",
      .type = LECTOR_PARAM_STRING,
      .default_value = LANGID_GROUPS_FILE,
      .help = "the second stage's model (close relatives such as ms/id), made for the first "
              "stage's: a file name in the plugin's data directory, or a path containing '/'",
  },
  {
      .key = "per-paragraph",
      .type = LECTOR_PARAM_BOOL,
      .default_value = "true",
      .help = "detect each paragraph's language too (layer 'languages': one annotation a "
              "paragraph; false: one over the whole text); paragraphs come from an earlier "
              "stage's 'paragraphs' layer, else from line breaks",
  },
  { .key = NULL },
};

typedef struct
{
  LidModel *model;
  LidGroups *groups; /* the second stage, between close languages */
  guint8 *allowed; /* NULL: every language of the model */
  guint min_letters;
  gboolean per_paragraph;
} LangidStage;

static void
langid_free (gpointer data)
{
  LangidStage *stage = data;

  if (stage == NULL)
    return;
  lid_groups_free (stage->groups);
  lid_model_free (stage->model);
  g_free (stage->allowed);
  g_free (stage);
}

static gpointer
langid_create (const LectorParams *params, GError **error)
{
  g_autofree char *path = NULL;
  g_autofree char *groups_path = NULL;
  g_autoptr (GError) local = NULL;
  LangidStage *stage;

  path = lector_resolve_data_file ("langid", "model", lector_params_get_string (params, "model"),
                                   error);
  if (path == NULL)
    return NULL;
  groups_path = lector_resolve_data_file ("langid", "groups-model",
                                          lector_params_get_string (params, "groups-model"), error);
  if (groups_path == NULL)
    return NULL;
  stage = g_new0 (LangidStage, 1);
  stage->model = lid_model_open (path, &local);
  if (stage->model != NULL)
    stage->groups = lid_groups_open (groups_path, stage->model, &local);
  if (stage->model == NULL || stage->groups == NULL)
    {
      /* Which parameter chose the file, so that a config that sets it is pointed at. */
      g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_IO, "%s: %s",
                   stage->model == NULL ? "model" : "groups-model", local->message);
      langid_free (stage);
      return NULL;
    }
  stage->min_letters = (guint)lector_params_get_int (params, "min-length");
  stage->per_paragraph = lector_params_get_bool (params, "per-paragraph");

  if (lector_params_is_set (params, "languages"))
    {
      const char *const *codes = lector_params_get_strv (params, "languages");
      guint n_langs = lid_model_n_languages (stage->model);

      stage->allowed = g_new0 (guint8, n_langs);
      for (gsize i = 0; codes != NULL && codes[i] != NULL; i++)
        {
          int l = lid_model_find (stage->model, codes[i]);

          if (l < 0)
            {
              g_autoptr (GString) known = g_string_new (NULL);

              for (guint k = 0; k < n_langs; k++)
                g_string_append_printf (known, "%s%s", k > 0 ? " " : "",
                                        lid_model_code (stage->model, k));
              g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_CONFIG,
                           "languages: '%s' is not a language the langid model knows (use "
                           "ISO 639-1 codes where they exist, e.g. 'de', not 'deu'); it knows: "
                           "%s",
                           codes[i], known->str);
              langid_free (stage);
              return NULL;
            }
          stage->allowed[l] = 1;
        }
      if (codes == NULL || codes[0] == NULL)
        {
          g_set_error_literal (error, LECTOR_ERROR, LECTOR_ERROR_CONFIG,
                               "languages: the list is empty; leave it out to allow every "
                               "language");
          langid_free (stage);
          return NULL;
        }
    }
  /* From here on the stage is only read: process() may run on many threads. */
  return stage;
}

static const char *
result_code (const LidModel *model, const LidResult *r)
{
  return r->lang >= 0 ? lid_model_code (model, (guint)r->lang) : "und";
}

/* meta.lang: code, English name, score, alternatives (the runners-up), reliable. */
static json_t *
result_to_json (const LidModel *model, const LidResult *r)
{
  json_t *alternatives = json_array ();

  for (guint i = 0; i < r->n_alternatives; i++)
    json_array_append_new (alternatives,
                           json_pack ("{s:s, s:f}", "code",
                                      lid_model_code (model, (guint)r->alternatives[i].lang),
                                      "score", r->alternatives[i].prob));
  return json_pack ("{s:s, s:s, s:f, s:o, s:b}", "code", result_code (model, r), "name",
                    r->lang >= 0 ? lid_model_name (model, (guint)r->lang) : "Undetermined", "score",
                    r->lang >= 0 ? r->prob : 0.0, "alternatives", alternatives, "reliable",
                    r->reliable);
}

/* Scores [start, end) into @scores and adds its annotation to @layer. */
static gboolean
annotate_span (const LangidStage *stage, LectorLayer *layer, const char *text, LectorSpan span,
               LidScores *scores, GError **error)
{
  LidResult r;
  json_t *features;

  lid_detect (stage->model, stage->groups, scores, text + span.start, span.end - span.start,
              stage->allowed, stage->min_letters, &r);
  features = json_pack ("{s:s, s:b}", "name",
                        r.lang >= 0 ? lid_model_name (stage->model, (guint)r.lang) : "Undetermined",
                        "reliable", r.reliable);
  return lector_layer_add (layer, span, result_code (stage->model, &r), r.lang >= 0 ? r.prob : NAN,
                           features, error)
         >= 0;
}

/* The paragraphs of a text without a `paragraphs` layer: its non-blank lines. */
static GArray *
split_lines (const char *text, gsize len)
{
  GArray *spans = g_array_new (FALSE, FALSE, sizeof (LectorSpan));
  gsize start = 0;

  while (start < len)
    {
      const char *nl = memchr (text + start, '\n', len - start);
      gsize end = nl != NULL ? (gsize)(nl - text) : len;
      gsize s = start, e = end;

      while (s < e && g_ascii_isspace (text[s]))
        s++;
      while (e > s && g_ascii_isspace (text[e - 1]))
        e--;
      if (e > s)
        {
          LectorSpan span = { s, e };

          g_array_append_val (spans, span);
        }
      start = end + 1;
    }
  return spans;
}

static gboolean
langid_process (gpointer data, LectorDocument *doc, GError **error)
{
  const LangidStage *stage = data;
  gsize len;
  const char *text = lector_document_get_text (doc, &len);
  guint n_langs = lid_model_n_languages (stage->model);
  /* Per call, on the heap (about 6 KB each): the stage is shared by all workers. */
  g_autofree LidScores *total = g_new (LidScores, 1);
  g_autofree LidScores *part = g_new (LidScores, 1);
  LectorLayer *layer;
  LidResult r;

  layer = lector_document_add_layer (doc, "languages", error);
  if (layer == NULL)
    return FALSE;
  lid_scores_clear (total);
  if (stage->per_paragraph)
    {
      LectorLayer *paragraphs = lector_document_get_layer (doc, "paragraphs");
      g_autoptr (GArray) lines = paragraphs == NULL ? split_lines (text, len) : NULL;
      gsize n = paragraphs != NULL ? lector_layer_get_size (paragraphs) : lines->len;
      const LectorSpan *spans = paragraphs != NULL ? lector_layer_get_spans (paragraphs)
                                                   : (const LectorSpan *)(void *)lines->data;

      for (gsize i = 0; i < n; i++)
        {
          if (!annotate_span (stage, layer, text, spans[i], part, error))
            return FALSE;
          lid_scores_merge (total, part, n_langs);
        }
    }
  else if (len > 0)
    {
      LectorSpan all = { 0, len };

      if (!annotate_span (stage, layer, text, all, total, error))
        return FALSE;
    }
  /* Scores add up, so the document's language is decided on the sum of its parts. */
  lid_decide_groups (stage->model, stage->groups, total, stage->allowed, stage->min_letters, &r);
  json_object_set_new (lector_document_get_meta (doc), "lang", result_to_json (stage->model, &r));
  return TRUE;
}

LECTOR_PLUGIN_DEFINE (langid, .version = "1.0.0",
                      .description = "identifies the language of the document and of each "
                                     "paragraph (character n-gram language models, 190 "
                                     "languages)",
                      .license = "MIT", .provides = LECTOR_STRV ("lang", "languages"),
                      .meta = LECTOR_STRV ("lang"), .requires = NULL, .params = langid_params,
                      .threading = LECTOR_THREADING_SHARED, .create = langid_create,
                      .process = langid_process, .free = langid_free)
