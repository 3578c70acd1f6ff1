/* The entity tagger engine: hashed features, a linear model over BIO tags
 * and Viterbi decoding.  See tagger.h.
 *
 * Speed matters here (the plugin must tag millions of tokens a second), so
 * the hot path is plain C over arrays: each token's word is hashed once, every
 * feature id is a mix of a template number and those hashes, and scoring is a
 * sum of rows of one int16 table.
 */
#include "tagger.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

/* token_scores() has an AVX2 version written with intrinsics, chosen at run
 * time: GCC 12 widens a generic 16-byte vector to 16-bit lanes in four
 * instructions where one (vpmovsxbw from memory) does. */
/* NER_NO_SIMD (tests/test-entities-generic) builds only the code every
 * x86-64 runs: no AVX2 version, no clones, so that the paths a processor
 * without AVX2 takes are tested on one with it. */
#if defined(__x86_64__) && defined(__GNUC__) && defined(__has_attribute) && !defined(NER_NO_SIMD)
#if __has_attribute(target)
#define NER_AVX2_INTRINSICS 1
#include <immintrin.h>
#endif
#endif

static const char *const tag_names[NER_N_TAGS] = {
  "O",     "B-PER",  "I-PER",  "B-ORG", "I-ORG", "B-LOC",
  "I-LOC", "B-MISC", "I-MISC", "B-TTL", "I-TTL",
};

static const char *const type_names[NER_N_TYPES] = { "O", "PER", "ORG", "LOC", "MISC", "TTL" };

const char *
ner_tag_to_string (int tag)
{
  return tag >= 0 && tag < NER_N_TAGS ? tag_names[tag] : "O";
}

int
ner_tag_from_string (const char *s)
{
  for (int i = 0; i < NER_N_TAGS; i++)
    if (strcmp (s, tag_names[i]) == 0)
      return i;
  return NER_O;
}

const char *
ner_type_to_string (NerType type)
{
  return type < NER_N_TYPES ? type_names[type] : "O";
}

/* ---- Hashing ---- */

#define FNV_OFFSET 0xcbf29ce484222325ULL
#define FNV_PRIME 0x100000001b3ULL

static inline guint64
fnv_byte (guint64 h, guint8 b)
{
  return (h ^ b) * FNV_PRIME;
}

static inline guint64
mix64 (guint64 h)
{
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  return h;
}

static inline guint64
hash_str (const char *s, gsize len)
{
  guint64 h = FNV_OFFSET;

  for (gsize i = 0; i < len; i++)
    h = fnv_byte (h, (guint8)s[i]);
  return mix64 (h ^ len);
}

/* Writes the lower-cased form of a word into @out (at most @cap bytes;
 * longer words are cut, which only makes their hash less specific).
 * ASCII is done byte by byte; other characters go through GLib. */
