/* End-to-end tests of the lector command: run, check, plugins, exit statuses, records. */
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <jansson.h>

G_DEFINE_AUTOPTR_CLEANUP_FUNC (json_t, json_decref)

typedef struct {
  char *out;
  char *err;
  int status; /* exit status, or -1 when killed by a signal */
} Result;

static void
result_clear (Result *result)
{
  g_free (result->out);
  g_free (result->err);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Result, result_clear)

static char *work_dir;

static const char *
lector_path (void)
{
  const char *path = g_getenv ("LECTOR");
  g_assert_nonnull (path);
  return path;
}

static char *
example_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "..", "examples", name, NULL);
}

/* Runs `lector ARGS…` (argv ends with NULL); stdin from @stdin_file when not NULL, stdout
 * appended to @stdout_file when not NULL (result->out is then empty). */
static void
run_lector_redirected (Result *result, const char *stdin_file, const char *stdout_file,
                       const char *const *args)
{
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  g_autofree char *command = NULL;
  if (stdin_file != NULL || stdout_file != NULL)
    {
      g_autoptr (GString) line = g_string_new ("exec ");
      g_autofree char *quoted = g_shell_quote (lector_path ());
      g_string_append (line, quoted);
      for (gsize i = 0; args[i] != NULL; i++)
        {
          g_autofree char *arg = g_shell_quote (args[i]);
          g_string_append_printf (line, " %s", arg);
        }
      if (stdin_file != NULL)
        {
          g_autofree char *in = g_shell_quote (stdin_file);
          g_string_append_printf (line, " < %s", in);
        }
      if (stdout_file != NULL)
        {
          g_autofree char *out = g_shell_quote (stdout_file);
          g_string_append_printf (line, " >> %s", out);
        }
      command = g_string_free (g_steal_pointer (&line), FALSE);
      g_ptr_array_add (argv, "/bin/sh");
      g_ptr_array_add (argv, "-c");
      g_ptr_array_add (argv, command);
    }
  else
    {
      g_ptr_array_add (argv, (gpointer) lector_path ());
      for (gsize i = 0; args[i] != NULL; i++)
        g_ptr_array_add (argv, (gpointer) args[i]);
    }
  g_ptr_array_add (argv, NULL);

  g_autoptr (GError) error = NULL;
  int wait_status = 0;
  g_assert_true (g_spawn_sync (work_dir, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               &result->out, &result->err, &wait_status, &error));
  g_assert_no_error (error);
  result->status = WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : -1;
  if (g_test_verbose ())
    g_printerr ("stderr: %s", result->err);
}

/* Runs `lector ARGS…` (argv ends with NULL); stdin from @stdin_file when not NULL. */
static void
run_lector (Result *result, const char *stdin_file, const char *const *args)
{
  run_lector_redirected (result, stdin_file, NULL, args);
}

#define LECTOR(result, ...) run_lector ((result), NULL, (const char *const[]){ __VA_ARGS__, NULL })

static char *
write_temp (const char *name, const char *data, gssize length)
{
  char *path = g_build_filename (work_dir, name, NULL);
  g_assert_true (g_file_set_contents (path, data, length, NULL));
  return path;
}

static char *
read_output (const char *path)
{
  char *contents = NULL;
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

static json_t *
parse_json (const char *text)
{
  json_error_t error;
  json_t *json = json_loads (text, 0, &error);
  if (json == NULL)
    g_error ("output is not JSON: %s: %s", error.text, text);
  return json;
}

/* Splits JSON Lines output into parsed records. */
static GPtrArray *
parse_lines (const char *text)
{
  GPtrArray *records = g_ptr_array_new_with_free_func ((GDestroyNotify) json_decref);
  g_auto (GStrv) lines = g_strsplit (text, "\n", -1);
  for (char **line = lines; *line != NULL; line++)
    if (**line != '\0')
      g_ptr_array_add (records, parse_json (*line));
  return records;
}

static const char *
record_id (json_t *record)
{
  return json_string_value (json_object_get (record, "id"));
}

/* The text of a span as Python's text[start:end] would give it (code point offsets). */
static char *
codepoint_slice (const char *text, json_int_t start, json_int_t end)
{
  const char *from = g_utf8_offset_to_pointer (text, (glong) start);
  const char *to = g_utf8_offset_to_pointer (text, (glong) end);
  return g_strndup (from, (gsize) (to - from));
}

/* --- help and usage ------------------------------------------------------------------------ */

static void
test_help (void)
{
  g_auto (Result) top = { 0 };
  LECTOR (&top, "--help");
  g_assert_cmpint (top.status, ==, 0);
  for (const char *const *verb = (const char *const[]){ "run", "check", "plugins", "render", NULL }; *verb;
       verb++)
    {
      g_assert_nonnull (strstr (top.out, *verb));
      g_auto (Result) help = { 0 };
      LECTOR (&help, *verb, "--help");
      g_assert_cmpint (help.status, ==, 0);
      g_assert_nonnull (strstr (help.out, "Usage:"));
      g_assert_nonnull (strstr (help.out, "--plugin-dir"));

      g_auto (Result) version = { 0 };
      LECTOR (&version, *verb, "--version");
      g_assert_cmpint (version.status, ==, 0);
      g_assert_true (g_str_has_prefix (version.out, "lector "));
    }
  g_auto (Result) version = { 0 };
  LECTOR (&version, "--version");
  g_assert_cmpint (version.status, ==, 0);
  g_assert_true (g_str_has_prefix (version.out, "lector "));
}

static void
test_usage_errors (void)
{
  g_auto (Result) none = { 0 };
  LECTOR (&none, "frobnicate");
  g_assert_cmpint (none.status, ==, 2);
  g_assert_nonnull (strstr (none.err, "unknown command 'frobnicate'"));

  g_auto (Result) option = { 0 };
  LECTOR (&option, "run", "--no-such-option");
  g_assert_cmpint (option.status, ==, 2);

  g_auto (Result) offsets = { 0 };
  LECTOR (&offsets, "run", "--offsets", "bits");
  g_assert_cmpint (offsets.status, ==, 2);
  g_assert_nonnull (strstr (offsets.err, "--offsets"));
}

/* --- run ------------------------------------------------------------------------------------ */

static void
test_run_example (void)
{
  g_autofree char *example = example_path ("news-cairo.txt");
  g_autofree char *expected_text = NULL;
  g_assert_true (g_file_get_contents (example, &expected_text, NULL, NULL));

  g_auto (Result) result = { 0 };
  LECTOR (&result, "run", example);
  g_assert_cmpint (result.status, ==, 0);
  g_autoptr (json_t) doc = parse_json (result.out);

  g_assert_cmpstr (json_string_value (json_object_get (doc, "id")), ==, example);
  const char *text = json_string_value (json_object_get (doc, "text"));
  g_assert_cmpstr (text, ==, expected_text);

  json_t *layers = json_object_get (doc, "layers");
  json_t *paragraphs = json_object_get (layers, "paragraphs");
  json_t *sentences = json_object_get (layers, "sentences");
  json_t *tokens = json_object_get (layers, "tokens");
  /* The article has nine one-line paragraphs and eleven sentences. */
  g_assert_cmpint (json_array_size (paragraphs), ==, 9);
  g_assert_cmpint (json_array_size (sentences), ==, 11);
  g_assert_cmpint (json_array_size (tokens), >, 400);

  /* Code point offsets: text[start:end] is the span's text, curly quotes included. */
  json_t *first = json_array_get (sentences, 0);
  g_autofree char *first_text = codepoint_slice (text, json_integer_value (json_object_get (first, "start")),
                                                 json_integer_value (json_object_get (first, "end")));
  g_assert_true (g_str_has_prefix (first_text, "CAIRO: US Secretary of State Antony Blinken"));
  g_assert_true (g_str_has_suffix (first_text, "the United States and Israel."));
  gboolean found_quote = FALSE;
  for (gsize i = 0; i < json_array_size (tokens); i++)
    {
      json_t *token = json_array_get (tokens, i);
      g_autofree char *token_text = codepoint_slice (
          text, json_integer_value (json_object_get (token, "start")),
          json_integer_value (json_object_get (token, "end")));
      if (strcmp (token_text, "“") == 0)
        {
          found_quote = TRUE;
          g_assert_cmpstr (json_string_value (json_object_get (token, "label")), ==, "quote");
        }
    }
  g_assert_true (found_quote);
  g_assert_nonnull (strstr (result.err, "1 document, 1 ok, 0 failed"));
}

static void
test_run_offsets (void)
{
  g_autofree char *path = write_temp ("offsets.txt", "Café 😀 ok.", -1);
  g_auto (Result) codepoint = { 0 }, byte = { 0 }, utf16 = { 0 };
  LECTOR (&codepoint, "run", "-q", path);
  LECTOR (&byte, "run", "-q", "--offsets", "byte", path);
  LECTOR (&utf16, "run", "-q", "--offsets=utf16", path);
  g_assert_cmpint (codepoint.status, ==, 0);
  g_assert_cmpint (byte.status, ==, 0);
  g_assert_cmpint (utf16.status, ==, 0);

  const struct {
    const char *out;
    json_int_t end;
  } cases[] = { { codepoint.out, 10 }, { byte.out, 14 }, { utf16.out, 11 } };
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (json_t) doc = parse_json (cases[i].out);
      json_t *sentences = json_object_get (json_object_get (doc, "layers"), "sentences");
      g_assert_cmpint (json_array_size (sentences), ==, 1);
      g_assert_cmpint (json_integer_value (json_object_get (json_array_get (sentences, 0), "end")),
                       ==, cases[i].end);
    }
}

