/* Tests of the segmentation engine (plugins/segment/segmenter.c).
 *
 * The golden cases live in tests/segment/CASE/ (format: tests/segment/README);
 * each becomes a test /segment/golden/CASE.  Every case is also checked for
 * the invariants the plugin relies on (spans sorted, on character boundaries,
 * without surrounding whitespace, sentences inside paragraphs).
 */
#include <locale.h>
#include <string.h>

#include <glib.h>

#include "segmenter.h"

/* ---- Golden files ---- */

/* "\n" "\t" "\r" and "\\" in expected lines stand for the characters. */
static char *
unescape (const char *line)
{
  GString *out = g_string_sized_new (strlen (line));

  for (const char *p = line; *p; p++)
    {
      if (*p == '\\' && p[1])
        {
          p++;
          switch (*p)
            {
            case 'n':
              g_string_append_c (out, '\n');
              break;
            case 't':
              g_string_append_c (out, '\t');
              break;
            case 'r':
              g_string_append_c (out, '\r');
              break;
            default:
              g_string_append_c (out, *p);
              break;
            }
        }
      else
        {
          g_string_append_c (out, *p);
        }
    }
  return g_string_free (out, FALSE);
}

static char *
escape (const char *s, gsize len)
{
  GString *out = g_string_sized_new (len);

  for (gsize i = 0; i < len; i++)
    {
      switch (s[i])
        {
        case '\n':
          g_string_append (out, "\\n");
          break;
        case '\t':
          g_string_append (out, "\\t");
          break;
        case '\r':
          g_string_append (out, "\\r");
          break;
        case '\\':
          g_string_append (out, "\\\\");
          break;
        default:
          g_string_append_c (out, s[i]);
          break;
        }
    }
  return g_string_free (out, FALSE);
}

/* Returns the lines of @dir/@name, unescaped, or NULL if there is no such file. */
static GPtrArray *
read_lines (const char *dir, const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *contents = NULL;
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) lines = NULL;
  GPtrArray *result;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    return NULL;
  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (contents, "\n", -1);
  result = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; lines[i]; i++)
    {
      /* The file's final newline does not start another line. */
      if (lines[i + 1] == NULL && lines[i][0] == '\0')
        break;
      g_ptr_array_add (result, unescape (lines[i]));
    }
  return result;
}

/* The options file: "paragraphs=line|blank", "abbreviations=A; B"; '#' starts a comment. */
static SegSegmenter *
load_segmenter (const char *dir)
{
  g_autoptr (GPtrArray) lines = read_lines (dir, "options");
  g_auto (GStrv) abbreviations = NULL;
  SegParagraphMode mode = SEG_PARAGRAPHS_LINE;

  for (guint i = 0; lines && i < lines->len; i++)
    {
      const char *line = g_ptr_array_index (lines, i);
      const char *eq = strchr (line, '=');
      g_autofree char *key = NULL;
      g_autofree char *value = NULL;

      if (line[0] == '#' || line[0] == '\0')
        continue;
      g_assert_nonnull (eq);
      key = g_strstrip (g_strndup (line, (gsize)(eq - line)));
      value = g_strstrip (g_strdup (eq + 1));
      if (g_str_equal (key, "paragraphs"))
        {
          g_assert_true (g_str_equal (value, "line") || g_str_equal (value, "blank"));
          mode = g_str_equal (value, "blank") ? SEG_PARAGRAPHS_BLANK : SEG_PARAGRAPHS_LINE;
        }
      else if (g_str_equal (key, "abbreviations"))
        {
          g_strfreev (abbreviations);
          abbreviations = g_strsplit (value, ";", -1);
          for (guint k = 0; abbreviations[k]; k++)
            g_strstrip (abbreviations[k]);
        }
      else
        {
          g_error ("%s/options: unknown key '%s'", dir, key);
        }
    }
  return seg_segmenter_new ((const char *const *)abbreviations, mode);
}