static gsize
lower_word (const char *w, gsize len, char *out, gsize cap)
{
  gsize o = 0;

  for (gsize i = 0; i < len && o + 6 < cap;)
    {
      guint8 c = (guint8)w[i];

      if (c < 0x80)
        {
          out[o++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
          i++;
        }
      else
        {
          const char *next = g_utf8_find_next_char (w + i, w + len);
          gunichar u = g_utf8_get_char_validated (w + i, (gssize)(len - i));

          if (!next)
            next = w + len;
          if (u == (gunichar)-1 || u == (gunichar)-2)
            {
              out[o++] = (char)c;
              i++;
              continue;
            }
          /* Typographic apostrophes hash like the ASCII one, so "Netanyahu’s"
           * and "Netanyahu's" are the same word. */
          if (u == 0x2019 || u == 0x2018)
            u = '\'';
          o += g_unichar_to_utf8 (g_unichar_tolower (u), out + o);
          i = (gsize)(next - w);
        }
    }
  return o;
}

guint64
ner_word_key (const char *word, gsize len)
{
  char buf[128];
  gsize n = lower_word (word, len, buf, sizeof buf);

  return hash_str (buf, n) | 1; /* never 0, the empty key */
}

/* ner_possessive_len () past its quick test. */
guint
ner_possessive_len_full (const char *w, gsize len)
{
  if (len > 4 && memcmp (w + len - 4, "\xe2\x80\x99s", 4) == 0)
    return 4;
  if (len > 2 && w[len - 2] == '\'' && (w[len - 1] == 's' || w[len - 1] == 'S'))
    return 2;
  /* "ministers’": a plural possessive, only after an s */
  if (len > 4 && memcmp (w + len - 3, "\xe2\x80\x99", 3) == 0 && w[len - 4] == 's')
    return 3;
  if (len > 2 && w[len - 1] == '\'' && w[len - 2] == 's')
    return 1;
  return 0;
}

/* ---- Lexicon ---- */

/* An empty lexicon of at least @capacity slots; @with_keys: keeps the keys, so
 * that it can grow and be saved. */
static void
lexicon_init (NerLexicon *lex, guint32 capacity, gboolean with_keys)
{
  guint32 cap = 16;

  while (cap < capacity)
    cap <<= 1;
  lex->slots = g_new0 (NerLexSlot, cap);
  lex->keys = with_keys ? g_new0 (guint64, cap) : NULL;
  lex->mask = cap - 1;
  lex->n = 0;
}

void
ner_lexicon_init (NerLexicon *lex, guint32 capacity)
{
  lexicon_init (lex, capacity, TRUE);
}

void
ner_lexicon_clear (NerLexicon *lex)
{
  g_clear_pointer (&lex->slots, g_free);
  g_clear_pointer (&lex->keys, g_free);
  lex->mask = 0;
  lex->n = 0;
}

/* The slot of @key: its entry, or the empty slot where it goes. */
static guint32
lexicon_slot (const NerLexicon *lex, guint64 key)
{
  guint32 check = ner_lexicon_check (key), i;

  for (i = (guint32)key & lex->mask; lex->slots[i].check && lex->slots[i].check != check;
       i = (i + 1) & lex->mask)
    ;
  return i;
}

/* Or-s @flags into @key's entry, made if new (the table has room for it). */
static void
lexicon_merge (NerLexicon *lex, guint64 key, guint32 flags)
{
  guint32 i = lexicon_slot (lex, key);

  if (!lex->slots[i].check)
    {
      lex->slots[i].check = ner_lexicon_check (key);
      if (lex->keys)
        lex->keys[i] = key;
      lex->n++;
    }
  lex->slots[i].value |= flags;
}

/* Or-s @flags into @key's entry of a lexicon that keeps its keys, growing it as needed. */
static void
lexicon_put (NerLexicon *lex, guint64 key, guint32 flags)
{
  g_assert (lex->keys != NULL);
  /* Keep the table at most half full so probes stay short. */
  if ((lex->n + 1) * 2 > lex->mask + 1)
    {
      NerLexicon bigger;

      lexicon_init (&bigger, (lex->mask + 1) * 2, TRUE);
      for (guint32 j = 0; j <= lex->mask; j++)
        if (lex->slots[j].check)
          lexicon_merge (&bigger, lex->keys[j], lex->slots[j].value);
      ner_lexicon_clear (lex);
      *lex = bigger;
    }
  lexicon_merge (lex, key, flags);
}

void
ner_lexicon_add (NerLexicon *lex, const char *word, gsize len, guint32 flags)
{
  lexicon_put (lex, ner_word_key (word, len), flags);
}

/* ---- Scratch ---- */

/* Feature rows ner_model_tag reads per token: the hashed ones and the dense ones. */
#define NER_TAG_FEATS (NER_N_FEATS + NER_N_DENSE)

/* The hashes kept per token. */
enum {
  H_WORD,  /* lower-cased word, possessive stripped, digits as 0 */
  H_SHAPE, /* short shape: Xx, X.X., d-d */
  H_LONG,  /* long shape, first 6 characters */
  H_SUF2,
  H_SUF3,
  H_SUF4,
  H_PRE3,
  H_LEX,  /* lexicon flags */
  H_POSS, /* possessive ending or not */
  H_CAPKEY, /* a capitalised word's lexicon key (ner_word_key), for the history; else 0 */
  H_FINE,   /* the word's fine cluster, 0 for none */
  H_COARSE, /* its coarse cluster */
  H_DENSE,  /* its number + 1 among the model's dense words, 0 for none (ner_model_tag only) */
  NER_TOK_H
};

/* A lexicon value (tagger.h) into a token's H_LEX, H_FINE and H_COARSE, and back. */
static inline void
lexicon_value_split (guint32 v, guint64 *h)
{
  h[H_LEX] = v & NER_LEX_FLAGS;
  h[H_FINE] = (v >> NER_LEX_FINE_SHIFT) & NER_LEX_FINE_MAX;
  h[H_COARSE] = (v >> NER_LEX_COARSE_SHIFT) & NER_LEX_COARSE_MAX;
}

static inline guint32
lexicon_value_join (const guint64 *h)
{
  return (guint32)(h[H_LEX] | h[H_FINE] << NER_LEX_FINE_SHIFT | h[H_COARSE] << NER_LEX_COARSE_SHIFT);
}

void
ner_scratch_init (NerScratch *s)
{
  memset (s, 0, sizeof *s);
}

void
ner_scratch_clear (NerScratch *s)
{
  g_free (s->h);
  g_free (s->feats);
  g_free (s->emit);
  g_free (s->back);
  g_free (s->part);
  g_free (s->n_local);
  g_free (s->wfid);
  g_free (s->dense);
  ner_scratch_init (s);
}

void
ner_scratch_reserve (NerScratch *s, gsize n)
{
  gsize cap = s->cap ? s->cap : 64;

  if (n <= s->cap)
    return;
  while (cap < n)
    cap *= 2;
  s->h = g_renew (guint64, s->h, (cap + 4) * NER_TOK_H);
  s->feats = g_renew (guint32, s->feats, cap * NER_TAG_FEATS);
  s->emit = g_renew (float, s->emit, cap * NER_N_TAGS + NER_ROW);
  s->back = g_renew (gint32, s->back, cap * NER_VLANES);
  s->part = g_renew (gint16, s->part, cap * NER_ROW);
  s->n_local = g_renew (guint8, s->n_local, cap);
  s->wfid = g_renew (guint32, s->wfid, (cap + 4) * 4);
  s->dense = g_renew (guint32, s->dense, cap + 4);
  s->cap = cap;
}

/* ---- Features ---- */

typedef struct {
  gboolean has_upper, has_lower, has_letter;
} WordCase;

/* The shapes of a word: short (runs collapsed) and long (first 6 characters). */
static void
word_shapes (const char *w, gsize len, guint64 *shape, guint64 *long_shape, WordCase *wc)
{
  char sh[32], lg[8];
  gsize ns = 0, nl = 0;

  memset (wc, 0, sizeof *wc);
  for (gsize i = 0; i < len;)
    {
      guint8 c = (guint8)w[i];
      char k;

      if (c < 0x80)
        {
          if (c >= 'A' && c <= 'Z')
            k = 'X';
          else if (c >= 'a' && c <= 'z')
            k = 'x';
          else if (c >= '0' && c <= '9')
            k = 'd';
          else
            k = (char)c;
          i++;
        }
      else
        {
          gunichar u = g_utf8_get_char_validated (w + i, (gssize)(len - i));
          const char *next = g_utf8_find_next_char (w + i, w + len);

          i = next ? (gsize)(next - w) : len;
          if (u == (gunichar)-1 || u == (gunichar)-2)
            k = '?';
          else if (g_unichar_isupper (u) || g_unichar_istitle (u))
            k = 'X';
          else if (g_unichar_islower (u))
            k = 'x';
          else if (g_unichar_isalpha (u))
            k = 'a'; /* letters without case: CJK, Arabic */
          else if (g_unichar_isdigit (u))
            k = 'd';
          else if (u == 0x2019 || u == 0x2018)
            k = '\'';
          else if (u == 0x2013 || u == 0x2014)
            k = '-';
          else
            k = '*';
        }
      if (k == 'X')
        wc->has_upper = wc->has_letter = TRUE;
      else if (k == 'x')
        wc->has_lower = wc->has_letter = TRUE;
      else if (k == 'a')
        wc->has_letter = TRUE;
      if (nl < sizeof lg)
        lg[nl++] = k;
      if ((ns == 0 || sh[ns - 1] != k) && ns < sizeof sh)
        sh[ns++] = k;
    }
  *shape = hash_str (sh, ns);
  *long_shape = hash_str (lg, nl) ^ 0x5bd1e995;
}

/* A feature id: template @t over the values @a and @b. */
static inline guint32
fid (guint64 t, guint64 a, guint64 b, guint bits)
{
  guint64 h = (a ^ (t * 0x9E3779B97F4A7C15ULL)) * 0xff51afd7ed558ccdULL;

  h ^= (h >> 31) ^ b;
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 29;
  return (guint32)(h >> (64 - bits));
}

/* Hashes of the positions before the sentence and after it. */
#define BOS_HASH 0x1234567887654321ULL
#define EOS_HASH 0x8765432112345678ULL
#define CAPS_SHAPE 0x7777777733333333ULL

/* The start of a word without its possessive, and whether it begins with a capital. */
static gboolean
capitalised_word (const NerWord *w, gsize *len)
{
  guint8 c = w->len ? (guint8)w->text[0] : 0;

  *len = w->len - ner_possessive_len (w->text, w->len);
  if (c >= 'A' && c <= 'Z')
    return TRUE;
  return c >= 0x80 && g_unichar_isupper (g_utf8_get_char_validated (w->text, (gssize)w->len));
}

static void
token_hashes (const NerLexicon *lex, const guint32 *dense_of, const NerWord *wd,
              gboolean caps_mode, guint64 *h)
{
  char low[128];
  gsize len = wd->len, n;
  guint poss = ner_possessive_len (wd->text, len);
  WordCase wc;

  len -= poss;
  n = lower_word (wd->text, len, low, sizeof low);
  h[H_WORD] = hash_str (low, n);
  h[H_CAPKEY] = h[H_WORD] | 1;
  /* One probe for the word's value and its dense number (NerModel.dense_of). */
  if (lex->slots)
    {
      guint32 slot = lexicon_slot (lex, h[H_CAPKEY]);

      lexicon_value_split (lex->slots[slot].value, h);
      h[H_DENSE] = dense_of ? dense_of[slot] : 0;
    }
  else
    {
      lexicon_value_split (0, h);
      h[H_DENSE] = 0;
    }
  /* Digits as 0: "1990" and "2004" are the same word to the model.  (A word
   * without digits 1-9 keeps the hash it has.) */
  {
    gboolean digits = FALSE;

    for (gsize i = 0; i < n; i++)
      if (low[i] >= '1' && low[i] <= '9')
        {
          low[i] = '0';
          digits = TRUE;
        }
    if (digits)
      h[H_WORD] = hash_str (low, n);
  }
  word_shapes (wd->text, len, &h[H_SHAPE], &h[H_LONG], &wc);
  /* In an all-capitals sentence (a headline) the shape says nothing: every
   * word looks like an acronym.  Those words get one shape of their own, so
   * the model falls back on the words themselves. */
  if (caps_mode && wc.has_upper && !wc.has_lower)
    h[H_SHAPE] = h[H_LONG] = CAPS_SHAPE;
  h[H_SUF2] = hash_str (low + (n > 2 ? n - 2 : 0), n > 2 ? 2 : n);
  h[H_SUF3] = hash_str (low + (n > 3 ? n - 3 : 0), n > 3 ? 3 : n);
  h[H_SUF4] = hash_str (low + (n > 4 ? n - 4 : 0), n > 4 ? 4 : n);
  h[H_PRE3] = hash_str (low, n > 3 ? 3 : n);
  h[H_POSS] = poss ? 1 : 0;
  if (!capitalised_word (wd, &len))
    h[H_CAPKEY] = 0;
}

guint32
ner_history_feature (guint bits, guint code)
{
  return fid (29, code, 0, bits);
}

/* Whether a sentence is written in capitals only (a headline, a shouted line). */
static gboolean
sentence_all_caps (const NerWord *words, gsize n)
{
  gsize upper_words = 0;

  for (gsize i = 0; i < n; i++)
    {
      gsize letters = 0;

      for (guint32 j = 0; j < words[i].len; j++)
        {
          guint8 c = (guint8)words[i].text[j];

          if (c >= 'a' && c <= 'z')
            return FALSE;
          if (c >= 'A' && c <= 'Z')
            letters++;
        }
      if (letters >= 2)
        upper_words++;
    }
  return upper_words >= 2;
}

void
ner_lexicon_reset (NerLexicon *lex)
{
  if (lex->slots && lex->n)
    {
      memset (lex->slots, 0, sizeof (NerLexSlot) * ((gsize)lex->mask + 1));
      if (lex->keys)
        memset (lex->keys, 0, sizeof (guint64) * ((gsize)lex->mask + 1));
    }
  lex->n = 0;
}

void
ner_history_codes (const NerLexicon *hist, const NerWord *words, gsize n, guint8 *codes)
{
  for (gsize i = 0; i < n; i++)
    {
      gsize len;

      codes[i] = hist->n && capitalised_word (&words[i], &len)
                     ? (guint8)ner_lexicon_lookup (hist, ner_word_key (words[i].text, len))
                     : 0;
    }
}

/* What token @i of a tagged sentence tells the history (see tagger.h), 0 for nothing;
 * the word is capitalised. */
static guint32
history_code (const guint8 *tags, gsize n, gsize i)
{
  NerType type = ner_tag_type (tags[i]);
  guint32 code;

  if (type >= NER_TYPE_PER && type <= NER_TYPE_MISC)
    code = 1u << (type - NER_TYPE_PER);
  else if (tags[i] == NER_O && i > 0)
    code = NER_HIST_CAPITAL_O;
  else
    return 0;
  /* The last word of a person's name: "Blinken" after "Antony Blinken". */
  if (type == NER_TYPE_PER && (i + 1 == n || tags[i + 1] != NER_I_PER))
    code |= NER_HIST_PERSON_END;
  return code;
}

void
ner_history_add (NerLexicon *hist, const NerWord *words, gsize n, const guint8 *tags)
{
  for (gsize i = 0; i < n; i++)
    {
      gsize len;
      guint32 code;

      if (capitalised_word (&words[i], &len) && (code = history_code (tags, n, i)))
        lexicon_put (hist, ner_word_key (words[i].text, len), code);
    }
}

/* The hashes of the two padding tokens on each side of a sentence of @n tokens, so that
 * feature windows need no bounds checks. */
static void
pad_hashes (guint64 *h, gsize n)
{
  for (int k = 0; k < NER_TOK_H; k++)
    {
      h[0 * NER_TOK_H + k] = BOS_HASH + (guint64)k;
      h[1 * NER_TOK_H + k] = BOS_HASH + 100 + (guint64)k;
      h[(n + 2) * NER_TOK_H + k] = EOS_HASH + (guint64)k;
      h[(n + 3) * NER_TOK_H + k] = EOS_HASH + 100 + (guint64)k;
    }
}

void
ner_features (const NerLexicon *lex, guint bits, const NerWord *words, gsize n,
              const NerLexicon *hist, NerScratch *s, guint32 *feats)
{
  gboolean caps_mode = sentence_all_caps (words, n);
  guint64 *h = s->h;

  pad_hashes (h, n);
  for (gsize i = 0; i < n; i++)
    token_hashes (lex, NULL, &words[i], caps_mode, h + (i + 2) * NER_TOK_H);

  for (gsize i = 0; i < n; i++)
    {
      const guint64 *c = h + (i + 2) * NER_TOK_H;
      const guint64 *p = c - NER_TOK_H, *pp = c - 2 * NER_TOK_H;
      const guint64 *x = c + NER_TOK_H, *xx = c + 2 * NER_TOK_H;
      guint32 *f = feats + i * NER_N_FEATS;
      guint64 pos = (i == 0 ? 1 : 0) | (caps_mode ? 2 : 0);
      int k = 0;

      f[k++] = fid (0, 0, 0, bits); /* bias */
      f[k++] = fid (1, c[H_WORD], 0, bits);
      f[k++] = fid (2, p[H_WORD], 0, bits);
      f[k++] = fid (3, x[H_WORD], 0, bits);
      f[k++] = fid (4, pp[H_WORD], 0, bits);
      f[k++] = fid (5, xx[H_WORD], 0, bits);
      f[k++] = fid (6, c[H_SHAPE], pos, bits);
      f[k++] = fid (7, p[H_SHAPE], c[H_SHAPE], bits);
      f[k++] = fid (8, c[H_SHAPE], x[H_SHAPE], bits);
      f[k++] = fid (9, c[H_SUF2], 0, bits);
      f[k++] = fid (10, c[H_SUF3], 0, bits);
      f[k++] = fid (11, c[H_SUF4], 0, bits);
      f[k++] = fid (12, c[H_PRE3], 0, bits);
      f[k++] = fid (13, p[H_WORD], c[H_WORD], bits);
      f[k++] = fid (14, c[H_WORD], x[H_WORD], bits);
      f[k++] = fid (15, c[H_WORD], c[H_SHAPE] ^ pos, bits);
      f[k++] = fid (16, c[H_LEX], pos, bits);
      f[k++] = fid (17, p[H_LEX], c[H_SHAPE], bits);
      f[k++] = fid (18, x[H_LEX], c[H_SHAPE], bits);
      f[k++] = fid (19, p[H_WORD], c[H_SHAPE], bits);
      f[k++] = fid (20, c[H_SHAPE], x[H_WORD], bits);
      f[k++] = fid (21, c[H_POSS] | p[H_POSS] << 1, c[H_SHAPE], bits);
      f[k++] = fid (22, c[H_LONG], pos, bits);
      f[k++] = fid (23, p[H_SHAPE] ^ (x[H_SHAPE] * 31), c[H_SHAPE], bits);
      f[k++] = fid (24, pp[H_SHAPE], p[H_SHAPE], bits);
      f[k++] = fid (25, x[H_SHAPE], xx[H_SHAPE], bits);
      f[k++] = fid (26, c[H_LEX], c[H_SHAPE], bits);
      f[k++] = fid (27, p[H_LEX] * 131 + x[H_LEX], c[H_LEX], bits);
      f[k++] = fid (28, c[H_SUF3], c[H_SHAPE], bits);
      f[k++] = fid (30, c[H_FINE], pos, bits);
      f[k++] = fid (31, c[H_COARSE], c[H_SHAPE], bits);
      f[k++] = fid (32, p[H_FINE], c[H_SHAPE], bits);
      f[k++] = fid (33, x[H_FINE], c[H_SHAPE], bits);
      g_assert (k == NER_HIST_SLOT);
      f[k++] = ner_history_feature (
          bits, hist && hist->n && c[H_CAPKEY] ? ner_lexicon_lookup (hist, c[H_CAPKEY]) : 0);
      g_assert (k == NER_N_FEATS);
    }
}

/* ---- Decoding ---- */


/* BIO: I-X may only follow B-X or I-X. */
static inline gboolean
allowed (int prev, int cur)
{
  if (cur == NER_O || ner_tag_is_begin (cur))
    return TRUE;
  return prev >= 0 && prev != NER_O && ner_tag_type (prev) == ner_tag_type (cur);
}

/* The transitions with BIO's constraint folded in as -inf, row q + 1 from tag
 * q (row 0 from the start), each row padded to NER_VLANES with -inf, so the
 * inner loop of Viterbi is adds and compares only.  A model keeps its table
 * (NerModel.vtrans): building it costs more than decoding a short sentence. */
static void
viterbi_table (const float *trans, float *table)
{
  for (int q = -1; q < NER_N_TAGS; q++)
    for (int t = 0; t < NER_VLANES; t++)
      table[(q + 1) * NER_VLANES + t] = t < NER_N_TAGS && allowed (q, t)
                                           ? trans[(q + 1) * NER_N_TAGS + t]
                                           : -INFINITY;
}

/* Viterbi and the row sums get an AVX2 version where the processor has it,
 * chosen at load time (function multiversioning through an ifunc, x86-64 ELF):
 * 256-bit vectors, three-operand instructions and blends. */
#if defined(__x86_64__) && defined(__GNUC__) && defined(__ELF__) && defined(__has_attribute) \
    && !defined(NER_NO_SIMD)
#if __has_attribute(target_clones)
#define NER_VECTOR_CLONES __attribute__ ((target_clones ("avx2", "default")))
#endif
#endif
#ifndef NER_VECTOR_CLONES
#define NER_VECTOR_CLONES
#endif

#if defined(__GNUC__)
/* The 16 lanes of a tag vector as two of 8 (GCC's and Clang's vector
 * extensions): 256-bit operations with AVX2, twice as many SSE2 ones without. */
typedef float NerVec8F __attribute__ ((vector_size (32)));
typedef gint32 NerVec8I __attribute__ ((vector_size (32)));
#endif

/* Viterbi over @n tokens with the table of viterbi_table(); @back holds
 * NER_VLANES back pointers per token. */
NER_VECTOR_CLONES static void
viterbi_decode (const float *emit, const float *tr, gsize n, gint32 *back, guint8 *tags)
{
  float pd[NER_VLANES];

  if (n == 0)
    return;
  for (int t = 0; t < NER_N_TAGS; t++)
    pd[t] = tr[t] + emit[t];
  for (int t = NER_N_TAGS; t < NER_VLANES; t++)
    pd[t] = -INFINITY;
  for (gsize i = 1; i < n; i++)
    {
      const float *e = emit + i * NER_N_TAGS;
      gint32 *b = back + i * NER_VLANES;

      /* Every tag at once, predecessor by predecessor; a later predecessor
       * replaces an earlier one only when strictly better, so ties go to the
       * earlier tag.  An I- tag gets -inf from all but B-X and I-X, so it
       * picks between those two exactly as a two-way comparison would. */
#if defined(__GNUC__)
      {
        NerVec8F lo, hi, r, e8, e16 = { e[8], e[9], e[10], 0, 0, 0, 0, 0 };
        NerVec8I alo = { 0 }, ahi = { 0 };

        memcpy (&r, tr + NER_VLANES, sizeof r);
        lo = pd[0] + r;
        memcpy (&r, tr + NER_VLANES + 8, sizeof r);
        hi = pd[0] + r;
        /* Unrolled, q is a constant in each step. */
#pragma GCC unroll 16
        for (int q = 1; q < NER_N_TAGS; q++)
          {
            NerVec8F v0, v1, p = { pd[q], pd[q], pd[q], pd[q], pd[q], pd[q], pd[q], pd[q] };
            NerVec8I m0, m1;

            memcpy (&r, tr + (q + 1) * NER_VLANES, sizeof r);
            v0 = p + r;
            memcpy (&r, tr + (q + 1) * NER_VLANES + 8, sizeof r);
            v1 = p + r;
            m0 = v0 > lo;
            m1 = v1 > hi;
            alo = (q & m0) | (alo & ~m0);
            ahi = (q & m1) | (ahi & ~m1);
            lo = (NerVec8F)(((NerVec8I)v0 & m0) | ((NerVec8I)lo & ~m0));
            hi = (NerVec8F)(((NerVec8I)v1 & m1) | ((NerVec8I)hi & ~m1));
          }
        memcpy (&e8, e, sizeof e8);
        lo += e8;
        hi += e16;
        memcpy (pd, &lo, sizeof lo);
        memcpy (pd + 8, &hi, sizeof hi);
        memcpy (b, &alo, sizeof alo);
        memcpy (b + 8, &ahi, sizeof ahi);
      }
#else
      {
        float best[NER_VLANES];

        for (int t = 0; t < NER_VLANES; t++)
          {
            best[t] = pd[0] + tr[NER_VLANES + t];
            b[t] = 0;
          }
        for (int q = 1; q < NER_N_TAGS; q++)
          for (int t = 0; t < NER_VLANES; t++)
            {
              float v = pd[q] + tr[(q + 1) * NER_VLANES + t];

              if (v > best[t])
                {
                  best[t] = v;
                  b[t] = q;
                }
            }
        for (int t = 0; t < NER_N_TAGS; t++)
          pd[t] = best[t] + e[t];
      }
#endif
    }
  {
    int a = 0;

    for (int t = 1; t < NER_N_TAGS; t++)
      if (pd[t] > pd[a])
        a = t;
    for (gsize i = n; i-- > 0;)
      {
        tags[i] = (guint8)a;
        if (i > 0)
          a = back[i * NER_VLANES + a];
      }
  }
}

void
ner_viterbi (const float *emit, const float *trans, gsize n, NerScratch *s, guint8 *tags)
{
  float table[(NER_N_TAGS + 1) * NER_VLANES];

  viterbi_table (trans, table);
  viterbi_decode (emit, table, n, s->back, tags);
}
/* ---- Decoding a sentence, with a cache of words ----
 *
 * Fourteen of the 34 features of a token depend on the token alone (its
 * word, shapes, affixes, word-list flags and clusters; its position only
 * through "first in the sentence" and the sentence being in capitals), and so
 * does the word's own dense row (tagger.h, NER_N_DENSE).  News
 * repeats its words ("the", ",", "said", names), so each thread keeps, for
 * recent words, the token's hashes and the sum of those fifteen rows: a word
 * met again costs no lower-casing, no hashing of its own and 15 fewer rows (scattered over
 * megabytes) to read.  The sums are whole numbers, so the scores are exactly
 * those of ner_features() and ner_model_dense_rows(); tests/test-entities.c
 * checks the two agree. */

/* Words up to this many bytes are cached (longer ones are rare and computed). */
#define NER_CACHE_WORD 24
/* Entries, direct-mapped: a new word replaces the one in its slot.  16,384
 * (2 MB a thread) keep half the misses of 4,096 on news, and the entities
 * stage ran 6 % faster (segment + entities, 20 MB, one thread): a miss costs
 * token_hashes() and 12 scattered rows, more than a hit that goes to L3. */
#define NER_CACHE_SIZE 16384

/* 128 bytes, two cache lines: of token_hashes(), the hashes its neighbours'
 * features read (and the history: a cached token's own token-only features
 * are in its sums), which are 64-bit but for the flags; the sums keep the
 * NER_LANES lanes that can be non-zero (a row's lanes past NER_N_TAGS are
 * zero); and the ids of the 4 features of a neighbour's word. */
typedef struct {
  guint64 text[NER_CACHE_WORD / 8]; /* the word's bytes, zero-padded */
  guint64 word, shape, capkey;      /* H_WORD, H_SHAPE, H_CAPKEY */
  guint32 len;                      /* 0: empty */
  guint32 lex;                      /* H_LEX, H_FINE, H_COARSE packed as in the lexicon */
  guint8 caps;                      /* the sentence is in capitals (shapes differ) */
  guint8 poss;                      /* H_POSS */
  guint8 has_first;                 /* part_first holds its sum */
  guint8 unused;
  gint16 part[NER_LANES];           /* the sum of the token-only rows, not first in the sentence */
  gint16 part_first[NER_LANES];     /* the same, first in the sentence (a feature of position) */
  guint32 wfid[4];                  /* word_fids () */
  guint32 dense;                    /* dense_row () of the word: its first dense row */
} NerCacheEntry;

G_STATIC_ASSERT (sizeof (NerCacheEntry) == 128);

typedef struct {
  NerCacheEntry entries[NER_CACHE_SIZE]; /* first: aligned to a cache line */
  guint serial; /* the model the entries were computed with */
} NerWordCache;

/* Per thread: the model is shared by the workers. */
static GPrivate word_cache_key = G_PRIVATE_INIT (g_aligned_free);
/* Each loaded model gets its own number: a cache is only good for one model. */
static gint model_serial;

static NerWordCache *
word_cache (const NerModel *model)
{
  NerWordCache *cache = g_private_get (&word_cache_key);

  if (cache == NULL)
    {
      cache = g_aligned_alloc0 (1, sizeof (NerWordCache), 64);
      g_private_set (&word_cache_key, cache);
      cache->serial = model->serial;
    }
  else if (cache->serial != model->serial)
    {
      memset (cache, 0, sizeof *cache);
      cache->serial = model->serial;
    }
  return cache;
}

/* Feature id @id, whose row is asked for now: the rows are scattered over
 * megabytes, and a token's rows are summed one token later (ner_model_tag), so
 * their cache misses overlap with the work in between.  Inline in the feature
 * functions, a prefetch costs about one instruction more than the id's store. */
#if defined(__GNUC__)
#define PF(id) (__builtin_prefetch (w + (gsize)(id) * NER_ROW), (id))
#else
#define PF(id) (id)
#endif
/* Appends feature id @expr to f[k] and prefetches its row. */
#define ADD(expr) (id = (expr), f[k++] = PF (id))

/* The features of token @c that depend on it alone (and @pos); 14 of them.
 * @w: the model's weights, for the prefetches. */
#define NER_N_LOCAL 14
static inline void
local_features (const guint64 *c, guint64 pos, guint bits, const gint8 *w, guint32 *f)
{
  int k = 0;
  guint32 id;

  (void)w;
  ADD (fid (0, 0, 0, bits));
  ADD (fid (1, c[H_WORD], 0, bits));
  ADD (fid (6, c[H_SHAPE], pos, bits));
  ADD (fid (9, c[H_SUF2], 0, bits));
  ADD (fid (10, c[H_SUF3], 0, bits));
  ADD (fid (11, c[H_SUF4], 0, bits));
  ADD (fid (12, c[H_PRE3], 0, bits));
  ADD (fid (15, c[H_WORD], c[H_SHAPE] ^ pos, bits));
  ADD (fid (16, c[H_LEX], pos, bits));
  ADD (fid (22, c[H_LONG], pos, bits));
  ADD (fid (26, c[H_LEX], c[H_SHAPE], bits));
  ADD (fid (28, c[H_SUF3], c[H_SHAPE], bits));
  ADD (fid (30, c[H_FINE], pos, bits));
  ADD (fid (31, c[H_COARSE], c[H_SHAPE], bits));
}

/* The ids of the features of a neighbour's word (templates 2 to 5: the
 * previous, next, second previous and second next word), which depend on the
 * word alone: the word cache keeps them. */
static inline void
word_fids (guint64 word, guint bits, guint32 *wf)
{
  wf[0] = fid (2, word, 0, bits);
  wf[1] = fid (3, word, 0, bits);
  wf[2] = fid (4, word, 0, bits);
  wf[3] = fid (5, word, 0, bits);
}

/* The first of the NER_N_DENSE rows of the word whose H_DENSE is @number. */
static inline guint32
dense_row (const NerModel *model, guint64 number)
{
  return ((guint32)1 << model->bits) + NER_N_DENSE * (guint32)number;
}

void
ner_model_dense_rows (const NerModel *model, const NerWord *words, gsize n, guint32 *rows)
{
  for (gsize i = 0; i < n; i++)
    {
      guint32 own = 0;

      if (model->dense_of)
        own = model->dense_of[lexicon_slot (
            &model->lexicon,
            ner_word_key (words[i].text,
                          words[i].len - ner_possessive_len (words[i].text, words[i].len)))];
      /* Row 0 of word i is read by token i + 1, row 2 by token i - 1. */
      rows[i * NER_N_DENSE + 1] = dense_row (model, own) + 1;
      if (i + 1 < n)
        rows[(i + 1) * NER_N_DENSE + 0] = dense_row (model, own) + 0;
      if (i > 0)
        rows[(i - 1) * NER_N_DENSE + 2] = dense_row (model, own) + 2;
    }
  if (n)
    {
      rows[0] = dense_row (model, 0);
      rows[(n - 1) * NER_N_DENSE + 2] = dense_row (model, 0) + 2;
    }
}

/* The others: the neighbours' words and shapes, and the document history.
 * @wf: the word feature ids of the token, 4 per token, those of its
 * neighbours around. */
#define NER_N_CONTEXT (NER_N_FEATS - NER_N_LOCAL)
static inline void
context_features (const guint64 *c, const guint32 *wf, guint bits, guint32 hist_code,
                  const gint8 *w, guint32 *f)
{
  const guint64 *p = c - NER_TOK_H, *pp = c - 2 * NER_TOK_H;
  const guint64 *x = c + NER_TOK_H, *xx = c + 2 * NER_TOK_H;
  int k = 0;
  guint32 id;

  (void)w;
  ADD (wf[-4 + 0]); /* fid (2, p[H_WORD], 0, bits) */
  ADD (wf[4 + 1]);  /* fid (3, x[H_WORD], 0, bits) */
  ADD (wf[-8 + 2]); /* fid (4, pp[H_WORD], 0, bits) */
  ADD (wf[8 + 3]);  /* fid (5, xx[H_WORD], 0, bits) */
  ADD (fid (7, p[H_SHAPE], c[H_SHAPE], bits));
  ADD (fid (8, c[H_SHAPE], x[H_SHAPE], bits));
  ADD (fid (13, p[H_WORD], c[H_WORD], bits));
  ADD (fid (14, c[H_WORD], x[H_WORD], bits));
  ADD (fid (17, p[H_LEX], c[H_SHAPE], bits));
  ADD (fid (18, x[H_LEX], c[H_SHAPE], bits));
  ADD (fid (19, p[H_WORD], c[H_SHAPE], bits));
  ADD (fid (20, c[H_SHAPE], x[H_WORD], bits));
  ADD (fid (21, c[H_POSS] | p[H_POSS] << 1, c[H_SHAPE], bits));
  ADD (fid (23, p[H_SHAPE] ^ (x[H_SHAPE] * 31), c[H_SHAPE], bits));
  ADD (fid (24, pp[H_SHAPE], p[H_SHAPE], bits));
  ADD (fid (25, x[H_SHAPE], xx[H_SHAPE], bits));
  ADD (fid (27, p[H_LEX] * 131 + x[H_LEX], c[H_LEX], bits));
  ADD (fid (32, p[H_FINE], c[H_SHAPE], bits));
  ADD (fid (33, x[H_FINE], c[H_SHAPE], bits));
  ADD (fid (29, hist_code, 0, bits)); /* ner_history_feature () */
}
#undef ADD
#undef PF

/* Adds the rows of the @n features @f into @acc.  16-bit sums cannot overflow:
 * weights are int8, and NER_N_FEATS of them fit in an int16.  A row is one
 * 16-byte load widened to 16 lanes of 16 bits (one AVX2 instruction each). */
#if defined(__GNUC__) && defined(__has_builtin)
#if __has_builtin(__builtin_convertvector)
#define NER_ROW_VECTORS 1
#endif
#endif

#ifdef NER_ROW_VECTORS
typedef gint8 NerRowB __attribute__ ((vector_size (NER_ROW)));
typedef gint16 NerRowH __attribute__ ((vector_size (2 * NER_ROW)));

NER_VECTOR_CLONES static void
add_rows (const NerModel *model, const guint32 *f, int n, gint16 *acc)
{
  NerRowH sum;

  memcpy (&sum, acc, sizeof sum);
  for (int k = 0; k < n; k++)
    {
      NerRowB row;

      memcpy (&row, model->weights + (gsize)f[k] * NER_ROW, sizeof row);
      sum += __builtin_convertvector (row, NerRowH);
    }
  memcpy (acc, &sum, sizeof sum);
}

typedef gint32 NerRowW __attribute__ ((vector_size (4 * NER_ROW)));
typedef float NerRowF __attribute__ ((vector_size (4 * NER_ROW)));

/* A token's scores: @acc (the sum of its cached rows) plus the rows of its
 * @n features @f, times the scale, into @emit, whole vectors at a time:
 * NER_ROW floats are written, the NER_N_TAGS scores and padding that the next
 * token's scores overwrite (NerScratch.emit has room after the last). */
NER_VECTOR_CLONES static void
token_scores_vectors (const NerModel *model, const guint32 *f, int n, const gint16 *acc,
                      float *emit)
{
  gint16 sums[NER_ROW];
  NerRowH sum;
  NerRowF scores;

  memcpy (sums, acc, sizeof sums);
  add_rows (model, f, n, sums);
  memcpy (&sum, sums, sizeof sum);
  scores = __builtin_convertvector (__builtin_convertvector (sum, NerRowW), NerRowF) * model->scale;
  memcpy (emit, &scores, sizeof scores);
}

#ifdef NER_AVX2_INTRINSICS
/* token_scores_vectors() in AVX2: a row is one widening load and one add;
 * two sums in turn, so that consecutive adds do not wait for each other
 * (16-bit sums, associative: the same result). */
__attribute__ ((target ("avx2"))) static void
token_scores_avx2 (const NerModel *model, const guint32 *f, int n, const gint16 *acc, float *emit)
{
  const gint8 *w = model->weights;
  __m256i sum0 = _mm256_loadu_si256 ((const __m256i *)acc), sum1 = _mm256_setzero_si256 ();
  __m256 scale = _mm256_set1_ps (model->scale);
  int k = 0;

  for (; k + 2 <= n; k += 2)
    {
      sum0 = _mm256_add_epi16 (
          sum0, _mm256_cvtepi8_epi16 (_mm_loadu_si128 ((const __m128i *)(w + (gsize)f[k] * NER_ROW))));
      sum1 = _mm256_add_epi16 (sum1, _mm256_cvtepi8_epi16 (_mm_loadu_si128 (
                                         (const __m128i *)(w + (gsize)f[k + 1] * NER_ROW))));
    }
  if (k < n)
    sum0 = _mm256_add_epi16 (
        sum0, _mm256_cvtepi8_epi16 (_mm_loadu_si128 ((const __m128i *)(w + (gsize)f[k] * NER_ROW))));
  sum0 = _mm256_add_epi16 (sum0, sum1);
  _mm256_storeu_ps (emit, _mm256_mul_ps (_mm256_cvtepi32_ps (_mm256_cvtepi16_epi32 (
                                             _mm256_castsi256_si128 (sum0))),
                                         scale));
  _mm256_storeu_ps (emit + 8, _mm256_mul_ps (_mm256_cvtepi32_ps (_mm256_cvtepi16_epi32 (
                                                 _mm256_extracti128_si256 (sum0, 1))),
                                             scale));
}
#endif

/* A token's scores (see token_scores_vectors). */
static inline void
token_scores (const NerModel *model, const guint32 *f, int n, const gint16 *acc, float *emit)
{
#ifdef NER_AVX2_INTRINSICS
  if (__builtin_cpu_supports ("avx2"))
    {
      token_scores_avx2 (model, f, n, acc, emit);
      return;
    }
#endif
  token_scores_vectors (model, f, n, acc, emit);
}
#else
static void
add_rows (const NerModel *model, const guint32 *f, int n, gint16 *acc)
{
  for (int k = 0; k < n; k++)
    {
      const gint8 *row = model->weights + (gsize)f[k] * NER_ROW;

      for (int t = 0; t < NER_ROW; t++)
        acc[t] = (gint16)(acc[t] + row[t]);
    }
}

static void
token_scores (const NerModel *model, const guint32 *f, int n, const gint16 *acc, float *emit)
{
  gint16 sum[NER_ROW];

  memcpy (sum, acc, sizeof sum);
  add_rows (model, f, n, sum);
  for (int t = 0; t < NER_N_TAGS; t++)
    emit[t] = (float)sum[t] * model->scale;
}
#endif

/* The cache slot of a word (its bytes zero-padded into @text), or NULL when
 * it is too long to be cached. */
static NerCacheEntry *
cache_slot (NerWordCache *cache, const NerWord *w, gboolean caps, guint64 *text)
{
  guint64 k;

  if (w->len == 0 || w->len > NER_CACHE_WORD)
    return NULL;
  memset (text, 0, NER_CACHE_WORD);
  memcpy (text, w->text, w->len);
  k = (text[0] * 0x9E3779B97F4A7C15ULL) ^ (text[1] * 0xff51afd7ed558ccdULL)
      ^ (text[2] * 0xc4ceb9fe1a85ec53ULL) ^ w->len ^ ((guint64)caps << 8);
  k ^= k >> 29;
  k *= 0xBF58476D1CE4E5B9ULL;
  return &cache->entries[(k >> 32) & (NER_CACHE_SIZE - 1)];
}

void
ner_model_tag (const NerModel *model, const NerWord *words, gsize n, NerLexicon *hist,
               NerScratch *s, guint8 *tags)
{
  NerWordCache *cache = word_cache (model);
  gboolean caps_mode;
  guint64 *h;
  guint bits = model->bits;

  if (n == 0)
    return;
  ner_scratch_reserve (s, n);
  caps_mode = sentence_all_caps (words, n);
  h = s->h;
  pad_hashes (h, n);
  memcpy (s->wfid, model->pad_wfid[0], 2 * sizeof model->pad_wfid[0]);
  memcpy (s->wfid + (n + 2) * 4, model->pad_wfid[2], 2 * sizeof model->pad_wfid[0]);
  s->dense[0] = s->dense[1] = s->dense[n + 2] = s->dense[n + 3] = dense_row (model, 0);
  /* 1. Each token's hashes, word feature ids and token-only sum, from the
   *    cache or computed (and cached).  The sums are copied: a later word of
   *    the sentence may take the same slot. */
  for (gsize i = 0; i < n; i++)
    {
      guint64 text[NER_CACHE_WORD / 8];
      NerCacheEntry *e = cache_slot (cache, &words[i], caps_mode, text);
      guint64 *c = h + (i + 2) * NER_TOK_H;
      guint32 *wf = s->wfid + (i + 2) * 4;
      gboolean hit;

      if (e == NULL)
        {
          /* A long word: its token-only features (and own dense row) are read
           * with the others. */
          token_hashes (&model->lexicon, model->dense_of, &words[i], caps_mode, c);
          word_fids (c[H_WORD], bits, wf);
          s->dense[i + 2] = dense_row (model, c[H_DENSE]);
          s->n_local[i] = NER_N_LOCAL + 1;
          continue;
        }
      hit = e->len == words[i].len && e->caps == (guint8)caps_mode
            && memcmp (e->text, text, NER_CACHE_WORD) == 0;
      if (hit)
        {
          c[H_WORD] = e->word;
          c[H_SHAPE] = e->shape;
          c[H_CAPKEY] = e->capkey;
          lexicon_value_split (e->lex, c);
          c[H_POSS] = e->poss;
          memcpy (wf, e->wfid, sizeof e->wfid);
        }
      else
        {
          guint32 f[NER_N_LOCAL + 1];
          gint16 acc[NER_ROW] = { 0 };

          token_hashes (&model->lexicon, model->dense_of, &words[i], caps_mode, c);
          word_fids (c[H_WORD], bits, wf);
          memcpy (e->text, text, NER_CACHE_WORD);
          e->len = words[i].len;
          e->caps = (guint8)caps_mode;
          e->has_first = FALSE;
          e->word = c[H_WORD];
          e->shape = c[H_SHAPE];
          e->capkey = c[H_CAPKEY];
          e->lex = lexicon_value_join (c);
          e->poss = (guint8)c[H_POSS];
          memcpy (e->wfid, wf, sizeof e->wfid);
          e->dense = dense_row (model, c[H_DENSE]);
          local_features (c, caps_mode ? 2 : 0, bits, model->weights, f);
          f[NER_N_LOCAL] = e->dense + 1; /* the word's own dense row */
          add_rows (model, f, NER_N_LOCAL + 1, acc);
          memcpy (e->part, acc, sizeof e->part);
        }
      if (i == 0 && !e->has_first)
        {
          /* First in the sentence: position is a feature; the entry keeps
           * the hashes the neighbours read, so the others are computed again. */
          guint32 f[NER_N_LOCAL + 1];
          gint16 acc[NER_ROW] = { 0 };

          if (hit)
            token_hashes (&model->lexicon, model->dense_of, &words[i], caps_mode, c);
          local_features (c, caps_mode ? 3 : 1, bits, model->weights, f);
          f[NER_N_LOCAL] = e->dense + 1;
          add_rows (model, f, NER_N_LOCAL + 1, acc);
          memcpy (e->part_first, acc, sizeof e->part_first);
          e->has_first = TRUE;
        }
      s->dense[i + 2] = e->dense;
      memcpy (s->part + i * NER_ROW, i == 0 ? e->part_first : e->part, sizeof e->part);
      memset (s->part + i * NER_ROW + NER_LANES, 0, (NER_ROW - NER_LANES) * sizeof (gint16));
      s->n_local[i] = 0;
    }
  /* 2. The scores: the token-only sums plus the rows of the features still
   *    to read (a long word's token-only ones and everyone's context).  Those
   *    of token i + 1 are computed, and their rows prefetched, before token i
   *    is summed. */
  for (gsize i = 0; i <= n; i++)
    {
      if (i < n)
        {
          const guint64 *c = h + (i + 2) * NER_TOK_H;
          guint32 code
              = hist && hist->n && c[H_CAPKEY] ? ner_lexicon_lookup (hist, c[H_CAPKEY]) : 0;
          guint32 *f = s->feats + i * NER_TAG_FEATS;

          if (s->n_local[i] > 0)
            {
              memset (s->part + i * NER_ROW, 0, NER_ROW * sizeof (gint16));
              local_features (c, (i == 0 ? 1 : 0) | (caps_mode ? 2 : 0), bits, model->weights,
                              f + NER_N_CONTEXT + 2);
              f[NER_N_CONTEXT + 2 + NER_N_LOCAL] = s->dense[i + 2] + 1;
            }
          context_features (c, s->wfid + (i + 2) * 4, bits, code, model->weights, f);
          /* The neighbours' dense rows: the previous word's row 0, the next one's row 2. */
          f[NER_N_CONTEXT] = s->dense[i + 1] + 0;
          f[NER_N_CONTEXT + 1] = s->dense[i + 3] + 2;
#if defined(__GNUC__)
          __builtin_prefetch (model->weights + (gsize)f[NER_N_CONTEXT] * NER_ROW);
          __builtin_prefetch (model->weights + (gsize)f[NER_N_CONTEXT + 1] * NER_ROW);
#endif
        }
      if (i > 0)
        token_scores (model, s->feats + (i - 1) * NER_TAG_FEATS,
                      NER_N_CONTEXT + 2 + s->n_local[i - 1], s->part + (i - 1) * NER_ROW,
                      s->emit + (i - 1) * NER_N_TAGS);
    }
  viterbi_decode (s->emit, model->vtrans, n, s->back, tags);
  if (hist)
    for (gsize i = 0; i < n; i++)
      {
        guint64 key = s->h[(i + 2) * NER_TOK_H + H_CAPKEY];
        guint32 code = key ? history_code (tags, n, i) : 0;

        if (code)
          lexicon_put (hist, key, code);
      }
}

/* ---- Model file ----
 *
 * Little-endian, written and read by this file only:
 *   char magic[8] = "LECTNER1"; guint32 byte_order = 0x01020304;
 *   guint32 feature_version, n_tags, row, bits, n_feats, n_rows, n_lex;
 *   float scale; guint32 n_dense; float trans[(n_tags + 1) * n_tags];
 *   guint64 lex_keys[n_lex]; guint32 lex_values[n_lex];
 *   guint8 present[2^bits / 8];      bit r set: row r is stored
 *   gint8 rows[n_rows][n_tags];      the stored rows, in row order
 *   guint64 dense_keys[n_dense];     the dense words (ner_word_key), numbered from 1
 *   gint8 dense[n_dense][NER_N_DENSE][n_tags];  their rows (tagger.h)
 * Rows that pruning dropped are zero.  feature_version changes whenever
 * ner_features() changes, so an old model is refused instead of misread; the
 * file must be exactly as long as its header says, so that a wrong count is
 * an error rather than rows read from the wrong place. */

#define MODEL_MAGIC "LECTNER1"
/* The largest quantised weight: an int8 (a sum of NER_N_FEATS of them fits in an
 * int16).  127 levels cost nothing in F1 against 1,092 (GMB dev 83.6 both) and
 * halve the table, so fewer of its rows miss the cache. */
#define NER_WEIGHT_MAX 127
#define FEATURE_VERSION 11u
/* More dense words than this is no model of ours (GloVe has 400,000 words),
 * nor more lexicon words than this; the bounds also keep the file's size
 * within a 32-bit gsize. */
#define NER_DENSE_MAX (1u << 22)
#define NER_LEX_MAX (1u << 24)
/* The largest scale and transition score a model may have.  A trained model's
 * are sums of perceptron updates, far below; the bound keeps every Viterbi
 * score finite (37 rows of at most 127 times the scale per token, over the
 * 32 M tokens of the largest document, stay well below FLT_MAX), so that no
 * inf - inf makes a NaN of a path's score. */
#define NER_SCORE_MAX 1e20f

/* A weight as the model stores it: a multiple of @scale, clamped to int8. */
static gint8
quantise (float w, float scale)
{
  return (gint8)CLAMP (lrintf (w / scale), -NER_WEIGHT_MAX, NER_WEIGHT_MAX);
}

typedef struct {
  char magic[8];
  guint32 byte_order, feature_version, n_tags, row, bits, n_feats, n_rows, n_lex;
  float scale;
  guint32 n_dense;
} ModelHeader;

gssize
ner_model_save (const char *path, guint bits, const float *weights, const float *trans,
                const NerLexicon *lex, const guint64 *dense_keys, const float *dense,
                guint32 n_dense, float prune, GError **error)
{
  gsize n_buckets;
  g_autoptr (GByteArray) out = NULL;
  g_autofree guint8 *present = NULL;
  ModelHeader hd = { .byte_order = 0x01020304,
                     .feature_version = FEATURE_VERSION,
                     .n_tags = NER_N_TAGS,
                     .row = NER_ROW,
                     .bits = bits,
                     .n_feats = NER_N_FEATS };
  float maxabs = 0;
  guint32 n_rows = 0;

  /* A loaded model's lexicon has no keys to write. */
  g_return_val_if_fail (lex->keys != NULL || lex->n == 0, -1);
  n_buckets = (gsize)1 << bits;
  out = g_byte_array_new ();
  present = g_new0 (guint8, n_buckets / 8);
  memcpy (hd.magic, MODEL_MAGIC, 8);
  for (gsize r = 0; r < n_buckets; r++)
    {
      gboolean keep = FALSE;

      for (int t = 0; t < NER_N_TAGS; t++)
        {
          float a = fabsf (weights[r * NER_ROW + t]);

          if (a > maxabs)
            maxabs = a;
          if (a >= prune && a > 0)
            keep = TRUE;
        }
      if (keep)
        {
          present[r / 8] |= (guint8)(1u << (r % 8));
          n_rows++;
        }
    }
  /* One scale for the hashed rows and the dense ones: their sums are added. */
  for (gsize i = 0; dense && i < (gsize)n_dense * NER_N_DENSE; i++)
    for (int t = 0; t < NER_N_TAGS; t++)
      maxabs = MAX (maxabs, fabsf (dense[i * NER_ROW + t]));
  hd.scale = maxabs > 0 ? maxabs / NER_WEIGHT_MAX : 1.0f;
  hd.n_rows = n_rows;
  hd.n_lex = lex->n;
  g_byte_array_append (out, (const guint8 *)&hd, sizeof hd);
  g_byte_array_append (out, (const guint8 *)trans, sizeof (float) * (NER_N_TAGS + 1) * NER_N_TAGS);
  for (guint32 i = 0; i <= lex->mask; i++)
    if (lex->slots[i].check)
      g_byte_array_append (out, (const guint8 *)&lex->keys[i], sizeof (guint64));
  for (guint32 i = 0; i <= lex->mask; i++)
    if (lex->slots[i].check)
      g_byte_array_append (out, (const guint8 *)&lex->slots[i].value, sizeof (guint32));
  g_byte_array_append (out, present, (guint)(n_buckets / 8));
  for (gsize r = 0; r < n_buckets; r++)
    if (present[r / 8] & (1u << (r % 8)))
      {
        gint8 q[NER_N_TAGS];

        for (int t = 0; t < NER_N_TAGS; t++)
          q[t] = quantise (weights[r * NER_ROW + t], hd.scale);
        g_byte_array_append (out, (const guint8 *)q, sizeof q);
      }
  if (dense)
    {
      /* The words, then their rows; a word whose rows are all 0 is left out. */
      g_autoptr (GByteArray) rows = g_byte_array_new ();
      guint32 kept = 0;

      for (guint32 k = 0; k < n_dense; k++)
        {
          gint8 q[NER_N_DENSE][NER_N_TAGS];
          gboolean any = FALSE;

          for (int r = 0; r < NER_N_DENSE; r++)
            for (int t = 0; t < NER_N_TAGS; t++)
              {
                q[r][t] = quantise (dense[((gsize)k * NER_N_DENSE + r) * NER_ROW + t], hd.scale);
                any |= q[r][t] != 0;
              }
          if (!any)
            continue;
          g_byte_array_append (out, (const guint8 *)&dense_keys[k], sizeof (guint64));
          g_byte_array_append (rows, (const guint8 *)q, sizeof q);
          kept++;
        }
      g_byte_array_append (out, rows->data, rows->len);
      hd.n_dense = kept;
      memcpy (out->data, &hd, sizeof hd);
    }
  if (!g_file_set_contents (path, (const char *)out->data, out->len, error))
    return -1;
  return n_rows;
}

static gboolean
corrupt (GError **error, const char *path, const char *what)
{
  g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL,
               "entity model %s is not usable: %s (rebuild it with entities-train, see "
               "plugins/entities/README.md)",
               path, what);
  return FALSE;
}

