/* The second stage: word evidence between close languages (see lid-groups.h).
 *
 * The file is mapped and checked once, like the first stage's model.  A text
 * is read a second time only when its first-stage winner has a close relative
 * among the runners-up, so the cost falls on few texts; and per word it is a
 * handful of lookups in a table of about 3 MB.
 */
#include "lid-groups.h"

#include <math.h>
#include <string.h>

#define LID_GROUPS_MAGIC     "LGIDGRP1"
#define LID_GROUPS_MAGIC_END "LGIDEND1"
#define LID_GROUPS_VERSION   2
#define LID_GROUPS_HEADER    28
#define LID_GROUP_RECORD     (1 + 8 * LID_GROUP_MEMBERS)
#define LID_ENTRY_SIZE       6

/* The weight of the first stage's (tempered) log-likelihood difference beside
 * the word evidence when the group's members are re-ranked. */
#define LID_GROUP_LETTER_WEIGHT 0.25

/* Letters of a word the features look at: longer "words" are not words. */
#define LID_WORD_MAX 64

struct _LidGroups
{
  GMappedFile *file;
  guint n_groups;
  guint bits;
  guint32 n_entries;
  float scale;
  guint n_members[LID_MAX_GROUPS];
  int member[LID_MAX_GROUPS][LID_GROUP_MEMBERS]; /* model language, or -1 */
  /* A member known by its words only: a language in a script the first stage
   * has not seen it in (Serbian in Latin letters), whose letter likelihood
   * says nothing. */
  gboolean words_only[LID_MAX_GROUPS][LID_GROUP_MEMBERS];
  gboolean has_words_only[LID_MAX_GROUPS];
  gint8 group_of[LID_MAX_LANGS];                 /* group of a model language, or -1 */
  const guint32 *bucket_start;
  const guint8 *entries;
};

static guint32
read_u32 (const guint8 *p)
{
  return (guint32)p[0] | (guint32)p[1] << 8 | (guint32)p[2] << 16 | (guint32)p[3] << 24;
}

static gboolean
corrupt (GError **error, const char *path, const char *what)
{
  g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL,
               "langid groups model '%s' is not a valid file (%s); rebuild it with "
               "plugins/langid/train/langid-groups-train.py",
               path, what);
  return FALSE;
}

