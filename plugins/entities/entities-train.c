/* entities-train: builds the entity model from CoNLL files.
 *
 * An averaged structured perceptron (Collins 2002) over BIO tags with
 * first-order transitions, on the hashed features of tagger.c.  It is
 * deterministic: the same files and options give the same model byte for
 * byte (the sentence order of each epoch comes from a fixed seed).
 *
 *   entities-train -o entities.model -g gazetteer.tsv --clusters clusters.tsv --titles-in-per \
 *       --dev-fraction 0.1 gmb_full_train.conll
 *
 * See plugins/entities/README.md for the exact command that built the
 * committed model.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "tagger.h"

typedef struct {
  guint32 first; /* index of the first token in the corpus arrays */
  guint32 n : 31;
  guint32 no_misc : 1; /* its corpus does not annotate MISC: an O may be one (BTC) */
} Sentence;

typedef struct {
  GStringChunk *strings;
  GArray *words;    /* NerWord */
  GArray *tags;     /* guint8 */
  GArray *sentences; /* Sentence */
} Corpus;

static void
corpus_init (Corpus *c)
{
  c->strings = g_string_chunk_new (1 << 20);
  c->words = g_array_new (FALSE, FALSE, sizeof (NerWord));
  c->tags = g_array_new (FALSE, FALSE, sizeof (guint8));
  c->sentences = g_array_new (FALSE, FALSE, sizeof (Sentence));
}

/* Also for a corpus never initialised (all zero). */
static void
corpus_clear (Corpus *c)
{
  g_clear_pointer (&c->strings, g_string_chunk_free);
  g_clear_pointer (&c->words, g_array_unref);
  g_clear_pointer (&c->tags, g_array_unref);
  g_clear_pointer (&c->sentences, g_array_unref);
}

static void
corpus_add_token (Corpus *c, const char *word, gsize len, guint8 tag)
{
  NerWord w = { g_string_chunk_insert_len (c->strings, word, (gssize)len), (guint32)len };

  g_array_append_val (c->words, w);
  g_array_append_val (c->tags, tag);
}

static void
corpus_end_sentence (Corpus *c, guint32 first)
{
  Sentence s = { first, c->words->len - first, 0 };

  if (s.n > 0)
    g_array_append_val (c->sentences, s);
}

/* Title words at the start of a PER span become TTL (see tagger.h). A word is
 * a title if the lexicon says so or it is lower-case ("prime minister"); "of"
 * and "the" only inside a run of them ("Secretary of State"). */
static gboolean clean_titles = FALSE;

static gboolean
title_word (const NerLexicon *lex, const NerWord *w)
{
  return (ner_lexicon_lookup (lex, ner_word_key (w->text, w->len)) & NER_LEX_TITLE) != 0;
}

static void
split_titles (const NerLexicon *lex, NerWord *w, guint8 *tags, gsize n)
{
  for (gsize s = 0; s < n; s++)
    {
      gsize e = s + 1, t;

      if (tags[s] != NER_B_PER)
        continue;
      while (e < n && tags[e] == NER_I_PER)
        e++;
      for (t = s; t < e; t++)
        {
          guint32 flags = ner_lexicon_lookup (lex, ner_word_key (w[t].text, w[t].len));
          gboolean lower = w[t].len > 0 && w[t].text[0] >= 'a' && w[t].text[0] <= 'z';

          if (!(flags & NER_LEX_TITLE) && !lower)
            break;
        }
      /* Do not end a title on "of"/"the": they belong to the title only between two
       * title words. */
      while (t > s && t < e
             && ((w[t - 1].len == 2 && memcmp (w[t - 1].text, "of", 2) == 0)
                 || (w[t - 1].len == 3 && memcmp (w[t - 1].text, "the", 3) == 0)))
        t--;
      if (t == e && clean_titles)
        {
          /* A person made of title words only is GMB's noise around a title:
           * "Prime/B-per Minister/O Nouri/B-per", "Mr./B-per Musharraf/B-org".
           * The name after the title, past title words left out, is the person. */
          gsize j = e;

          while (j < n && tags[j] == NER_O && title_word (lex, &w[j]))
            j++;
          if (j < n && j > e - 1 && (tags[j] == NER_B_PER || tags[j] == NER_B_ORG || tags[j] == NER_B_LOC)
              && w[j].len > 0 && w[j].text[0] >= 'A' && w[j].text[0] <= 'Z' && !title_word (lex, &w[j]))
            {
              int type = ner_tag_type (tags[j]);

              e = j + 1;
              while (e < n && tags[e] != NER_O && !ner_tag_is_begin (tags[e])
                     && (int)ner_tag_type (tags[e]) == type)
                e++;
              tags[j] = NER_B_PER;
              for (gsize k = j + 1; k < e; k++)
                tags[k] = NER_I_PER;
              t = j;
            }
        }
      for (gsize k = s; k < t; k++)
        tags[k] = k == s ? NER_B_TTL : NER_I_TTL;
      if (t < e)
        tags[t] = NER_B_PER;
      s = e - 1;
    }
}

/* Reads @path whole into @data (its length in @len when not NULL).  Documents are UTF-8, so a
 * word that is not could never match one: such a file is an error at the line of its first bad
 * byte. */
static gboolean
read_utf8_file (const char *path, char **data, gsize *len, GError **error)
{
  gsize length;
  const char *bad;

  if (!g_file_get_contents (path, data, &length, error))
    return FALSE;
  if (len)
    *len = length;
  if (g_utf8_validate (*data, (gssize)length, &bad))
    return TRUE;
  guint lineno = 1;
  for (const char *p = *data; p < bad; p++)
    lineno += *p == '\n';
  g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL, "%s:%u: not valid UTF-8", path, lineno);
  g_clear_pointer (data, g_free);
  return FALSE;
}