/* A loaded model's lexicon: the file's @n words, in a table sized once for
 * @room words (at most half full) and never grown or saved, so without keys. */
static void
model_lexicon_fill (NerLexicon *lex, const guint64 *keys, const guint32 *values, guint32 n,
                    guint32 room)
{
  lexicon_init (lex, room * 2 + 16, FALSE);
  for (guint32 i = 0; i < n; i++)
    {
      guint64 key;
      guint32 value;

      memcpy (&key, keys + i, sizeof key);
      memcpy (&value, values + i, sizeof value);
      lexicon_merge (lex, key, value);
    }
}

/* Numbers the @n dense words (keys at @keys) in the lexicon's slots
 * (NerModel.dense_of), so that one probe finds a word's value and its rows; a
 * dense word the lexicon lacks gets an entry of value 0, the value of a word
 * it lacks.  Returns 0, 1 when those entries would fill the table past half
 * (the caller makes room and calls again), -1 for a word stored twice. */
static int
model_dense_index (NerModel *model, const guint8 *keys, guint32 n)
{
  NerLexicon *lex = &model->lexicon;

  model->dense_of = g_new0 (guint32, (gsize)lex->mask + 1);
  for (guint32 k = 0; k < n; k++)
    {
      guint64 key;
      guint32 slot;

      memcpy (&key, keys + (gsize)k * sizeof key, sizeof key);
      slot = lexicon_slot (lex, key);
      if (!lex->slots[slot].check)
        {
          if (((gsize)lex->n + 1) * 2 > (gsize)lex->mask + 1)
            return 1;
          lexicon_merge (lex, key, 0);
        }
      else if (model->dense_of[slot] != 0)
        return -1;
      model->dense_of[slot] = k + 1;
    }
  return 0;
}

