/* Scoring text against the langid model, and choosing a language.
 *
 * Each language is a back-off character language model (see
 * train/langid-train.py): the log-probability of a letter given the up to four
 * letters before it in its word is base[e] (e: the longest order available
 * there) plus the gains of the n-grams ending at the letter that the language
 * has seen.  So a text costs, per letter, up to five hash lookups and one
 * addition per posting, and nothing per language that has not seen the n-gram:
 * the per-language constants are added once, at the end, weighted by counts.
 */
#include "lid-detect.h"
#include "lid-groups.h"

#include <math.h>
#include <string.h>

/* Posteriors are a softmax of the summed log-likelihoods times this factor:
 * the letters of a text are not independent, so the raw likelihood ratio is
 * far too sure of itself. */
#define LID_TEMPERATURE 0.1

/* exp() below this is 0 for our purposes (and costs as much as the rest). */
#define LID_NEGLIGIBLE -40.0

/* A result is "reliable" when the winner has at least this posterior and the
 * text at least this many known letters. */
#define LID_RELIABLE_PROB    0.9
#define LID_RELIABLE_LETTERS 12

void
lid_scores_clear (LidScores *scores)
{
  memset (scores, 0, sizeof *scores);
}

/* lid_scores_clear() but for the sums, which add_text (fresh) overwrites. */
static void
clear_counts (LidScores *scores)
{
  memset (scores->acc[0], 0, sizeof scores->acc[0]);
  memset (scores->n_pos, 0, sizeof *scores - G_STRUCT_OFFSET (LidScores, n_pos));
}

void
lid_scores_merge (LidScores *dst, const LidScores *src, guint n_langs)
{
  for (guint n = 0; n <= LID_MAX_ORDER; n++)
    {
      for (guint l = 0; l < MIN (n_langs, LID_DENSE_WIDTH); l++)
        dst->acc[n][l] += src->acc[n][l];
      dst->n_pos[n] += src->n_pos[n];
    }
  for (guint g = 0; g < G_N_ELEMENTS (dst->group); g++)
    for (guint m = 0; m < G_N_ELEMENTS (dst->group[0]); m++)
      dst->group[g][m] += src->group[g][m];
  dst->n_group_words += src->n_group_words;
  dst->n_letters += src->n_letters;
  dst->n_known += src->n_known;
}

