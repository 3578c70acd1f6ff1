/* The segmentation engine of the segment plugin: tokens, sentences and paragraphs.
 *
 * Plain C over GArrays, GLib only: no dependency on liblector, so the engine
 * can be tested and benchmarked on its own.  Every symbol here is private to
 * the plugin (the module exports only its descriptor).
 *
 * All offsets are byte offsets into UTF-8 text.  For valid UTF-8 input (which
 * lector_document_new() guarantees) every span starts and ends on a character
 * boundary; invalid bytes never make the engine read out of bounds, each one
 * is then read as U+FFFD of length 1.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * SegKind:
 * What a token is.  seg_kind_to_string() gives the layer label.
 *
 * @SEG_WORD: letters of any script with marks and digits, joined across inner
 *   hyphens (post-conflict), apostrophes (don't, Netanyahu’s), dots between
 *   letters (U.S., e.g.); an abbreviation keeps its final period ("Mr.")
 * @SEG_NUMBER: digits with inner separators (3.5, 1,000,000, 12:30, 24/7,
 *   1990-2000) and an optional trailing "%" (50%)
 * @SEG_PUNCT: punctuation; runs of "." (...), of "?" and "!" (?!), of "-" and
 *   of "_" are one token
 * @SEG_QUOTE: one quotation mark (" ' “ ” ‘ ’ « » „ ‚ ‹ › 「 」 …)
 * @SEG_SYMBOL: symbols, currency signs, emoji (with their modifiers)
 * @SEG_URL: http://, https://, ftp:// or www. addresses
 * @SEG_EMAIL: e-mail addresses
 */
typedef enum
{
  SEG_WORD = 0,
  SEG_NUMBER,
  SEG_PUNCT,
  SEG_QUOTE,
  SEG_SYMBOL,
  SEG_URL,
  SEG_EMAIL,
  SEG_N_KINDS,
} SegKind;

/**
 * SegTokenFlags:
 * Facts the tokenizer already knows and the sentence splitter needs, so that
 * it never decodes the text again.
 *
 * @SEG_TOKEN_UPPER: a word whose first letter is upper or title case
 * @SEG_TOKEN_LOWER: a word whose first letter is lower case
 * @SEG_TOKEN_TERMINATOR: "." "..." "…" "?" "!" "?!" and the full stops of
 *   other scripts (。！？ ؟ ۔ । …)
 * @SEG_TOKEN_PERIOD: the terminator is a single "."
 * @SEG_TOKEN_ABBREV: a word ending in the period of an abbreviation that may
 *   also end a sentence (U.S., etc., Inc., Jan., an initial "F.")
 * @SEG_TOKEN_PREFIX: a word ending in the period of an abbreviation that is
 *   always followed by what it qualifies (Mr., Dr., Gen., e.g., No. 5)
 * @SEG_TOKEN_OPEN: an opening bracket ( [ { …
 * @SEG_TOKEN_CLOSE: a closing bracket ) ] } …
 * @SEG_TOKEN_CONTINUE: punctuation that cannot start a sentence: , ; : 、，
 * @SEG_TOKEN_BREAK: a line break in the whitespace before the token (after the
 *   token before it): LF, VT, CR not before LF, NEL, LINE SEPARATOR; a form feed
 *   or a PARAGRAPH SEPARATOR counts as two
 * @SEG_TOKEN_BLANK: two line breaks or more there (a blank line); set with
 *   @SEG_TOKEN_BREAK
 */
typedef enum
{
  SEG_TOKEN_UPPER = 1 << 0,
  SEG_TOKEN_LOWER = 1 << 1,
  SEG_TOKEN_TERMINATOR = 1 << 2,
  SEG_TOKEN_PERIOD = 1 << 3,
  SEG_TOKEN_ABBREV = 1 << 4,
  SEG_TOKEN_PREFIX = 1 << 5,
  SEG_TOKEN_OPEN = 1 << 6,
  SEG_TOKEN_CLOSE = 1 << 7,
  SEG_TOKEN_CONTINUE = 1 << 8,
  SEG_TOKEN_BREAK = 1 << 9,
  SEG_TOKEN_BLANK = 1 << 10,
} SegTokenFlags;

/** SegToken: a token: [start, end) in bytes, its SegKind and SegTokenFlags. */
typedef struct
{
  gsize start;
  gsize end;
  guint8 kind;
  guint16 flags;
} SegToken;

/** SegRange: a sentence or paragraph: [start, end) in bytes, without surrounding whitespace. */
typedef struct
{
  gsize start;
  gsize end;
} SegRange;

/**
 * SegParagraphMode:
 * @SEG_PARAGRAPHS_LINE: every line break ends a paragraph
 * @SEG_PARAGRAPHS_BLANK: only a blank (or whitespace-only) line ends one, so
 *   that hard-wrapped text keeps its sentences whole
 *
 * In both modes U+2029 PARAGRAPH SEPARATOR and form feed end a paragraph.
 */
typedef enum
{
  SEG_PARAGRAPHS_LINE = 0,
  SEG_PARAGRAPHS_BLANK,
} SegParagraphMode;

/**
 * SegSegmenter:
 * The configuration and word lists of a segmenter.  Immutable once made, so
 * one segmenter may be used from many threads at once.
 */
typedef struct _SegSegmenter SegSegmenter;

/**
 * seg_segmenter_new:
 * @abbreviations: (nullable): extra abbreviations, without their final period
 *   ("Amb", "Brig"; a final period is ignored), added to the built-in list;
 *   they are treated like "Inc." (they may end a sentence when a typical
 *   sentence opener follows).  Entries of 64 bytes or more are ignored.
 * @mode: where paragraphs end
 *
 * Returns: (transfer full): a new segmenter; free it with seg_segmenter_free()
 */
SegSegmenter *seg_segmenter_new (const char *const *abbreviations, SegParagraphMode mode);

void seg_segmenter_free (SegSegmenter *seg);

/** seg_kind_to_string: Returns: the label of @kind ("word", "number", …), static. */
const char *seg_kind_to_string (SegKind kind);

/**
 * seg_tokenize:
 * Appends the tokens of @text to @tokens (an array of SegToken), in order and
 * without overlap.  Every character that is not whitespace (or an invisible
 * format character such as U+200B) belongs to exactly one token.
 */
void seg_tokenize (const SegSegmenter *seg, const char *text, gsize len, GArray *tokens);

/**
 * seg_paragraphs:
 * @tokens: the result of seg_tokenize() on the same text
 *
 * Appends the paragraphs of @text to @paragraphs (an array of SegRange): each
 * runs from its first token to its last one; text without tokens (blank
 * lines) makes no paragraph.
 */
void seg_paragraphs (const SegSegmenter *seg, const char *text, gsize len, const GArray *tokens,
                     GArray *paragraphs);

/**
 * seg_sentences:
 * @tokens: the result of seg_tokenize() on the same text
 * @paragraphs: the result of seg_paragraphs() on the same text and tokens
 *
 * Appends the sentences of @text to @sentences (an array of SegRange).  Every
 * token belongs to exactly one sentence and no sentence crosses a paragraph
 * boundary.
 */
void seg_sentences (const SegSegmenter *seg, const char *text, gsize len, const GArray *tokens,
                    const GArray *paragraphs, GArray *sentences);

G_END_DECLS
