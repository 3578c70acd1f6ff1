/* langid-bench: accuracy and speed of the langid engine on `lang<TAB>text` files.
 *
 *   langid-bench [--groups GROUPS] [--pred-dir DIR] [--confusions] [--per-language] MODEL FILE.tsv...
 *
 * Every line is detected on its own (one call per sentence, as the eval sets
 * are), timed around the calls only, with the file already in memory, like
 * the CLD2 harness in shared/peers/langid.  With --groups (langid-groups.model),
 * the second stage runs too, as in the plugin.  Prints one JSON object per file:
 * items, bytes, correct, accuracy, seconds, MB/s; and the model's load time.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lid-groups.h"

typedef struct
{
  GPtrArray *gold; /* char * */
  GPtrArray *text; /* char * */
  gsize bytes;
} Corpus;

static gboolean
load_tsv (const char *path, Corpus *c, GError **error)
{
  g_autofree char *contents = NULL;
  gsize len;
  char **lines;

  if (!g_file_get_contents (path, &contents, &len, error))
    return FALSE;
  c->gold = g_ptr_array_new_with_free_func (g_free);
  c->text = g_ptr_array_new_with_free_func (g_free);
  c->bytes = 0;
  lines = g_strsplit (contents, "\n", -1);
  for (char **l = lines; *l != NULL; l++)
    {
      char *tab = strchr (*l, '\t');

      if (tab == NULL)
        continue;
      g_ptr_array_add (c->gold, g_strndup (*l, (gsize)(tab - *l)));
      g_ptr_array_add (c->text, g_strdup (tab + 1));
      c->bytes += strlen (tab + 1);
    }
  g_strfreev (lines);
  return TRUE;
}