/* Reads a CoNLL file (token TAB tag, blank lines between sentences).  A
 * possessive "'s" token is glued to the word before it, as Lector's segmenter
 * keeps "Netanyahu’s" as one token. */
static gboolean
corpus_read (Corpus *c, const char *path, const NerLexicon *lex, gboolean titles_in_per,
             gboolean no_misc, GError **error)
{
  guint first_sentence = c->sentences->len;
  g_autofree char *data = NULL;
  gsize len;
  guint32 first = c->words->len;
  guint lineno = 0;
  char *line, *next;

  if (!read_utf8_file (path, &data, &len, error))
    return FALSE;
  for (line = data; line < data + len; line = next)
    {
      char *nl = strchr (line, '\n'), *tab;

      lineno++;
      next = nl ? nl + 1 : data + len;
      if (nl)
        *nl = '\0';
      if (nl > line && nl[-1] == '\r')
        nl[-1] = '\0';
      if (!line[0])
        {
          corpus_end_sentence (c, first);
          first = c->words->len;
          continue;
        }
      tab = strchr (line, '\t');
      if (!tab)
        {
          g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL, "%s:%u: line without a tab: %s",
                       path, lineno, line);
          return FALSE;
        }
      *tab = '\0';
      if (strcmp (line, "-DOCSTART-") == 0)
        {
          corpus_end_sentence (c, first);
          first = c->words->len;
          continue;
        }
      {
        guint8 tag = (guint8)ner_tag_from_string (tab + 1);
        gsize wl = (gsize)(tab - line);

        /* ner_tag_from_string() makes anything unknown O: a typo, or a third
         * column ("word TAB POS TAB tag"), would quietly be a token of no name. */
        if (tag == NER_O && strcmp (tab + 1, "O") != 0)
          {
            g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL,
                         "%s:%u: unknown tag '%s' (a line is word TAB tag, the tag O or B-/I- "
                         "with PER, ORG, LOC, MISC or TTL)",
                         path, lineno, tab + 1);
            return FALSE;
          }

        if (c->words->len > first
            && (strcmp (line, "'s") == 0 || strcmp (line, "\xe2\x80\x99s") == 0)
            && (tag == NER_O || !ner_tag_is_begin (tag)))
          {
            NerWord *prev = &g_array_index (c->words, NerWord, c->words->len - 1);
            g_autofree char *joined = g_strconcat (prev->text, line, NULL);

            prev->text = g_string_chunk_insert (c->strings, joined);
            prev->len = (guint32)strlen (joined);
            continue;
          }
        /* BIO: I-X continues a span of X.  IOB1 (a name starting with I-) would
         * give gold sequences that Viterbi never allows. */
        if (tag != NER_O && !ner_tag_is_begin (tag)
            && (c->words->len == first
                || ner_tag_type (g_array_index (c->tags, guint8, c->tags->len - 1))
                       != ner_tag_type (tag)))
          {
            g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL,
                         "%s:%u: %s does not continue a span of its type (the tags must be BIO: "
                         "a name starts with B-)",
                         path, lineno, tab + 1);
            return FALSE;
          }
        corpus_add_token (c, line, wl, tag);
      }
    }
  corpus_end_sentence (c, first);
  /* This file's sentences only: the earlier files' are done. */
  for (guint i = first_sentence; i < c->sentences->len; i++)
    {
      Sentence *s = &g_array_index (c->sentences, Sentence, i);

      s->no_misc = no_misc;
      if (titles_in_per)
        split_titles (lex, &g_array_index (c->words, NerWord, s->first),
                      &g_array_index (c->tags, guint8, s->first), s->n);
    }
  return TRUE;
}

/* Adds an upper-cased copy of every @every-th sentence, so the model learns what
 * an all-capitals headline looks like (see sentence_all_caps in tagger.c). */
static void
corpus_add_caps (Corpus *c, guint n, guint every)
{
  for (guint i = 0; every && i < n; i += every)
    {
      Sentence s = g_array_index (c->sentences, Sentence, i);
      guint32 first = c->words->len;

      for (guint32 k = 0; k < s.n; k++)
        {
          NerWord w = g_array_index (c->words, NerWord, s.first + k);
          g_autofree char *up = g_utf8_strup (w.text, w.len);

          corpus_add_token (c, up, strlen (up), g_array_index (c->tags, guint8, s.first + k));
        }
      corpus_end_sentence (c, first);
      g_array_index (c->sentences, Sentence, c->sentences->len - 1).no_misc = s.no_misc;
    }
}

/* ---- Gazetteer ---- */

static const struct {
  const char *name;
  guint32 flag;
} flag_names[] = {
  { "first", NER_LEX_FIRST_NAME }, { "country", NER_LEX_COUNTRY },
  { "city", NER_LEX_CITY },        { "region", NER_LEX_REGION },
  { "title", NER_LEX_TITLE },      { "org", NER_LEX_ORG_WORD },
  { "name", NER_LEX_NAME_PART },   { "common", NER_LEX_COMMON },
  { "proper", NER_LEX_PROPER },    { "company", NER_LEX_COMPANY },
};

/* A line of a word list: adds it to @lex, or sets @error naming @path and @lineno. */
typedef gboolean (*LexiconLineFunc) (NerLexicon *lex, char *line, const char *path, guint lineno,
                                     GError **error);

