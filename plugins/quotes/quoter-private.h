/* The quote engine's working state for one document, shared by marks.c,
 * speaker.c and quoter.c.  Nothing here outlives q_quoter_extract(). */
#pragma once

#include <string.h>

#include "lexicon.h"
#include "quoter.h"

struct _QQuoter
{
  QLexicon *lexicon;
};

/* Token bits beyond the lexicon's word classes (QTok.flags, above bit 28). */
enum
{
  T_CAP = 1u << 29,     /* starts with an upper-case letter */
  T_ALLCAPS = 1u << 30, /* two or more letters, none lower case */
  T_POSS = 1u << 31,    /* ends in 's / ’s / s’ */
};

typedef struct
{
  guint32 flags;
  guint16 cue;    /* QWord.cue */
  guint8 gender;  /* QWord.gender */
  guint8 kind;    /* QTokenKind */
  gboolean used;  /* inside a reported region or an attribution already */
  gint32 mention; /* the mention covering the token, or -1 */
  gint32 dq;      /* the direct quote span holding the token (marks included), or -1 */
  guint32 para;
  guint32 unit;
} QTok;

/* A person named in apposition to a description: the description's first token and the
 * person's entity. */
typedef struct
{
  guint32 tok;
  int entity;
} QApposition;

/* A span of text between double quotation marks, within one paragraph. */
typedef struct
{
  guint32 open; /* token of the opening mark */
  guint32 last; /* token of the closing mark, or the paragraph's last token */
  gboolean closed;
  gboolean continues; /* opens a paragraph that continues the previous span */
  guint32 para;
  int record;    /* the quote record made from it, or -1 */
  gboolean used; /* part of a record (direct, fragment or mixed) */
} QDq;

typedef struct
{
  guint32 first;
  guint32 end; /* one past the last token */
} QTokRange;

/* Who a cue names. */
typedef struct
{
  int entity;                   /* -1: none */
  guint32 first, end;           /* the mention's tokens; first == end: none */
  guint32 desc_first, desc_end; /* a description's tokens when there is no entity */
  char *name;                   /* a name built from the text when there is no entity (owned) */
  gboolean found;
} QSpeaker;

/* A quotation found, before it becomes a QQuote. */
typedef struct
{
  gsize start, end;
  QQuoteType type;
  QSpeaker speaker;
  guint32 cue_first, cue_end; /* tokens; equal: no cue */
  guint group;
  guint32 para;
  guint32 anchor_tok; /* where it counts as said, for the quotes that inherit it */
} QRecord;

typedef struct _QNameIndex QNameIndex;

typedef struct
{
  const QQuoter *quoter;
  const QLexicon *lex;
  const QInput *in;
  const char *text;
  QTok *tok;
  guint32 n;
  QTokRange *paras;
  guint32 n_paras;
  QTokRange *units;
  guint32 n_units;
  GArray *dqs;           /* QDq */
  GArray *records;       /* QRecord */
  GArray *anchors;       /* QRecord: attributions without a quotation of their own */
  int *unit_subject;     /* per unit: the entity that is its subject, or -1 */
  guint8 *entity_gender; /* per entity: Q_GENDER_* */
  int *entity_alias;     /* per entity: the entity an acronym stands for, or -1 */
  char **entity_name;    /* per entity: the name an acronym stands for, or NULL */
  /* Title key (borrowed from the lexicon) -> GArray of QTitle: the persons introduced with it,
   * in token order. */
  GHashTable *title_keys;
  GArray *runs; /* QRun: runs of capitalised words, built when first needed */
  /* Built with runs: initials -> GUINT_TO_POINTER (1 + the index of the first run with them),
   * and the lower-case word after a run's "or" or "(" -> GArray of guint: run indices, in order. */
  GHashTable *run_initials, *run_or;
  /* Per entity: the token of its first one-token all-capitals mention, or G_MAXUINT32; built
   * when first needed. */
  guint32 *entity_acronym;
  /* Per entity: the token of its first mention, or G_MAXUINT32; built when first needed. */
  guint32 *entity_first;
  /* An entity's name (borrowed) -> GINT_TO_POINTER (1 + the first entity of that name), and per
   * entity the next entity of the same name, or -1; built when first needed. */
  GHashTable *entity_by_name;
  int *entity_next_named;
  guint32 *prev_mention[Q_GENDER_SPEAKER]; /* per pronoun gender, for each token k: the
                                            * nearest token before k with a mention of that
                                            * gender, or G_MAXUINT32; built when first needed */
  /* The last word of an organisation's name (ASCII lower case) -> GArray of guint32: the
   * tokens of its mentions, in order; built when first needed. */
  GHashTable *org_heads;
  /* The name words by word, each with its tokens in order (speaker.c); built when first
   * needed. */
  QNameIndex *names;
  /* The last word of a person's name (ASCII lower case) -> GINT_TO_POINTER (1 + the entity),
   * or -1 when several persons' names end with it; built when first needed. */
  GHashTable *person_last_words;
  /* A description a person is named in apposition to ("his lawyer" of "His lawyer, X," or "X,
   * his lawyer,"), lower case without its article -> GArray of QApposition, in order; built when
   * first needed. */
  GHashTable *appositions;
  guint next_group;
} QDoc;

