/* The JSON Lines fast paths: the writer writes the same bytes as Jansson would, and the
 * reader reads the same records as Jansson does. */
#include <math.h>
#include <string.h>

#include <unistd.h>

#include <glib/gstdio.h>

#include "input.h"
#include "output.h"

static InputRecord *
record_for (const char *id, json_t *extra)
{
  InputRecord *record = g_new0 (InputRecord, 1);
  record->id = json_string (id);
  record->id_text = g_strdup (id);
  record->extra = extra;
  return record;
}

static void
check_same (const InputRecord *record, const LectorDocument *doc, const char *const *layers)
{
  for (LectorOffsetUnit unit = LECTOR_OFFSETS_CODEPOINT; unit <= LECTOR_OFFSETS_UTF16; unit++)
    {
      for (OutputFormat format = OUTPUT_FORMAT_JSON; format <= OUTPUT_FORMAT_JSONL; format++)
        {
          g_autofree char *fast = output_format_document (format, unit, record, doc, layers);
          g_autofree char *slow = output_format_document_slow (format, unit, record, doc, layers);
          g_assert_cmpstr (fast, ==, slow);
        }
    }
}

static void
test_every_escape (void)
{
  /* Every control character, quotes, backslashes, non-ASCII and astral characters. */
  GString *text = g_string_new ("\"quoted\" back\\slash é 😀 / \x7f");
  for (char c = 1; c < 0x20; c++)
    g_string_append_c (text, c);
  g_autoptr (GError) error = NULL;
  g_autoptr (LectorDocument) doc = lector_document_new ("esc\"ape", text->str, (gssize) text->len, &error);
  g_assert_no_error (error);
  g_string_free (text, TRUE);

  LectorLayer *layer = lector_document_add_layer (doc, "marks", &error);
  g_assert_no_error (error);
  lector_layer_add (layer, (LectorSpan){ 0, 8 }, "quote\"d\n", NAN, NULL, &error);
  lector_layer_add (layer, (LectorSpan){ 9, 23 }, NULL, 0.1, NULL, &error);
  json_t *features = json_pack ("{s:s, s:i, s:i, s:[i, f], s:o, s:s}", "text\t", "é\\", "head_start", 18,
                                "count", -3, "list", 1, 2.5, "nothing", json_null (), "label", "ignored");
  lector_layer_add (layer, (LectorSpan){ 18, 23 }, "astral", 1e300, features, &error);
  g_assert_no_error (error);
  lector_document_add_layer (doc, "empty", &error);
  json_object_set_new (lector_document_get_meta (doc), "lang", json_pack ("{s:s, s:f}", "code", "en", "score", 0.5));

  g_autoptr (InputRecord) record = record_for ("esc\"ape", json_pack ("{s:s, s:i, s:{s:b}}", "source", "wire\n",
                                                                     "n", 7, "nested", "ok", 1));
  check_same (record, doc, NULL);
  check_same (record, doc, (const char *const[]){ "empty", NULL });
  check_same (record, doc, (const char *const[]){ "no-such-layer", NULL });
}

static void
test_numeric_id (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LectorDocument) doc = lector_document_new ("42", "", 0, &error);
  g_assert_no_error (error);
  g_autoptr (InputRecord) record = record_for ("42", NULL);
  json_decref (record->id);
  record->id = json_integer (42);
  check_same (record, doc, NULL);
  g_autofree char *line = output_format_document (OUTPUT_FORMAT_JSONL, LECTOR_OFFSETS_CODEPOINT, record, doc, NULL);
  g_assert_cmpstr (line, ==, "{\"id\":42,\"text\":\"\",\"meta\":{},\"layers\":{}}");
}

/* An offset feature past the text is written as the text's end, in every unit: bytes and
 * ASCII text, which need no conversion, too. */
static void
test_offset_feature_past_text (void)
{
  static const struct {
    const char *text;
    const char *ends[3]; /* the feature as written, in code points, bytes, UTF-16 units */
  } cases[] = {
    { "hello", { "\"x_end\":5}", "\"x_end\":5}", "\"x_end\":5}" } },
    { "h\xc3\xa9llo", { "\"x_end\":5}", "\"x_end\":6}", "\"x_end\":5}" } },
  };
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (LectorDocument) doc = lector_document_new ("past", cases[i].text, -1, &error);
      LectorLayer *layer = lector_document_add_layer (doc, "refs", &error);
      lector_layer_add (layer, (LectorSpan){ 0, 1 }, NULL, NAN, json_pack ("{s:i}", "x_end", 100),
                        &error);
      g_assert_no_error (error);
      g_autoptr (InputRecord) record = record_for ("past", NULL);
      check_same (record, doc, NULL);
      for (LectorOffsetUnit unit = LECTOR_OFFSETS_CODEPOINT; unit <= LECTOR_OFFSETS_UTF16; unit++)
        {
          g_autofree char *line = output_format_document (OUTPUT_FORMAT_JSONL, unit, record, doc, NULL);
          g_assert_nonnull (strstr (line, cases[i].ends[unit]));
        }
    }
}