/* Reads a word list line by line; empty lines and lines starting with '#' are skipped. */
static gboolean
read_word_list (NerLexicon *lex, const char *path, LexiconLineFunc add_line, GError **error)
{
  g_autofree char *data = NULL;
  g_auto (GStrv) lines = NULL;

  if (!read_utf8_file (path, &data, NULL, error))
    return FALSE;
  lines = g_strsplit (data, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    if (lines[i][0] && lines[i][0] != '#' && !add_line (lex, lines[i], path, i + 1, error))
      return FALSE;
  return TRUE;
}

/* gazetteer.tsv: word TAB flag,flag… */
static gboolean
gazetteer_line (NerLexicon *lex, char *line, const char *path, guint lineno, GError **error)
{
  char *tab = strchr (line, '\t');
  g_auto (GStrv) names = NULL;
  guint32 flags = 0;

  if (!tab)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL, "%s:%u: no tab", path, lineno);
      return FALSE;
    }
  *tab = '\0';
  names = g_strsplit (tab + 1, ",", -1);
  for (guint k = 0; names[k]; k++)
    {
      guint f;

      for (f = 0; f < G_N_ELEMENTS (flag_names); f++)
        if (strcmp (names[k], flag_names[f].name) == 0)
          break;
      if (f == G_N_ELEMENTS (flag_names))
        {
          g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL, "%s:%u: unknown flag '%s'", path,
                       lineno, names[k]);
          return FALSE;
        }
      flags |= flag_names[f].flag;
    }
  ner_lexicon_add (lex, line, strlen (line), flags);
  return TRUE;
}

/* clusters.tsv (build-clusters.py): word TAB fine TAB coarse, numbered from 0. */
static gboolean
clusters_line (NerLexicon *lex, char *line, const char *path, guint lineno, GError **error)
{
  g_auto (GStrv) cols = g_strsplit (line, "\t", -1);
  guint64 fine, coarse;

  if (g_strv_length (cols) != 3
      || !g_ascii_string_to_unsigned (cols[1], 10, 0, NER_LEX_FINE_MAX - 1, &fine, NULL)
      || !g_ascii_string_to_unsigned (cols[2], 10, 0, NER_LEX_COARSE_MAX - 1, &coarse, NULL))
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL,
                   "%s:%u: expected word TAB fine (0..%u) TAB coarse (0..%u)", path, lineno,
                   NER_LEX_FINE_MAX - 1, NER_LEX_COARSE_MAX - 1);
      return FALSE;
    }
  ner_lexicon_add (lex, cols[0], strlen (cols[0]),
                   (guint32)(fine + 1) << NER_LEX_FINE_SHIFT
                       | (guint32)(coarse + 1) << NER_LEX_COARSE_SHIFT);
  return TRUE;
}

/* ---- Scoring (PER, ORG, LOC; exact spans) ---- */

typedef struct {
  guint64 tp, gold, pred;
} Counts;

static gboolean
scored (int tag)
{
  NerType t = ner_tag_type (tag);

  return t == NER_TYPE_PER || t == NER_TYPE_ORG || t == NER_TYPE_LOC;
}

/* Entities as (start, end, type) triples appended to @out. */
static void
spans (const guint8 *tags, gsize n, GArray *out)
{
  for (gsize i = 0; i < n; i++)
    if (tags[i] != NER_O && scored (tags[i])
        && (ner_tag_is_begin (tags[i]) || i == 0 || ner_tag_type (tags[i - 1]) != ner_tag_type (tags[i])))
      {
        gsize e = i + 1;
        guint32 triple[3];

        while (e < n && !ner_tag_is_begin (tags[e]) && tags[e] != NER_O
               && ner_tag_type (tags[e]) == ner_tag_type (tags[i]))
          e++;
        triple[0] = (guint32)i;
        triple[1] = (guint32)e;
        triple[2] = ner_tag_type (tags[i]);
        g_array_append_vals (out, triple, 3);
      }
}

static void
count (const guint8 *gold, const guint8 *pred, gsize n, Counts *c)
{
  g_autoptr (GArray) g = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr (GArray) p = g_array_new (FALSE, FALSE, sizeof (guint32));

  spans (gold, n, g);
  spans (pred, n, p);
  c->gold += g->len / 3;
  c->pred += p->len / 3;
  for (guint i = 0; i < p->len; i += 3)
    for (guint j = 0; j < g->len; j += 3)
      if (memcmp (&g_array_index (p, guint32, i), &g_array_index (g, guint32, j),
                  3 * sizeof (guint32))
          == 0)
        c->tp++;
}

static double
f1 (const Counts *c)
{
  double p = c->pred ? (double)c->tp / c->pred : 0, r = c->gold ? (double)c->tp / c->gold : 0;

  return p + r > 0 ? 200 * p * r / (p + r) : 0;
}

/* ---- Training ---- */

/* Whether any of the @n tags at @p is not O. */
static gboolean
any_entity_tag (const guint8 *p, gsize n)
{
  for (gsize i = 0; i < n; i++)
    if (p[i] != NER_O)
      return TRUE;
  return FALSE;
}

typedef struct {
  guint bits;
  float *w;     /* current weights, (1 << bits) * NER_ROW */
  float *u;     /* sum of c * update, for averaging */
  float tw[(NER_N_TAGS + 1) * NER_N_TAGS];
  float tu[(NER_N_TAGS + 1) * NER_N_TAGS];
  float *vw, *vu; /* the word vectors' weights (VEC_W), and their sum for averaging */
  gsize n_vw;     /* floats in each of vw and vu, 0 without vectors */
  double c;     /* update counter */
} Perceptron;

/* Every model of a mean starts from nothing: weights, their sums for the
 * average, transitions and the update counter. */
