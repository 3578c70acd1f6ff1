/* Pipelines built from configs against the test plugins (tests/plugins/words.c and
 * needs_words.c): parameters typed and defaulted, every config error with its place,
 * capabilities checked, layers renamed, and documents run through workers. */
#include <math.h>
#include <string.h>

#include <lector/lector.h>

G_DEFINE_AUTOPTR_CLEANUP_FUNC (json_t, json_decref)

typedef struct {
  LectorRegistry *registry;
  char *plugin_dir;
} Fixture;

static void
fixture_setup (Fixture *fixture, gconstpointer data)
{
  fixture->registry = lector_registry_new ();
  fixture->plugin_dir = g_test_build_filename (G_TEST_BUILT, "plugins", NULL);
  lector_registry_add_dir (fixture->registry, fixture->plugin_dir);
  lector_registry_scan (fixture->registry);
  g_assert_nonnull (lector_registry_lookup (fixture->registry, "words"));
  g_assert_nonnull (lector_registry_lookup (fixture->registry, "needs_words"));
}

static void
fixture_teardown (Fixture *fixture, gconstpointer data)
{
  lector_registry_free (fixture->registry);
  g_free (fixture->plugin_dir);
}

/* Like g_assert_nonnull (strstr (…)), saying what was looked for where. */
#define assert_contains(haystack, needle)                                                        \
  G_STMT_START                                                                                    \
  {                                                                                               \
    const char *haystack_ = (haystack), *needle_ = (needle);                                      \
    if (strstr (haystack_, needle_) == NULL)                                                      \
      g_test_message ("expected \"%s\" in \"%s\"", needle_, haystack_);                           \
    g_assert_nonnull (strstr (haystack_, needle_));                                               \
  }                                                                                               \
  G_STMT_END

static LectorConfig *
load_config (const char *text)
{
  g_autoptr (GError) error = NULL;
  LectorConfig *config = lector_config_load_data (text, -1, "test.conf", FALSE, &error);
  g_assert_no_error (error);
  g_assert_nonnull (config);
  return config;
}

/* Builds a pipeline from key-file text named "test.conf". */
static LectorPipeline *
build (Fixture *fixture, const char *text, GError **error)
{
  g_autoptr (LectorConfig) config = load_config (text);
  return lector_pipeline_new (fixture->registry, config, error);
}

static LectorPipeline *
build_ok (Fixture *fixture, const char *text)
{
  g_autoptr (GError) error = NULL;
  LectorPipeline *pipeline = build (fixture, text, &error);
  g_assert_no_error (error);
  g_assert_nonnull (pipeline);
  return pipeline;
}

/* Expects building to fail with @code and exactly @message. */
static void
assert_build_error (Fixture *fixture, const char *text, gint code, const char *message)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LectorPipeline) pipeline = build (fixture, text, &error);
  g_assert_null (pipeline);
  g_assert_error (error, LECTOR_ERROR, code);
  g_assert_cmpstr (error->message, ==, message);
}

static LectorDocument *
process_ok (LectorWorker *worker, const char *id, const char *text)
{
  g_autoptr (GError) error = NULL;
  LectorDocument *doc = lector_document_new (id, text, -1, &error);
  g_assert_no_error (error);
  const char *failed = NULL;
  g_assert_true (lector_worker_process (worker, doc, &failed, &error));
  g_assert_no_error (error);
  g_assert_null (failed);
  return doc;
}

/* The words of @doc's layer @layer, space-separated. */
static char *
layer_text (LectorDocument *doc, const char *layer_name)
{
  LectorLayer *layer = lector_document_get_layer (doc, layer_name);
  g_assert_nonnull (layer);
  const char *text = lector_document_get_text (doc, NULL);
  GString *out = g_string_new (NULL);
  for (gsize i = 0; i < lector_layer_get_size (layer); i++)
    {
      LectorSpan span = lector_layer_get_span (layer, i);
      if (i > 0)
        g_string_append_c (out, ' ');
      g_string_append_len (out, text + span.start, (gssize) (span.end - span.start));
    }
  return g_string_free (out, FALSE);
}

/* What the words stage @stage saw as its parameters (see tests/plugins/words.c). */
static json_t *
seen_params (LectorDocument *doc, const char *stage)
{
  g_autofree char *key = g_strconcat ("words:", stage, NULL);
  json_t *seen = json_object_get (lector_document_get_meta (doc), key);
  g_assert_nonnull (seen);
  return seen;
}

static json_int_t
counted_words (LectorDocument *doc)
{
  json_t *counts = json_object_get (lector_document_get_meta (doc), "counts");
  g_assert_true (json_is_object (counts));
  g_assert_true (json_is_integer (json_object_get (counts, "words")));
  return json_integer_value (json_object_get (counts, "words"));
}

/* --- parameters ----------------------------------------------------------------------------- */

static const char defaults_conf[] = "[pipeline]\n"
                                    "name = defaults\n"
                                    "stages = words; needs_words\n";

static void
test_defaults (Fixture *fixture, gconstpointer data)
{
  g_autoptr (LectorPipeline) pipeline = build_ok (fixture, defaults_conf);
  g_assert_cmpstr (lector_pipeline_get_name (pipeline), ==, "defaults");
  g_assert_cmpuint (lector_pipeline_get_n_stages (pipeline), ==, 2);
  g_assert_cmpstr (lector_pipeline_get_stage_name (pipeline, 0), ==, "words");
  g_assert_cmpstr (lector_pipeline_get_stage_name (pipeline, 1), ==, "needs_words");
  g_assert_true (lector_pipeline_get_stage_plugin (pipeline, 0)
                 == lector_registry_lookup (fixture->registry, "words"));
  g_assert_true (lector_pipeline_get_stage_plugin (pipeline, 1)
                 == lector_registry_lookup (fixture->registry, "needs_words"));

  g_autoptr (LectorWorker) worker = lector_pipeline_new_worker (pipeline, NULL);
  g_assert_nonnull (worker);
  g_autoptr (LectorDocument) doc = process_ok (worker, "d1", "the cat sat on a mat");

  /* Defaults, typed: the stop list "the; a" is a list, the weight a real, … */
  json_t *seen = seen_params (doc, "words");
  g_assert_true (json_is_integer (json_object_get (seen, "min-length")));
  g_assert_cmpint (json_integer_value (json_object_get (seen, "min-length")), ==, 1);
  g_assert_true (json_is_real (json_object_get (seen, "weight")));
  g_assert_cmpfloat (json_real_value (json_object_get (seen, "weight")), ==, 1.5);
  g_assert_true (json_is_false (json_object_get (seen, "lowercase")));
  g_assert_cmpstr (json_string_value (json_object_get (seen, "label")), ==, "w");
  g_autoptr (json_t) stop = json_pack ("[s, s]", "the", "a");
  g_assert_true (json_equal (json_object_get (seen, "stop"), stop));
  /* A NULL default is unset. */
  g_assert_true (json_is_null (json_object_get (seen, "fail-on")));
  g_assert_cmpuint (json_array_size (json_object_get (seen, "explicit")), ==, 0);

  /* … and they shape the output. */
  g_autofree char *words = layer_text (doc, "words");
  g_assert_cmpstr (words, ==, "cat sat on mat");
  LectorLayer *layer = lector_document_get_layer (doc, "words");
  g_assert_cmpstr (lector_layer_get_label (layer, 0), ==, "w");
  g_assert_cmpfloat (lector_layer_get_score (layer, 0), ==, 1.5);
  g_assert_null (lector_layer_get_features (layer, 0));
  g_assert_cmpint (counted_words (doc), ==, 4);

  /* Each layer records the stage that made it. */
  g_assert_cmpstr (lector_layer_get_producer (layer), ==, "words");
  LectorLayer *counts = lector_document_get_layer (doc, "counts");
  g_assert_nonnull (counts);
  g_assert_cmpstr (lector_layer_get_producer (counts), ==, "needs_words");
  g_assert_cmpint (json_integer_value (json_object_get (lector_layer_get_features (counts, 0),
                                                       "words")),
                   ==, 4);
}

