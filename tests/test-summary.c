/* The summary plugin, run as users run it: built plugins in a "segment; summary"
 * pipeline.  Budgets (sentences, words, ratio) and their conflicts, short and
 * empty documents, repeats, document order, the optional quotes and entities
 * layers, languages, and the golden summary of examples/news-cairo.txt
 * (tests/summary/news-cairo.summary). */
#include <math.h>
#include <string.h>

#include <lector/lector.h>

typedef struct
{
  LectorRegistry *registry;
} Fixture;

static void
fixture_setup (Fixture *fixture, gconstpointer data)
{
  fixture->registry = lector_registry_new ();
  lector_registry_add_default_dirs (fixture->registry);
  lector_registry_scan (fixture->registry);
  g_assert_nonnull (lector_registry_lookup (fixture->registry, "segment"));
  g_assert_nonnull (lector_registry_lookup (fixture->registry, "summary"));
}

static void
fixture_teardown (Fixture *fixture, gconstpointer data)
{
  lector_registry_free (fixture->registry);
}

/* "[stage summary]" settings, one "key = value" per line, or NULL. */
static LectorPipeline *
build (Fixture *fixture, const char *settings, GError **error)
{
  g_autofree char *text = g_strdup_printf ("[pipeline]\nname = t\nstages = segment; summary\n"
                                           "[stage summary]\n%s\n",
                                           settings ? settings : "");
  g_autoptr (LectorConfig) config = lector_config_load_data (text, -1, "t.conf", FALSE, error);

  return config ? lector_pipeline_new (fixture->registry, config, error) : NULL;
}

/* Runs @doc through a pipeline with @settings; the document keeps the result. */
static void
run_doc (Fixture *fixture, const char *settings, LectorDocument *doc)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LectorPipeline) pipeline = build (fixture, settings, &error);
  g_autoptr (LectorWorker) worker = NULL;
  const char *stage = NULL;

  g_assert_no_error (error);
  worker = lector_pipeline_new_worker (pipeline, &error);
  g_assert_no_error (error);
  g_assert_true (lector_worker_process (worker, doc, &stage, &error));
  g_assert_no_error (error);
}

static LectorDocument *
run_text (Fixture *fixture, const char *settings, const char *text)
{
  g_autoptr (GError) error = NULL;
  LectorDocument *doc = lector_document_new ("t", text, -1, &error);

  g_assert_no_error (error);
  run_doc (fixture, settings, doc);
  return doc;
}

static const char *
summary_text (LectorDocument *doc)
{
  json_t *summary = json_object_get (lector_document_get_meta (doc), "summary");

  g_assert_true (json_is_object (summary));
  return json_string_value (json_object_get (summary, "text"));
}

static gint64
summary_int (LectorDocument *doc, const char *key)
{
  json_t *summary = json_object_get (lector_document_get_meta (doc), "summary");

  g_assert_true (json_is_integer (json_object_get (summary, key)));
  return json_integer_value (json_object_get (summary, key));
}

/* Index of the sentence of @doc that @span is, or -1. */
static gssize
sentence_index (LectorDocument *doc, LectorSpan span)
{
  LectorLayer *sentences = lector_document_get_layer (doc, "sentences");

  for (gsize i = 0; i < lector_layer_get_size (sentences); i++)
    {
      LectorSpan s = lector_layer_get_span (sentences, i);

      if (s.start == span.start && s.end == span.end)
        return (gssize)i;
    }
  return -1;
}

/* Whether sentence @index of @doc is in the summary. */
static gboolean
selected (LectorDocument *doc, gsize index)
{
  LectorLayer *summary = lector_document_get_layer (doc, "summary");

  for (gsize i = 0; i < lector_layer_get_size (summary); i++)
    if (sentence_index (doc, lector_layer_get_span (summary, i)) == (gssize)index)
      return TRUE;
  return FALSE;
}

/* Checks what every summary promises: its annotations are whole sentences in
 * document order with a score and distinct ranks 1..n, and meta.summary agrees
 * with the layer (the sentences' text, one a line; their count; their words). */