static void
test_run_jsonl_with_bad_records (void)
{
  /* Six records; the third has invalid UTF-8 in its text, the fourth is cut short, the
   * sixth is not JSON at all (no id to recover: its id is its file and line). */
  const char jsonl[] = "{\"id\": \"a\", \"text\": \"First document. It has two sentences.\", "
                       "\"source\": \"wire\"}\n"
                       "{\"id\": 7, \"text\": \"Numbers stay numbers.\"}\n"
                       "{\"id\": \"bad-utf8\", \"text\": \"caf\xe9 au lait\"}\n"
                       "\n"
                       "{\"id\": \"broken\", \"text\": \n"
                       "{\"id\": \"e\", \"text\": \"Last one.\"}\n"
                       "not JSON at all\n";
  g_autofree char *path = write_temp ("mixed.jsonl", jsonl, sizeof jsonl - 1);

  g_auto (Result) result = { 0 };
  LECTOR (&result, "run", path);
  g_assert_cmpint (result.status, ==, 1);
  g_autoptr (GPtrArray) records = parse_lines (result.out);
  g_assert_cmpuint (records->len, ==, 6);

  json_t *a = records->pdata[0];
  g_assert_cmpstr (record_id (a), ==, "a");
  g_assert_cmpstr (json_string_value (json_object_get (a, "source")), ==, "wire");
  g_assert_cmpint (json_array_size (json_object_get (json_object_get (a, "layers"), "sentences")), ==, 2);

  json_t *seven = records->pdata[1];
  g_assert_true (json_is_integer (json_object_get (seven, "id")));
  g_assert_cmpint (json_integer_value (json_object_get (seven, "id")), ==, 7);
  g_assert_nonnull (json_object_get (seven, "layers"));

  json_t *bad = records->pdata[2];
  g_assert_cmpstr (record_id (bad), ==, "bad-utf8");
  g_assert_null (json_object_get (bad, "layers"));
  json_t *error = json_object_get (bad, "error");
  g_assert_true (json_is_null (json_object_get (error, "stage")));
  g_assert_nonnull (strstr (json_string_value (json_object_get (error, "message")), "invalid UTF-8"));
  g_assert_nonnull (strstr (json_string_value (json_object_get (error, "message")), ":3:"));

  json_t *broken = records->pdata[3];
  /* The id is recovered from the start of a line that is not valid JSON. */
  g_assert_cmpstr (record_id (broken), ==, "broken");
  g_assert_nonnull (strstr (json_string_value (json_object_get (json_object_get (broken, "error"), "message")),
                            "mixed.jsonl:5:"));
  g_assert_nonnull (strstr (json_string_value (json_object_get (json_object_get (broken, "error"), "message")),
                            "not valid JSON"));

  g_assert_cmpstr (record_id (records->pdata[4]), ==, "e");
  g_autofree char *last_id = g_strdup_printf ("%s:7", path);
  g_assert_cmpstr (record_id (records->pdata[5]), ==, last_id);
  g_assert_nonnull (json_object_get (records->pdata[5], "error"));
  g_assert_nonnull (strstr (result.err, "6 documents, 3 ok, 3 failed"));
}

/* Runs the default pipeline over @jsonl, saved as @name, and checks that it gives
 * @n_records records, the first of them input error records with the messages @expected
 * after the file's name. */
static GPtrArray *
run_jsonl_errors (const char *name, const char *jsonl, gsize length, guint n_records,
                  const char *const *expected, gsize n_expected)
{
  g_autofree char *path = write_temp (name, jsonl, (gssize) length);
  g_auto (Result) result = { 0 };
  LECTOR (&result, "run", "-q", "-l", "sentences", path);
  g_assert_cmpint (result.status, ==, 1);
  GPtrArray *records = parse_lines (result.out);
  g_assert_cmpuint (records->len, ==, n_records);
  for (gsize i = 0; i < n_expected; i++)
    {
      json_t *error = json_object_get (records->pdata[i], "error");
      g_assert_true (json_is_null (json_object_get (error, "stage")));
      g_autofree char *message = g_strconcat (path, expected[i], NULL);
      g_assert_cmpstr (json_string_value (json_object_get (error, "message")), ==, message);
    }
  return records;
}