static inline gboolean
is_space (guchar c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* Their letters say nothing about the language of the text around them. */
gboolean
lid_token_is_address (const char *p, const char *end)
{
  gsize len = (gsize)(end - p);

  if (len >= 4 && (g_ascii_strncasecmp (p, "www.", 4) == 0))
    return TRUE;
  for (const char *q = p; q < end; q++)
    {
      if (*q == '@')
        return TRUE;
      if (*q == ':' && end - q >= 3 && q[1] == '/' && q[2] == '/')
        return TRUE;
    }
  return FALSE;
}

gboolean
lid_text_skips_ascii (const char *text, gsize length)
{
  const guchar *p = (const guchar *)text, *end = p + length;
  gsize ascii = 0, other = 0;

  /* From the UTF-8 lead bytes alone: 2-byte U+0380..07FF (Greek to NKo), 3-byte
   * U+0800..1FFF but U+1E00..1EFF (Latin Extended Additional: Vietnamese), and
   * U+3040..DFFF (kana, CJK, Hangul, ...).  Punctuation and symbols (U+2000..
   * 303F), compatibility forms and the 4-byte planes (emoji) count for neither. */
  /* Most texts have no letter of another script: find the first lead byte that
   * could be one, eight bytes at a time, and count the ASCII letters only if
   * there is one. */
  {
    const guchar *q = p;

    while (q < end)
      {
        guint64 w;

        if (end - q >= 8)
          {
            memcpy (&w, q, sizeof w);
            if ((w & G_GUINT64_CONSTANT (0x8080808080808080)) == 0)
              {
                q += 8;
                continue;
              }
          }
        if (*q >= 0xCE)
          break;
        q++;
      }
    if (q == end)
      return FALSE;
  }
  for (; p < end; p++)
    {
      guchar c = *p;

      if (c < 0x80)
        ascii += ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
      else if (c >= 0xCE && c <= 0xDF)
        other++;
      else if (c == 0xE0 || (c == 0xE1 && (p + 1 >= end || p[1] < 0xB8 || p[1] > 0xBB))
               || (c >= 0xE3 && c <= 0xED && !(c == 0xE3 && p + 1 < end && p[1] == 0x80)))
        other++;
    }
  return other > ascii;
}

/* The vector loops below get an AVX2 version, chosen at load time where the
 * processor has it (GCC's and Clang's function multiversioning on x86-64,
 * through an ifunc): twice the lanes of the SSE2 baseline. */
#if defined(__x86_64__) && defined(__GNUC__) && defined(__ELF__) && defined(__has_attribute)
#if __has_attribute(target_clones)
#define LID_VECTOR_CLONES __attribute__ ((target_clones ("avx2", "default")))
#endif
#endif
#ifndef LID_VECTOR_CLONES
#define LID_VECTOR_CLONES
#endif

/* A dense row, @count times, into 16-bit sums: twice the lanes per
 * instruction of 32-bit ones.  The caller keeps each 16-bit sum within
 * LID_NARROW_BUDGET rows' worth (restrict lets the compiler vectorize: a gint8
 * could alias anything). */
LID_VECTOR_CLONES static void
add_row (gint16 *restrict acc, const gint8 *restrict row, gint32 count)
{
  /* Most rows occur once in a chunk: no multiplications then. */
  if (count == 1)
    for (guint i = 0; i < LID_DENSE_WIDTH; i++)
      acc[i] = (gint16)(acc[i] + row[i]);
  else
    for (guint i = 0; i < LID_DENSE_WIDTH; i++)
      acc[i] = (gint16)(acc[i] + (gint16)count * row[i]);
}

/* A dense row, @count times, into 32-bit sums (a count too large for 16 bits). */
LID_VECTOR_CLONES static void
add_row_wide (gint32 *restrict acc, const gint8 *restrict row, gint32 count)
{
  for (guint i = 0; i < LID_DENSE_WIDTH; i++)
    acc[i] += count * row[i];
}

/* Moves 16-bit sums into 32-bit ones. */
LID_VECTOR_CLONES static void
widen (gint32 *restrict acc, gint16 *restrict narrow)
{
  for (guint i = 0; i < LID_DENSE_WIDTH; i++)
    acc[i] += narrow[i];
  memset (narrow, 0, LID_DENSE_WIDTH * sizeof *narrow);
}

/* Gains are at most 128 in magnitude, so 256 of them fit a 16-bit sum. */
#define LID_NARROW_BUDGET 256

/* N-grams are looked up in batches (lid_model_lookup_batch) of at most this many. */
#define LID_BATCH 128

/* A text's n-grams are counted before they are looked up: news paragraphs
 * repeat their letters, pairs and common words, and a chunk of this many
 * n-gram positions holds about 35 % distinct ones, so most lookups and dense
 * rows (192 gains each) are replaced by a counter.  The sums are whole numbers,
 * so adding a gain count times is exactly what adding it at each position did. */
#define LID_CHUNK 4096

/* One distinct n-gram of the chunk: its hash (lid_hash_final() not yet
 * applied: that is done once per distinct n-gram, in run_chunk) and order, and
 * how often it occurred. */
typedef struct
{
  guint64 hash;
  guint32 count; /* 0: the slot is free */
  guint32 order;
} LidGram;

/* The table holds twice a chunk's distinct n-grams, so it is at most half full. */
#define LID_SLOT_BITS 13
#define LID_SLOTS     (1u << LID_SLOT_BITS)
G_STATIC_ASSERT (LID_SLOTS == 2 * LID_CHUNK);

/* A chunk also ends after this many positions, whatever it holds: in a repetitive text
 * (one letter or word, megabytes long) a few n-grams would otherwise count without end,
 * and a sum of count x 127 must stay within 32 bits (2^20 x 127 < 2^31). */
#define LID_CHUNK_POSITIONS (1u << 20)

typedef struct
{
  LidGram slots[LID_SLOTS]; /* open addressing; every count is 0 between chunks */
  guint16 used[LID_CHUNK];  /* the slots in use, to look up and then free them */
  guint n_used;
  /* The letters a-z and their pairs are counted here instead (lid_model_ascii_gram()):
   * no hash, no probe, and their lookups were made when the model was opened. */
  guint32 ascii_count[LID_ASCII_GRAMS];
  guint16 ascii_used[LID_ASCII_GRAMS];
  guint n_ascii_used;
  guint n_positions; /* n-gram positions counted in this chunk */
  gboolean assign; /* the next flush replaces the scores' sums (a cleared text) */
  /* Per chunk, the summed gains: a chunk's at most LID_CHUNK_POSITIONS positions add at
   * most 127 each, within 32 bits. */
  gint32 acc[LID_MAX_ORDER + 1][LID_DENSE_WIDTH];
  /* The dense rows' part of those sums, first added in 16 bits, and how many
   * rows' worth (counts) each order's 16-bit sums hold. */
  gint16 narrow[LID_MAX_ORDER + 1][LID_DENSE_WIDTH];
  guint budget[LID_MAX_ORDER + 1];
} LidCounter;

/* One counter per thread (about 140 KB, clean between texts): the model is
 * shared by the workers, and allocating and clearing it for every paragraph
 * cost as much as a short paragraph's scoring. */
static GPrivate counter_key = G_PRIVATE_INIT (g_free);

static LidCounter *
thread_counter (void)
{
  LidCounter *ctr = g_private_get (&counter_key);

  if (ctr == NULL)
    {
      ctr = g_new0 (LidCounter, 1);
      g_private_set (&counter_key, ctr);
    }
  return ctr;
}

/* Moves the chunk's sums into @scores (adding, or with @assign replacing what
 * is there: a fresh text need not clear 9 KB first). */
LID_VECTOR_CLONES static void
flush (gint32 (*acc)[LID_DENSE_WIDTH], LidScores *scores, gboolean assign)
{
  for (guint n = 1; n <= LID_MAX_ORDER; n++)
    {
      double *restrict dst = scores->acc[n];
      gint32 *restrict src = acc[n];

      if (assign)
        for (guint l = 0; l < LID_DENSE_WIDTH; l++)
          dst[l] = src[l];
      else
        for (guint l = 0; l < LID_DENSE_WIDTH; l++)
          dst[l] += src[l];
      memset (src, 0, sizeof acc[n]);
    }
}

/* Adds the gains of one n-gram of @order, found as @row or @post, @count times. */
static inline void
add_gram (LidCounter *ctr, LidScores *scores, guint order, const gint8 *row,
          const LidPostings *post, gint32 count)
{
  gint32 *acc = ctr->acc[order];

  if (row != NULL)
    {
      if (count > LID_NARROW_BUDGET)
        add_row_wide (acc, row, count);
      else
        {
          if (ctr->budget[order] + (guint)count > LID_NARROW_BUDGET)
            {
              widen (acc, ctr->narrow[order]);
              ctr->budget[order] = 0;
            }
          add_row (ctr->narrow[order], row, count);
          ctr->budget[order] += (guint)count;
        }
    }
  else if (post->n > 0)
    {
      const guint8 *lang = post->lang;
      const gint8 *val = post->val;

      for (guint k = 0; k < post->n; k++)
        acc[lang[k]] += count * val[k];
    }
  if ((row != NULL || post->n > 0) && order == 1)
    scores->n_known += (guint32)count;
}

/* Looks up the chunk's distinct n-grams, adds their gains times their counts,
 * and empties the table. */
static void
run_chunk (const LidModel *model, LidCounter *ctr, LidScores *scores)
{
  guint64 hashes[LID_BATCH];
  const gint8 *rows[LID_BATCH];
  LidPostings posts[LID_BATCH];

  for (guint i = 0; i < ctr->n_ascii_used; i++)
    {
      guint index = ctr->ascii_used[i];
      LidPostings post;
      const gint8 *row = lid_model_ascii_gram (model, index, &post);

      add_gram (ctr, scores, index < 26 ? 1 : 2, row, &post, (gint32)ctr->ascii_count[index]);
      ctr->ascii_count[index] = 0;
    }
  ctr->n_ascii_used = 0;
  for (guint start = 0; start < ctr->n_used; start += LID_BATCH)
    {
      guint n = MIN (LID_BATCH, ctr->n_used - start);
      const guint16 *used = ctr->used + start;

      for (guint i = 0; i < n; i++)
        {
          const LidGram *g = &ctr->slots[used[i]];

          hashes[i] = lid_hash_final (g->hash, g->order);
        }
      lid_model_lookup_batch (model, hashes, n, rows, posts);
      for (guint i = 0; i < n; i++)
        {
          LidGram *g = &ctr->slots[used[i]];

          add_gram (ctr, scores, g->order, rows[i], &posts[i], (gint32)g->count);
          g->count = 0;
        }
    }
  ctr->n_used = 0;
  ctr->n_positions = 0;
  for (guint n = 1; n <= LID_MAX_ORDER; n++)
    if (ctr->budget[n] > 0)
      {
        widen (ctr->acc[n], ctr->narrow[n]);
        ctr->budget[n] = 0;
      }
  flush (ctr->acc, scores, ctr->assign);
  ctr->assign = FALSE;
}

/* Counts the n-gram @hash (before lid_hash_final()) of @order. */
static inline void
count_gram (LidCounter *ctr, guint64 hash, guint order)
{
  /* The unfinished hash's low bits are weak: take the slot from a product's high bits. */
  guint i = (guint)((hash * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)) >> (64 - LID_SLOT_BITS));

  for (;;)
    {
      LidGram *g = &ctr->slots[i];

      if (g->count == 0)
        {
          g->hash = hash;
          g->order = order;
          g->count = 1;
          ctr->used[ctr->n_used++] = (guint16)i;
          return;
        }
      if (g->hash == hash && g->order == order)
        {
          g->count++;
          return;
        }
      i = (i + 1) & (LID_SLOTS - 1);
    }
}