static void
check_consistent (LectorDocument *doc)
{
  LectorLayer *summary = lector_document_get_layer (doc, "summary");
  LectorLayer *tokens = lector_document_get_layer (doc, "tokens");
  const char *text = lector_document_get_text (doc, NULL);
  gsize n = lector_layer_get_size (summary);
  g_autofree gboolean *seen_rank = g_new0 (gboolean, n + 1);
  g_autoptr (GString) expected = g_string_new (NULL);
  gint64 words = 0;

  g_assert_nonnull (summary);
  for (gsize i = 0; i < n; i++)
    {
      LectorSpan span = lector_layer_get_span (summary, i);
      json_t *rank = json_object_get (lector_layer_get_features (summary, i), "rank");

      g_assert_cmpint (sentence_index (doc, span), >=, 0);
      if (i > 0)
        g_assert_cmpuint (lector_layer_get_span (summary, i - 1).end, <=, span.start);
      g_assert_false (isnan (lector_layer_get_score (summary, i)));
      g_assert_true (json_is_integer (rank));
      g_assert_cmpint (json_integer_value (rank), >=, 1);
      g_assert_cmpint (json_integer_value (rank), <=, (gint64)n);
      g_assert_false (seen_rank[json_integer_value (rank)]);
      seen_rank[json_integer_value (rank)] = TRUE;
      if (expected->len > 0)
        g_string_append_c (expected, '\n');
      for (gsize j = span.start; j < span.end; j++)
        g_string_append_c (expected, text[j] == '\n' ? ' ' : text[j]);
      for (gsize t = lector_layer_lower_bound (tokens, span.start);
           t < lector_layer_get_size (tokens) && lector_layer_get_span (tokens, t).start < span.end;
           t++)
        {
          const char *label = lector_layer_get_label (tokens, t);

          words += g_strcmp0 (label, "word") == 0 || g_strcmp0 (label, "number") == 0;
        }
    }
  g_assert_cmpstr (summary_text (doc), ==, expected->str);
  g_assert_cmpint (summary_int (doc, "sentences"), ==, (gint64)n);
  g_assert_cmpint (summary_int (doc, "words"), ==, words);
}

/* Ten distinct sentences of 10 to 19 words about one story. */
static const char *const story[] = {
  "The city council approved a new budget for the harbour district on Monday evening.",
  "The budget gives the harbour district twelve million euros for new housing and two schools.",
  "Council members argued for three hours before the final vote of nine to four.",
  "Opponents said the harbour plan ignores the rising cost of flood protection along the river.",
  "The mayor said the housing would be ready for the first families within four years.",
  "Local shop owners welcomed the plan but asked for more parking near the old fish market.",
  "A group of residents has already collected two thousand signatures against the new towers.",
  "The regional government must still confirm the budget before construction can begin next "
  "spring.",
  "Engineers will study the soil of the former shipyard during the summer months.",
  "The next council meeting on the harbour district is planned for the first week of June.",
};

static char *
story_text (gsize n)
{
  GString *s = g_string_new (NULL);

  for (gsize i = 0; i < n; i++)
    g_string_append_printf (s, "%s%s", i ? " " : "", story[i]);
  return g_string_free (s, FALSE);
}

static void
test_sentences_budget (Fixture *fixture, gconstpointer data)
{
  g_autofree char *text = story_text (10);

  for (gint64 k = 1; k <= 6; k++)
    {
      g_autofree char *settings = g_strdup_printf ("sentences = %" G_GINT64_FORMAT, k);
      g_autoptr (LectorDocument) doc = run_text (fixture, settings, text);

      g_assert_cmpuint (lector_layer_get_size (lector_document_get_layer (doc, "summary")), ==,
                        (gsize)k);
      check_consistent (doc);
    }
}

static void
test_default_is_three (Fixture *fixture, gconstpointer data)
{
  g_autofree char *text = story_text (10);
  g_autoptr (LectorDocument) doc = run_text (fixture, NULL, text);

  g_assert_cmpint (summary_int (doc, "sentences"), ==, 3);
  check_consistent (doc);
}

