/* The quote engine: direct, indirect and mixed quotations and their speakers,
 * found by rules over a segmented document and its named-entity mentions.
 *
 * The engine knows nothing of liblector: the plugin (quotes.c) hands it plain
 * arrays of byte ranges and gets plain structs back, so that tests and the
 * benchmark can drive it directly and the hot path stays plain C.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The token kinds of the segment plugin's `tokens` layer. */
typedef enum
{
  Q_TOKEN_WORD,
  Q_TOKEN_NUMBER,
  Q_TOKEN_PUNCT,
  Q_TOKEN_QUOTE,
  Q_TOKEN_SYMBOL,
  Q_TOKEN_OTHER, /* url, email, unknown labels */
} QTokenKind;

/* A half-open byte range; the same layout as LectorSpan. */
typedef struct
{
  gsize start;
  gsize end;
} QRange;

typedef enum
{
  Q_LABEL_PER,
  Q_LABEL_ORG,
  Q_LABEL_LOC,
  Q_LABEL_MISC,
  Q_LABEL_OTHER,
} QLabel;

/* One named-entity mention: a byte range, its label and the entity it belongs
 * to (an index into QInput.entities, or -1 when the mention names none). */
typedef struct
{
  gsize start;
  gsize end;
  QLabel label;
  int entity;
} QMention;

/* One entity: its id ("E3") and canonical name, both borrowed. */
typedef struct
{
  const char *id;
  const char *name;
  QLabel label;
} QEntity;

/* A document as the engine reads it.  Every array is sorted by start and
 * borrowed for the duration of q_quoter_extract(). */
typedef struct
{
  const char *text;
  gsize length;
  const QRange *tokens;
  const guint8 *token_kinds; /* QTokenKind per token */
  gsize n_tokens;
  const QRange *sentences;
  gsize n_sentences;
  const QRange *paragraphs; /* NULL: a line break between two sentences ends a paragraph */
  gsize n_paragraphs;
  const QMention *mentions;
  gsize n_mentions;
  const QEntity *entities;
  gsize n_entities;
} QInput;

typedef enum
{
  Q_QUOTE_DIRECT = 1 << 0,
  Q_QUOTE_INDIRECT = 1 << 1,
  Q_QUOTE_MIXED = 1 << 2,
} QQuoteType;

#define Q_NO_OFFSET G_MAXSIZE

/**
 * QQuote:
 * @start, @end: the quotation (with its marks for a direct quote)
 * @type: direct, indirect or mixed
 * @speaker: (nullable): the entity's canonical name or the speaker's own
 *   description ("the Arab ministers"); owned by the quote
 * @entity: the speaker's entity (index into QInput.entities) or -1
 * @speaker_start, @speaker_end: the speaker mention the cue governs, or
 *   Q_NO_OFFSET when there is none
 * @cue_start, @cue_end: the reporting expression, or Q_NO_OFFSET
 * @group: pieces of one quotation (a split quote, the paragraphs of a long
 *   one) share a group; groups count from 1 in document order
 */
typedef struct
{
  gsize start;
  gsize end;
  QQuoteType type;
  char *speaker;
  int entity;
  gsize speaker_start;
  gsize speaker_end;
  gsize cue_start;
  gsize cue_end;
  guint group;
} QQuote;

typedef struct _QQuoter QQuoter;

/* Builds the word lists once; the result is read-only and may be shared by threads. */
QQuoter *q_quoter_new (void);
void q_quoter_free (QQuoter *quoter);

/**
 * q_quoter_extract:
 * @types: the QQuoteType bits to report
 * @quotes: an array of QQuote (see q_quotes_new()) that receives the quotes in
 *   (start, end) order
 *
 * Finds the quotations of @input.  Never fails: input it cannot read (a range
 * outside the text, unsorted tokens) yields fewer quotes, not a crash.
 */
void q_quoter_extract (const QQuoter *quoter, const QInput *input, guint types, GArray *quotes);

/* An empty GArray of QQuote whose clear function frees each speaker. */
GArray *q_quotes_new (void);

const char *q_quote_type_to_string (QQuoteType type);

G_END_DECLS
