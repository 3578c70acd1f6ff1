/* Loading and reading the langid model file (format in lid-model.h).
 *
 * The file is mapped, not read: loading costs a few milliseconds whatever its
 * size, pages are shared between processes, and only the pages the texts touch
 * count towards the resident size.  Every offset and count is checked once
 * here so that lookups can trust the arrays without bounds checks.
 */
#include "lid-model.h"

#include <string.h>

#define LID_MAGIC "LGIDMDL1"
#define LID_MAGIC_END "LGIDEND1"
#define LID_FORMAT_VERSION 1
#define LID_N_SECTIONS 8
#define LID_HEADER_SIZE 64
#define LID_LANG_RECORD 44

enum { SEC_LANGS, SEC_BUCKET_KEY, SEC_BUCKET_POST, SEC_KEY_FP, SEC_KEY_LEN, SEC_POST_LANG,
       SEC_POST_VAL, SEC_STRINGS };

typedef struct {
  char code[9];
  const char *name;
  guint max_order;
  float base[LID_MAX_ORDER + 1];
  float prior;
} LidLanguage;

struct _LidModel {
  GMappedFile *file;
  guint n_langs;
  guint bits;
  guint32 n_keys;
  guint32 n_post;
  float scale[LID_MAX_ORDER + 1];
  LidLanguage langs[LID_MAX_LANGS];
  const guint32 *bucket_key;
  const guint32 *bucket_post;
  const guint16 *key_fp;
  const guint8 *key_len;
  const guint8 *post_lang;
  const gint8 *post_val;
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
  if (model->n_langs == 0 || model->n_langs > LID_MAX_LANGS || model->bits < 1
      || model->bits > 30)
    return corrupt (error, path, "bad language count or table size");
  for (guint n = 0; n <= LID_MAX_ORDER; n++)
    model->scale[n] = read_f32 (data + 36 + 4 * n);

  for (guint s = 0; s < LID_N_SECTIONS; s++)
    {
      off[s] = read_u32 (data + LID_HEADER_SIZE + 8 * s);
      len[s] = read_u32 (data + LID_HEADER_SIZE + 8 * s + 4);
      if (off[s] % 8 != 0 || off[s] > size - 8 || len[s] > size - 8 - off[s])
        return corrupt (error, path, "section out of the file");
    }
  n_buckets = 1u << model->bits;
  if (len[SEC_LANGS] != model->n_langs * LID_LANG_RECORD
      || len[SEC_BUCKET_KEY] != 4 * (n_buckets + 1) || len[SEC_BUCKET_POST] != 4 * n_buckets
      || len[SEC_KEY_FP] != 2 * model->n_keys || len[SEC_KEY_LEN] != model->n_keys
      || len[SEC_POST_LANG] != model->n_post || len[SEC_POST_VAL] != model->n_post)
    return corrupt (error, path, "section sizes disagree with the header");

  /* Offsets are 8-aligned and the mapping page-aligned, so these casts are aligned. */
  model->bucket_key = (const guint32 *)(data + off[SEC_BUCKET_KEY]);
  model->bucket_post = (const guint32 *)(data + off[SEC_BUCKET_POST]);
  model->key_fp = (const guint16 *)(data + off[SEC_KEY_FP]);
  model->key_len = data + off[SEC_KEY_LEN];
  model->post_lang = data + off[SEC_POST_LANG];
  model->post_val = (const gint8 *)(data + off[SEC_POST_VAL]);
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
      lang->name = (const char *)strings + name_off;
      lang->max_order = read_u32 (rec + 12);
      for (guint n = 0; n <= LID_MAX_ORDER; n++)
        lang->base[n] = read_f32 (rec + 16 + 4 * n);
      lang->prior = read_f32 (rec + 16 + 4 * (LID_MAX_ORDER + 1));
    }

  /* The bucket tables must be monotonic and agree with the key lengths, and every
   * posting must name a language: then lookups need no checks. */
  {
    guint32 post = 0;

    if (model->bucket_key[0] != 0 || model->bucket_key[n_buckets] != model->n_keys)
      return corrupt (error, path, "bad bucket table");
    for (guint32 b = 0; b < n_buckets; b++)
      {
        if (model->bucket_key[b] > model->bucket_key[b + 1] || model->bucket_post[b] != post)
          return corrupt (error, path, "bad bucket table");
        for (guint32 k = model->bucket_key[b]; k < model->bucket_key[b + 1]; k++)
          post += model->key_len[k];
      }
    if (post != model->n_post)
      return corrupt (error, path, "postings disagree with the keys");
    for (guint32 p = 0; p < model->n_post; p++)
      if (model->post_lang[p] >= model->n_langs)
        return corrupt (error, path, "posting names an unknown language");
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

float
lid_model_scale (const LidModel *model, guint order)
{
  return model->scale[order];
}

gboolean
lid_model_lookup (const LidModel *model, guint64 hash, LidPostings *out)
{
  guint32 b = (guint32)(hash >> (64 - model->bits));
  guint16 fp = (guint16)(hash >> (48 - model->bits));
  guint32 post = model->bucket_post[b];
  guint32 end = model->bucket_key[b + 1];

  for (guint32 k = model->bucket_key[b]; k < end; k++)
    {
      if (model->key_fp[k] == fp)
        {
          out->lang = model->post_lang + post;
          out->val = model->post_val + post;
          out->n = model->key_len[k];
          return TRUE;
        }
      post += model->key_len[k];
    }
  return FALSE;
}