/* A NUL byte in a record, raw or escaped, is reported alike. */
static void
test_run_jsonl_nul (void)
{
  const char jsonl[] = "{\"id\": \"raw\", \"text\": \"a\0b\"}\n"
                       "{\"id\": \"escaped\", \"text\": \"a\\u0000b\"}\n"
                       "{\"id\": \"key\", \"te\\u0000xt\": \"t\"}\n"
                       "{\"id\": \"fine\", \"text\": \"a\\\\u0000b\"}\n";
  const char *const expected[] = {
    ":1: NUL byte at byte 24 of the line",
    ":2: NUL byte (\\u0000) at byte 28 of the line",
    ":3: NUL byte (\\u0000) at byte 17 of the line",
  };
  g_autoptr (GPtrArray) records = run_jsonl_errors ("nul.jsonl", jsonl, sizeof jsonl - 1, 4,
                                                    expected, G_N_ELEMENTS (expected));
  g_assert_cmpstr (record_id (records->pdata[1]), ==, "escaped");
  /* An escaped backslash before "u0000" is no NUL. */
  g_assert_null (json_object_get (records->pdata[3], "error"));
}

/* A key given twice in a record is an error naming it; inside a value (meta, a passed-through
 * field) the last one counts, as Jansson reads it. */
static void
test_run_jsonl_duplicate_keys (void)
{
  const char jsonl[] = "{\"id\": \"twice\", \"text\": \"one\", \"text\": \"two\"}\n"
                       "{\"id\": \"escaped\", \"text\": \"one\", \"\\u0074ext\": 2}\n"
                       "{\"id\": \"field\", \"text\": \"t\", \"x\": 1, \"x\": 2}\n"
                       "{\"id\": \"nested\", \"text\": \"Kept.\", \"meta\": {\"k\": 1, \"k\": 2}, "
                       "\"extra\": [{\"a\": 1, \"a\": 2}]}\n";
  const char *const expected[] = {
    ":1: the key \"text\" appears twice; the keys of a record must be unique",
    ":2: the key \"text\" appears twice; the keys of a record must be unique",
    ":3: the key \"x\" appears twice; the keys of a record must be unique",
  };
  g_autoptr (GPtrArray) records = run_jsonl_errors ("duplicates.jsonl", jsonl, sizeof jsonl - 1,
                                                    4, expected, G_N_ELEMENTS (expected));
  g_assert_cmpstr (record_id (records->pdata[0]), ==, "twice");

  json_t *nested = records->pdata[3];
  g_assert_null (json_object_get (nested, "error"));
  g_assert_cmpint (json_integer_value (json_object_get (json_object_get (nested, "meta"), "k")), ==, 2);
  json_t *extra = json_array_get (json_object_get (nested, "extra"), 0);
  g_assert_cmpint (json_integer_value (json_object_get (extra, "a")), ==, 2);
}

/* A line that is JSON but not an object is told apart from one that is not JSON; a key
 * given twice in an array is no record's key. */
static void
test_run_jsonl_not_objects (void)
{
  const char jsonl[] = "\"not a record\"\n"
                       "[1, 2]\n"
                       "42\n"
                       "[{\"a\": 1, \"a\": 2}]\n"
                       "{\"id\": \"fine\", \"text\": \"Fine.\"}\n";
  const char *const expected[] = {
    ":1: not a JSON object; a JSON Lines record is an object with a \"text\" string",
    ":2: not a JSON object; a JSON Lines record is an object with a \"text\" string",
    ":3: not a JSON object; a JSON Lines record is an object with a \"text\" string",
    ":4: not a JSON object; a JSON Lines record is an object with a \"text\" string",
  };
  g_autoptr (GPtrArray) records = run_jsonl_errors ("not-objects.jsonl", jsonl, sizeof jsonl - 1,
                                                    5, expected, G_N_ELEMENTS (expected));
  g_assert_null (json_object_get (records->pdata[4], "error"));
}

static void
test_run_fail_fast (void)
{
  const char jsonl[] = "{\"id\": \"a\", \"text\": \"Fine.\"}\n"
                       "{\"id\": \"b\"}\n"
                       "{\"id\": \"c\", \"text\": \"Never reached.\"}\n";
  g_autofree char *path = write_temp ("fail-fast.jsonl", jsonl, -1);
  g_auto (Result) result = { 0 };
  LECTOR (&result, "run", "--fail-fast", path);
  g_assert_cmpint (result.status, ==, 3);
  g_autoptr (GPtrArray) records = parse_lines (result.out);
  g_assert_cmpuint (records->len, ==, 2);
  g_assert_nonnull (json_object_get (records->pdata[1], "error"));
  g_assert_nonnull (strstr (result.err, "--fail-fast"));
}

static void
test_run_missing_file (void)
{
  g_autofree char *good = write_temp ("good.txt", "A fine text.", -1);
  g_auto (Result) result = { 0 };
  LECTOR (&result, "run", "no-such-file.txt", good);
  g_assert_cmpint (result.status, ==, 1);
  g_autoptr (GPtrArray) records = parse_lines (result.out);
  g_assert_cmpuint (records->len, ==, 2);
  g_assert_cmpstr (record_id (records->pdata[0]), ==, "no-such-file.txt");
  g_assert_nonnull (json_object_get (records->pdata[0], "error"));
  g_assert_nonnull (json_object_get (records->pdata[1], "layers"));

  /* In JSON format several records make one array, so the output stays one JSON text. */
  g_auto (Result) array = { 0 };
  LECTOR (&array, "run", "-q", "-f", "json", "no-such-file.txt", good);
  g_assert_cmpint (array.status, ==, 1);
  g_autoptr (json_t) all = parse_json (array.out);
  g_assert_true (json_is_array (all));
  g_assert_cmpuint (json_array_size (all), ==, 2);
  g_assert_cmpstr (record_id (json_array_get (all, 1)), ==, good);
}

/* A directory named as a JSON Lines input opens, but cannot be read: one error record naming
 * it, as for a file that cannot be opened, and the inputs after it are read. */