static void
test_describe_defaults (Fixture *fixture, gconstpointer data)
{
  g_autoptr (LectorPipeline) pipeline = build_ok (fixture, defaults_conf);
  g_autofree char *text = lector_pipeline_describe (pipeline);
  g_test_message ("%s", text);

  g_assert_true (g_str_has_prefix (text, "[pipeline]\nname = defaults\n"
                                         "stages = words; needs_words\n"));
  assert_contains (text, "\n[stage words]\n");
  assert_contains (text, "\n[stage needs_words]\n");
  assert_contains (text, "# provides: words; requires: nothing\n");
  assert_contains (text, "# provides: counts; requires: words\n");
  assert_contains (text, "\nplugin = words\n");
  assert_contains (text, "\nplugin = needs_words\n");
  assert_contains (text, "per-worker");
  assert_contains (text, "shared");
  /* Every parameter, defaults included, with its type. */
  assert_contains (text, "# shortest word kept, in characters (integer, default)\nmin-length = 1\n");
  assert_contains (text, "(number, default)\nweight = 1.5\n");
  assert_contains (text, "(boolean, default)\nlowercase = false\n");
  assert_contains (text, "(string, default)\nlabel = w\n");
  assert_contains (text, "(string list, default)\nstop = the; a\n");
  assert_contains (text, "# fail-on is unset\n");
}

static const char typed_conf[] = "[pipeline]\n"                    /* 1 */
                                 "name = typed\n"                  /* 2 */
                                 "stages = words; needs_words\n"   /* 3 */
                                 "\n"                              /* 4 */
                                 "[stage words]\n"                 /* 5 */
                                 "min-length = 3\n"                /* 6 */
                                 "weight = 0.25\n"                 /* 7 */
                                 "lowercase = yes\n"               /* 8 */
                                 "label = token\n"                 /* 9 */
                                 "stop = cat ; mat;; on\n"         /* 10 */
                                 "fail-on = XYZ\n";                /* 11 */

static void
test_params_typed (Fixture *fixture, gconstpointer data)
{
  g_autoptr (LectorPipeline) pipeline = build_ok (fixture, typed_conf);
  g_autoptr (LectorWorker) worker = lector_pipeline_new_worker (pipeline, NULL);
  g_autoptr (LectorDocument) doc = process_ok (worker, "d1", "The Cat sat on a big mat");

  json_t *seen = seen_params (doc, "words");
  g_assert_cmpint (json_integer_value (json_object_get (seen, "min-length")), ==, 3);
  g_assert_cmpfloat (json_real_value (json_object_get (seen, "weight")), ==, 0.25);
  g_assert_true (json_is_true (json_object_get (seen, "lowercase")));
  g_assert_cmpstr (json_string_value (json_object_get (seen, "label")), ==, "token");
  g_autoptr (json_t) stop = json_pack ("[s, s, s]", "cat", "mat", "on");
  g_assert_true (json_equal (json_object_get (seen, "stop"), stop));
  g_assert_cmpstr (json_string_value (json_object_get (seen, "fail-on")), ==, "XYZ");
  g_autoptr (json_t) explicit = json_pack ("[s, s, s, s, s, s]", "min-length", "weight",
                                           "lowercase", "label", "stop", "fail-on");
  g_assert_true (json_equal (json_object_get (seen, "explicit"), explicit));

  g_autofree char *words = layer_text (doc, "words");
  g_assert_cmpstr (words, ==, "The Cat sat big");
  LectorLayer *layer = lector_document_get_layer (doc, "words");
  g_assert_cmpstr (lector_layer_get_label (layer, 1), ==, "token");
  g_assert_cmpfloat (lector_layer_get_score (layer, 1), ==, 0.25);
  g_assert_cmpstr (json_string_value (json_object_get (lector_layer_get_features (layer, 1),
                                                       "lower")),
                   ==, "cat");
  g_assert_cmpint (counted_words (doc), ==, 4);

  g_autofree char *text = lector_pipeline_describe (pipeline);
  assert_contains (text, "# shortest word kept, in characters (integer)\nmin-length = 3\n");
  assert_contains (text, "(number)\nweight = 0.25\n");
  assert_contains (text, "(boolean)\nlowercase = true\n");
  assert_contains (text, "(string)\nlabel = token\n");
  assert_contains (text, "(string list)\nstop = cat; mat; on\n");
  assert_contains (text, "(string)\nfail-on = XYZ\n");
}

/* @text without its comment lines. */
static char *
without_comments (const char *text)
{
  g_auto (GStrv) lines = g_strsplit (text, "\n", -1);
  GString *out = g_string_new (NULL);
  for (char **line = lines; *line != NULL; line++)
    if (**line != '#')
      g_string_append_printf (out, "%s\n", *line);
  return g_string_free (out, FALSE);
}

/* The description is itself a config for the same pipeline (`lector check` prints it
 * for users to keep).  Only the comments may differ: values that were defaults are
 * written out, so they are explicit the second time. */
static void
assert_describe_round_trips (Fixture *fixture, const char *conf)
{
  g_autoptr (LectorPipeline) pipeline = build_ok (fixture, conf);
  g_autofree char *text = lector_pipeline_describe (pipeline);
  g_autoptr (GError) error = NULL;
  g_autoptr (LectorConfig) again = lector_config_load_data (text, -1, "described", FALSE, &error);
  g_assert_no_error (error);
  g_autoptr (LectorPipeline) pipeline2 = lector_pipeline_new (fixture->registry, again, &error);
  g_assert_no_error (error);
  g_autofree char *text2 = lector_pipeline_describe (pipeline2);
  g_autofree char *settings = without_comments (text);
  g_autofree char *settings2 = without_comments (text2);
  g_assert_cmpstr (settings, ==, settings2);
}

static void
test_describe_round_trip (Fixture *fixture, gconstpointer data)
{
  assert_describe_round_trips (fixture, defaults_conf);
  assert_describe_round_trips (fixture, typed_conf);
}

/* Values that need escaping in a key file (here a backslash, written "\\" in the
 * config) must still round-trip. */
static void
test_describe_round_trip_escapes (Fixture *fixture, gconstpointer data)
{
  static const char conf[] = "[pipeline]\n"
                             "stages = words\n"
                             "\n"
                             "[stage words]\n"
                             "fail-on = C:\\\\temp\\\\new\n";
  g_autoptr (LectorPipeline) pipeline = build_ok (fixture, conf);
  g_autoptr (LectorWorker) worker = lector_pipeline_new_worker (pipeline, NULL);
  g_autoptr (LectorDocument) doc = process_ok (worker, "d1", "a b");
  g_assert_cmpstr (json_string_value (json_object_get (seen_params (doc, "words"), "fail-on")), ==,
                   "C:\\temp\\new");
  assert_describe_round_trips (fixture, conf);
}

/* --- config errors -------------------------------------------------------------------------- */

static void
test_unknown_key (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LectorPipeline) pipeline = build (fixture,
                                               "[pipeline]\n"
                                               "stages = words\n"
                                               "\n"
                                               "[stage words]\n"
                                               "weight = 2\n"
                                               "min-lenght = 3\n",
                                               &error);
  g_assert_null (pipeline);
  g_assert_error (error, LECTOR_ERROR, LECTOR_ERROR_CONFIG);
  g_assert_cmpstr (error->message, ==,
                   "test.conf:6: stage 'words': unknown key 'min-lenght' (did you mean "
                   "'min-length'?); known keys: min-length, weight, lowercase, label, stop, "
                   "fail-on");
}

/* With several unknown keys, the first one in the file is reported. */
static void
test_unknown_key_file_order (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LectorPipeline) pipeline = build (fixture,
                                               "[pipeline]\n"
                                               "stages = words\n"
                                               "[stage words]\n"
                                               "zzz = 1\n"
                                               "mmm = 1\n"
                                               "aaa = 1\n",
                                               &error);
  g_assert_error (error, LECTOR_ERROR, LECTOR_ERROR_CONFIG);
  g_assert_true (g_str_has_prefix (error->message, "test.conf:4: stage 'words': unknown key 'zzz'"));
}

