/* The entity tagger engine: features, the model file and Viterbi decoding.
 *
 * Shared by the plugin (entities.c) and the training tool (entities-train.c),
 * so that a model is always decoded with exactly the features it was trained
 * on.  GLib only; no liblector.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* BIO tags over PER, ORG, LOC, MISC and TTL.  TTL marks a person's title
 * ("Prime Minister", "Mr."), which the corpora disagree about: GMB puts it
 * inside the PER span, CoNLL and wikigold leave it out.  Tagging it as its own
 * class lets each convention be produced from one model. */
typedef enum {
  NER_O = 0,
  NER_B_PER,
  NER_I_PER,
  NER_B_ORG,
  NER_I_ORG,
  NER_B_LOC,
  NER_I_LOC,
  NER_B_MISC,
  NER_I_MISC,
  NER_B_TTL,
  NER_I_TTL,
  NER_N_TAGS
} NerTag;

/* Rows of the weight table are padded to this many int8 weights: 16 bytes, so
 * a row never straddles two cache lines and is one vector load. */
#define NER_ROW 16

/* Tags padded to a multiple of the vector width, so loops over them have no
 * remainder: 12 for sums of rows, 16 (two 256-bit vectors) in Viterbi. */
#define NER_LANES 12
#define NER_VLANES 16

typedef enum {
  NER_TYPE_NONE = 0,
  NER_TYPE_PER,
  NER_TYPE_ORG,
  NER_TYPE_LOC,
  NER_TYPE_MISC,
  NER_TYPE_TTL,
  NER_N_TYPES
} NerType;

/* Lexicon flags, from the gazetteers and word lists the model was built with. */
enum {
  NER_LEX_FIRST_NAME = 1 << 0, /* a common given name */
  NER_LEX_COUNTRY = 1 << 1,    /* a word of a country name */
  NER_LEX_CITY = 1 << 2,       /* a word of a large city's name */
  NER_LEX_REGION = 1 << 3,     /* a word of a region / subdivision name */
  NER_LEX_TITLE = 1 << 4,      /* a title word ("president", "mr.") */
  NER_LEX_ORG_WORD = 1 << 5,   /* a word typical of organisation names */
  NER_LEX_NAME_PART = 1 << 6,  /* a part of people's names, given or family ("Abbott") */
  NER_LEX_COMMON = 1 << 7,     /* an English dictionary word written in lower case */
  NER_LEX_PROPER = 1 << 8,     /* an English dictionary word written with a capital */
  NER_LEX_COMPANY = 1 << 9,    /* a word of a company's name ("Nissan") */
};

/* A lexicon value holds the flags above in its low bits and, above them, the
 * word's clusters (numbered from 1, 0 for a word without): a fine one of up to
 * 1023 and a coarse one of up to 255 (build-clusters.py). */
#define NER_LEX_FLAGS 0xfffu
#define NER_LEX_FINE_SHIFT 12
#define NER_LEX_FINE_MAX 1023u
#define NER_LEX_COARSE_SHIFT 22
#define NER_LEX_COARSE_MAX 255u

/** ner_tag_type: Returns: the entity type of @tag (NONE for O). */
static inline NerType
ner_tag_type (int tag)
{
  return tag == NER_O ? NER_TYPE_NONE : (NerType)((tag + 1) / 2);
}

/** ner_tag_is_begin: Returns: whether @tag is a B- tag. */
static inline gboolean
ner_tag_is_begin (int tag)
{
  return tag != NER_O && (tag % 2) == 1;
}

const char *ner_tag_to_string (int tag);
/** ner_tag_from_string: Returns: the tag for "B-PER" …, "O" for anything unknown. */
int ner_tag_from_string (const char *s);
const char *ner_type_to_string (NerType type);

/* A word: a pointer into some text and its length in bytes. */
typedef struct {
  const char *text;
  guint32 len;
} NerWord;

/* A lexicon entry: the key's high half (its low bits chose the slot) and the
 * value side by side, 8 bytes: a probe reads one cache line, and the model's
 * 362 k words take 8 MB instead of 16.  Two keys are taken for one only if
 * they agree in both halves' bits that matter (a chance of 2^-32 per probe). */
typedef struct {
  guint32 check; /* ner_lexicon_check (key); 0: empty */
  guint32 value;
} NerLexSlot;

