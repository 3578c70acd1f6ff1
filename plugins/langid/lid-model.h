/* The langid model file: a read-only, memory-mapped table of character n-grams.
 *
 * Layout (all integers little-endian; written by train/langid-train.py):
 *
 *   0   magic "LGIDMDL1"
 *   8   u32 format version (3), u32 languages, u32 bucket bits B, u32 keys,
 *       u32 postings, u32 sections (7), u32 dense bucket bits D
 *   36  f32 scale[6]: a gain of an order-n n-gram is worth val * scale[n] nats
 *   60  u32 dense keys
 *   64  sections: {u32 offset, u32 size} x 7, offsets 8-aligned, in this order:
 *       langs        per language: char code[8], u32 name offset (into strings),
 *                    u32 max order, f32 base[6], f32 prior (44 bytes)
 *       bucket_off   u32[2^B + 1]: where each bucket's record starts in blob
 *       blob         per bucket, its keys one after the other: u16 fingerprint
 *                    (16 bits of the hash after the B bucket bits), u8 n,
 *                    u8 language[n], i8 gain[n]
 *       strings      NUL-terminated language names
 *       dense_key    u32[2^D + 1]: first dense key of each dense bucket
 *       dense_fp     u16[dense keys]
 *       dense_val    i8[dense keys][LID_DENSE_WIDTH]: the gains of every language
 *   end magic "LGIDEND1"
 *
 * An n-gram (lower-cased letters, at most LID_MAX_ORDER) is found by its 64-bit
 * hash (lid_hash_*): the top B bits choose a bucket, the next 16 bits are
 * compared with the fingerprints of the bucket's record, which holds the
 * postings too, so a lookup costs one or two cache lines.  N-grams that most
 * languages share (common letters, pairs) are in a second, small table whose
 * keys own a dense row of gains, one per language, added with vector
 * instructions instead of a long list of postings.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define LID_MAX_ORDER 5
/* Languages a model may have: the width of a dense row, a multiple of 32. */
#define LID_DENSE_WIDTH 192
#define LID_MAX_LANGS   LID_DENSE_WIDTH

typedef struct _LidModel LidModel;

/** A run of postings: @n languages and their quantized gains. */
typedef struct
{
  const guint8 *lang;
  const gint8 *val;
  guint n;
} LidPostings;

/**
 * lid_model_open:
 * Maps and checks @path.  A missing, truncated or inconsistent file is
 * %G_FILE_ERROR / %LECTOR_ERROR_IO-style error naming @path.
 */
LidModel *lid_model_open (const char *path, GError **error);
void lid_model_free (LidModel *model);

guint lid_model_n_languages (const LidModel *model);
/** lid_model_code: Returns: the ISO 639-1 (else 639-3) code of language @lang. */
const char *lid_model_code (const LidModel *model, guint lang);
/** lid_model_name: Returns: the English name of language @lang. */
const char *lid_model_name (const LidModel *model, guint lang);
/** lid_model_find: Returns: the index of @code, or -1. */
int lid_model_find (const LidModel *model, const char *code);
/** lid_model_base: Returns: the language's log-probability offsets base[0..5]. */
const float *lid_model_base (const LidModel *model, guint lang);
float lid_model_prior (const LidModel *model, guint lang);
/** lid_model_bases: Returns: base[@order] of every language (lid_model_n_languages()). */
const float *lid_model_bases (const LidModel *model, guint order);
/** lid_model_priors: Returns: the prior of every language. */
const float *lid_model_priors (const LidModel *model);
float lid_model_scale (const LidModel *model, guint order);

/**
 * lid_model_lookup:
 * Finds the n-gram whose hash is @hash: either a dense row of
 * LID_DENSE_WIDTH gains (returned, @out untouched) or postings (in @out,
 * %NULL returned).  @out->n is 0 when the model has no such n-gram.
 */
const gint8 *lid_model_lookup (const LidModel *model, guint64 hash, LidPostings *out);

/**
 * lid_model_lookup_batch:
 * lid_model_lookup() of @n hashes at once, into @rows[i] and @posts[i]: the
 * lookups of a batch are independent, so their cache misses overlap (the
 * tables are larger than the caches, and a text's n-grams are met at random).
 */
void lid_model_lookup_batch (const LidModel *model, const guint64 *hashes, guint n,
                             const gint8 **rows, LidPostings *posts);

/* The letters a-z alone and in pairs: their lookups are made once, when the
 * model is opened, so that lid-detect can count them in an array instead of
 * hashing them (in Latin-script text they are two of every five n-grams).
 * Index: a letter is c - 'a'; a pair of letters x then y is
 * 26 + 26 * (x - 'a') + (y - 'a'). */
#define LID_ASCII_GRAMS (26 + 26 * 26)

/**
 * lid_model_ascii_gram:
 * lid_model_lookup() of the ASCII n-gram @index (see LID_ASCII_GRAMS).
 */
const gint8 *lid_model_ascii_gram (const LidModel *model, guint index, LidPostings *out);

/* The n-gram hash, shared with the training tool: code points are folded from
 * the last to the first, so each suffix of a position costs one step. */
#define LID_HASH_SEED G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)

static inline guint64
lid_hash_step (guint64 h, gunichar c)
{
  h = (h ^ c) * G_GUINT64_CONSTANT (0x100000001B3);
  return h ^ (h >> 29);
}

static inline guint64
lid_hash_final (guint64 h, guint order)
{
  /* splitmix64's finaliser */
  h ^= order;
  h ^= h >> 30;
  h *= G_GUINT64_CONSTANT (0xBF58476D1CE4E5B9);
  h ^= h >> 27;
  h *= G_GUINT64_CONSTANT (0x94D049BB133111EB);
  return h ^ (h >> 31);
}

G_END_DECLS
