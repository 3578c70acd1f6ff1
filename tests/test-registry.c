/* The plugin registry over the test plugins of tests/plugins/: which files load, which
 * are refused and why, search path order, static plugins and initialization. */
#include <string.h>

#include <glib/gstdio.h>

#include <lector/lector.h>

typedef struct {
  LectorRegistry *registry;
  char *plugin_dir; /* the built tests/plugins */
} Fixture;

static void
fixture_setup (Fixture *fixture, gconstpointer data)
{
  fixture->registry = lector_registry_new ();
  fixture->plugin_dir = g_test_build_filename (G_TEST_BUILT, "plugins", NULL);
}

/* The same, with tests/plugins scanned. */
static void
fixture_setup_scanned (Fixture *fixture, gconstpointer data)
{
  fixture_setup (fixture, data);
  lector_registry_add_dir (fixture->registry, fixture->plugin_dir);
  lector_registry_scan (fixture->registry);
}

static void
fixture_teardown (Fixture *fixture, gconstpointer data)
{
  lector_registry_free (fixture->registry);
  g_free (fixture->plugin_dir);
}

static const LectorRejectedPlugin *
find_rejected (LectorRegistry *registry, const char *name)
{
  const GPtrArray *rejected = lector_registry_get_rejected (registry);
  const LectorRejectedPlugin *found = NULL;
  for (guint i = 0; i < rejected->len; i++)
    {
      const LectorRejectedPlugin *r = rejected->pdata[i];
      if (strcmp (r->name, name) == 0)
        {
          g_assert_null (found); /* listed once */
          found = r;
        }
    }
  return found;
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

/* --- scanning ------------------------------------------------------------------------------- */

static void
test_scan_loaded (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GPtrArray) plugins = lector_registry_get_plugins (fixture->registry);
  g_assert_cmpuint (plugins->len, ==, 2);
  g_assert_cmpstr (lector_plugin_get_name (plugins->pdata[0]), ==, "needs_words");
  g_assert_cmpstr (lector_plugin_get_name (plugins->pdata[1]), ==, "words");

  LectorPlugin *words = lector_registry_lookup (fixture->registry, "words");
  g_assert_true (words == plugins->pdata[1]);
  g_autofree char *path = g_build_filename (fixture->plugin_dir, "words.la", NULL);
  g_assert_cmpstr (lector_plugin_get_path (words), ==, path);

  const LectorPluginInfo *info = lector_plugin_get_info (words);
  g_assert_cmpuint (info->abi_version, ==, LECTOR_ABI_VERSION);
  g_assert_cmpstr (info->name, ==, "words");
  g_assert_cmpint (info->threading, ==, LECTOR_THREADING_PER_WORKER);
  g_assert_true (lector_plugin_provides (words, "words"));
  g_assert_false (lector_plugin_provides (words, "counts"));

  LectorPlugin *needs = lector_registry_lookup (fixture->registry, "needs_words");
  g_assert_cmpint (lector_plugin_get_info (needs)->threading, ==, LECTOR_THREADING_SHARED);
  g_assert_true (lector_plugin_provides (needs, "counts"));

  /* Refused files are not plugins. */
  g_assert_null (lector_registry_lookup (fixture->registry, "abi_mismatch"));
  g_assert_null (lector_registry_lookup (fixture->registry, "othername"));
  g_assert_null (lector_registry_lookup (fixture->registry, "misnamed"));
}

/* Every broken file in tests/plugins is listed once, with its path. */
static void
test_scan_rejected (Fixture *fixture, gconstpointer data)
{
  static const char *const expected[] = { "abi_mismatch",   "api_too_new",       "misnamed",
                                          "missing_lib",    "missing_symbol",    "no_entry",
                                          "meta_not_provided" };
  const GPtrArray *rejected = lector_registry_get_rejected (fixture->registry);
  g_assert_cmpuint (rejected->len, ==, G_N_ELEMENTS (expected));
  for (gsize i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const LectorRejectedPlugin *r = find_rejected (fixture->registry, expected[i]);
      g_assert_nonnull (r);
      if (r == NULL)
        continue;
      g_autofree char *file = g_strconcat (expected[i], ".la", NULL);
      g_autofree char *path = g_build_filename (fixture->plugin_dir, file, NULL);
      g_assert_cmpstr (r->path, ==, path);
      g_assert_nonnull (r->reason);
      g_assert_cmpstr (r->reason, !=, "");
    }
  /* libtestgone.la, the shared library missing_lib links, is a library of libtool's and no
   * module: passed over, neither loaded nor refused. */
  g_assert_null (find_rejected (fixture->registry, "libtestgone"));
  g_assert_null (lector_registry_lookup (fixture->registry, "libtestgone"));
}

typedef struct {
  const char *name;
  const char *phrases[4]; /* each must appear in the reason */
} RejectCase;

