/* Speakers: the noun phrase a reporting verb governs, and what it refers to.
 *
 * A speaker is found as a noun phrase next to the cue ("Blinken said", "said
 * Spc. William Dubois", "a statement from the Egyptian Foreign ministry said")
 * and resolved, in this order, to: a person named in the phrase; the entity the
 * phrase ends in ("Hamas", "Saudi Press Agency"); the entity a role word stands
 * for in this document ("the secretary", "the colonel" -> the person introduced
 * with that title); a name the entities layer missed, completed from the
 * document's capitalised words ("Blinken" -> "Antony Blinken"); else the phrase
 * itself as a description ("the Arab ministers").  Pronouns go to the person
 * (or, for "it", the organisation) that was the subject of the nearest earlier
 * sentence: news prose keeps its topic in subject position.
 */
#include <string.h>

#include "quoter-private.h"

#define NP_MAX 14

void
q_speaker_clear (QSpeaker *s)
{
  g_free (s->name);
  memset (s, 0, sizeof *s);
  s->entity = -1;
}

void
q_speaker_copy (QSpeaker *dst, const QSpeaker *src)
{
  *dst = *src;
  dst->name = g_strdup (src->name);
}

/* The tokens of mention @m, found from one of them, @k. */
static void
mention_tokens (const QDoc *d, guint32 k, guint32 *first, guint32 *end)
{
  gint32 m = d->tok[k].mention;
  guint32 a = k, b = k + 1;

  while (a > 0 && d->tok[a - 1].mention == m)
    a--;
  while (b < d->n && d->tok[b].mention == m)
    b++;
  *first = a;
  *end = b;
}

static void
set_mention_at (QDoc *d, QSpeaker *s, guint32 k)
{
  gint32 m = d->tok[k].mention;

  mention_tokens (d, k, &s->first, &s->end);
  s->entity = d->in->mentions[m].entity;
  s->found = TRUE;
}

/* Text of tokens [first, end) with single spaces where the text has any white space. */
static char *
tokens_text (const QDoc *d, guint32 first, guint32 end)
{
  GString *s = g_string_new (NULL);

  for (guint32 k = first; k < end; k++)
    {
      const QRange *r = &d->in->tokens[k];

      if (k > first && r->start > d->in->tokens[k - 1].end)
        g_string_append_c (s, ' ');
      g_string_append_len (s, d->text + r->start, (gssize)(r->end - r->start));
    }
  return g_string_free (s, FALSE);
}

/* Lower-cased word @k without possessive into @buf; FALSE if too long. */
static gboolean
lower_tok (const QDoc *d, guint32 k, char *buf, gsize size, gboolean strip)
{
  const QRange *r = &d->in->tokens[k];

  return q_lower (d->text + r->start, r->end - r->start, buf, size, strip) > 0;
}

/* The first index in the sorted guint32 tokens at @base (stride @stride bytes, @n of them)
 * whose token is @tok or after it. */
static guint
tokens_lower_bound (const void *base, gsize stride, guint n, guint32 tok)
{
  guint lo = 0, hi = n;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (*(const guint32 *)((const char *)base + (gsize)mid * stride) < tok)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* The list of @key in @index (a table of GArray), a new empty one of @size-byte elements when
 * it has none: @key is then copied when @copy_key (the table frees its keys), else borrowed. */
static GArray *
index_list (GHashTable *index, const char *key, gboolean copy_key, guint size)
{
  GArray *list = g_hash_table_lookup (index, key);

  if (!list)
    {
      list = g_array_new (FALSE, FALSE, size);
      g_hash_table_insert (index, copy_key ? g_strdup (key) : (gpointer)key, list);
    }
  return list;
}

/* ---- names the entities layer did not give ---------------------------------------------- */

/* The entity whose canonical name ends with the word of token @k ("Blinken" ->
 * "Antony Blinken"), or -1 when none or more than one does.  (A token holds no white space, so
 * the word is the name's last word, after its last space.)  The persons are indexed once by
 * their last word (going over them all for each speaker made a long text of speakers
 * quadratic). */
static int
entity_by_last_word (QDoc *d, guint32 k)
{
  char w[48];
  gint v;

  if (!lower_tok (d, k, w, sizeof w, TRUE))
    return -1;
  if (!d->person_last_words)
    {
      d->person_last_words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (gsize e = 0; e < d->in->n_entities; e++)
        {
          const char *name = d->in->entities[e].name;
          const char *word;
          char *key;

          if (!name || d->in->entities[e].label != Q_LABEL_PER)
            continue;
          word = strrchr (name, ' ');
          word = word ? word + 1 : name;
          if (!*word)
            continue;
          key = g_ascii_strdown (word, -1);
          /* (Insert frees the key when it is there already.) */
          g_hash_table_insert (d->person_last_words, key,
                               GINT_TO_POINTER (g_hash_table_contains (d->person_last_words, key)
                                                    ? -1
                                                    : (gint)e + 1));
        }
    }
  v = GPOINTER_TO_INT (g_hash_table_lookup (d->person_last_words, w));
  return v > 0 ? v - 1 : -1;
}

/* The first entity named @name other than @except (-1: any), or -1: the entities are indexed
 * by name once (going over them all for each name made a long text of acronym entities
 * quadratic). */
static int
entity_named (QDoc *d, const char *name, int except)
{
  int e;

  if (!d->entity_by_name)
    {
      d->entity_by_name = g_hash_table_new (g_str_hash, g_str_equal);
      d->entity_next_named = g_new (int, d->in->n_entities + 1);
      /* From the last, so that the table keeps the first and each entity the next one. */
      for (gsize x = d->in->n_entities; x-- > 0;)
        {
          const char *n = d->in->entities[x].name;

          d->entity_next_named[x] = -1;
          if (!n)
            continue;
          d->entity_next_named[x]
              = GPOINTER_TO_INT (g_hash_table_lookup (d->entity_by_name, n)) - 1;
          g_hash_table_insert (d->entity_by_name, (gpointer)n, GINT_TO_POINTER ((int)x + 1));
        }
    }
  e = GPOINTER_TO_INT (g_hash_table_lookup (d->entity_by_name, name)) - 1;
  if (e >= 0 && e == except)
    e = d->entity_next_named[e];
  return e;
}

/* The initials of the capitalised words of tokens [first, end) ("Committee to
 * Protect Journalists" -> "CPJ"); an abbreviation of dotted capitals gives all its letters
 * ("U.S. Department of Agriculture" -> "USDA"). */
static gsize
initials (const QDoc *d, guint32 first, guint32 end, char *buf, gsize size)
{
  gsize n = 0;

  for (guint32 k = first; k < end && n + 1 < size; k++)
    if (d->tok[k].flags & T_CAP)
      {
        const QRange *r = &d->in->tokens[k];

        buf[n++] = d->text[r->start];
        /* "U.S.": a capital after each dot */
        for (gsize i = r->start + 1; i + 1 < r->end && n + 1 < size; i++)
          if (d->text[i] == '.' && g_ascii_isupper (d->text[i + 1]))
            buf[n++] = d->text[i + 1];
      }
  buf[n] = '\0';
  return n;
}

/* Whether a run of name words that reaches back to token @a goes on to the token before it: a
 * name word, or a particle or "of"/"to"/"for"/"on" between name words, in the same paragraph.
 * It depends on @a alone, so the runs of all the tokens can be found in one pass. */
static gboolean
name_run_extends (const QDoc *d, guint32 a)
{
  return a > 0 && d->tok[a - 1].para == d->tok[a].para
         && (q_is_name_word (d, a - 1)
             || ((d->tok[a - 1].flags & (W_NAME_PARTICLE | W_PREP | W_CONJ)) && a >= 2
                 && q_is_name_word (d, a - 2) && a - 1 > 0 && q_is_name_word (d, a)
                 && (d->tok[a - 1].flags & W_NAME_PARTICLE
                         ? TRUE
                         : q_tok_is (d, a - 1, "of") || q_tok_is (d, a - 1, "to")
                               || q_tok_is (d, a - 1, "for") || q_tok_is (d, a - 1, "on"))));
}

/* A run of name words ending at or starting from token @k: [*first, *end). */
static void
name_run (const QDoc *d, guint32 k, guint32 *first, guint32 *end)
{
  guint32 a = k, b = k + 1;

  while (name_run_extends (d, a))
    a--;
  while (b < d->n && d->tok[b].para == d->tok[k].para
         && (q_is_name_word (d, b)
             || ((d->tok[b].flags & W_NAME_PARTICLE) && q_is_name_word (d, b + 1))
             || ((q_tok_is (d, b, "of") || q_tok_is (d, b, "to") || q_tok_is (d, b, "for")
                  || q_tok_is (d, b, "on"))
                 && q_is_name_word (d, b + 1))))
    b++;
  *first = a;
  *end = b;
}

/* For an acronym at token @k, the spelled-out name it stands for in this
 * document: a run of capitalised words whose initials are the acronym ("CPJ"),
 * or the name it follows in "NAME (ACR)" / "NAME or ACR".  Writes the run. */
static gboolean
expand_acronym (QDoc *d, guint32 k, guint32 *first, guint32 *end)
{
  char acr[16];
  const QRange *r = &d->in->tokens[k];
  gsize n = r->end - r->start;

  if (n < 2 || n >= sizeof acr || !(d->tok[k].flags & T_ALLCAPS))
    return FALSE;
  memcpy (acr, d->text + r->start, n);
  acr[n] = '\0';
  if (!d->runs)
    {
      /* Every run of two or more capitalised words, with its initials, once; indexed by its
       * initials and by the word after its "or" or "(" (a pass over all the runs for each
       * acronym made a long text of acronyms quadratic). */
      d->runs = g_array_new (FALSE, FALSE, sizeof (QRun));
      d->run_initials = g_hash_table_new (g_str_hash, g_str_equal);
      d->run_or
          = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify)g_array_unref);
      for (guint32 i = 0; i < d->n; i++)
        {
          QRun run;

          /* (not from an acronym, but from a dotted abbreviation: "U.S. Department of …") */
          if (!q_is_name_word (d, i)
              || ((d->tok[i].flags & T_ALLCAPS)
                  && !memchr (d->text + d->in->tokens[i].start, '.',
                              d->in->tokens[i].end - d->in->tokens[i].start))
              || (i > 0 && q_is_name_word (d, i - 1)))
            continue;
          name_run (d, i, &run.first, &run.end);
          if (run.first != i || run.end - run.first < 2)
            continue;
          initials (d, run.first, run.end, run.initials, sizeof run.initials);
          g_array_append_val (d->runs, run);
          if ((d->tok[i].flags & T_ALLCAPS) && run.end - run.first > 2)
            {
              /* and the name after it: "CDC" for "U.S. Centers for Disease Control" */
              run.first++;
              initials (d, run.first, run.end, run.initials, sizeof run.initials);
              g_array_append_val (d->runs, run);
            }
          i = run.end - 1;
        }
      /* The keys point into the array, complete now. */
      for (guint i = 0; i < d->runs->len; i++)
        {
          const QRun *run = &g_array_index (d->runs, QRun, i);
          char w[48];

          if (!g_hash_table_contains (d->run_initials, run->initials))
            g_hash_table_insert (d->run_initials, (gpointer)run->initials,
                                 GUINT_TO_POINTER (i + 1));
          if ((q_tok_is (d, run->end, "or") || q_tok_char (d, run->end, "(")) && run->end + 1 < d->n
              && lower_tok (d, run->end + 1, w, sizeof w, TRUE))
            g_array_append_val (index_list (d->run_or, w, TRUE, sizeof (guint)), i);
        }
    }
  /* The first run whose initials are the acronym ("CPJ") or that is followed by "or ACR" or
   * "(ACR" and has initials starting with it ("Strategic Advisory Group of Experts on
   * Immunization or SAGE"). */
  {
    guint best = GPOINTER_TO_UINT (g_hash_table_lookup (d->run_initials, acr));
    char w[48];
    GArray *after;

    if (lower_tok (d, k, w, sizeof w, TRUE) && (after = g_hash_table_lookup (d->run_or, w)))
      for (guint j = 0; j < after->len; j++)
        {
          guint i = g_array_index (after, guint, j);

          if (best && i + 1 >= best)
            break;
          if (g_str_has_prefix (g_array_index (d->runs, QRun, i).initials, acr))
            {
              best = i + 1;
              break;
            }
        }
    if (!best)
      return FALSE;
    *first = g_array_index (d->runs, QRun, best - 1).first;
    *end = g_array_index (d->runs, QRun, best - 1).end;
    return TRUE;
  }
}