static void
test_reals (void)
{
  /* Jansson's "%.17g" with ".0" added, exponents without '+' and leading zeros. */
  static const double reals[] = { 0.0, -0.0, 1.0, -2.0, 0.1, 1.0 / 3, 1e-5, 1.5e-300, 2e21, 1e22,
                                  123456789012345678.0, 4.9e-324, 1.7976931348623157e308, -7.25e10 };
  g_autoptr (GError) error = NULL;
  g_autoptr (LectorDocument) doc = lector_document_new ("reals", "abc", 3, &error);
  LectorLayer *layer = lector_document_add_layer (doc, "scored", &error);
  g_assert_no_error (error);
  for (gsize i = 0; i < G_N_ELEMENTS (reals); i++)
    lector_layer_add (layer, (LectorSpan){ 0, i % 4 }, NULL, reals[i],
                      json_pack ("{s:f, s:[f]}", "value", reals[i], "list", -reals[i]), &error);
  g_assert_no_error (error);
  g_autoptr (InputRecord) record = record_for ("reals", NULL);
  check_same (record, doc, NULL);
}

static void
test_integers (void)
{
  /* Every width, both signs, and the extremes of json_int_t. */
  json_t *list = json_array ();
  json_int_t value = 1;
  for (int i = 0; i < 19; i++)
    {
      if (i > 0)
        value *= 10; /* 10^0 … 10^18: one more step would overflow */
      json_array_append_new (list, json_integer (value));
      json_array_append_new (list, json_integer (value - 1));
      json_array_append_new (list, json_integer (-value));
      json_array_append_new (list, json_integer (1 - value));
    }
  json_array_append_new (list, json_integer (G_MAXINT64));
  json_array_append_new (list, json_integer (G_MININT64));
  g_autoptr (GError) error = NULL;
  g_autoptr (LectorDocument) doc = lector_document_new ("ints", "abc", 3, &error);
  json_object_set_new (lector_document_get_meta (doc), "numbers", list);
  LectorLayer *layer = lector_document_add_layer (doc, "counted", &error);
  lector_layer_add (layer, (LectorSpan){ 0, 3 }, NULL, NAN,
                    json_pack ("{s:I, s:I}", "low", (json_int_t) G_MININT64, "high", (json_int_t) G_MAXINT64),
                    &error);
  g_assert_no_error (error);
  g_autoptr (InputRecord) record = record_for ("ints", NULL);
  check_same (record, doc, NULL);
}

static void
test_long_spans_and_labels (void)
{
  /* Non-ASCII text and astral characters, spans long and short, overlapping, many labels
   * (more than the writer caches), feature offsets in no order. */
  GString *text = g_string_new (NULL);
  for (int i = 0; i < 300; i++)
    g_string_append (text, i % 7 == 0 ? "“é😀” " : i % 3 == 0 ? "naïve " : "word ");
  g_autoptr (GError) error = NULL;
  g_autoptr (LectorDocument) doc = lector_document_new ("spans", text->str, (gssize) text->len, &error);
  g_assert_no_error (error);
  LectorLayer *layer = lector_document_add_layer (doc, "mixed", &error);
  for (gsize start = 0, i = 0; start < text->len; i++)
    {
      gsize end = MIN (text->len, start + (i % 5 == 0 ? 150 : 5));
      while (end < text->len && (text->str[end] & 0xC0) == 0x80)
        end++;
      g_autofree char *label = g_strdup_printf ("label-%" G_GSIZE_FORMAT, i % 11);
      json_t *features = i % 4 == 0 ? json_pack ("{s:i, s:i}", "head_end", (json_int_t) (text->len - start),
                                                 "x_start", (json_int_t) (start / 2))
                                    : NULL;
      lector_layer_add (layer, (LectorSpan){ start, end }, i % 9 == 0 ? NULL : label, NAN, features, &error);
      g_assert_no_error (error);
      start += 3;
      while (start < text->len && (text->str[start] & 0xC0) == 0x80)
        start++;
    }
  g_string_free (text, TRUE);
  g_autoptr (InputRecord) record = record_for ("spans", NULL);
  check_same (record, doc, NULL);
}

