/* Language identification over a LidModel: text -> per-language scores -> decision.
 *
 * Scores are additive: the scores of two texts added together are the scores
 * of the two texts joined, so a document's language comes from its paragraphs'
 * scores without reading the text twice.
 */
#pragma once

#include "lid-model.h"

G_BEGIN_DECLS

/* Per-order sums of the quantized gains of the n-grams seen, and the number of
 * letter positions by their longest available order.  About 6 KB: callers keep
 * it on the stack or in per-call memory (the model is shared by threads). */
typedef struct
{
  gint64 acc[LID_MAX_ORDER + 1][LID_DENSE_WIDTH]; /* 64-bit: a paragraph of megabytes overflows 32 */
  guint32 n_pos[LID_MAX_ORDER + 1];
  guint32 n_letters; /* letters scored */
  guint32 n_known;   /* of those, letters some language of the model uses */
} LidScores;

#define LID_N_ALTERNATIVES 3

typedef struct
{
  int lang; /* index in the model, or -1 */
  double prob;
} LidCandidate;

typedef struct
{
  int lang;    /* the language, or -1 for "und" (no letters, or too few) */
  double prob; /* its posterior probability among the allowed languages */
  gboolean reliable;
  guint n_alternatives;
  LidCandidate alternatives[LID_N_ALTERNATIVES]; /* the runners-up, best first */
} LidResult;

void lid_scores_clear (LidScores *scores);
/* Adds @src into @dst (both over the same model). */
void lid_scores_merge (LidScores *dst, const LidScores *src, guint n_langs);

/**
 * lid_scores_add_text:
 * Scores the letters of @text (UTF-8, @length bytes) into @scores.  Letters are
 * lower-cased; n-grams never span a non-letter; whitespace-separated tokens
 * that look like URLs, e-mail addresses or @handles are skipped.
 */
void lid_scores_add_text (const LidModel *model, LidScores *scores, const char *text, gsize length);

/**
 * lid_decide:
 * @allowed: (nullable): lid_model_n_languages() flags, nonzero for the
 *   languages that may be chosen; %NULL allows all
 * @min_letters: fewer known letters than this give "und"
 *
 * Picks the most probable allowed language.
 */
void lid_decide (const LidModel *model, const LidScores *scores, const guint8 *allowed,
                 guint min_letters, LidResult *result);

G_END_DECLS
