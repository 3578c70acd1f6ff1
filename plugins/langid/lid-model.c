/* Loading and reading the langid model file (format in lid-model.h).
 *
 * The file is mapped, not read: loading costs a few milliseconds whatever its
 * size, pages are shared between processes, and only the pages the texts touch
 * count towards the resident size.  Every offset and count is checked once
 * here so that lookups can trust the arrays without bounds checks.
 */
#include "lid-model.h"

#include <math.h>
#include <string.h>

#define LID_MAGIC          "LGIDMDL1"
#define LID_MAGIC_END      "LGIDEND1"
#define LID_FORMAT_VERSION 3
#define LID_N_SECTIONS     7
#define LID_HEADER_SIZE    64
#define LID_LANG_RECORD    44

enum
{
  SEC_LANGS,
  SEC_BUCKET_OFF,
  SEC_BLOB,
  SEC_STRINGS,
  SEC_DENSE_KEY,
  SEC_DENSE_FP,
  SEC_DENSE_VAL
};

typedef struct
{
  char code[9];
  const char *name;
  guint max_order;
  float base[LID_MAX_ORDER + 1];
  float prior;
} LidLanguage;

struct _LidModel
{
  GMappedFile *file;
  guint n_langs;
  guint bits;
  guint32 n_keys;
  guint32 n_post;
  float scale[LID_MAX_ORDER + 1];
  LidLanguage langs[LID_MAX_LANGS];
  /* The same constants by order, then language: lid_decide() sweeps them with
   * vector instructions. */
  float base_by_order[LID_MAX_ORDER + 1][LID_MAX_LANGS];
  float priors[LID_MAX_LANGS];
  const guint32 *bucket_off;
  const guint8 *blob;
  guint dense_bits;
  guint32 n_dense;
  const guint32 *dense_key;
  const guint16 *dense_fp;
  const gint8 *dense_val;
  /* lid_model_lookup() of every LID_ASCII_GRAMS n-gram. */
  const gint8 *ascii_rows[LID_ASCII_GRAMS];
  LidPostings ascii_posts[LID_ASCII_GRAMS];
};

static guint32
read_u32 (const guint8 *p)
{
  return (guint32)p[0] | (guint32)p[1] << 8 | (guint32)p[2] << 16 | (guint32)p[3] << 24;
}

static float
read_f32 (const guint8 *p)
{
  guint32 u = read_u32 (p);
  float f;

  memcpy (&f, &u, sizeof f);
  return f;
}

static gboolean
corrupt (GError **error, const char *path, const char *what)
{
  g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL,
               "langid model '%s' is not a valid model file (%s); rebuild it with "
               "plugins/langid/train/langid-train.py",
               path, what);
  return FALSE;
}