static GPtrArray *
range_texts (const char *text, const GArray *ranges)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < ranges->len; i++)
    {
      const SegRange *r = &g_array_index (ranges, SegRange, i);
      g_ptr_array_add (out, g_strndup (text + r->start, r->end - r->start));
    }
  return out;
}

static GPtrArray *
token_texts (const char *text, const GArray *tokens)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < tokens->len; i++)
    {
      const SegToken *t = &g_array_index (tokens, SegToken, i);
      g_autofree char *s = g_strndup (text + t->start, t->end - t->start);
      g_ptr_array_add (out, g_strdup_printf ("%s %s", seg_kind_to_string (t->kind), s));
    }
  return out;
}

/* Compares line by line; on a difference, prints it and every actual line
 * (escaped as in the golden files) and fails the test without stopping it. */
static void
compare (const char *dir, const char *what, const GPtrArray *expected, const GPtrArray *actual)
{
  guint n = MIN (expected->len, actual->len);
  guint i;

  for (i = 0; i < n; i++)
    if (!g_str_equal (g_ptr_array_index (expected, i), g_ptr_array_index (actual, i)))
      break;
  if (i == n && expected->len == actual->len)
    return;

  g_test_message ("%s/%s: %u expected, %u found; first difference at line %u:", dir, what,
                  expected->len, actual->len, i + 1);
  if (i < expected->len)
    {
      const char *e = g_ptr_array_index (expected, i);
      g_autofree char *esc = escape (e, strlen (e));
      g_test_message ("  expected: %s", esc);
    }
  if (i < actual->len)
    {
      const char *a = g_ptr_array_index (actual, i);
      g_autofree char *esc = escape (a, strlen (a));
      g_test_message ("  found:    %s", esc);
    }
  g_test_message ("all %s found:", what);
  for (guint k = 0; k < actual->len; k++)
    {
      const char *a = g_ptr_array_index (actual, k);
      g_autofree char *esc = escape (a, strlen (a));
      g_test_message ("  %s", esc);
    }
  g_test_fail ();
}

/* ---- Invariants ---- */

static gboolean
is_boundary (const char *text, gsize len, gsize offset)
{
  return offset == 0 || offset == len || ((guchar)text[offset] & 0xC0) != 0x80;
}

static gboolean
is_space_at (const char *text, gsize offset)
{
  gunichar c = g_utf8_get_char (text + offset);
  return g_unichar_isspace (c) || c == 0x200B || c == 0xFEFF;
}

static gboolean
is_space_before (const char *text, gsize offset)
{
  return offset > 0 && is_space_at (text, (gsize)(g_utf8_prev_char (text + offset) - text));
}

/* For valid UTF-8: spans are non-empty, sorted, disjoint, on character
 * boundaries and trimmed; tokens cover every non-space character and each lies
 * in exactly one sentence, each sentence in one paragraph. */