static void
test_unknown_key_no_params (Fixture *fixture, gconstpointer data)
{
  assert_build_error (fixture,
                      "[pipeline]\n"
                      "stages = words; needs_words\n"
                      "[stage needs_words]\n"
                      "min-length = 3\n",
                      LECTOR_ERROR_CONFIG,
                      "test.conf:4: stage 'needs_words': unknown key 'min-length'; its plugin "
                      "takes no parameters");
}

typedef struct {
  const char *name;
  const char *line; /* the line 7 of the config */
  const char *message;
} BadValue;

static const BadValue bad_values[] = {
  { "int-not-a-number", "min-length = three",
    "test.conf:7: stage 'words': key 'min-length' expects an integer, got 'three'" },
  { "int-fraction", "min-length = 2.5",
    "test.conf:7: stage 'words': key 'min-length' expects an integer, got '2.5'" },
  { "int-below-range", "min-length = 0",
    "test.conf:7: stage 'words': key 'min-length' must be between 1 and 100, got '0'" },
  { "int-above-range", "min-length = 101",
    "test.conf:7: stage 'words': key 'min-length' must be between 1 and 100, got '101'" },
  { "int-empty", "min-length =",
    "test.conf:7: stage 'words': key 'min-length' expects an integer, got ''" },
  { "double-not-a-number", "weight = heavy",
    "test.conf:7: stage 'words': key 'weight' expects a number, got 'heavy'" },
  { "double-trailing-junk", "weight = 1.5kg",
    "test.conf:7: stage 'words': key 'weight' expects a number, got '1.5kg'" },
  { "double-nan", "weight = nan",
    "test.conf:7: stage 'words': key 'weight' expects a number, got 'nan'" },
  { "bool", "lowercase = sometimes",
    "test.conf:7: stage 'words': key 'lowercase' expects true or false, got 'sometimes'" },
  { "choice", "label = words",
    "test.conf:7: stage 'words': key 'label' must be one of: w, word, token, got 'words'" },
};

static void
test_bad_value (Fixture *fixture, gconstpointer data)
{
  const BadValue *bad = data;
  g_autofree char *conf = g_strdup_printf ("[pipeline]\n"            /* 1 */
                                           "name = bad\n"            /* 2 */
                                           "stages = words\n"        /* 3 */
                                           "\n"                      /* 4 */
                                           "[stage words]\n"         /* 5 */
                                           "stop = x\n"              /* 6 */
                                           "%s\n"                    /* 7 */
                                           "fail-on = never\n",      /* 8 */
                                           bad->line);
  assert_build_error (fixture, conf, LECTOR_ERROR_CONFIG, bad->message);
}

/* Values that are accepted, with the spellings a user may write. */
static void
test_good_values (Fixture *fixture, gconstpointer data)
{
  static const struct {
    const char *line, *key;
    const char *json; /* the value seen by the plugin, as JSON */
  } cases[] = {
    { "min-length = 100", "min-length", "100" },
    { "min-length =  7 ", "min-length", "7" },
    { "weight = -3", "weight", "-3.0" },
    { "weight = 1e3", "weight", "1000.0" },
    { "lowercase = TRUE", "lowercase", "true" },
    { "lowercase = 1", "lowercase", "true" },
    { "lowercase = No", "lowercase", "false" },
    { "label = word", "label", "\"word\"" },
    { "stop =", "stop", "[]" },
    { "stop = one", "stop", "[\"one\"]" },
  };
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *conf = g_strdup_printf ("[pipeline]\nstages = words\n[stage words]\n%s\n",
                                               cases[i].line);
      g_autoptr (LectorPipeline) pipeline = build_ok (fixture, conf);
      g_autoptr (LectorWorker) worker = lector_pipeline_new_worker (pipeline, NULL);
      g_autoptr (LectorDocument) doc = process_ok (worker, "d", "text");
      g_autoptr (json_t) expected = json_loads (cases[i].json, JSON_DECODE_ANY, NULL);
      json_t *seen = json_object_get (seen_params (doc, "words"), cases[i].key);
      g_autofree char *dump = json_dumps (seen, JSON_ENCODE_ANY);
      g_test_message ("%s -> %s", cases[i].line, dump);
      g_assert_true (json_equal (seen, expected));
    }
}

static void
test_unknown_plugin (Fixture *fixture, gconstpointer data)
{
  assert_build_error (fixture,
                      "[pipeline]\n"
                      "stages = wrds\n",
                      LECTOR_ERROR_PLUGIN,
                      "test.conf:2: stage 'wrds': unknown plugin 'wrds' (did you mean "
                      "'words'?); available plugins: needs_words, words");
  /* No near miss: no suggestion, still the list. */
  assert_build_error (fixture,
                      "[pipeline]\n"
                      "stages = tokenizer\n",
                      LECTOR_ERROR_PLUGIN,
                      "test.conf:2: stage 'tokenizer': unknown plugin 'tokenizer'; available "
                      "plugins: needs_words, words");
}

/* A plugin named in a [stage] group: the error points at the plugin line. */
static void
test_unknown_plugin_in_group (Fixture *fixture, gconstpointer data)
{
  assert_build_error (fixture,
                      "[pipeline]\n"
                      "stages = words; count\n"
                      "\n"
                      "[stage count]\n"
                      "plugin = needs_wrds\n",
                      LECTOR_ERROR_PLUGIN,
                      "test.conf:5: stage 'count': unknown plugin 'needs_wrds' (did you mean "
                      "'needs_words'?); available plugins: needs_words, words");
}

/* A plugin that exists but was refused: the error says why. */
static void
test_unknown_plugin_refused (Fixture *fixture, gconstpointer data)
{
  static const struct {
    const char *name, *phrase;
  } cases[] = {
    { "api_too_new", "upgrade" },
    { "abi_mismatch", "rebuild" },
    { "missing_lib", "libtestgone" },
    { "missing_symbol", "lector_test_undefined_variable" },
    { "no_entry", "no entry symbol" },
  };
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *conf = g_strdup_printf ("[pipeline]\nstages = %s\n", cases[i].name);
      g_autoptr (GError) error = NULL;
      g_autoptr (LectorPipeline) pipeline = build (fixture, conf, &error);
      g_assert_null (pipeline);
      g_assert_error (error, LECTOR_ERROR, LECTOR_ERROR_PLUGIN);
      g_autofree char *file = g_strconcat (cases[i].name, ".la", NULL);
      g_autofree char *path = g_build_filename (fixture->plugin_dir, file, NULL);
      g_autofree char *start = g_strdup_printf ("test.conf:2: stage '%s': plugin '%s' cannot be "
                                                "used: %s was refused: ",
                                                cases[i].name, cases[i].name, path);
      g_assert_true (g_str_has_prefix (error->message, start));
      assert_contains (error->message, cases[i].phrase);
    }
}

static void
test_missing_capability (Fixture *fixture, gconstpointer data)
{
  assert_build_error (fixture,
                      "[pipeline]\n"
                      "name = counting\n"
                      "stages = count\n"
                      "\n"
                      "[stage count]\n"
                      "plugin = needs_words\n",
                      LECTOR_ERROR_CAPABILITY,
                      "test.conf:5: stage 'count' (plugin needs_words) requires 'words', which no "
                      "earlier stage provides; plugins that provide it: words. Add one before "
                      "'count'.");
  /* No group: the line of the stage list. */
  assert_build_error (fixture,
                      "[pipeline]\n"
                      "stages = needs_words\n",
                      LECTOR_ERROR_CAPABILITY,
                      "test.conf:2: stage 'needs_words' (plugin needs_words) requires 'words', "
                      "which no earlier stage provides; plugins that provide it: words. Add one "
                      "before 'needs_words'.");
}

static void
test_capability_later (Fixture *fixture, gconstpointer data)
{
  assert_build_error (fixture,
                      "[pipeline]\n"
                      "stages = needs_words; words\n",
                      LECTOR_ERROR_CAPABILITY,
                      "test.conf:2: stage 'needs_words' (plugin needs_words) requires 'words', "
                      "which no earlier stage provides; stage 'words' provides it but comes later: "
                      "move it before 'needs_words'.");
}

