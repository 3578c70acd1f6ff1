/* The document model: text validation, layers of annotations kept in order, and the
 * JSON output with offsets converted to code points, bytes or UTF-16 units. */
#include <float.h>
#include <math.h>
#include <string.h>

#include <lector/lector.h>

G_DEFINE_AUTOPTR_CLEANUP_FUNC (json_t, json_decref)

/* "café 😀 ok": é is 2 bytes, 😀 is 4 bytes (outside the BMP: 2 UTF-16 units).
 *   bytes      c0 a1 f2 é3-4 _5 😀6-9 _10 o11 k12   (13)
 *   codepoints c0 a1 f2 é3   _4 😀5   _6  o7  k8    (9)
 *   utf16      c0 a1 f2 é3   _4 😀5-6 _7  o8  k9    (10) */
#define CAFE_TEXT "caf\xc3\xa9 \xf0\x9f\x98\x80 ok"

typedef struct {
  LectorDocument *doc;
} Fixture;

static void
fixture_setup (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  fixture->doc = lector_document_new ("d1", CAFE_TEXT, -1, &error);
  g_assert_no_error (error);
  g_assert_nonnull (fixture->doc);
}

static void
fixture_teardown (Fixture *fixture, gconstpointer data)
{
  lector_document_unref (fixture->doc);
}

static LectorLayer *
add_layer (LectorDocument *doc, const char *name)
{
  g_autoptr (GError) error = NULL;
  LectorLayer *layer = lector_document_add_layer (doc, name, &error);
  g_assert_no_error (error);
  g_assert_nonnull (layer);
  return layer;
}