int
main (int argc, char **argv)
{
  g_autofree char *pred_dir = NULL;
  g_autofree char *groups_path = NULL;
  LidGroups *groups = NULL;
  gboolean confusions = FALSE, per_language = FALSE;
  GOptionEntry entries[] = {
    { "groups", 0, 0, G_OPTION_ARG_FILENAME, &groups_path, "the second stage's model", "FILE" },
    { "pred-dir", 0, 0, G_OPTION_ARG_FILENAME, &pred_dir, "write DIR/<file>.pred", "DIR" },
    { "confusions", 0, 0, G_OPTION_ARG_NONE, &confusions, "print the top confusions", NULL },
    { "per-language", 0, 0, G_OPTION_ARG_NONE, &per_language, "print accuracy per language", NULL },
    { NULL },
  };
  g_autoptr (GOptionContext) ctx = g_option_context_new ("MODEL FILE.tsv...");
  g_autoptr (GError) error = NULL;
  LidModel *model;
  gint64 t0;
  double load_s;
  LidScores *scores = g_new (LidScores, 1);

  g_option_context_add_main_entries (ctx, entries, NULL);
  if (!g_option_context_parse (ctx, &argc, &argv, &error) || argc < 3)
    {
      fprintf (stderr, "%s\n", error ? error->message : "usage: langid-bench MODEL FILE.tsv...");
      return 2;
    }
  t0 = g_get_monotonic_time ();
  model = lid_model_open (argv[1], &error);
  if (model != NULL && groups_path != NULL)
    groups = lid_groups_open (groups_path, model, &error);
  load_s = (double)(g_get_monotonic_time () - t0) / 1e6;
  if (model == NULL || (groups_path != NULL && groups == NULL))
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }
  printf ("{\"tool\":\"lector-langid\",\"languages\":%u,\"load_s\":%.4f}\n",
          lid_model_n_languages (model), load_s);

  for (int a = 2; a < argc; a++)
    {
      Corpus c;
      g_autofree int *pred = NULL;
      gint64 t1;
      double dt;
      guint correct = 0;
      g_autoptr (GHashTable) conf = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_autoptr (GHashTable) lang_n = g_hash_table_new (g_str_hash, g_str_equal);
      g_autoptr (GHashTable) lang_ok = g_hash_table_new (g_str_hash, g_str_equal);
      g_autofree char *base = g_path_get_basename (argv[a]);

      if (!load_tsv (argv[a], &c, &error))
        {
          fprintf (stderr, "%s\n", error->message);
          return 1;
        }
      pred = g_new (int, c.text->len);
      t1 = g_get_monotonic_time ();
      for (guint i = 0; i < c.text->len; i++)
        {
          const char *t = g_ptr_array_index (c.text, i);
          LidResult r;

          lid_detect (model, groups, scores, t, strlen (t), NULL, 1, &r);
          pred[i] = r.lang;
        }
      dt = (double)(g_get_monotonic_time () - t1) / 1e6;

      if (strrchr (base, '.'))
        *strrchr (base, '.') = '\0';
      {
        FILE *out = NULL;

        if (pred_dir != NULL)
          {
            g_autofree char *path = g_strdup_printf ("%s/%s.pred", pred_dir, base);

            out = fopen (path, "w");
            if (out == NULL)
              {
                perror (path);
                return 1;
              }
          }
        for (guint i = 0; i < c.text->len; i++)
          {
            const char *gold = g_ptr_array_index (c.gold, i);
            const char *code = pred[i] >= 0 ? lid_model_code (model, (guint)pred[i]) : "und";
            gboolean ok = g_str_equal (gold, code);

            correct += ok;
            g_hash_table_insert (
                lang_n, (gpointer)gold,
                GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (lang_n, gold)) + 1));
            if (ok)
              g_hash_table_insert (
                  lang_ok, (gpointer)gold,
                  GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (lang_ok, gold)) + 1));
            else
              {
                char *key = g_strdup_printf ("%s->%s", gold, code);
                guint n = GPOINTER_TO_UINT (g_hash_table_lookup (conf, key));

                g_hash_table_replace (conf, key, GUINT_TO_POINTER (n + 1));
              }
            if (out != NULL)
              fprintf (out, "%s\n", code);
          }
        if (out != NULL)
          fclose (out);
      }
      printf ("{\"bucket\":\"%s\",\"n\":%u,\"bytes\":%zu,\"correct\":%u,\"accuracy\":%.4f,"
              "\"detect_s\":%.4f,\"mb_s\":%.2f}\n",
              base, c.text->len, c.bytes, correct, (double)correct / MAX (c.text->len, 1), dt,
              (double)c.bytes / 1e6 / dt);
      if (confusions)
        {
          GHashTableIter it;
          gpointer k, v;
          GPtrArray *list = g_ptr_array_new ();

          g_hash_table_iter_init (&it, conf);
          while (g_hash_table_iter_next (&it, &k, &v))
            if (GPOINTER_TO_UINT (v) >= 3)
              g_ptr_array_add (
                  list, g_strdup_printf ("%05u %s", 99999 - GPOINTER_TO_UINT (v), (char *)k));
          g_ptr_array_sort (list, (GCompareFunc)g_strcmp0);
          printf ("  confusions:");
          for (guint i = 0; i < list->len && i < 40; i++)
            {
              const char *s = *(char **)&g_ptr_array_index (list, i);
              printf (" %s:%u", s + 6, 99999 - (guint)atoi (s));
              g_free (g_ptr_array_index (list, i));
            }
          printf ("\n");
          g_ptr_array_free (list, TRUE);
        }
      if (per_language)
        {
          GHashTableIter it;
          gpointer k, v;
          g_autoptr (GPtrArray) list = g_ptr_array_new_with_free_func (g_free);

          g_hash_table_iter_init (&it, lang_n);
          while (g_hash_table_iter_next (&it, &k, &v))
            g_ptr_array_add (
                list, g_strdup_printf ("%5.1f %s",
                                       100.0 * GPOINTER_TO_UINT (g_hash_table_lookup (lang_ok, k))
                                           / GPOINTER_TO_UINT (v),
                                       (char *)k));
          g_ptr_array_sort (list, (GCompareFunc)g_strcmp0);
          printf ("  per-language:");
          for (guint i = 0; i < list->len; i++)
            printf (" %s", (char *)g_ptr_array_index (list, i));
          printf ("\n");
        }
      g_ptr_array_unref (c.gold);
      g_ptr_array_unref (c.text);
    }
  g_free (scores);
  lid_groups_free (groups);
  lid_model_free (model);
  return 0;
}