static void
perceptron_start (Perceptron *pc)
{
  gsize n = ((gsize)1 << pc->bits) * NER_ROW;

  memset (pc->w, 0, n * sizeof (float));
  memset (pc->u, 0, n * sizeof (float));
  memset (pc->tw, 0, sizeof pc->tw);
  memset (pc->tu, 0, sizeof pc->tu);
  if (pc->n_vw)
    {
      memset (pc->vw, 0, pc->n_vw * sizeof (float));
      memset (pc->vu, 0, pc->n_vw * sizeof (float));
    }
  pc->c = 1;
}

/* ---- Word vectors (real-valued features) ---- */

/* The vectors of the words (build-vectors.py), and each corpus token's row. */
typedef struct {
  guint dims;     /* coordinates used per word */
  float scale;    /* a file's integer coordinate times this is the feature's value */
  GArray *values; /* float, dims per word */
  NerLexicon index; /* word -> row + 1 */
  gint32 *tok;    /* per corpus token, its row or -1 */
} Vectors;

static Vectors vec = { 0 };

/* The positions a word's vector reaches, -VEC_WINDOW..+VEC_WINDOW: those the model
 * keeps rows for (NER_N_DENSE). */
#define VEC_WINDOW (NER_N_DENSE / 2)
/* The weights of coordinate @d at position @p, NER_ROW floats. */
#define VEC_W(w, p, d) ((w) + (((gsize)((p) + VEC_WINDOW) * vec.dims + (d)) * NER_ROW))

static gboolean
vectors_line (NerLexicon *lex, char *line, const char *path, guint lineno, GError **error)
{
  char *tab = strchr (line, '\t'), *p, *e;
  guint32 row = vec.values->len / vec.dims;

  if (!tab)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL, "%s:%u: no tab", path, lineno);
      return FALSE;
    }
  *tab = '\0';
  p = tab + 1;
  for (guint d = 0; d < vec.dims; d++, p = e)
    {
      long v;
      float f;

      while (*p == ' ')
        p++;
      v = strtol (p, &e, 10);
      if (*p == '\0' || *p == '\r')
        {
          g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL, "%s:%u: fewer than %u coordinates",
                       path, lineno, vec.dims);
          return FALSE;
        }
      if (e == p || (*e != ' ' && *e != '\r' && *e != '\0'))
        {
          g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL,
                       "%s:%u: coordinate %u is not an integer", path, lineno, d + 1);
          return FALSE;
        }
      if (v < -127 || v > 127)
        {
          g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL,
                       "%s:%u: coordinate %ld out of range (-127..127)", path, lineno, v);
          return FALSE;
        }
      f = (float)v * vec.scale;
      g_array_append_val (vec.values, f);
    }
  /* Two lines of one word (as the tagger lower-cases it): the first, the more
   * frequent one, is kept. */
  if (ner_lexicon_lookup (lex, ner_word_key (line, strlen (line))) == 0)
    ner_lexicon_add (lex, line, strlen (line), row + 1);
  return TRUE;
}

/* The vector of the word at position @p from token @i of the sentence of @n
 * tokens starting at corpus token @first, or NULL (outside the sentence, or a
 * word without a vector). */
static const float *
window_vector (guint32 first, gsize n, gsize i, int p)
{
  gint64 j = (gint64)i + p;

  if (j < 0 || j >= (gint64)n || vec.tok[first + j] < 0)
    return NULL;
  return &g_array_index (vec.values, float, (gsize)vec.tok[first + j] * vec.dims);
}

static void
emissions (const float *w, const float *vw, const guint32 *feats, guint32 first, gsize n,
           float *emit)
{
  for (gsize i = 0; i < n; i++)
    {
      float acc[NER_ROW] = { 0 };

      for (int k = 0; k < NER_N_FEATS; k++)
        {
          const float *row = w + (gsize)feats[i * NER_N_FEATS + k] * NER_ROW;

          for (int t = 0; t < NER_ROW; t++)
            acc[t] += row[t];
        }
      if (vec.tok)
        for (int p = -VEC_WINDOW; p <= VEC_WINDOW; p++)
          {
            const float *v = window_vector (first, n, i, p);

            if (!v)
              continue;
            for (guint d = 0; d < vec.dims; d++)
              {
                const float *row = VEC_W (vw, p, d);

                for (int t = 0; t < NER_ROW; t++)
                  acc[t] += v[d] * row[t];
              }
          }
      memcpy (emit + i * NER_N_TAGS, acc, sizeof (float) * NER_N_TAGS);
    }
}

static void
update (Perceptron *pc, const guint32 *feats, guint32 first, const guint8 *gold,
        const guint8 *pred, gsize n)
{
  for (gsize i = 0; i < n; i++)
    {
      int gp = i ? gold[i - 1] + 1 : 0, pp = i ? pred[i - 1] + 1 : 0;

      if (gold[i] != pred[i] && vec.tok)
        for (int p = -VEC_WINDOW; p <= VEC_WINDOW; p++)
          {
            const float *v = window_vector (first, n, i, p);

            if (!v)
              continue;
            for (guint d = 0; d < vec.dims; d++)
              {
                float *rw = VEC_W (pc->vw, p, d), *ru = VEC_W (pc->vu, p, d);

                rw[gold[i]] += v[d];
                ru[gold[i]] += (float)pc->c * v[d];
                rw[pred[i]] -= v[d];
                ru[pred[i]] -= (float)pc->c * v[d];
              }
          }
      if (gold[i] != pred[i])
        for (int k = 0; k < NER_N_FEATS; k++)
          {
            gsize r = (gsize)feats[i * NER_N_FEATS + k] * NER_ROW;

            pc->w[r + gold[i]] += 1;
            pc->u[r + gold[i]] += (float)pc->c;
            pc->w[r + pred[i]] -= 1;
            pc->u[r + pred[i]] -= (float)pc->c;
          }
      if (gold[i] != pred[i] || gp != pp)
        {
          pc->tw[gp * NER_N_TAGS + gold[i]] += 1;
          pc->tu[gp * NER_N_TAGS + gold[i]] += (float)pc->c;
          pc->tw[pp * NER_N_TAGS + pred[i]] -= 1;
          pc->tu[pp * NER_N_TAGS + pred[i]] -= (float)pc->c;
        }
    }
}