static RejectCase reject_cases[] = {
  /* Filled in main(): the version numbers are computed. */
  { "abi_mismatch", { NULL } },
  { "api_too_new", { NULL } },
  { "no_entry", { "no entry symbol", "no_entry_LTX_lector_plugin_info" } },
  { "misnamed", { "othername", "file name", "'misnamed'" } },
  { "missing_lib", { "cannot load plugin 'missing_lib'", "libtestgone",
                     "cannot open shared object file" } },
  { "missing_symbol", { "cannot load plugin 'missing_symbol'", "undefined symbol",
                        "lector_test_undefined_variable" } },
  { "meta_not_provided", { "plugin 'meta_not_provided' lists 'lang' in meta, but not in provides",
                           "add it to provides" } },
};

static void
test_rejected_reason (Fixture *fixture, gconstpointer data)
{
  const RejectCase *c = data;
  const LectorRejectedPlugin *r = find_rejected (fixture->registry, c->name);
  g_assert_nonnull (r);
  if (r == NULL)
    return;
  g_test_message ("%s: %s", c->name, r->reason);
  for (gsize i = 0; i < G_N_ELEMENTS (c->phrases) && c->phrases[i] != NULL; i++)
    assert_contains (r->reason, c->phrases[i]);
  /* libltdl's own message says nothing useful. */
  g_assert_null (strstr (r->reason, "file not found"));
}

/* Scanning again looks only at directories added since. */
static void
test_scan_again (Fixture *fixture, gconstpointer data)
{
  guint n_rejected = lector_registry_get_rejected (fixture->registry)->len;
  lector_registry_scan (fixture->registry);
  lector_registry_add_dir (fixture->registry, fixture->plugin_dir); /* already there */
  lector_registry_scan (fixture->registry);
  g_assert_cmpuint (lector_registry_get_rejected (fixture->registry)->len, ==, n_rejected);
  g_autoptr (GPtrArray) plugins = lector_registry_get_plugins (fixture->registry);
  g_assert_cmpuint (plugins->len, ==, 2);
  g_assert_cmpuint (lector_registry_get_dirs (fixture->registry)->len, ==, 1);
}

static void
test_scan_missing_dir (Fixture *fixture, gconstpointer data)
{
  g_autofree char *missing = g_build_filename (fixture->plugin_dir, "no-such-dir", NULL);
  lector_registry_add_dir (fixture->registry, missing);
  lector_registry_scan (fixture->registry);
  g_autoptr (GPtrArray) plugins = lector_registry_get_plugins (fixture->registry);
  g_assert_cmpuint (plugins->len, ==, 0);
  g_assert_cmpuint (lector_registry_get_rejected (fixture->registry)->len, ==, 0);
}

/* --- loading one file ----------------------------------------------------------------------- */

static void
test_load_file (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->plugin_dir, "words.la", NULL);
  LectorPlugin *plugin = lector_registry_load_file (fixture->registry, path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (plugin);
  g_assert_cmpstr (lector_plugin_get_name (plugin), ==, "words");
  g_assert_cmpstr (lector_plugin_get_path (plugin), ==, path);
  g_assert_true (lector_registry_lookup (fixture->registry, "words") == plugin);
  /* The search path is not involved. */
  g_assert_cmpuint (lector_registry_get_dirs (fixture->registry)->len, ==, 0);

  /* Loading the same file again gives the same plugin. */
  g_assert_true (lector_registry_load_file (fixture->registry, path, &error) == plugin);
  g_assert_no_error (error);

  /* Another file of the same name is refused. */
  g_autofree char *so = g_build_filename (fixture->plugin_dir, ".libs", "words.so", NULL);
  g_assert_null (lector_registry_load_file (fixture->registry, so, &error));
  g_assert_error (error, LECTOR_ERROR, LECTOR_ERROR_PLUGIN);
  assert_contains (error->message, "already loaded from");
  assert_contains (error->message, path);
}

/* An installed plugin directory may hold only NAME.so (distributions delete .la files). */
static void
test_load_file_so (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->plugin_dir, ".libs", "needs_words.so", NULL);
  LectorPlugin *plugin = lector_registry_load_file (fixture->registry, path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (plugin);
  g_assert_cmpstr (lector_plugin_get_name (plugin), ==, "needs_words");
  g_assert_cmpstr (lector_plugin_get_path (plugin), ==, path);
}

/* A relative path, even a bare file name, is relative to the current directory (as
 * for any program given a file), not looked up in some library search path. */
static void
test_load_file_relative (Fixture *fixture, gconstpointer data)
{
  g_autofree char *saved = g_get_current_dir ();
  g_autofree char *parent = g_path_get_dirname (fixture->plugin_dir);
  g_autoptr (GError) error = NULL;

  g_assert_cmpint (g_chdir (parent), ==, 0);
  LectorPlugin *plugin = lector_registry_load_file (fixture->registry, "plugins/needs_words.la",
                                                    &error);
  g_assert_no_error (error);
  g_assert_nonnull (plugin);

  g_assert_cmpint (g_chdir (fixture->plugin_dir), ==, 0);
  plugin = lector_registry_load_file (fixture->registry, "words.la", &error);
  g_assert_cmpint (g_chdir (saved), ==, 0);
  g_assert_no_error (error);
  g_assert_nonnull (plugin);
  if (plugin != NULL)
    g_assert_cmpstr (lector_plugin_get_name (plugin), ==, "words");
}