/* A stage whose "words" layer is renamed does not provide "words". */
static void
test_capability_renamed (Fixture *fixture, gconstpointer data)
{
  static const char renamed_first[] = "[pipeline]\n"
                                      "stages = tokens; needs_words\n"
                                      "\n"
                                      "[stage tokens]\n"
                                      "plugin = words\n"
                                      "output.words = tokens\n";
  g_autoptr (GError) error = NULL;
  g_autoptr (LectorPipeline) pipeline = build (fixture, renamed_first, &error);
  g_assert_null (pipeline);
  g_assert_error (error, LECTOR_ERROR, LECTOR_ERROR_CAPABILITY);
  g_assert_true (g_str_has_prefix (error->message,
                                   "test.conf:2: stage 'needs_words' (plugin needs_words) requires "
                                   "'words', which no earlier stage provides; "));
  g_clear_error (&error);

  static const char renamed_later[] = "[pipeline]\n"
                                      "stages = needs_words; tokens\n"
                                      "\n"
                                      "[stage tokens]\n"
                                      "plugin = words\n"
                                      "output.words = tokens\n";
  g_autoptr (LectorPipeline) pipeline2 = build (fixture, renamed_later, &error);
  g_assert_null (pipeline2);
  g_assert_error (error, LECTOR_ERROR, LECTOR_ERROR_CAPABILITY);
  /* Moving it would not help. */
  g_assert_null (strstr (error->message, "comes later"));
}

static const char two_words_conf[] = "[pipeline]\n"            /* 1 */
                                     "stages = words; words2\n" /* 2 */
                                     "\n"                      /* 3 */
                                     "[stage words2]\n"        /* 4 */
                                     "plugin = words\n"        /* 5 */
                                     "min-length = 4\n";       /* 6 */

static void
test_duplicate_producer (Fixture *fixture, gconstpointer data)
{
  assert_build_error (fixture, two_words_conf, LECTOR_ERROR_CONFIG,
                      "test.conf:4: stage 'words2' (plugin words) provides 'words', which stage "
                      "'words' already provides; to keep both, name this stage's output "
                      "differently with 'output.words = NEW_NAME' in [stage words2]");
}

/* Two stages renaming their layers to the same name: the hint names the key to change,
 * which is output.LAYER with the plugin's layer name. */
static void
test_duplicate_renamed (Fixture *fixture, gconstpointer data)
{
  assert_build_error (fixture,
                      "[pipeline]\n"
                      "stages = words; words2\n"
                      "\n"
                      "[stage words]\n"
                      "output.words = shared\n"
                      "\n"
                      "[stage words2]\n"
                      "plugin = words\n"
                      "output.words = shared\n",
                      LECTOR_ERROR_CONFIG,
                      "test.conf:7: stage 'words2' (plugin words) provides 'shared', which stage "
                      "'words' already provides; to keep both, name this stage's output "
                      "differently with 'output.words = NEW_NAME' in [stage words2]");
}

/* `output.words = words2` fixes it: the layer appears under the new name, made by
 * the second stage, and later stages still find "words". */
static void
test_output_rename (Fixture *fixture, gconstpointer data)
{
  static const char conf[] = "[pipeline]\n"
                             "stages = words; words2; needs_words\n"
                             "\n"
                             "[stage words2]\n"
                             "plugin = words\n"
                             "min-length = 4\n"
                             "output.words = words2\n";
  g_autoptr (LectorPipeline) pipeline = build_ok (fixture, conf);
  g_autoptr (LectorWorker) worker = lector_pipeline_new_worker (pipeline, NULL);
  g_autoptr (LectorDocument) doc = process_ok (worker, "d1", "a bb ccc dddd eeeee");

  g_autofree char *words = layer_text (doc, "words");
  g_assert_cmpstr (words, ==, "bb ccc dddd eeeee");
  g_autofree char *words2 = layer_text (doc, "words2");
  g_assert_cmpstr (words2, ==, "dddd eeeee");
  g_assert_cmpstr (lector_layer_get_producer (lector_document_get_layer (doc, "words")), ==,
                   "words");
  g_assert_cmpstr (lector_layer_get_producer (lector_document_get_layer (doc, "words2")), ==,
                   "words2");
  g_assert_cmpint (counted_words (doc), ==, 4);

  g_autoptr (GPtrArray) names = lector_document_get_layer_names (doc);
  g_assert_cmpuint (names->len, ==, 3);
  g_assert_cmpstr (names->pdata[0], ==, "words");
  g_assert_cmpstr (names->pdata[1], ==, "words2");
  g_assert_cmpstr (names->pdata[2], ==, "counts");

  g_autofree char *text = lector_pipeline_describe (pipeline);
  assert_contains (text, "[stage words2]\n");
  assert_contains (text, "# provides: words2; requires: nothing\n");
  assert_contains (text, "output.words = words2\n");
  assert_describe_round_trips (fixture, conf);
}

static void
test_output_not_provided (Fixture *fixture, gconstpointer data)
{
  assert_build_error (fixture,
                      "[pipeline]\n"
                      "stages = words\n"
                      "[stage words]\n"
                      "output.tokens = mine\n",
                      LECTOR_ERROR_CONFIG,
                      "test.conf:4: stage 'words': output.tokens renames a layer plugin 'words' "
                      "does not provide; it provides: words");
}

/* --- keys of meta ---------------------------------------------------------------------------- */

/* A plugin that provides a layer "marks" and a key of meta "marked" (as langid provides the
 * layer "languages" and meta.lang), and one that requires that key. */
static gpointer
marks_create (const LectorParams *params, GError **error)
{
  return GINT_TO_POINTER (1);
}

static gboolean
marks_process (gpointer stage, LectorDocument *doc, GError **error)
{
  if (lector_document_add_layer (doc, "marks", error) == NULL)
    return FALSE;
  json_object_set_new (lector_document_get_meta (doc), "marked", json_true ());
  return TRUE;
}

static const LectorPluginInfo marks_info = {
  .abi_version = LECTOR_ABI_VERSION, .api_version = LECTOR_API_VERSION,
  .struct_size = sizeof (LectorPluginInfo), .name = "marks",
  .provides = LECTOR_STRV ("marked", "marks"), .meta = LECTOR_STRV ("marked"),
  .requires = LECTOR_STRV ("words"), .create = marks_create, .process = marks_process,
};

static gboolean
needs_marked_process (gpointer stage, LectorDocument *doc, GError **error)
{
  json_t *meta = lector_document_get_meta (doc);
  json_object_set (meta, "saw-marked", json_object_get (meta, "marked"));
  return TRUE;
}

static const LectorPluginInfo needs_marked_info = {
  .abi_version = LECTOR_ABI_VERSION, .api_version = LECTOR_API_VERSION,
  .struct_size = sizeof (LectorPluginInfo), .name = "needs_marked",
  .requires = LECTOR_STRV ("marked"), .create = marks_create, .process = needs_marked_process,
};

static void
add_marks_plugins (Fixture *fixture)
{
  g_autoptr (GError) error = NULL;
  g_assert_nonnull (lector_registry_add_static (fixture->registry, &marks_info, &error));
  g_assert_nonnull (lector_registry_add_static (fixture->registry, &needs_marked_info, &error));
  g_assert_no_error (error);
}

static void
assert_layers_error (const LectorPipeline *pipeline, const char *const *names,
                     const char *message)
{
  g_autoptr (GError) error = NULL;
  g_assert_false (lector_pipeline_check_layers (pipeline, names, &error));
  g_assert_error (error, LECTOR_ERROR, LECTOR_ERROR_LAYER);
  if (error != NULL)
    g_assert_cmpstr (error->message, ==, message);
}

/* A layer selection names layers: a key of meta is refused with what it is, and neither the
 * list nor the "did you mean" offers one ("marke" is as near "marked" as "marks"). */
