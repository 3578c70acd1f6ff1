/* Tests of the keywords plugin, run by `make check` with the plugin just built. */
#include <string.h>

#include <lector/testing.h>

/* PLUGIN_FILE is set by Makefile.am to the keywords.la of this build. */

/* The layer the plugin adds, and a pipeline that provides what it requires first. */
#define LAYER "keywords" /* new-plugin: provides */
#define STAGES "segment; keywords" /* new-plugin: test stages */

static LectorRegistry *registry;

static void
test_marks_frequent_words (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LectorDocument) doc = lector_test_run (
      registry, STAGES, LECTOR_TEST_SETTINGS ("keywords.top=1"),
      "Cats chase mice in the barn. The mice fear cats and owls. Owls eat mice.", &error);
  g_assert_no_error (error);
  /* "mice" is the most frequent content word, so it wins in every sentence. */
  lector_assert_layer (doc, LAYER, "mice | mice | mice");
  lector_assert_layer_labels (doc, LAYER, "mice/mice | mice/mice | mice/mice");
}

static void
test_top_and_stopwords (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LectorDocument) doc = lector_test_run (
      registry, STAGES,
      LECTOR_TEST_SETTINGS ("keywords.top=2", "keywords.stopwords=mice"),
      "Cats chase mice in the barn. The mice fear cats and owls. Owls eat mice.", &error);
  g_assert_no_error (error);
  /* Without "mice", ties in count are broken by position in the sentence. */
  lector_assert_layer (doc, LAYER, "Cats | chase | cats | owls | Owls | eat");
}

static void
test_bad_parameter (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LectorDocument) doc = lector_test_run (
      registry, STAGES, LECTOR_TEST_SETTINGS ("keywords.top=0"), "Text.", &error);
  g_assert_null (doc);
  g_assert_error (error, LECTOR_ERROR, LECTOR_ERROR_CONFIG);
  g_assert_nonnull (strstr (error->message, "key 'top' must be between 1 and 100"));
}

static void
test_requires_tokens (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LectorDocument) doc = lector_test_run (registry, "keywords", NULL, "Text.", &error);
  g_assert_null (doc);
  g_assert_error (error, LECTOR_ERROR, LECTOR_ERROR_CAPABILITY);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_autoptr (GError) error = NULL;
  registry = lector_test_registry_new (PLUGIN_FILE, &error);
  g_assert_no_error (error);

  g_test_add_func ("/keywords/frequent-words", test_marks_frequent_words);
  g_test_add_func ("/keywords/top-and-stopwords", test_top_and_stopwords);
  g_test_add_func ("/keywords/bad-parameter", test_bad_parameter);
  g_test_add_func ("/keywords/requires-tokens", test_requires_tokens);
  int status = g_test_run ();
  lector_registry_free (registry);
  return status;
}