/* Counts the ASCII n-gram @index (LID_ASCII_GRAMS). */
static inline void
count_ascii (LidCounter *ctr, guint index)
{
  if (ctr->ascii_count[index]++ == 0)
    ctr->ascii_used[ctr->n_ascii_used++] = (guint16)index;
}

/* lid_scores_add_text(); with @fresh, @scores' sums are replaced, not added to
 * (the other fields must have been cleared). */
static void
add_text (const LidModel *model, LidScores *scores, const char *text, gsize length,
          gboolean fresh)
{
  const char *p = text;
  const char *end = text + length;
  /* The letters before the current one in its word, most recent first. */
  gunichar history[LID_MAX_ORDER - 1];
  guint run = 0;
  LidCounter *ctr = thread_counter ();
  gboolean skip_ascii = lid_text_skips_ascii (text, length);

  ctr->n_used = 0;
  ctr->n_positions = 0;
  ctr->assign = fresh;
  while (p < end)
    {
      const char *token_end;
      gboolean maybe_address;

      /* One whitespace-separated token at a time, so addresses can be skipped whole. */
      while (p < end && is_space ((guchar)*p))
        p++;
      token_end = p;
      maybe_address = p < end && (*p == 'w' || *p == 'W');
      while (token_end < end && !is_space ((guchar)*token_end))
        {
          /* What lid_token_is_address() looks for, so that most tokens skip it. */
          maybe_address |= *token_end == '@' || *token_end == ':';
          token_end++;
        }
      run = 0;
      if (maybe_address && lid_token_is_address (p, token_end))
        {
          p = token_end;
          continue;
        }
      while (p < token_end)
        {
          gunichar c;
          guint64 h;
          guint avail, n;
          gboolean ascii;

          if ((guchar)*p < 0x80)
            {
              c = (guchar)*p++;
              if (g_ascii_isalpha (c) && !skip_ascii)
                c |= 0x20;
              else
                {
                  run = 0;
                  continue;
                }
              ascii = TRUE;
            }
          else
            {
              c = g_utf8_get_char (p);
              p = g_utf8_next_char (p);
              if (!g_unichar_isalpha (c))
                {
                  run = 0;
                  continue;
                }
              c = g_unichar_tolower (c);
              ascii = FALSE;
            }
          /* Every n-gram ending here, shortest first: the hash folds code points
           * from the last to the first. */
          if (ctr->n_used + LID_MAX_ORDER > LID_CHUNK
              || ctr->n_positions + LID_MAX_ORDER > LID_CHUNK_POSITIONS)
            run_chunk (model, ctr, scores);
          avail = MIN (run + 1, LID_MAX_ORDER);
          ctr->n_positions += avail;
          h = lid_hash_step (LID_HASH_SEED, c);
          n = 1;
          if (ascii)
            {
              /* The letter, and the pair with the letter before when that is a-z too. */
              count_ascii (ctr, c - 'a');
              n = 2;
              if (avail >= 2)
                {
                  h = lid_hash_step (h, history[0]);
                  if (history[0] >= 'a' && history[0] <= 'z')
                    count_ascii (ctr, 26 + 26 * (history[0] - 'a') + (c - 'a'));
                  else
                    count_gram (ctr, h, 2);
                  n = 3;
                }
            }
          for (; n <= avail; n++)
            {
              if (n > 1)
                h = lid_hash_step (h, history[n - 2]);
              count_gram (ctr, h, n);
            }
          /* (G_N_ELEMENTS (history) == 4 moves, not a call to memmove) */
          for (guint k = G_N_ELEMENTS (history) - 1; k > 0; k--)
            history[k] = history[k - 1];
          history[0] = c;
          run++;
          scores->n_pos[avail]++;
          scores->n_letters++;
        }
    }
  run_chunk (model, ctr, scores);
}

