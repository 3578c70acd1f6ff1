/* The extractive summarization engine: features, scores, selection.
 * See summarizer.h for the method and README.md for how the weights were chosen. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "summarizer.h"
#include "../common/ascii-key.h"

/* Chosen by 10-fold cross-validation over the 100 dev articles (bench/summary/
 * tune.py): the same values won on 49 of 50 training folds, so they are not a
 * fit to a few documents.  Read as: shorter, more central, more repetitive and
 * more numeric sentences first; quotations last (highlights report, they do
 * not quote: a sentence at least half of whose words are quoted).  The window of one extra sentence
 * is the lead bias: a summary of k sentences chooses among the first k + 1.  Among them, one shared
 * word trigram excludes a sentence (the strictest rule scored best, and was the only one whose
 * choice of weights was stable across folds); places still free at the end go to the sentences left
 * out, in document order, that repeat at most half of their trigrams (see FILL_REDUNDANCY). */
static const SummWeights default_weights = {
  .length = -1.0,
  .centrality = 0.5,
  .signature = 0.5,
  .numbers = 1.0,
  .quote = -1.0,
  .min_words = 8,
  .window = 1,
  .redundancy = 0.0,
};

const SummWeights *
summ_weights_default (void)
{
  return &default_weights;
}

/* ---- Terms: case-folded words interned to small integers, per call ---- */

/* A term of up to KEY_MAX bytes is kept as two zero-padded
 * 64-bit words: hashing and comparing it are a few operations on those, and
 * an ASCII word is folded eight bytes at a time.  Longer terms live in the
 * arena. */
#define KEY_MAX 16

typedef struct
{
  guint32 hash;
  guint32 len;
  guint64 k[2]; /* the term zero-padded, when len <= KEY_MAX */
  gsize off;    /* into the arena, when len > KEY_MAX */
} Term;

typedef struct
{
  char *arena;
  gsize arena_len;
  gsize arena_cap;
  Term *terms;
  guint32 n_terms;
  guint32 terms_cap;
  guint32 *slots; /* term id + 1, 0 = empty */
  guint32 mask;
} Lexicon;

static void
lexicon_init (Lexicon *lx, gsize max_terms, gsize arena_hint)
{
  gsize cap = 64;

  /* Room for half of the calls to be distinct terms (news text has about
   * that share) at a load of one half; lexicon_grow() doubles it when a text
   * has more.  Sizing for every call to be new zeroed four times the memory. */
  while (cap < max_terms + 16)
    cap <<= 1;
  lx->slots = g_new0 (guint32, cap);
  lx->mask = (guint32)(cap - 1);
  lx->terms_cap = (guint32)max_terms + 1;
  lx->terms = g_new (Term, lx->terms_cap);
  lx->n_terms = 0;
  lx->arena_cap = arena_hint + 64;
  lx->arena = g_malloc (lx->arena_cap);
  lx->arena_len = 0;
}

static void
lexicon_clear (Lexicon *lx)
{
  g_free (lx->slots);
  g_free (lx->terms);
  g_free (lx->arena);
}

/* Doubles the slot table (ids keep their numbers: only the slots move). */
static void
lexicon_grow (Lexicon *lx)
{
  guint32 cap = 2 * (lx->mask + 1);

  g_free (lx->slots);
  lx->slots = g_new0 (guint32, cap);
  lx->mask = cap - 1;
  for (guint32 id = 0; id < lx->n_terms; id++)
    {
      guint32 slot = lx->terms[id].hash & lx->mask;

      while (lx->slots[slot] != 0)
        slot = (slot + 1) & lx->mask;
      lx->slots[slot] = id + 1;
    }
}

/* Writes the lower-case form of s[0, len) at out (room for 2 * len bytes: a
 * lower-case letter takes at most twice the bytes of its capital) and returns
 * its length.  ASCII, nearly all of the text in many languages, takes the
 * short path; invalid bytes are copied as they are. */