static void
test_words_budget (Fixture *fixture, gconstpointer data)
{
  g_autofree char *text = story_text (10);

  for (gint64 budget = 16; budget <= 80; budget += 16)
    {
      g_autofree char *settings = g_strdup_printf ("words = %" G_GINT64_FORMAT, budget);
      g_autoptr (LectorDocument) doc = run_text (fixture, settings, text);

      check_consistent (doc);
      g_assert_cmpint (summary_int (doc, "words"), <=, budget);
      g_assert_cmpint (summary_int (doc, "sentences"), >=, 1);
      /* A budget is used, not wasted: no unchosen sentence of the lead would fit. */
      g_assert_cmpint (summary_int (doc, "words") + 19, >, budget);
    }
}

/* A budget smaller than any sentence still gives the best sentence. */
static void
test_words_budget_too_small (Fixture *fixture, gconstpointer data)
{
  g_autofree char *text = story_text (5);
  g_autoptr (LectorDocument) doc = run_text (fixture, "words = 3", text);

  check_consistent (doc);
  g_assert_cmpint (summary_int (doc, "sentences"), ==, 1);
  g_assert_cmpint (summary_int (doc, "words"), >, 3);
}

static void
test_ratio_budget (Fixture *fixture, gconstpointer data)
{
  g_autofree char *text = story_text (10);
  g_autoptr (LectorDocument) all = run_text (fixture, "sentences = 100", text);
  gint64 total = summary_int (all, "words");
  const double ratios[] = { 0.1, 0.25, 0.5 };

  g_assert_cmpint (summary_int (all, "sentences"), ==, 10);
  for (gsize i = 0; i < G_N_ELEMENTS (ratios); i++)
    {
      g_autofree char *settings = g_strdup_printf ("ratio = %g", ratios[i]);
      g_autoptr (LectorDocument) doc = run_text (fixture, settings, text);

      check_consistent (doc);
      g_assert_cmpint (summary_int (doc, "words"), <=, (gint64)(ratios[i] * total + 0.5));
      g_assert_cmpint (summary_int (doc, "sentences"), >=, 1);
    }
}

static void
assert_config_error (Fixture *fixture, const char *settings, const char *first, const char *second)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LectorPipeline) pipeline = build (fixture, settings, &error);
  g_autofree char *keys = g_strdup_printf ("'%s' and '%s'", first, second);

  g_assert_null (pipeline);
  g_assert_error (error, LECTOR_ERROR, LECTOR_ERROR_CONFIG);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "stage 'summary'"));
  g_assert_nonnull (strstr (error->message, keys));
}

static void
test_budget_conflicts (Fixture *fixture, gconstpointer data)
{
  assert_config_error (fixture, "sentences = 3\nwords = 50", "sentences", "words");
  assert_config_error (fixture, "sentences = 2\nratio = 0.2", "sentences", "ratio");
  assert_config_error (fixture, "words = 50\nratio = 0.2", "words", "ratio");
}

static void
test_ratio_zero (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LectorPipeline) pipeline = build (fixture, "ratio = 0", &error);

  g_assert_null (pipeline);
  g_assert_error (error, LECTOR_ERROR, LECTOR_ERROR_CONFIG);
  g_assert_nonnull (strstr (error->message, "ratio"));
}

/* An empty `languages` list would leave every document with a "lang" unsummarized:
 * a configuration error naming the parameter, as langid's and entities' are. */
static void
test_languages_empty (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LectorPipeline) pipeline = build (fixture, "languages =", &error);

  g_assert_null (pipeline);
  g_assert_error (error, LECTOR_ERROR, LECTOR_ERROR_CONFIG);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "languages"));
  g_clear_error (&error);

  /* Commas instead of ';' make one code that no document has: refused too. */
  g_autoptr (LectorPipeline) commas = build (fixture, "languages = en, fr", &error);
  g_assert_null (commas);
  g_assert_error (error, LECTOR_ERROR, LECTOR_ERROR_CONFIG);
  g_assert_nonnull (strstr (error->message, "languages: 'en, fr' is not a language code"));
}