/* Whether the word @w (@len bytes) is an ordinal written in figures: "1st", "2nd", "3rd", "4th". */
static gboolean
ordinal_word (const char *w, gsize len)
{
  gsize i = 0;

  while (i < len && g_ascii_isdigit (w[i]))
    i++;
  return i > 0 && len - i == 2
         && (g_ascii_strncasecmp (w + i, "st", 2) == 0 || g_ascii_strncasecmp (w + i, "nd", 2) == 0
             || g_ascii_strncasecmp (w + i, "rd", 2) == 0
             || g_ascii_strncasecmp (w + i, "th", 2) == 0);
}

/* Whether the @len bytes at @w are all digits. */
static gboolean
all_digits (const char *w, gsize len)
{
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isdigit (w[i]))
      return FALSE;
  return TRUE;
}

/* The lexicon's view of one word of a name: whether it is a title, a rank modifier, a number
 * or ordinal, or "Class". */
enum
{
  NW_TITLE = 1 << 0,
  NW_RANK = 1 << 1,
  NW_NUMBER = 1 << 2,
  NW_CLASS = 1 << 3,
  NW_CAP = 1 << 4,
};

static guint
name_word_kind (const QDoc *d, const char *w, gsize len)
{
  char low[48];
  guint kind = 0;

  if (len == 0 || q_lower (w, len, low, sizeof low, FALSE) == 0)
    return 0;
  if (q_lexicon_lookup (d->lex, w, len).flags & W_TITLE)
    kind |= NW_TITLE;
  if (q_lexicon_rank_modifier (d->lex, low))
    kind |= NW_RANK;
  /* (@w need not end after @len bytes: it points into the text) */
  if (g_ascii_isdigit (w[0]) && (ordinal_word (w, len) || all_digits (w, len)))
    kind |= NW_NUMBER;
  if (strcmp (low, "class") == 0)
    kind |= NW_CLASS;
  if (g_ascii_isupper (w[0]))
    kind |= NW_CAP;
  return kind;
}

/* How many of the @n words of a name (kinds from name_word_kind()) are its title, at its start;
 * one word at least is left.  Ranks are often compounds: a title ("Gen.", "Officer"), a rank
 * modifier before a title ("Staff Sgt.", "Tech. Sgt.", "Lance Cpl.", "Chief Petty Officer",
 * "Brig. Gen."), a number or "Class" after a title ("Sgt. 1st Class", "Chief Warrant Officer
 * 3", "1st Lt."), "j.g." after "Lt."; and a Navy rating, capitalised words up to an ordinal and
 * "Class" ("Boatswain's Mate 2nd Class", "Hospital Corpsman 1st Class"). */
static guint
title_words (const guint *kind, guint n)
{
  guint i = 0;

  while (i + 1 < n)
    {
      guint r = i;

      if (kind[i] & (NW_TITLE | NW_NUMBER | NW_CLASS))
        {
          i++;
          continue;
        }
      /* modifiers up to a title */
      while (r + 1 < n && (kind[r] & NW_RANK))
        r++;
      if (r > i && (kind[r] & NW_TITLE) && r + 1 < n)
        {
          i = r;
          continue;
        }
      /* a rating */
      for (r = i; r < i + 4 && r + 2 < n && (kind[r] & NW_CAP) && !(kind[r] & NW_NUMBER); r++)
        if ((kind[r + 1] & NW_NUMBER) && (kind[r + 2] & NW_CLASS))
          {
            i = r + 3;
            break;
          }
      if (r < i)
        continue;
      break;
    }
  return MIN (i, n ? n - 1 : 0);
}

#define NAME_MAX_WORDS 12

/* The start of the name [first, end) without its title words (one word at least is left).  A
 * title abbreviation the segmenter split ("Spc" ".") counts as one word. */
static guint32
skip_titles (const QDoc *d, guint32 first, guint32 end)
{
  guint kind[NAME_MAX_WORDS] = { 0 };
  guint32 tok[NAME_MAX_WORDS];
  guint n = 0, t;

  for (guint32 k = first; k < end && n < NAME_MAX_WORDS; k++)
    {
      const QRange *r = &d->in->tokens[k];
      gsize len = r->end - r->start;

      if (q_tok_char (d, k, ".") && n > 0 && d->in->tokens[k - 1].end == r->start)
        {
          /* "Spc" "." */
          const QRange *p = &d->in->tokens[tok[n - 1]];

          kind[n - 1] = name_word_kind (d, d->text + p->start, r->end - p->start);
          continue;
        }
      tok[n] = k;
      kind[n++] = name_word_kind (d, d->text + r->start, len);
    }
  t = title_words (kind, n);
  return t < n ? tok[t] : first;
}

/* The canonical name @name of a person without the title the entities layer left at its start
 * ("Lance Cpl. Aaron Whitley"), as a pointer into @name. */
static const char *
name_without_titles (const QDoc *d, const char *name)
{
  guint kind[NAME_MAX_WORDS] = { 0 };
  const char *start[NAME_MAX_WORDS];
  guint n = 0, t;

  for (const char *p = name; *p && n < NAME_MAX_WORDS;)
    {
      const char *sp = strchr (p, ' ');
      gsize len = sp ? (gsize)(sp - p) : strlen (p);

      start[n] = p;
      kind[n++] = name_word_kind (d, p, len);
      if (!sp)
        break;
      p = sp + 1;
    }
  t = title_words (kind, n);
  return t > 0 && t < n ? start[t] : name;
}

static gboolean
sentence_initial (const QDoc *d, guint32 a)
{
  return a == 0 || q_tok_char (d, a - 1, ".!?:") || d->tok[a - 1].kind == Q_TOKEN_QUOTE
         || d->tok[a - 1].para != d->tok[a].para || d->units[d->tok[a].unit].first == a;
}

/* ---- the document's name words, by word --------------------------------------------------
 *
 * A name the entities layer missed is completed from, or confirmed by, the same word as a name
 * elsewhere within NAME_WINDOW tokens.  Going over the window for each speaker made a long text
 * of capitalised speakers quadratic up to a few hundred kilobytes (0.8 MB of "The A.B.C.… said
 * NATO." took 3 s in the stage); the name words are indexed once instead, by the word as
 * lower_tok() gives it (lower case, possessive stripped: the words compared equal are those with
 * equal keys), each with its tokens in order, and a window is found by binary search. */

#define NAME_WINDOW 20000

/* A token that ends a run of name words (the next token is none), and the start of the name it
 * ends without its title words: the name speaker_from_name() would take from it. */
typedef struct
{
  guint32 tok;
  guint32 first;
} QNameEnd;

/* One word's tokens, in token order, in the lists of the index. */
typedef struct
{
  QNameEnd *ends; /* the tokens that end a run of name words */
  guint n_ends;
  guint *longest; /* a segment tree over ends: node i (1 <= i < 2 n_ends; leaf n_ends + j is
                   * ends[j]) holds the index in ends of its longest name, the first one on ties */
  guint32 *named; /* the tokens where the word is a name in its context (capitalised inside a
                   * sentence, or after a name word) */
  guint n_named;
} QNameWord;

/* All of it in a few blocks: a news document has a few hundred name words. */
struct _QNameIndex
{
  GHashTable *ids; /* word (in keys) -> GUINT_TO_POINTER (1 + its index in words) */
  GStringChunk *keys;
  QNameWord *words;
  QNameEnd *ends; /* the words' lists, one after the other */
  guint *longest;
  guint32 *named;
};

void
q_name_index_free (QNameIndex *x)
{
  if (!x)
    return;
  g_hash_table_unref (x->ids);
  g_string_chunk_free (x->keys);
  g_free (x->words);
  g_free (x->ends);
  g_free (x->longest);
  g_free (x->named);
  g_free (x);
}

static inline guint32
name_end_length (const QNameWord *nw, guint j)
{
  return nw->ends[j].tok + 1 - nw->ends[j].first;
}

/* Of two indices in nw->ends (G_MAXUINT: none), the one with the longer name, or the first one. */
static inline guint
longer_name (const QNameWord *nw, guint i, guint j)
{
  guint32 li, lj;

  if (i == G_MAXUINT || j == G_MAXUINT)
    return i == G_MAXUINT ? j : i;
  li = name_end_length (nw, i);
  lj = name_end_length (nw, j);
  if (li != lj)
    return li > lj ? i : j;
  return MIN (i, j);
}

/* The index in nw->ends of the longest name among ends [from, to), the first one on ties;
 * G_MAXUINT when the range is empty. */
static guint
longest_name (const QNameWord *nw, guint from, guint to)
{
  guint best = G_MAXUINT;

  for (from += nw->n_ends, to += nw->n_ends; from < to; from >>= 1, to >>= 1)
    {
      if (from & 1)
        best = longer_name (nw, best, nw->longest[from++]);
      if (to & 1)
        best = longer_name (nw, best, nw->longest[--to]);
    }
  return best;
}

/* Whether name word @i ends a run of name words. */
static inline gboolean
name_end (const QDoc *d, guint32 i)
{
  return !(i + 1 < d->n && q_is_name_word (d, i + 1));
}

/* Whether name word @i is a name in its context: inside a sentence, or after a name word. */
static inline gboolean
name_in_context (const QDoc *d, guint32 i)
{
  return !sentence_initial (d, i) || (i > 0 && q_is_name_word (d, i - 1));
}