static gsize
fold_case (const char *s, gsize len, char *out)
{
  const char *p = s, *end = s + len;
  gsize o = 0;

  while (p < end)
    {
      guchar c = (guchar)*p;

      if (c < 0x80)
        {
          out[o++] = (char)((c >= 'A' && c <= 'Z') ? c + ('a' - 'A') : c);
          p++;
          continue;
        }
      gunichar u = g_utf8_get_char_validated (p, end - p);
      if (u == (gunichar)-1 || u == (gunichar)-2)
        {
          out[o++] = (char)c;
          p++;
          continue;
        }
      o += (gsize)g_unichar_to_utf8 (g_unichar_tolower (u), out + o);
      p = g_utf8_next_char (p);
    }
  return o;
}

/* Adds a term at @slot, where its probe found an empty slot. */
static G_GNUC_NO_INLINE guint32
lexicon_add (Lexicon *lx, guint32 slot, const guint64 k[2], gsize n, guint32 hash)
{
  Term *t;

  /* max_terms bounds the calls, so this never grows in practice; the check
   * keeps a wrong bound from writing out of bounds. */
  if (lx->n_terms == lx->terms_cap)
    {
      lx->terms_cap *= 2;
      lx->terms = g_renew (Term, lx->terms, lx->terms_cap);
    }
  t = &lx->terms[lx->n_terms];
  t->hash = hash;
  t->len = (guint32)n;
  t->k[0] = k[0];
  t->k[1] = k[1];
  /* A long term was folded at the end of the arena: it stays there. */
  t->off = lx->arena_len;
  if (n > KEY_MAX)
    lx->arena_len += n;
  lx->slots[slot] = ++lx->n_terms;
  if (2 * lx->n_terms > lx->mask + 1)
    lexicon_grow (lx);
  return lx->n_terms - 1;
}

/* The id of the term of @n <= KEY_MAX bytes whose padded key is @k, added if
 * it is new. */
static inline guint32
lexicon_find_short (Lexicon *lx, const guint64 k[2], gsize n)
{
  guint32 hash = hash_key (k, n);

  for (guint32 slot = hash & lx->mask;; slot = (slot + 1) & lx->mask)
    {
      guint32 id = lx->slots[slot];
      const Term *t;

      if (id == 0)
        return lexicon_add (lx, slot, k, n, hash);
      t = &lx->terms[id - 1];
      if (t->k[0] == k[0] && t->k[1] == k[1] && t->len == n)
        return id - 1;
    }
}

/* lexicon_intern() of a word that is not short ASCII: folded into the arena,
 * and a possessive removed after folding. */
static G_GNUC_NO_INLINE guint32
lexicon_intern_other (Lexicon *lx, const char *s, gsize len)
{
  guint64 k[2] = { 0, 0 };
  gsize need = 2 * len + 1, n;
  guint32 hash;
  char *out;

  if (lx->arena_len + need > lx->arena_cap)
    {
      lx->arena_cap = 2 * (lx->arena_len + need);
      lx->arena = g_realloc (lx->arena, lx->arena_cap);
    }
  out = lx->arena + lx->arena_len;
  n = fold_case (s, len, out);
  if (n > 4 && memcmp (out + n - 4, "\xe2\x80\x99s", 4) == 0)
    n -= 4;
  else if (n > 2 && out[n - 2] == '\'' && out[n - 1] == 's')
    n -= 2;
  if (n <= KEY_MAX)
    {
      memcpy (k, out, n);
      return lexicon_find_short (lx, k, n);
    }
  hash = hash_bytes (out, n);
  for (guint32 slot = hash & lx->mask;; slot = (slot + 1) & lx->mask)
    {
      guint32 id = lx->slots[slot];
      const Term *t;

      if (id == 0)
        return lexicon_add (lx, slot, k, n, hash);
      t = &lx->terms[id - 1];
      if (t->hash == hash && t->len == n && memcmp (lx->arena + t->off, out, n) == 0)
        return id - 1;
    }
}

/* Interns s[0, len): case-folded, and with an English possessive "’s"/"'s"
 * removed (the segmenter keeps "Netanyahu’s" as one word; it is the same
 * name).  Inline for its common case, a short ASCII word already seen: the
 * word in the padded key, an ASCII "'s" / "'S" left out beforehand (what the
 * general path removes after folding), folded eight bytes at a time, one probe. */