static void
test_run_jsonl_directory (void)
{
  g_autofree char *one = write_temp ("one.jsonl", "{\"id\":\"one\",\"text\":\"One.\"}\n", -1);
  g_autofree char *dir = g_build_filename (work_dir, "dir.jsonl", NULL);
  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  g_auto (Result) result = { 0 };
  LECTOR (&result, "run", "-q", "one.jsonl", "dir.jsonl", "one.jsonl");
  g_assert_cmpint (result.status, ==, 1);
  g_assert_cmpstr (result.err, ==, "");
  g_autoptr (GPtrArray) records = parse_lines (result.out);
  g_assert_cmpuint (records->len, ==, 3);
  g_assert_nonnull (json_object_get (records->pdata[0], "layers"));
  g_assert_cmpstr (record_id (records->pdata[1]), ==, "dir.jsonl");
  json_t *error = json_object_get (records->pdata[1], "error");
  /* Then the system's words for EISDIR, in the locale's language. */
  g_assert_true (g_str_has_prefix (json_string_value (json_object_get (error, "message")),
                                   "cannot open dir.jsonl: "));
  g_assert_nonnull (json_object_get (records->pdata[2], "layers"));
}

static void
test_run_stdin_and_output_file (void)
{
  g_autofree char *input = write_temp ("stdin.txt", "From standard input. Two sentences.", -1);
  g_autofree char *output = g_build_filename (work_dir, "out.json", NULL);
  g_auto (Result) result = { 0 };
  run_lector (&result, input, (const char *const[]){ "run", "-q", "-o", output, "-", NULL });
  g_assert_cmpint (result.status, ==, 0);
  g_assert_cmpstr (result.out, ==, "");
  g_assert_cmpstr (result.err, ==, "");

  g_autofree char *written = NULL;
  g_assert_true (g_file_get_contents (output, &written, NULL, NULL));
  g_autoptr (json_t) doc = parse_json (written);
  g_assert_cmpstr (record_id (doc), ==, "stdin");
  g_assert_cmpint (json_array_size (json_object_get (json_object_get (doc, "layers"), "sentences")), ==, 2);

  /* JSON Lines on standard input. */
  g_autofree char *jsonl = write_temp ("stdin.jsonl", "{\"id\":\"x\",\"text\":\"One.\"}\n", -1);
  g_auto (Result) lines = { 0 };
  run_lector (&lines, jsonl, (const char *const[]){ "run", "--input-format", "jsonl", NULL });
  g_assert_cmpint (lines.status, ==, 0);
  g_autoptr (GPtrArray) records = parse_lines (lines.out);
  g_assert_cmpuint (records->len, ==, 1);
  g_assert_cmpstr (record_id (records->pdata[0]), ==, "x");
}

static void
test_run_config_and_overrides (void)
{
  g_autofree char *text = write_temp ("blocks.txt", "Line one.\nLine two.\n\nNew block.", -1);
  g_auto (Result) lines = { 0 }, blocks = { 0 };
  LECTOR (&lines, "run", "-q", text);
  LECTOR (&blocks, "run", "-q", "-s", "segment.paragraphs=blank", text);
  g_assert_cmpint (lines.status, ==, 0);
  g_assert_cmpint (blocks.status, ==, 0);
  g_autoptr (json_t) a = parse_json (lines.out);
  g_autoptr (json_t) b = parse_json (blocks.out);
  g_assert_cmpint (json_array_size (json_object_get (json_object_get (a, "layers"), "paragraphs")), ==, 3);
  g_assert_cmpint (json_array_size (json_object_get (json_object_get (b, "layers"), "paragraphs")), ==, 2);

  g_autofree char *config = write_temp ("bad.conf", "[pipeline]\nstages = segment\n\n"
                                                    "[stage segment]\nparagraphs = sometimes\n",
                                        -1);
  g_auto (Result) bad = { 0 };
  LECTOR (&bad, "run", "-c", config, text);
  g_assert_cmpint (bad.status, ==, 2);
  g_assert_cmpstr (bad.out, ==, "");
  g_autofree char *expected = g_strdup_printf ("lector: %s:5: stage 'segment': key 'paragraphs'", config);
  g_assert_true (g_str_has_prefix (bad.err, expected));

  g_auto (Result) bad_override = { 0 };
  LECTOR (&bad_override, "run", "-s", "segmnt.paragraphs=blank", text);
  g_assert_cmpint (bad_override.status, ==, 2);
  g_assert_nonnull (strstr (bad_override.err, "did you mean 'segment'?"));
}

/* An output that is one of the inputs would be emptied before it is read: refused, whatever
 * the name it is given by, and the input is left as it was. */
static void
test_run_output_is_input (void)
{
  const char jsonl[] = "{\"id\": \"a\", \"text\": \"Kept as it is.\"}\n";
  g_autofree char *input = write_temp ("same.jsonl", jsonl, sizeof jsonl - 1);
  g_autofree char *hard_link = g_build_filename (work_dir, "same-link.jsonl", NULL);
  g_assert_cmpint (link (input, hard_link), ==, 0);

  const char *const outputs[] = { "same.jsonl", "./same.jsonl", input, "same-link.jsonl" };
  for (gsize i = 0; i < G_N_ELEMENTS (outputs); i++)
    {
      g_auto (Result) same = { 0 };
      LECTOR (&same, "run", "-f", "jsonl", "-o", outputs[i], "same.jsonl");
      g_assert_cmpint (same.status, ==, 2);
      g_assert_cmpstr (same.out, ==, "");
      g_autofree char *expected = g_strdup_printf ("lector: option --output: the output file "
                                                   "'%s' is the same file as the input "
                                                   "'same.jsonl'",
                                                   outputs[i]);
      g_assert_true (g_str_has_prefix (same.err, expected));
    }

  /* Standard input and standard output are files too. */
  g_auto (Result) from_stdin = { 0 }, to_stdout = { 0 };
  run_lector (&from_stdin, input,
              (const char *const[]){ "run", "--input-format", "jsonl", "-o", "same.jsonl", NULL });
  g_assert_cmpint (from_stdin.status, ==, 2);
  g_assert_nonnull (strstr (from_stdin.err, "'same.jsonl' is the same file as standard input"));
  run_lector_redirected (&to_stdout, NULL, input,
                         (const char *const[]){ "run", "-f", "jsonl", "same.jsonl", NULL });
  g_assert_cmpint (to_stdout.status, ==, 2);
  g_assert_nonnull (strstr (to_stdout.err, "standard output is the same file as the input "
                                           "'same.jsonl'"));

  /* The output of a [job] group, and of lector render, to a file and to pages. */
  g_autofree char *job = write_temp ("same-job.conf", "[pipeline]\nstages = segment\n\n[job]\n"
                                                      "input = same.jsonl\noutput = same.jsonl\n",
                                     -1);
  g_auto (Result) check = { 0 }, render = { 0 }, pages = { 0 }, page_input = { 0 };
  LECTOR (&check, "check", job);
  g_assert_cmpint (check.status, ==, 2);
  g_autofree char *expected = g_strdup_printf ("lector: %s:6: [job] output: the output file", job);
  g_assert_true (g_str_has_prefix (check.err, expected));
  LECTOR (&render, "render", "-o", "same-link.jsonl", "same.jsonl");
  g_assert_cmpint (render.status, ==, 2);
  g_assert_nonnull (strstr (render.err, "is the same file as the input 'same.jsonl'"));
  LECTOR (&pages, "render", "-o", "same-pages/", "same.jsonl");
  g_assert_cmpint (pages.status, ==, 0);
  LECTOR (&page_input, "run", "-f", "html", "-o", "same-pages/", "same-pages/doc-00001.html");
  g_assert_cmpint (page_input.status, ==, 2);
  g_assert_nonnull (strstr (page_input.err, "the output directory 'same-pages/' holds "
                                            "'same-pages/doc-00001.html'"));

  g_autofree char *kept = read_output (input);
  g_assert_cmpstr (kept, ==, jsonl);

  /* An output that does not exist yet is no input. */
  g_auto (Result) fresh = { 0 };
  LECTOR (&fresh, "run", "-q", "-f", "jsonl", "-o", "fresh.jsonl", "same.jsonl");
  g_assert_cmpint (fresh.status, ==, 0);
}