static void
test_load_file_missing (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->plugin_dir, "nonexistent.la", NULL);
  g_assert_null (lector_registry_load_file (fixture->registry, path, &error));
  g_assert_error (error, LECTOR_ERROR, LECTOR_ERROR_PLUGIN);
  assert_contains (error->message, "'nonexistent'");
  assert_contains (error->message, path);
  assert_contains (error->message, "no such file");
}

/* A broken file loaded by path gives the reason scanning would have recorded. */
static void
test_load_file_broken (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->plugin_dir, "api_too_new.la", NULL);
  g_assert_null (lector_registry_load_file (fixture->registry, path, &error));
  g_assert_error (error, LECTOR_ERROR, LECTOR_ERROR_PLUGIN);
  assert_contains (error->message, "upgrade");
  g_assert_null (lector_registry_lookup (fixture->registry, "api_too_new"));
  g_autoptr (GPtrArray) plugins = lector_registry_get_plugins (fixture->registry);
  g_assert_cmpuint (plugins->len, ==, 0);

  g_clear_error (&error);
  g_autofree char *missing_lib = g_build_filename (fixture->plugin_dir, "missing_lib.la", NULL);
  g_assert_null (lector_registry_load_file (fixture->registry, missing_lib, &error));
  g_assert_error (error, LECTOR_ERROR, LECTOR_ERROR_PLUGIN);
  assert_contains (error->message, "libtestgone");
}

/* --- search path ---------------------------------------------------------------------------- */

static char *
copy_plugin_to_temp_dir (const char *plugin_dir, const char *name)
{
  g_autoptr (GError) error = NULL;
  char *dir = g_dir_make_tmp ("lector-registry-XXXXXX", &error);
  g_assert_no_error (error);
  g_autofree char *file = g_strconcat (name, ".so", NULL);
  g_autofree char *from = g_build_filename (plugin_dir, ".libs", file, NULL);
  g_autofree char *to = g_build_filename (dir, file, NULL);
  g_autofree char *contents = NULL;
  gsize length = 0;
  g_assert_true (g_file_get_contents (from, &contents, &length, &error));
  g_assert_true (g_file_set_contents (to, contents, (gssize) length, &error));
  g_assert_no_error (error);
  return dir;
}