G_ALWAYS_INLINE static inline guint32
lexicon_intern (Lexicon *lx, const char *s, gsize len)
{
  guint64 k[2] = { 0, 0 };
  gsize m;

  m = len > 2 && s[len - 2] == '\'' && (s[len - 1] == 's' || s[len - 1] == 'S') ? len - 2 : len;
  if (m > KEY_MAX)
    return lexicon_intern_other (lx, s, len);
  load_padded (s, m, k);
  if ((k[0] | k[1]) & G_GUINT64_CONSTANT (0x8080808080808080))
    return lexicon_intern_other (lx, s, len);
  k[0] = lower_ascii8 (k[0]);
  k[1] = lower_ascii8 (k[1]);
  return lexicon_find_short (lx, k, m);
}

/* ---- A set of 64-bit hashes (word trigrams, whole sentences) ---- */

typedef struct
{
  guint64 *slots; /* 0 = empty */
  gsize mask;
  gsize n_items;
} HashSet;

/* Starts small and doubles at half full: only the chosen sentences go in, a
 * few hundred hashes, however long the text. */
static void
hash_set_init (HashSet *set)
{
  set->slots = g_new0 (guint64, 256);
  set->mask = 255;
  set->n_items = 0;
}

static guint64
mix64 (guint64 h)
{
  /* splitmix64's finalizer: every input bit moves every output bit. */
  h ^= h >> 30;
  h *= G_GUINT64_CONSTANT (0xbf58476d1ce4e5b9);
  h ^= h >> 27;
  h *= G_GUINT64_CONSTANT (0x94d049bb133111eb);
  h ^= h >> 31;
  return h != 0 ? h : 1;
}

static gboolean
hash_set_contains (const HashSet *set, guint64 h)
{
  for (gsize slot = h & set->mask;; slot = (slot + 1) & set->mask)
    {
      if (set->slots[slot] == h)
        return TRUE;
      if (set->slots[slot] == 0)
        return FALSE;
    }
}

static void
hash_set_insert (guint64 *slots, gsize mask, guint64 h)
{
  gsize slot = h & mask;

  while (slots[slot] != 0)
    slot = (slot + 1) & mask;
  slots[slot] = h;
}

static void
hash_set_add (HashSet *set, guint64 h)
{
  for (gsize slot = h & set->mask;; slot = (slot + 1) & set->mask)
    {
      if (set->slots[slot] == h)
        return;
      if (set->slots[slot] == 0)
        {
          set->slots[slot] = h;
          break;
        }
    }
  if (2 * ++set->n_items > set->mask + 1)
    {
      gsize cap = 2 * (set->mask + 1);
      guint64 *slots = g_new0 (guint64, cap);

      for (gsize i = 0; i <= set->mask; i++)
        if (set->slots[i] != 0)
          hash_set_insert (slots, cap - 1, set->slots[i]);
      g_free (set->slots);
      set->slots = slots;
      set->mask = cap - 1;
    }
}

/* ---- One document ---- */

typedef struct
{
  gsize first_word; /* into Work.words */
  guint n_words;    /* word and number tokens */
  guint n_numbers;
  guint n_quoted; /* words inside quotation marks or a quotation of the quotes layer */
  double score;
} Sentence;

typedef struct
{
  const SummInput *in;
  Lexicon lx;
  guint32 *words; /* term ids of the word and number tokens, sentence by sentence */
  gsize n_words;
  Sentence *sentences;
} Work;

static SummTokenKind
token_kind (const SummToken *t)
{
  return (SummTokenKind)t->kind;
}

