/* Golden config cases: tests/config/invalid/CASE/ holds a config (config.conf or
 * config.json), optional -s overrides (one per line in `overrides`) and `error`, the
 * exact message `lector check` must give ('*' matches any text, for lists that depend on
 * which plugins are built).  tests/config/valid/CASE/ holds a config that
 * must resolve, and `stages`, the expected "stage plugin" lines. */
#include <string.h>

#include <lector/lector.h>

typedef struct {
  LectorRegistry *registry;
} Fixture;

static void
fixture_setup (Fixture *fixture, gconstpointer data)
{
  fixture->registry = lector_registry_new ();
  g_autofree char *test_plugins = g_test_build_filename (G_TEST_BUILT, "plugins", NULL);
  lector_registry_add_dir (fixture->registry, test_plugins);
  lector_registry_add_default_dirs (fixture->registry);
  lector_registry_scan (fixture->registry);
}

static void
fixture_teardown (Fixture *fixture, gconstpointer data)
{
  lector_registry_free (fixture->registry);
}

static char *
config_file_in (const char *dir)
{
  char *path = g_build_filename (dir, "config.conf", NULL);
  if (g_file_test (path, G_FILE_TEST_EXISTS))
    return path;
  g_free (path);
  return g_build_filename (dir, "config.json", NULL);
}

/* Loads, overrides and resolves the case's config; messages name "config.conf", as a
 * user running `lector check config.conf` in that directory would see them. */
static LectorPipeline *
resolve_case (Fixture *fixture, const char *dir, GError **error)
{
  g_autofree char *path = config_file_in (dir);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *data = NULL;
  gsize length = 0;
  g_assert_true (g_file_get_contents (path, &data, &length, NULL));

  g_autoptr (LectorConfig) config = lector_config_load_data (
      data, (gssize) length, base, g_str_has_suffix (base, ".json"), error);
  if (config == NULL)
    return NULL;

  g_autofree char *overrides_path = g_build_filename (dir, "overrides", NULL);
  g_autofree char *overrides = NULL;
  if (g_file_get_contents (overrides_path, &overrides, NULL, NULL))
    {
      g_auto (GStrv) lines = g_strsplit (overrides, "\n", -1);
      for (char **line = lines; *line != NULL; line++)
        if (**line != '\0' && !lector_config_set_override (config, *line, error))
          return NULL;
    }

  LectorPipeline *pipeline = lector_pipeline_new (fixture->registry, config, error);
  if (pipeline == NULL)
    return NULL;
  g_autoptr (LectorWorker) worker = lector_pipeline_new_worker (pipeline, error);
  if (worker == NULL)
    {
      lector_pipeline_free (pipeline);
      return NULL;
    }
  return pipeline;
}

static void
test_invalid_case (Fixture *fixture, gconstpointer data)
{
  const char *dir = data;
  g_autofree char *error_path = g_build_filename (dir, "error", NULL);
  g_autofree char *expected = NULL;
  g_assert_true (g_file_get_contents (error_path, &expected, NULL, NULL));
  g_strchomp (expected);

  g_autoptr (GError) error = NULL;
  g_autoptr (LectorPipeline) pipeline = resolve_case (fixture, dir, &error);
  g_assert_null (pipeline);
  g_assert_nonnull (error);
  /* A '*' in the expected message stands for text that depends on the build, such as
   * the list of plugins found. */
  if (strchr (expected, '*') != NULL)
    {
      if (!g_pattern_match_simple (expected, error->message))
        g_error ("message '%s' does not match '%s'", error->message, expected);
    }
  else
    g_assert_cmpstr (error->message, ==, expected);
}

static void
test_valid_case (Fixture *fixture, gconstpointer data)
{
  const char *dir = data;
  g_autoptr (GError) error = NULL;
  g_autoptr (LectorPipeline) pipeline = resolve_case (fixture, dir, &error);
  g_assert_no_error (error);

  g_autoptr (GString) stages = g_string_new (NULL);
  for (gsize i = 0; i < lector_pipeline_get_n_stages (pipeline); i++)
    g_string_append_printf (stages, "%s %s\n", lector_pipeline_get_stage_name (pipeline, i),
                            lector_plugin_get_name (lector_pipeline_get_stage_plugin (pipeline, i)));
  g_autofree char *stages_path = g_build_filename (dir, "stages", NULL);
  g_autofree char *expected = NULL;
  g_assert_true (g_file_get_contents (stages_path, &expected, NULL, NULL));
  g_assert_cmpstr (stages->str, ==, expected);

  /* The resolved description must itself be a valid config for the same pipeline. */
  g_autofree char *description = lector_pipeline_describe (pipeline);
  g_autoptr (LectorConfig) again = lector_config_load_data (description, -1, "described", FALSE,
                                                            &error);
  g_assert_no_error (error);
  g_autoptr (LectorPipeline) pipeline2 = lector_pipeline_new (fixture->registry, again, &error);
  g_assert_no_error (error);
  g_autofree char *description2 = lector_pipeline_describe (pipeline2);
  /* Written out, a default becomes an explicit value: the same pipeline otherwise. */
  g_autoptr (GRegex) default_marker = g_regex_new (", default\\)", 0, 0, NULL);
  g_autofree char *first = g_regex_replace_literal (default_marker, description, -1, 0, ")", 0, NULL);
  g_autofree char *second = g_regex_replace_literal (default_marker, description2, -1, 0, ")", 0, NULL);
  g_assert_cmpstr (first, ==, second);
}

/* Case directories, alive until the tests have run. */
static GPtrArray *case_dirs;

static gint
compare_names (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

static void
add_cases (const char *kind, void (*test) (Fixture *, gconstpointer))
{
  g_autofree char *root = g_test_build_filename (G_TEST_DIST, "config", kind, NULL);
  g_autoptr (GDir) dir = g_dir_open (root, 0, NULL);
  g_assert_nonnull (dir);

  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_strdup_printf ("/config/%s/%s", kind,
                                               (const char *) names->pdata[i]);
      char *case_dir = g_build_filename (root, names->pdata[i], NULL);
      g_ptr_array_add (case_dirs, case_dir);
      g_test_add (path, Fixture, case_dir, fixture_setup, test, fixture_teardown);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  case_dirs = g_ptr_array_new_with_free_func (g_free);
  add_cases ("invalid", test_invalid_case);
  add_cases ("valid", test_valid_case);
  int status = g_test_run ();
  g_ptr_array_unref (case_dirs);
  return status;
}