static QNameIndex *
name_index_new (const QDoc *d)
{
  QNameIndex *x = g_new0 (QNameIndex, 1);
  g_autofree guint32 *word_of = g_new (guint32, (gsize)d->n + 1);
  GArray *words = g_array_new (FALSE, TRUE, sizeof (QNameWord));
  guint n_words, n_ends = 0, n_named = 0;
  guint32 prev_end = 0, titles_end = 0;
  gboolean have_prev = FALSE, titles_done = FALSE;
  char w[48];

  x->ids = g_hash_table_new (g_str_hash, g_str_equal);
  x->keys = g_string_chunk_new (1024);
  /* The words, and how many tokens each one's lists hold. */
  for (guint32 i = 0; i < d->n; i++)
    {
      gpointer id;
      QNameWord *nw;

      word_of[i] = G_MAXUINT32;
      if (!q_is_name_word (d, i) || !lower_tok (d, i, w, sizeof w, TRUE))
        continue;
      id = g_hash_table_lookup (x->ids, w);
      if (!id)
        {
          g_array_set_size (words, words->len + 1);
          id = GUINT_TO_POINTER (words->len);
          g_hash_table_insert (x->ids, g_string_chunk_insert (x->keys, w), id);
        }
      word_of[i] = GPOINTER_TO_UINT (id) - 1;
      nw = &g_array_index (words, QNameWord, word_of[i]);
      if (name_end (d, i))
        {
          nw->n_ends++;
          n_ends++;
        }
      if (name_in_context (d, i))
        {
          nw->n_named++;
          n_named++;
        }
    }
  n_words = words->len;
  x->words = (QNameWord *)(void *)g_array_free (words, FALSE);
  x->ends = g_new (QNameEnd, n_ends + 1);
  x->longest = g_new (guint, 2 * (gsize)n_ends + 1);
  x->named = g_new (guint32, n_named + 1);
  n_ends = n_named = 0;
  for (guint i = 0; i < n_words; i++)
    {
      QNameWord *nw = &x->words[i];

      nw->ends = x->ends + n_ends;
      nw->longest = x->longest + 2 * (gsize)n_ends;
      nw->named = x->named + n_named;
      n_ends += nw->n_ends;
      n_named += nw->n_named;
      nw->n_ends = nw->n_named = 0; /* counted again as they are filled */
    }
  /* The lists.  A name end's name starts where its run of name words back from it starts
   * (name_run()), after the title words there (skip_titles()).  The run is walked back to the
   * previous name end at most (a run through it starts where its run does), and its title words
   * are looked at up to each of its name ends in turn, so each token is looked at once. */
  for (guint32 i = 0; i < d->n; i++)
    {
      QNameWord *nw;

      if (word_of[i] == G_MAXUINT32)
        continue;
      nw = &x->words[word_of[i]];
      if (name_end (d, i))
        {
          guint32 a = i;

          while (a > (have_prev ? prev_end : 0) && name_run_extends (d, a))
            a--;
          if (!(have_prev && a == prev_end))
            {
              /* A new run. */
              titles_end = a;
              titles_done = FALSE;
            }
          if (!titles_done)
            {
              guint32 t = skip_titles (d, titles_end, i + 1);

              /* (all but the last word titles: the run may go on with more of them) */
              titles_done = t < i || t == titles_end;
              titles_end = t;
            }
          nw->ends[nw->n_ends++] = (QNameEnd){ i, titles_end };
          prev_end = i;
          have_prev = TRUE;
        }
      if (name_in_context (d, i))
        nw->named[nw->n_named++] = i;
    }
  for (guint i = 0; i < n_words; i++)
    {
      QNameWord *nw = &x->words[i];

      for (guint j = 0; j < nw->n_ends; j++)
        nw->longest[nw->n_ends + j] = j;
      for (guint j = nw->n_ends; j-- > 1;)
        nw->longest[j] = longer_name (nw, nw->longest[2 * j], nw->longest[2 * j + 1]);
    }
  return x;
}

/* The entry of the word of token @k in the index of name words (built on the first call), or
 * NULL when that word is nowhere a name word. */
static const QNameWord *
name_word (QDoc *d, guint32 k)
{
  char w[48];
  guint id;

  if (!d->names)
    d->names = name_index_new (d);
  if (!lower_tok (d, k, w, sizeof w, TRUE))
    return NULL;
  id = GPOINTER_TO_UINT (g_hash_table_lookup (d->names->ids, w));
  return id ? &d->names->words[id - 1] : NULL;
}

/* A name from the text for a capitalised speaker the entities layer missed:
 * the longest run of name words in the document that ends with the same word. */
static void
speaker_from_name (QDoc *d, guint32 first, guint32 end, QSpeaker *s)
{
  guint32 last = end - 1, best_first, best_end;
  const QNameWord *nw;
  int e;

  first = skip_titles (d, first, end);
  e = entity_by_last_word (d, last);
  s->found = TRUE;
  s->first = first;
  s->end = end;
  if (e >= 0)
    {
      s->entity = e;
      return;
    }
  if (expand_acronym (d, last, &best_first, &best_end))
    {
      /* An entity with that name, or the name itself. */
      g_autofree char *name = tokens_text (d, best_first, best_end);

      e = entity_named (d, name, -1);
      if (e >= 0)
        {
          s->entity = e;
          return;
        }
      s->name = g_steal_pointer (&name);
      return;
    }
  best_first = first;
  best_end = end;
  /* The longest name that ends with the same word within NAME_WINDOW tokens, but for this one;
   * the first one on ties. */
  nw = name_word (d, last);
  if (nw)
    {
      const guint n = nw->n_ends;
      guint from = tokens_lower_bound (nw->ends, sizeof (QNameEnd), n,
                                       last > NAME_WINDOW ? last - NAME_WINDOW : 0);
      guint to = tokens_lower_bound (nw->ends, sizeof (QNameEnd), n, last + NAME_WINDOW);
      guint at = tokens_lower_bound (nw->ends, sizeof (QNameEnd), n, last);
      guint after = at < to && nw->ends[at].tok == last ? at + 1 : at;
      guint best = longer_name (nw, longest_name (nw, from, at), longest_name (nw, after, to));

      if (best != G_MAXUINT && name_end_length (nw, best) > best_end - best_first)
        {
          best_first = nw->ends[best].first;
          best_end = nw->ends[best].tok + 1;
        }
    }
  s->name = tokens_text (d, best_first, best_end);
}

/* ---- pronouns ----------------------------------------------------------------------------- */

static gboolean
gender_ok (const QDoc *d, int entity, guint8 gender)
{
  guint8 g;

  if (entity < 0)
    return FALSE;
  if (gender == Q_GENDER_NEUTER)
    return d->in->entities[entity].label == Q_LABEL_ORG;
  if (gender == Q_GENDER_PLURAL)
    return d->in->entities[entity].label == Q_LABEL_ORG;
  if (d->in->entities[entity].label != Q_LABEL_PER)
    return FALSE;
  g = d->entity_gender[entity];
  return g == Q_GENDER_NONE || g == gender;
}

/* For each token k, the nearest token before it whose mention suits @gender
 * (G_MAXUINT32: none), built once per gender and document. */
static const guint32 *
prev_mention (QDoc *d, guint8 gender)
{
  if (!d->prev_mention[gender])
    {
      guint32 *prev = g_new (guint32, (gsize)d->n + 1);
      guint32 last = G_MAXUINT32;

      for (guint32 j = 0; j < d->n; j++)
        {
          gint32 m = d->tok[j].mention;

          prev[j] = last;
          if (m >= 0 && gender_ok (d, d->in->mentions[m].entity, gender))
            last = j;
        }
      prev[d->n] = last;
      d->prev_mention[gender] = prev;
    }
  return d->prev_mention[gender];
}

/* Whether entity @e, which the entities layer did not make a person, is named like a person of
 * @gender (he or she): a first name of that gender and a surname ("Laura Kessling" tagged as an
 * organisation after a title it did not know).  Only a last resort for "he" and "she": many
 * companies bear a founder's name. */
static gboolean
named_like_person (const QDoc *d, int e, guint8 gender)
{
  const char *name, *sp;
  char w[48];

  if (e < 0 || d->in->entities[e].label == Q_LABEL_PER || !(name = d->in->entities[e].name)
      || (gender != Q_GENDER_MALE && gender != Q_GENDER_FEMALE))
    return FALSE;
  sp = strchr (name, ' ');
  if (!sp || strchr (sp + 1, ' ') || !g_ascii_isupper (sp[1])
      || q_lower (name, (gsize)(sp - name), w, sizeof w, FALSE) == 0)
    return FALSE;
  return q_lexicon_first_name_gender (d->lex, w) == gender;
}

/* How far back a pronoun looks, besides its three paragraphs: at most this many sentences for
 * a subject, or, with no entities, this many quotations for a speaker named from the text.  A
 * news paragraph holds a few of either; the bound keeps a huge paragraph of pronouns linear. */
#define MAX_PRONOUN_LOOKBACK 100

/* The organisation the sentence of token @k has for its subject, named before @k, outside
 * quotation marks: "NASA has selected two companies …, the agency announced", "…, it said".
 * The subject is the organisation's name alone, after "the" at most: not "the IMF's chief", "the
 * IMF and the World Bank" or "the Bank of Korea's report".  -1 when there is none. */
static int
org_subject_before (const QDoc *d, guint32 k)
{
  static const char *const more[] = { "and", "or", "of" }; /* words that go on with a name */
  guint32 u = d->tok[k].unit;
  guint32 i = q_subject_start (d, d->units[u].first, k), j;
  gint32 m;
  int e;

  if (i < k && q_is_word (d, i) && (d->tok[i].flags & W_DET) && !(d->tok[i].flags & W_PRON))
    i++;
  if (i >= k || d->tok[i].dq >= 0 || (m = d->tok[i].mention) < 0
      || (i > 0 && d->tok[i - 1].mention == m))
    return -1;
  for (j = i; j < k && d->tok[j].mention == m; j++)
    ;
  if (j >= k || (d->tok[j - 1].flags & T_POSS) || q_tok_char (d, j, ",")
      || q_tok_among (d, j, more, G_N_ELEMENTS (more)) || d->tok[j].mention >= 0)
    return -1;
  e = d->in->mentions[m].entity;
  return e >= 0 && d->in->entities[e].label == Q_LABEL_ORG ? e : -1;
}

/* Resolves a phrase at token @k that refers back like a pronoun of @gender (he, she, it,
 * they; "the group" as "it") to an entity; *@at is then the first token of the sentence or
 * mention it was found in (G_MAXUINT32 when none). */
static int
resolve_referent (QDoc *d, guint32 k, guint8 gender, guint32 *at)
{
  guint32 u = d->tok[k].unit;
  guint32 para = d->tok[k].para;

  *at = G_MAXUINT32;
  if (gender == Q_GENDER_SPEAKER || gender == Q_GENDER_NONE)
    return -1;
  /* A speaker named earlier in the same sentence, by its latest record: "Roux said X, though he
   * warned that Y" is Roux's, not the subject of the sentence before. */
  if (d->records->len > 0)
    {
      const QRecord *rec = &g_array_index (d->records, QRecord, d->records->len - 1);
      const QSpeaker *rs = &rec->speaker;

      if (rs->entity >= 0 && rs->end > rs->first && rs->end <= k && d->tok[rs->first].unit == u
          && gender_ok (d, rs->entity, gender))
        {
          *at = rs->first;
          return rs->entity;
        }
    }
  /* An organisation that is the subject of the same sentence, before it: what its news is
   * about ("NASA has selected two companies …, the agency announced"). */
  if (gender == Q_GENDER_NEUTER)
    {
      int e = org_subject_before (d, k);

      if (e >= 0)
        {
          *at = d->units[u].first;
          return e;
        }
    }
  /* The subject of an earlier sentence, nearest first, within three paragraphs and
   * MAX_PRONOUN_LOOKBACK sentences. */
  for (guint32 v = u; v-- > 0 && u - v <= MAX_PRONOUN_LOOKBACK;)
    {
      guint32 vp = d->tok[d->units[v].first].para;
      int e = d->unit_subject[v];

      if (vp + 3 < para)
        break;
      if (e >= 0 && gender_ok (d, e, gender))
        {
          *at = d->units[v].first;
          return e;
        }
    }
  /* Else the nearest compatible mention before it, looked up rather than searched for:
   * a long paragraph with many pronouns and no such mention would take quadratic time. */
  {
    guint32 j = prev_mention (d, gender)[k];

    if (j != G_MAXUINT32 && d->tok[j].para + 3 >= para)
      {
        *at = j;
        return d->in->mentions[d->tok[j].mention].entity;
      }
  }
  /* Else, for he or she, the subject of an earlier sentence that the entities layer mistook
   * for something else but that bears a first name of that gender, within the same bounds. */
  for (guint32 v = u; v-- > 0 && u - v <= MAX_PRONOUN_LOOKBACK;)
    {
      int e = d->unit_subject[v];

      if (d->tok[d->units[v].first].para + 3 < para)
        break;
      if (named_like_person (d, e, gender))
        {
          *at = d->units[v].first;
          return e;
        }
    }
  return -1;
}