static gboolean
parse (LidGroups *groups, const LidModel *model, const char *path, GError **error)
{
  const guint8 *data = (const guint8 *)g_mapped_file_get_contents (groups->file);
  gsize size = g_mapped_file_get_length (groups->file);
  gsize pos, n_buckets;
  guint32 scale_bits;

  if (size < LID_GROUPS_HEADER + 8 || memcmp (data, LID_GROUPS_MAGIC, 8) != 0)
    return corrupt (error, path, "no header");
  if (memcmp (data + size - 8, LID_GROUPS_MAGIC_END, 8) != 0)
    return corrupt (error, path, "truncated");
  if (read_u32 (data + 8) != LID_GROUPS_VERSION)
    return corrupt (error, path, "unsupported format version");
  groups->n_groups = read_u32 (data + 12);
  groups->bits = read_u32 (data + 16);
  groups->n_entries = read_u32 (data + 20);
  scale_bits = read_u32 (data + 24);
  memcpy (&groups->scale, &scale_bits, sizeof groups->scale);
  if (groups->n_groups > LID_MAX_GROUPS || groups->bits < 1 || groups->bits > 28
      || !(groups->scale > 0.0f && groups->scale < 1.0f))
    return corrupt (error, path, "bad group count, table size or scale");
  n_buckets = (gsize)1 << groups->bits;
  pos = LID_GROUPS_HEADER + (gsize)groups->n_groups * LID_GROUP_RECORD;
  pos += (8 - pos % 8) % 8;
  if (pos > size - 8 || (size - 8 - pos) / 4 < n_buckets + 1)
    return corrupt (error, path, "bucket table out of the file");
  groups->bucket_start = (const guint32 *)(const void *)(data + pos);
  pos += 4 * (n_buckets + 1);
  if ((size - 8 - pos) / LID_ENTRY_SIZE != groups->n_entries
      || (size - 8 - pos) % LID_ENTRY_SIZE != 0)
    return corrupt (error, path, "entry count does not match the file size");
  groups->entries = data + pos;
  if (groups->bucket_start[0] != 0 || groups->bucket_start[n_buckets] != groups->n_entries)
    return corrupt (error, path, "bucket table does not cover the entries");
  for (gsize b = 0; b < n_buckets; b++)
    if (groups->bucket_start[b] > groups->bucket_start[b + 1])
      return corrupt (error, path, "bucket table out of order");
  for (guint32 i = 0; i < groups->n_entries; i++)
    if (groups->entries[(gsize)i * LID_ENTRY_SIZE + 2] >= groups->n_groups)
      return corrupt (error, path, "entry of an unknown group");

  memset (groups->group_of, -1, sizeof groups->group_of);
  for (guint g = 0; g < groups->n_groups; g++)
    {
      const guint8 *rec = data + LID_GROUPS_HEADER + (gsize)g * LID_GROUP_RECORD;
      gboolean complete = TRUE;

      groups->n_members[g] = rec[0];
      if (rec[0] < 2 || rec[0] > LID_GROUP_MEMBERS)
        return corrupt (error, path, "bad member count");
      for (guint m = 0; m < LID_GROUP_MEMBERS; m++)
        {
          char code[9];

          char *slash;

          memcpy (code, rec + 1 + 8 * m, 8);
          code[8] = '\0';
          /* "sr/Latn": the model's sr, in a script of its own. */
          slash = strchr (code, '/');
          if (slash != NULL)
            {
              *slash = '\0';
              groups->words_only[g][m] = TRUE;
              groups->has_words_only[g] = TRUE;
            }
          groups->member[g][m] = m < rec[0] ? lid_model_find (model, code) : -1;
          if (m < rec[0] && groups->member[g][m] < 0)
            complete = FALSE;
        }
      /* A model without one of the members (a reduced training run) has no use
       * for the group. */
      if (!complete)
        {
          groups->n_members[g] = 0;
          continue;
        }
      for (guint m = 0; m < groups->n_members[g]; m++)
        if (!groups->words_only[g][m])
          groups->group_of[groups->member[g][m]] = (gint8)g;
    }
  return TRUE;
}

LidGroups *
lid_groups_open (const char *path, const LidModel *model, GError **error)
{
  g_autoptr (GError) local = NULL;
  LidGroups *groups = g_new0 (LidGroups, 1);

  groups->file = g_mapped_file_new (path, FALSE, &local);
  if (groups->file == NULL)
    {
      g_set_error (error, G_FILE_ERROR, local->code, "cannot open langid groups model '%s': %s",
                   path, local->message);
      g_free (groups);
      return NULL;
    }
  if (!parse (groups, model, path, error))
    {
      lid_groups_free (groups);
      return NULL;
    }
  return groups;
}

void
lid_groups_free (LidGroups *groups)
{
  if (groups == NULL)
    return;
  if (groups->file != NULL)
    g_mapped_file_unref (groups->file);
  g_free (groups);
}

gboolean
lid_groups_wanted (const LidGroups *groups, const LidResult *result)
{
  int g;

  if (result->lang < 0)
    return FALSE;
  g = groups->group_of[result->lang];
  if (g < 0)
    return FALSE;
  /* A words-only member is never among the runners-up (its letters are
   * another script): the group is read whenever it wins. */
  if (groups->has_words_only[g])
    return TRUE;
  for (guint i = 0; i < result->n_alternatives; i++)
    if (groups->group_of[result->alternatives[i].lang] == g)
      return TRUE;
  return FALSE;
}

/* Adds the values of feature @f (@n code points) to @scores. */
static void
add_feature (const LidGroups *groups, LidScores *scores, const gunichar *f, guint n)
{
  guint64 h = LID_HASH_SEED;
  guint32 first, last;
  guint16 fp;

  for (guint i = n; i > 0; i--)
    h = lid_hash_step (h, f[i - 1]);
  /* The first stage's orders are 1..5: 16 + n keeps the two key sets apart. */
  h = lid_hash_final (h, n + 16);
  first = groups->bucket_start[h >> (64 - groups->bits)];
  last = groups->bucket_start[(h >> (64 - groups->bits)) + 1];
  fp = (guint16)(h >> (48 - groups->bits));
  for (guint32 i = first; i < last; i++)
    {
      const guint8 *e = groups->entries + (gsize)i * LID_ENTRY_SIZE;
      guint g;

      if ((guint16)(e[0] | e[1] << 8) != fp)
        continue;
      g = e[2];
      if (groups->n_members[g] == 0)
        continue;
      for (guint m = 0; m < groups->n_members[g]; m++)
        scores->group[g][m] += (gint8)e[3 + m];
    }
}