void
lid_scores_add_text (const LidModel *model, LidScores *scores, const char *text, gsize length)
{
  add_text (model, scores, text, length, FALSE);
}

/* One order's part of every language's log-likelihood: its gains times the
 * order's scale, plus its positions times each language's base cost. */
LID_VECTOR_CLONES static void
add_order (double *restrict ll, const double *restrict acc, double scale, double n_pos,
           const float *restrict base)
{
  /* All LID_MAX_LANGS columns (a fixed count vectorises without a remainder
   * loop); those past the model's languages are zeros, computed and ignored. */
  for (guint l = 0; l < LID_MAX_LANGS; l++)
    ll[l] += acc[l] * scale + n_pos * base[l];
}

static double
relative_prob (double ll, double best)
{
  double x = (ll - best) * LID_TEMPERATURE;

  return x < LID_NEGLIGIBLE ? 0.0 : exp (x);
}

/* Returns: the winner's log-likelihood (first stage, before any word evidence),
 * or -INFINITY when there is no winner. */
static double
decide (const LidModel *model, const LidGroups *groups, const LidScores *scores,
        const guint8 *allowed, guint min_letters, LidResult *result)
{
  guint n_langs = lid_model_n_languages (model);
  double ll[LID_MAX_LANGS];
  double best = -INFINITY, first_best, total = 0.0;
  float scale[LID_MAX_ORDER + 1];
  int order[LID_N_ALTERNATIVES + 1];
  guint n_order = 0;

  memset (result, 0, sizeof *result);
  result->lang = -1;
  if (scores->n_known == 0 || scores->n_known < min_letters)
    return -INFINITY;

  for (guint n = 0; n <= LID_MAX_ORDER; n++)
    scale[n] = lid_model_scale (model, n);
  /* The log-likelihood of the text under every language: its prior, plus per
   * order the summed gains and the base costs of the positions, order by order
   * over contiguous rows so that the compiler vectorises it. */
  {
    const float *prior = lid_model_priors (model);

    for (guint l = 0; l < LID_MAX_LANGS; l++)
      ll[l] = prior[l];
    for (guint n = 1; n <= LID_MAX_ORDER; n++)
      {
        add_order (ll, scores->acc[n], scale[n], (double)scores->n_pos[n],
                   lid_model_bases (model, n));
      }
  }
  for (guint l = 0; l < n_langs; l++)
    {
      if (allowed != NULL && !allowed[l])
        ll[l] = -INFINITY;
      if (ll[l] > best)
        best = ll[l];
    }
  if (best == -INFINITY)
    return best;
  first_best = best;
  if (groups != NULL && scores->n_group_words > 0)
    {
      guint winner = 0;

      for (guint l = 0; l < n_langs; l++)
        if (ll[l] == best)
          {
            winner = l;
            break;
          }
      lid_groups_adjust (groups, scores, winner, ll, LID_TEMPERATURE);
      best = -INFINITY;
      for (guint l = 0; l < n_langs; l++)
        best = MAX (best, ll[l]);
    }
  for (guint l = 0; l < n_langs; l++)
    total += relative_prob (ll[l], best);

  /* The best few, by insertion into a short sorted list. */
  for (guint l = 0; l < n_langs; l++)
    {
      guint i;

      if (ll[l] == -INFINITY)
        continue;
      for (i = n_order; i > 0 && ll[order[i - 1]] < ll[l]; i--)
        if (i < LID_N_ALTERNATIVES + 1)
          order[i] = order[i - 1];
      if (i < LID_N_ALTERNATIVES + 1)
        {
          order[i] = (int)l;
          if (n_order < LID_N_ALTERNATIVES + 1)
            n_order++;
        }
    }

  result->lang = order[0];
  result->prob = 1.0 / total;
  result->reliable = result->prob >= LID_RELIABLE_PROB && scores->n_known >= LID_RELIABLE_LETTERS;
  for (guint i = 1; i < n_order; i++)
    {
      LidCandidate *alt = &result->alternatives[result->n_alternatives++];

      alt->lang = order[i];
      alt->prob = relative_prob (ll[order[i]], best) / total;
    }
  return first_best;
}