typedef struct
{
  guint32 first, end;
  char initials[16];
} QRun;

typedef struct
{
  int entity;
  guint32 tok;
  int other; /* the second person a plural title introduces ("Senators A and B"), or -1 */
} QTitle;

/* marks.c */
void q_pair_marks (QDoc *d);

/* ---- Small tests on tokens ----
 * Called from every rule of quoter.c and speaker.c (a few hundred thousand
 * calls per megabyte of text), so they are inline: with the word a literal,
 * q_tok_is() becomes a length test and a few byte compares. */

static inline gboolean
q_is_word (const QDoc *d, guint32 i)
{
  return i < d->n && d->tok[i].kind == Q_TOKEN_WORD;
}

/* Whether token @i is @word (lower case), compared without case (ASCII). */
static inline gboolean
q_tok_is (const QDoc *d, guint32 i, const char *word)
{
  const gsize n = strlen (word);
  const QRange *r;
  const char *s;

  if (i >= d->n)
    return FALSE;
  r = &d->in->tokens[i];
  if (r->end - r->start != n)
    return FALSE;
  s = d->text + r->start;
  for (gsize k = 0; k < n; k++)
    {
      char c = s[k];

      if (c >= 'A' && c <= 'Z')
        c = (char)(c + ('a' - 'A'));
      if (c != word[k])
        return FALSE;
    }
  return TRUE;
}

/* Whether token @i is one ASCII character out of @chars. */
static inline gboolean
q_tok_char (const QDoc *d, guint32 i, const char *chars)
{
  const QRange *r;

  if (i >= d->n)
    return FALSE;
  r = &d->in->tokens[i];
  return r->end - r->start == 1 && strchr (chars, d->text[r->start]) != NULL;
}

/* Whether token @i is one of the @n lower-case @words: a short closed list that one rule needs
 * ("hit cut hurt …"), too small or too special for a word class of the lexicon. */
static inline gboolean
q_tok_among (const QDoc *d, guint32 i, const char *const *words, gsize n)
{
  for (gsize k = 0; k < n; k++)
    if (q_tok_is (d, i, words[k]))
      return TRUE;
  return FALSE;
}

/* - – — -- as a token of its own. */
static inline gboolean
q_is_dash (const QDoc *d, guint32 i)
{
  const QRange *r;
  const char *s;
  gsize n;

  if (i >= d->n || d->tok[i].kind != Q_TOKEN_PUNCT)
    return FALSE;
  r = &d->in->tokens[i];
  s = d->text + r->start;
  n = r->end - r->start;
  if (n >= 1 && s[0] == '-')
    return TRUE;
  return n == 3 && (guchar)s[0] == 0xE2 && (guchar)s[1] == 0x80
         && ((guchar)s[2] == 0x93 || (guchar)s[2] == 0x94);
}

/* The period of a title the segmenter did not know as an abbreviation ("Spc" "."). */
static inline gboolean
q_is_title_dot (const QDoc *d, guint32 i)
{
  return i > 0 && i < d->n && q_tok_char (d, i, ".") && q_is_word (d, i - 1)
         && (d->tok[i - 1].flags & W_TITLE) && d->in->tokens[i - 1].end == d->in->tokens[i].start;
}

/* A capitalised word that can be part of a name: not a sentence-initial
 * function word ("The", "In", "But"). */
static inline gboolean
q_is_name_word (const QDoc *d, guint32 i)
{
  guint32 f;

  if (!q_is_word (d, i))
    return FALSE;
  f = d->tok[i].flags;
  if (!(f & T_CAP))
    return FALSE;
  return !(f
           & (W_DET | W_PRON | W_PREP | W_CONJ | W_SUBORD | W_REL | W_THAT | W_AUX | W_OPENER
              | W_FUNCTION | W_NEG | W_PRON_OBJ | W_TIME | W_CUE | W_ADV | W_BE));
}

/* speaker.c */
void q_speaker_clear (QSpeaker *s);
void q_speaker_copy (QSpeaker *dst, const QSpeaker *src);
gboolean q_speaker_before (QDoc *d, guint32 cue, guint32 floor, QSpeaker *out, guint32 *subj_first);
gboolean q_speaker_after (QDoc *d, guint32 from, guint32 limit, QSpeaker *out, guint32 *np_end);
gboolean q_speaker_from_np (QDoc *d, guint32 first, guint32 end, QSpeaker *out);
guint32 q_skip_dateline (const QDoc *d, guint32 i, guint32 end);
guint32 q_subject_start (const QDoc *d, guint32 i, guint32 end);
void q_speaker_apposition (QDoc *d, guint32 limit, QSpeaker *s, guint32 *np_end);
guint32 q_np_forward (const QDoc *d, guint32 from, guint32 limit);
void q_unit_subject (QDoc *d, guint32 u);
void q_collect_titles (QDoc *d);
void q_entity_genders (QDoc *d);
int q_speaker_entity (QDoc *d, const QSpeaker *s);
char *q_speaker_text (QDoc *d, const QSpeaker *s);
void q_name_index_free (QNameIndex *x);