static void
check_invariants (const char *text, gsize len, const GArray *tokens, const GArray *paragraphs,
                  const GArray *sentences)
{
  const GArray *layers[] = { tokens, paragraphs, sentences };
  gsize covered = 0;
  guint s = 0, p = 0;

  for (guint l = 0; l < G_N_ELEMENTS (layers); l++)
    {
      gsize stride = g_array_get_element_size ((GArray *)layers[l]);
      gsize prev_end = 0;

      for (guint i = 0; i < layers[l]->len; i++)
        {
          const SegRange *r = (const SegRange *)(const void *)(layers[l]->data + i * stride);

          g_assert_cmpuint (r->start, <, r->end);
          g_assert_cmpuint (r->end, <=, len);
          g_assert_cmpuint (r->start, >=, prev_end);
          g_assert_true (is_boundary (text, len, r->start));
          g_assert_true (is_boundary (text, len, r->end));
          g_assert_false (is_space_at (text, r->start));
          g_assert_false (is_space_before (text, r->end));
          prev_end = r->end;
        }
    }

  for (guint i = 0; i < tokens->len; i++)
    {
      const SegToken *t = &g_array_index (tokens, SegToken, i);

      g_assert_cmpuint (t->kind, <, SEG_N_KINDS);
      /* Only whitespace between tokens. */
      for (const char *c = text + covered; c < text + t->start; c = g_utf8_next_char (c))
        {
          gunichar u = g_utf8_get_char (c);
          if (!(g_unichar_isspace (u) || g_unichar_iscntrl (u)
                || g_unichar_type (u) == G_UNICODE_FORMAT))
            g_error ("U+%04X at %" G_GSIZE_FORMAT " is in no token", u, (gsize)(c - text));
        }
      covered = t->end;
      while (s < sentences->len && g_array_index (sentences, SegRange, s).end <= t->start)
        s++;
      g_assert_cmpuint (s, <, sentences->len);
      g_assert_cmpuint (g_array_index (sentences, SegRange, s).start, <=, t->start);
      g_assert_cmpuint (t->end, <=, g_array_index (sentences, SegRange, s).end);
    }
  for (s = 0; s < sentences->len; s++)
    {
      const SegRange *r = &g_array_index (sentences, SegRange, s);

      while (p < paragraphs->len && g_array_index (paragraphs, SegRange, p).end <= r->start)
        p++;
      g_assert_cmpuint (p, <, paragraphs->len);
      g_assert_cmpuint (g_array_index (paragraphs, SegRange, p).start, <=, r->start);
      g_assert_cmpuint (r->end, <=, g_array_index (paragraphs, SegRange, p).end);
    }
}

typedef struct
{
  GArray *tokens;
  GArray *paragraphs;
  GArray *sentences;
} Result;

static void
segment (const SegSegmenter *seg, const char *text, gsize len, Result *r)
{
  r->tokens = g_array_new (FALSE, FALSE, sizeof (SegToken));
  r->paragraphs = g_array_new (FALSE, FALSE, sizeof (SegRange));
  r->sentences = g_array_new (FALSE, FALSE, sizeof (SegRange));
  seg_tokenize (seg, text, len, r->tokens);
  seg_paragraphs (seg, text, len, r->tokens, r->paragraphs);
  seg_sentences (seg, text, len, r->tokens, r->paragraphs, r->sentences);
}

static void
result_clear (Result *r)
{
  g_array_unref (r->tokens);
  g_array_unref (r->paragraphs);
  g_array_unref (r->sentences);
}

/* ---- Tests ---- */

static void
test_golden (gconstpointer data)
{
  const char *dir = data;
  g_autofree char *input_path = g_build_filename (dir, "input", NULL);
  g_autofree char *text = NULL;
  gsize len;
  g_autoptr (GError) error = NULL;
  SegSegmenter *seg;
  Result r;
  static const char *const layers[] = { "sentences", "paragraphs", "tokens" };
  guint checked = 0;

  g_file_get_contents (input_path, &text, &len, &error);
  g_assert_no_error (error);
  g_assert_true (g_utf8_validate (text, (gssize)len, NULL));

  seg = load_segmenter (dir);
  segment (seg, text, len, &r);
  check_invariants (text, len, r.tokens, r.paragraphs, r.sentences);

  for (guint i = 0; i < G_N_ELEMENTS (layers); i++)
    {
      g_autoptr (GPtrArray) expected = read_lines (dir, layers[i]);
      g_autoptr (GPtrArray) actual = NULL;

      if (!expected)
        continue;
      checked++;
      if (i == 0)
        actual = range_texts (text, r.sentences);
      else if (i == 1)
        actual = range_texts (text, r.paragraphs);
      else
        actual = token_texts (text, r.tokens);
      compare (dir, layers[i], expected, actual);
    }
  /* A case without expectations would pass silently. */
  g_assert_cmpuint (checked, >, 0);

  result_clear (&r);
  seg_segmenter_free (seg);
}

static void
test_empty (void)
{
  SegSegmenter *seg = seg_segmenter_new (NULL, SEG_PARAGRAPHS_LINE);
  const char *inputs[] = { "", " ", "\n\n", " \t\r\n\u00a0\u200b" };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      Result r;

      segment (seg, inputs[i], strlen (inputs[i]), &r);
      g_assert_cmpuint (r.tokens->len, ==, 0);
      g_assert_cmpuint (r.paragraphs->len, ==, 0);
      g_assert_cmpuint (r.sentences->len, ==, 0);
      result_clear (&r);
    }
  seg_segmenter_free (seg);
}