/* Checks the layout and fills @model's views; FALSE with @error on any inconsistency. */
static gboolean
parse (LidModel *model, const char *path, GError **error)
{
  const guint8 *data = (const guint8 *)g_mapped_file_get_contents (model->file);
  gsize size = g_mapped_file_get_length (model->file);
  guint32 off[LID_N_SECTIONS], len[LID_N_SECTIONS];
  guint32 n_buckets;
  const guint8 *strings;
  guint32 strings_len;

  if (size < LID_HEADER_SIZE + 8 * LID_N_SECTIONS + 8 || memcmp (data, LID_MAGIC, 8) != 0)
    return corrupt (error, path, "no model header");
  if (memcmp (data + size - 8, LID_MAGIC_END, 8) != 0)
    return corrupt (error, path, "truncated");
  if (read_u32 (data + 8) != LID_FORMAT_VERSION)
    return corrupt (error, path, "unsupported format version");
  model->n_langs = read_u32 (data + 12);
  model->bits = read_u32 (data + 16);
  model->n_keys = read_u32 (data + 20);
  model->n_post = read_u32 (data + 24);
  if (read_u32 (data + 28) != LID_N_SECTIONS)
    return corrupt (error, path, "unexpected section count");
  if (model->n_langs == 0 || model->n_langs > LID_MAX_LANGS || model->bits < 1 || model->bits > 30)
    return corrupt (error, path, "bad language count or table size");
  model->dense_bits = read_u32 (data + 32);
  /* Finite numbers only: a NaN or an infinity would make every score NaN.  (Any
   * finite float keeps the log-likelihoods, summed in doubles, finite.) */
  for (guint n = 0; n <= LID_MAX_ORDER; n++)
    {
      model->scale[n] = read_f32 (data + 36 + 4 * n);
      if (!isfinite (model->scale[n]))
        return corrupt (error, path, "a scale is not a number");
    }
  model->n_dense = read_u32 (data + 60);
  if (model->dense_bits < 1 || model->dense_bits > 24 || model->n_dense > (1u << 24))
    return corrupt (error, path, "bad dense table size");

  for (guint s = 0; s < LID_N_SECTIONS; s++)
    {
      off[s] = read_u32 (data + LID_HEADER_SIZE + 8 * s);
      len[s] = read_u32 (data + LID_HEADER_SIZE + 8 * s + 4);
      if (off[s] % 8 != 0 || off[s] > size - 8 || len[s] > size - 8 - off[s])
        return corrupt (error, path, "section out of the file");
    }
  n_buckets = 1u << model->bits;
  /* In 64 bits: 4 x (2^30 + 1) wraps to 4 in 32. */
  if (len[SEC_LANGS] != model->n_langs * LID_LANG_RECORD
      || len[SEC_BUCKET_OFF] != 4 * ((guint64)n_buckets + 1)
      || len[SEC_DENSE_KEY] != 4 * ((guint64)(1u << model->dense_bits) + 1)
      || len[SEC_DENSE_FP] != 2 * model->n_dense
      || len[SEC_DENSE_VAL] != (guint64)LID_DENSE_WIDTH * model->n_dense)
    return corrupt (error, path, "section sizes disagree with the header");

  /* Offsets are 8-aligned and the mapping page-aligned, so these casts are aligned. */
  model->bucket_off = (const guint32 *)(data + off[SEC_BUCKET_OFF]);
  model->blob = data + off[SEC_BLOB];
  model->dense_key = (const guint32 *)(data + off[SEC_DENSE_KEY]);
  model->dense_fp = (const guint16 *)(data + off[SEC_DENSE_FP]);
  model->dense_val = (const gint8 *)(data + off[SEC_DENSE_VAL]);
  strings = data + off[SEC_STRINGS];
  strings_len = len[SEC_STRINGS];
  if (strings_len == 0 || strings[strings_len - 1] != '\0')
    return corrupt (error, path, "bad name table");

  for (guint i = 0; i < model->n_langs; i++)
    {
      const guint8 *rec = data + off[SEC_LANGS] + i * LID_LANG_RECORD;
      LidLanguage *lang = &model->langs[i];
      guint32 name_off = read_u32 (rec + 8);

      memcpy (lang->code, rec, 8);
      lang->code[8] = '\0';
      if (lang->code[0] == '\0' || name_off >= strings_len)
        return corrupt (error, path, "bad language record");
      /* Both are written out (labels, meta.lang): text only. */
      for (const char *c = lang->code; *c != '\0'; c++)
        if (!g_ascii_isgraph (*c))
          return corrupt (error, path, "bad language code");
      lang->name = (const char *)strings + name_off;
      if (!g_utf8_validate (lang->name, -1, NULL))
        return corrupt (error, path, "a language name is not UTF-8");
      lang->max_order = read_u32 (rec + 12);
      for (guint n = 0; n <= LID_MAX_ORDER; n++)
        {
          lang->base[n] = model->base_by_order[n][i] = read_f32 (rec + 16 + 4 * n);
          if (!isfinite (lang->base[n]))
            return corrupt (error, path, "a language's base cost is not a number");
        }
      lang->prior = model->priors[i] = read_f32 (rec + 16 + 4 * (LID_MAX_ORDER + 1));
      if (!isfinite (lang->prior))
        return corrupt (error, path, "a language's prior is not a number");
    }

  /* Bucket records must tile the blob exactly, and every posting must name a
   * language: then lookups need no checks. */
  {
    guint32 keys = 0, post = 0;

    if (model->bucket_off[0] != 0 || model->bucket_off[n_buckets] != len[SEC_BLOB])
      return corrupt (error, path, "bad bucket table");
    for (guint32 b = 0; b < n_buckets; b++)
      {
        guint32 p = model->bucket_off[b], end = model->bucket_off[b + 1];

        if (p > end || end > len[SEC_BLOB])
          return corrupt (error, path, "bad bucket table");
        while (p < end)
          {
            guint n;

            if (end - p < 3)
              return corrupt (error, path, "bad bucket record");
            n = model->blob[p + 2];
            if (n == 0 || end - p - 3 < 2 * n)
              return corrupt (error, path, "bad bucket record");
            for (guint i = 0; i < n; i++)
              if (model->blob[p + 3 + i] >= model->n_langs)
                return corrupt (error, path, "posting names an unknown language");
            p += 3 + 2 * n;
            keys++;
            post += n;
          }
      }
    if (keys != model->n_keys || post != model->n_post)
      return corrupt (error, path, "bucket records disagree with the header");
    if (model->dense_key[0] != 0 || model->dense_key[1u << model->dense_bits] != model->n_dense)
      return corrupt (error, path, "bad dense bucket table");
    for (guint32 b = 0; b < (1u << model->dense_bits); b++)
      if (model->dense_key[b] > model->dense_key[b + 1])
        return corrupt (error, path, "bad dense bucket table");
  }
  return TRUE;
}