/* Resolves the pronoun at token @k (he, she, it, they) to an entity. */
static int
resolve_pronoun (QDoc *d, guint32 k)
{
  guint32 at;

  return resolve_referent (d, k, d->tok[k].gender, &at);
}

/* ---- titles ------------------------------------------------------------------------------- */

/* Whether @word (lower case) is the plural of a title: "senators", "generals". */
static gboolean
plural_title (const QDoc *d, const char *word)
{
  gsize n = strlen (word);
  char w[48];

  if (n < 4 || n >= sizeof w || word[n - 1] != 's')
    return FALSE;
  memcpy (w, word, n - 1);
  w[n - 1] = '\0';
  return q_lexicon_title_key (d->lex, w) != NULL;
}

/* The person joined by "and" to the person mention at token @k ("Tom Hollis (R-Kan.) and Ana
 * Barrera"), or -1. */
static int
coordinated_person (const QDoc *d, guint32 k)
{
  guint32 a, b;
  gint32 m;

  mention_tokens (d, k, &a, &b);
  if (q_tok_char (d, b, "("))
    {
      guint32 c = b;

      while (c < d->n && c - b < 12 && !q_tok_char (d, c, ")"))
        c++;
      if (c >= d->n || !q_tok_char (d, c, ")"))
        return -1;
      b = c + 1;
    }
  if (!q_tok_is (d, b, "and"))
    return -1;
  b++;
  if (b < d->n && d->tok[b].mention < 0)
    b = skip_titles (d, b, MIN (d->n, b + NAME_MAX_WORDS));
  if (b >= d->n || d->tok[b].para != d->tok[k].para || (m = d->tok[b].mention) < 0
      || d->in->mentions[m].label != Q_LABEL_PER || d->in->mentions[m].entity < 0)
    return -1;
  return d->in->mentions[m].entity;
}

/* For a plural role word @word at token @at ("the senators"): the two persons last introduced
 * together with that title before it, as one name ("Tom Hollis and Ana Barrera"), or NULL. */
static char *
persons_by_plural_title (const QDoc *d, const char *word, guint32 at)
{
  GArray *same = g_hash_table_lookup (d->title_keys, word);
  const QTitle *t;
  const char *n1, *n2;
  guint lo;

  if (!plural_title (d, word) || !same)
    return NULL;
  lo = tokens_lower_bound (&g_array_index (same, QTitle, 0).tok, sizeof (QTitle), same->len, at);
  if (lo == 0)
    return NULL;
  t = &g_array_index (same, QTitle, lo - 1);
  if (t->other < 0)
    return NULL;
  n1 = d->in->entities[t->entity].name;
  n2 = d->in->entities[t->other].name;
  return n1 && n2 ? g_strdup_printf ("%s and %s", n1, n2) : NULL;
}

/* Records, for each person mention, the role words just before it ("US
 * Secretary of State Antony Blinken" -> secretary, state), so that "the
 * secretary" can find the person later (or earlier: a headline's "Spokesman"). */
void
q_collect_titles (QDoc *d)
{
  for (guint32 k = 0; k < d->n; k++)
    {
      gint32 m = d->tok[k].mention;
      guint32 stop;

      if (m < 0 || (k > 0 && d->tok[k - 1].mention == m) || d->in->mentions[m].label != Q_LABEL_PER
          || d->in->mentions[m].entity < 0)
        continue;
      stop = k > 8 ? k - 8 : 0;
      for (guint32 j = k; j-- > stop;)
        {
          char w[48];
          const char *key;

          if (q_is_title_dot (d, j))
            continue;
          if (!q_is_word (d, j) || d->tok[j].para != d->tok[k].para
              || !lower_tok (d, j, w, sizeof w, TRUE))
            break;
          if (plural_title (d, w))
            {
              /* "U.S. Senators Tom Hollis and Ana Barrera" (the entities layer may have made
               * "U.S. Senators" an organisation): "the senators" are the two. */
              QTitle t = { d->in->mentions[m].entity, k, coordinated_person (d, k) };

              if (t.other >= 0)
                {
                  g_array_append_val (
                      index_list (d->title_keys, g_intern_string (w), FALSE, sizeof (QTitle)), t);
                  break;
                }
            }
          if (d->tok[j].mention >= 0)
            break;
          key = q_lexicon_title_key (d->lex, w);
          if (key)
            {
              QTitle t = { d->in->mentions[m].entity, k, -1 };

              g_array_append_val (index_list (d->title_keys, key, FALSE, sizeof (QTitle)), t);
              continue;
            }
          /* Role phrases are capitalised or joined by "of": "Secretary of State",
           * "National Security Council spokesman". */
          if ((d->tok[j].flags & T_CAP) || q_tok_is (d, j, "of")
              || d->tok[j].kind == Q_TOKEN_NUMBER)
            continue;
          break;
        }
      /* "Lloyd Austin, the defense secretary," */
    }
}

/* The person a role word (lower case, possessive stripped) stands for near token @at: the
 * last one introduced with that title before it, else the next one.  Found by binary search
 * among the titles of that key, not by a pass over all the titles (quadratic in a long text of
 * many titled people). */
static int
entity_by_title (const QDoc *d, const char *word, guint32 at, gboolean may_look_ahead)
{
  const char *key = q_lexicon_title_key (d->lex, word);
  GArray *same;
  guint lo;
  const QTitle *t;

  if (!key || !(same = g_hash_table_lookup (d->title_keys, key)))
    return -1;
  lo = tokens_lower_bound (&g_array_index (same, QTitle, 0).tok, sizeof (QTitle), same->len, at);
  if (lo > 0)
    return g_array_index (same, QTitle, lo - 1).entity;
  if (lo == same->len)
    return -1;
  t = &g_array_index (same, QTitle, lo);
  /* a lead names the person a sentence later */
  return may_look_ahead || d->tok[t->tok].para <= d->tok[at].para + 1 ? t->entity : -1;
}

/* The head noun of a multi-word organisation name in lower case, or NULL: the word before
 * its first preposition ("Alliance for Democratic Change", "Embassy in Manila"), else its
 * last word ("Malawi Electoral Commission"). */
static char *
org_name_head (const char *name)
{
  static const char *const preps[] = { "of", "for", "to", "on", "in" };
  g_auto (GStrv) words = g_strsplit (name, " ", -1);
  guint n = g_strv_length (words);

  if (n < 2)
    return NULL;
  for (guint i = 1; i + 1 < n; i++)
    for (gsize p = 0; p < G_N_ELEMENTS (preps); p++)
      if (strcmp (words[i], preps[p]) == 0)
        return g_ascii_strdown (words[i - 1], -1);
  return g_ascii_strdown (words[n - 1], -1);
}

/* The tokens of organisation mentions by the head noun of their entity's name, once per
 * document: "the ministry" is then a lookup, not a search back to the start of the document
 * (which made a long text with many such phrases quadratic). */
static GHashTable *
org_heads (QDoc *d)
{
  if (!d->org_heads)
    {
      d->org_heads
          = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify)g_array_unref);
      for (guint32 k = 0; k < d->n; k++)
        {
          gint32 m = d->tok[k].mention;
          const char *name;
          g_autofree char *key = NULL;
          int e;

          if (m < 0 || d->in->mentions[m].label != Q_LABEL_ORG)
            continue;
          e = d->in->mentions[m].entity;
          if (e < 0 || !(name = d->in->entities[e].name) || !(key = org_name_head (name)))
            continue;
          g_array_append_val (index_list (d->org_heads, key, TRUE, sizeof (guint32)), k);
        }
    }
  return d->org_heads;
}

/* How many paragraphs ahead a description at the start of a story looks for the name of its
 * organisation: the lead and the paragraphs that follow it. */
#define ORG_LOOKAHEAD_PARAS 2

/* For "the ministry", "the agency": the organisation whose name has that head noun and was
 * mentioned last before token @at.  When none was mentioned before, the first one named in
 * the next ORG_LOOKAHEAD_PARAS paragraphs: a lead describes an organisation and names it
 * later ("Malawi's main opposition alliance said …" … "the Alliance for Democratic Change"),
 * as it does a person (see delayed_identification). */
static int
entity_by_head_noun (QDoc *d, guint32 head, guint32 at)
{
  char w[48];
  GArray *toks;
  guint lo;
  guint32 k;

  if (!lower_tok (d, head, w, sizeof w, TRUE) || strlen (w) < 3
      || !(toks = g_hash_table_lookup (org_heads (d), w)))
    return -1;
  /* The last of its tokens before @at, else the first after it. */
  lo = tokens_lower_bound (toks->data, sizeof (guint32), toks->len, at);
  if (lo > 0)
    k = g_array_index (toks, guint32, lo - 1);
  else if (d->tok[g_array_index (toks, guint32, 0)].para <= d->tok[at].para + ORG_LOOKAHEAD_PARAS)
    k = g_array_index (toks, guint32, 0);
  else
    return -1;
  return d->in->mentions[d->tok[k].mention].entity;
}

/* Genders of person entities, from the titles and first names of their mentions. */
void
q_entity_genders (QDoc *d)
{
  for (guint32 k = 0; k < d->n; k++)
    {
      gint32 m = d->tok[k].mention;
      int e;
      char w[48];
      guint8 g = Q_GENDER_NONE;

      if (m < 0 || (k > 0 && d->tok[k - 1].mention == m))
        continue;
      e = d->in->mentions[m].entity;
      if (e < 0 || d->in->mentions[m].label != Q_LABEL_PER || d->entity_gender[e])
        continue;
      if (k > 0 && q_is_word (d, k - 1) && (d->tok[k - 1].flags & W_TITLE))
        g = d->tok[k - 1].gender;
      if (!g && k + 1 < d->n && d->tok[k + 1].mention == m && lower_tok (d, k, w, sizeof w, TRUE))
        g = q_lexicon_first_name_gender (d->lex, w);
      d->entity_gender[e] = g;
    }
  /* Canonical names: the first word of "Daniele Darlan". */
  for (gsize e = 0; e < d->in->n_entities; e++)
    {
      const char *name = d->in->entities[e].name;
      const char *sp;
      char w[48];

      if (d->entity_gender[e] || !name || d->in->entities[e].label != Q_LABEL_PER)
        continue;
      sp = strchr (name, ' ');
      if (!sp || q_lower (name, (gsize)(sp - name), w, sizeof w, FALSE) == 0)
        continue;
      d->entity_gender[e] = q_lexicon_first_name_gender (d->lex, w);
    }
}

/* ---- noun phrases ------------------------------------------------------------------------- */

/* Whether a lower-case word can be inside a noun phrase (noun, adjective). */
static gboolean
np_word (const QDoc *d, guint32 i)
{
  guint32 f;

  if (!q_is_word (d, i))
    return d->tok[i].kind == Q_TOKEN_NUMBER || q_is_title_dot (d, i);
  f = d->tok[i].flags;
  if (f & T_CAP)
    return !(f
             & (W_PRON | W_PREP | W_CONJ | W_SUBORD | W_REL | W_THAT | W_AUX | W_OPENER | W_NEG
                | W_PRON_OBJ | W_CUE | W_BE))
           || (f & W_TITLE) || d->tok[i].mention >= 0;
  return !(f
           & (W_PRON | W_PRON_OBJ | W_AUX | W_BE | W_NEG | W_VERB | W_PREP | W_CONJ | W_SUBORD
              | W_REL | W_THAT | W_ADV | W_TIME | W_FUNCTION | W_CUE | W_LY | W_OPENER))
         || (f & W_TITLE);
}

/* Whether the preposition at @j, with the noun phrase after it, completes an adjective or
 * participle after a noun: "an official familiar with the talks", "a diplomat close to the
 * talks", "an official traveling with the secretary".  The phrase is then one description,
 * not "the talks". */