static void
test_layers_meta_key (Fixture *fixture, gconstpointer data)
{
  add_marks_plugins (fixture);
  g_autoptr (LectorPipeline) pipeline = build_ok (fixture, "[pipeline]\n"
                                                           "name = marking\n"
                                                           "stages = words; needs_words; marks\n");
  g_autoptr (GError) error = NULL;
  /* "counts" is both a layer and a key of meta; needs_words does not list it in meta. */
  g_assert_true (lector_pipeline_check_layers (pipeline, LECTOR_STRV ("marks", "words", "counts"),
                                               &error));
  g_assert_no_error (error);

  assert_layers_error (pipeline, LECTOR_STRV ("words", "marked"),
                       "'marked' is a key of meta (written by stage 'marks'), not a layer: meta is "
                       "always written; the layers of pipeline 'marking' are: words, counts, "
                       "marks");
  assert_layers_error (pipeline, LECTOR_STRV ("marke"),
                       "no stage of pipeline 'marking' provides a layer 'marke' (did you mean "
                       "'marks'?); its stages' layers are: words, counts, marks");

  /* Under another stage name, its layer renamed: the key of meta keeps its name. */
  g_autoptr (LectorPipeline) renamed = build_ok (fixture, "[pipeline]\n"
                                                          "name = renamed\n"
                                                          "stages = words; marker\n"
                                                          "\n"
                                                          "[stage marker]\n"
                                                          "plugin = marks\n"
                                                          "output.marks = highlights\n");
  g_assert_true (lector_pipeline_check_layers (renamed, LECTOR_STRV ("highlights"), &error));
  g_assert_no_error (error);
  assert_layers_error (renamed, LECTOR_STRV ("marked"),
                       "'marked' is a key of meta (written by stage 'marker'), not a layer: meta "
                       "is always written; the layers of pipeline 'renamed' are: words, "
                       "highlights");
}

/* output.NAME renames a layer: one of a key of meta would change nothing, so it is refused. */
static void
test_output_meta_key (Fixture *fixture, gconstpointer data)
{
  add_marks_plugins (fixture);
  assert_build_error (fixture,
                      "[pipeline]\n"
                      "stages = words; marks\n"
                      "\n"
                      "[stage marks]\n"
                      "output.marked = flagged\n",
                      LECTOR_ERROR_CONFIG,
                      "test.conf:5: stage 'marks': output.marked cannot rename 'marked': plugin "
                      "'marks' writes it as a key of meta, not as a layer, and only layers are "
                      "renamed; its layers are: marks");
  /* The layers a plugin provides are its provides less its keys of meta. */
  assert_build_error (fixture,
                      "[pipeline]\n"
                      "stages = words; marks\n"
                      "\n"
                      "[stage marks]\n"
                      "output.mark = flagged\n",
                      LECTOR_ERROR_CONFIG,
                      "test.conf:5: stage 'marks': output.mark renames a layer plugin 'marks' does "
                      "not provide; it provides: marks");
}

/* A key of meta is provided all the same: it satisfies requires, and is written. */
static void
test_capability_meta_key (Fixture *fixture, gconstpointer data)
{
  add_marks_plugins (fixture);
  static const char conf[] = "[pipeline]\n"
                             "stages = words; marks; needs_marked\n";
  g_autoptr (LectorPipeline) pipeline = build_ok (fixture, conf);
  g_autoptr (LectorWorker) worker = lector_pipeline_new_worker (pipeline, NULL);
  g_autoptr (LectorDocument) doc = process_ok (worker, "d1", "a bb");
  g_assert_true (json_is_true (json_object_get (lector_document_get_meta (doc), "saw-marked")));
  g_assert_nonnull (lector_document_get_layer (doc, "marks"));
  g_assert_null (lector_document_get_layer (doc, "marked"));

  g_autofree char *text = lector_pipeline_describe (pipeline);
  assert_contains (text, "# provides: marked (meta), marks; requires: words\n");
  assert_describe_round_trips (fixture, conf);
}

/* --- running -------------------------------------------------------------------------------- */

/* A stage that fails a document stops the pipeline for that document only. */
static void
test_stage_fails (Fixture *fixture, gconstpointer data)
{
  g_autoptr (LectorPipeline) pipeline = build_ok (fixture, "[pipeline]\n"
                                                           "stages = words; needs_words\n"
                                                           "[stage words]\n"
                                                           "fail-on = BOOM\n");
  g_autoptr (LectorWorker) worker = lector_pipeline_new_worker (pipeline, NULL);

  g_autoptr (LectorDocument) d1 = process_ok (worker, "d1", "one two");
  g_assert_cmpint (counted_words (d1), ==, 2);

  g_autoptr (LectorDocument) d2 = lector_document_new ("d2", "three BOOM four", -1, NULL);
  g_autoptr (GError) error = NULL;
  const char *failed = NULL;
  g_assert_false (lector_worker_process (worker, d2, &failed, &error));
  g_assert_cmpstr (failed, ==, "words");
  g_assert_error (error, LECTOR_ERROR, LECTOR_ERROR_STAGE);
  assert_contains (error->message, "document 'd2' contains the marker 'BOOM'");
  /* The later stage did not run on it. */
  g_assert_null (lector_document_get_layer (d2, "counts"));
  g_assert_null (json_object_get (lector_document_get_meta (d2), "counts"));

  /* The next documents are processed as usual by the same worker. */
  g_autoptr (LectorDocument) d3 = process_ok (worker, "d3", "five six seven");
  g_assert_cmpint (counted_words (d3), ==, 3);
  g_autoptr (LectorDocument) d4 = process_ok (worker, "d4", "");
  g_assert_cmpint (counted_words (d4), ==, 0);

  /* failed_stage and error are optional. */
  g_autoptr (LectorDocument) d5 = lector_document_new ("d5", "BOOM", -1, NULL);
  g_assert_false (lector_worker_process (worker, d5, NULL, NULL));
}

/* A stage whose create() and process() succeed and set an error anyway: the stage is made and
 * the document done, and each error is said. */
static gpointer
stray_error_create (const LectorParams *params, GError **error)
{
  g_set_error_literal (error, LECTOR_ERROR, LECTOR_ERROR_CONFIG, "a leftover of create");
  return GINT_TO_POINTER (1);
}

static gboolean
stray_error_process (gpointer stage, LectorDocument *doc, GError **error)
{
  g_set_error_literal (error, LECTOR_ERROR, LECTOR_ERROR_STAGE, "a leftover");
  return TRUE;
}

static const LectorPluginInfo stray_error_info = {
  .abi_version = LECTOR_ABI_VERSION, .api_version = LECTOR_API_VERSION,
  .struct_size = sizeof (LectorPluginInfo), .name = "stray_error", .provides = LECTOR_STRV ("x"),
  .create = stray_error_create, .process = stray_error_process,
};

static void
test_stage_stray_error (Fixture *fixture, gconstpointer data)
{
  g_assert_nonnull (lector_registry_add_static (fixture->registry, &stray_error_info, NULL));
  /* The stage is SERIAL (the default): one instance, created with the pipeline. */
  g_test_expect_message ("lector", G_LOG_LEVEL_WARNING,
                         "stage 'stray_error' was created but set an error, which is ignored: "
                         "a leftover of create");
  g_autoptr (LectorPipeline) pipeline = build_ok (fixture, "[pipeline]\n"
                                                           "stages = words; stray_error; needs_words\n");
  g_test_assert_expected_messages ();
  g_autoptr (LectorWorker) worker = lector_pipeline_new_worker (pipeline, NULL);
  g_test_expect_message ("lector", G_LOG_LEVEL_WARNING,
                         "stage 'stray_error' succeeded but set an error, which is ignored: "
                         "a leftover");
  g_autoptr (LectorDocument) doc = process_ok (worker, "d1", "one two");
  g_test_assert_expected_messages ();
  g_assert_cmpint (counted_words (doc), ==, 2);
}

/* PER_WORKER stages get an instance per worker; SHARED ones are made once, by the
 * pipeline, and used by every worker, from several threads at once. */
typedef struct {
  LectorWorker *worker;
  int index;
  json_int_t words_instance;
  json_int_t counts_instance;
  gboolean ok;
} ThreadData;