static void
test_kinds (void)
{
  static const char *const names[]
      = { "word", "number", "punct", "quote", "symbol", "url", "email" };

  g_assert_cmpuint (G_N_ELEMENTS (names), ==, SEG_N_KINDS);
  for (guint k = 0; k < SEG_N_KINDS; k++)
    g_assert_cmpstr (seg_kind_to_string ((SegKind)k), ==, names[k]);
}

/* Invalid UTF-8 must not make the engine read out of bounds (the host rejects
 * such documents, but the engine does not rely on it); under valgrind or ASan
 * this would show.  Truncated sequences at the very end matter most. */
static void
test_invalid_utf8 (void)
{
  SegSegmenter *seg = seg_segmenter_new (NULL, SEG_PARAGRAPHS_BLANK);
  static const char *const inputs[] = {
    "abc\xe2\x80", "abc.\xe2",       "\xff\xfe U.S\xc3", "www.x\xf0\x9f\x98", "a@b.c\xe2\x80",
    "Mr.\xc2",     "\xed\xa0\x80 x", "1,\xe2\x80\xa9",   "\xc0\xaf. Next.",
  };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      gsize len = strlen (inputs[i]);
      /* A copy of exactly @len bytes, so that a read past the end is caught by tools. */
      char *copy = g_memdup2 (inputs[i], len);
      Result r;

      segment (seg, copy, len, &r);
      for (guint k = 0; k < r.tokens->len; k++)
        g_assert_cmpuint (g_array_index (r.tokens, SegToken, k).end, <=, len);
      g_assert_cmpuint (r.sentences->len, >, 0);
      result_clear (&r);
      g_free (copy);
    }
  seg_segmenter_free (seg);
}

/* Random text from an alphabet of troublesome pieces: the invariants must hold. */
static void
test_random (void)
{
  static const char *const pieces[] = {
    "a",    "Z",    "é",      "e\u0301", "1",      "٣",      "中", "の",      " ",    "  ", "\n",
    "\r\n", "\n\n", "\t",     "\u00a0",  "\u200b", "\u2029", ".",  "...",     "…",    "?",  "!",
    "'",    "’",    "\"",     "“",       "”",      "«",      "»",  "(",       ")",    "-",  "—",
    ",",    ":",    "%",      "@",       "&",      "/",      "_",  "http://", "www.", "Mr", "U.S",
    "No",   "😀",    "\ufe0f", "\u200d",  "🇫",      "。",     "」", "$",
  };
  SegSegmenter *line = seg_segmenter_new (NULL, SEG_PARAGRAPHS_LINE);
  SegSegmenter *blank = seg_segmenter_new (NULL, SEG_PARAGRAPHS_BLANK);

  for (guint round = 0; round < 2000; round++)
    {
      GString *s = g_string_new (NULL);
      guint n = (guint)g_test_rand_int_range (0, 60);
      Result r;

      for (guint i = 0; i < n; i++)
        g_string_append (s, pieces[g_test_rand_int_range (0, G_N_ELEMENTS (pieces))]);
      segment (round % 2 ? line : blank, s->str, s->len, &r);
      check_invariants (s->str, s->len, r.tokens, r.paragraphs, r.sentences);
      result_clear (&r);
      g_string_free (s, TRUE);
    }
  seg_segmenter_free (line);
  seg_segmenter_free (blank);
}

/* Throughput (run with -m perf): the news-cairo text repeated to 16 MB, as one
 * document and as documents of its own size with the arrays reused. */