void
lid_decide (const LidModel *model, const LidScores *scores, const guint8 *allowed,
            guint min_letters, LidResult *result)
{
  decide (model, NULL, scores, allowed, min_letters, result);
}

void
lid_decide_groups (const LidModel *model, const LidGroups *groups, const LidScores *scores,
                   const guint8 *allowed, guint min_letters, LidResult *result)
{
  decide (model, groups, scores, allowed, min_letters, result);
}

/* Turkish text written in Windows-1254 (or ISO 8859-9) and read as Windows-1252
 * (or ISO 8859-1) has ı ş ğ İ Ş Ğ where those code pages put ý þ ð Ý Þ Ð:
 * "kadýnlara karþý" for "kadınlara karşı".  Web text is full of it (a third of
 * the benchmark's Turkish sentences), and read as it is it looks like no
 * language: Turkmen, whose UDHR has ý, took such texts.  In UTF-8 each of the
 * six letters is two bytes, as is its Turkish letter, so the repair is in place. */
static const struct
{
  guchar from, to[2]; /* the second byte after C3; the Turkish letter's two bytes */
} cp1254_letters[] = {
  { 0xBD, { 0xC4, 0xB1 } }, /* ý -> ı */
  { 0xBE, { 0xC5, 0x9F } }, /* þ -> ş */
  { 0xB0, { 0xC4, 0x9F } }, /* ð -> ğ */
  { 0x9D, { 0xC4, 0xB0 } }, /* Ý -> İ */
  { 0x9E, { 0xC5, 0x9E } }, /* Þ -> Ş */
  { 0x90, { 0xC4, 0x9E } }, /* Ð -> Ğ */
};