LidModel *
lid_model_open (const char *path, GError **error)
{
  g_autoptr (GError) local = NULL;
  LidModel *model = g_new0 (LidModel, 1);

  model->file = g_mapped_file_new (path, FALSE, &local);
  if (model->file == NULL)
    {
      g_set_error (error, G_FILE_ERROR, local->code, "cannot open langid model '%s': %s", path,
                   local->message);
      g_free (model);
      return NULL;
    }
  if (!parse (model, path, error))
    {
      lid_model_free (model);
      return NULL;
    }
  /* The same hashes as lid-detect's for a letter, and for a letter after another. */
  for (guint y = 0; y < 26; y++)
    {
      guint64 h = lid_hash_step (LID_HASH_SEED, 'a' + y);

      model->ascii_rows[y] = lid_model_lookup (model, lid_hash_final (h, 1), &model->ascii_posts[y]);
      for (guint x = 0; x < 26; x++)
        {
          guint i = 26 + 26 * x + y;

          model->ascii_rows[i] = lid_model_lookup (model, lid_hash_final (lid_hash_step (h, 'a' + x), 2),
                                                   &model->ascii_posts[i]);
        }
    }
  return model;
}

void
lid_model_free (LidModel *model)
{
  if (model == NULL)
    return;
  if (model->file != NULL)
    g_mapped_file_unref (model->file);
  g_free (model);
}

guint
lid_model_n_languages (const LidModel *model)
{
  return model->n_langs;
}

const char *
lid_model_code (const LidModel *model, guint lang)
{
  g_return_val_if_fail (lang < model->n_langs, NULL);
  return model->langs[lang].code;
}

const char *
lid_model_name (const LidModel *model, guint lang)
{
  g_return_val_if_fail (lang < model->n_langs, NULL);
  return model->langs[lang].name;
}

int
lid_model_find (const LidModel *model, const char *code)
{
  for (guint i = 0; i < model->n_langs; i++)
    if (g_str_equal (model->langs[i].code, code))
      return (int)i;
  return -1;
}

const float *
lid_model_base (const LidModel *model, guint lang)
{
  return model->langs[lang].base;
}