static gpointer
run_thread (gpointer data)
{
  ThreadData *t = data;
  t->ok = TRUE;
  for (int i = 0; i < 200; i++)
    {
      g_autofree char *id = g_strdup_printf ("t%d-%d", t->index, i);
      /* i + 1 words, none in the stop list */
      g_autoptr (GString) text = g_string_new (NULL);
      for (int w = 0; w <= i % 17; w++)
        g_string_append (text, w > 0 ? " word" : "word");
      g_autoptr (LectorDocument) doc = lector_document_new (id, text->str, -1, NULL);
      if (!lector_worker_process (t->worker, doc, NULL, NULL))
        {
          t->ok = FALSE;
          break;
        }
      json_t *meta = lector_document_get_meta (doc);
      json_int_t n = json_integer_value (json_object_get (json_object_get (meta, "counts"), "words"));
      json_int_t words = json_integer_value (
          json_object_get (json_object_get (meta, "words:words"), "instance"));
      json_int_t counts = json_integer_value (json_object_get (meta, "counts-instance"));
      if (n != i % 17 + 1 || (i > 0 && (words != t->words_instance || counts != t->counts_instance)))
        {
          t->ok = FALSE;
          break;
        }
      t->words_instance = words;
      t->counts_instance = counts;
    }
  return NULL;
}

static void
test_workers (Fixture *fixture, gconstpointer data)
{
  enum { N_THREADS = 4 };
  g_autoptr (LectorPipeline) pipeline = build_ok (fixture, defaults_conf);
  ThreadData threads[N_THREADS] = { { 0 } };
  GThread *handles[N_THREADS];

  for (int i = 0; i < N_THREADS; i++)
    {
      threads[i].index = i;
      threads[i].worker = lector_pipeline_new_worker (pipeline, NULL);
      g_assert_nonnull (threads[i].worker);
    }
  for (int i = 0; i < N_THREADS; i++)
    handles[i] = g_thread_new ("worker", run_thread, &threads[i]);
  for (int i = 0; i < N_THREADS; i++)
    g_thread_join (handles[i]);

  for (int i = 0; i < N_THREADS; i++)
    {
      g_assert_true (threads[i].ok);
      /* One needs_words instance for all; a words instance for each worker. */
      g_assert_cmpint (threads[i].counts_instance, ==, threads[0].counts_instance);
      for (int j = 0; j < i; j++)
        g_assert_cmpint (threads[i].words_instance, !=, threads[j].words_instance);
      lector_worker_free (threads[i].worker);
    }
}

/* A SERIAL stage is one instance that the host never runs from two threads at once,
 * however many workers there are. */
static gint serial_running, serial_overlaps, serial_creates, serial_calls;

static gpointer
serial_create (const LectorParams *params, GError **error)
{
  g_atomic_int_inc (&serial_creates);
  return GINT_TO_POINTER (1);
}

static gboolean
serial_process (gpointer stage, LectorDocument *doc, GError **error)
{
  if (g_atomic_int_add (&serial_running, 1) != 0)
    g_atomic_int_inc (&serial_overlaps);
  g_usleep (20);
  g_atomic_int_inc (&serial_calls);
  g_atomic_int_add (&serial_running, -1);
  return TRUE;
}

static const LectorPluginInfo serial_info = {
  .abi_version = LECTOR_ABI_VERSION, .api_version = LECTOR_API_VERSION,
  .struct_size = sizeof (LectorPluginInfo), .name = "serial", .provides = LECTOR_STRV ("serial"),
  .requires = LECTOR_STRV ("words"), .threading = LECTOR_THREADING_SERIAL,
  .create = serial_create, .process = serial_process,
};

static void
test_serial (Fixture *fixture, gconstpointer data)
{
  enum { N_THREADS = 4 };
  g_assert_nonnull (lector_registry_add_static (fixture->registry, &serial_info, NULL));
  g_autoptr (LectorPipeline) pipeline = build_ok (fixture, "[pipeline]\n"
                                                           "stages = words; needs_words; serial\n");
  g_assert_cmpint (serial_creates, ==, 1);
  ThreadData threads[N_THREADS] = { { 0 } };
  GThread *handles[N_THREADS];
  for (int i = 0; i < N_THREADS; i++)
    {
      threads[i].index = i;
      threads[i].worker = lector_pipeline_new_worker (pipeline, NULL);
    }
  for (int i = 0; i < N_THREADS; i++)
    handles[i] = g_thread_new ("worker", run_thread, &threads[i]);
  for (int i = 0; i < N_THREADS; i++)
    {
      g_thread_join (handles[i]);
      g_assert_true (threads[i].ok);
      lector_worker_free (threads[i].worker);
    }
  g_assert_cmpint (serial_creates, ==, 1);
  g_assert_cmpint (serial_calls, ==, N_THREADS * 200);
  g_assert_cmpint (serial_overlaps, ==, 0);
}

/* --- overrides (-s) ------------------------------------------------------------------------- */

static void
test_override (Fixture *fixture, gconstpointer data)
{
  g_autoptr (LectorConfig) config = load_config ("[pipeline]\n"
                                                 "stages = words; needs_words\n"
                                                 "[stage words]\n"
                                                 "min-length = 2\n");
  g_autoptr (GError) error = NULL;
  /* Replaces a value from the file; sets one the file did not have. */
  g_assert_true (lector_config_set_override (config, "words.min-length=4", &error));
  g_assert_no_error (error);
  g_assert_true (lector_config_set_override (config, "words.stop= four", &error));
  g_assert_true (lector_config_set_override (config, "words.weight=0.5", &error));
  g_assert_no_error (error);

  g_autoptr (LectorPipeline) pipeline = lector_pipeline_new (fixture->registry, config, &error);
  g_assert_no_error (error);
  g_autoptr (LectorWorker) worker = lector_pipeline_new_worker (pipeline, NULL);
  g_autoptr (LectorDocument) doc = process_ok (worker, "d", "the four words here");
  g_autofree char *words = layer_text (doc, "words");
  g_assert_cmpstr (words, ==, "words here");
  json_t *seen = seen_params (doc, "words");
  g_assert_cmpint (json_integer_value (json_object_get (seen, "min-length")), ==, 4);
  g_assert_cmpfloat (json_real_value (json_object_get (seen, "weight")), ==, 0.5);
  g_autoptr (json_t) explicit = json_pack ("[s, s, s]", "min-length", "weight", "stop");
  g_assert_true (json_equal (json_object_get (seen, "explicit"), explicit));
}

/* A stage that had no group in the file gets its parameters from -s. */
static void
test_override_stage_without_group (Fixture *fixture, gconstpointer data)
{
  g_autoptr (LectorConfig) config = load_config ("[pipeline]\n"
                                                 "stages = words; words2\n"
                                                 "[stage words2]\n"
                                                 "plugin = words\n");
  g_autoptr (GError) error = NULL;
  g_assert_true (lector_config_set_override (config, "words.label=token", &error));
  g_assert_true (lector_config_set_override (config, "words2.output.words=more", &error));
  g_assert_no_error (error);
  g_autoptr (LectorPipeline) pipeline = lector_pipeline_new (fixture->registry, config, &error);
  g_assert_no_error (error);
  g_autoptr (LectorWorker) worker = lector_pipeline_new_worker (pipeline, NULL);
  g_autoptr (LectorDocument) doc = process_ok (worker, "d", "x y");
  g_assert_cmpstr (lector_layer_get_label (lector_document_get_layer (doc, "words"), 0), ==,
                   "token");
  g_assert_cmpstr (lector_layer_get_label (lector_document_get_layer (doc, "more"), 0), ==, "w");
}