/* --- the reader's fast path ------------------------------------------------------------------ */

static char *
dump_or_null (json_t *value)
{
  return value != NULL ? json_dumps (value, JSON_ENCODE_ANY | JSON_COMPACT) : g_strdup ("(none)");
}

/* Reads @lines (one record each) with and without the fast path and compares the records. */
static void
check_lines_read_alike (const char *const *lines, gsize n_lines)
{
  g_autofree char *path = NULL;
  int fd = g_file_open_tmp ("lector-input-XXXXXX.jsonl", &path, NULL);
  g_assert_cmpint (fd, >=, 0);
  close (fd);
  GString *data = g_string_new (NULL);
  for (gsize i = 0; i < n_lines; i++)
    {
      g_string_append (data, lines[i]);
      g_string_append_c (data, '\n');
    }
  g_assert_true (g_file_set_contents (path, data->str, (gssize) data->len, NULL));
  g_string_free (data, TRUE);

  const char *paths[] = { path, NULL };
  g_autoptr (InputReader) fast = input_reader_new (paths, INPUT_FORMAT_JSONL);
  g_autoptr (InputReader) slow = input_reader_new (paths, INPUT_FORMAT_JSONL);
  input_reader_set_fast_path (slow, FALSE);
  input_reader_set_max_document (fast, 40);
  input_reader_set_max_document (slow, 40);
  for (;;)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (InputRecord) a = input_reader_next (fast, &error);
      g_assert_no_error (error);
      g_autoptr (InputRecord) b = input_reader_next (slow, &error);
      g_assert_no_error (error);
      g_assert_true ((a == NULL) == (b == NULL));
      if (a == NULL)
        break;
      g_autofree char *a_id = dump_or_null (a->id), *b_id = dump_or_null (b->id);
      g_autofree char *a_meta = dump_or_null (a->meta), *b_meta = dump_or_null (b->meta);
      g_autofree char *a_extra = dump_or_null (a->extra), *b_extra = dump_or_null (b->extra);
      g_assert_cmpstr (a_id, ==, b_id);
      g_assert_cmpstr (a->id_text, ==, b->id_text);
      g_assert_cmpstr (a->error, ==, b->error);
      g_assert_cmpuint (a->length, ==, b->length);
      g_assert_cmpuint (a->input_bytes, ==, b->input_bytes);
      g_assert_true ((a->text == NULL) == (b->text == NULL));
      if (a->text != NULL)
        g_assert_cmpmem (a->text, a->length + 1, b->text, b->length + 1);
      g_assert_cmpstr (a_meta, ==, b_meta);
      g_assert_cmpstr (a_extra, ==, b_extra);
    }
  g_unlink (path);
}

