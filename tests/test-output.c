/* The JSON Lines fast path writes the same bytes as Jansson would. */
#include <math.h>
#include <string.h>

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
      g_autofree char *fast = output_format_document (OUTPUT_FORMAT_JSONL, unit, record, doc, layers);
      g_autofree char *slow = output_format_document_slow (record, doc, unit, layers);
      g_assert_cmpstr (fast, ==, slow);
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

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/output/fast-path/escapes-and-features", test_every_escape);
  g_test_add_func ("/output/fast-path/numeric-id", test_numeric_id);
  return g_test_run ();
}
