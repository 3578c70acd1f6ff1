/* Language identification over a LidModel: text -> per-language scores -> decision.
 *
 * Scores are additive: the scores of two texts added together are the scores
 * of the two texts joined, so a document's language comes from its paragraphs'
 * scores without reading the text twice.
 */
#pragma once

#include "lid-model.h"

G_BEGIN_DECLS

typedef struct _LidGroups LidGroups; /* lid-groups.h */

/* Per-order sums of the quantized gains of the n-grams seen, and the number of
 * letter positions by their longest available order.  About 9 KB: callers keep
 * it on the stack or in per-call memory (the model is shared by threads). */
typedef struct
{
  /* Whole numbers, held in doubles: exact up to 2^53 (a paragraph of megabytes
   * overflows 32 bits), and converted to and summed with vector instructions. */
  double acc[LID_MAX_ORDER + 1][LID_DENSE_WIDTH];
  guint32 n_pos[LID_MAX_ORDER + 1];
  guint32 n_letters; /* letters scored */
  guint32 n_known;   /* of those, letters some language of the model uses */
  /* The second stage (lid-groups.h): per group and member, the summed word
   * evidence, in units of the groups file's scale; and the words read.  In 64
   * bits: a document's sum (a few hundred MB in one group) outgrows 32. */
  gint64 group[16][3];
  guint32 n_group_words;
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

/**
 * lid_decide_groups:
 * lid_decide(), then, with @groups and word evidence in @scores (see
 * lid_groups_add_text()), the members of the winner's group re-ranked by it.
 */
void lid_decide_groups (const LidModel *model, const LidGroups *groups, const LidScores *scores,
                        const guint8 *allowed, guint min_letters, LidResult *result);

/**
 * lid_detect:
 * The whole detection of one text: clears @scores, scores @text, decides and,
 * when @groups is not %NULL and the winner has a close relative among the
 * runners-up, reads the text's words too and decides again.
 */
void lid_detect (const LidModel *model, const LidGroups *groups, LidScores *scores,
                 const char *text, gsize length, const guint8 *allowed, guint min_letters,
                 LidResult *result);

/* Whether @text is mostly in scripts other than Latin: then its ASCII letters
 * (names, brands, markup in Latin letters) are not read, by either stage.  A
 * language that has seen a few Latin letters (the UDHR of Uyghur has a Latin
 * version) would otherwise take a Hindi or Urdu text with English words in it. */
gboolean lid_text_skips_ascii (const char *text, gsize length);

/* Whether the whitespace-separated token [p, end) is a URL, an e-mail address
 * or a @handle: both stages skip those. */
gboolean lid_token_is_address (const char *p, const char *end);

G_END_DECLS