NerModel *
ner_model_load (const char *path, GError **error)
{
  g_autoptr (GMappedFile) file = NULL;
  g_autoptr (GError) local = NULL;
  const guint8 *data, *p;
  ModelHeader hd;
  NerModel *model;
  gsize size, n_buckets, bitmap_len, expected;
  const guint64 *keys;
  const guint32 *values;

  file = g_mapped_file_new (path, FALSE, &local);
  if (!file)
    {
      g_propagate_prefixed_error (error, g_steal_pointer (&local), "cannot read entity model: ");
      return NULL;
    }
  data = (const guint8 *)g_mapped_file_get_contents (file);
  size = g_mapped_file_get_length (file);
  if (size < sizeof hd)
    return corrupt (error, path, "the file is too short"), NULL;
  memcpy (&hd, data, sizeof hd);
  if (memcmp (hd.magic, MODEL_MAGIC, 8) != 0)
    return corrupt (error, path, "not an entity model (bad magic)"), NULL;
  if (hd.byte_order != 0x01020304)
    return corrupt (error, path, "written on a machine of the other byte order"), NULL;
  if (hd.feature_version != FEATURE_VERSION || hd.n_tags != NER_N_TAGS || hd.row != NER_ROW
      || hd.n_feats != NER_N_FEATS)
    return corrupt (error, path, "made for another version of the tagger"), NULL;
  n_buckets = hd.bits <= 24 ? (gsize)1 << hd.bits : 0;
  if (hd.bits < 10 || hd.bits > 24 || !(hd.scale > 0 && hd.scale <= NER_SCORE_MAX)
      || hd.n_dense > NER_DENSE_MAX
      || hd.n_lex > NER_LEX_MAX || hd.n_rows > n_buckets)
    return corrupt (error, path, "bad header"), NULL;
  bitmap_len = n_buckets / 8;
  p = data + sizeof hd;
  expected = sizeof hd + sizeof (float) * (NER_N_TAGS + 1) * NER_N_TAGS
             + (gsize)hd.n_lex * (sizeof (guint64) + sizeof (guint32)) + bitmap_len
             + (gsize)hd.n_rows * NER_N_TAGS * sizeof (gint8)
             + (gsize)hd.n_dense * (sizeof (guint64) + NER_N_DENSE * NER_N_TAGS);
  if (size < expected)
    return corrupt (error, path, "the file is truncated"), NULL;
  if (size > expected)
    return corrupt (error, path, "the file is longer than its header says"), NULL;
  for (gsize i = 0; i < (NER_N_TAGS + 1) * NER_N_TAGS; i++)
    {
      float t;

      memcpy (&t, p + i * sizeof t, sizeof t);
      if (!(fabsf (t) <= NER_SCORE_MAX))
        return corrupt (error, path, "a transition score is not finite or out of range"), NULL;
    }

  model = g_new0 (NerModel, 1);
  model->serial = (guint)g_atomic_int_add (&model_serial, 1) + 1;
  model->bits = hd.bits;
  model->scale = hd.scale;
  memcpy (model->trans, p, sizeof model->trans);
  viterbi_table (model->trans, model->vtrans);
  {
    /* The padding tokens' words, as pad_hashes() gives them. */
    guint64 pad_words[4] = { BOS_HASH + H_WORD, BOS_HASH + 100 + H_WORD, EOS_HASH + H_WORD,
                             EOS_HASH + 100 + H_WORD };

    for (int k = 0; k < 4; k++)
      word_fids (pad_words[k], model->bits, model->pad_wfid[k]);
  }
  p += sizeof model->trans;
  keys = (const guint64 *)p;
  values = (const guint32 *)(p + (gsize)hd.n_lex * sizeof (guint64));
  model_lexicon_fill (&model->lexicon, keys, values, hd.n_lex, hd.n_lex);
  p += (gsize)hd.n_lex * (sizeof (guint64) + sizeof (guint32));
  {
    const guint8 *present = p;
    const guint8 *rows = p + bitmap_len;
    guint32 seen = 0;

    /* Aligned to a cache line, so that rows (16 bytes) never straddle two;
     * the dense rows follow the hashed ones. */
    model->weights = g_aligned_alloc0 (n_buckets + NER_N_DENSE * ((gsize)hd.n_dense + 1),
                                       NER_ROW * sizeof (gint8), 64);
    for (gsize r = 0; r < n_buckets; r++)
      if (present[r / 8] & (1u << (r % 8)))
        {
          if (seen == hd.n_rows)
            {
              ner_model_free (model);
              return corrupt (error, path, "more rows marked than stored"), NULL;
            }
          memcpy (model->weights + r * NER_ROW, rows + (gsize)seen * NER_N_TAGS * sizeof (gint8),
                  NER_N_TAGS * sizeof (gint8));
          seen++;
        }
    if (seen != hd.n_rows)
      {
        ner_model_free (model);
        return corrupt (error, path, "fewer rows marked than stored"), NULL;
      }
    p = rows + (gsize)hd.n_rows * NER_N_TAGS * sizeof (gint8);
  }
  if (hd.n_dense > 0)
    {
      const guint8 *dense = p + (gsize)hd.n_dense * sizeof (guint64);
      int indexed = model_dense_index (model, p, hd.n_dense);

      if (indexed > 0)
        {
          /* Dense words the lexicon lacked filled it past half: again, with room. */
          ner_lexicon_clear (&model->lexicon);
          g_clear_pointer (&model->dense_of, g_free);
          model_lexicon_fill (&model->lexicon, keys, values, hd.n_lex, hd.n_lex + hd.n_dense);
          indexed = model_dense_index (model, p, hd.n_dense);
        }
      if (indexed < 0)
        {
          ner_model_free (model);
          return corrupt (error, path, "a dense word stored twice"), NULL;
        }
      for (guint32 k = 0; k < hd.n_dense; k++)
        {
          gint8 *row = model->weights + (gsize)dense_row (model, k + 1) * NER_ROW;

          for (int r = 0; r < NER_N_DENSE; r++)
            memcpy (row + r * NER_ROW, dense + ((gsize)k * NER_N_DENSE + r) * NER_N_TAGS,
                    NER_N_TAGS);
        }
    }
  return model;
}

void
ner_model_free (NerModel *model)
{
  if (!model)
    return;
  g_aligned_free (model->weights);
  ner_lexicon_clear (&model->lexicon);
  g_free (model->dense_of);
  g_free (model);
}
