/* Fuzz target: the segmentation engine (plugins/segment/segmenter.c) on arbitrary bytes,
 * checked against what segmenter.h promises.
 *
 * Input: byte 0: bit 0 the paragraph mode (line, blank); bit 1: extra abbreviations
 * follow, up to the first newline, separated by ';'; bit 2: make the text valid UTF-8
 * first (fuzz_make_utf8), otherwise it is passed as it is (the engine must stay in bounds
 * on invalid UTF-8, reading each bad byte as U+FFFD).  The rest is the text.
 *
 * Checks: tokens are in order, do not overlap and lie in the text; paragraphs and
 * sentences each run from a token's start to a token's end, cover every token exactly
 * once, and no sentence crosses a paragraph.  For valid UTF-8 also: every span is on
 * character boundaries and every character outside the tokens is whitespace or an
 * invisible format character. */
#include <string.h>

#include "fuzz.h"
#include "segmenter.h"

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  fuzz_setup ();
  return 0;
}

/* The characters the engine leaves out of tokens (CC_SPACE in segmenter.c). */
static gboolean
is_gap_character (gunichar c)
{
  if (c < 0x21 || c == 0x7F)
    return TRUE;
  switch (c)
    {
    case 0x200B:
    case 0x2060:
    case 0xFEFF:
    case 0x200E:
    case 0x200F:
    case 0x180E:
      return TRUE;
    default:
      break;
    }
  if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069))
    return TRUE;
  switch (g_unichar_type (c))
    {
    case G_UNICODE_SPACE_SEPARATOR:
    case G_UNICODE_LINE_SEPARATOR:
    case G_UNICODE_PARAGRAPH_SEPARATOR:
    case G_UNICODE_CONTROL:
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
on_boundary (const char *text, gsize len, gsize offset)
{
  return offset == 0 || offset == len || (((guchar)text[offset]) & 0xC0) != 0x80;
}

/* Ranges that partition the tokens: each starts at the start of the token after the
 * previous range and ends at the end of one of its tokens. */
static void
check_partition (const char *what, const GArray *ranges, const GArray *tokens)
{
  const SegToken *t = (const SegToken *)(const void *)tokens->data;
  gsize ti = 0;
  for (guint k = 0; k < ranges->len; k++)
    {
      const SegRange *r = &g_array_index (ranges, SegRange, k);
      FUZZ_CHECK (ti < tokens->len, "%s %u [%zu, %zu) after the last token", what, k, r->start,
                  r->end);
      FUZZ_CHECK (r->start == t[ti].start, "%s %u starts at %zu, not at token %zu (%zu)", what, k,
                  r->start, ti, t[ti].start);
      while (ti < tokens->len && t[ti].end < r->end)
        ti++;
      FUZZ_CHECK (ti < tokens->len && t[ti].end == r->end,
                  "%s %u [%zu, %zu) does not end at a token's end", what, k, r->start, r->end);
      ti++;
    }
  FUZZ_CHECK (ti == tokens->len, "%zu tokens after the last of the %u %s", tokens->len - ti,
              ranges->len, what);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  if (size == 0)
    return 0;
  guint options = data[0];
  const uint8_t *p = data + 1, *end = data + size;

  g_auto (GStrv) abbreviations = NULL;
  if (options & 2)
    {
      const uint8_t *nl = memchr (p, '\n', (size_t)(end - p));
      const uint8_t *stop = nl != NULL ? nl : end;
      g_autofree char *list = g_strndup ((const char *)p, (gsize)(stop - p));
      abbreviations = g_strsplit (list, ";", -1);
      p = nl != NULL ? nl + 1 : end;
    }

  g_autofree char *made = NULL;
  const char *text = (const char *)p;
  gsize len = (gsize)(end - p);
  if (options & 4)
    text = made = fuzz_make_utf8 (p, len, &len);
  gboolean valid = g_utf8_validate_len (text, len, NULL);

  SegSegmenter *seg
      = seg_segmenter_new ((const char *const *)abbreviations,
                           (options & 1) ? SEG_PARAGRAPHS_BLANK : SEG_PARAGRAPHS_LINE);
  g_autoptr (GArray) tokens = g_array_new (FALSE, FALSE, sizeof (SegToken));
  g_autoptr (GArray) paragraphs = g_array_new (FALSE, FALSE, sizeof (SegRange));
  g_autoptr (GArray) sentences = g_array_new (FALSE, FALSE, sizeof (SegRange));
  seg_tokenize (seg, text, len, tokens);
  seg_paragraphs (seg, text, len, tokens, paragraphs);
  seg_sentences (seg, text, len, tokens, paragraphs, sentences);

  const SegToken *t = (const SegToken *)(const void *)tokens->data;
  gsize previous_end = 0;
  for (guint i = 0; i < tokens->len; i++)
    {
      FUZZ_CHECK (t[i].start >= previous_end && t[i].start < t[i].end && t[i].end <= len,
                  "token %u [%zu, %zu) overlaps, is empty or leaves the text (%zu bytes)", i,
                  t[i].start, t[i].end, len);
      FUZZ_CHECK (t[i].kind < SEG_N_KINDS, "token %u has kind %u", i, t[i].kind);
      if (valid)
        {
          FUZZ_CHECK (on_boundary (text, len, t[i].start) && on_boundary (text, len, t[i].end),
                      "token %u [%zu, %zu) splits a character", i, t[i].start, t[i].end);
          for (const char *q = text + previous_end; q < text + t[i].start; q = g_utf8_next_char (q))
            FUZZ_CHECK (is_gap_character (g_utf8_get_char (q)), "U+%04X at byte %zu is in no token",
                        g_utf8_get_char (q), (gsize)(q - text));
        }
      previous_end = t[i].end;
    }
  if (valid)
    for (const char *q = text + previous_end; q < text + len; q = g_utf8_next_char (q))
      FUZZ_CHECK (is_gap_character (g_utf8_get_char (q)), "U+%04X at byte %zu is in no token",
                  g_utf8_get_char (q), (gsize)(q - text));

  FUZZ_CHECK ((paragraphs->len == 0) == (tokens->len == 0), "%u paragraphs for %u tokens",
              paragraphs->len, tokens->len);
  check_partition ("paragraph", paragraphs, tokens);
  check_partition ("sentence", sentences, tokens);
  guint pi = 0;
  for (guint k = 0; k < sentences->len; k++)
    {
      const SegRange *s = &g_array_index (sentences, SegRange, k);
      while (pi < paragraphs->len && g_array_index (paragraphs, SegRange, pi).end < s->end)
        pi++;
      FUZZ_CHECK (pi < paragraphs->len
                      && g_array_index (paragraphs, SegRange, pi).start <= s->start,
                  "sentence %u [%zu, %zu) crosses a paragraph boundary", k, s->start, s->end);
    }

  seg_segmenter_free (seg);
  return 0;
}