/* A layer selection names layers the pipeline writes; a typo is an error, not empty output. */
static void
test_run_layer_selection (void)
{
  g_autofree char *text = write_temp ("layers.txt", "One sentence. Another one.", -1);
  g_autofree char *config = write_temp ("layers.conf", "[pipeline]\nstages = segment\n", -1);
  g_auto (Result) selected = { 0 };
  LECTOR (&selected, "run", "-q", "-c", config, "--layers", "sentences", text);
  g_assert_cmpint (selected.status, ==, 0);
  g_autoptr (json_t) doc = parse_json (selected.out);
  json_t *layers = json_object_get (doc, "layers");
  g_assert_cmpint (json_object_size (layers), ==, 1);
  g_assert_cmpint (json_array_size (json_object_get (layers, "sentences")), ==, 2);
  /* Short options take their value attached too, as make's -j4 does. */
  g_auto (Result) attached = { 0 };
  LECTOR (&attached, "run", "-q", "-j1", "-c", config, "-lsentences", text);
  g_assert_cmpint (attached.status, ==, 0);
  g_assert_cmpstr (attached.out, ==, selected.out);

  g_auto (Result) typo = { 0 };
  LECTOR (&typo, "run", "-c", config, "--layers", "sentences,tokenz", text);
  g_assert_cmpint (typo.status, ==, 2);
  g_assert_cmpstr (typo.out, ==, "");
  g_assert_nonnull (strstr (typo.err, "option --layers: no stage of pipeline"));
  g_assert_nonnull (strstr (typo.err, "provides a layer 'tokenz' (did you mean 'tokens'?)"));
  g_assert_nonnull (strstr (typo.err, "paragraphs, sentences, tokens"));

  g_autofree char *job = write_temp ("layers-job.conf",
                                     "[pipeline]\nstages = segment\n\n[job]\nlayers = words\n", -1);
  g_auto (Result) check = { 0 };
  LECTOR (&check, "check", job);
  g_assert_cmpint (check.status, ==, 2);
  g_autofree char *expected = g_strdup_printf ("lector: %s:5: [job] layers: ", job);
  g_assert_true (g_str_has_prefix (check.err, expected));
  g_assert_nonnull (strstr (check.err, "'words'"));
}

/* langid provides "lang", a key of meta only, and the layer "languages"; entities provides
 * "entities", a layer that is also a key of meta.  Only layers can be selected. */
static void
test_run_layer_selection_meta (void)
{
  g_autofree char *text = write_temp ("meta.txt", "John Smith lives in London. He likes it.", -1);
  g_autofree char *config = write_temp ("meta.conf",
                                        "[pipeline]\nname = meta\nstages = segment; langid; "
                                        "entities\n",
                                        -1);
  g_auto (Result) lang = { 0 };
  LECTOR (&lang, "run", "-c", config, "-l", "lang", text);
  g_assert_cmpint (lang.status, ==, 2);
  g_assert_cmpstr (lang.out, ==, "");
  g_assert_nonnull (strstr (lang.err,
                            "lector: option --layers: 'lang' is a key of meta (written by stage "
                            "'langid'), not a layer: meta is always written; the layers of "
                            "pipeline 'meta' are: paragraphs, sentences, tokens, languages, "
                            "entities\n"));

  const char *layers[] = { "languages", "entities" };
  for (gsize i = 0; i < G_N_ELEMENTS (layers); i++)
    {
      g_auto (Result) selected = { 0 };
      LECTOR (&selected, "run", "-q", "-c", config, "-l", layers[i], text);
      g_assert_cmpint (selected.status, ==, 0);
      g_autoptr (json_t) doc = parse_json (selected.out);
      json_t *written = json_object_get (doc, "layers");
      g_assert_cmpint (json_object_size (written), ==, 1);
      g_assert_cmpint (json_array_size (json_object_get (written, layers[i])), >, 0);
      /* meta is written in full whatever the selection. */
      g_assert_nonnull (json_object_get (json_object_get (doc, "meta"), "lang"));
    }

  /* The same from [job] layers, with its line. */
  g_autofree char *job = write_temp ("meta-job.conf",
                                     "[pipeline]\nstages = langid\n\n[job]\nlayers = lang\n", -1);
  g_auto (Result) check = { 0 };
  LECTOR (&check, "check", job);
  g_assert_cmpint (check.status, ==, 2);
  g_autofree char *expected = g_strdup_printf ("lector: %s:5: [job] layers: 'lang' is a key of "
                                               "meta (written by stage 'langid'), not a layer",
                                               job);
  g_assert_true (g_str_has_prefix (check.err, expected));
}

/* --- HTML pages ---------------------------------------------------------------------------- */