/* The lexicon: word (lower-cased) hash -> value.  Open addressing, at most half
 * full.  @keys keeps the whole keys, which growing and saving need; a loaded
 * model's lexicon, which does neither, has none. */
typedef struct {
  NerLexSlot *slots;
  guint64 *keys; /* (nullable): the key of each slot */
  guint32 mask;  /* capacity - 1, capacity a power of two */
  guint32 n;
} NerLexicon;

/* The check of @key: its high half, never 0. */
static inline guint32
ner_lexicon_check (guint64 key)
{
  return (guint32)(key >> 32) | 1u;
}

void ner_lexicon_init (NerLexicon *lex, guint32 capacity);
void ner_lexicon_clear (NerLexicon *lex);
/** ner_lexicon_add: or-s @flags into the entry of the lower-cased @word. */
void ner_lexicon_add (NerLexicon *lex, const char *word, gsize len, guint32 flags);

/** ner_lexicon_lookup: Returns: the value of the word whose ner_word_key() is @key, or 0. */
static inline guint32
ner_lexicon_lookup (const NerLexicon *lex, guint64 key)
{
  guint32 check = ner_lexicon_check (key);

  if (!lex->slots)
    return 0;
  for (guint32 i = (guint32)key & lex->mask; lex->slots[i].check; i = (i + 1) & lex->mask)
    if (lex->slots[i].check == check)
      return lex->slots[i].value;
  return 0;
}

/** ner_word_key: the lexicon key of a word: a hash of its lower-cased form. */
guint64 ner_word_key (const char *word, gsize len);

/* Features: every token gets NER_N_FEATS hashed feature ids in [0, 2^bits). */
#define NER_N_FEATS 34

/* Per-call scratch for feature extraction and decoding; grows as needed. */
typedef struct {
  gsize cap;
  guint64 *h;    /* per-token hashes, NER_TOK_H per token */
  guint32 *feats;
  float *emit;   /* n * NER_N_TAGS, and room for NER_ROW more (vector stores) */
  gint32 *back;  /* Viterbi's back pointers, NER_VLANES per token */
  gint16 *part;  /* per token, the token-only sum of rows (ner_model_tag) */
  guint8 *n_local; /* per token, 0 when part holds it, else the token-only features to read */
  guint32 *wfid;   /* per token and the 2 + 2 padding ones, 4 word feature ids (ner_model_tag) */
  guint32 *dense;  /* per token and the 2 + 2 padding ones, its word's first dense row (ner_model_tag) */
} NerScratch;

void ner_scratch_init (NerScratch *s);
void ner_scratch_clear (NerScratch *s);
void ner_scratch_reserve (NerScratch *s, gsize n);

/**
 * ner_features:
 * @hist: (nullable): the document history so far
 *
 * Computes the feature ids of the @n words of one sentence into
 * @feats (n * NER_N_FEATS).  @s provides scratch space (reserved for @n).
 */
void ner_features (const NerLexicon *lex, guint bits, const NerWord *words, gsize n,
                   const NerLexicon *hist, NerScratch *s, guint32 *feats);

/* Document history: what each capitalised word of the document was in the
 * sentences tagged before this one: one bit per entity type (PER, ORG, LOC,
 * MISC, in that order), one for "capitalised inside a sentence but no name"
 * and one for "the last word of a person's name".  It is a left-to-right,
 * one-pass form of document consistency: a feature of the tagger, which learns
 * how far to trust it.  A NerLexicon keyed like the word lists. */
#define NER_HIST_CAPITAL_O (1u << 4)
#define NER_HIST_PERSON_END (1u << 5)

/** NER_HIST_SLOT: the feature that holds the history code of the word. */
#define NER_HIST_SLOT (NER_N_FEATS - 1)

/** ner_history_feature: Returns: the feature id of history code @code. */
guint32 ner_history_feature (guint bits, guint code);
/** ner_history_codes: the history code of each of the @n words into @codes (as
 * ner_features looks them up; for the trainer, which fills the slot itself). */
void ner_history_codes (const NerLexicon *hist, const NerWord *words, gsize n, guint8 *codes);
/** ner_history_add: records the mentions of one tagged sentence in @hist. */
void ner_history_add (NerLexicon *hist, const NerWord *words, gsize n, const guint8 *tags);
/** ner_lexicon_reset: empties @lex, keeping its memory. */
void ner_lexicon_reset (NerLexicon *lex);