static void
test_override_errors (Fixture *fixture, gconstpointer data)
{
  g_autoptr (LectorConfig) config = load_config ("[pipeline]\n"
                                                 "name = over\n"
                                                 "stages = words; needs_words\n");
  g_autoptr (GError) error = NULL;

  g_assert_false (lector_config_set_override (config, "word.min-length=3", &error));
  g_assert_error (error, LECTOR_ERROR, LECTOR_ERROR_CONFIG);
  g_assert_cmpstr (error->message, ==,
                   "option -s 'word.min-length=3': pipeline 'over' has no stage 'word' (did you "
                   "mean 'words'?)");
  g_clear_error (&error);

  g_assert_false (lector_config_set_override (config, "segment.paragraphs=blank", &error));
  g_assert_error (error, LECTOR_ERROR, LECTOR_ERROR_CONFIG);
  assert_contains (error->message, "has no stage 'segment'");
  g_clear_error (&error);

  static const char *const malformed[] = { "min-length=3", "words.min-length", ".x=1", "words.=1" };
  for (gsize i = 0; i < G_N_ELEMENTS (malformed); i++)
    {
      g_assert_false (lector_config_set_override (config, malformed[i], &error));
      g_assert_error (error, LECTOR_ERROR, LECTOR_ERROR_CONFIG);
      assert_contains (error->message, "expected STAGE.KEY=VALUE");
      assert_contains (error->message, malformed[i]);
      g_clear_error (&error);
    }

  /* A bad value from -s is reported when the pipeline is built, naming the option. */
  g_assert_true (lector_config_set_override (config, "words.min-length=abc", &error));
  g_autoptr (LectorPipeline) pipeline = lector_pipeline_new (fixture->registry, config, &error);
  g_assert_null (pipeline);
  g_assert_error (error, LECTOR_ERROR, LECTOR_ERROR_CONFIG);
  g_assert_cmpstr (error->message, ==,
                   "option -s 'words.min-length=abc': stage 'words': key 'min-length' expects an "
                   "integer, got 'abc'");
  g_clear_error (&error);

  g_autoptr (LectorConfig) config2 = load_config ("[pipeline]\nstages = words; needs_words\n");
  g_assert_true (lector_config_set_override (config2, "needs_words.x=1", &error));
  g_autoptr (LectorPipeline) pipeline2 = lector_pipeline_new (fixture->registry, config2, &error);
  g_assert_null (pipeline2);
  g_assert_error (error, LECTOR_ERROR, LECTOR_ERROR_CONFIG);
  g_assert_cmpstr (error->message, ==,
                   "option -s 'needs_words.x=1': stage 'needs_words': unknown key 'x'; its plugin "
                   "takes no parameters");
}

/* --- JSON configs --------------------------------------------------------------------------- */

static const char equivalent_conf[] = "[pipeline]\n"
                                      "name = same\n"
                                      "stages = words; count; words2\n"
                                      "\n"
                                      "[stage words]\n"
                                      "min-length = 2\n"
                                      "weight = 2.5\n"
                                      "lowercase = true\n"
                                      "label = word\n"
                                      "stop = xx; yy\n"
                                      "\n"
                                      "[stage count]\n"
                                      "plugin = needs_words\n"
                                      "\n"
                                      "[stage words2]\n"
                                      "plugin = words\n"
                                      "output.words = more\n"
                                      "fail-on = ZZZ\n";

static const char equivalent_json[] =
    "{\"pipeline\": {\"name\": \"same\", \"stages\": ["
    "{\"name\": \"words\", \"min-length\": 2, \"weight\": 2.5, \"lowercase\": true,"
    " \"label\": \"word\", \"stop\": [\"xx\", \"yy\"]},"
    "{\"name\": \"count\", \"plugin\": \"needs_words\"},"
    "{\"name\": \"words2\", \"plugin\": \"words\", \"output\": {\"words\": \"more\"},"
    " \"fail-on\": \"ZZZ\"}]}}";

/* The output of a document, without the instance numbers that differ between runs. */
static json_t *
output_of (LectorPipeline *pipeline, const char *text)
{
  g_autoptr (LectorWorker) worker = lector_pipeline_new_worker (pipeline, NULL);
  g_autoptr (LectorDocument) doc = process_ok (worker, "d", text);
  json_t *root = lector_document_to_json (doc, LECTOR_OFFSETS_CODEPOINT);
  json_t *meta = json_object_get (root, "meta");
  json_object_del (json_object_get (meta, "words:words"), "instance");
  json_object_del (json_object_get (meta, "words:words2"), "instance");
  json_object_del (meta, "counts-instance");
  return root;
}

static void
test_json_equivalent (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LectorConfig) from_json = lector_config_load_data (equivalent_json, -1, "test.json",
                                                                TRUE, &error);
  g_assert_no_error (error);
  g_autoptr (LectorPipeline) json_pipeline = lector_pipeline_new (fixture->registry, from_json,
                                                                  &error);
  g_assert_no_error (error);
  g_autoptr (LectorPipeline) keyfile_pipeline = build_ok (fixture, equivalent_conf);

  g_autofree char *a = lector_pipeline_describe (keyfile_pipeline);
  g_autofree char *b = lector_pipeline_describe (json_pipeline);
  g_assert_cmpstr (a, ==, b);

  static const char text[] = "a xx Big yy word ZZ x";
  g_autoptr (json_t) out_a = output_of (keyfile_pipeline, text);
  g_autoptr (json_t) out_b = output_of (json_pipeline, text);
  g_autofree char *dump_a = json_dumps (out_a, JSON_SORT_KEYS);
  g_autofree char *dump_b = json_dumps (out_b, JSON_SORT_KEYS);
  g_assert_cmpstr (dump_a, ==, dump_b);
  /* and the output is the one intended */
  json_t *layers = json_object_get (out_a, "layers");
  g_assert_cmpuint (json_array_size (json_object_get (layers, "words")), ==, 3); /* Big word ZZ */
  g_assert_cmpuint (json_array_size (json_object_get (layers, "more")), ==, 6);
  g_assert_cmpstr (json_string_value (json_object_get (json_array_get (json_object_get (layers,
                                                                                        "words"),
                                                                       0),
                                                       "lower")),
                   ==, "big");
}

/* JSON values keep their JSON type: a string is not an integer; errors show them as JSON. */
static void
test_json_types (Fixture *fixture, gconstpointer data)
{
  static const struct {
    const char *stage, *message;
  } cases[] = {
    { "{\"name\": \"words\", \"min-length\": \"3\"}",
      "test.json: stage 'words': key 'min-length' expects an integer, got \"3\"" },
    { "{\"name\": \"words\", \"min-length\": 500}",
      "test.json: stage 'words': key 'min-length' must be between 1 and 100, got 500" },
    { "{\"name\": \"words\", \"lowercase\": \"yes\"}",
      "test.json: stage 'words': key 'lowercase' expects true or false, got \"yes\"" },
    { "{\"name\": \"words\", \"stop\": \"xx\"}",
      "test.json: stage 'words': key 'stop' expects an array of strings, got \"xx\"" },
    { "{\"name\": \"words\", \"stop\": [\"xx\", 3]}",
      "test.json: stage 'words': key 'stop' expects an array of strings, got [\"xx\",3]" },
    { "{\"name\": \"words\", \"label\": \"big\"}",
      "test.json: stage 'words': key 'label' must be one of: w, word, token, got \"big\"" },
  };
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *json = g_strdup_printf ("{\"pipeline\": {\"stages\": [%s]}}",
                                               cases[i].stage);
      g_autoptr (GError) error = NULL;
      g_autoptr (LectorConfig) config = lector_config_load_data (json, -1, "test.json", TRUE,
                                                                 &error);
      g_assert_no_error (error);
      g_autoptr (LectorPipeline) pipeline = lector_pipeline_new (fixture->registry, config,
                                                                 &error);
      g_assert_null (pipeline);
      g_assert_error (error, LECTOR_ERROR, LECTOR_ERROR_CONFIG);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }
}

/* --- plugins that fail to start ------------------------------------------------------------- */

static gboolean
init_fails (GError **error)
{
  g_set_error_literal (error, LECTOR_ERROR, LECTOR_ERROR_PLUGIN, "no model installed");
  return FALSE;
}

static gpointer
create_fails (const LectorParams *params, GError **error)
{
  g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_CONFIG, "cannot open %s",
               lector_params_get_string (params, "model"));
  return NULL;
}