/* Returns: a copy of @text with the six letters replaced by their Turkish
 * ones, or %NULL when it has none (most texts: one scan, no copy). */
static char *
cp1254_repaired (const char *text, gsize length)
{
  const guchar *p = (const guchar *)text, *end = p + length;
  char *out = NULL;

  while ((p = memchr (p, 0xC3, (gsize)(end - p))) != NULL && p + 1 < end)
    {
      for (guint i = 0; i < G_N_ELEMENTS (cp1254_letters); i++)
        if (p[1] == cp1254_letters[i].from)
          {
            if (out == NULL)
              out = g_memdup2 (text, length);
            memcpy (out + (p - (const guchar *)text), cp1254_letters[i].to, 2);
            break;
          }
      p += 2;
    }
  return out;
}

void
lid_detect (const LidModel *model, const LidGroups *groups, LidScores *scores, const char *text,
            gsize length, const guint8 *allowed, guint min_letters, LidResult *result)
{
  g_autofree char *repaired = NULL;
  double best;

  clear_counts (scores);
  add_text (model, scores, text, length, TRUE);
  best = decide (model, NULL, scores, allowed, min_letters, result);
  /* A text with the letters of mis-read Turkish is also read repaired, and
   * the reading a language explains better is kept: Icelandic, Czech or
   * Vietnamese, whose letters they are, lose by the repair. */
  repaired = cp1254_repaired (text, length);
  if (repaired != NULL)
    {
      g_autofree LidScores *alt = g_new (LidScores, 1);
      LidResult alt_result;

      clear_counts (alt);
      add_text (model, alt, repaired, length, TRUE);
      if (decide (model, NULL, alt, allowed, min_letters, &alt_result) > best)
        {
          memcpy (scores, alt, sizeof *scores);
          *result = alt_result;
          text = repaired;
        }
    }
  /* The second stage only where it can change something: about one text in
   * five is in a group, and reading the words again costs far less than the
   * first stage did. */
  if (groups != NULL && lid_groups_wanted (groups, result))
    {
      lid_groups_add_text (groups, scores, text, length);
      decide (model, groups, scores, allowed, min_letters, result);
    }
}