static void
remove_temp_dir (const char *dir, const char *name)
{
  g_autofree char *file = g_strconcat (name, ".so", NULL);
  g_autofree char *path = g_build_filename (dir, file, NULL);
  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* Two directories hold a plugin "words": the earlier one wins, the later file is listed
 * as shadowed, whichever order the directories are in. */
static void
test_shadowing (Fixture *fixture, gconstpointer data)
{
  g_autofree char *other = copy_plugin_to_temp_dir (fixture->plugin_dir, "words");
  g_autofree char *other_words = g_build_filename (other, "words.so", NULL);
  g_autofree char *built_words = g_build_filename (fixture->plugin_dir, "words.la", NULL);

  /* tests/plugins first. */
  lector_registry_add_dir (fixture->registry, fixture->plugin_dir);
  lector_registry_add_dir (fixture->registry, other);
  lector_registry_scan (fixture->registry);
  LectorPlugin *words = lector_registry_lookup (fixture->registry, "words");
  g_assert_nonnull (words);
  g_assert_cmpstr (lector_plugin_get_path (words), ==, built_words);
  const LectorRejectedPlugin *r = find_rejected (fixture->registry, "words");
  g_assert_nonnull (r);
  g_assert_cmpstr (r->path, ==, other_words);
  assert_contains (r->reason, "shadowed");
  assert_contains (r->reason, built_words);

  /* The other directory first: its copy, a bare .so, is the one loaded. */
  g_autoptr (LectorRegistry) registry = lector_registry_new ();
  lector_registry_add_dir (registry, other);
  lector_registry_add_dir (registry, fixture->plugin_dir);
  lector_registry_scan (registry);
  words = lector_registry_lookup (registry, "words");
  g_assert_nonnull (words);
  g_assert_cmpstr (lector_plugin_get_path (words), ==, other_words);
  r = find_rejected (registry, "words");
  g_assert_nonnull (r);
  g_assert_cmpstr (r->path, ==, built_words);
  assert_contains (r->reason, "shadowed");
  assert_contains (r->reason, other_words);
  g_assert_nonnull (lector_registry_lookup (registry, "needs_words"));

  remove_temp_dir (other, "words");
}

/* Files whose names cannot be plugin names are listed with what to do, not loaded. */
static void
test_bad_file_names (Fixture *fixture, gconstpointer data)
{
  g_autofree char *dir = copy_plugin_to_temp_dir (fixture->plugin_dir, "words");
  g_autofree char *words = g_build_filename (dir, "words.so", NULL);
  g_autofree char *upper = g_build_filename (dir, "Words.so", NULL);
  g_autofree char *lib = g_build_filename (dir, "libwords.so", NULL);
  g_autofree char *other = g_build_filename (dir, "README.txt", NULL);
  g_assert_cmpint (g_rename (words, upper), ==, 0);
  g_autofree char *contents = NULL;
  gsize length = 0;
  g_assert_true (g_file_get_contents (upper, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (lib, contents, (gssize) length, NULL));
  g_assert_true (g_file_set_contents (other, "not a plugin", -1, NULL));
  /* libtool files as libtool writes them: a library (a plugin's helper) and a module. */
  g_autofree char *helper = g_build_filename (dir, "libhelper.la", NULL);
  g_autofree char *module = g_build_filename (dir, "libmodule.la", NULL);
  g_assert_true (g_file_set_contents (helper, "# libhelper.la\ndlname=''\n"
                                              "old_library='libhelper.a'\nshouldnotlink=no\n",
                                      -1, NULL));
  g_assert_true (g_file_set_contents (module, "# libmodule.la\ndlname='libmodule.so'\n"
                                              "old_library=''\nshouldnotlink=yes\n",
                                      -1, NULL));

  lector_registry_add_dir (fixture->registry, dir);
  lector_registry_scan (fixture->registry);
  g_autoptr (GPtrArray) plugins = lector_registry_get_plugins (fixture->registry);
  g_assert_cmpuint (plugins->len, ==, 0);
  const GPtrArray *rejected = lector_registry_get_rejected (fixture->registry);
  /* README.txt is not even a candidate, nor is a library libtool built beside a plugin. */
  g_assert_cmpuint (rejected->len, ==, 3);
  g_assert_null (find_rejected (fixture->registry, "libhelper"));
  const LectorRejectedPlugin *named_module = find_rejected (fixture->registry, "libmodule");
  g_assert_nonnull (named_module);
  assert_contains (named_module->reason, "library, not a plugin");
  const LectorRejectedPlugin *r = find_rejected (fixture->registry, "Words");
  g_assert_nonnull (r);
  g_assert_cmpstr (r->path, ==, upper);
  assert_contains (r->reason, "rename the file");
  r = find_rejected (fixture->registry, "libwords");
  g_assert_nonnull (r);
  assert_contains (r->reason, "library, not a plugin");

  g_assert_cmpint (g_remove (lib), ==, 0);
  g_assert_cmpint (g_remove (other), ==, 0);
  g_assert_cmpint (g_remove (helper), ==, 0);
  g_assert_cmpint (g_remove (module), ==, 0);
  g_assert_cmpint (g_rename (upper, words), ==, 0);
  remove_temp_dir (dir, "words");
}

static void
test_default_dirs (Fixture *fixture, gconstpointer data)
{
  g_autofree char *saved = g_strdup (g_getenv ("LECTOR_PLUGIN_PATH"));

  /* Empty entries are skipped and duplicates dropped; the installed directory is last. */
  g_autofree char *path = g_strjoin (G_SEARCHPATH_SEPARATOR_S, fixture->plugin_dir, "",
                                     "/nonexistent/lector", fixture->plugin_dir, NULL);
  g_setenv ("LECTOR_PLUGIN_PATH", path, TRUE);
  lector_registry_add_default_dirs (fixture->registry);
  const GPtrArray *dirs = lector_registry_get_dirs (fixture->registry);
  g_assert_cmpuint (dirs->len, ==, 3);
  g_assert_cmpstr (dirs->pdata[0], ==, fixture->plugin_dir);
  g_assert_cmpstr (dirs->pdata[1], ==, "/nonexistent/lector");
  g_assert_cmpstr (dirs->pdata[2], ==, LECTOR_PLUGIN_DIR);
  lector_registry_scan (fixture->registry);
  g_assert_nonnull (lector_registry_lookup (fixture->registry, "words"));

  /* Without the variable: only the installed directory. */
  g_unsetenv ("LECTOR_PLUGIN_PATH");
  g_autoptr (LectorRegistry) registry = lector_registry_new ();
  lector_registry_add_default_dirs (registry);
  dirs = lector_registry_get_dirs (registry);
  g_assert_cmpuint (dirs->len, ==, 1);
  g_assert_cmpstr (dirs->pdata[0], ==, LECTOR_PLUGIN_DIR);

  /* Directories added before come first. */
  g_setenv ("LECTOR_PLUGIN_PATH", "/nonexistent/lector", TRUE);
  g_autoptr (LectorRegistry) registry2 = lector_registry_new ();
  lector_registry_add_dir (registry2, "/first");
  lector_registry_add_default_dirs (registry2);
  dirs = lector_registry_get_dirs (registry2);
  g_assert_cmpuint (dirs->len, ==, 3);
  g_assert_cmpstr (dirs->pdata[0], ==, "/first");
  g_assert_cmpstr (dirs->pdata[1], ==, "/nonexistent/lector");

  if (saved != NULL)
    g_setenv ("LECTOR_PLUGIN_PATH", saved, TRUE);
  else
    g_unsetenv ("LECTOR_PLUGIN_PATH");
}

/* --- static plugins ------------------------------------------------------------------------- */

static gpointer
static_create (const LectorParams *params, GError **error)
{
  return GINT_TO_POINTER (1);
}

static gboolean
static_process (gpointer stage, LectorDocument *doc, GError **error)
{
  return TRUE;
}

/* A valid descriptor; the arguments override some of its fields, which is what the
 * compiler's -Woverride-init warns about. */
#pragma GCC diagnostic ignored "-Woverride-init"
#define GOOD_INFO(plugin_name, ...)                                                               \
  {                                                                                               \
    .abi_version = LECTOR_ABI_VERSION, .api_version = LECTOR_API_VERSION,                        \
    .struct_size = sizeof (LectorPluginInfo), .name = plugin_name, .version = "1",              \
    .provides = LECTOR_STRV ("words"), .create = static_create, .process = static_process,      \
    __VA_ARGS__                                                                                   \
  }

static const LectorPluginInfo alpha_info = GOOD_INFO ("alpha");

static void
test_static (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  LectorPlugin *alpha = lector_registry_add_static (fixture->registry, &alpha_info, &error);
  g_assert_no_error (error);
  g_assert_nonnull (alpha);
  g_assert_true (lector_registry_lookup (fixture->registry, "alpha") == alpha);
  g_assert_null (lector_plugin_get_path (alpha));
  g_assert_true (lector_plugin_get_info (alpha) == &alpha_info);

  g_assert_null (lector_registry_add_static (fixture->registry, &alpha_info, &error));
  g_assert_error (error, LECTOR_ERROR, LECTOR_ERROR_PLUGIN);
  assert_contains (error->message, "'alpha' is already registered");
}

/* A plugin built into the program wins over a file of the same name. */
static const LectorPluginInfo static_words_info = GOOD_INFO ("words");

static void
test_static_shadows_file (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  LectorPlugin *words = lector_registry_add_static (fixture->registry, &static_words_info, &error);
  g_assert_no_error (error);
  lector_registry_add_dir (fixture->registry, fixture->plugin_dir);
  lector_registry_scan (fixture->registry);
  g_assert_true (lector_registry_lookup (fixture->registry, "words") == words);
  const LectorRejectedPlugin *r = find_rejected (fixture->registry, "words");
  g_assert_nonnull (r);
  assert_contains (r->reason, "shadowed");
  assert_contains (r->reason, "built into the program");

  /* And loading the file by path is refused too. */
  g_autofree char *path = g_build_filename (fixture->plugin_dir, "words.la", NULL);
  g_assert_null (lector_registry_load_file (fixture->registry, path, &error));
  g_assert_error (error, LECTOR_ERROR, LECTOR_ERROR_PLUGIN);
  assert_contains (error->message, "already loaded from the program");
}

/* A plugin that marks some of what it provides as keys of meta registers like any other;
 * so does one built for an older API, before LectorPluginInfo.meta (its slot is NULL). */
static const LectorPluginInfo with_meta_info = GOOD_INFO ("with_meta",
                                                          .provides = LECTOR_STRV ("lang", "words"),
                                                          .meta = LECTOR_STRV ("lang"));
static const LectorPluginInfo first_api_info = GOOD_INFO ("first_api", .api_version = 1);
static const LectorPluginInfo previous_api_info = GOOD_INFO ("previous_api",
                                                             .api_version = LECTOR_API_VERSION - 1);

static void
test_static_meta (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  LectorPlugin *with_meta = lector_registry_add_static (fixture->registry, &with_meta_info, &error);
  g_assert_no_error (error);
  g_assert_nonnull (with_meta);
  /* A key of meta is still provided: it satisfies requires as before. */
  g_assert_true (lector_plugin_provides (with_meta, "lang"));
  g_autofree char *providers = lector_registry_find_providers (fixture->registry, "lang");
  g_assert_cmpstr (providers, ==, "with_meta");

  const LectorPluginInfo *older[] = { &first_api_info, &previous_api_info };
  for (gsize i = 0; i < G_N_ELEMENTS (older); i++)
    {
      LectorPlugin *plugin = lector_registry_add_static (fixture->registry, older[i], &error);
      g_assert_no_error (error);
      g_assert_nonnull (plugin);
      if (plugin != NULL)
        g_assert_null (lector_plugin_get_info (plugin)->meta);
    }
}

typedef struct {
  const char *name;
  LectorPluginInfo info;
  const char *phrases[3];
} BadInfo;

static const LectorParamSpec reserved_plugin_param[] = { { .key = "plugin", .type = LECTOR_PARAM_STRING },
                                                         { .key = NULL } };
static const LectorParamSpec reserved_output_param[] = {
  { .key = "output.words", .type = LECTOR_PARAM_STRING }, { .key = NULL }
};
static const LectorParamSpec unknown_type_param[] = { { .key = "x", .type = 99 }, { .key = NULL } };
static const LectorParamSpec twice_param[] = { { .key = "x", .type = LECTOR_PARAM_INT },
                                               { .key = "x", .type = LECTOR_PARAM_STRING },
                                               { .key = NULL } };
static const LectorParamSpec bad_int_default[] = {
  { .key = "size", .type = LECTOR_PARAM_INT, .default_value = "ten" }, { .key = NULL }
};
static const LectorParamSpec out_of_range_default[] = {
  { .key = "size", .type = LECTOR_PARAM_INT, .default_value = "11", .min = 0, .max = 10 },
  { .key = NULL }
};
static const LectorParamSpec bad_choice_default[] = {
  { .key = "mode", .type = LECTOR_PARAM_STRING, .default_value = "medium", .choices = "fast|slow" },
  { .key = NULL }
};
static const LectorParamSpec bad_bool_default[] = {
  { .key = "flag", .type = LECTOR_PARAM_BOOL, .default_value = "maybe" }, { .key = NULL }
};

static const BadInfo bad_infos[] = {
  { "abi", GOOD_INFO ("bad", .abi_version = LECTOR_ABI_VERSION + 1), { "ABI", "rebuild" } },
  { "api", GOOD_INFO ("bad", .api_version = LECTOR_API_VERSION + 1), { "API", "upgrade" } },
  { "struct-size", GOOD_INFO ("bad", .struct_size = sizeof (LectorPluginInfo) - 8),
    { "descriptor of", "rebuild" } },
  { "no-name", GOOD_INFO (NULL), { "has no name" } },
  { "empty-name", GOOD_INFO (""), { "has no name" } },
  { "no-create", GOOD_INFO ("bad", .create = NULL), { "'bad'", "no create callback" } },
  { "no-process", GOOD_INFO ("bad", .process = NULL), { "'bad'", "no process callback" } },
  { "threading", GOOD_INFO ("bad", .threading = 7), { "unknown threading model 7" } },
  { "empty-provides", GOOD_INFO ("bad", .provides = LECTOR_STRV ("words", "")),
    { "empty capability in provides" } },
  { "empty-requires", GOOD_INFO ("bad", .requires = LECTOR_STRV ("")),
    { "empty capability in requires" } },
  { "empty-meta", GOOD_INFO ("bad", .meta = LECTOR_STRV ("")), { "empty capability in meta" } },
  { "meta-not-provided", GOOD_INFO ("bad", .meta = LECTOR_STRV ("words", "lang")),
    { "plugin 'bad' lists 'lang' in meta, but not in provides", "not layers",
      "add it to provides" } },
  { "reserved-plugin", GOOD_INFO ("bad", .params = reserved_plugin_param),
    { "'plugin'", "reserves" } },
  { "reserved-output", GOOD_INFO ("bad", .params = reserved_output_param),
    { "'output.words'", "may only contain" } },
  { "param-type", GOOD_INFO ("bad", .params = unknown_type_param), { "'x'", "unknown type 99" } },
  { "param-twice", GOOD_INFO ("bad", .params = twice_param), { "'x' twice" } },
  { "int-default", GOOD_INFO ("bad", .params = bad_int_default),
    { "'size'", "invalid default 'ten'", "integer" } },
  { "range-default", GOOD_INFO ("bad", .params = out_of_range_default),
    { "'size'", "invalid default '11'", "between 0 and 10" } },
  { "choice-default", GOOD_INFO ("bad", .params = bad_choice_default),
    { "'mode'", "invalid default 'medium'", "fast, slow" } },
  { "bool-default", GOOD_INFO ("bad", .params = bad_bool_default),
    { "'flag'", "invalid default 'maybe'" } },
};

static void
test_static_bad (gconstpointer data)
{
  const BadInfo *bad = data;
  g_autoptr (LectorRegistry) registry = lector_registry_new ();
  g_autoptr (GError) error = NULL;
  g_assert_null (lector_registry_add_static (registry, &bad->info, &error));
  g_assert_error (error, LECTOR_ERROR, LECTOR_ERROR_PLUGIN);
  g_test_message ("%s", error->message);
  for (gsize i = 0; i < G_N_ELEMENTS (bad->phrases) && bad->phrases[i] != NULL; i++)
    assert_contains (error->message, bad->phrases[i]);
  g_autoptr (GPtrArray) plugins = lector_registry_get_plugins (registry);
  g_assert_cmpuint (plugins->len, ==, 0);
}

static void
test_find_providers (Fixture *fixture, gconstpointer data)
{
  g_autofree char *words = lector_registry_find_providers (fixture->registry, "words");
  g_assert_cmpstr (words, ==, "words");
  g_autofree char *counts = lector_registry_find_providers (fixture->registry, "counts");
  g_assert_cmpstr (counts, ==, "needs_words");
  /* Refused plugins provide nothing. */
  g_autofree char *gone = lector_registry_find_providers (fixture->registry, "gone");
  g_assert_cmpstr (gone, ==, "");
  g_autofree char *abi = lector_registry_find_providers (fixture->registry, "abi");
  g_assert_cmpstr (abi, ==, "");

  /* Several providers: sorted by name. */
  g_assert_nonnull (lector_registry_add_static (fixture->registry, &alpha_info, NULL));
  g_autofree char *both = lector_registry_find_providers (fixture->registry, "words");
  g_assert_cmpstr (both, ==, "alpha, words");
}

/* --- initialization ------------------------------------------------------------------------- */

static int n_init_calls, n_shutdown_calls;

static gboolean
init_fails (GError **error)
{
  n_init_calls++;
  g_set_error_literal (error, LECTOR_ERROR, LECTOR_ERROR_PLUGIN, "the model file is missing");
  return FALSE;
}

static gboolean
init_silently_fails (GError **error)
{
  n_init_calls++;
  return FALSE;
}

static gboolean
init_works (GError **error)
{
  n_init_calls++;
  return TRUE;
}

/* Returns TRUE but leaves an error behind: the return value decides. */
static gboolean
init_works_with_stray_error (GError **error)
{
  n_init_calls++;
  g_set_error_literal (error, LECTOR_ERROR, LECTOR_ERROR_PLUGIN, "a leftover");
  return TRUE;
}

static void
count_shutdown (void)
{
  n_shutdown_calls++;
}

static const LectorPluginInfo failing_info = GOOD_INFO ("failing", .init = init_fails,
                                                        .shutdown = count_shutdown);
static const LectorPluginInfo silent_info = GOOD_INFO ("silent", .init = init_silently_fails);
static const LectorPluginInfo working_info = GOOD_INFO ("working", .init = init_works,
                                                        .shutdown = count_shutdown);

static const LectorPluginInfo stray_info = GOOD_INFO ("stray", .init = init_works_with_stray_error,
                                                      .shutdown = count_shutdown);

static void
test_init (void)
{
  n_init_calls = n_shutdown_calls = 0;
  LectorRegistry *registry = lector_registry_new ();
  LectorPlugin *failing = lector_registry_add_static (registry, &failing_info, NULL);
  LectorPlugin *silent = lector_registry_add_static (registry, &silent_info, NULL);
  LectorPlugin *working = lector_registry_add_static (registry, &working_info, NULL);
  LectorPlugin *stray = lector_registry_add_static (registry, &stray_info, NULL);
  g_assert_true (failing != NULL && silent != NULL && working != NULL && stray != NULL);
  g_assert_cmpint (n_init_calls, ==, 0); /* not at registration */

  /* A failure is remembered: init is called once, the error given every time. */
  for (int i = 0; i < 2; i++)
    {
      g_autoptr (GError) error = NULL;
      g_assert_false (lector_plugin_ensure_initialized (failing, &error));
      g_assert_error (error, LECTOR_ERROR, LECTOR_ERROR_PLUGIN);
      g_assert_cmpstr (error->message, ==,
                       "plugin 'failing' failed to initialize: the model file is missing");
    }
  g_assert_cmpint (n_init_calls, ==, 1);

  g_autoptr (GError) error = NULL;
  g_assert_false (lector_plugin_ensure_initialized (silent, &error));
  g_assert_error (error, LECTOR_ERROR, LECTOR_ERROR_PLUGIN);
  assert_contains (error->message, "plugin 'silent' failed to initialize");
  g_assert_cmpint (n_init_calls, ==, 2);

  g_assert_true (lector_plugin_ensure_initialized (working, NULL));
  g_assert_true (lector_plugin_ensure_initialized (working, NULL));
  g_assert_cmpint (n_init_calls, ==, 3);

  /* An error set by an init() that returned TRUE is warned about, not taken as failure. */
  g_test_expect_message ("lector", G_LOG_LEVEL_WARNING,
                         "plugin 'stray' initialized but set an error, which is ignored: a leftover");
  g_assert_true (lector_plugin_ensure_initialized (stray, NULL));
  g_test_assert_expected_messages ();
  g_assert_true (lector_plugin_ensure_initialized (stray, NULL));
  g_assert_cmpint (n_init_calls, ==, 4);

  /* Shutdown only for plugins that were initialized successfully. */
  lector_registry_free (registry);
  g_assert_cmpint (n_shutdown_calls, ==, 2);
}

/* Plugins find their models through LECTOR_DATA_PATH, then the installed data dir. */
static void
test_find_data_file (void)
{
  g_autofree char *root = g_dir_make_tmp ("lector-data-XXXXXX", NULL);
  g_autofree char *dir = g_build_filename (root, "someplugin", NULL);
  g_autofree char *file = g_build_filename (dir, "model.bin", NULL);
  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (file, "x", 1, NULL));
  g_autofree char *path = g_strdup_printf ("/nonexistent%s%s", G_SEARCHPATH_SEPARATOR_S, root);
  g_setenv ("LECTOR_DATA_PATH", path, TRUE);

  g_autoptr (GError) error = NULL;
  g_autofree char *found = lector_find_data_file ("someplugin", "model.bin", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (found, ==, file);

  g_autofree char *missing = lector_find_data_file ("someplugin", "other.bin", &error);
  g_assert_null (missing);
  g_assert_error (error, LECTOR_ERROR, LECTOR_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "other.bin"));
  g_assert_nonnull (strstr (error->message, "/nonexistent/someplugin/other.bin"));
  g_clear_error (&error);

  /* A parameter's value: a name is found the same way, a path is taken as it is, and an
   * error starts with the parameter's name, as the host wants it. */
  g_autofree char *named = lector_resolve_data_file ("someplugin", "model", "model.bin", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (named, ==, file);
  g_autofree char *given = lector_resolve_data_file ("someplugin", "model", "./x/y.bin", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (given, ==, "./x/y.bin");
  g_assert_null (lector_resolve_data_file ("someplugin", "model", "other.bin", &error));
  g_assert_error (error, LECTOR_ERROR, LECTOR_ERROR_CONFIG);
  g_assert_true (g_str_has_prefix (error->message, "model: data file 'other.bin'"));
  g_clear_error (&error);
  g_assert_null (lector_resolve_data_file ("someplugin", "model", "", &error));
  g_assert_error (error, LECTOR_ERROR, LECTOR_ERROR_CONFIG);
  g_assert_true (g_str_has_prefix (error->message, "model: empty"));

  g_unsetenv ("LECTOR_DATA_PATH");
  g_remove (file);
  g_rmdir (dir);
  g_rmdir (root);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  /* One failure should not hide the results of the tests after it. */
  g_test_set_nonfatal_assertions ();

  reject_cases[0].phrases[0] = g_strdup_printf ("built for plugin ABI %d", LECTOR_ABI_VERSION + 1);
  reject_cases[0].phrases[1] = g_strdup_printf ("has ABI %d", LECTOR_ABI_VERSION);
  reject_cases[0].phrases[2] = "rebuild";
  reject_cases[1].phrases[0] = g_strdup_printf ("needs Lector API version %d",
                                                LECTOR_API_VERSION + 1);
  reject_cases[1].phrases[1] = g_strdup_printf ("provides API %d", LECTOR_API_VERSION);
  reject_cases[1].phrases[2] = "upgrade";

  g_test_add ("/registry/scan/loaded", Fixture, NULL, fixture_setup_scanned, test_scan_loaded,
              fixture_teardown);
  g_test_add ("/registry/scan/rejected", Fixture, NULL, fixture_setup_scanned,
              test_scan_rejected, fixture_teardown);
  for (gsize i = 0; i < G_N_ELEMENTS (reject_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/registry/rejected/%s", reject_cases[i].name);
      for (char *p = path; *p != '\0'; p++)
        if (*p == '_')
          *p = '-';
      g_test_add (path, Fixture, &reject_cases[i], fixture_setup_scanned, test_rejected_reason,
                  fixture_teardown);
    }
  g_test_add ("/registry/scan/again", Fixture, NULL, fixture_setup_scanned, test_scan_again,
              fixture_teardown);
  g_test_add ("/registry/scan/missing-dir", Fixture, NULL, fixture_setup, test_scan_missing_dir,
              fixture_teardown);
  g_test_add ("/registry/load-file", Fixture, NULL, fixture_setup, test_load_file,
              fixture_teardown);
  g_test_add ("/registry/load-file/so", Fixture, NULL, fixture_setup, test_load_file_so,
              fixture_teardown);
  g_test_add ("/registry/load-file/relative", Fixture, NULL, fixture_setup,
              test_load_file_relative, fixture_teardown);
  g_test_add ("/registry/load-file/missing", Fixture, NULL, fixture_setup,
              test_load_file_missing, fixture_teardown);
  g_test_add ("/registry/load-file/broken", Fixture, NULL, fixture_setup, test_load_file_broken,
              fixture_teardown);
  g_test_add ("/registry/shadowing", Fixture, NULL, fixture_setup, test_shadowing,
              fixture_teardown);
  g_test_add ("/registry/bad-file-names", Fixture, NULL, fixture_setup, test_bad_file_names,
              fixture_teardown);
  g_test_add ("/registry/default-dirs", Fixture, NULL, fixture_setup, test_default_dirs,
              fixture_teardown);
  g_test_add ("/registry/static", Fixture, NULL, fixture_setup, test_static, fixture_teardown);
  g_test_add ("/registry/static/shadows-file", Fixture, NULL, fixture_setup,
              test_static_shadows_file, fixture_teardown);
  g_test_add ("/registry/static/meta", Fixture, NULL, fixture_setup, test_static_meta,
              fixture_teardown);
  for (gsize i = 0; i < G_N_ELEMENTS (bad_infos); i++)
    {
      g_autofree char *path = g_strdup_printf ("/registry/static/bad/%s", bad_infos[i].name);
      g_test_add_data_func (path, &bad_infos[i], test_static_bad);
    }
  g_test_add ("/registry/find-providers", Fixture, NULL, fixture_setup_scanned,
              test_find_providers, fixture_teardown);
  g_test_add_func ("/registry/init", test_init);
  g_test_add_func ("/registry/find-data-file", test_find_data_file);

  int status = g_test_run ();
  g_free ((char *) reject_cases[0].phrases[0]);
  g_free ((char *) reject_cases[0].phrases[1]);
  g_free ((char *) reject_cases[1].phrases[0]);
  g_free ((char *) reject_cases[1].phrases[1]);
  return status;
}