static void
test_short_document (Fixture *fixture, gconstpointer data)
{
  g_autofree char *text = story_text (2);
  g_autoptr (LectorDocument) doc = run_text (fixture, "sentences = 5", text);

  check_consistent (doc);
  g_assert_cmpint (summary_int (doc, "sentences"), ==, 2);
  g_assert_true (selected (doc, 0) && selected (doc, 1));
}

/* Short sentences are chosen too when there is nothing else. */
static void
test_short_sentences (Fixture *fixture, gconstpointer data)
{
  g_autoptr (LectorDocument) doc = run_text (fixture, NULL, "Rain today. Sun tomorrow.");

  check_consistent (doc);
  g_assert_cmpint (summary_int (doc, "sentences"), ==, 2);
}

static void
test_one_sentence (Fixture *fixture, gconstpointer data)
{
  g_autoptr (LectorDocument) doc = run_text (fixture, NULL, story[0]);

  check_consistent (doc);
  g_assert_cmpstr (summary_text (doc), ==, story[0]);
  g_assert_cmpint (summary_int (doc, "words"), ==, 14);
}

static void
test_empty (Fixture *fixture, gconstpointer data)
{
  const char *const texts[] = { "", "  \n\n \t", "... !!! ---" };

  for (gsize i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr (LectorDocument) doc = run_text (fixture, NULL, texts[i]);

      check_consistent (doc);
      g_assert_cmpuint (lector_layer_get_size (lector_document_get_layer (doc, "summary")), ==, 0);
      g_assert_cmpstr (summary_text (doc), ==, "");
      g_assert_cmpint (summary_int (doc, "words"), ==, 0);
    }
}

static void
test_duplicates (Fixture *fixture, gconstpointer data)
{
  /* Distinct sentences that share no word trigram, and three copies of one. */
  g_autofree char *text = g_strdup_printf ("%s %s %s %s %s %s", story[1], story[1], story[2],
                                           story[4], story[1], story[5]);
  g_autoptr (LectorDocument) doc = run_text (fixture, "sentences = 4", text);
  g_autoptr (LectorDocument) shortdoc = run_text (fixture, "sentences = 3", "Yes. Yes. No. Yes.");
  LectorLayer *summary = lector_document_get_layer (doc, "summary");
  const char *t = lector_document_get_text (doc, NULL);
  int copies = 0;

  check_consistent (doc);
  g_assert_cmpint (summary_int (doc, "sentences"), ==, 4);
  for (gsize i = 0; i < lector_layer_get_size (summary); i++)
    {
      LectorSpan span = lector_layer_get_span (summary, i);

      copies += strncmp (t + span.start, story[1], span.end - span.start) == 0;
    }
  g_assert_cmpint (copies, ==, 1);

  check_consistent (shortdoc);
  g_assert_cmpstr (summary_text (shortdoc), ==, "Yes.\nNo.");
}

/* Sentences come back in document order whatever their rank. */
static void
test_document_order (Fixture *fixture, gconstpointer data)
{
  /* A long first sentence ranks below the short second one (shorter
   * sentences say more per word), yet comes first in the summary. */
  const char *text = "The city council approved a new budget for the harbour district on Monday "
                     "evening after a long and heated debate that lasted until well past "
                     "midnight and ended with a narrow vote of nine to four. "
                     "The budget pays for housing and two schools. "
                     "Opponents said that the plan for the harbour ignores the rising cost of "
                     "flood protection along the river and that the council should have waited "
                     "for the report of the engineers before any vote at all.";
  g_autoptr (LectorDocument) doc = run_text (fixture, "sentences = 2", text);
  LectorLayer *summary = lector_document_get_layer (doc, "summary");

  check_consistent (doc);
  g_assert_cmpuint (lector_layer_get_size (summary), ==, 2);
  g_assert_cmpint (sentence_index (doc, lector_layer_get_span (summary, 0)), ==, 0);
  g_assert_cmpint (sentence_index (doc, lector_layer_get_span (summary, 1)), ==, 1);
  g_assert_cmpint (
      json_integer_value (json_object_get (lector_layer_get_features (summary, 0), "rank")), ==, 2);
  g_assert_cmpint (
      json_integer_value (json_object_get (lector_layer_get_features (summary, 1), "rank")), ==, 1);
  g_assert_cmpfloat (lector_layer_get_score (summary, 1), >, lector_layer_get_score (summary, 0));
}