static void
test_run_html (void)
{
  g_autofree char *example = example_path ("news-cairo.txt");
  g_autofree char *page_path = g_build_filename (work_dir, "cairo.html", NULL);
  g_auto (Result) run = { 0 };
  LECTOR (&run, "run", "-q", "--format", "html", "-o", page_path, example);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "");
  g_autofree char *page = read_output (page_path);
  g_assert_true (g_str_has_prefix (page, "<!DOCTYPE html>"));
  g_assert_nonnull (strstr (page, "<mark class=\"ent ent-per\" data-label=\"PER\""));
  g_assert_nonnull (strstr (page, ">Antony Blinken</mark>"));
  g_assert_nonnull (strstr (page, "<h2 id=\"d1-summary\">Summary</h2>"));
  g_assert_null (strstr (page, "<script"));

  /* The saved output, rendered, is the same page: JSON, JSON Lines, on standard input, and
   * with other offset units when render is told so. */
  g_auto (Result) json = { 0 }, jsonl = { 0 }, bytes = { 0 };
  LECTOR (&json, "run", "-q", example);
  LECTOR (&jsonl, "run", "-q", "-f", "jsonl", "--offsets", "utf16", example);
  LECTOR (&bytes, "run", "-q", "--offsets", "byte", example);
  g_autofree char *json_path = write_temp ("cairo.json", json.out, -1);
  g_autofree char *jsonl_path = write_temp ("cairo-utf16.jsonl", jsonl.out, -1);
  g_autofree char *bytes_path = write_temp ("cairo-bytes.out", bytes.out, -1);
  g_auto (Result) from_json = { 0 }, from_jsonl = { 0 }, from_stdin = { 0 }, wrong = { 0 };
  LECTOR (&from_json, "render", json_path);
  g_assert_cmpint (from_json.status, ==, 0);
  g_assert_cmpstr (from_json.out, ==, page);
  LECTOR (&from_jsonl, "render", "--offsets", "utf16", jsonl_path);
  g_assert_cmpint (from_jsonl.status, ==, 0);
  g_assert_cmpstr (from_jsonl.out, ==, page);
  run_lector (&from_stdin, bytes_path, (const char *const[]){ "render", "--offsets=byte", NULL });
  g_assert_cmpint (from_stdin.status, ==, 0);
  g_assert_cmpstr (from_stdin.out, ==, page);
  /* Byte offsets read as code points do not fit: the message says what to do. */
  LECTOR (&wrong, "render", bytes_path);
  g_assert_cmpint (wrong.status, ==, 1);
  g_assert_nonnull (strstr (wrong.err, "does not fit the text"));
  g_assert_nonnull (strstr (wrong.err, "give lector render the same --offsets"));
  g_assert_nonnull (strstr (wrong.out, "cannot render this record"));
}

static void
test_run_html_directory (void)
{
  const char jsonl[] = "{\"id\": \"a\", \"text\": \"Anna Schmidt met Bob Lee in Paris.\"}\n"
                       "{\"id\": \"no-text\"}\n"
                       "{\"id\": \"<c>\", \"text\": \"<b>Bold</b> & more.\"}\n";
  g_autofree char *input = write_temp ("pages.jsonl", jsonl, sizeof jsonl - 1);
  g_autofree char *dir = g_build_filename (work_dir, "pages", NULL);
  g_autofree char *dir_arg = g_strconcat (dir, "/", NULL);
  g_auto (Result) run = { 0 };
  LECTOR (&run, "run", "-q", "-f", "html", "-j", "2", "-o", dir_arg, input);
  g_assert_cmpint (run.status, ==, 1);
  g_autofree char *index_path = g_build_filename (dir, "index.html", NULL);
  g_autofree char *index = read_output (index_path);
  g_assert_nonnull (strstr (index, "3 documents, 1 failed"));
  g_assert_nonnull (strstr (index, "<a href=\"doc-00003.html\"><bdi>&lt;c&gt;</bdi></a>"));
  g_assert_nonnull (strstr (index, "no &quot;text&quot; field"));
  g_autofree char *third_path = g_build_filename (dir, "doc-00003.html", NULL);
  g_autofree char *third = read_output (third_path);
  g_assert_nonnull (strstr (third, "&lt;b&gt;Bold&lt;/b&gt; &amp; more."));
  g_autofree char *part = g_build_filename (dir, "part-00000.jsonl", NULL);
  g_assert_false (g_file_test (part, G_FILE_TEST_EXISTS));

  /* Without a directory: one page with an article for each record. */
  g_auto (Result) one_page = { 0 };
  LECTOR (&one_page, "run", "-q", "-f", "html", input);
  g_assert_cmpint (one_page.status, ==, 1);
  g_assert_nonnull (strstr (one_page.out, "<article class=\"doc\" id=\"d1\""));
  g_assert_nonnull (strstr (one_page.out, "<article class=\"doc failed\" id=\"d2\""));
  g_assert_nonnull (strstr (one_page.out, "<article class=\"doc\" id=\"d3\""));

  /* The saved JSON Lines give the same directory. */
  g_auto (Result) saved = { 0 }, render = { 0 };
  LECTOR (&saved, "run", "-q", input);
  g_autofree char *saved_path = write_temp ("pages-out.jsonl", saved.out, -1);
  g_autofree char *dir2 = g_build_filename (work_dir, "pages2", NULL);
  g_assert_cmpint (g_mkdir (dir2, 0755), ==, 0);
  LECTOR (&render, "render", "-o", dir2, saved_path);
  g_assert_cmpint (render.status, ==, 0);
  g_autofree char *index2_path = g_build_filename (dir2, "index.html", NULL);
  g_autofree char *index2 = read_output (index2_path);
  g_assert_cmpstr (index2, ==, index);

  /* Pages are one set: no shards. */
  g_auto (Result) shard = { 0 };
  LECTOR (&shard, "run", "-f", "html", "--shard", "1/2", input);
  g_assert_cmpint (shard.status, ==, 2);
  g_assert_nonnull (strstr (shard.err, "lector render"));
  g_auto (Result) format = { 0 };
  LECTOR (&format, "run", "-f", "pdf", input);
  g_assert_cmpint (format.status, ==, 2);
  g_assert_nonnull (strstr (format.err, "json, jsonl or html"));
}