static gboolean
postmodifier_pp (const QDoc *d, guint32 j, guint32 floor)
{
  const guint32 not_adj = T_CAP | T_POSS | W_PREP | W_CONJ | W_DET | W_PRON | W_PRON_OBJ | W_AUX
                          | W_BE | W_NEG | W_REL | W_THAT | W_CUE | W_SUBORD | W_VERB | W_TIME
                          | W_QUANT | W_FUNCTION | W_TITLE;

  return j >= floor + 2 && q_is_word (d, j) && (d->tok[j].flags & W_PREP) && q_is_word (d, j - 1)
         && !(d->tok[j - 1].flags & not_adj) && q_is_word (d, j - 2)
         && !(d->tok[j - 2].flags & (T_POSS | W_ING | W_ED)) && np_word (d, j - 2)
         && d->tok[j - 1].dq < 0 && d->tok[j - 2].dq < 0;
}

/* The first token of the noun phrase that ends with token @last, not before @floor. */
static guint32
np_back (const QDoc *d, guint32 last, guint32 floor)
{
  guint32 k = last;
  guint pps = 0;

  if (d->tok[last].flags & W_PRON)
    return last;
  while (k > floor && last - k < NP_MAX)
    {
      guint32 j = k - 1;
      guint32 f = d->tok[j].flags;

      if (d->tok[j].dq >= 0 || d->tok[j].para != d->tok[last].para)
        break;
      if (q_is_word (d, j) && (f & W_DET))
        {
          /* "a statement from the Egyptian Foreign ministry": a determiner
           * inside a prepositional phrase lets the phrase go on. */
          k = j;
          if (j > floor && pps < 2
              && (q_tok_is (d, j - 1, "of") || q_tok_is (d, j - 1, "from")
                  || q_tok_is (d, j - 1, "for") || q_tok_is (d, j - 1, "by"))
              && j - 1 > floor && np_word (d, j - 2))
            {
              k = j - 1;
              pps++;
              continue;
            }
          break;
        }
      if (q_is_word (d, j)
          && (q_tok_is (d, j, "of") || q_tok_is (d, j, "from") || q_tok_is (d, j, "for")
              || q_tok_is (d, j, "by") || q_tok_is (d, j, "to") || q_tok_is (d, j, "on")
              || q_tok_is (d, j, "in") || q_tok_is (d, j, "at") || q_tok_is (d, j, "and")
              || q_tok_is (d, j, "&")))
        {
          gboolean caps_both = j > floor && q_is_name_word (d, j - 1) && q_is_name_word (d, k);
          gboolean pp
              = (q_tok_is (d, j, "of") || q_tok_is (d, j, "from") || q_tok_is (d, j, "for")
                 || q_tok_is (d, j, "by")
                 || ((q_tok_is (d, j, "in") || q_tok_is (d, j, "at")) && q_is_name_word (d, k)))
                && j > floor && np_word (d, j - 1) && pps < 2;

          /* "and" joins names ("African Union and other African observers"),
           * the rest join a head to its complement. */
          if (q_tok_is (d, j, "and") && !(j > floor && q_is_name_word (d, j - 1)))
            break;
          if (caps_both || pp)
            {
              if (pp)
                pps++;
              k = j;
              continue;
            }
          break;
        }
      if (q_is_word (d, j) && (f & T_POSS))
        {
          k = j;
          continue;
        }
      if (np_word (d, j) || q_tok_char (d, j, "&"))
        {
          k = j;
          continue;
        }
      break;
    }
  /* A phrase cannot start with a preposition or a conjunction. */
  while (k < last && q_is_word (d, k) && (d->tok[k].flags & (W_PREP | W_CONJ))
         && !(d->tok[k].flags & W_DET))
    k++;
  return k;
}

/* Whether the capitalised word at @k starts a title and a name after a singular role noun: the
 * "false title" of news style ("squad leader Staff Sgt. Devin Marsh", "company commander Capt.
 * X"), one phrase.  A plural noun before it is an object of its own ("told reporters Gen. X
 * would …"). */
static gboolean
role_before_title (const QDoc *d, guint32 k, guint32 limit)
{
  const QRange *r = &d->in->tokens[k - 1];
  guint32 n = skip_titles (d, k, MIN (limit, k + NAME_MAX_WORDS));

  return n > k && n < limit && q_is_name_word (d, n) && d->text[r->end - 1] != 's'
         && d->tok[k - 1].dq < 0;
}

/* One past the last token of the noun phrase that starts at @from (forward). */
guint32
q_np_forward (const QDoc *d, guint32 from, guint32 limit)
{
  guint32 k = from;
  guint pps = 0;

  if (k < limit && (d->tok[k].flags & W_PRON) && q_is_word (d, k))
    return k + 1;
  while (k < limit && k - from < NP_MAX)
    {
      guint32 f = d->tok[k].flags;

      if (d->tok[k].dq >= 0 || d->tok[k].para != d->tok[from].para)
        break;
      if (q_is_word (d, k) && (f & W_DET) && !(f & W_PRON))
        {
          /* A determiner after a noun starts another phrase ("told the
           * protesters their rallies …"). */
          if (k > from && !(d->tok[k - 1].flags & (W_PREP | W_DET)) && !q_tok_is (d, k - 1, "of"))
            break;
          k++;
          continue;
        }
      if (q_is_word (d, k)
          && (q_tok_is (d, k, "of") || q_tok_is (d, k, "for") || q_tok_is (d, k, "from")
              || q_tok_is (d, k, "to") || q_tok_is (d, k, "on") || q_tok_is (d, k, "and")))
        {
          gboolean caps_both = k > from && q_is_name_word (d, k - 1) && q_is_name_word (d, k + 1);
          gboolean pp = (q_tok_is (d, k, "of") || q_tok_is (d, k, "for") || q_tok_is (d, k, "from"))
                        && k > from && !(d->tok[k - 1].flags & T_CAP) && np_word (d, k - 1)
                        && pps < 1 && k + 1 < limit
                        && (np_word (d, k + 1) || (d->tok[k + 1].flags & W_DET));

          if (caps_both || pp)
            {
              pps += pp;
              k++;
              continue;
            }
          break;
        }
      if (q_is_word (d, k) && (f & W_NAME_PARTICLE) && q_is_name_word (d, k + 1) && k > from)
        {
          k++;
          continue;
        }
      if (q_is_title_dot (d, k))
        {
          k++;
          continue;
        }
      if (np_word (d, k) || (q_is_word (d, k) && (f & T_POSS)))
        {
          /* A capitalised word after a lower-case noun starts another phrase
           * ("told reporters Hamas must …"), unless it is a name's first word. */
          if (k > from && (f & T_CAP) && q_is_word (d, k - 1) && !(d->tok[k - 1].flags & T_CAP)
              && !(d->tok[k - 1].flags & (W_TITLE | W_DET | W_PREP | T_POSS))
              && !g_ascii_isdigit (d->text[d->in->tokens[k - 1].start])
              && !role_before_title (d, k, limit))
            break;
          /* An -ed or -ing word after the head is a participle, not the phrase. */
          if (k > from && (f & (W_ED | W_ING)) && !(f & T_CAP))
            break;
          k++;
          if (f & T_POSS)
            continue;
          continue;
        }
      break;
    }
  return k;
}

/* Whether the word of token @k is a name elsewhere in the document, within NAME_WINDOW tokens:
 * capitalised inside a sentence, or the last word of a longer capitalised run. */
static gboolean
name_elsewhere (QDoc *d, guint32 k)
{
  const QNameWord *nw = name_word (d, k);
  guint32 from = k > NAME_WINDOW ? k - NAME_WINDOW : 0, to = k + NAME_WINDOW;

  if (!nw)
    return FALSE;
  for (guint i = tokens_lower_bound (nw->named, sizeof (guint32), nw->n_named, from);
       i < nw->n_named && nw->named[i] < to; i++)
    if (nw->named[i] != k)
      return TRUE;
  return FALSE;
}

/* Whether tokens [first, end) are titles only (a mention "Staff Sgt."). */
static gboolean
titles_only (const QDoc *d, guint32 first, guint32 end)
{
  for (guint32 k = first; k < end; k++)
    if (!(d->tok[k].flags & W_TITLE) && !q_is_title_dot (d, k))
      return FALSE;
  return TRUE;
}

/* The head of the description [first, end): the word before its first preposition ("a nurse at
 * a clinic" -> nurse, "Witnesses in Busia" -> Witnesses), else its last word.  (Simpler than
 * the head q_speaker_from_np() finds: these descriptions have no name in them.) */
static guint32
description_head (const QDoc *d, guint32 first, guint32 end)
{
  guint32 head = first;

  while (head + 1 < end && !(q_is_word (d, head + 1) && (d->tok[head + 1].flags & W_PREP)))
    head++;
  return head;
}

/* Whether the description [first, end) is plural: its head, the word before its first
 * preposition, is a plural noun ("Mediators", "Witnesses in Busia"), not after "a" or "one". */
static gboolean
plural_description (const QDoc *d, guint32 first, guint32 end)
{
  guint32 head;
  const QRange *r;

  if (first >= end || q_tok_is (d, first, "a") || q_tok_is (d, first, "an")
      || q_tok_is (d, first, "one"))
    return FALSE;
  head = description_head (d, first, end);
  if (!q_is_word (d, head) || (d->tok[head].flags & (T_POSS | W_PRON | W_PRON_OBJ)))
    return FALSE;
  r = &d->in->tokens[head];
  return r->end - r->start > 3 && d->text[r->end - 1] == 's' && d->text[r->end - 2] != 's';
}

/* Whether token @k is a noun that any organisation can be called by: "the group",
 * "the humanitarian organization" refer back to one as "it" does.  (Not "the company", "the
 * alliance": they say what kind it is, and the last organisation named may be another kind.) */
static gboolean
generic_org_noun (const QDoc *d, guint32 k)
{
  static const char *const nouns[] = { "group", "organization", "organisation", "agency", "body" };

  return q_is_word (d, k) && !(d->tok[k].flags & (T_CAP | T_POSS))
         && q_tok_among (d, k, nouns, G_N_ELEMENTS (nouns));
}

/* Whether the singular description [first, end) can be what "he" or "she" (@gender) stands
 * for: an indefinite one ("a nurse at a clinic", "A relative of the driver") introduces a
 * person with no name, whom only the description can stand for (a definite one, "the video
 * maker", mostly refers back to a person named before).  Its head, the word before its first
 * preposition, is a lower-case noun, not a document or an organisation ("a report", "a
 * statement", "a group"), nor a title of the other sex ("a spokesman" is no "she"). */
static gboolean
person_description (const QDoc *d, guint32 first, guint32 end, guint8 gender)
{
  static const char *const things[] = { "report",   "study",  "survey", "poll", "letter",
                                        "document", "filing", "video",  "post", "speech" };
  guint32 head;

  if (first + 1 >= end || !(q_tok_is (d, first, "a") || q_tok_is (d, first, "an")))
    return FALSE;
  head = description_head (d, first, end);
  if (head == first || !q_is_word (d, head)
      || (d->tok[head].flags
          & (T_CAP | T_POSS | W_PRON | W_PRON_OBJ | W_SPEECH_NOUN | W_REACTION | W_DET))
      || d->tok[head].mention >= 0 || generic_org_noun (d, head)
      || q_tok_among (d, head, things, G_N_ELEMENTS (things)))
    return FALSE;
  return d->tok[head].gender == Q_GENDER_NONE || d->tok[head].gender == gender;
}

/* For "they" at token @k: the plural description that was the latest speaker before it, in
 * its paragraph or the one before, when nearer than @at, where its entity was found
 * ("Mediators say …  They say …").  For "he" or "she", the singular description that was the
 * latest speaker ("a nurse at a clinic, who asked not to be named, told VOA …  Families, she
 * said, …"): an unnamed speaker is the topic as a named one is.  Copied into @s. */
