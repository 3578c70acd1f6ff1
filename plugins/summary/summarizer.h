/* The extractive summarization engine of the summary plugin.
 *
 * Plain C over arrays, GLib only: no dependency on liblector, so the engine can
 * be tested, benchmarked and tuned (bench/summary/) on its own.  Every symbol
 * here is private to the plugin (the module exports only its descriptor).
 *
 * The method (README.md beside this file has the figures):
 *  1. every sentence gets a score from language-independent features: its
 *     length, its centrality (cosine of its term vector with the rest of the
 *     document, terms weighted by inverse sentence frequency, so function words
 *     of any language weigh little), its topic signature (how much of it is
 *     made of terms the document repeats), its share of numbers, and whether
 *     at least half of its words are quoted (direct speech, not a quoted phrase);
 *  2. news puts its point first, so only the first k + 1 sentences that have
 *     enough words compete for k places (k from the budget); the best-scored
 *     of them are taken in score order, skipping any sentence that repeats
 *     the words of one already taken or shares too many of its word trigrams
 *     with those taken (redundancy control);
 *  3. the chosen sentences come back in document order.
 *
 * All offsets are byte offsets into UTF-8 text.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/** SummRange: a half-open byte range [start, end) of the text. */
typedef struct
{
  gsize start;
  gsize end;
} SummRange;

/**
 * SummTokenKind:
 * The token kinds the engine distinguishes (the segment plugin's labels).
 * @SUMM_TOKEN_OTHER: punctuation, symbols, URLs, e-mail addresses
 * @SUMM_TOKEN_WORD: a word: a term, counted in lengths and budgets
 * @SUMM_TOKEN_NUMBER: a number: a term, counted like a word
 * @SUMM_TOKEN_QUOTE: a quotation mark
 */
typedef enum
{
  SUMM_TOKEN_OTHER = 0,
  SUMM_TOKEN_WORD,
  SUMM_TOKEN_NUMBER,
  SUMM_TOKEN_QUOTE,
} SummTokenKind;

/** SummToken: a token: its range and its SummTokenKind. */
typedef struct
{
  gsize start;
  gsize end;
  guint kind;
} SummToken;

/**
 * SummInput:
 * One segmented document.  The arrays are sorted by start and not modified.
 * @quotes is optional (NULL, 0): the direct quotations of a quotes stage.  A
 * word inside one counts as quoted, as do words between quotation marks.
 */
typedef struct
{
  const char *text;
  gsize length;
  const SummRange *sentences;
  gsize n_sentences;
  const SummToken *tokens;
  gsize n_tokens;
  const SummRange *quotes;
  gsize n_quotes;
} SummInput;

/** SummBudgetKind: what bounds the summary's length. */
typedef enum
{
  SUMM_BUDGET_SENTENCES = 0,
  SUMM_BUDGET_WORDS,
  SUMM_BUDGET_RATIO,
} SummBudgetKind;

/**
 * SummBudget:
 * @kind: which of the fields applies
 * @sentences: at most this many sentences (>= 1)
 * @words: at most this many words (>= 1); a summary is never empty while the
 *   document has a sentence with words, so when no sentence fits, the best one
 *   is returned alone
 * @ratio: at most this share (0 < ratio <= 1) of the document's words, with
 *   the same rule as @words
 */
typedef struct
{
  SummBudgetKind kind;
  guint sentences;
  guint words;
  double ratio;
} SummBudget;

/**
 * SummWeights:
 * The scoring function and its window.  summ_weights_default() holds the
 * values chosen by cross-validation (bench/summary/tune.py); the others exist
 * so that the tuning tool can try alternatives through the same code.
 */
typedef struct
{
  double length;     /* per 30 words of the sentence */
  double centrality; /* cosine with the rest of the document, 0..1 */
  double signature;  /* repeated-term weight per word */
  double numbers;    /* share of numbers among the words */
  double quote;      /* 1 when at least half of the sentence's words are quoted */
  guint min_words;   /* shorter sentences are chosen only when too few are long enough */
  guint window;      /* extra sentences beyond the budget that compete for a place */
  double redundancy; /* largest share of a sentence's word trigrams that may already be in
                      * the summary; 0: one shared trigram excludes it */
} SummWeights;

/** summ_weights_default: Returns: (transfer none): the tuned weights. */
const SummWeights *summ_weights_default (void);

/**
 * SummPick:
 * One chosen sentence.
 * @sentence: its index in SummInput.sentences
 * @rank: 1 for the sentence chosen first (the best), 2 for the next, …
 * @score: its score (higher is better; comparable within one document)
 * @words: its number of word and number tokens
 */
typedef struct
{
  gsize sentence;
  guint rank;
  double score;
  guint words;
} SummPick;

/**
 * summ_summarize:
 * @input: the document
 * @budget: the length bound
 * @weights: (nullable): the scoring function, %NULL for summ_weights_default()
 * @picks: (out): a GArray of SummPick, emptied first, filled in document order
 *
 * Chooses the summary sentences.  Sentences without any word are never
 * chosen; two sentences with the same words, or sharing a word trigram, are
 * never both chosen.  Safe to call from many threads at once.
 *
 * Returns: the number of words of the summary (the sum of the picks' words)
 */
guint summ_summarize (const SummInput *input, const SummBudget *budget, const SummWeights *weights,
                      GArray *picks);

G_END_DECLS