static void
test_render_errors (void)
{
  /* A line that is not JSON, values that are not records and a record whose spans do not
   * fit its text, in a layer the page does not draw, keep their places in the page. */
  const char saved[] = "{\"id\": \"ok\", \"text\": \"Fine.\"}\n"
                       "{\"id\": \"broken\", \n"
                       "\n"
                       "[1, 2]\n"
                       "{\"id\": \"err\", \"error\": {\"stage\": \"segment\", \"message\": \"boom\"}}\n"
                       "{\"id\": \"b\", \"text\": \"short\", \"layers\": {\"tokens\": "
                       "[{\"start\": 0, \"end\": 99}]}}\n"
                       "\"not a record\"\n";
  g_autofree char *path = write_temp ("saved.jsonl", saved, sizeof saved - 1);
  g_auto (Result) result = { 0 };
  LECTOR (&result, "render", path);
  g_assert_cmpint (result.status, ==, 1);
  g_assert_nonnull (strstr (result.err, "saved.jsonl:2: not valid JSON"));
  g_assert_nonnull (strstr (result.err, "saved.jsonl:4: not a JSON object"));
  /* JSON that is not an object is not called invalid JSON. */
  g_assert_nonnull (strstr (result.err, "saved.jsonl:7: not a JSON object"));
  g_assert_nonnull (strstr (result.out, "id=\"d1\""));
  g_assert_nonnull (strstr (result.err, "saved.jsonl:6: layer 'tokens', annotation 0: [0, 99) "
                                        "does not fit the text of 5 code points"));
  g_assert_nonnull (strstr (result.out, "id=\"d6\""));
  g_assert_null (strstr (result.out, "id=\"d7\""));
  g_assert_nonnull (strstr (result.out, "in stage <code>segment</code>: boom"));
  g_assert_nonnull (strstr (result.out, "cannot render this record: layer "));

  g_auto (Result) missing = { 0 }, offsets = { 0 }, output = { 0 }, option = { 0 };
  LECTOR (&missing, "render", "no-such-file.jsonl");
  g_assert_cmpint (missing.status, ==, 1);
  g_assert_nonnull (strstr (missing.err, "cannot open no-such-file.jsonl"));
  LECTOR (&offsets, "render", "--offsets", "bits", path);
  g_assert_cmpint (offsets.status, ==, 2);
  LECTOR (&option, "render", "--frobnicate", path);
  g_assert_cmpint (option.status, ==, 2);
  LECTOR (&output, "render", "-o", "/nonexistent-dir/page.html", path);
  g_assert_cmpint (output.status, ==, 2);
  g_assert_nonnull (strstr (output.err, "cannot write /nonexistent-dir/page.html"));
}

/* --- check and plugins ---------------------------------------------------------------------- */

static void
test_check (void)
{
  g_autofree char *example = example_path ("news.conf");
  g_auto (Result) result = { 0 };
  LECTOR (&result, "check", example);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_nonnull (strstr (result.out, "[stage segment]\n"));
  g_assert_nonnull (strstr (result.out, "plugin = segment\n"));
  /* Defaults are written out. */
  g_assert_nonnull (strstr (result.out, "paragraphs = line\n"));

  g_autofree char *config = write_temp ("missing.conf", "[pipeline]\nstages = segment; nothing\n", -1);
  g_auto (Result) bad = { 0 };
  LECTOR (&bad, "check", config);
  g_assert_cmpint (bad.status, ==, 2);
  g_assert_nonnull (strstr (bad.err, ":2: stage 'nothing': unknown plugin 'nothing'"));

  g_auto (Result) missing = { 0 };
  LECTOR (&missing, "check", "no-such.conf");
  g_assert_cmpint (missing.status, ==, 2);
  g_assert_nonnull (strstr (missing.err, "no-such.conf"));
}

static void
test_plugins (void)
{
  g_auto (Result) list = { 0 };
  LECTOR (&list, "plugins");
  g_assert_cmpint (list.status, ==, 0);
  g_assert_nonnull (strstr (list.out, "segment "));
  g_assert_nonnull (strstr (list.out, "provides: paragraphs, sentences, tokens"));
  /* The build tree's plugin directories hold the plugins' own libraries (libsegmenter.la…):
   * not plugins, so not listed as refused either. */
  g_assert_null (strstr (list.out, "refused"));

  g_auto (Result) one = { 0 };
  LECTOR (&one, "plugins", "segment");
  g_assert_cmpint (one.status, ==, 0);
  g_assert_nonnull (strstr (one.out, "paragraphs (string, one of line|blank, default: line)"));
  g_assert_nonnull (strstr (one.out, "threading:"));

  /* An integer parameter's range is written as integers, not as %g writes a double. */
  g_auto (Result) summary = { 0 };
  LECTOR (&summary, "plugins", "summary");
  g_assert_cmpint (summary.status, ==, 0);
  g_assert_nonnull (strstr (summary.out, "words (integer, 1..100000000, default: unset)"));
  g_auto (Result) range = { 0 };
  LECTOR (&range, "check", "-s", "summary.words=0");
  g_assert_cmpint (range.status, ==, 2);
  g_assert_nonnull (strstr (range.err, "key 'words' must be between 1 and 100000000, got '0'"));

  /* Keys of meta are marked among what a plugin provides; a layer that is also a key of meta
   * (entities) is a layer. */
  g_auto (Result) verbose = { 0 };
  LECTOR (&verbose, "plugins", "-v");
  g_assert_cmpint (verbose.status, ==, 0);
  g_assert_nonnull (strstr (verbose.out, "\n  provides: lang (meta), languages\n"));
  g_assert_nonnull (strstr (verbose.out, "\n  provides: entities\n"));
  g_auto (Result) langid = { 0 };
  LECTOR (&langid, "plugins", "langid");
  g_assert_cmpint (langid.status, ==, 0);
  g_assert_nonnull (strstr (langid.out, "\n  provides: lang (meta), languages\n"));

  /* Broken test plugins are listed with their path and the reason they were refused. */
  g_autofree char *broken = g_test_build_filename (G_TEST_BUILT, "plugins", NULL);
  g_auto (Result) refused = { 0 };
  LECTOR (&refused, "plugins", "--plugin-dir", broken);
  g_assert_cmpint (refused.status, ==, 0);
  g_assert_nonnull (strstr (refused.out, "refused:"));
  g_assert_nonnull (strstr (refused.out, "abi_mismatch"));
  g_assert_nonnull (strstr (refused.out, "not binary compatible"));

  g_auto (Result) unknown = { 0 };
  LECTOR (&unknown, "plugins", "nosuch");
  g_assert_cmpint (unknown.status, ==, 2);
  g_assert_nonnull (strstr (unknown.err, "nosuch"));

  /* A refused plugin named by a pipeline is fatal, with the reason. */
  g_autofree char *text = write_temp ("refused.txt", "Text.", -1);
  g_auto (Result) run = { 0 };
  LECTOR (&run, "run", "--plugin-dir", broken, "-s", "segment.paragraphs=line", text);
  g_assert_cmpint (run.status, ==, 0);
  g_autofree char *config = write_temp ("refused.conf", "[pipeline]\nstages = abi_mismatch\n", -1);
  g_auto (Result) use = { 0 };
  LECTOR (&use, "run", "--plugin-dir", broken, "-c", config, text);
  g_assert_cmpint (use.status, ==, 2);
  g_assert_nonnull (strstr (use.err, "was refused"));
}

/* --- new-plugin ----------------------------------------------------------------------------- */

/* Every command's output is checked once it is written: a command whose standard output is
 * lost (a full disk) says so and exits 3, as lector run does, instead of claiming success. */