static gboolean
description_speaker_before (QDoc *d, guint32 k, guint32 at, QSpeaker *s)
{
  guint8 gender = d->tok[k].gender;

  for (guint r = d->records->len; r-- > 0 && d->records->len - r <= MAX_PRONOUN_LOOKBACK;)
    {
      const QRecord *rec = &g_array_index (d->records, QRecord, r);
      const QSpeaker *p = &rec->speaker;
      gboolean desc;

      if (!p->found || p->first >= k)
        continue;
      if (d->tok[p->first].para + 1 < d->tok[k].para || (at != G_MAXUINT32 && p->first < at))
        break;
      desc = p->entity < 0 && !p->name && p->desc_end > p->desc_first;
      if (desc
          && (gender == Q_GENDER_PLURAL
                  ? plural_description (d, p->desc_first, p->desc_end)
                  : person_description (d, p->desc_first, p->desc_end, gender)))
        {
          s->entity = -1;
          s->desc_first = p->desc_first;
          s->desc_end = p->desc_end;
          return TRUE;
        }
      if (gender != Q_GENDER_PLURAL)
        break; /* only the latest speaker */
    }
  return FALSE;
}

/* Whether token @k is a mention of one all-capitals token ("CPJ"). */
static gboolean
acronym_mention (const QDoc *d, guint32 k)
{
  gint32 m = d->tok[k].mention;

  return (d->tok[k].flags & T_ALLCAPS) && !(k > 0 && d->tok[k - 1].mention == m)
         && !(k + 1 < d->n && d->tok[k + 1].mention == m);
}

/* Per entity, the first token of its mentions that @keep accepts (NULL: any), or G_MAXUINT32:
 * one pass for all the entities (a pass per entity was most of the cost of a long text). */
static guint32 *
first_tokens_by_entity (const QDoc *d, gboolean (*keep) (const QDoc *d, guint32 k))
{
  guint32 *first = g_new (guint32, d->in->n_entities + 1);

  for (gsize x = 0; x <= d->in->n_entities; x++)
    first[x] = G_MAXUINT32;
  for (guint32 k = 0; k < d->n; k++)
    {
      gint32 m = d->tok[k].mention;
      int e = m >= 0 ? d->in->mentions[m].entity : -1;

      if (e >= 0 && (gsize)e < d->in->n_entities && first[e] == G_MAXUINT32
          && (!keep || keep (d, k)))
        first[e] = k;
    }
  return first;
}

/* The token of entity @e's first mention, or G_MAXUINT32. */
static guint32
entity_first_token (QDoc *d, int e)
{
  if (!d->entity_first)
    d->entity_first = first_tokens_by_entity (d, NULL);
  return e >= 0 && (gsize)e < d->in->n_entities ? d->entity_first[e] : G_MAXUINT32;
}

/* How many tokens a byline paragraph holds at most: "By Jane Doe, Staff Writer". */
#define BYLINE_MAX_TOKENS 16

/* Whether token @k is in a byline, a short paragraph "By NAME, …": its writer is no person of
 * the story. */
static gboolean
in_byline (const QDoc *d, guint32 k)
{
  const QTokRange *p = &d->paras[d->tok[k].para];
  gint32 m;

  return p->end - p->first <= BYLINE_MAX_TOKENS && p->first + 1 < p->end
         && q_tok_is (d, p->first, "by") && (d->tok[p->first].flags & T_CAP)
         && (m = d->tok[p->first + 1].mention) >= 0 && d->in->mentions[m].label == Q_LABEL_PER;
}

/* Whether a person of gender @gender (one that "he" or "she" could stand for) is mentioned
 * before token @k, bylines aside.  A byline is skipped by looking again from its paragraph's
 * start; a few at most (a story has one byline, or two). */
static gboolean
person_before (QDoc *d, guint32 k, guint8 gender)
{
  guint32 j = prev_mention (d, gender)[k];

  for (int bylines = 0; j != G_MAXUINT32 && in_byline (d, j) && bylines < 3; bylines++)
    j = prev_mention (d, gender)[d->paras[d->tok[j].para].first];
  return j != G_MAXUINT32;
}

/* A delayed identification: a story that opens on "An opposition candidate insists …" names
 * the person in the next sentence ("Vitale Kamerhe said …").  The indefinite description
 * [first, end), singular and before any person of the document, is that person when the next
 * sentence, in the same paragraph or the next, has as its subject a person named there for the
 * first time.  (The writer of a byline, "By Jane Doe", is no person of the story.)  Any other
 * description stays one ("A senior official said …" later in a story is not the person named after
 * it). */
static int
delayed_identification (QDoc *d, guint32 first, guint32 end)
{
  guint32 u = d->tok[first].unit, v = u + 1, head;
  const QRange *r;
  int saved, e;

  if (!(q_tok_is (d, first, "a") || q_tok_is (d, first, "an")) || v >= d->n_units)
    return -1;
  /* the head, a lower-case singular noun */
  head = description_head (d, first, end);
  r = &d->in->tokens[head];
  if (head == first || !q_is_word (d, head) || (d->tok[head].flags & (T_CAP | T_POSS))
      || d->text[r->end - 1] == 's')
    return -1;
  if (person_before (d, first, Q_GENDER_MALE) || person_before (d, first, Q_GENDER_FEMALE)
      || d->tok[d->units[v].first].para > d->tok[first].para + 1)
    return -1;
  /* The next sentence's subject, without keeping it: that sentence has not been read yet. */
  saved = d->unit_subject[v];
  q_unit_subject (d, v);
  e = d->unit_subject[v];
  d->unit_subject[v] = saved;
  if (e < 0 || d->in->entities[e].label != Q_LABEL_PER
      || entity_first_token (d, e) < d->units[v].first)
    return -1;
  return e;
}

/* How many tokens a description in apposition to a name holds at most ("his lawyer", "the
 * agency's deputy director"): longer ones rarely recur word for word. */
#define APPOSITION_MAX_TOKENS 6

/* How many paragraphs apart a description and its apposition may be. */
#define APPOSITION_PARAS 3

/* The key of the description [first, end): its words in lower case, one space apart, without a
 * leading article ("His lawyer" -> "his lawyer", "the bank's chief economist" -> "bank's chief
 * economist"); NULL when it is no description that may recur: a determiner or possessive must
 * open it, and its last word must be a lower-case noun. */
static char *
description_key (const QDoc *d, guint32 first, guint32 end)
{
  GString *key;
  char w[48];

  if (first >= end || end - first > APPOSITION_MAX_TOKENS || end - first < 2
      || !q_is_word (d, first) || !(d->tok[first].flags & (W_DET | T_POSS))
      || !q_is_word (d, end - 1) || (d->tok[end - 1].flags & (T_CAP | T_POSS))
      || d->tok[end - 1].mention >= 0)
    return NULL;
  if (q_tok_is (d, first, "the") || q_tok_is (d, first, "a") || q_tok_is (d, first, "an"))
    first++;
  key = g_string_new (NULL);
  for (guint32 k = first; k < end; k++)
    {
      if (!q_is_word (d, k) || !lower_tok (d, k, w, sizeof w, FALSE))
        return (g_string_free (key, TRUE), NULL);
      if (key->len)
        g_string_append_c (key, ' ');
      g_string_append (key, w);
    }
  return g_string_free (key, FALSE);
}

/* Adds the description [first, end) with the person @e named in apposition to it. */
static void
add_apposition (QDoc *d, guint32 first, guint32 end, int e)
{
  g_autofree char *key = description_key (d, first, end);
  QApposition a = { first, e };

  if (key)
    g_array_append_val (index_list (d->appositions, key, TRUE, sizeof (QApposition)), a);
}

/* The descriptions that persons are named in apposition to, once per document: "His lawyer,
 * X, told …" and "X, his lawyer, said …" both name "his lawyer". */
static GHashTable *
appositions (QDoc *d)
{
  if (d->appositions)
    return d->appositions;
  d->appositions
      = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify)g_array_unref);
  for (guint32 k = 1; k < d->n; k++)
    {
      gint32 m = d->tok[k].mention;
      guint32 a, b;
      int e;

      if (m < 0 || d->tok[k - 1].mention == m || d->in->mentions[m].label != Q_LABEL_PER
          || (e = d->in->mentions[m].entity) < 0)
        continue;
      mention_tokens (d, k, &a, &b);
      /* "DESCRIPTION, NAME," */
      if (k >= 2 && q_tok_char (d, k - 1, ",") && b < d->n && q_tok_char (d, b, ",")
          && d->tok[k - 2].para == d->tok[k].para && np_word (d, k - 2))
        add_apposition (d, np_back (d, k - 2, d->paras[d->tok[k].para].first), k - 1, e);
      /* "NAME, DESCRIPTION," */
      if (b + 2 < d->n && q_tok_char (d, b, ",") && d->tok[b + 1].para == d->tok[k].para)
        {
          guint32 end = q_np_forward (d, b + 1, MIN (d->n, b + 1 + APPOSITION_MAX_TOKENS + 1));

          if (end > b + 1 && end < d->n && q_tok_char (d, end, ","))
            add_apposition (d, b + 1, end, e);
        }
      k = b - 1;
    }
  return d->appositions;
}

/* The person named in apposition to the same description as [first, end) ("his lawyer said …"
 * … "His lawyer, X, told …"), the nearest such apposition within APPOSITION_PARAS paragraphs,
 * or -1: the text itself says who the description is. */
static int
named_by_apposition (QDoc *d, guint32 first, guint32 end)
{
  g_autofree char *key = description_key (d, first, end);
  GArray *list;
  guint lo;
  int best = -1;
  guint32 best_dist = G_MAXUINT32, para = d->tok[first].para;

  if (!key || !(list = g_hash_table_lookup (appositions (d), key)))
    return -1;
  lo = tokens_lower_bound (list->data, sizeof (QApposition), list->len, first);
  /* The nearest before and the nearest after (the description itself is not in the list: no
   * name follows it). */
  for (guint i = lo > 0 ? lo - 1 : 0; i < list->len && i <= lo; i++)
    {
      const QApposition *a = &g_array_index (list, QApposition, i);
      guint32 ap = d->tok[a->tok].para;
      guint32 dist = a->tok > first ? a->tok - first : first - a->tok;

      if (a->tok != first && (ap > para ? ap - para : para - ap) <= APPOSITION_PARAS
          && dist < best_dist)
        {
          best = a->entity;
          best_dist = dist;
        }
    }
  return best;
}

/* Whether token @k is a hyphenated adjective ending in a lower-case word: "London-based",
 * "state-run", "York-based" (of "New York-based"). */
static gboolean
hyphen_adjective (const QDoc *d, guint32 k)
{
  const QRange *r;
  const char *t, *h;

  if (!q_is_word (d, k))
    return FALSE;
  r = &d->in->tokens[k];
  t = d->text + r->start;
  h = g_strrstr_len (t, (gssize)(r->end - r->start), "-");
  if (!h || h == t || d->text + r->end - (h + 1) < 3)
    return FALSE;
  for (const char *c = h + 1; c < d->text + r->end; c++)
    if (!g_ascii_islower (*c))
      return FALSE;
  return TRUE;
}

/* Whether tokens [from, to) are common-noun modifiers only: "the humanitarian group", "the New
 * York-based group" (a place inside a hyphenated adjective), not "the Red Cross group". */