/**
 * ner_viterbi:
 * @emit: n * NER_N_TAGS emission scores
 * @trans: (NER_N_TAGS + 1) * NER_N_TAGS transition scores, the first row from the start
 *
 * Finds the best tag sequence allowed by BIO (I-X only after B-X or I-X) into @tags.
 */
void ner_viterbi (const float *emit, const float *trans, gsize n, NerScratch *s, guint8 *tags);

guint ner_possessive_len_full (const char *word, gsize len);

/** ner_possessive_len: Returns: the length of a possessive ending ("’s", "'s", "’")
 * of the word, or 0.  Inline for the common case, a word that ends in none of
 * the endings' last bytes (s, S, ', the last byte of ’). */
static inline guint
ner_possessive_len (const char *word, gsize len)
{
  guchar last = len > 2 ? (guchar)word[len - 1] : 0;

  if (last != 's' && last != 'S' && last != '\'' && last != 0x99)
    return 0;
  return ner_possessive_len_full (word, len);
}

/* ---- The model ---- */

/* Dense word vectors (build-vectors.py) are features of the trainer: the
 * vectors of a token's word and of its neighbours, times learnt weights (one
 * set per position -1, 0, +1).  A model keeps their products instead: per
 * word of the vectors' vocabulary, NER_N_DENSE rows of scores, quantised like
 * the weights.  Row 0: what the word gives the token after it (the word is at
 * that token's position -1); row 1: what it gives its own token; row 2: what
 * it gives the token before it (position +1).  The rows follow the 2^bits
 * hashed ones in NerModel.weights, after three zero rows, those of a word
 * without a vector and of the padding around a sentence. */
#define NER_N_DENSE 3

typedef struct {
  guint bits;          /* the weight table has 2^bits rows */
  gint8 *weights;      /* ((1 << bits) + NER_N_DENSE * (n_dense + 1)) * NER_ROW */
  float scale;         /* weight = int8 * scale */
  float trans[(NER_N_TAGS + 1) * NER_N_TAGS];
  float vtrans[(NER_N_TAGS + 1) * NER_VLANES]; /* @trans as Viterbi reads it (tagger.c) */
  guint32 pad_wfid[4][4]; /* the word feature ids of the padding tokens (tagger.c) */
  NerLexicon lexicon;
  guint32 *dense_of;   /* (nullable): per slot of @lexicon, the number + 1 of its word among
                        * the dense words, 0 for none */
  guint serial;        /* unique to this load: caches of this model's results check it */
} NerModel;

/** ner_model_load: reads a model file; errors name @path. */
NerModel *ner_model_load (const char *path, GError **error);
void ner_model_free (NerModel *model);

/**
 * ner_model_dense_rows:
 *
 * The dense rows each of the @n words of a sentence adds, NER_N_DENSE per
 * token into @rows: the previous word's row 0, its own row 1 and the next
 * word's row 2 (ids into NerModel.weights).  The plain path, which
 * ner_model_tag's word cache must agree with (tests/test-entities.c).
 */
void ner_model_dense_rows (const NerModel *model, const NerWord *words, gsize n, guint32 *rows);

/**
 * ner_model_save:
 * @weights: (1 << bits) * NER_ROW float weights; rows with every |w| < @prune are dropped
 * @dense_keys: (nullable): the ner_word_key() of each of @n_dense words
 * @dense: (nullable): their scores, @n_dense * NER_N_DENSE * NER_ROW floats (rows 0, 1, 2
 *   as NER_N_DENSE says); a word whose scores all round to 0 is left out
 *
 * Writes a model file.  Returns: the number of rows kept, or -1 with @error set.
 */
gssize ner_model_save (const char *path, guint bits, const float *weights, const float *trans,
                       const NerLexicon *lex, const guint64 *dense_keys, const float *dense,
                       guint32 n_dense, float prune, GError **error);

/**
 * ner_model_tag:
 * @hist: (nullable): the document history: read for the features, then the
 *   sentence's mentions are added to it (ner_history_add)
 *
 * Tags one sentence of @n words into @tags (NerTag values).
 */
void ner_model_tag (const NerModel *model, const NerWord *words, gsize n, NerLexicon *hist,
                    NerScratch *s, guint8 *tags);

G_END_DECLS