/* Assigns tokens to sentences and interns their terms. */
static void
work_collect (Work *w)
{
  const SummInput *in = w->in;
  g_autofree guint8 *quoted = NULL;
  gsize t = 0;

  /* Tokens inside a quotation of the quotes layer, when there is one. */
  if (in->n_quotes > 0)
    {
      quoted = g_new0 (guint8, in->n_tokens + 1);
      for (gsize q = 0; q < in->n_quotes; q++)
        {
          SummRange r = in->quotes[q];
          gsize lo = 0, hi = in->n_tokens;

          while (lo < hi)
            {
              gsize mid = lo + (hi - lo) / 2;

              if (in->tokens[mid].start < r.start)
                lo = mid + 1;
              else
                hi = mid;
            }
          for (; lo < in->n_tokens && in->tokens[lo].start < r.end; lo++)
            quoted[lo] = 1;
        }
    }

  w->words = g_new (guint32, in->n_tokens + 1);
  w->sentences = g_new0 (Sentence, in->n_sentences + 1);
  w->n_words = 0;
  for (gsize i = 0; i < in->n_sentences; i++)
    {
      SummRange span = in->sentences[i];
      Sentence *s = &w->sentences[i];

      /* Quotation marks open and close in turn within a sentence. */
      gboolean inside = FALSE;

      s->first_word = w->n_words;
      while (t < in->n_tokens && in->tokens[t].start < span.start)
        t++;
      for (; t < in->n_tokens && in->tokens[t].start < span.end; t++)
        {
          const SummToken *tok = &in->tokens[t];

          if (tok->end > in->length || tok->end < tok->start)
            continue;
          switch (token_kind (tok))
            {
            case SUMM_TOKEN_NUMBER:
              s->n_numbers++;
              G_GNUC_FALLTHROUGH;
            case SUMM_TOKEN_WORD:
              w->words[w->n_words++]
                  = lexicon_intern (&w->lx, in->text + tok->start, tok->end - tok->start);
              s->n_words++;
              if (inside || (quoted != NULL && quoted[t]))
                s->n_quoted++;
              break;
            case SUMM_TOKEN_QUOTE:
              inside = !inside;
              break;
            case SUMM_TOKEN_OTHER:
            default:
              break;
            }
        }
    }
}

/* Computes every sentence's score.  Term weights come from the document
 * itself (inverse sentence frequency), so no word list of any language is
 * needed: a term found in most sentences ("the", "de", "的") weighs ~0. */
static void
work_score (Work *w, const SummWeights *wt)
{
  const gsize n = w->in->n_sentences;
  const guint32 n_terms = w->lx.n_terms;
  /* One zeroed block for the four counters; last[] holds the sentence + 1. */
  gsize *last = g_new0 (gsize, n_terms + 1);
  guint32 *tf = g_new0 (guint32, 3 * ((gsize)n_terms + 1));
  guint32 *sf = tf + n_terms + 1;
  guint32 *count = sf + n_terms + 1;
  double *isf = g_new (double, n_terms + 1);
  /* log((n + 1) / sf) by sf (at most n): a few distinct values for thousands
   * of terms; NAN = not computed yet. */
  double *log_isf = g_new (double, n + 2);
  double norm2_doc = 0.0;

  for (gsize k = 0; k <= n + 1; k++)
    log_isf[k] = NAN;
  /* Term and sentence frequencies. */
  for (gsize i = 0; i < n; i++)
    {
      const Sentence *s = &w->sentences[i];

      for (gsize j = s->first_word; j < s->first_word + s->n_words; j++)
        {
          guint32 id = w->words[j];

          tf[id]++;
          if (last[id] != i + 1)
            {
              last[id] = i + 1;
              sf[id]++;
            }
        }
    }
  for (guint32 id = 0; id < n_terms; id++)
    {
      double dvec;

      if (sf[id] == 0)
        isf[id] = 0.0;
      else
        {
          if (isnan (log_isf[sf[id]]))
            log_isf[sf[id]] = log ((double)(n + 1) / sf[id]);
          isf[id] = log_isf[sf[id]];
        }
      dvec = tf[id] * isf[id];
      norm2_doc += dvec * dvec;
    }

  /* Per sentence: its vector v (count × isf) against the document's d (tf ×
   * isf).  The rest of the document is d − v, so
   *   v·(d − v) = v·d − |v|²   and   |d − v|² = |d|² − 2 v·d + |v|²,
   * one pass over the sentence's terms; count[] holds the sentence's counts
   * and is zeroed again as each distinct term is used. */
  for (gsize i = 0; i < n; i++)
    {
      Sentence *s = &w->sentences[i];
      double dot = 0.0, norm2 = 0.0, signature = 0.0, centrality = 0.0, rest2;

      for (gsize j = s->first_word; j < s->first_word + s->n_words; j++)
        count[w->words[j]]++;
      for (gsize j = s->first_word; j < s->first_word + s->n_words; j++)
        {
          guint32 id = w->words[j];
          double v;

          if (count[id] == 0)
            continue; /* already counted */
          v = count[id] * isf[id];
          dot += v * tf[id] * isf[id];
          norm2 += v * v;
          signature += (tf[id] - 1) * isf[id];
          count[id] = 0;
        }
      rest2 = norm2_doc - 2.0 * dot + norm2;
      if (norm2 > 0.0 && rest2 > 1e-12)
        centrality = (dot - norm2) / sqrt (norm2 * rest2);
      s->score = wt->length * (s->n_words / 30.0) + wt->centrality * centrality
                 + wt->signature * (signature / (s->n_words + 5.0))
                 + wt->numbers * ((double)s->n_numbers / (s->n_words + 1.0))
                 + (s->n_words > 0 && 2 * s->n_quoted >= s->n_words ? wt->quote : 0.0);
    }
  g_free (tf);
  g_free (last);
  g_free (isf);
  g_free (log_isf);
}