float
lid_model_prior (const LidModel *model, guint lang)
{
  return model->langs[lang].prior;
}

const float *
lid_model_bases (const LidModel *model, guint order)
{
  return model->base_by_order[order];
}

const float *
lid_model_priors (const LidModel *model)
{
  return model->priors;
}

float
lid_model_scale (const LidModel *model, guint order)
{
  return model->scale[order];
}

const gint8 *
lid_model_lookup (const LidModel *model, guint64 hash, LidPostings *out)
{
  guint32 b = (guint32)(hash >> (64 - model->dense_bits));
  guint16 fp = (guint16)(hash >> (48 - model->dense_bits));

  /* The dense table first: it is small, stays in cache, and holds the
   * n-grams met most often. */
  for (guint32 k = model->dense_key[b]; k < model->dense_key[b + 1]; k++)
    if (model->dense_fp[k] == fp)
      return model->dense_val + (gsize)k * LID_DENSE_WIDTH;

  b = (guint32)(hash >> (64 - model->bits));
  fp = (guint16)(hash >> (48 - model->bits));
  out->n = 0;
  for (const guint8 *p = model->blob + model->bucket_off[b],
                    *end = model->blob + model->bucket_off[b + 1];
       p < end; p += 3 + 2 * p[2])
    if ((guint16)(p[0] | p[1] << 8) == fp)
      {
        out->n = p[2];
        out->lang = p + 3;
        out->val = (const gint8 *)p + 3 + out->n;
        break;
      }
  return NULL;
}

const gint8 *
lid_model_ascii_gram (const LidModel *model, guint index, LidPostings *out)
{
  *out = model->ascii_posts[index];
  return model->ascii_rows[index];
}

#if defined(__GNUC__)
#define PREFETCH(p) __builtin_prefetch (p)
#else
#define PREFETCH(p) ((void)(p))
#endif

void
lid_model_lookup_batch (const LidModel *model, const guint64 *hashes, guint n, const gint8 **rows,
                        LidPostings *posts)
{
  const guint shift = 64 - model->bits;

  /* 1. The dense table (small, cached); prefetch the rows found and the bucket
   *    offsets of the others. */
  for (guint i = 0; i < n; i++)
    {
      guint64 h = hashes[i];
      guint32 b = (guint32)(h >> (64 - model->dense_bits));
      guint16 fp = (guint16)(h >> (48 - model->dense_bits));

      rows[i] = NULL;
      posts[i].n = 0;
      for (guint32 k = model->dense_key[b]; k < model->dense_key[b + 1]; k++)
        if (model->dense_fp[k] == fp)
          {
            rows[i] = model->dense_val + (gsize)k * LID_DENSE_WIDTH;
            PREFETCH (rows[i]);
            PREFETCH (rows[i] + 64);
            PREFETCH (rows[i] + 128);
            break;
          }
      if (rows[i] == NULL)
        PREFETCH (model->bucket_off + (h >> shift));
    }
  /* 2. Prefetch the bucket records. */
  for (guint i = 0; i < n; i++)
    if (rows[i] == NULL)
      {
        const guint8 *p = model->blob + model->bucket_off[hashes[i] >> shift];

        PREFETCH (p);
        PREFETCH (p + 64);
      }
  /* 3. Scan them. */
  for (guint i = 0; i < n; i++)
    if (rows[i] == NULL)
      {
        guint64 h = hashes[i];
        guint32 b = (guint32)(h >> shift);
        guint16 fp = (guint16)(h >> (48 - model->bits));
        const guint8 *p = model->blob + model->bucket_off[b];
        const guint8 *end = model->blob + model->bucket_off[b + 1];

        for (; p < end; p += 3 + 2 * p[2])
          if ((guint16)(p[0] | p[1] << 8) == fp)
            {
              posts[i].n = p[2];
              posts[i].lang = p + 3;
              posts[i].val = (const gint8 *)p + 3 + p[2];
              break;
            }
      }
}