/* Weights as the model keeps them: a model's averaged ones, a mean of
 * models, or the sum of the models so far. */
typedef struct {
  float *w, *vw;                /* (1 << bits) * NER_ROW and n_vw floats */
  float tw[(NER_N_TAGS + 1) * NER_N_TAGS];
  gsize n_w, n_vw;
} Weights;

/* The averaged weights of @pc: w - u / c. */
static void
average (const Perceptron *pc, Weights *avg)
{
  for (gsize i = 0; i < avg->n_w; i++)
    avg->w[i] = pc->w[i] - (float)(pc->u[i] / pc->c);
  for (gsize i = 0; i < avg->n_vw; i++)
    avg->vw[i] = pc->vw[i] - (float)(pc->vu[i] / pc->c);
  for (gsize i = 0; i < G_N_ELEMENTS (avg->tw); i++)
    avg->tw[i] = pc->tw[i] - (float)(pc->tu[i] / pc->c);
}

/* @sum += @w. */
static void
weights_add (Weights *sum, const Weights *w)
{
  for (gsize i = 0; i < sum->n_w; i++)
    sum->w[i] += w->w[i];
  for (gsize i = 0; i < sum->n_vw; i++)
    sum->vw[i] += w->vw[i];
  for (gsize i = 0; i < G_N_ELEMENTS (sum->tw); i++)
    sum->tw[i] += w->tw[i];
}

/* @mean = @sum / @k. */
static void
weights_mean (const Weights *sum, guint k, Weights *mean)
{
  for (gsize i = 0; i < sum->n_w; i++)
    mean->w[i] = sum->w[i] / (float)k;
  for (gsize i = 0; i < sum->n_vw; i++)
    mean->vw[i] = sum->vw[i] / (float)k;
  for (gsize i = 0; i < G_N_ELEMENTS (sum->tw); i++)
    mean->tw[i] = sum->tw[i] / (float)k;
}

/* Sentences are grouped into documents of this many, in corpus order, for the
 * document history feature (tagger.h); 20 is about one wire story, and what
 * bench/entities cuts GMB into. */
static guint doc_sentences = 20;

/* The features of sentence @st with the history codes of @hist in the history slot,
 * into @out. */
static const guint32 *
sentence_features (const Corpus *c, const guint32 *feats, const Sentence *st,
                   const NerLexicon *hist, guint bits, guint8 *codes, guint32 *out)
{
  memcpy (out, feats + (gsize)st->first * NER_N_FEATS, sizeof (guint32) * st->n * NER_N_FEATS);
  ner_history_codes (hist, &g_array_index (c->words, NerWord, st->first), st->n, codes);
  for (guint32 t = 0; t < st->n; t++)
    out[t * NER_N_FEATS + NER_HIST_SLOT] = ner_history_feature (bits, codes[t]);
  return out;
}

static Counts
evaluate (const Weights *wt, const Corpus *c, const guint32 *feats, guint bits, guint from,
          guint to, NerScratch *s)
{
  Counts counts = { 0 };
  g_autofree guint8 *pred = NULL, *codes = NULL;
  gsize cap = 0;
  NerLexicon hist;

  ner_lexicon_init (&hist, 64);
  for (guint i = from; i < to; i++)
    {
      const Sentence *st = &g_array_index (c->sentences, Sentence, i);
      const guint32 *f;

      if ((i - from) % MAX (doc_sentences, 1) == 0)
        ner_lexicon_reset (&hist);
      if (st->n > cap)
        {
          cap = st->n;
          pred = g_renew (guint8, pred, cap);
          codes = g_renew (guint8, codes, cap);
        }
      ner_scratch_reserve (s, st->n);
      f = sentence_features (c, feats, st, &hist, bits, codes, s->feats);
      emissions (wt->w, wt->vw, f, st->first, st->n, s->emit);
      ner_viterbi (s->emit, wt->tw, st->n, s, pred);
      if (doc_sentences)
        ner_history_add (&hist, &g_array_index (c->words, NerWord, st->first), st->n, pred);
      count (&g_array_index (c->tags, guint8, st->first), pred, st->n, &counts);
    }
  ner_lexicon_clear (&hist);
  return counts;
}

/* The gold tags of a sentence from a corpus that does not mark MISC, into
 * @latent: a MISC span the model predicted (@pred) over tokens the corpus
 * left O counts as right.  Returns @latent. */
static const guint8 *
latent_gold (const guint8 *gold, const guint8 *pred, gsize n, guint8 *latent)
{
  memcpy (latent, gold, n);
  for (gsize t = 0; t < n;)
    {
      gsize end = t + 1;

      if (pred[t] != NER_B_MISC)
        {
          t++;
          continue;
        }
      while (end < n && pred[end] == NER_I_MISC)
        end++;
      if (!any_entity_tag (gold + t, end - t))
        memcpy (latent + t, pred + t, end - t);
      t = end;
    }
  return latent;
}

/* One step of training on sentence @s, whose features are @f: decodes with
 * every wrong tag @margin better (into @pred) and updates on a mistake.
 * @trained is set to the tags it trained towards: the corpus's, or latent_gold()'s
 * in @latent.  Returns: whether it was a mistake. */