/* ---- Selection ---- */

/* When a summary asks for more sentences than the strict rule leaves (a long
 * summary of a short text), sentences that share a phrase or a name with the
 * summary ("the harbour district") are not repeats: only those with more
 * than this share of their word trigrams already in the summary stay out. */
#define FILL_REDUNDANCY 0.5

typedef struct
{
  double score;
  gsize index;
} Candidate;

static int
candidate_compare (const void *a, const void *b)
{
  const Candidate *x = a, *y = b;

  /* Best first; equal scores keep document order, so results are stable. */
  if (x->score > y->score)
    return -1;
  if (x->score < y->score)
    return 1;
  return x->index < y->index ? -1 : x->index > y->index;
}

static guint64
sentence_hash (const Work *w, gsize i)
{
  const Sentence *s = &w->sentences[i];
  guint64 h = G_GUINT64_CONSTANT (0x5bd1e9955bd1e995) ^ s->n_words;

  for (gsize j = 0; j < s->n_words; j++)
    h = mix64 (h ^ w->words[s->first_word + j]);
  return h;
}

static guint64
trigram_hash (const guint32 *ids)
{
  return mix64 (((guint64)ids[0] << 42) ^ ((guint64)ids[1] << 21) ^ ids[2]
                ^ G_GUINT64_CONSTANT (0x9e3779b97f4a7c15));
}

/* Whether sentence i repeats what was chosen: the same words, or more than
 * the allowed share of its word trigrams (the trigram blocking of extractive
 * summarizers, when that share is 0). */
static gboolean
is_redundant (const Work *w, const HashSet *seen, gsize i, double redundancy)
{
  const Sentence *s = &w->sentences[i];
  const guint32 *ids = w->words + s->first_word;
  gsize shared = 0, n_trigrams = s->n_words >= 3 ? s->n_words - 2 : 0;

  if (hash_set_contains (seen, sentence_hash (w, i)))
    return TRUE;
  for (gsize j = 0; j < n_trigrams; j++)
    if (hash_set_contains (seen, trigram_hash (ids + j))
        && (double)++shared > redundancy * (double)n_trigrams)
      return TRUE;
  return FALSE;
}

static void
remember (const Work *w, HashSet *seen, gsize i)
{
  const Sentence *s = &w->sentences[i];
  const guint32 *ids = w->words + s->first_word;

  hash_set_add (seen, sentence_hash (w, i));
  for (gsize j = 0; j + 3 <= s->n_words; j++)
    hash_set_add (seen, trigram_hash (ids + j));
}

static int
pick_compare (const void *a, const void *b)
{
  const SummPick *x = a, *y = b;

  return x->sentence < y->sentence ? -1 : x->sentence > y->sentence;
}

static void
take (const Work *w, HashSet *seen, GArray *picks, gsize i, guint *total, gboolean *taken)
{
  SummPick pick = {
    .sentence = i,
    .rank = picks->len + 1,
    .score = w->sentences[i].score,
    .words = w->sentences[i].n_words,
  };

  g_array_append_val (picks, pick);
  taken[i] = TRUE;
  remember (w, seen, i);
  *total += pick.words;
}

