/* The word lists of the quote engine: closed-class words, reporting verbs,
 * titles.  One hash lookup per word token gives its classes as bits. */
#pragma once

#include <glib.h>

#include "quoter.h"

G_BEGIN_DECLS

/* Word classes (QWord.flags).  A word can be in several. */
enum
{
  W_DET = 1u << 0,          /* the, a, his, some, several… */
  W_PRON = 1u << 1,         /* subject pronouns: he, she, it, they, we, I, you */
  W_PRON_OBJ = 1u << 2,     /* him, her, them, us, me */
  W_AUX = 1u << 3,          /* finite auxiliaries, modals and copulas: is, was, has, will, can… */
  W_NEG = 1u << 4,          /* not, never, n't forms */
  W_VERB = 1u << 5,         /* other frequent finite verb forms: won, made, wants, remains… */
  W_PREP = 1u << 6,         /* of, in, on, at… */
  W_CONJ = 1u << 7,         /* and, or, but, nor, yet */
  W_SUBORD = 1u << 8,       /* because, although, while, if, when… */
  W_REL = 1u << 9,          /* who, which, whom, whose, where */
  W_THAT = 1u << 10,        /* that */
  W_ADV = 1u << 11,         /* adverbs that sit between a subject and its verb: also, later… */
  W_TIME = 1u << 12,        /* Monday…Sunday, today, yesterday… */
  W_TITLE = 1u << 13,       /* titles and ranks: Mr., Gen., Secretary, spokesman… */
  W_SPEECH_NOUN = 1u << 14, /* statement, readout, remarks… */
  W_NONREPORT = 1u << 15,   /* "said farewell": objects that make "say" not a report */
  W_REACTION = 1u << 16,    /* "was X's first reaction": reaction, response, reply… */
  W_NAME_PARTICLE = 1u << 17, /* bin, al, de, van… inside names */
  W_OPENER = 1u << 18,        /* sentence openers: however, meanwhile, moreover, but, and… */
  W_ING = 1u << 19,           /* ends in -ing (computed) */
  W_ED = 1u << 20,            /* ends in -ed (computed) */
  W_LY = 1u << 21,            /* ends in -ly (computed) */
  W_QUANT = 1u << 22,         /* quantity words that start a noun phrase: many, some, most… */
  W_FUNCTION = 1u << 23,      /* any other function word that cannot be part of a name */
  W_BE = 1u << 24,            /* forms of "be" */
  W_BASE_VERB
  = 1u << 25,       /* base forms that read as finite after a plural subject: prove, remain… */
  W_CUE = 1u << 26, /* a reporting verb form (QWord.cue says which) */
  W_PLACE_WORD = 1u << 27, /* in, at, on… that start an adverbial after a reporting verb */
  W_PHRASE = 1u << 28,     /* the first word of a reporting phrase: "according", "pointed" … */
};

/* Properties of a reporting verb form (QCue.flags). */
enum
{
  C_CLAUSE = 1u << 0,      /* takes a content clause without "that" ("said the talks failed") */
  C_THAT = 1u << 1,        /* takes a "that" clause */
  C_DIRECT = 1u << 2,      /* attributes a quotation next to it ("…,” he asked.) */
  C_OBJECT = 1u << 3,      /* may take a hearer before the clause ("told reporters that") */
  C_ING = 1u << 4,         /* the -ing form ("…, saying the move…") */
  C_AFTER = 1u << 6,       /* may follow the reported clause ("…, the agency reported.") */
  C_SUBJUNCTIVE = 1u << 7, /* "recommends it be given" */
  C_FRAGMENT = 1u << 8,    /* attributes quoted fragments as its object ("called for “…”") */
};

typedef struct
{
  guint32 flags;
  guint16 cue;   /* index into the cue table + 1, or 0 */
  guint8 gender; /* for pronouns and titles: Q_GENDER_* */
  guint8 pad;
} QWord;

enum
{
  Q_GENDER_NONE = 0,
  Q_GENDER_MALE = 1,
  Q_GENDER_FEMALE = 2,
  Q_GENDER_PLURAL = 3,  /* they, we */
  Q_GENDER_NEUTER = 4,  /* it */
  Q_GENDER_SPEAKER = 5, /* I, you */
};

typedef struct
{
  const char *lemma; /* "say" */
  guint32 flags;
} QCue;

typedef struct _QLexicon QLexicon;

QLexicon *q_lexicon_new (void);
void q_lexicon_free (QLexicon *lexicon);

/* The classes of one word (bytes @word, @len; any case; ’ counts as ').  Unknown
 * words get the computed suffix classes only. */
QWord q_lexicon_lookup (const QLexicon *lexicon, const char *word, gsize len);

/* q_lexicon_lookup() of every word token (@kinds[i] Q_TOKEN_WORD, or every
 * token when @kinds is NULL) that is not empty, into @out[i]; the other
 * entries of @out are left as they are. */
void q_lexicon_lookup_tokens (const QLexicon *lexicon, const char *text, const QRange *tokens,
                              const guint8 *kinds, gsize n, QWord *out);

/* The reporting verb of a QWord.cue (which must not be 0). */
const QCue *q_lexicon_cue (const QLexicon *lexicon, guint16 cue);

/* The title a word stands for, without its abbreviation ("col." -> "colonel"), or
 * NULL when @word is not a title; @word is lower case. */
const char *q_lexicon_title_key (const QLexicon *lexicon, const char *word);

/* Whether @word (lower case) begins a compound rank before another title: "staff" in "Staff
 * Sgt.", "tech." in "Tech. Sgt.", "lance" in "Lance Cpl.". */
gboolean q_lexicon_rank_modifier (const QLexicon *lexicon, const char *word);
/* Lower-cases @word into @buf (ASCII letters only; ’ becomes '), drops a final
 * possessive 's / ’s when @strip_possessive, and returns the length, or 0 when
 * @len does not fit in @size. */
gsize q_lower (const char *word, gsize len, char *buf, gsize size, gboolean strip_possessive);

/* Whether @lower (a lower-case word) is the base form of a verb: a word of Debian's word
 * list that also has its -s, -ed and -ing forms there (base-verbs.h).  Many are nouns too
 * ("water"); not one of the word classes above, and looked up only where the syntax already
 * wants a verb. */
gboolean q_lexicon_base_verb (const char *lower);

/* Whether a first name is known as a woman's or a man's: Q_GENDER_*. */
guint8 q_lexicon_first_name_gender (const QLexicon *lexicon, const char *lower);

G_END_DECLS