/* The features of one word (lower-cased letters): the whole word when it is
 * short, else its first and last four letters, with a space for the boundary;
 * and its inner 5-grams. */
static void
add_word (const LidGroups *groups, LidScores *scores, const gunichar *w, guint n)
{
  gunichar f[LID_WORD_MAX + 2];

  scores->n_group_words++;
  if (n <= 3)
    {
      f[0] = ' ';
      memcpy (f + 1, w, n * sizeof *w);
      f[n + 1] = ' ';
      add_feature (groups, scores, f, n + 2);
      return;
    }
  f[0] = ' ';
  memcpy (f + 1, w, 4 * sizeof *w);
  add_feature (groups, scores, f, 5);
  memcpy (f, w + n - 4, 4 * sizeof *w);
  f[4] = ' ';
  add_feature (groups, scores, f, 5);
  for (guint i = 0; i + 5 <= n; i++)
    add_feature (groups, scores, w + i, 5);
}

void
lid_groups_add_text (const LidGroups *groups, LidScores *scores, const char *text, gsize length)
{
  const char *p = text;
  const char *end = text + length;
  gunichar word[LID_WORD_MAX];
  guint n = 0;
  gboolean skip_ascii = lid_text_skips_ascii (text, length);

  while (p < end)
    {
      const char *token_end;

      while (p < end && g_ascii_isspace (*p))
        p++;
      token_end = p;
      while (token_end < end && !g_ascii_isspace (*token_end))
        token_end++;
      if (lid_token_is_address (p, token_end))
        {
          p = token_end;
          continue;
        }
      /* Words are runs of letters, lower-cased, as the first stage reads them. */
      while (p <= token_end)
        {
          gunichar c = 0;
          gboolean letter = FALSE;

          if (p < token_end)
            {
              if ((guchar)*p < 0x80)
                {
                  c = (guchar)*p++;
                  letter = g_ascii_isalpha (c) && !skip_ascii;
                  c |= 0x20;
                }
              else
                {
                  c = g_utf8_get_char (p);
                  p = g_utf8_next_char (p);
                  letter = g_unichar_isalpha (c);
                  c = g_unichar_tolower (c);
                }
            }
          else
            p++; /* the token's end ends its last word */
          if (letter)
            {
              if (n < LID_WORD_MAX)
                word[n++] = c;
              continue;
            }
          if (n > 0)
            add_word (groups, scores, word, n);
          n = 0;
        }
      p = token_end;
    }
}

void
lid_groups_adjust (const LidGroups *groups, const LidScores *scores, guint winner, double *ll,
                   double temperature)
{
  int g = groups->group_of[winner];
  double best = ll[winner], mass = 0.0, c[LID_GROUP_MEMBERS], c_max = -INFINITY, c_sum = 0.0;

  if (g < 0)
    return;
  /* The members share the probability the first stage gave the group (the
   * winner's and its relatives'), divided anew by letters and words together. */
  for (guint m = 0; m < groups->n_members[g]; m++)
    {
      double d = ll[groups->member[g][m]] - best;

      c[m] = -INFINITY;
      if (d == -INFINITY)
        continue; /* not allowed */
      /* A words-only member is judged on its words, beside the winner's letters. */
      if (groups->words_only[g][m])
        d = 0.0;
      else
        mass += exp (d * temperature);
      c[m] = LID_GROUP_LETTER_WEIGHT * d * temperature + groups->scale * scores->group[g][m];
      c_max = MAX (c_max, c[m]);
    }
  for (guint m = 0; m < groups->n_members[g]; m++)
    if (c[m] > -INFINITY)
      c_sum += exp (c[m] - c_max);
  for (guint m = 0; m < groups->n_members[g]; m++)
    if (c[m] > -INFINITY)
      ll[groups->member[g][m]]
          = best + (log (mass) + c[m] - c_max - log (c_sum)) / temperature;
}
