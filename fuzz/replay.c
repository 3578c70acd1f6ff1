/* Replays inputs through a fuzz target's entry points without libFuzzer: linked with one
 * fuzz-*.c file and the normal compiler, it is the check program tests/test-fuzz-TARGET.
 *
 *   tests/test-fuzz-TARGET            every file of tests/fuzz-regressions/TARGET/ (past
 *                                     crashers) and fuzz/corpus/TARGET/ (the seeds), found
 *                                     under $top_srcdir
 *   tests/test-fuzz-TARGET FILE|DIR…  those files instead (to reproduce a crash)
 *
 * One TAP test per file; an input that crashes or breaks a check aborts the program. */
#include <string.h>

#include "fuzz.h"

#ifndef FUZZ_TARGET
#error "FUZZ_TARGET (the target's name) must be defined"
#endif

static void
replay_file (gconstpointer data)
{
  const char *file = data;
  g_autoptr (GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;
  if (!g_file_get_contents (file, &contents, &length, &error))
    g_error ("%s", error->message);
  /* libFuzzer hands over a copy in a buffer of exactly the input's size. */
  uint8_t *copy = g_memdup2 (contents, length);
  LLVMFuzzerTestOneInput (copy, length);
  g_free (copy);
}

static int
compare_names (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *)a, *(const char *const *)b);
}

/* Adds a test for @path, or for each file of it when it is a directory. */
static void
add_tests (const char *label, const char *path)
{
  if (!g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_autofree char *base = g_path_get_basename (path);
      g_autofree char *test = g_strdup_printf ("/fuzz/%s/%s/%s", FUZZ_TARGET, label, base);
      g_test_add_data_func_full (test, g_strdup (path), replay_file, g_free);
      return;
    }
  g_autoptr (GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (name[0] != '.' && strcmp (name, "README.md") != 0)
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *file = g_build_filename (path, names->pdata[i], NULL);
      add_tests (label, file);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  LLVMFuzzerInitialize (&argc, &argv);

  if (argc > 1)
    for (int i = 1; i < argc; i++)
      add_tests ("file", argv[i]);
  else
    {
      const char *top = g_getenv ("top_srcdir");
      if (top == NULL)
        top = FUZZ_TOP_SRCDIR;
      g_autofree char *regressions
          = g_build_filename (top, "tests", "fuzz-regressions", FUZZ_TARGET, NULL);
      g_autofree char *corpus = g_build_filename (top, "fuzz", "corpus", FUZZ_TARGET, NULL);
      /* A target may have no crashers yet; it always has seeds. */
      if (g_file_test (regressions, G_FILE_TEST_IS_DIR))
        add_tests ("regressions", regressions);
      add_tests ("corpus", corpus);
    }
  return g_test_run ();
}