static const char *const tricky_lines[] = {
  "{\"id\": \"a\", \"text\": \"plain\"}",
  " \t{\"id\":\"b\",\"text\":\"tab\\tnew\\nline \\\"q\\\" \\\\ \\/ \\b\\f\\r\"} \r",
  "{\"text\": \"\\u00e9\\u00E9 \\ud83d\\ude00 \\u2019\", \"id\": 7}",
  "{\"id\": -12, \"text\": \"x\", \"meta\": {\"lang\": \"en\", \"n\": [1, 2.5, {\"a\": null}]}}",
  "{\"id\": \"c\", \"text\": \"y\", \"source\": \"wire\", \"n\": 3, \"ok\": true, \"no\": false, \"z\": null, \"l\": []}",
  "{\"id\": \"dup\", \"text\": \"one\", \"text\": \"two\"}",
  "{\"id\": \"dup2\", \"text\": 5, \"text\": \"two\"}",
  "{\"id\": \"dup3\", \"x\": 1, \"text\": \"t\", \"x\": 2, \"id\": \"again\"}",
  "{\"id\": \"dup4\", \"text\": \"t\", \"\\u0069d\": \"escaped\"}",
  "{\"id\": \"dup5\", \"text\": \"t\", \"meta\": {\"k\": 1, \"k\": [2]}, \"x\": [{\"a\": 1, \"a\": 2}]}",
  "{\"id\": \"dup6\", \"text\": \"t\", \"x\": {\"a\": 1, \"a\": 2}, \"x\": 3}",
  "{\"id\": \"nul\", \"text\": \"a\\u0000b\"}",
  "{\"id\": \"not nul\", \"text\": \"a\\\\u0000b\"}",
  "{\"id\": \"lone\", \"text\": \"\\ud800 x\"}",
  "{\"id\": \"low\", \"text\": \"\\udc00\"}",
  "{\"id\": \"bad escape\", \"text\": \"\\x\"}",
  "{\"id\": \"short\", \"text\": \"\\u12\"}",
  "{\"id\": \"control\", \"text\": \"a\tb\"}",
  "{\"id\": \"open\", \"text\": \"never ends}",
  "{\"id\": \"trailing\", \"text\": \"t\"} x",
  "{\"id\": \"comma\", \"text\": \"t\",}",
  "{\"id\": \"no colon\" \"text\": \"t\"}",
  "{\"id\": 1e3, \"text\": \"t\"}",
  "{\"id\": 99999999999999999999, \"text\": \"t\"}",
  "{\"id\": [1], \"text\": \"t\"}",
  "{\"id\": \"k\\u0000ey\", \"te\\u0000xt\": \"t\"}",
  "{\"id\": \"too large\", \"text\": \"0123456789012345678901234567890123456789 and more\"}",
  "{\"id\": \"meta\", \"text\": \"t\", \"meta\": 3}",
  "{\"id\": \"no text\"}",
  "{}",
  "[1, 2]",
  "\"just a string\"",
  "{\"id\": \"tru\", \"text\": \"t\", \"flag\": tru}",
  "{\"id\": \"nested\", \"text\": \"t\", \"deep\": [[[{\"a\": \"]}\\\"\"}]]]}",
  "{\"id\": \"unclosed\", \"text\": \"t\", \"deep\": [[1]}",
  "{\"id\":\"ws\" , \"text\" : \"t\" }",
  "{\"id\": \"é ü 😀\", \"text\": \"é ü 😀 “quoted”\"}",
};

static void
test_reader_tricky_lines (void)
{
  check_lines_read_alike (tricky_lines, G_N_ELEMENTS (tricky_lines));
}

/* The tricky lines with bytes changed, inserted and removed at random (fixed seed): the
 * fast path must refuse or read exactly as Jansson on each. */
static void
test_reader_mutations (void)
{
  static const char alphabet[] = "{}[]\":,\\ u0dDe9-.tfn\"x";
  GRand *rand = g_rand_new_with_seed (20261127);
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  for (int round = 0; round < 4000; round++)
    {
      const char *base = tricky_lines[g_rand_int_range (rand, 0, G_N_ELEMENTS (tricky_lines))];
      GString *line = g_string_new (base);
      int edits = g_rand_int_range (rand, 1, 4);
      for (int e = 0; e < edits && line->len > 0; e++)
        {
          gsize at = (gsize) g_rand_int_range (rand, 0, (gint32) line->len);
          char c = alphabet[g_rand_int_range (rand, 0, sizeof alphabet - 1)];
          switch (g_rand_int_range (rand, 0, 3))
            {
            case 0:
              line->str[at] = c;
              break;
            case 1:
              g_string_insert_c (line, (gssize) at, c);
              break;
            default:
              g_string_erase (line, (gssize) at, 1);
            }
        }
      /* Lines that became invalid UTF-8 or blank are tested elsewhere. */
      if (g_utf8_validate (line->str, (gssize) line->len, NULL) && strchr (line->str, '\n') == NULL)
        g_ptr_array_add (lines, g_string_free (line, FALSE));
      else
        g_string_free (line, TRUE);
    }
  check_lines_read_alike ((const char *const *) lines->pdata, lines->len);
  g_ptr_array_unref (lines);
  g_rand_free (rand);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/output/fast-path/escapes-and-features", test_every_escape);
  g_test_add_func ("/output/fast-path/numeric-id", test_numeric_id);
  g_test_add_func ("/output/fast-path/offset-feature-past-text", test_offset_feature_past_text);
  g_test_add_func ("/output/fast-path/reals", test_reals);
  g_test_add_func ("/output/fast-path/integers", test_integers);
  g_test_add_func ("/output/fast-path/long-spans-and-labels", test_long_spans_and_labels);
  g_test_add_func ("/input/fast-path/tricky-lines", test_reader_tricky_lines);
  g_test_add_func ("/input/fast-path/mutations", test_reader_mutations);
  return g_test_run ();
}