static gboolean
process_nothing (gpointer stage, LectorDocument *doc, GError **error)
{
  return TRUE;
}

static const LectorParamSpec model_params[] = {
  { .key = "model", .type = LECTOR_PARAM_STRING, .default_value = "model.bin" },
  { .key = NULL },
};

static const LectorPluginInfo no_init_info = {
  .abi_version = LECTOR_ABI_VERSION, .api_version = LECTOR_API_VERSION,
  .struct_size = sizeof (LectorPluginInfo), .name = "no_init", .provides = LECTOR_STRV ("x"),
  .init = init_fails, .create = create_fails, .process = process_nothing,
};
static const LectorPluginInfo shared_create_fails_info = {
  .abi_version = LECTOR_ABI_VERSION, .api_version = LECTOR_API_VERSION,
  .struct_size = sizeof (LectorPluginInfo), .name = "shared_fails", .params = model_params,
  .threading = LECTOR_THREADING_SHARED, .create = create_fails, .process = process_nothing,
};
static const LectorPluginInfo worker_create_fails_info = {
  .abi_version = LECTOR_ABI_VERSION, .api_version = LECTOR_API_VERSION,
  .struct_size = sizeof (LectorPluginInfo), .name = "worker_fails", .params = model_params,
  .threading = LECTOR_THREADING_PER_WORKER, .create = create_fails, .process = process_nothing,
};

static void
test_plugin_fails_to_start (Fixture *fixture, gconstpointer data)
{
  g_assert_nonnull (lector_registry_add_static (fixture->registry, &no_init_info, NULL));
  g_assert_nonnull (lector_registry_add_static (fixture->registry, &shared_create_fails_info, NULL));
  g_assert_nonnull (lector_registry_add_static (fixture->registry, &worker_create_fails_info, NULL));

  assert_build_error (fixture, "[pipeline]\nstages = words; no_init\n", LECTOR_ERROR_PLUGIN,
                      "test.conf:2: stage 'no_init': plugin 'no_init' failed to initialize: no "
                      "model installed");

  /* SERIAL and SHARED instances are made with the pipeline… */
  assert_build_error (fixture,
                      "[pipeline]\nstages = words; shared_fails\n[stage shared_fails]\n"
                      "model = /x/m.bin\n",
                      LECTOR_ERROR_CONFIG,
                      "test.conf:3: stage 'shared_fails' (plugin shared_fails): cannot open "
                      "/x/m.bin");

  /* … PER_WORKER ones with each worker. */
  g_autoptr (LectorPipeline) pipeline = build_ok (fixture, "[pipeline]\nstages = worker_fails\n");
  g_autoptr (GError) error = NULL;
  g_autoptr (LectorWorker) worker = lector_pipeline_new_worker (pipeline, &error);
  g_assert_null (worker);
  g_assert_error (error, LECTOR_ERROR, LECTOR_ERROR_CONFIG);
  g_assert_cmpstr (error->message, ==,
                   "test.conf:2: stage 'worker_fails' (plugin worker_fails): cannot open model.bin");
}

/* Reading a parameter the plugin did not declare, or as another type, is a programming
 * error: a critical, fatal in tests. */
static gpointer
create_reads_undeclared (const LectorParams *params, GError **error)
{
  lector_params_get_int (params, "undeclared");
  return GINT_TO_POINTER (1);
}

static gpointer
create_reads_wrong_type (const LectorParams *params, GError **error)
{
  lector_params_get_int (params, "model");
  return GINT_TO_POINTER (1);
}

static const LectorPluginInfo reads_undeclared_info = {
  .abi_version = LECTOR_ABI_VERSION, .api_version = LECTOR_API_VERSION,
  .struct_size = sizeof (LectorPluginInfo), .name = "misreads", .params = model_params,
  .threading = LECTOR_THREADING_SHARED, .create = create_reads_undeclared,
  .process = process_nothing,
};
static const LectorPluginInfo reads_wrong_type_info = {
  .abi_version = LECTOR_ABI_VERSION, .api_version = LECTOR_API_VERSION,
  .struct_size = sizeof (LectorPluginInfo), .name = "misreads", .params = model_params,
  .threading = LECTOR_THREADING_SHARED, .create = create_reads_wrong_type,
  .process = process_nothing,
};

static void
test_params_misread (Fixture *fixture, gconstpointer data)
{
  const LectorPluginInfo *info = data;
  if (g_test_subprocess ())
    {
      g_assert_nonnull (lector_registry_add_static (fixture->registry, info, NULL));
      g_autoptr (LectorPipeline) pipeline = build (fixture, "[pipeline]\nstages = misreads\n",
                                                   NULL);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  if (info == &reads_undeclared_info)
    g_test_trap_assert_stderr ("*stage 'misreads': parameter 'undeclared' is not declared*");
  else
    g_test_trap_assert_stderr ("*stage 'misreads': parameter 'model' (string) read with the getter for *");
}

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  /* One failure should not hide the results of the tests after it. */
  g_test_set_nonfatal_assertions ();

  ADD ("/pipeline/params/defaults", test_defaults);
  ADD ("/pipeline/params/typed", test_params_typed);
  ADD ("/pipeline/params/good-values", test_good_values);
  for (gsize i = 0; i < G_N_ELEMENTS (bad_values); i++)
    {
      g_autofree char *path = g_strdup_printf ("/pipeline/params/bad-value/%s", bad_values[i].name);
      g_test_add (path, Fixture, &bad_values[i], fixture_setup, test_bad_value, fixture_teardown);
    }
  ADD ("/pipeline/params/unknown-key", test_unknown_key);
  ADD ("/pipeline/params/unknown-key/file-order", test_unknown_key_file_order);
  ADD ("/pipeline/params/unknown-key/no-params", test_unknown_key_no_params);
  g_test_add ("/pipeline/params/misread/undeclared", Fixture, &reads_undeclared_info,
              fixture_setup, test_params_misread, fixture_teardown);
  g_test_add ("/pipeline/params/misread/wrong-type", Fixture, &reads_wrong_type_info,
              fixture_setup, test_params_misread, fixture_teardown);
  ADD ("/pipeline/describe/defaults", test_describe_defaults);
  ADD ("/pipeline/describe/round-trip", test_describe_round_trip);
  ADD ("/pipeline/describe/round-trip-escapes", test_describe_round_trip_escapes);
  ADD ("/pipeline/unknown-plugin", test_unknown_plugin);
  ADD ("/pipeline/unknown-plugin/in-group", test_unknown_plugin_in_group);
  ADD ("/pipeline/unknown-plugin/refused", test_unknown_plugin_refused);
  ADD ("/pipeline/plugin-fails-to-start", test_plugin_fails_to_start);
  ADD ("/pipeline/capability/missing", test_missing_capability);
  ADD ("/pipeline/capability/later", test_capability_later);
  ADD ("/pipeline/capability/renamed", test_capability_renamed);
  ADD ("/pipeline/output/duplicate-producer", test_duplicate_producer);
  ADD ("/pipeline/output/duplicate-renamed", test_duplicate_renamed);
  ADD ("/pipeline/output/rename", test_output_rename);
  ADD ("/pipeline/output/not-provided", test_output_not_provided);
  ADD ("/pipeline/output/meta-key", test_output_meta_key);
  ADD ("/pipeline/layers/meta-key", test_layers_meta_key);
  ADD ("/pipeline/capability/meta-key", test_capability_meta_key);
  ADD ("/pipeline/run/stage-fails", test_stage_fails);
  ADD ("/pipeline/run/stage-stray-error", test_stage_stray_error);
  ADD ("/pipeline/run/workers", test_workers);
  ADD ("/pipeline/run/serial", test_serial);
  ADD ("/pipeline/override", test_override);
  ADD ("/pipeline/override/stage-without-group", test_override_stage_without_group);
  ADD ("/pipeline/override/errors", test_override_errors);
  ADD ("/pipeline/json/equivalent", test_json_equivalent);
  ADD ("/pipeline/json/types", test_json_types);

  return g_test_run ();
}