static gboolean
common_modifiers (const QDoc *d, guint32 from, guint32 to)
{
  gboolean compound = FALSE;

  for (guint32 j = to; j-- > from;)
    {
      if (hyphen_adjective (d, j))
        {
          compound = TRUE;
          continue;
        }
      /* the capitalised words of the place before the hyphen */
      if (compound && q_is_name_word (d, j) && !(d->tok[j].flags & T_POSS))
        continue;
      compound = FALSE;
      if (!(q_is_word (d, j) && np_word (d, j) && !(d->tok[j].flags & (T_CAP | T_POSS))
            && d->tok[j].mention < 0))
        return FALSE;
    }
  return TRUE;
}

/* Whether token @k is a place or organisation in the possessive, a determiner: "Malawi's main
 * opposition alliance" (not a person's: "Banda's party" may be another party). */
static gboolean
place_possessive (const QDoc *d, guint32 k)
{
  gint32 m = d->tok[k].mention;

  return q_is_word (d, k) && (d->tok[k].flags & T_POSS) && m >= 0
         && d->in->mentions[m].label != Q_LABEL_PER;
}

/* Resolves the noun phrase [first, end) to a speaker.  The phrase's head is
 * the word before its first preposition ("Officials in Kyiv" -> Officials, "a
 * spokesman for the ministry" -> spokesman); a person before it is the speaker
 * ("SAGE chairman Alejandro Cravioto"), so is the entity the head belongs to. */
gboolean
q_speaker_from_np (QDoc *d, guint32 first, guint32 end, QSpeaker *s)
{
  guint32 last, head_end = end;
  int per = -1;
  char w[48];

  if (first >= end)
    return FALSE;
  q_speaker_clear (s);
  /* A pronoun. */
  if (end - first == 1 && (d->tok[first].flags & W_PRON))
    {
      guint32 at;

      s->found = TRUE;
      s->first = first;
      s->end = end;
      s->entity = resolve_referent (d, first, d->tok[first].gender, &at);
      if ((d->tok[first].gender == Q_GENDER_PLURAL || d->tok[first].gender == Q_GENDER_MALE
           || d->tok[first].gender == Q_GENDER_FEMALE)
          && description_speaker_before (d, first, at, s))
        return TRUE;
      if (s->entity < 0
          && (d->tok[first].gender == Q_GENDER_MALE || d->tok[first].gender == Q_GENDER_FEMALE))
        {
          /* No person entity (an empty entities layer): the latest speaker named
           * from the text. */
          for (guint r = d->records->len; r-- > 0 && d->records->len - r <= MAX_PRONOUN_LOOKBACK;)
            {
              const QRecord *rec = &g_array_index (d->records, QRecord, r);

              if (rec->para + 3 < d->tok[first].para)
                break;
              if (rec->speaker.name && rec->speaker.entity < 0)
                {
                  s->name = g_strdup (rec->speaker.name);
                  break;
                }
            }
        }
      return TRUE;
    }
  for (guint32 k = first + 1; k < end; k++)
    if (q_is_word (d, k) && (d->tok[k].flags & W_PREP) && d->tok[k].mention < 0
        && !((q_tok_is (d, k, "of") || q_tok_is (d, k, "to") || q_tok_is (d, k, "for")
              || q_tok_is (d, k, "on"))
             && q_is_name_word (d, k - 1) && k + 1 < end && q_is_name_word (d, k + 1)
             && d->tok[k - 1].mention < 0))
      {
        head_end = k;
        break;
      }
  last = head_end - 1;
  /* A person named before the head, not as a possessive ("Blinken's spokesman"). */
  for (guint32 k = first; k < head_end; k++)
    {
      gint32 m = d->tok[k].mention;
      guint32 mf, me;

      if (m < 0 || d->in->mentions[m].label != Q_LABEL_PER || d->in->mentions[m].entity < 0)
        continue;
      mention_tokens (d, k, &mf, &me);
      if ((!(d->tok[me - 1].flags & T_POSS) || me >= end) && !titles_only (d, mf, me))
        per = (int)k;
      k = me - 1;
    }
  if (per >= 0)
    {
      set_mention_at (d, s, (guint32)per);
      return TRUE;
    }
  /* "a statement from X", "statements by X": the entity after the preposition. */
  for (guint32 k = first; k + 2 < end; k++)
    if ((d->tok[k].flags & W_SPEECH_NOUN)
        && (q_tok_is (d, k + 1, "from") || q_tok_is (d, k + 1, "by") || q_tok_is (d, k + 1, "of")))
      {
        for (guint32 j = end; j-- > k + 2;)
          if (d->tok[j].mention >= 0 && d->in->mentions[d->tok[j].mention].entity >= 0)
            {
              set_mention_at (d, s, j);
              return TRUE;
            }
        if (q_is_name_word (d, end - 1))
          {
            guint32 a, b;

            name_run (d, end - 1, &a, &b);
            speaker_from_name (d, MAX (a, k + 2), end, s);
            return TRUE;
          }
      }
  /* The head belongs to an entity ("Hamas", "the Egyptian Foreign ministry"). */
  if (d->tok[last].mention >= 0 && d->in->mentions[d->tok[last].mention].entity >= 0
      && !titles_only (d, last, last + 1))
    {
      set_mention_at (d, s, last);
      if (head_end < end)
        {
          /* "Officials of Hamas": the mention is the entity, the phrase the
           * speaker mention. */
          s->first = first;
          s->end = end;
        }
      return TRUE;
    }
  /* A role word alone: "the secretary", "Spokesman", "the colonel"; or an
   * organisation by its head noun: "the ministry". */
  {
    guint32 k = first;

    /* "the", "Kenya's", "the country's" before the role word */
    while (k < last && q_is_word (d, k) && (d->tok[k].flags & (W_DET | T_POSS)))
      k++;
    if (k == last && !(d->tok[k].flags & T_CAP) && lower_tok (d, k, w, sizeof w, TRUE)
        && (s->name = persons_by_plural_title (d, w, k)))
      {
        s->first = first;
        s->end = end;
        s->found = TRUE;
        return TRUE;
      }
    if (k == last && (d->tok[k].flags & W_TITLE) && lower_tok (d, k, w, sizeof w, TRUE))
      {
        int e = entity_by_title (d, w, k, k == first && (d->tok[k].flags & T_CAP));

        if (e >= 0)
          {
            s->entity = e;
            s->first = first;
            s->end = end;
            s->found = TRUE;
            return TRUE;
          }
      }
    if ((q_tok_is (d, first, "the") || place_possessive (d, first)) && head_end == end
        && last > first && q_is_word (d, last) && !(d->tok[last].flags & (T_CAP | W_TITLE)))
      {
        int e = entity_by_head_noun (d, last, first);
        guint32 at;

        if (e < 0 && generic_org_noun (d, last) && q_tok_is (d, first, "the")
            && common_modifiers (d, first + 1, last))
          e = resolve_referent (d, first, Q_GENDER_NEUTER, &at);
        if (e >= 0)
          {
            s->entity = e;
            s->first = first;
            s->end = end;
            s->found = TRUE;
            return TRUE;
          }
      }
  }
  /* A name the entities layer missed. */
  if (q_is_name_word (d, last) && !(d->tok[last].flags & W_TITLE))
    {
      guint32 a = last;

      while (a > first && (q_is_name_word (d, a - 1) || (d->tok[a - 1].flags & W_NAME_PARTICLE)))
        a--;
      /* Only a proper name: a capitalised common noun at the start of a
       * sentence ("Protesters", "Analysts") is a description. */
      if (head_end - a > 1 || a > first || (d->tok[a].flags & T_ALLCAPS) || !sentence_initial (d, a)
          || entity_by_last_word (d, last) >= 0 || name_elsewhere (d, last))
        {
          if (head_end == end)
            {
              speaker_from_name (d, a, end, s);
              return TRUE;
            }
        }
    }
  /* A description, or the person a lead names after it. */
  s->found = TRUE;
  s->entity = delayed_identification (d, first, end);
  if (s->entity < 0)
    s->entity = named_by_apposition (d, first, end);
  if (s->entity < 0)
    {
      s->desc_first = first;
      s->desc_end = end;
    }
  s->first = first;
  s->end = end;
  return TRUE;
}

/* The start of a subject phrase that starts at @first or, through a postmodifier before it,
 * earlier: "An official familiar with the talks said" (the whole phrase, when it starts the
 * clause). */
static guint32
np_back_postmodified (const QDoc *d, guint32 first, guint32 floor)
{
  if (first >= floor + 3 && postmodifier_pp (d, first - 1, floor))
    {
      guint32 f2 = np_back (d, first - 3, floor);

      if ((f2 == floor || sentence_initial (d, f2) || q_tok_char (d, f2 - 1, ","))
          && !(d->tok[f2].flags & T_POSS))
        return f2;
    }
  return first;
}

/* Whether tokens [first, end) hold a mention of a person. */
static gboolean
person_in (const QDoc *d, guint32 first, guint32 end)
{
  for (guint32 k = first; k < end; k++)
    if (d->tok[k].mention >= 0 && d->in->mentions[d->tok[k].mention].label == Q_LABEL_PER)
      return TRUE;
  return FALSE;
}

/* The speaker before cue token @cue: "Blinken said", "Hamas has said", "X, who …,
 * said", "X (R-Wash.) said".  Writes the phrase's first token. */
gboolean
q_speaker_before (QDoc *d, guint32 cue, guint32 floor, QSpeaker *s, guint32 *subj_first)
{
  guint32 k = cue;
  guint32 first;

  /* Adverbs and auxiliaries between subject and verb: "has also said". */
  while (k > floor)
    {
      guint32 f = d->tok[k - 1].flags;

      if (!q_is_word (d, k - 1))
        break;
      if (f & W_NEG)
        return FALSE;
      if ((f & (W_ADV | W_AUX | W_LY | W_BE)) && !(f & (W_PRON | W_DET)))
        {
          k--;
          continue;
        }
      break;
    }
  if (k <= floor)
    return FALSE;
  /* A parenthesis: "Doc Hastings (WA-04) released". */
  if (q_tok_char (d, k - 1, ")"))
    {
      guint32 j = k - 1;

      while (j > floor && !q_tok_char (d, j, "("))
        j--;
      if (j > floor && k - j < 12)
        k = j;
    }
  /* Appositives and relative clauses: "X, who has ruled since 1993, said",
   * "Maria Chen, 34, a nurse at the hospital, said". */
  if (q_tok_char (d, k - 1, ",") && k - 1 > floor)
    {
      guint32 c = k - 1;

      for (int segments = 0; segments < 3; segments++)
        {
          guint32 j = c;

          while (j > floor && !q_tok_char (d, j - 1, ",") && d->tok[j - 1].dq < 0 && c - j < 30)
            j--;
          if (j <= floor || !q_tok_char (d, j - 1, ",") || j == c)
            return FALSE;
          /* The part names a person ("The head of the observers, Luisa
           * Morgantini, said"): it is the subject. */
          if (d->tok[c - 1].mention >= 0
              && d->in->mentions[d->tok[c - 1].mention].label == Q_LABEL_PER)
            {
              guint32 a, b;

              mention_tokens (d, c - 1, &a, &b);
              if (a >= j)
                {
                  set_mention_at (d, s, c - 1);
                  *subj_first = j;
                  return TRUE;
                }
            }
          c = j - 1;
          /* A parenthesis after the subject: "Rep. X (NM-03), the ranking member, argued". */
          if (c > floor + 1 && q_tok_char (d, c - 1, ")"))
            {
              guint32 p = c - 1;

              while (p > floor && c - p < 12 && !q_tok_char (d, p, "("))
                p--;
              if (p > floor && q_tok_char (d, p, "("))
                c = p;
            }
          /* Before it, the subject ("Blinken, on his sixth … mission, spoke"),
           * unless that is another appositive. */
          if (c > floor && q_is_word (d, c - 1) && np_word (d, c - 1))
            {
              guint32 last = c - 1, head = last;

              first = np_back_postmodified (d, np_back (d, last, floor), floor);
              /* A phrase after a preposition is its object, not a subject: "a platoon
               * sergeant with 1st Battalion, …", "a nurse at a clinic in Lusaka, who …,".
               * The noun the preposition follows heads the phrase.  (Not when the phrase
               * names a person: "… for video Gordon Brown, pictured …, said" is his.) */
              for (int pps = 0; pps < 2 && !person_in (d, first, last + 1) && first >= floor + 2
                                && q_is_word (d, first - 1) && (d->tok[first - 1].flags & W_PREP)
                                && !(d->tok[first - 1].flags & W_DET) && q_is_word (d, first - 2)
                                && np_word (d, first - 2);
                   pps++)
                {
                  head = first - 2;
                  first = np_back_postmodified (d, np_back (d, head, floor), floor);
                }
              if (first > floor && q_tok_char (d, first - 1, ",")
                  && ((!(d->tok[head].flags & T_CAP) && d->tok[head].mention < 0)
                      || q_tok_is (d, first, "a") || q_tok_is (d, first, "an")))
                continue; /* "X, 34, a nurse, said": "a nurse" is one more; so is "X, a
                           * rifleman from Macon, Georgia, said" */
              *subj_first = first;
              return q_speaker_from_np (d, first, last + 1, s);
            }
          if (c > floor && d->tok[c - 1].kind == Q_TOKEN_NUMBER)
            continue; /* an age: "Lopez, 45, said" */
          return FALSE;
        }
      return FALSE;
    }
  if (!q_is_word (d, k - 1) || !np_word (d, k - 1))
    {
      if (!(q_is_word (d, k - 1) && (d->tok[k - 1].flags & W_PRON)))
        return FALSE;
    }
  first = np_back (d, k - 1, floor);
  /* A phrase of function words only is not a subject. */
  if (first == k - 1 && (d->tok[first].flags & (W_DET | W_QUANT))
      && !(d->tok[first].flags & W_PRON))
    return FALSE;
  first = np_back_postmodified (d, first, floor);
  *subj_first = first;
  return q_speaker_from_np (d, first, k, s);
}