static void
test_throughput (gconstpointer data)
{
  const char *dir = data;
  g_autofree char *path = g_build_filename (dir, "news-cairo", "input", NULL);
  g_autofree char *one = NULL;
  gsize one_len;
  g_autoptr (GError) error = NULL;
  GString *text = g_string_new (NULL);
  SegSegmenter *seg = seg_segmenter_new (NULL, SEG_PARAGRAPHS_LINE);
  Result r;
  double whole = 0, docs = 0;

  g_file_get_contents (path, &one, &one_len, &error);
  g_assert_no_error (error);
  while (text->len < 16 * 1024 * 1024)
    {
      g_string_append (text, one);
      g_string_append_c (text, '\n');
    }
  segment (seg, "", 0, &r);
  for (guint round = 0; round < 5; round++)
    {
      double seconds;

      g_array_set_size (r.tokens, 0);
      g_array_set_size (r.paragraphs, 0);
      g_array_set_size (r.sentences, 0);
      g_test_timer_start ();
      seg_tokenize (seg, text->str, text->len, r.tokens);
      seg_paragraphs (seg, text->str, text->len, r.tokens, r.paragraphs);
      seg_sentences (seg, text->str, text->len, r.tokens, r.paragraphs, r.sentences);
      seconds = g_test_timer_elapsed ();
      whole = MAX (whole, text->len / seconds / 1e6);

      g_test_timer_start ();
      for (gsize offset = 0; offset + one_len <= text->len; offset += one_len + 1)
        {
          g_array_set_size (r.tokens, 0);
          g_array_set_size (r.paragraphs, 0);
          g_array_set_size (r.sentences, 0);
          seg_tokenize (seg, text->str + offset, one_len, r.tokens);
          seg_paragraphs (seg, text->str + offset, one_len, r.tokens, r.paragraphs);
          seg_sentences (seg, text->str + offset, one_len, r.tokens, r.paragraphs, r.sentences);
        }
      seconds = g_test_timer_elapsed ();
      docs = MAX (docs, text->len / seconds / 1e6);
    }
  g_test_message ("one 16 MB document: %.0f MB/s", whole);
  g_test_maximized_result (docs,
                           "segmentation (tokens, paragraphs, sentences) of %" G_GSIZE_FORMAT
                           "-byte documents: %.0f MB/s",
                           one_len, docs);
  result_clear (&r);
  seg_segmenter_free (seg);
  g_string_free (text, TRUE);
}

static int
compare_names (gconstpointer a, gconstpointer b)
{
  return strcmp (*(char *const *)a, *(char *const *)b);
}

int
main (int argc, char **argv)
{
  g_autofree char *golden = NULL;
  GDir *dir;
  const char *name;
  g_autoptr (GPtrArray) cases = g_ptr_array_new_with_free_func (g_free);

  /* Messages show the texts; GLib would print '?' for non-ASCII in the C locale. */
  if (!setlocale (LC_ALL, "") || !g_get_charset (NULL))
    setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  golden = g_test_build_filename (G_TEST_DIST, "segment", NULL);
  dir = g_dir_open (golden, 0, NULL);
  while (dir && (name = g_dir_read_name (dir)))
    {
      g_autofree char *input = g_build_filename (golden, name, "input", NULL);
      if (g_file_test (input, G_FILE_TEST_IS_REGULAR))
        g_ptr_array_add (cases, g_strdup (name));
    }
  if (dir)
    g_dir_close (dir);
  /* Without its data the test must fail, not pass with nothing checked. */
  if (cases->len == 0)
    g_error ("no golden cases in %s (is G_TEST_SRCDIR set?)", golden);
  g_ptr_array_sort (cases, compare_names);

  g_test_add_func ("/segment/kinds", test_kinds);
  g_test_add_func ("/segment/empty", test_empty);
  g_test_add_func ("/segment/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/segment/random", test_random);
  for (guint i = 0; i < cases->len; i++)
    {
      const char *c = g_ptr_array_index (cases, i);
      g_autofree char *test_path = g_strconcat ("/segment/golden/", c, NULL);

      g_test_add_data_func_full (test_path, g_build_filename (golden, c, NULL), test_golden,
                                 g_free);
    }
  if (g_test_perf ())
    g_test_add_data_func_full ("/segment/perf/throughput", g_strdup (golden), test_throughput,
                               g_free);

  return g_test_run ();
}