static gboolean
train_sentence (Perceptron *pc, const Corpus *c, const Sentence *s, const guint32 *f,
                float margin, NerScratch *scratch, guint8 *pred, guint8 *latent,
                const guint8 **trained)
{
  const guint8 *gold = &g_array_index (c->tags, guint8, s->first);

  emissions (pc->w, pc->vw, f, s->first, s->n, scratch->emit);
  if (s->no_misc)
    {
      /* The model's own reading, without the margin, says which O may be MISC. */
      ner_viterbi (scratch->emit, pc->tw, s->n, scratch, pred);
      gold = latent_gold (gold, pred, s->n, latent);
    }
  if (margin > 0)
    for (guint32 t = 0; t < s->n; t++)
      for (int q = 0; q < NER_N_TAGS; q++)
        if (q != gold[t])
          scratch->emit[t * NER_N_TAGS + q] += margin;
  ner_viterbi (scratch->emit, pc->tw, s->n, scratch, pred);
  *trained = gold;
  if (memcmp (pred, gold, s->n) == 0)
    return FALSE;
  update (pc, f, s->first, gold, pred, s->n);
  return TRUE;
}

int
main (int argc, char **argv)
{
  g_autofree char *output = NULL, *gazetteer = NULL, *clusters = NULL, *vectors = NULL;
  gint epochs = 8, bits = 20, caps_every = 15, n_models = 1;
  gint vector_dims = 25;
  gdouble vector_scale = 0.3 / 32;
  gdouble dev_fraction = 0, prune = 0, margin = 0;
  gboolean titles_in_per = FALSE, history_gold = FALSE;
  gint doc_n = 20;
  g_auto (GStrv) files = NULL, no_misc_files = NULL;
  const GOptionEntry entries[] = {
    { "no-misc", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &no_misc_files,
      "a training file that does not annotate MISC (BTC): its O tokens may be MISC (repeatable)",
      "FILE" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "model file to write", "MODEL" },
    { "gazetteer", 'g', 0, G_OPTION_ARG_FILENAME, &gazetteer, "word list (word TAB flags)",
      "TSV" },
    { "clusters", 0, 0, G_OPTION_ARG_FILENAME, &clusters,
      "word clusters (word TAB fine TAB coarse, build-clusters.py)", "TSV" },
    { "models", 'm', 0, G_OPTION_ARG_INT, &n_models,
      "average N models, each trained on its own sentence order (1)", "N" },
    { "vectors", 0, 0, G_OPTION_ARG_FILENAME, &vectors,
      "word vectors (word TAB integer coordinates, build-vectors.py)", "TSV" },
    { "vector-dims", 0, 0, G_OPTION_ARG_INT, &vector_dims, "coordinates of a vector to use (25)",
      "N" },
    { "vector-scale", 0, 0, G_OPTION_ARG_DOUBLE, &vector_scale,
      "a feature's value is a coordinate times this (0.3 / 32: sd 0.3 for build-vectors.py's sd 32)", "S" },
    { "epochs", 'e', 0, G_OPTION_ARG_INT, &epochs, "passes over the data (8)", "N" },
    { "bits", 'b', 0, G_OPTION_ARG_INT, &bits, "log2 of the weight table rows (20)", "B" },
    { "caps-every", 0, 0, G_OPTION_ARG_INT, &caps_every,
      "add an upper-cased copy of every Nth sentence, 0 for none (15)", "N" },
    { "dev-fraction", 'd', 0, G_OPTION_ARG_DOUBLE, &dev_fraction,
      "hold out the last fraction of sentences and report F1 on them after each epoch", "F" },
    { "prune", 'p', 0, G_OPTION_ARG_DOUBLE, &prune,
      "drop weight rows whose largest |weight| is below this", "W" },
    { "clean-titles", 0, 0, G_OPTION_ARG_NONE, &clean_titles,
      "with --titles-in-per: a person span of title words only followed by a name makes "
      "the name the person (GMB's \"Mr./B-per Musharraf/B-org\")",
      NULL },
    { "margin", 0, 0, G_OPTION_ARG_DOUBLE, &margin,
      "train for a margin: a wrong tag scores this much more while training (0)", "M" },
    { "doc-sentences", 0, 0, G_OPTION_ARG_INT, &doc_n,
      "sentences per document for the document history feature, 0 for none (20)", "N" },
    { "history-gold", 0, 0, G_OPTION_ARG_NONE, &history_gold,
      "train the history feature on the gold tags instead of the predicted ones", NULL },
    { "titles-in-per", 't', 0, G_OPTION_ARG_NONE, &titles_in_per,
      "the corpus puts titles inside PER spans (GMB): tag them TTL", NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, "FILE.conll…" },
    { NULL },
  };
  g_autoptr (GOptionContext) ctx = g_option_context_new ("- train the entity tagger");
  g_autoptr (GError) error = NULL;
  NerLexicon lex = { 0 };
  Corpus corpus = { 0 };
  Perceptron pc = { 0 };
  NerScratch scratch = { 0 };
  guint n_train, n_sent;
  g_autofree guint32 *feats = NULL;
  g_autofree guint *order = NULL;
  g_autofree guint8 *pred = NULL, *latent = NULL;
  g_autofree float *dense = NULL;
  Weights avg = { 0 }, sum = { 0 };
  g_autofree guint64 *dense_keys = NULL;
  guint32 n_dense = 0;
  GRand *rng = NULL;
  gsize n_buckets, max_len = 0;
  gssize kept;
  int status = 1;

  g_option_context_add_main_entries (ctx, entries, NULL);
  if (!g_option_context_parse (ctx, &argc, &argv, &error))
    {
      g_printerr ("entities-train: %s\n", error->message);
      return 2;
    }
  if (!output || !files || !files[0] || bits < 10 || bits > 24 || epochs < 1 || n_models < 1
      || vector_dims < 1 || vector_dims > 200)
    {
      g_printerr ("entities-train: need -o MODEL and training files (bits 10..24, "
                  "epochs and models >= 1, vector dims 1..200)\n");
      return 2;
    }
  /* The numbers a model could not be trained with (a dev fraction of 1 or more
   * would hold out more sentences than there are), each named. */
  {
    const char *bad = NULL, *range = NULL;
    double value = 0;

    if (!(dev_fraction >= 0 && dev_fraction < 1))
      bad = "--dev-fraction", range = "at least 0 and below 1", value = dev_fraction;
    else if (!(margin >= 0 && isfinite (margin)))
      bad = "--margin", range = "a finite number, at least 0", value = margin;
    else if (!(prune >= 0 && isfinite (prune)))
      bad = "--prune", range = "a finite number, at least 0", value = prune;
    else if (!(vector_scale > 0 && isfinite (vector_scale)))
      bad = "--vector-scale", range = "a finite number above 0", value = vector_scale;
    else if (caps_every < 0)
      bad = "--caps-every", range = "at least 0", value = caps_every;
    else if (doc_n < 0)
      bad = "--doc-sentences", range = "at least 0", value = doc_n;
    if (bad)
      {
        g_printerr ("entities-train: %s must be %s, got %g\n", bad, range, value);
        return 2;
      }
  }
  for (guint i = 0; no_misc_files && no_misc_files[i]; i++)
    if (!g_strv_contains ((const char *const *)files, no_misc_files[i]))
      {
        g_printerr ("entities-train: --no-misc %s is not one of the training files\n",
                    no_misc_files[i]);
        return 2;
      }
  doc_sentences = (guint)doc_n;
  ner_lexicon_init (&lex, 1024);
  if (gazetteer && !read_word_list (&lex, gazetteer, gazetteer_line, &error))
    {
      g_printerr ("entities-train: %s\n", error->message);
      goto out;
    }
  if (clusters && !read_word_list (&lex, clusters, clusters_line, &error))
    {
      g_printerr ("entities-train: %s\n", error->message);
      goto out;
    }
  if (vectors)
    {
      vec.dims = (guint)vector_dims;
      vec.scale = (float)vector_scale;
      vec.values = g_array_new (FALSE, FALSE, sizeof (float));
      ner_lexicon_init (&vec.index, 1024);
      if (!read_word_list (&vec.index, vectors, vectors_line, &error))
        {
          g_printerr ("entities-train: %s\n", error->message);
          goto out;
        }
    }
  corpus_init (&corpus);
  for (guint i = 0; files[i]; i++)
    if (!corpus_read (&corpus, files[i], &lex, titles_in_per,
                      no_misc_files && g_strv_contains ((const char *const *)no_misc_files, files[i]),
                      &error))
      {
        g_printerr ("entities-train: %s\n", error->message);
        goto out;
      }
  n_sent = corpus.sentences->len;
  n_train = n_sent - (guint)(n_sent * dev_fraction);
  /* Sentences are [train | dev | upper-cased copies of train]. */
  corpus_add_caps (&corpus, n_train, (guint)caps_every);
  g_printerr ("entities-train: %u sentences, %u tokens\n", corpus.sentences->len,
              corpus.words->len);

  /* Features of every token, computed once. */
  feats = g_new (guint32, (gsize)corpus.words->len * NER_N_FEATS);
  ner_scratch_init (&scratch);
  for (guint i = 0; i < corpus.sentences->len; i++)
    {
      const Sentence *s = &g_array_index (corpus.sentences, Sentence, i);

      max_len = MAX (max_len, s->n);
      ner_scratch_reserve (&scratch, s->n);
      ner_features (&lex, (guint)bits, &g_array_index (corpus.words, NerWord, s->first), s->n,
                    NULL, &scratch, feats + (gsize)s->first * NER_N_FEATS);
    }

  if (vectors)
    {
      /* Each token's vector: its word lower-cased, without a possessive, as the tagger
       * looks words up. */
      vec.tok = g_new (gint32, corpus.words->len);
      for (guint i = 0; i < corpus.words->len; i++)
        {
          const NerWord *w = &g_array_index (corpus.words, NerWord, i);
          guint32 r = ner_lexicon_lookup (
              &vec.index, ner_word_key (w->text, w->len - ner_possessive_len (w->text, w->len)));

          vec.tok[i] = (gint32)r - 1;
        }
      pc.n_vw = (gsize)NER_N_DENSE * vec.dims * NER_ROW;
      pc.vw = g_new0 (float, pc.n_vw);
      pc.vu = g_new0 (float, pc.n_vw);
    }
  n_buckets = (gsize)1 << bits;
  pc.bits = (guint)bits;
  pc.w = g_new0 (float, n_buckets * NER_ROW);
  pc.u = g_new0 (float, n_buckets * NER_ROW);
  avg.n_w = sum.n_w = n_buckets * NER_ROW;
  avg.n_vw = sum.n_vw = pc.n_vw;
  avg.w = g_new0 (float, avg.n_w);
  sum.w = g_new0 (float, sum.n_w);
  avg.vw = g_new0 (float, avg.n_vw);
  sum.vw = g_new0 (float, sum.n_vw);
  pred = g_new (guint8, max_len);
  latent = g_new (guint8, max_len);
  rng = g_rand_new ();
  {
    /* Training sentences are everything but the dev part: [0, n_train) and the
     * upper-cased copies after the dev part, each cut into documents. */
    guint n_dev = n_sent - n_train, n_docs = 0, per_doc = MAX (doc_sentences, 1);
    g_autofree guint *doc_first = NULL, *doc_end = NULL;
    g_autofree guint8 *codes = g_new (guint8, max_len + 1);
    NerLexicon hist;

    doc_first = g_new (guint, corpus.sentences->len / per_doc + 2);
    doc_end = g_new (guint, corpus.sentences->len / per_doc + 2);
    for (guint i = 0; i < n_train; i += per_doc, n_docs++)
      {
        doc_first[n_docs] = i;
        doc_end[n_docs] = MIN (i + per_doc, n_train);
      }
    for (guint i = n_sent; i < corpus.sentences->len; i += per_doc, n_docs++)
      {
        doc_first[n_docs] = i;
        doc_end[n_docs] = MIN (i + per_doc, corpus.sentences->len);
      }
    order = g_new (guint, n_docs);
    ner_lexicon_init (&hist, 64);
    /* The averaged perceptron still depends on the order it saw the
     * sentences in; the mean of models trained on different orders varies
     * less, which shows most on text unlike the training data (see README). */
    for (int m = 0; m < n_models; m++)
      {
        /* Each model has its own order, from its own seed. */
        perceptron_start (&pc);
        g_rand_set_seed (rng, 20260101 + (guint32)m);
        for (guint i = 0; i < n_docs; i++)
          order[i] = i;
        for (int e = 0; e < epochs; e++)
          {
            guint mistakes = 0;

            for (guint i = n_docs; i > 1; i--)
              {
                guint j = (guint)g_rand_int_range (rng, 0, (gint32)i);
                guint t = order[i - 1];

                order[i - 1] = order[j];
                order[j] = t;
              }
            for (guint d = 0; d < n_docs; d++)
              {
                ner_lexicon_reset (&hist);
                for (guint i = doc_first[order[d]]; i < doc_end[order[d]]; i++)
                  {
                    const Sentence *s = &g_array_index (corpus.sentences, Sentence, i);
                    const NerWord *words = &g_array_index (corpus.words, NerWord, s->first);
                    const guint32 *f = sentence_features (&corpus, feats, s, &hist, (guint)bits,
                                                          codes, scratch.feats);
                    const guint8 *gold;

                    if (train_sentence (&pc, &corpus, s, f, (float)margin, &scratch, pred, latent,
                                        &gold))
                      mistakes++;
                    if (doc_sentences)
                      ner_history_add (&hist, words, s->n, history_gold ? gold : pred);
                    pc.c++;
                  }
              }
            if (n_dev)
              {
                Counts dev;

                average (&pc, &avg);
                dev = evaluate (&avg, &corpus, feats, (guint)bits, n_train, n_sent, &scratch);
                g_printerr ("epoch %d: %u sentences wrong; dev PER/ORG/LOC F1 %.2f (P %.2f R %.2f)\n",
                            e + 1, mistakes, f1 (&dev), dev.pred ? 100.0 * dev.tp / dev.pred : 0,
                            dev.gold ? 100.0 * dev.tp / dev.gold : 0);
              }
            else
              {
                g_printerr ("epoch %d: %u sentences wrong\n", e + 1, mistakes);
              }
          }
        average (&pc, &avg);
        weights_add (&sum, &avg);
        if (n_models > 1 && n_dev)
          {
            Counts dev;

            weights_mean (&sum, (guint)m + 1, &avg);
            dev = evaluate (&avg, &corpus, feats, (guint)bits, n_train, n_sent, &scratch);
            g_printerr ("mean of %d model%s: dev PER/ORG/LOC F1 %.2f\n", m + 1, m ? "s" : "",
                        f1 (&dev));
          }
      }
    ner_lexicon_clear (&hist);
  }
  weights_mean (&sum, (guint)n_models, &avg);
  if (vectors)
    {
      /* The model keeps, per word, its vector times the weights of each position. */
      dense_keys = g_new (guint64, vec.index.n);
      dense = g_new0 (float, (gsize)vec.index.n * NER_N_DENSE * NER_ROW);
      for (guint32 i = 0; i <= vec.index.mask; i++)
        if (vec.index.slots[i].check)
          {
            const float *v
                = &g_array_index (vec.values, float, (gsize)(vec.index.slots[i].value - 1) * vec.dims);
            float *rows = dense + (gsize)n_dense * NER_N_DENSE * NER_ROW;

            dense_keys[n_dense++] = vec.index.keys[i];
            /* Row 0: the word at position -1 of a token; row 1: at 0; row 2: at +1. */
            for (int r = 0; r < NER_N_DENSE; r++)
              for (guint d = 0; d < vec.dims; d++)
                {
                  const float *wr = VEC_W (avg.vw, r - VEC_WINDOW, d);

                  for (int t = 0; t < NER_N_TAGS; t++)
                    rows[r * NER_ROW + t] += v[d] * wr[t];
                }
          }
    }
  kept = ner_model_save (output, (guint)bits, avg.w, avg.tw, &lex, dense_keys, dense, n_dense,
                         (float)prune, &error);
  if (kept < 0)
    {
      g_printerr ("entities-train: %s\n", error->message);
      goto out;
    }
  g_printerr ("entities-train: wrote %s (%" G_GSSIZE_FORMAT " of %" G_GSIZE_FORMAT " rows)\n",
              output, kept, n_buckets);
  status = 0;
out:
  g_clear_pointer (&rng, g_rand_free);
  g_free (pc.w);
  g_free (pc.u);
  g_free (pc.vw);
  g_free (pc.vu);
  g_free (avg.w);
  g_free (avg.vw);
  g_free (sum.w);
  g_free (sum.vw);
  g_free (vec.tok);
  if (vec.values)
    g_array_unref (vec.values);
  ner_lexicon_clear (&vec.index);
  ner_scratch_clear (&scratch);
  ner_lexicon_clear (&lex);
  corpus_clear (&corpus);
  return status;
}