/* The speaker right after a cue: "said Spc. William Dubois", "said a spokesman". */
gboolean
q_speaker_after (QDoc *d, guint32 from, guint32 limit, QSpeaker *s, guint32 *np_end)
{
  guint32 end;

  if (from >= limit || !q_is_word (d, from))
    return FALSE;
  if (d->tok[from].flags & W_PRON)
    {
      *np_end = from + 1;
      return q_speaker_from_np (d, from, from + 1, s);
    }
  end = q_np_forward (d, from, limit);
  if (end == from)
    return FALSE;
  /* "said Foster of his third deployment": the phrase ends at its name. */
  for (guint32 k = from; k < end; k++)
    if (d->tok[k].mention >= 0 && d->in->mentions[d->tok[k].mention].label == Q_LABEL_PER)
      {
        guint32 a, b;

        mention_tokens (d, k, &a, &b);
        if (b > end)
          end = b;
        k = b - 1;
      }
  /* "said lead author X", "said spokeswoman X": a singular role noun before a person's name is
   * a false title, one phrase with the name (nothing but the speaker follows an inverted cue,
   * so the name cannot start a clause of its own here). */
  if (end < limit && end > from && q_is_word (d, end - 1)
      && !(d->tok[end - 1].flags & (T_CAP | T_POSS)) && d->tok[end].mention >= 0
      && d->in->mentions[d->tok[end].mention].label == Q_LABEL_PER
      && d->in->mentions[d->tok[end].mention].entity >= 0
      && d->text[d->in->tokens[end - 1].end - 1] != 's')
    {
      guint32 a, b;

      mention_tokens (d, end, &a, &b);
      end = b;
    }
  *np_end = end;
  return q_speaker_from_np (d, from, end, s);
}

/* The token after a dateline that starts at @i ("WASHINGTON -- …", "ACCRA — …"), else @i:
 * the place is not the sentence's subject. */
guint32
q_skip_dateline (const QDoc *d, guint32 i, guint32 end)
{
  guint32 j = i;

  if (i >= end || !(d->tok[i].flags & T_ALLCAPS))
    return i;
  while (j < end && j - i < 8 && !q_is_dash (d, j))
    j++;
  return j < end && q_is_dash (d, j) ? j + 1 : i;
}

/* "said one of them, Mahmoud Salem,", "said a resident, Ana Ruiz.": after an inverted cue, a
 * person in apposition to a description @s that ends before @np_end names the speaker: @s
 * becomes the person and *@np_end the end of the name.  A few words may finish the description
 * first ("of them"); the name must end the apposition (a comma or the sentence's end). */
void
q_speaker_apposition (QDoc *d, guint32 limit, QSpeaker *s, guint32 *np_end)
{
  guint32 c = *np_end, a, b;
  gint32 m;

  if (!s->found || s->entity >= 0 || s->name)
    return;
  while (c < limit && c - *np_end < 4 && q_is_word (d, c) && d->tok[c].dq < 0)
    c++;
  if (c + 1 >= limit || !q_tok_char (d, c, ","))
    return;
  c++;
  if (c < limit && d->tok[c].mention < 0)
    c = skip_titles (d, c, MIN (limit, c + NAME_MAX_WORDS));
  m = d->tok[c].mention;
  if (m < 0 || d->in->mentions[m].label != Q_LABEL_PER || d->in->mentions[m].entity < 0)
    return;
  mention_tokens (d, c, &a, &b);
  if (a != c || (b < limit && !q_tok_char (d, b, ",.;") && d->tok[b].kind != Q_TOKEN_QUOTE))
    return;
  q_speaker_clear (s);
  set_mention_at (d, s, c);
  *np_end = b;
}

/* Where the subject of a sentence that starts at @i begins, before @end: after a dateline,
 * openers ("However,") and a fronted adverbial up to its comma ("In an interview on Friday,",
 * "Asked about the talks,"); G_MAXUINT32 when such an adverbial has no comma, so the subject
 * cannot be told. */
guint32
q_subject_start (const QDoc *d, guint32 i, guint32 end)
{
  i = q_skip_dateline (d, i, end);
  while (i < end && q_is_word (d, i) && (d->tok[i].flags & W_OPENER))
    i++;
  while (i < end && q_tok_char (d, i, ","))
    i++;
  if (i < end && q_is_word (d, i)
      && (d->tok[i].flags & (W_PREP | W_SUBORD | W_ING | W_TIME | W_ADV | W_ED))
      && !(d->tok[i].flags & W_PRON))
    { /* (a name is no opener: classify_tokens() takes W_ING and W_ED off a mention's
       * capitalised words) */
      guint32 j = i;

      while (j < end && j - i < 30 && !q_tok_char (d, j, ",") && d->tok[j].dq < 0)
        j++;
      if (j < end && q_tok_char (d, j, ","))
        return j + 1;
      /* An adverbial participle takes its comma, so a capitalised one before a name with none
       * is a title of the subject ("Ranking Member X questioned …", "Acting Director X said
       * …"). */
      if (!((d->tok[i].flags & (W_ING | W_ED)) && (d->tok[i].flags & T_CAP) && i + 1 < end
            && q_is_name_word (d, i + 1)))
        return G_MAXUINT32;
    }
  return i;
}

/* The entity the noun phrase [i, np_end) is headed by or names a person of
 * ("the group's leader Ali Bongo"), or -1. */
static int
np_entity (const QDoc *d, guint32 i, guint32 np_end)
{
  for (guint32 k = np_end; k-- > i;)
    {
      gint32 m = d->tok[k].mention;

      if (m >= 0 && d->in->mentions[m].entity >= 0
          && (d->in->mentions[m].label == Q_LABEL_PER || k == np_end - 1)
          && !titles_only (d, k, k + 1))
        return d->in->mentions[m].entity;
    }
  return -1;
}

/* The subject of unit @u, for pronouns later on: after a leading adverbial
 * ("In an interview with VOA on Friday, President Afewerki said …"). */
void
q_unit_subject (QDoc *d, guint32 u)
{
  guint32 i = d->units[u].first, end = d->units[u].end;
  guint32 np_end;

  if (d->unit_subject[u] >= 0)
    return;
  i = q_subject_start (d, i, end);
  if (i >= end || d->tok[i].dq >= 0 || !q_is_word (d, i))
    return;
  /* Only what is cheap to know: a pronoun, a person, or an entity the phrase
   * is headed by (no names from the text: this runs for every sentence). */
  if (d->tok[i].flags & W_PRON)
    {
      d->unit_subject[u] = resolve_pronoun (d, i);
      return;
    }
  np_end = q_np_forward (d, i, end);
  d->unit_subject[u] = np_entity (d, i, np_end);
  if (d->unit_subject[u] >= 0)
    return;
  if (np_end == i + 1 || (np_end == i + 2 && (d->tok[i].flags & W_DET)))
    {
      char w[48];
      guint32 k = np_end - 1;

      if ((d->tok[k].flags & W_TITLE) && lower_tok (d, k, w, sizeof w, TRUE))
        d->unit_subject[u] = entity_by_title (d, w, k, FALSE);
    }
}

/* Acronym entities ("CPJ") are named by what they stand for in the document
 * ("Committee to Protect Journalists"): the entity of that name when there is
 * one, else the spelled-out name itself. */
static void
entity_name (QDoc *d, int e)
{
  guint32 a, b, k;
  int other;
  g_autofree char *name = NULL;

  if (d->entity_alias[e] != -1 || d->entity_name[e])
    return;
  d->entity_alias[e] = -2; /* tried */
  /* The first one-token all-capitals mention of each entity, found once for all the entities (a
   * scan of every token, then of every such mention, per entity was most of the cost). */
  if (!d->entity_acronym)
    d->entity_acronym = first_tokens_by_entity (d, acronym_mention);
  k = d->entity_acronym[e];
  if (k == G_MAXUINT32 || !expand_acronym (d, k, &a, &b))
    return;
  name = tokens_text (d, a, b);
  other = entity_named (d, name, e);
  if (other >= 0)
    {
      d->entity_alias[e] = other;
      return;
    }
  d->entity_name[e] = g_steal_pointer (&name);
}

/* The entity a speaker is reported as: an acronym's entity gives way to the
 * entity of the name it stands for. */
int
q_speaker_entity (QDoc *d, const QSpeaker *s)
{
  if (!s->found || s->entity < 0 || (gsize)s->entity >= d->in->n_entities)
    return -1;
  entity_name (d, s->entity);
  return d->entity_alias[s->entity] >= 0 ? d->entity_alias[s->entity] : s->entity;
}

/* The speaker's name as written in the output: the entity's canonical name, a
 * name completed from the text, or the description. */
char *
q_speaker_text (QDoc *d, const QSpeaker *s)
{
  if (!s->found)
    return NULL;
  if (s->entity >= 0 && (gsize)s->entity < d->in->n_entities)
    {
      int e = s->entity;

      entity_name (d, e);
      if (d->entity_alias[e] >= 0 && d->in->entities[d->entity_alias[e]].name)
        e = d->entity_alias[e];
      else if (d->entity_name[e])
        return g_strdup (d->entity_name[e]);
      if (d->in->entities[e].name)
        return g_strdup (d->in->entities[e].label == Q_LABEL_PER
                             ? name_without_titles (d, d->in->entities[e].name)
                             : d->in->entities[e].name);
    }
  if (s->name)
    return g_strdup (s->name);
  if (s->desc_end > s->desc_first)
    return tokens_text (d, s->desc_first, s->desc_end);
  if (s->end > s->first && !(s->end - s->first == 1 && (d->tok[s->first].flags & W_PRON)))
    return tokens_text (d, s->first, s->end);
  return NULL;
}