static guint
work_select (const Work *w, const SummBudget *budget, const SummWeights *wt, GArray *picks)
{
  const gsize n = w->in->n_sentences;
  g_autofree gsize *eligible = g_new (gsize, n + 1);
  g_autofree Candidate *window = NULL;
  g_autofree gboolean *taken = g_new0 (gboolean, n + 1);
  gsize n_eligible = 0, n_window, k, total_words = 0;
  guint limit = G_MAXUINT, total = 0;
  HashSet seen;

  for (gsize i = 0; i < n; i++)
    {
      total_words += w->sentences[i].n_words;
      if (w->sentences[i].n_words >= wt->min_words)
        eligible[n_eligible++] = i;
    }
  k = budget->kind == SUMM_BUDGET_SENTENCES ? MAX (budget->sentences, 1) : 1;
  /* Too few sentences with enough words (a short text, a list of headlines,
   * a script whose tokens are long): every sentence with a word competes. */
  if (n_eligible < k || n_eligible == 0)
    {
      n_eligible = 0;
      for (gsize i = 0; i < n; i++)
        if (w->sentences[i].n_words > 0)
          eligible[n_eligible++] = i;
    }
  if (n_eligible == 0)
    return 0;

  if (budget->kind != SUMM_BUDGET_SENTENCES)
    {
      double cap = budget->kind == SUMM_BUDGET_WORDS ? (double)budget->words
                                                     : round (budget->ratio * total_words);
      guint sum = 0;

      limit = (guint)CLAMP (cap, 1.0, (double)G_MAXUINT);
      /* As many sentences as the lead would give within the limit. */
      for (k = 0; k < n_eligible && sum + w->sentences[eligible[k]].n_words <= limit; k++)
        sum += w->sentences[eligible[k]].n_words;
      k = MAX (k, 1);
    }

  n_window = MIN (k + wt->window, n_eligible);
  window = g_new (Candidate, n_window);
  for (gsize j = 0; j < n_window; j++)
    window[j] = (Candidate){ w->sentences[eligible[j]].score, eligible[j] };
  qsort (window, n_window, sizeof (Candidate), candidate_compare);

  hash_set_init (&seen);
  for (gsize j = 0; j < n_window; j++)
    {
      gsize i = window[j].index;

      if (budget->kind == SUMM_BUDGET_SENTENCES && picks->len >= k)
        break;
      if (total + w->sentences[i].n_words > limit || is_redundant (w, &seen, i, wt->redundancy))
        continue;
      take (w, &seen, picks, i, &total, taken);
    }
  /* Places left when redundancy removed candidates: the next sentences in
   * document order, under the same rules; then any sentence left out that is
   * not a near-repeat. */
  for (gsize j = n_window; j < n_eligible && picks->len < k; j++)
    {
      gsize i = eligible[j];

      if (total + w->sentences[i].n_words > limit || is_redundant (w, &seen, i, wt->redundancy))
        continue;
      take (w, &seen, picks, i, &total, taken);
    }
  for (gsize j = 0; j < n_eligible && picks->len < k; j++)
    {
      gsize i = eligible[j];

      if (taken[i] || total + w->sentences[i].n_words > limit
          || is_redundant (w, &seen, i, MAX (wt->redundancy, FILL_REDUNDANCY)))
        continue;
      take (w, &seen, picks, i, &total, taken);
    }
  /* Never an empty summary of a text with words: the best sentence alone,
   * even over a word limit it does not fit (the caller sees its length). */
  if (picks->len == 0)
    take (w, &seen, picks, window[0].index, &total, taken);
  g_free (seen.slots);

  qsort (picks->data, picks->len, sizeof (SummPick), pick_compare);
  return total;
}

guint
summ_summarize (const SummInput *input, const SummBudget *budget, const SummWeights *weights,
                GArray *picks)
{
  Work w = { .in = input };
  guint total;

  g_return_val_if_fail (input != NULL && budget != NULL && picks != NULL, 0);
  g_array_set_size (picks, 0);
  if (input->n_sentences == 0)
    return 0;
  if (weights == NULL)
    weights = &default_weights;
  lexicon_init (&w.lx, input->n_tokens, input->length + 16);
  work_collect (&w);
  work_score (&w, weights);
  total = work_select (&w, budget, weights, picks);
  lexicon_clear (&w.lx);
  g_free (w.words);
  g_free (w.sentences);
  return total;
}
