/* The langid model file: a read-only, memory-mapped table of character n-grams.
 *
 * Layout (all integers little-endian; written by train/langid-train.py):
 *
 *   0   magic "LGIDMDL1"
 *   8   u32 format version (1), u32 languages, u32 bucket bits B, u32 keys,
 *       u32 postings, u32 sections (8), u32 reserved
 *   36  f32 scale[6]: a posting of an order-n n-gram is worth val * scale[n] nats
 *   64  sections: {u32 offset, u32 size} x 8, offsets 8-aligned, in this order:
 *       langs        per language: char code[8], u32 name offset (into strings),
 *                    u32 max order, f32 base[6], f32 prior (44 bytes)
 *       bucket_key   u32[2^B + 1]: first key of each bucket
 *       bucket_post  u32[2^B]: first posting of each bucket
 *       key_fp       u16[keys]: 16 bits of the key's hash after the B bucket bits
 *       key_len      u8[keys]: number of postings of the key
 *       post_lang    u8[postings]: language index
 *       post_val     i8[postings]: quantized gain
 *       strings      NUL-terminated language names
 *   end magic "LGIDEND1"
 *
 * An n-gram (lower-cased letters, at most LID_MAX_ORDER) is found by its 64-bit
 * hash (lid_hash_*): the top B bits choose a bucket, the next 16 bits are
 * compared with the bucket's fingerprints; the postings of the matching key
 * follow those of the keys before it in the bucket.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define LID_MAX_ORDER 5
#define LID_MAX_LANGS 255

typedef struct _LidModel LidModel;

/** A run of postings: @n languages and their quantized gains. */
typedef struct {
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
float lid_model_scale (const LidModel *model, guint order);

/** lid_model_lookup: finds the postings of the n-gram whose hash is @hash;
 * Returns: FALSE when the model has no such n-gram. */
gboolean lid_model_lookup (const LidModel *model, guint64 hash, LidPostings *out);

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