static gssize
add (LectorLayer *layer, gsize start, gsize end, const char *label)
{
  g_autoptr (GError) error = NULL;
  LectorSpan span = { start, end };
  gssize index = lector_layer_add (layer, span, label, NAN, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (index, >=, 0);
  return index;
}

/* --- creation ------------------------------------------------------------------------------- */

static void
test_new (Fixture *fixture, gconstpointer data)
{
  gsize length = 0;
  g_assert_cmpstr (lector_document_get_id (fixture->doc), ==, "d1");
  g_assert_cmpstr (lector_document_get_text (fixture->doc, &length), ==, CAFE_TEXT);
  g_assert_cmpuint (length, ==, 13);
  g_assert_cmpuint (lector_document_get_length (fixture->doc), ==, 13);
  g_assert_true (json_is_object (lector_document_get_meta (fixture->doc)));
  g_assert_cmpuint (json_object_size (lector_document_get_meta (fixture->doc)), ==, 0);
  g_assert_null (lector_document_get_layer (fixture->doc, "words"));
  g_autoptr (GPtrArray) names = lector_document_get_layer_names (fixture->doc);
  g_assert_cmpuint (names->len, ==, 0);
}

/* The id and text are copied; an explicit length takes a prefix of a longer buffer. */
static void
test_new_copies (void)
{
  g_autoptr (GError) error = NULL;
  char id[] = "doc-7";
  char text[] = "hello world";
  g_autoptr (LectorDocument) doc = lector_document_new (id, text, 5, &error);
  g_assert_no_error (error);
  id[0] = 'X';
  text[0] = 'X';
  gsize length = 0;
  const char *stored = lector_document_get_text (doc, &length);
  g_assert_cmpstr (lector_document_get_id (doc), ==, "doc-7");
  g_assert_cmpuint (length, ==, 5);
  g_assert_cmpstr (stored, ==, "hello"); /* NUL-terminated */
}

static void
test_new_empty (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LectorDocument) doc = lector_document_new ("empty", "", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (lector_document_get_length (doc), ==, 0);
  g_assert_cmpstr (lector_document_get_text (doc, NULL), ==, "");

  g_autoptr (LectorDocument) doc2 = lector_document_new ("null", NULL, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (lector_document_get_text (doc2, NULL), ==, "");

  /* The only span of an empty text is [0, 0). */
  LectorLayer *layer = add_layer (doc, "points");
  g_assert_cmpint (add (layer, 0, 0, NULL), ==, 0);
  LectorSpan past = { 0, 1 };
  g_assert_cmpint (lector_layer_add (layer, past, NULL, NAN, NULL, &error), ==, -1);
  g_assert_error (error, LECTOR_ERROR, LECTOR_ERROR_LAYER);
}

typedef struct {
  const char *name;
  const char *text;
  gssize length;
  const char *expected; /* the part of the message after "document 'bad': " */
} BadText;

#define NOT_UTF8 ": the text is not UTF-8; if it is Latin-1 or Windows-1252, convert it first, " \
                 "e.g. iconv -f WINDOWS-1252 -t UTF-8"
#define UTF16_BOM ": the text is UTF-16 (it starts with a byte-order mark); convert it to UTF-8 " \
                  "first, e.g. iconv -f UTF-16 -t UTF-8"
#define UTF16 ": the text looks like UTF-16; convert it to UTF-8 first, e.g. iconv -f UTF-16LE " \
              "(or UTF-16BE) -t UTF-8"

static const BadText bad_texts[] = {
  { "invalid-byte", "ab\xff" "cd", -1, "invalid UTF-8 at byte 2 (0xff)" NOT_UTF8 },
  { "truncated", "abc\xc3", -1, "invalid UTF-8 at byte 3 (0xc3)" NOT_UTF8 },
  { "overlong", "a\xc0\xaf", -1, "invalid UTF-8 at byte 1 (0xc0)" NOT_UTF8 },
  { "surrogate", "xy\xed\xa0\x80", -1, "invalid UTF-8 at byte 2 (0xed)" NOT_UTF8 },
  { "after-multibyte", "\xc3\xa9\xc3\xa9\x80", -1, "invalid UTF-8 at byte 4 (0x80)" NOT_UTF8 },
  { "latin1", "caf\xe9 au lait", -1, "invalid UTF-8 at byte 3 (0xe9)" NOT_UTF8 },
  { "utf16-bom", "\xff\xfeH\0i\0", 6, "invalid UTF-8 at byte 0 (0xff)" UTF16_BOM },
  { "utf16-be-bom", "\xfe\xff\0H\0i", 6, "invalid UTF-8 at byte 0 (0xfe)" UTF16_BOM },
  { "utf16le", "H\0i\0!\0", 6, "NUL byte at byte 1" UTF16 },
  { "utf16be", "\0H\0i\0!", 6, "NUL byte at byte 0" UTF16 },
  { "nul", "ab\0cd", 5, "NUL byte at byte 2" },
  { "nul-first", "\0", 1, "NUL byte at byte 0" },
};

static void
test_invalid_text (gconstpointer data)
{
  const BadText *bad = data;
  g_autoptr (GError) error = NULL;
  g_autoptr (LectorDocument) doc = lector_document_new ("bad", bad->text, bad->length, &error);
  g_assert_null (doc);
  g_assert_error (error, LECTOR_ERROR, LECTOR_ERROR_INPUT);
  /* The message names the document and the byte offset, so a user can find the record. */
  g_autofree char *expected = g_strdup_printf ("document 'bad': %s", bad->expected);
  g_assert_cmpstr (error->message, ==, expected);
}

static void
test_ref (void)
{
  LectorDocument *doc = lector_document_new ("r", "text", -1, NULL);
  g_assert_true (lector_document_ref (doc) == doc);
  lector_document_unref (doc);
  /* Still alive: one reference is left. */
  g_assert_cmpstr (lector_document_get_id (doc), ==, "r");
  lector_document_unref (doc);
  lector_document_unref (NULL);
}

/* --- layers --------------------------------------------------------------------------------- */

static void
test_add_layer (Fixture *fixture, gconstpointer data)
{
  LectorLayer *layer = add_layer (fixture->doc, "words");
  g_assert_cmpstr (lector_layer_get_name (layer), ==, "words");
  g_assert_cmpstr (lector_layer_get_producer (layer), ==, "");
  g_assert_cmpuint (lector_layer_get_size (layer), ==, 0);
  g_assert_true (lector_document_get_layer (fixture->doc, "words") == layer);

  g_autoptr (GError) error = NULL;
  g_assert_null (lector_document_add_layer (fixture->doc, "words", &error));
  g_assert_error (error, LECTOR_ERROR, LECTOR_ERROR_LAYER);
  g_assert_nonnull (strstr (error->message, "layer 'words' already exists"));
  /* The first layer is untouched. */
  g_assert_true (lector_document_get_layer (fixture->doc, "words") == layer);
  g_autoptr (GPtrArray) names = lector_document_get_layer_names (fixture->doc);
  g_assert_cmpuint (names->len, ==, 1);
}

static void
test_require_layer (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_assert_null (lector_document_require_layer (fixture->doc, "tokens", &error));
  g_assert_error (error, LECTOR_ERROR, LECTOR_ERROR_LAYER);
  g_assert_cmpstr (error->message, ==,
                   "document 'd1' has no layer 'tokens'; add a stage that provides it earlier in "
                   "the pipeline");
  g_clear_error (&error);

  LectorLayer *layer = add_layer (fixture->doc, "tokens");
  g_assert_true (lector_document_require_layer (fixture->doc, "tokens", &error) == layer);
  g_assert_no_error (error);
}

static void
test_layer_names_order (Fixture *fixture, gconstpointer data)
{
  const char *order[] = { "zeta", "alpha", "mid", "beta" };
  for (gsize i = 0; i < G_N_ELEMENTS (order); i++)
    add_layer (fixture->doc, order[i]);
  g_autoptr (GPtrArray) names = lector_document_get_layer_names (fixture->doc);
  g_assert_cmpuint (names->len, ==, G_N_ELEMENTS (order));
  for (gsize i = 0; i < G_N_ELEMENTS (order); i++)
    g_assert_cmpstr (names->pdata[i], ==, order[i]);
}

static void
assert_spans (const LectorLayer *layer, const LectorSpan *expected, const char *const *labels,
              gsize n)
{
  g_assert_cmpuint (lector_layer_get_size (layer), ==, n);
  const LectorSpan *spans = lector_layer_get_spans (layer);
  for (gsize i = 0; i < n; i++)
    {
      g_assert_cmpuint (spans[i].start, ==, expected[i].start);
      g_assert_cmpuint (spans[i].end, ==, expected[i].end);
      LectorSpan one = lector_layer_get_span (layer, i);
      g_assert_cmpuint (one.start, ==, expected[i].start);
      g_assert_cmpuint (one.end, ==, expected[i].end);
      g_assert_cmpstr (lector_layer_get_label (layer, i), ==, labels[i]);
    }
}

/* Out-of-order inserts land at their place in (start, end) order, and the index
 * returned is where the annotation is now. */
static void
test_sorted_inserts (Fixture *fixture, gconstpointer data)
{
  LectorLayer *layer = add_layer (fixture->doc, "spans");
  g_assert_cmpint (add (layer, 6, 10, "emoji"), ==, 0);
  g_assert_cmpint (add (layer, 11, 13, "ok"), ==, 1);
  g_assert_cmpint (add (layer, 0, 5, "cafe"), ==, 0);
  g_assert_cmpint (add (layer, 0, 3, "caf"), ==, 0);
  g_assert_cmpint (add (layer, 6, 13, "tail"), ==, 3);
  g_assert_cmpint (add (layer, 5, 5, "empty"), ==, 2);
  g_assert_cmpint (add (layer, 13, 13, "end"), ==, 6);

  static const LectorSpan expected[] = { { 0, 3 }, { 0, 5 }, { 5, 5 }, { 6, 10 },
                                         { 6, 13 }, { 11, 13 }, { 13, 13 } };
  const char *labels[] = { "caf", "cafe", "empty", "emoji", "tail", "ok", "end" };
  assert_spans (layer, expected, labels, G_N_ELEMENTS (expected));
}

/* Annotations with equal spans stay in the order they were added, wherever the
 * inserts of other spans fall in between. */
static void
test_equal_spans_keep_order (Fixture *fixture, gconstpointer data)
{
  LectorLayer *layer = add_layer (fixture->doc, "spans");
  add (layer, 6, 10, "first");
  add (layer, 11, 13, "late");
  add (layer, 6, 10, "second");
  add (layer, 0, 5, "early");
  g_assert_cmpint (add (layer, 6, 10, "third"), ==, 3);
  add (layer, 0, 5, "early2");
  g_assert_cmpint (add (layer, 6, 10, "fourth"), ==, 5);

  static const LectorSpan expected[] = { { 0, 5 },  { 0, 5 },  { 6, 10 }, { 6, 10 },
                                         { 6, 10 }, { 6, 10 }, { 11, 13 } };
  const char *labels[] = { "early", "early2", "first", "second", "third", "fourth", "late" };
  assert_spans (layer, expected, labels, G_N_ELEMENTS (expected));
}

/* Many random inserts end up in the same order as a stable sort of them. */
static void
test_random_inserts (void)
{
  enum { N = 2000, LENGTH = 300 };
  g_autofree char *text = g_strnfill (LENGTH, 'x');
  g_autoptr (LectorDocument) doc = lector_document_new ("r", text, -1, NULL);
  LectorLayer *layer = add_layer (doc, "random");
  g_autoptr (GRand) rand = g_rand_new_with_seed (42);
  g_autofree LectorSpan *added = g_new (LectorSpan, N);

  for (gsize i = 0; i < N; i++)
    {
      gsize start = (gsize) g_rand_int_range (rand, 0, LENGTH);
      gsize end = start + (gsize) g_rand_int_range (rand, 0, 4);
      added[i] = (LectorSpan){ start, MIN (end, (gsize) LENGTH) };
      g_autofree char *label = g_strdup_printf ("%" G_GSIZE_FORMAT, i);
      LectorSpan span = added[i];
      g_assert_cmpint (lector_layer_add (layer, span, label, NAN, NULL, NULL), >=, 0);
    }

  g_assert_cmpuint (lector_layer_get_size (layer), ==, N);
  const LectorSpan *spans = lector_layer_get_spans (layer);
  for (gsize i = 1; i < N; i++)
    {
      const LectorSpan a = spans[i - 1], b = spans[i];
      g_assert_true (a.start < b.start || (a.start == b.start && a.end <= b.end));
      if (a.start == b.start && a.end == b.end)
        {
          /* Equal spans: insertion order, which the label records. */
          guint64 la = g_ascii_strtoull (lector_layer_get_label (layer, i - 1), NULL, 10);
          guint64 lb = g_ascii_strtoull (lector_layer_get_label (layer, i), NULL, 10);
          g_assert_cmpuint (la, <, lb);
        }
    }
  /* Every label still sits with the span it was added with. */
  for (gsize i = 0; i < N; i++)
    {
      guint64 which = g_ascii_strtoull (lector_layer_get_label (layer, i), NULL, 10);
      g_assert_cmpuint (spans[i].start, ==, added[which].start);
      g_assert_cmpuint (spans[i].end, ==, added[which].end);
    }
}

static void
test_lower_bound (Fixture *fixture, gconstpointer data)
{
  LectorLayer *layer = add_layer (fixture->doc, "spans");
  g_assert_cmpuint (lector_layer_lower_bound (layer, 0), ==, 0);

  add (layer, 11, 13, NULL);
  add (layer, 0, 5, NULL);
  add (layer, 6, 10, NULL);
  add (layer, 0, 3, NULL);
  add (layer, 6, 13, NULL);
  /* starts: 0 0 6 6 11 */
  static const struct {
    gsize offset, expected;
  } cases[] = { { 0, 0 }, { 1, 2 }, { 5, 2 }, { 6, 2 }, { 7, 4 }, { 11, 4 }, { 12, 5 },
                { 13, 5 }, { 1000, 5 } };
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpuint (lector_layer_lower_bound (layer, cases[i].offset), ==, cases[i].expected);

  /* The annotations that start inside [6, 11) are a contiguous run from lower_bound. */
  const LectorSpan *spans = lector_layer_get_spans (layer);
  gsize n = 0;
  for (gsize i = lector_layer_lower_bound (layer, 6);
       i < lector_layer_get_size (layer) && spans[i].start < 11; i++)
    n++;
  g_assert_cmpuint (n, ==, 2);
}

typedef struct {
  const char *name;
  gsize start, end;
  gboolean valid;
} SpanCase;

/* Byte offsets of CAFE_TEXT: é is 3-4, 😀 is 6-9, the text is 13 bytes. */
static const SpanCase span_cases[] = {
  { "whole", 0, 13, TRUE },
  { "empty-at-end", 13, 13, TRUE },
  { "multibyte", 3, 5, TRUE },
  { "astral", 6, 10, TRUE },
  { "inside-e-acute", 4, 5, FALSE },
  { "ends-inside-e-acute", 0, 4, FALSE },
  { "inside-emoji", 7, 10, FALSE },
  { "ends-inside-emoji", 6, 9, FALSE },
  { "past-end", 11, 14, FALSE },
  { "start-past-end", 14, 14, FALSE },
  { "reversed", 5, 3, FALSE },
  { "huge", 0, G_MAXSIZE, FALSE },
};

static void
test_span_check (gconstpointer data)
{
  const SpanCase *c = data;
  g_autoptr (LectorDocument) doc = lector_document_new ("d1", CAFE_TEXT, -1, NULL);
  LectorLayer *layer = add_layer (doc, "spans");
  g_autoptr (GError) error = NULL;
  LectorSpan span = { c->start, c->end };
  /* Features are owned by the call whether or not it succeeds (valgrind checks). */
  gssize index = lector_layer_add (layer, span, "x", 0.5, json_pack ("{s:i}", "n", 1), &error);
  if (c->valid)
    {
      g_assert_no_error (error);
      g_assert_cmpint (index, ==, 0);
      g_assert_cmpuint (lector_layer_get_size (layer), ==, 1);
      return;
    }
  g_assert_cmpint (index, ==, -1);
  g_assert_error (error, LECTOR_ERROR, LECTOR_ERROR_LAYER);
  g_assert_nonnull (strstr (error->message, "layer 'spans'"));
  g_assert_nonnull (strstr (error->message, "document 'd1'"));
  g_autofree char *range = g_strdup_printf ("[%" G_GSIZE_FORMAT ", %" G_GSIZE_FORMAT ")",
                                            c->start, c->end);
  g_assert_nonnull (strstr (error->message, range));
  g_assert_cmpuint (lector_layer_get_size (layer), ==, 0);
}

static void
test_labels_interned (Fixture *fixture, gconstpointer data)
{
  LectorLayer *layer = add_layer (fixture->doc, "spans");
  char *label = g_strdup ("NOUN");
  add (layer, 0, 5, label);
  g_free (label); /* the layer does not keep the caller's string */
  g_autofree char *again = g_strdup ("NOUN");
  add (layer, 6, 10, again);
  add (layer, 11, 13, NULL);

  const char *l0 = lector_layer_get_label (layer, 0);
  const char *l1 = lector_layer_get_label (layer, 1);
  g_assert_cmpstr (l0, ==, "NOUN");
  g_assert_true (l0 == l1);
  g_assert_true (l0 == g_intern_string ("NOUN"));
  g_assert_null (lector_layer_get_label (layer, 2));
}

static void
test_scores (Fixture *fixture, gconstpointer data)
{
  LectorLayer *layer = add_layer (fixture->doc, "spans");
  add (layer, 6, 10, NULL);
  add (layer, 11, 13, NULL);
  g_assert_true (isnan (lector_layer_get_score (layer, 0)));
  g_assert_true (isnan (lector_layer_get_score (layer, 1)));

  /* The first score, inserted before the others: those keep having none. */
  LectorSpan first = { 0, 5 };
  g_assert_cmpint (lector_layer_add (layer, first, NULL, 0.25, NULL, NULL), ==, 0);
  LectorSpan middle = { 6, 13 };
  g_assert_cmpint (lector_layer_add (layer, middle, NULL, 0.0, NULL, NULL), ==, 2);
  add (layer, 13, 13, NULL);

  g_assert_cmpfloat (lector_layer_get_score (layer, 0), ==, 0.25);
  g_assert_true (isnan (lector_layer_get_score (layer, 1)));
  g_assert_cmpfloat (lector_layer_get_score (layer, 2), ==, 0.0);
  g_assert_true (isnan (lector_layer_get_score (layer, 3)));
  g_assert_true (isnan (lector_layer_get_score (layer, 4)));
}

/* JSON has no infinity: an infinite score is refused, and the annotation is not added (its
 * features are dropped all the same); NAN stays "no score", and the largest finite score
 * passes. */
static void
test_scores_infinite (Fixture *fixture, gconstpointer data)
{
  LectorLayer *layer = add_layer (fixture->doc, "spans");
  LectorSpan span = { 0, 5 };
  const double infinities[] = { INFINITY, -INFINITY };
  for (gsize i = 0; i < G_N_ELEMENTS (infinities); i++)
    {
      g_autoptr (GError) error = NULL;
      json_t *features = json_pack ("{s:s}", "pos", "NOUN");
      json_incref (features);
      g_assert_cmpint (lector_layer_add (layer, span, "x", infinities[i], features, &error), ==, -1);
      g_assert_error (error, LECTOR_ERROR, LECTOR_ERROR_LAYER);
      g_assert_nonnull (strstr (error->message, "layer 'spans': the score of span [0, 5) of "
                                                "document 'd1' is "));
      g_assert_nonnull (strstr (error->message, "a score must be finite (NAN for none)"));
      g_assert_cmpuint (features->refcount, ==, 1);
      json_decref (features);
    }
  g_assert_cmpuint (lector_layer_get_size (layer), ==, 0);
  g_assert_null (lector_layer_get_scores (layer));

  g_assert_cmpint (lector_layer_add (layer, span, NULL, DBL_MAX, NULL, NULL), ==, 0);
  g_assert_cmpint (lector_layer_add (layer, span, NULL, NAN, NULL, NULL), ==, 1);
  g_assert_cmpfloat (lector_layer_get_score (layer, 0), ==, DBL_MAX);
  g_assert_true (isnan (lector_layer_get_score (layer, 1)));
}

static void
test_features (Fixture *fixture, gconstpointer data)
{
  LectorLayer *layer = add_layer (fixture->doc, "spans");
  add (layer, 6, 10, NULL);
  g_assert_null (lector_layer_get_features (layer, 0));

  json_t *features = json_pack ("{s:s}", "pos", "NOUN");
  LectorSpan span = { 0, 5 };
  g_assert_cmpint (lector_layer_add (layer, span, NULL, NAN, features, NULL), ==, 0);
  add (layer, 11, 13, NULL);

  g_assert_true (lector_layer_get_features (layer, 0) == features);
  g_assert_null (lector_layer_get_features (layer, 1));
  g_assert_null (lector_layer_get_features (layer, 2));
  g_assert_cmpstr (json_string_value (json_object_get (lector_layer_get_features (layer, 0), "pos")),
                   ==, "NOUN");
}

/* Programming errors are criticals, which tests make fatal. */
static void
test_features_not_object (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr (LectorDocument) doc = lector_document_new ("d", "abc", -1, NULL);
      LectorLayer *layer = lector_document_add_layer (doc, "l", NULL);
      LectorSpan span = { 0, 1 };
      lector_layer_add (layer, span, NULL, NAN, json_integer (1), NULL);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*json_is_object*");
}

/* @features is (transfer full) even when a precondition fails: the layer drops the caller's
 * reference, the critical notwithstanding. */
static void
test_features_dropped_on_precondition (void)
{
  g_autoptr (LectorDocument) doc = lector_document_new ("d", "abc", -1, NULL);
  LectorLayer *layer = lector_document_add_layer (doc, "l", NULL);
  LectorSpan span = { 0, 1 };

  json_t *not_object = json_integer (1);
  json_incref (not_object); /* the test's own, to see that the layer's is gone */
  g_test_expect_message ("lector", G_LOG_LEVEL_CRITICAL, "*json_is_object*");
  g_assert_cmpint (lector_layer_add (layer, span, NULL, NAN, not_object, NULL), ==, -1);
  g_test_assert_expected_messages ();
  g_assert_cmpuint (not_object->refcount, ==, 1);
  json_decref (not_object);

  json_t *features = json_object ();
  json_incref (features);
  g_test_expect_message ("lector", G_LOG_LEVEL_CRITICAL, "*layer != NULL*");
  g_assert_cmpint (lector_layer_add (NULL, span, NULL, NAN, features, NULL), ==, -1);
  g_test_assert_expected_messages ();
  g_assert_cmpuint (features->refcount, ==, 1);
  json_decref (features);
  g_assert_cmpuint (lector_layer_get_size (layer), ==, 0);
}

static void
test_index_out_of_range (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr (LectorDocument) doc = lector_document_new ("d", "abc", -1, NULL);
      LectorLayer *layer = lector_document_add_layer (doc, "l", NULL);
      lector_layer_get_label (layer, 0);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*index < *");
}

/* --- JSON ----------------------------------------------------------------------------------- */

static void
test_offset_unit_from_string (void)
{
  LectorOffsetUnit unit = LECTOR_OFFSETS_BYTE;
  g_assert_true (lector_offset_unit_from_string ("codepoint", &unit));
  g_assert_cmpint (unit, ==, LECTOR_OFFSETS_CODEPOINT);
  g_assert_true (lector_offset_unit_from_string ("utf16", &unit));
  g_assert_cmpint (unit, ==, LECTOR_OFFSETS_UTF16);
  g_assert_true (lector_offset_unit_from_string ("byte", &unit));
  g_assert_cmpint (unit, ==, LECTOR_OFFSETS_BYTE);
  g_assert_false (lector_offset_unit_from_string ("bytes", &unit));
  g_assert_false (lector_offset_unit_from_string ("UTF16", &unit));
  g_assert_false (lector_offset_unit_from_string ("", &unit));
  g_assert_cmpint (unit, ==, LECTOR_OFFSETS_BYTE);
}

typedef struct {
  const char *name;
  LectorOffsetUnit unit;
  gsize expected[3][2]; /* café, 😀, ok */
  json_int_t head[2];   /* the head_start/head_end features, bytes 11 and 13 */
} OffsetCase;

static const OffsetCase offset_cases[] = {
  { "codepoint", LECTOR_OFFSETS_CODEPOINT, { { 0, 4 }, { 5, 6 }, { 7, 9 } }, { 7, 9 } },
  { "byte", LECTOR_OFFSETS_BYTE, { { 0, 5 }, { 6, 10 }, { 11, 13 } }, { 11, 13 } },
  { "utf16", LECTOR_OFFSETS_UTF16, { { 0, 4 }, { 5, 7 }, { 8, 10 } }, { 8, 10 } },
};

static void
test_json_offsets (gconstpointer data)
{
  const OffsetCase *c = data;
  g_autoptr (LectorDocument) doc = lector_document_new ("d1", CAFE_TEXT, -1, NULL);
  LectorLayer *layer = add_layer (doc, "words");
  add (layer, 11, 13, "ok");
  add (layer, 0, 5, "cafe");
  LectorSpan emoji = { 6, 10 };
  json_t *features = json_pack ("{s:I, s:I}", "head_start", (json_int_t) 11, "head_end",
                                (json_int_t) 13);
  g_assert_cmpint (lector_layer_add (layer, emoji, "emoji", NAN, features, NULL), ==, 1);

  g_autoptr (json_t) root = lector_document_to_json (doc, c->unit);
  g_assert_cmpstr (json_string_value (json_object_get (root, "id")), ==, "d1");
  g_assert_cmpstr (json_string_value (json_object_get (root, "text")), ==, CAFE_TEXT);
  json_t *words = json_object_get (json_object_get (root, "layers"), "words");
  g_assert_true (json_is_array (words));
  g_assert_cmpuint (json_array_size (words), ==, 3);
  const char *labels[] = { "cafe", "emoji", "ok" };
  for (gsize i = 0; i < 3; i++)
    {
      json_t *item = json_array_get (words, i);
      g_assert_cmpstr (json_string_value (json_object_get (item, "label")), ==, labels[i]);
      g_assert_cmpint (json_integer_value (json_object_get (item, "start")), ==,
                       (json_int_t) c->expected[i][0]);
      g_assert_cmpint (json_integer_value (json_object_get (item, "end")), ==,
                       (json_int_t) c->expected[i][1]);
      g_assert_null (json_object_get (item, "score"));
    }
  json_t *item = json_array_get (words, 1);
  g_assert_cmpint (json_integer_value (json_object_get (item, "head_start")), ==, c->head[0]);
  g_assert_cmpint (json_integer_value (json_object_get (item, "head_end")), ==, c->head[1]);
  /* The document's own features are not changed by the conversion. */
  g_assert_cmpint (json_integer_value (json_object_get (features, "head_start")), ==, 11);
}

/* Index of the character at each byte of @text, in code points and UTF-16 units, by a
 * method independent of the one under test. */
static void
reference_offsets (const char *text, gsize byte, gsize *codepoints, gsize *utf16)
{
  *codepoints = (gsize) g_utf8_pointer_to_offset (text, text + byte);
  glong n = 0;
  g_autofree gunichar2 *units = g_utf8_to_utf16 (text, (glong) byte, NULL, &n, NULL);
  g_assert_nonnull (units);
  *utf16 = (gsize) n;
}

/* An offset past the text is clamped to its end, in every unit and whatever the text: the
 * shortcut for bytes and for ASCII text (nothing to convert) too. */
static void
test_offset_map_clamps (void)
{
  static const struct {
    const char *text;
    gsize ends[3]; /* in code points, bytes, UTF-16 units */
  } cases[] = {
    { "hello", { 5, 5, 5 } },
    { "h\xc3\xa9llo", { 5, 6, 5 } },
    { CAFE_TEXT, { 9, 13, 10 } },
    { "", { 0, 0, 0 } },
  };
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (LectorDocument) doc = lector_document_new ("d", cases[i].text, -1, NULL);
      for (LectorOffsetUnit unit = LECTOR_OFFSETS_CODEPOINT; unit <= LECTOR_OFFSETS_UTF16; unit++)
        {
          g_autoptr (LectorOffsetMap) map = lector_offset_map_new (doc, unit);
          gsize length = strlen (cases[i].text);
          g_assert_cmpuint (lector_offset_map_convert (map, length), ==, cases[i].ends[unit]);
          g_assert_cmpuint (lector_offset_map_convert (map, length + 1), ==, cases[i].ends[unit]);
          g_assert_cmpuint (lector_offset_map_convert (map, 100), ==, cases[i].ends[unit]);
          g_assert_cmpuint (lector_offset_map_convert (map, G_MAXSIZE), ==, cases[i].ends[unit]);
        }
    }
}

/* A text long enough for many conversion blocks, with characters of every length
 * straddling block boundaries: every span converts like a direct count. */
static void
test_json_offsets_long_text (void)
{
  static const char *const pieces[] = { "a", "\xc3\xa9", "\xe2\x82\xac", "\xf0\x9f\x98\x80", " " };
  g_autoptr (GString) text = g_string_new (NULL);
  g_autoptr (GRand) rand = g_rand_new_with_seed (7);
  g_autoptr (GArray) starts = g_array_new (FALSE, FALSE, sizeof (gsize));
  for (int i = 0; i < 700; i++)
    {
      g_array_append_val (starts, text->len);
      g_string_append (text, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);
    }
  gsize end_of_text = text->len;
  g_array_append_val (starts, end_of_text);

  g_autoptr (LectorDocument) doc = lector_document_new ("long", text->str, (gssize) text->len,
                                                        NULL);
  g_assert_nonnull (doc);
  LectorLayer *layer = add_layer (doc, "chars");
  for (guint i = 0; i + 1 < starts->len; i++)
    {
      LectorSpan span = { g_array_index (starts, gsize, i), g_array_index (starts, gsize, i + 1) };
      json_t *features = json_pack ("{s:I}", "char_end", (json_int_t) span.end);
      g_assert_cmpint (lector_layer_add (layer, span, NULL, NAN, features, NULL), ==, (gssize) i);
    }

  g_autoptr (json_t) by_cp = lector_document_to_json (doc, LECTOR_OFFSETS_CODEPOINT);
  g_autoptr (json_t) by_u16 = lector_document_to_json (doc, LECTOR_OFFSETS_UTF16);
  g_autoptr (json_t) by_byte = lector_document_to_json (doc, LECTOR_OFFSETS_BYTE);
  json_t *cp = json_object_get (json_object_get (by_cp, "layers"), "chars");
  json_t *u16 = json_object_get (json_object_get (by_u16, "layers"), "chars");
  json_t *bytes = json_object_get (json_object_get (by_byte, "layers"), "chars");
  for (guint i = 0; i + 1 < starts->len; i++)
    {
      gsize start = g_array_index (starts, gsize, i), end = g_array_index (starts, gsize, i + 1);
      gsize cp_start, u16_start, cp_end, u16_end;
      reference_offsets (text->str, start, &cp_start, &u16_start);
      reference_offsets (text->str, end, &cp_end, &u16_end);
      g_assert_cmpint (json_integer_value (json_object_get (json_array_get (cp, i), "start")), ==,
                       (json_int_t) cp_start);
      g_assert_cmpint (json_integer_value (json_object_get (json_array_get (cp, i), "end")), ==,
                       (json_int_t) cp_end);
      g_assert_cmpint (json_integer_value (json_object_get (json_array_get (cp, i), "char_end")),
                       ==, (json_int_t) cp_end);
      g_assert_cmpint (json_integer_value (json_object_get (json_array_get (u16, i), "start")), ==,
                       (json_int_t) u16_start);
      g_assert_cmpint (json_integer_value (json_object_get (json_array_get (u16, i), "end")), ==,
                       (json_int_t) u16_end);
      g_assert_cmpint (json_integer_value (json_object_get (json_array_get (bytes, i), "start")),
                       ==, (json_int_t) start);
      g_assert_cmpint (json_integer_value (json_object_get (json_array_get (bytes, i), "end")),
                       ==, (json_int_t) end);
    }
}

/* Texts ending exactly on, just before and just after a conversion block boundary,
 * made of 4-byte characters shifted by 0 to 3 bytes so that a boundary falls at every
 * position inside a character. */
static void
test_json_offsets_block_edges (void)
{
  static const gsize lengths[] = { 62, 63, 64, 65, 66, 127, 128, 129, 130 };
  for (gsize l = 0; l < G_N_ELEMENTS (lengths); l++)
    for (gsize shift = 0; shift < 4; shift++)
      {
        g_autoptr (GString) text = g_string_new (NULL);
        g_string_append_len (text, "aaa", (gssize) shift);
        while (text->len + 4 <= lengths[l])
          g_string_append (text, "\xf0\x9f\x98\x80");
        while (text->len < lengths[l])
          g_string_append_c (text, 'a');
        g_autoptr (LectorDocument) doc = lector_document_new ("edge", text->str, -1, NULL);
        g_assert_nonnull (doc);
        LectorLayer *layer = add_layer (doc, "all");
        add (layer, 0, text->len, NULL);
        add (layer, text->len, text->len, NULL);
        gsize cp = 0, u16 = 0;
        reference_offsets (text->str, text->len, &cp, &u16);

        g_autoptr (json_t) by_u16 = lector_document_to_json (doc, LECTOR_OFFSETS_UTF16);
        json_t *all = json_object_get (json_object_get (by_u16, "layers"), "all");
        g_assert_cmpint (json_integer_value (json_object_get (json_array_get (all, 0), "end")),
                         ==, (json_int_t) u16);
        g_assert_cmpint (json_integer_value (json_object_get (json_array_get (all, 1), "start")),
                         ==, (json_int_t) u16);
        g_autoptr (json_t) by_cp = lector_document_to_json (doc, LECTOR_OFFSETS_CODEPOINT);
        all = json_object_get (json_object_get (by_cp, "layers"), "all");
        g_assert_cmpint (json_integer_value (json_object_get (json_array_get (all, 0), "end")),
                         ==, (json_int_t) cp);
      }
}

/* Integer "_start"/"_end" features are converted like spans; other features are copied
 * as they are; features named like the annotation's own fields are not written. */
static void
test_json_features (Fixture *fixture, gconstpointer data)
{
  LectorLayer *layer = add_layer (fixture->doc, "entities");
  json_t *features = json_pack ("{s:I, s:I, s:s, s:I, s:I, s:I, s:s, s:f, s:I, s:o, s:[i]}",
                                "head_start", (json_int_t) 6, "head_end", (json_int_t) 10,
                                "name_start", "not an offset", "count_start_x", (json_int_t) 10,
                                "start", (json_int_t) 99, "end", (json_int_t) 99, "label",
                                "FEATURE", "score", 9.5, "nested_end", (json_int_t) -1, "kb",
                                json_pack ("{s:s}", "id", "Q1"), "list", 10);
  LectorSpan span = { 3, 13 };
  g_assert_cmpint (lector_layer_add (layer, span, "LOC", 0.75, features, NULL), ==, 0);

  g_autoptr (json_t) root = lector_document_to_json (fixture->doc, LECTOR_OFFSETS_CODEPOINT);
  json_t *item = json_array_get (json_object_get (json_object_get (root, "layers"), "entities"), 0);
  g_assert_nonnull (item);
  g_assert_cmpint (json_integer_value (json_object_get (item, "start")), ==, 3);
  g_assert_cmpint (json_integer_value (json_object_get (item, "end")), ==, 9);
  g_assert_cmpstr (json_string_value (json_object_get (item, "label")), ==, "LOC");
  g_assert_cmpfloat (json_real_value (json_object_get (item, "score")), ==, 0.75);
  g_assert_cmpint (json_integer_value (json_object_get (item, "head_start")), ==, 5);
  g_assert_cmpint (json_integer_value (json_object_get (item, "head_end")), ==, 6);
  g_assert_cmpstr (json_string_value (json_object_get (item, "name_start")), ==, "not an offset");
  g_assert_cmpint (json_integer_value (json_object_get (item, "count_start_x")), ==, 10);
  g_assert_cmpint (json_integer_value (json_object_get (item, "nested_end")), ==, -1);
  g_assert_cmpstr (json_string_value (json_object_get (json_object_get (item, "kb"), "id")), ==,
                   "Q1");
  g_assert_cmpint (json_integer_value (json_array_get (json_object_get (item, "list"), 0)), ==,
                   10);
  /* start, end, label, score, head_start, head_end, name_start, count_start_x, nested_end,
   * kb, list */
  g_assert_cmpuint (json_object_size (item), ==, 11);
}

static void
test_json_layers_in_order (Fixture *fixture, gconstpointer data)
{
  const char *order[] = { "zeta", "alpha", "mid" };
  for (gsize i = 0; i < G_N_ELEMENTS (order); i++)
    add (add_layer (fixture->doc, order[i]), 0, 5, NULL);

  g_autoptr (json_t) root = lector_document_to_json (fixture->doc, LECTOR_OFFSETS_BYTE);
  json_t *layers = json_object_get (root, "layers");
  gsize i = 0;
  const char *key;
  json_t *value;
  json_object_foreach (layers, key, value)
  {
    g_assert_cmpuint (i, <, G_N_ELEMENTS (order));
    g_assert_cmpstr (key, ==, order[i]);
    g_assert_cmpuint (json_array_size (value), ==, 1);
    i++;
  }
  g_assert_cmpuint (i, ==, G_N_ELEMENTS (order));

  /* And in that order when written out. */
  g_autofree char *dump = json_dumps (layers, JSON_COMPACT);
  const char *zeta = strstr (dump, "\"zeta\""), *alpha = strstr (dump, "\"alpha\""),
             *mid = strstr (dump, "\"mid\"");
  g_assert_true (zeta != NULL && alpha != NULL && mid != NULL);
  g_assert_true (zeta < alpha && alpha < mid);
}

static void
test_json_meta_and_empty (Fixture *fixture, gconstpointer data)
{
  json_object_set_new (lector_document_get_meta (fixture->doc), "lang", json_string ("fr"));
  add_layer (fixture->doc, "nothing");

  g_autoptr (json_t) root = lector_document_to_json (fixture->doc, LECTOR_OFFSETS_CODEPOINT);
  g_assert_cmpstr (json_string_value (json_object_get (json_object_get (root, "meta"), "lang")),
                   ==, "fr");
  json_t *nothing = json_object_get (json_object_get (root, "layers"), "nothing");
  g_assert_true (json_is_array (nothing));
  g_assert_cmpuint (json_array_size (nothing), ==, 0);
  g_assert_cmpuint (json_object_size (root), ==, 4); /* id, text, meta, layers */
}

/* Bulk appends: the same checks as single adds, all or nothing, and they mix with adds. */
static void
test_append (Fixture *fixture, gconstpointer data)
{
  LectorLayer *layer = add_layer (fixture->doc, "bulk");
  g_autoptr (GError) error = NULL;
  const LectorSpan spans[] = { { 0, 1 }, { 1, 2 }, { 1, 3 } };
  const char *labels[] = { "a", NULL, "c" };
  g_assert_true (lector_layer_append (layer, spans, labels, G_N_ELEMENTS (spans), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (lector_layer_get_size (layer), ==, 3);
  g_assert_cmpstr (lector_layer_get_label (layer, 0), ==, "a");
  g_assert_null (lector_layer_get_label (layer, 1));
  g_assert_true (isnan (lector_layer_get_score (layer, 2)));

  /* Out of order with what is already there: refused, nothing added. */
  const LectorSpan before[] = { { 0, 0 } };
  g_assert_false (lector_layer_append (layer, before, NULL, 1, &error));
  g_assert_error (error, LECTOR_ERROR, LECTOR_ERROR_LAYER);
  g_clear_error (&error);
  /* Out of order inside the batch, or past the text: refused, nothing added. */
  const LectorSpan unordered[] = { { 3, 5 }, { 2, 3 } };
  g_assert_false (lector_layer_append (layer, unordered, NULL, 2, &error));
  g_clear_error (&error);
  const LectorSpan outside[] = { { 3, 5 }, { 5, 1000 } };
  g_assert_false (lector_layer_append (layer, outside, NULL, 2, &error));
  g_clear_error (&error);
  g_assert_cmpuint (lector_layer_get_size (layer), ==, 3);

  /* A scored add, then an append: the appended annotations have no score. */
  lector_layer_add (layer, (LectorSpan){ 2, 3 }, NULL, 0.5, NULL, &error);
  g_assert_no_error (error);
  const LectorSpan more[] = { { 3, 5 } };
  g_assert_true (lector_layer_append (layer, more, NULL, 1, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (lector_layer_get_size (layer), ==, 5);
  g_assert_cmpfloat (lector_layer_get_score (layer, 3), ==, 0.5);
  g_assert_true (isnan (lector_layer_get_score (layer, 4)));
}

/* The arrays are parallel to the spans and say what the per-index getters say; scores and
 * features are NULL until some annotation has one. */
static void
test_bulk_arrays (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  LectorLayer *layer = lector_document_add_layer (fixture->doc, "bulk", &error);
  g_assert_no_error (error);
  char buffer[8];
  strcpy (buffer, "b");
  lector_layer_add (layer, (LectorSpan){ 2, 3 }, buffer, NAN, NULL, &error);
  strcpy (buffer, "a");
  lector_layer_add (layer, (LectorSpan){ 0, 1 }, buffer, NAN, NULL, &error);
  lector_layer_add (layer, (LectorSpan){ 1, 2 }, NULL, NAN, NULL, &error);
  g_assert_no_error (error);
  g_assert_null (lector_layer_get_scores (layer));
  g_assert_null (lector_layer_get_all_features (layer));
  const char *const *labels = lector_layer_get_labels (layer);
  g_assert_cmpstr (labels[0], ==, "a");
  g_assert_null (labels[1]);
  g_assert_cmpstr (labels[2], ==, "b");

  lector_layer_add (layer, (LectorSpan){ 1, 1 }, "c", 0.5, json_pack ("{s:i}", "k", 1), &error);
  const LectorSpan more[] = { { 10, 11 }, { 11, 12 } };
  lector_layer_append (layer, more, (const char *const[]){ "d", NULL }, 2, &error);
  g_assert_no_error (error);
  gsize n = lector_layer_get_size (layer);
  g_assert_cmpuint (n, ==, 6);
  labels = lector_layer_get_labels (layer);
  const double *scores = lector_layer_get_scores (layer);
  json_t *const *features = lector_layer_get_all_features (layer);
  g_assert_nonnull (scores);
  g_assert_nonnull (features);
  for (gsize i = 0; i < n; i++)
    {
      g_assert_true (labels[i] == lector_layer_get_label (layer, i));
      double score = lector_layer_get_score (layer, i);
      g_assert_true ((isnan (scores[i]) && isnan (score)) || scores[i] == score);
      g_assert_true (features[i] == lector_layer_get_features (layer, i));
    }
  g_assert_cmpstr (labels[1], ==, "c");
  g_assert_cmpfloat (scores[1], ==, 0.5);
  g_assert_nonnull (features[1]);
  g_assert_null (features[5]);
}

/* meta.lang as a code or as langid's object; anything else is no language. */
static void
test_language (void)
{
  g_autoptr (LectorDocument) doc = lector_document_new ("d", "text", -1, NULL);
  json_t *meta = lector_document_get_meta (doc);

  g_assert_null (lector_document_get_language (doc));
  json_object_set_new (meta, "lang", json_string ("fr"));
  g_assert_cmpstr (lector_document_get_language (doc), ==, "fr");
  json_object_set_new (meta, "lang", json_pack ("{s:s, s:f}", "code", "de", "score", 0.9));
  g_assert_cmpstr (lector_document_get_language (doc), ==, "de");
  json_object_set_new (meta, "lang", json_pack ("{s:i}", "code", 5));
  g_assert_null (lector_document_get_language (doc));
  json_object_set_new (meta, "lang", json_integer (5));
  g_assert_null (lector_document_get_language (doc));
}

/* Case is ignored, a region or script is in a list of its language, not the other way. */
static void
test_language_in (void)
{
  const char *const en[] = { "fr", "en", NULL };
  const char *const en_gb[] = { "en-GB", NULL };

  g_assert_true (lector_language_in ("en", en));
  g_assert_true (lector_language_in ("EN", en));
  g_assert_true (lector_language_in ("en-GB", en));
  g_assert_true (lector_language_in ("en_US", en));
  g_assert_true (lector_language_in ("fr-CA", en));
  g_assert_false (lector_language_in ("de", en));
  g_assert_false (lector_language_in ("eng", en));
  g_assert_false (lector_language_in ("e", en));
  g_assert_false (lector_language_in ("", en));
  g_assert_true (lector_language_in ("en-gb", en_gb));
  g_assert_false (lector_language_in ("en", en_gb));
  g_assert_false (lector_language_in ("en-US", en_gb));
  g_assert_false (lector_language_in ("en", NULL));

  g_autoptr (GError) error = NULL;
  g_assert_true (lector_language_codes_check ("languages", en, &error));
  g_assert_no_error (error);
  g_assert_true (lector_language_codes_check ("languages", (const char *const[]){ "pt-BR", "zh_Hant", "und", NULL }, &error));
  g_assert_no_error (error);
  g_assert_false (lector_language_codes_check ("langs", (const char *const[]){ "en", "fr de", NULL }, &error));
  g_assert_error (error, LECTOR_ERROR, LECTOR_ERROR_CONFIG);
  g_assert_cmpstr (error->message, ==, "langs: 'fr de' is not a language code (separate the codes with ';', as in 'en; de')");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  /* One failure should not hide the results of the tests after it. */
  g_test_set_nonfatal_assertions ();

  g_test_add ("/document/new", Fixture, NULL, fixture_setup, test_new, fixture_teardown);
  g_test_add_func ("/document/new/copies", test_new_copies);
  g_test_add_func ("/document/new/empty", test_new_empty);
  for (gsize i = 0; i < G_N_ELEMENTS (bad_texts); i++)
    {
      g_autofree char *path = g_strdup_printf ("/document/invalid-text/%s", bad_texts[i].name);
      g_test_add_data_func (path, &bad_texts[i], test_invalid_text);
    }
  g_test_add_func ("/document/ref", test_ref);
  g_test_add_func ("/document/language", test_language);
  g_test_add_func ("/document/language-in", test_language_in);
  g_test_add ("/document/add-layer", Fixture, NULL, fixture_setup, test_add_layer,
              fixture_teardown);
  g_test_add ("/document/require-layer", Fixture, NULL, fixture_setup, test_require_layer,
              fixture_teardown);
  g_test_add ("/document/layer-names-order", Fixture, NULL, fixture_setup,
              test_layer_names_order, fixture_teardown);

  g_test_add ("/layer/sorted-inserts", Fixture, NULL, fixture_setup, test_sorted_inserts,
              fixture_teardown);
  g_test_add ("/layer/equal-spans-keep-order", Fixture, NULL, fixture_setup,
              test_equal_spans_keep_order, fixture_teardown);
  g_test_add_func ("/layer/random-inserts", test_random_inserts);
  g_test_add ("/layer/lower-bound", Fixture, NULL, fixture_setup, test_lower_bound,
              fixture_teardown);
  for (gsize i = 0; i < G_N_ELEMENTS (span_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/layer/span-check/%s", span_cases[i].name);
      g_test_add_data_func (path, &span_cases[i], test_span_check);
    }
  g_test_add ("/layer/labels-interned", Fixture, NULL, fixture_setup, test_labels_interned,
              fixture_teardown);
  g_test_add ("/layer/scores", Fixture, NULL, fixture_setup, test_scores, fixture_teardown);
  g_test_add ("/layer/scores/infinite", Fixture, NULL, fixture_setup, test_scores_infinite,
              fixture_teardown);
  g_test_add ("/layer/features", Fixture, NULL, fixture_setup, test_features, fixture_teardown);
  g_test_add ("/layer/bulk-arrays", Fixture, NULL, fixture_setup, test_bulk_arrays,
              fixture_teardown);
  g_test_add_func ("/layer/features-not-object", test_features_not_object);
  g_test_add_func ("/layer/features-dropped-on-precondition",
                   test_features_dropped_on_precondition);
  g_test_add_func ("/layer/index-out-of-range", test_index_out_of_range);

  g_test_add_func ("/json/offset-unit-from-string", test_offset_unit_from_string);
  for (gsize i = 0; i < G_N_ELEMENTS (offset_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/json/offsets/%s", offset_cases[i].name);
      g_test_add_data_func (path, &offset_cases[i], test_json_offsets);
    }
  g_test_add_func ("/json/offsets/clamped", test_offset_map_clamps);
  g_test_add_func ("/json/offsets/long-text", test_json_offsets_long_text);
  g_test_add_func ("/json/offsets/block-edges", test_json_offsets_block_edges);
  g_test_add ("/layer/append", Fixture, NULL, fixture_setup, test_append, fixture_teardown);
  g_test_add ("/json/features", Fixture, NULL, fixture_setup, test_json_features,
              fixture_teardown);
  g_test_add ("/json/layers-in-order", Fixture, NULL, fixture_setup, test_json_layers_in_order,
              fixture_teardown);
  g_test_add ("/json/meta-and-empty-layer", Fixture, NULL, fixture_setup,
              test_json_meta_and_empty, fixture_teardown);

  return g_test_run ();
}