/* A quotes layer marks direct speech, which a summary leaves out; indirect
 * speech is reporting, which a summary does, so it is not counted as quoted. */
static void
test_quotes_layer (Fixture *fixture, gconstpointer data)
{
  /* Four sentences compete for three places; the second is the shortest, so
   * it is chosen, unless a quotes stage says it is a direct quotation. */
  const char *text = "The city council approved a new budget for the harbour district on Monday "
                     "evening after a long debate. We will build houses for every family here. "
                     "Opponents said the harbour plan ignores the rising cost of flood protection "
                     "along the river banks. The regional government must still confirm the "
                     "budget before construction can begin next spring.";
  const char *const types[] = { NULL, "direct", "indirect" };
  const gboolean chosen[] = { FALSE, FALSE, TRUE };
  g_autoptr (LectorDocument) plain = run_text (fixture, NULL, text);
  const char *quote = strstr (text, "We will");
  const gsize quote_len = strlen ("We will build houses for every family here.");

  g_assert_true (selected (plain, 1));
  for (gsize i = 0; i < G_N_ELEMENTS (types); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (LectorDocument) doc = lector_document_new ("q", text, -1, &error);
      LectorLayer *quotes = lector_document_add_layer (doc, "quotes", &error);
      json_t *features = types[i] != NULL ? json_pack ("{ss}", "type", types[i]) : NULL;

      g_assert_no_error (error);
      lector_layer_add (quotes, (LectorSpan){ quote - text, quote - text + quote_len }, NULL,
                        NAN, features, &error);
      g_assert_no_error (error);
      run_doc (fixture, NULL, doc);
      check_consistent (doc);
      g_assert_cmpint (selected (doc, 1), ==, chosen[i]);
      g_assert_cmpint (summary_int (doc, "sentences"), ==, 3);
    }
}

/* An entities layer before the stage leaves the summary as it is: the weights
 * were chosen on words alone, and names as terms of their own scored lower
 * (plugins/summary/README.md), so the news pipeline gives the summary that
 * `segment; summary` gives and the benchmark measures. */
static void
test_entities_layer (Fixture *fixture, gconstpointer data)
{
  const char *text = "The talks in the capital ended late on Tuesday without any agreement. "
                     "Maria Lopez said the northern farmers would keep protesting. "
                     "Several roads in the south remained blocked by tractors and trucks. "
                     "Maria Lopez will meet the minister again next week.";
  g_autoptr (GError) error = NULL;
  g_autoptr (LectorDocument) plain = run_text (fixture, "sentences = 2", text);
  g_autoptr (LectorDocument) doc = lector_document_new ("e", text, -1, &error);
  LectorLayer *entities = lector_document_add_layer (doc, "entities", &error);
  LectorLayer *a, *b;
  const char *p = text;

  g_assert_no_error (error);
  while ((p = strstr (p, "Maria Lopez")) != NULL)
    {
      lector_layer_add (entities, (LectorSpan){ p - text, p - text + 11 }, "PER", NAN, NULL,
                        &error);
      g_assert_no_error (error);
      p += 11;
    }
  run_doc (fixture, "sentences = 2", doc);
  check_consistent (doc);
  a = lector_document_get_layer (plain, "summary");
  b = lector_document_get_layer (doc, "summary");
  g_assert_cmpuint (lector_layer_get_size (b), ==, lector_layer_get_size (a));
  for (gsize j = 0; j < lector_layer_get_size (a); j++)
    {
      LectorSpan x = lector_layer_get_span (a, j), y = lector_layer_get_span (b, j);

      g_assert_cmpuint (x.start, ==, y.start);
      g_assert_cmpuint (x.end, ==, y.end);
      g_assert_cmpfloat (lector_layer_get_score (a, j), ==, lector_layer_get_score (b, j));
    }
}