static void
test_stdout_full (void)
{
  if (!g_file_test ("/dev/full", G_FILE_TEST_EXISTS))
    {
      g_test_skip ("no /dev/full");
      return;
    }
  g_autofree char *example = example_path ("news.conf");
  g_autofree char *text = write_temp ("full.txt", "One sentence. Two.", -1);
  g_autofree char *target = g_build_filename (work_dir, "full-tagger", NULL);
  const char *const *commands[] = {
    (const char *const[]){ "check", example, NULL },
    (const char *const[]){ "plugins", NULL },
    (const char *const[]){ "plugins", "segment", NULL },
    (const char *const[]){ "--help", NULL },
    (const char *const[]){ "help", NULL },
    (const char *const[]){ "--version", NULL },
    (const char *const[]){ "check", "--version", NULL },
    /* GOption prints these and calls exit (0) itself. */
    (const char *const[]){ "run", "--help", NULL },
    (const char *const[]){ "help", "check", NULL },
    (const char *const[]){ "new-plugin", "full-tagger", "-o", target, NULL },
    (const char *const[]){ "run", "-q", text, NULL },
  };
  for (gsize i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_auto (Result) result = { 0 };
      run_lector_redirected (&result, NULL, "/dev/full", commands[i]);
      g_test_message ("lector %s: status %d, %s", commands[i][0], result.status, result.err);
      g_assert_cmpint (result.status, ==, 3);
      /* Once: lector run reports its own write error, and main() does not repeat it. */
      const char *message = strstr (result.err, "lector: cannot write standard output");
      g_assert_nonnull (message);
      g_assert_null (strstr (message + strlen ("lector: "), "lector: cannot write"));
    }
}

static void
test_new_plugin (void)
{
  g_autofree char *target = g_build_filename (work_dir, "my-tagger", NULL);
  g_auto (Result) result = { 0 };
  LECTOR (&result, "new-plugin", "my-tagger", "--provides", "tags", "--requires", "tokens,paragraphs",
          "-o", target);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_nonnull (strstr (result.out, "./autogen.sh && ./configure && make"));

  const char *files[] = { "configure.ac", "Makefile.am", "autogen.sh", "README.md", ".gitignore",
                          "my-tagger.c", "test-my-tagger.c" };
  for (gsize i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = g_build_filename (target, files[i], NULL);
      g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
    }
  g_autofree char *autogen = g_build_filename (target, "autogen.sh", NULL);
  g_assert_true (g_file_test (autogen, G_FILE_TEST_IS_EXECUTABLE));

  g_autofree char *source_path = g_build_filename (target, "my-tagger.c", NULL);
  g_autofree char *source = NULL;
  g_assert_true (g_file_get_contents (source_path, &source, NULL, NULL));
  g_assert_nonnull (strstr (source, "LECTOR_PLUGIN_DEFINE (my_tagger,"));
  g_assert_nonnull (strstr (source, "#define MY_TAGGER_LAYER \"tags\""));
  g_assert_nonnull (strstr (source, "LECTOR_STRV (\"sentences\", \"tokens\", \"paragraphs\")"));
  g_assert_null (strstr (source, "keywords_"));

  g_autofree char *makefile_path = g_build_filename (target, "Makefile.am", NULL);
  g_autofree char *makefile = NULL;
  g_assert_true (g_file_get_contents (makefile_path, &makefile, NULL, NULL));
  g_assert_nonnull (strstr (makefile, "plugin_LTLIBRARIES = my-tagger.la"));
  g_assert_nonnull (strstr (makefile, "my_tagger_la_SOURCES = my-tagger.c"));
  g_assert_nonnull (strstr (makefile, "test_my_tagger_LDADD"));

  g_autofree char *test_path = g_build_filename (target, "test-my-tagger.c", NULL);
  g_autofree char *test = NULL;
  g_assert_true (g_file_get_contents (test_path, &test, NULL, NULL));
  g_assert_nonnull (strstr (test, "#define STAGES \"segment; my-tagger\""));
  g_assert_nonnull (strstr (test, "\"my-tagger.top=1\""));

  /* A second run does not overwrite the project. */
  g_auto (Result) again = { 0 };
  LECTOR (&again, "new-plugin", "my-tagger", "-o", target);
  g_assert_cmpint (again.status, ==, 2);
  g_assert_nonnull (strstr (again.err, "already exists"));

  /* Names that would not load are refused with the reason. */
  const char *bad[] = { "libtagger", "Tagger", "tag.ger", "9lives", "" };
  for (gsize i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_auto (Result) refused = { 0 };
      LECTOR (&refused, "new-plugin", bad[i]);
      g_assert_cmpint (refused.status, ==, 2);
      g_assert_nonnull (strstr (refused.err, "plugin name"));
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  work_dir = g_dir_make_tmp ("lector-cli-XXXXXX", NULL);
  g_assert_nonnull (work_dir);

  g_test_add_func ("/cli/help", test_help);
  g_test_add_func ("/cli/usage-errors", test_usage_errors);
  g_test_add_func ("/cli/run/example", test_run_example);
  g_test_add_func ("/cli/run/offsets", test_run_offsets);
  g_test_add_func ("/cli/run/jsonl-bad-records", test_run_jsonl_with_bad_records);
  g_test_add_func ("/cli/run/jsonl-nul", test_run_jsonl_nul);
  g_test_add_func ("/cli/run/jsonl-duplicate-keys", test_run_jsonl_duplicate_keys);
  g_test_add_func ("/cli/run/jsonl-not-objects", test_run_jsonl_not_objects);
  g_test_add_func ("/cli/run/fail-fast", test_run_fail_fast);
  g_test_add_func ("/cli/run/missing-file", test_run_missing_file);
  g_test_add_func ("/cli/run/jsonl-directory", test_run_jsonl_directory);
  g_test_add_func ("/cli/run/stdin-and-output-file", test_run_stdin_and_output_file);
  g_test_add_func ("/cli/run/config-and-overrides", test_run_config_and_overrides);
  g_test_add_func ("/cli/run/output-is-input", test_run_output_is_input);
  g_test_add_func ("/cli/run/layer-selection", test_run_layer_selection);
  g_test_add_func ("/cli/run/layer-selection/meta", test_run_layer_selection_meta);
  g_test_add_func ("/cli/run/html", test_run_html);
  g_test_add_func ("/cli/run/html-directory", test_run_html_directory);
  g_test_add_func ("/cli/render/errors", test_render_errors);
  g_test_add_func ("/cli/check", test_check);
  g_test_add_func ("/cli/plugins", test_plugins);
  g_test_add_func ("/cli/new-plugin", test_new_plugin);
  g_test_add_func ("/cli/stdout-full", test_stdout_full);
  int status = g_test_run ();

  g_autofree char *rm = g_strdup_printf ("rm -rf '%s'", work_dir);
  if (system (rm) != 0)
    g_printerr ("could not remove %s\n", work_dir);
  g_free (work_dir);
  return status;
}