static void
test_other_languages (Fixture *fixture, gconstpointer data)
{
  const char *german = "Der Stadtrat hat am Montagabend einen neuen Haushalt für den Hafen "
                       "beschlossen. Der Haushalt sieht zwölf Millionen Euro für neue Wohnungen "
                       "und zwei Schulen vor. Die Gegner sagen, der Plan ignoriere die steigenden "
                       "Kosten des Hochwasserschutzes am Fluss. Die Landesregierung muss den "
                       "Haushalt noch bestätigen, bevor im Frühjahr gebaut werden kann.";
  const char *japanese = "市議会は月曜日の夜、港湾地区の新しい予算を承認した。"
                         "予算には新しい住宅と二つの学校のための資金が含まれている。"
                         "反対派は洪水対策の費用が考慮されていないと述べた。";
  g_autoptr (GError) error = NULL;
  g_autoptr (LectorDocument) de = run_text (fixture, "sentences = 2", german);
  g_autoptr (LectorDocument) ja = run_text (fixture, "sentences = 2", japanese);
  g_autoptr (LectorDocument) de_skipped = lector_document_new ("de", german, -1, &error);
  g_autoptr (LectorDocument) en_kept = lector_document_new ("en", story[0], -1, &error);

  check_consistent (de);
  g_assert_cmpint (summary_int (de, "sentences"), ==, 2);
  check_consistent (ja);
  g_assert_cmpint (summary_int (ja, "sentences"), ==, 2);

  /* `languages` restricts it to what a langid stage found (meta "lang"); "en" covers "en-US". */
  json_object_set_new (lector_document_get_meta (de_skipped), "lang", json_string ("de"));
  json_object_set_new (lector_document_get_meta (en_kept), "lang", json_string ("en-US"));
  run_doc (fixture, "languages = en; fr", de_skipped);
  run_doc (fixture, "languages = en; fr", en_kept);
  check_consistent (de_skipped);
  g_assert_cmpint (summary_int (de_skipped, "sentences"), ==, 0);
  check_consistent (en_kept);
  g_assert_cmpint (summary_int (en_kept, "sentences"), ==, 1);
}

/* The sample article's summary, read and judged sensible by a person: the
 * lead (Blinken: a Rafah assault would be a mistake), his Cairo meeting with
 * Arab ministers, and the call for a ceasefire and hostage release. */
static void
test_golden_news_cairo (Fixture *fixture, gconstpointer data)
{
  g_autofree char *path
      = g_test_build_filename (G_TEST_DIST, "..", "examples", "news-cairo.txt", NULL);
  g_autofree char *golden_path
      = g_test_build_filename (G_TEST_DIST, "summary", "news-cairo.summary", NULL);
  g_autofree char *text = NULL, *golden = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (LectorDocument) doc = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, &error));
  g_assert_true (g_file_get_contents (golden_path, &golden, NULL, &error));
  g_strchomp (golden);
  doc = run_text (fixture, NULL, text);
  check_consistent (doc);
  g_assert_cmpstr (summary_text (doc), ==, golden);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_setup, fn, fixture_teardown)
  ADD ("/summary/budget/sentences", test_sentences_budget);
  ADD ("/summary/budget/default-three", test_default_is_three);
  ADD ("/summary/budget/words", test_words_budget);
  ADD ("/summary/budget/words-too-small", test_words_budget_too_small);
  ADD ("/summary/budget/ratio", test_ratio_budget);
  ADD ("/summary/budget/conflicts", test_budget_conflicts);
  ADD ("/summary/budget/ratio-zero", test_ratio_zero);
  ADD ("/summary/short/fewer-sentences-than-budget", test_short_document);
  ADD ("/summary/short/short-sentences", test_short_sentences);
  ADD ("/summary/short/one-sentence", test_one_sentence);
  ADD ("/summary/short/empty", test_empty);
  ADD ("/summary/duplicates", test_duplicates);
  ADD ("/summary/document-order", test_document_order);
  ADD ("/summary/layers/quotes", test_quotes_layer);
  ADD ("/summary/layers/entities", test_entities_layer);
  ADD ("/summary/languages", test_other_languages);
  ADD ("/summary/languages-empty", test_languages_empty);
  ADD ("/summary/golden/news-cairo", test_golden_news_cairo);
  return g_test_run ();
}
