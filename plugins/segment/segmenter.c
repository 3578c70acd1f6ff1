/* The segmentation engine: one pass over the bytes makes the tokens; paragraphs
 * and sentences are then decided over the token array alone, using flags the
 * tokenizer set, so the text is decoded only once.
 *
 * Token rules, in short (tests/segment/README lists them with examples):
 *  - a word is a run of letters (any script), combining marks and digits; it
 *    continues across a hyphen or an apostrophe between two letters/digits
 *    (post-conflict, don't, O'Brien, Netanyahu’s: the possessive ’s is NOT
 *    split off, a later stage may strip it), across "." between two letters
 *    (U.S, e.g, example.com), "&" between capitals (AT&T) and "_";
 *  - a number is digits joined by "." "," ":" "/" "-" between digits (3.5,
 *    1,000,000, 12:30, 24/7, 1990-2000) with an optional trailing "%";
 *    digits followed by letters make a word (1990s, 3D);
 *  - the period after an abbreviation stays in its token: known ones (Mr.,
 *    Inc.), letters joined by dots (U.S., a.m.), single capital initials (F.),
 *    and "No."-like ones only before a number (No. 5);
 *  - quotes, dashes and other punctuation are one character each, except runs
 *    of "." (ellipsis), of "?"/"!", of "-" and of "_";
 *  - URLs (http://, https://, ftp://, www.) and e-mail addresses are one token;
 *  - a CJK ideograph is a token of its own (the text has no spaces); runs of
 *    other letters without spaces (Thai, kana) stay one word.
 */
#include "segmenter.h"

#include <string.h>

#if defined(__SSE2__) && defined(__GNUC__)
#include <emmintrin.h>
#define SEG_SSE2 1
#endif

struct _SegSegmenter
{
  GHashTable *abbreviations; /* word without its period -> Abbrev, as a pointer */
  GHashTable *starters;      /* capitalized words that typically open a sentence */
  GHashTable *speech_verbs;  /* "asked": “Why?” Blinken asked. is one sentence */
  SegParagraphMode mode;
};

/* Lookups copy the word into a stack buffer rather than allocating a key. */
#define MAX_KEY 64

typedef enum
{
  ABBREV_NONE = 0,
  ABBREV_AMBIGUOUS, /* may end a sentence: U.S., Inc., etc., Jan. */
  ABBREV_PREFIX,    /* never ends one: Mr., Dr., e.g. */
  ABBREV_NUMERIC,   /* an abbreviation only before a number: No. 5, Fig. 3 */
  ABBREV_RANK,      /* only before a title abbreviation: Tech. Sgt. */
} Abbrev;

/* clang-format off */
/* Titles and other abbreviations always followed by what they qualify. */
static const char *const prefix_abbreviations[] = {
  "Mr", "Mrs", "Ms", "Mx", "Messrs", "Mmes", "Dr", "Drs", "Prof", "Profs", "Gen", "Gens", "Sen",
  "Sens", "Rep", "Reps", "Gov", "Govs", "Lt", "Col", "Sgt", "Capt", "Cpl", "Pvt", "Adm", "Maj",
  "Brig", "Cmdr", "Cdr", "Pres", "Supt", "Det", "Insp", "Hon", "Rev", "Fr", "Msgr", "Mt", "Ft",
  "Atty", "Spc", "Pfc", "Ens", "Cpt", "e.g", "i.e", "cf", "viz", "vs", "Vs", "v", "approx", NULL,
};

/* Abbreviations that may also end a sentence. */
static const char *const ambiguous_abbreviations[] = {
  /* companies, names, addresses */
  "Inc", "Corp", "Ltd", "Co", "Cos", "Bros", "Jr", "Sr", "St", "Ave", "Blvd", "Rd", "Sq", "Hwy",
  "Dept", "Univ", "Assn", "Inst", "etc", "al", "Ph.D", "M.Sc", "B.Sc", "M.Phil", "D.Phil",
  /* months (May is never abbreviated) */
  "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
  /* U.S. states as news agencies write them */
  "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans",
  "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore",
  "Pa", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo", NULL,
};

/* Abbreviations only when a number follows: "No. 5" but "The answer was no." */
static const char *const numeric_abbreviations[] = {
  "No", "no", "Nos", "nos", "Nr", "Fig", "fig", "Figs", "figs", "Vol", "vol", "Vols", "vols",
  "p", "pp", "Art", "art", "Sec", "sec", "Ch", "ch", "Chap", "Eq", "eq", "Ref", "ref", "Tel",
  "tel", "est", "ca", "c", NULL,
};

/* The first word of a rank that is abbreviated only before another title: "Tech. Sgt." (the
 * U.S. Air Force's technical sergeant), while "Virginia Tech." may end a sentence. */
static const char *const rank_abbreviations[] = {
  "Tech", NULL,
};

/* After an abbreviation that may end a sentence (U.S., Inc., an initial), a
 * capitalized word is usually a continuation ("the U.S. Army", "John F.
 * Kennedy"); only when it is one of these typical sentence openers is the
 * period taken as the end of the sentence ("…in the U.S. The next day…"). */
static const char *const sentence_starters[] = {
  "A", "An", "The", "This", "That", "These", "Those", "There", "Here", "It", "Its", "It's",
  "It’s", "He", "She", "His", "Her", "They", "Their", "We", "Our", "I", "My", "You", "Your",
  "Who", "What", "When", "Where", "Why", "How", "Which", "But", "And", "Or", "So", "Yet", "Nor",
  "However", "Meanwhile", "Moreover", "Furthermore", "Nevertheless", "Also", "Then", "Now",
  "Later", "Thus", "Therefore", "Instead", "Indeed", "Still", "If", "In", "On", "At", "As",
  "By", "For", "From", "Of", "To", "With", "Without", "After", "Before", "Since", "While",
  "Although", "Though", "Because", "Despite", "During", "Under", "Some", "Many", "Most", "All",
  "Both", "Each", "Every", "Several", "Such", "No", "None", "Nothing", "One", "Another",
  "Other", "Others", "Last", "Next", "First", "Earlier", "Today", "Yesterday", "Tomorrow",
  "Yes", "Nobody", "Everybody", "Everyone", "Somebody", "Someone", NULL,
};

/* “Why?” Blinken asked. — after a closing quote, a capitalized name and then
 * one of these continue the sentence. */
static const char *const speech_verbs[] = {
  "said", "says", "asked", "asks", "added", "adds", "told", "tells", "replied", "replies",
  "wrote", "writes", "shouted", "cried", "whispered", "explained", "noted", "continued",
  "insisted", "argued", "stated", "declared", "answered", "responded", "remarked", "exclaimed",
  "yelled", "warned", "recalled", "wondered", "demanded", "laughed", "sighed", "countered",
  "conceded", NULL,
};
/* clang-format on */

static const char *const kind_names[SEG_N_KINDS] = {
  [SEG_WORD] = "word",     [SEG_NUMBER] = "number", [SEG_PUNCT] = "punct", [SEG_QUOTE] = "quote",
  [SEG_SYMBOL] = "symbol", [SEG_URL] = "url",       [SEG_EMAIL] = "email",
};

const char *
seg_kind_to_string (SegKind kind)
{
  g_return_val_if_fail (kind < SEG_N_KINDS, NULL);
  return kind_names[kind];
}

static void
add_words (GHashTable *table, const char *const *words, Abbrev value)
{
  for (; *words; words++)
    g_hash_table_insert (table, g_strdup (*words), GINT_TO_POINTER (value));
}

static void init_bmp_class (void);

SegSegmenter *
seg_segmenter_new (const char *const *abbreviations, SegParagraphMode mode)
{
  SegSegmenter *seg = g_new0 (SegSegmenter, 1);

  /* Every scan goes through a segmenter, so the table is ready before any. */
  init_bmp_class ();
  seg->mode = mode;
  seg->abbreviations = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  add_words (seg->abbreviations, ambiguous_abbreviations, ABBREV_AMBIGUOUS);
  add_words (seg->abbreviations, prefix_abbreviations, ABBREV_PREFIX);
  add_words (seg->abbreviations, numeric_abbreviations, ABBREV_NUMERIC);
  add_words (seg->abbreviations, rank_abbreviations, ABBREV_RANK);
  for (; abbreviations && *abbreviations; abbreviations++)
    {
      const char *word = *abbreviations;
      gsize len = strlen (word);

      /* Be lenient with "Amb." for "Amb": the period is what we look for. */
      if (len > 0 && word[len - 1] == '.')
        len--;
      if (len == 0 || len >= MAX_KEY)
        continue;
      /* The user's word replaces a built-in one: "No" becomes a plain abbreviation. */
      g_hash_table_insert (seg->abbreviations, g_strndup (word, len),
                           GINT_TO_POINTER (ABBREV_AMBIGUOUS));
    }
  seg->starters = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  add_words (seg->starters, sentence_starters, 1);
  seg->speech_verbs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  add_words (seg->speech_verbs, speech_verbs, 1);
  return seg;
}

void
seg_segmenter_free (SegSegmenter *seg)
{
  if (!seg)
    return;
  g_hash_table_unref (seg->abbreviations);
  g_hash_table_unref (seg->starters);
  g_hash_table_unref (seg->speech_verbs);
  g_free (seg);
}

/* Looks up the word [s, s+n) without allocating. */
static int
lookup (GHashTable *table, const guchar *s, gsize n)
{
  char key[MAX_KEY];

  if (n == 0 || n >= sizeof key)
    return 0;
  memcpy (key, s, n);
  key[n] = '\0';
  return GPOINTER_TO_INT (g_hash_table_lookup (table, key));
}

/* ---- Characters ---- */

typedef enum
{
  CC_SPACE, /* whitespace, controls, invisible format characters: in no token */
  CC_UPPER, /* upper and title case letters */
  CC_LOWER,
  CC_LETTER,    /* letters without case (Arabic, Hebrew, kana, …), letter numbers */
  CC_IDEO,      /* CJK ideographs: a token each */
  CC_MARK,      /* combining marks and joiners (ZWJ, ZWNJ, soft hyphen): stay with their base */
  CC_DIGIT,     /* decimal digits of any script, other numbers (² ½) */
  CC_CONNECTOR, /* _ and other connector punctuation */
  CC_HYPHEN,    /* - ‐ ‑ : joins inside a word, else punctuation */
  CC_APOS,      /* ' ’ : joins inside a word, else a quote */
  CC_PERIOD,    /* . */
  CC_TERM,      /* ? ! … and the full stops of other scripts */
  CC_QUOTE,
  CC_DASH, /* – — and other dashes: always a token of their own */
  CC_OPEN,
  CC_CLOSE,
  CC_PUNCT,
  CC_SYMBOL,
} CharClass;

#define IS_LETTER(c) ((c) == CC_UPPER || (c) == CC_LOWER || (c) == CC_LETTER)
#define IS_ALNUM(c)  (IS_LETTER (c) || (c) == CC_DIGIT)

/* clang-format off */
/* ASCII is classified by table: most text is ASCII and this is the hot path. */
#define S_ CC_SPACE
#define U_ CC_UPPER
#define L_ CC_LOWER
#define D_ CC_DIGIT
#define Y_ CC_SYMBOL
#define P_ CC_PUNCT
#define T_ CC_TERM
#define Q_ CC_QUOTE
#define A_ CC_APOS
#define O_ CC_OPEN
#define C_ CC_CLOSE
#define H_ CC_HYPHEN
#define E_ CC_PERIOD
#define K_ CC_CONNECTOR
static const guint8 ascii_class[128] = {
  S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, /* controls, \t \n \v \f \r */
  S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, /* controls */
  S_, T_, Q_, Y_, Y_, Y_, Y_, A_, O_, C_, Y_, Y_, P_, H_, E_, Y_, /* sp ! " # $ % & ' ( ) * + , - . / */
  D_, D_, D_, D_, D_, D_, D_, D_, D_, D_, P_, P_, Y_, Y_, Y_, T_, /* 0-9 : ; < = > ? */
  Y_, U_, U_, U_, U_, U_, U_, U_, U_, U_, U_, U_, U_, U_, U_, U_, /* @ A-O */
  U_, U_, U_, U_, U_, U_, U_, U_, U_, U_, U_, O_, Y_, C_, Y_, K_, /* P-Z [ \ ] ^ _ */
  Q_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, /* ` a-o */
  L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, O_, Y_, C_, Y_, S_, /* p-z { | } ~ DEL */
};
/* clang-format on */
#undef S_
#undef U_
#undef L_
#undef D_
#undef Y_
#undef P_
#undef T_
#undef Q_
#undef A_
#undef O_
#undef C_
#undef H_
#undef E_
#undef K_

/* For the inner loop of words: ASCII letters and digits, and which are letters; 0 for
 * everything else, bytes >= 0x80 included. */
enum
{
  WORD_BIT_ALNUM = 1,
  WORD_BIT_LETTER = 2,
};
static guint8 ascii_word_bits[256];

/* What ends such a run for good (see seg_tokenize): any run, or one with a letter. */
enum
{
  WORD_END_ALWAYS = 1,
  WORD_END_AFTER_LETTERS = 2,
};
static guint8 ascii_word_end[128];

/* The end of the run of ASCII letters and digits at p (p < end, *p one of them), and in
 * *letters whether it has a letter.  Eight bytes a step where the text goes on that far:
 * the byte loop's exit, at a different length for every word, was a third of the
 * tokenizer's time.  Bytes strictly between two values are found with the "hasbetween"
 * test of Bit Twiddling Hacks, exact per byte for ASCII; bytes >= 0x80 count as neither. */
static inline const guchar *
scan_alnum_run (const guchar *p, const guchar *end, gboolean *letters)
{
  const guchar *q = p;
  guint8 seen = 0;

#ifdef SEG_SSE2
  /* Sixteen bytes a step with SSE2 (every x86-64 has it): signed compares, so bytes
   * >= 0x80 (negative) are neither letters nor digits, as below. */
  {
    const __m128i case_bit = _mm_set1_epi8 (0x20);
    const __m128i before_a = _mm_set1_epi8 ('a' - 1), after_z = _mm_set1_epi8 ('z' + 1);
    const __m128i before_0 = _mm_set1_epi8 ('0' - 1), after_9 = _mm_set1_epi8 ('9' + 1);

    while (end - q >= 16)
      {
        __m128i x = _mm_loadu_si128 ((const __m128i *)(const void *)q);
        __m128i folded = _mm_or_si128 (x, case_bit);
        __m128i alpha = _mm_and_si128 (_mm_cmpgt_epi8 (folded, before_a),
                                       _mm_cmplt_epi8 (folded, after_z));
        __m128i digit = _mm_and_si128 (_mm_cmpgt_epi8 (x, before_0), _mm_cmplt_epi8 (x, after_9));
        guint alpha_bits = (guint)_mm_movemask_epi8 (alpha);
        guint other = ~(alpha_bits | (guint)_mm_movemask_epi8 (digit)) & 0xFFFFu;

        if (other != 0)
          {
            guint n = (guint)__builtin_ctz (other);

            /* Only the bytes before the first other one belong to the run. */
            *letters = seen != 0 || (alpha_bits & ((1u << n) - 1)) != 0;
            return q + n;
          }
        seen |= alpha_bits != 0;
        q += 16;
      }
  }
#endif
#if G_BYTE_ORDER == G_LITTLE_ENDIAN
  const guint64 ones = 0x0101010101010101u, lows = ones * 127, highs = ones * 128;
  while (end - q >= 8)
    {
      guint64 x, low, alpha, folded, digit, other;

      memcpy (&x, q, 8);
      low = x & lows;
      folded = (x | (ones * 0x20)) & lows;
      /* 'a' - 1 < (byte | 0x20) < 'z' + 1, '0' - 1 < byte < '9' + 1; never for byte >= 0x80. */
      alpha = (ones * (127 + 'z' + 1) - folded) & ~(x | (ones * 0x20)) & (folded + ones * (127 - ('a' - 1))) & highs;
      digit = (ones * (127 + '9' + 1) - low) & ~x & (low + ones * (127 - ('0' - 1))) & highs;
      other = ~(alpha | digit) & highs;
      if (other != 0)
        {
          guint n = (guint)__builtin_ctzll (other) / 8;
          /* Only the bytes before the first other one belong to the run. */
          guint64 in_run = n == 0 ? 0 : ~G_GUINT64_CONSTANT (0) >> (64 - 8 * n);
          *letters = seen != 0 || (alpha & in_run) != 0;
          return q + n;
        }
      seen |= alpha != 0;
      q += 8;
    }
#endif
  {
    guint8 bits;
    while (q < end && (bits = ascii_word_bits[*q]) != 0)
      {
        seen |= bits & WORD_BIT_LETTER;
        q++;
      }
  }
  *letters = seen != 0;
  return q;
}

/* Decodes the character at p (p < end) and stores its length in *n.  An
 * invalid or truncated sequence reads as U+FFFD of length 1, so that scanning
 * always advances and never reads past @end. */
static inline gunichar
decode (const guchar *p, const guchar *end, gsize *n)
{
  guchar b = p[0];
  gsize avail = (gsize)(end - p);
  gunichar c;

  if (b < 0x80)
    {
      *n = 1;
      return b;
    }
  if (b >= 0xC2 && b <= 0xDF && avail >= 2 && (p[1] & 0xC0) == 0x80)
    {
      *n = 2;
      return ((gunichar)(b & 0x1F) << 6) | (p[1] & 0x3F);
    }
  if (b >= 0xE0 && b <= 0xEF && avail >= 3 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80)
    {
      c = ((gunichar)(b & 0x0F) << 12) | ((gunichar)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
      if (c >= 0x800 && (c < 0xD800 || c > 0xDFFF))
        {
          *n = 3;
          return c;
        }
    }
  else if (b >= 0xF0 && b <= 0xF4 && avail >= 4 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80
           && (p[3] & 0xC0) == 0x80)
    {
      c = ((gunichar)(b & 0x07) << 18) | ((gunichar)(p[1] & 0x3F) << 12)
          | ((gunichar)(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
      if (c >= 0x10000 && c <= 0x10FFFF)
        {
          *n = 4;
          return c;
        }
    }
  *n = 1;
  return 0xFFFD;
}

static inline gboolean
is_ideograph (gunichar c)
{
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF)
         || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x323AF) || c == 0x3005
         || c == 0x3007;
}

static CharClass
classify_unicode (gunichar c)
{
  switch (c)
    {
    case 0x2019: /* ’ right single quotation mark, the usual typographic apostrophe */
      return CC_APOS;
    case 0x2010: /* ‐ hyphen */
    case 0x2011: /* ‑ non-breaking hyphen */
      return CC_HYPHEN;
    case 0x00AD: /* soft hyphen */
    case 0x200C: /* zero width non-joiner (Persian, Indic) */
    case 0x200D: /* zero width joiner (Indic, emoji sequences) */
      return CC_MARK;
    case 0x200B: /* zero width space */
    case 0x2060: /* word joiner */
    case 0xFEFF: /* byte order mark */
    case 0x200E: /* left-to-right mark */
    case 0x200F: /* right-to-left mark */
    case 0x180E: /* Mongolian vowel separator */
      return CC_SPACE;
    case 0x2026: /* … */
    case 0x3002: /* 。 */
    case 0xFF0E: /* ． */
    case 0xFF01: /* ！ */
    case 0xFF1F: /* ？ */
    case 0xFF61: /* ｡ */
    case 0x061F: /* ؟ Arabic question mark */
    case 0x06D4: /* ۔ Urdu full stop */
    case 0x0964: /* । danda */
    case 0x0965: /* ॥ double danda */
    case 0x0589: /* ։ Armenian full stop */
    case 0x1362: /* ። Ethiopic full stop */
    case 0x203C: /* ‼ */
    case 0x203D: /* ‽ */
    case 0x2047: /* ⁇ */
    case 0x2048: /* ⁈ */
    case 0x2049: /* ⁉ */
      return CC_TERM;
    case 0x201A: /* ‚ and „ are "open punctuation" in Unicode, but quotes */
    case 0x201E:
    case 0x300C: /* 「 */
    case 0x300D: /* 」 */
    case 0x300E: /* 『 */
    case 0x300F: /* 』 */
    case 0x301D: /* 〝 */
    case 0x301E: /* 〞 */
    case 0x301F: /* 〟 */
    case 0xFF02: /* ＂ */
    case 0xFF07: /* ＇ */
      return CC_QUOTE;
    default:
      break;
    }
  if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) /* bidi controls */
    return CC_SPACE;
  if (is_ideograph (c))
    return CC_IDEO;
  switch (g_unichar_type (c))
    {
    case G_UNICODE_UPPERCASE_LETTER:
    case G_UNICODE_TITLECASE_LETTER:
      return CC_UPPER;
    case G_UNICODE_LOWERCASE_LETTER:
      return CC_LOWER;
    case G_UNICODE_MODIFIER_LETTER:
    case G_UNICODE_OTHER_LETTER:
    case G_UNICODE_LETTER_NUMBER:
      return CC_LETTER;
    case G_UNICODE_NON_SPACING_MARK:
    case G_UNICODE_SPACING_MARK:
    case G_UNICODE_ENCLOSING_MARK:
    case G_UNICODE_FORMAT:
      return CC_MARK;
    case G_UNICODE_DECIMAL_NUMBER:
    case G_UNICODE_OTHER_NUMBER:
      return CC_DIGIT;
    case G_UNICODE_CONNECT_PUNCTUATION:
      return CC_CONNECTOR;
    case G_UNICODE_DASH_PUNCTUATION:
      return CC_DASH;
    case G_UNICODE_OPEN_PUNCTUATION:
      return CC_OPEN;
    case G_UNICODE_CLOSE_PUNCTUATION:
      return CC_CLOSE;
    case G_UNICODE_INITIAL_PUNCTUATION:
    case G_UNICODE_FINAL_PUNCTUATION:
      return CC_QUOTE;
    case G_UNICODE_OTHER_PUNCTUATION:
      return CC_PUNCT;
    case G_UNICODE_SPACE_SEPARATOR:
    case G_UNICODE_LINE_SEPARATOR:
    case G_UNICODE_PARAGRAPH_SEPARATOR:
    case G_UNICODE_CONTROL:
      return CC_SPACE;
    default:
      /* Symbols, and also private-use and unassigned characters (emoji newer
       * than GLib's tables): they must still land in some token. */
      return CC_SYMBOL;
    }
}

/* The classes of U+0000..U+2FFF, computed once: Latin, Greek, Cyrillic, Hebrew,
 * Arabic, Indic scripts and general punctuation (curly quotes, dashes) then
 * cost a table lookup instead of a search in GLib's Unicode tables. */
static guint8 bmp_class[0x3000];

static void
init_bmp_class (void)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      for (gunichar c = 0; c < G_N_ELEMENTS (bmp_class); c++)
        bmp_class[c] = (guint8)(c < 0x80 ? ascii_class[c] : classify_unicode (c));
      for (guint b = 0; b < 0x80; b++)
        {
          CharClass cls = (CharClass)ascii_class[b];
          if (cls == CC_UPPER || cls == CC_LOWER)
            ascii_word_bits[b] = WORD_BIT_ALNUM | WORD_BIT_LETTER;
          else if (cls == CC_DIGIT)
            ascii_word_bits[b] = WORD_BIT_ALNUM;
          /* In scan_word() these classes never join and start nothing after a word. */
          if (cls == CC_SPACE || cls == CC_CLOSE || cls == CC_QUOTE || cls == CC_TERM)
            ascii_word_end[b] = WORD_END_ALWAYS | WORD_END_AFTER_LETTERS;
          /* "," and ";" join only digits of a number without letters (1,000). */
          else if (b == ',' || b == ';')
            ascii_word_end[b] = WORD_END_AFTER_LETTERS;
        }
      g_once_init_leave (&initialized, 1);
    }
}

/* The class of the character at p (p < end); its length goes to *n, the code point to *cp. */
static inline CharClass
class_at (const guchar *p, const guchar *end, gsize *n, gunichar *cp)
{
  if (*p < 0x80)
    {
      *n = 1;
      *cp = *p;
      return (CharClass)ascii_class[*p];
    }
  *cp = decode (p, end, n);
  return *cp < G_N_ELEMENTS (bmp_class) ? (CharClass)bmp_class[*cp] : classify_unicode (*cp);
}

/* Punctuation that continues a sentence and never starts one. */
static gboolean
is_continuation (gunichar c)
{
  switch (c)
    {
    case ',':
    case ';':
    case ':':
    case 0x060C: /* ، Arabic comma */
    case 0x061B: /* ؛ Arabic semicolon */
    case 0x3001: /* 、 */
    case 0xFF0C: /* ， */
    case 0xFF1A: /* ： */
    case 0xFF1B: /* ； */
      return TRUE;
    default:
      return FALSE;
    }
}

/* ---- Tokens ---- */

/* Combining marks after a non-letter (a quote with an accent, a variation
 * selector) stay in its token, so that no token starts inside a character cluster. */
static const guchar *
skip_marks (const guchar *q, const guchar *end)
{
  while (q < end && *q >= 0x80)
    {
      gsize n;
      gunichar c;

      if (class_at (q, end, &n, &c) != CC_MARK)
        break;
      q += n;
    }
  return q;
}

/* An emoji is a symbol with modifiers: variation selectors and keycaps (marks),
 * skin tones, zero-width-joined sequences, and flag pairs. */
static const guchar *
scan_symbol (const guchar *q, const guchar *end, gunichar first)
{
  gsize n;
  gunichar c;

  if (first >= 0x1F1E6 && first <= 0x1F1FF && q < end && *q >= 0x80)
    {
      c = decode (q, end, &n);
      if (c >= 0x1F1E6 && c <= 0x1F1FF)
        q += n;
    }
  while (q < end && *q >= 0x80)
    {
      CharClass cls = class_at (q, end, &n, &c);

      if (cls == CC_MARK)
        {
          q += n;
          if (c == 0x200D && q < end && *q >= 0x80 && class_at (q, end, &n, &c) == CC_SYMBOL)
            q += n;
        }
      else if (c >= 0x1F3FB && c <= 0x1F3FF)
        {
          q += n;
        }
      else
        {
          break;
        }
    }
  return q;
}

static inline gboolean
is_ascii_alnum (guchar b)
{
  return b < 0x80
         && (ascii_class[b] == CC_UPPER || ascii_class[b] == CC_LOWER
             || ascii_class[b] == CC_DIGIT);
}

/* A cheap test before scan_url(): "he", "with" and "for" are frequent words. */
static inline gboolean
maybe_url (const guchar *p, const guchar *end)
{
  if (end - p < 5)
    return FALSE;
  switch (p[0] | 0x20)
    {
    case 'h':
      return (p[1] | 0x20) == 't' && (p[2] | 0x20) == 't' && (p[3] | 0x20) == 'p';
    case 'f':
      return (p[1] | 0x20) == 't' && (p[2] | 0x20) == 'p' && p[3] == ':';
    case 'w':
      return (p[1] | 0x20) == 'w' && (p[2] | 0x20) == 'w' && p[3] == '.';
    default:
      return FALSE;
    }
}

/* Returns the end of a URL starting at p, or NULL.  Trailing punctuation that
 * ends the sentence around it is left out, and so is a closing bracket that
 * has no opening one inside the URL: (see https://example.com/a_(b)). */
static const guchar *
scan_url (const guchar *p, const guchar *end)
{
  static const char *const schemes[] = { "http://", "https://", "ftp://", "www." };
  gsize avail = (gsize)(end - p);
  gsize skip = 0;
  const guchar *q;
  int parens = 0, brackets = 0;

  for (gsize i = 0; i < G_N_ELEMENTS (schemes); i++)
    {
      gsize n = strlen (schemes[i]);

      if (avail > n && g_ascii_strncasecmp ((const char *)p, schemes[i], n) == 0)
        {
          skip = n;
          break;
        }
    }
  if (skip == 0 || !is_ascii_alnum (p[skip]))
    return NULL;
  for (q = p + skip; q < end;)
    {
      guchar b = *q;

      if (b < 0x80)
        {
          if (b <= ' ' || b == 0x7F || strchr ("\"'<>`{}|\\^", b))
            break;
          parens += (b == '(') - (b == ')');
          brackets += (b == '[') - (b == ']');
          q++;
        }
      else
        {
          gsize n;
          gunichar c;
          CharClass cls = class_at (q, end, &n, &c);

          if (!(IS_ALNUM (cls) || cls == CC_IDEO || cls == CC_MARK || cls == CC_SYMBOL))
            break;
          q += n;
        }
    }
  while (q > p + skip)
    {
      guchar b = q[-1];

      if (strchr (".,;:!?*", b))
        q--;
      else if (b == ')' && parens < 0)
        q--, parens++;
      else if (b == ']' && brackets < 0)
        q--, brackets++;
      else
        break;
    }
  return q;
}

static inline gboolean
is_email_local (guchar b)
{
  return is_ascii_alnum (b) || b == '.' || b == '_' || b == '%' || b == '+' || b == '-';
}

/* Returns the end of an e-mail address starting at p, or NULL: an ASCII local
 * part of at most 64 bytes, "@", and at least two dot-separated labels. */
static const guchar *
scan_email (const guchar *p, const guchar *end)
{
  const guchar *q = p, *label;
  guint labels = 0;

  while (q < end && q - p <= 64 && is_email_local (*q))
    q++;
  if (q == p || q >= end || *q != '@')
    return NULL;
  for (q++;; q++)
    {
      for (label = q; q < end && (is_ascii_alnum (*q) || *q == '-'); q++)
        ;
      if (q == label || *label == '-' || q[-1] == '-')
        return NULL;
      labels++;
      /* A final "." ends the sentence, not the address. */
      if (!(q + 1 < end && *q == '.' && is_ascii_alnum (q[1])))
        break;
    }
  return labels >= 2 ? q : NULL;
}

/* Scans a word or number starting at p; returns its end and sets *kind and *flags. */
static const guchar *
scan_word (const SegSegmenter *seg, const guchar *p, const guchar *end, CharClass first,
           guint *kind, guint *flags)
{
  const guchar *q = p;
  CharClass prev = CC_SPACE; /* class of the last letter or digit */
  gboolean has_letter = FALSE;
  gsize n_alnum = 0;              /* letters and digits */
  gsize segment = 0;              /* letters and digits since the last inner dot */
  gboolean dotted = FALSE;        /* letters joined by dots: U.S, e.g */
  gboolean single_letters = TRUE; /* …and each dotted segment one letter long */
  Abbrev abbrev = ABBREV_NONE;

  while (q < end)
    {
      guchar b = *q;
      gsize n, n2 = 0;
      gunichar c, c2;
      CharClass cls, next;
      gboolean join;

      /* Fast path: a run of ASCII letters and digits, most of a word, taken in one loop
       * that only looks each byte up; what the run was is worked out at its end. */
      if (b < 0x80)
        {
          if (ascii_word_bits[b] != 0)
            {
              const guchar *run = q;
              gboolean letters;
              q = scan_alnum_run (q, end, &letters);
              prev = (CharClass)ascii_class[q[-1]];
              has_letter |= letters;
              n_alnum += (gsize)(q - run);
              segment += (gsize)(q - run);
              continue;
            }
          cls = (CharClass)ascii_class[b];
          n = 1;
          c = b;
        }
      else
        {
          cls = class_at (q, end, &n, &c);
          if (IS_ALNUM (cls))
            {
              prev = cls;
              has_letter |= cls != CC_DIGIT;
              n_alnum++;
              segment++;
              q += n;
              continue;
            }
          if (cls == CC_MARK)
            {
              q += n;
              continue;
            }
        }

      /* Only these may join; most words end at a space. */
      if (!(cls == CC_HYPHEN || cls == CC_CONNECTOR || cls == CC_APOS || cls == CC_PERIOD
            || cls == CC_PUNCT || cls == CC_SYMBOL))
        break;
      /* A joiner continues the word only between the right neighbours. */
      next = q + n < end ? class_at (q + n, end, &n2, &c2) : CC_SPACE;
      switch (cls)
        {
        case CC_HYPHEN:
        case CC_CONNECTOR:
          join = IS_ALNUM (prev) && IS_ALNUM (next);
          break;
        case CC_APOS:
          join = IS_ALNUM (prev) && IS_LETTER (next);
          break;
        case CC_PERIOD:
          if (prev == CC_DIGIT && next == CC_DIGIT)
            {
              join = TRUE;
            }
          else if (IS_LETTER (prev) && IS_LETTER (next))
            {
              join = TRUE;
              dotted = TRUE;
              single_letters &= segment == 1;
              segment = 0;
            }
          else
            {
              join = FALSE;
            }
          break;
        case CC_PUNCT:
        case CC_SYMBOL:
          if (c == ',' || c == ':' || c == '/')
            join = prev == CC_DIGIT && next == CC_DIGIT && !has_letter;
          else if (c == '&')
            join = prev == CC_UPPER && next == CC_UPPER;
          else
            join = FALSE;
          break;
        default:
          join = FALSE;
          break;
        }
      if (join)
        {
          /* Skip the joiner and the character after it (a letter or digit). */
          prev = next;
          has_letter |= next != CC_DIGIT;
          n_alnum++;
          segment++;
          q += n + n2;
          continue;
        }

      /* Does the period end an abbreviation?  Not when an ellipsis starts here. */
      if (cls == CC_PERIOD && IS_LETTER (prev) && !(q + 1 < end && q[1] == '.'))
        {
          Abbrev found = (Abbrev)lookup (seg->abbreviations, p, (gsize)(q - p));

          if (found == ABBREV_NUMERIC)
            {
              const guchar *r = q + 1;

              while (r < end && *r == ' ')
                r++;
              found = r < end && g_ascii_isdigit (*r) ? ABBREV_PREFIX : ABBREV_NONE;
            }
          else if (found == ABBREV_RANK)
            {
              const guchar *r = q + 1, *w;

              while (r < end && *r == ' ')
                r++;
              w = r;
              while (r < end && g_ascii_isalpha (*r))
                r++;
              found = r < end && *r == '.'
                              && lookup (seg->abbreviations, w, (gsize)(r - w)) == ABBREV_PREFIX
                          ? ABBREV_PREFIX
                          : ABBREV_NONE;
            }
          else if (found == ABBREV_NONE && dotted && single_letters && segment == 1)
            {
              found = ABBREV_AMBIGUOUS; /* U.S., a.m., U.S.A. */
            }
          else if (found == ABBREV_NONE && n_alnum == 1 && prev == CC_UPPER)
            {
              found = ABBREV_AMBIGUOUS; /* an initial: John F. Kennedy */
            }
          if (found != ABBREV_NONE)
            {
              abbrev = found;
              q++;
              /* "U.S.-led" goes on as one word. */
              if (q + 1 < end && *q == '-' && is_ascii_alnum (q[1]))
                {
                  abbrev = ABBREV_NONE;
                  prev = CC_LETTER;
                  continue;
                }
            }
        }
      break;
    }

  *kind = has_letter || n_alnum == 0 ? SEG_WORD : SEG_NUMBER;
  *flags = 0;
  if (*kind == SEG_NUMBER && q < end && *q == '%')
    q++;
  /* '%' is the lowest of these: a word mostly ends at a space, which one test rules out. */
  if (abbrev == ABBREV_NONE && q < end && *q >= '%'
      && (*q == '@' || *q == '.' || *q == '_' || *q == '%' || *q == '+' || *q == '-'))
    {
      const guchar *e = scan_email (p, end);

      if (e)
        {
          *kind = SEG_EMAIL;
          return e;
        }
    }
  if (*kind == SEG_WORD)
    {
      if (first == CC_UPPER)
        *flags |= SEG_TOKEN_UPPER;
      else if (first == CC_LOWER)
        *flags |= SEG_TOKEN_LOWER;
    }
  if (abbrev == ABBREV_AMBIGUOUS)
    *flags |= SEG_TOKEN_ABBREV;
  else if (abbrev == ABBREV_PREFIX)
    *flags |= SEG_TOKEN_PREFIX;
  return q;
}

void
seg_tokenize (const SegSegmenter *seg, const char *text, gsize len, GArray *tokens)
{
  const guchar *base = (const guchar *)text;
  const guchar *p = base, *end = base + len;
  gsize count, capacity;
  guint breaks; /* line breaks since the last token */
  SegToken *out;

  g_return_if_fail (seg != NULL);
  g_return_if_fail (text != NULL || len == 0);
  g_return_if_fail (tokens != NULL && g_array_get_element_size (tokens) == sizeof (SegToken));

  /* Tokens are written straight into the array, grown in large steps, rather
   * than appended one call at a time: this loop runs for every token.  English
   * averages a token per 5-6 bytes. */
  count = tokens->len;
  breaks = 0;
  capacity = count + len / 5 + 16;
  g_array_set_size (tokens, (guint)capacity);
  out = (SegToken *)(void *)tokens->data;

  while (p < end)
    {
      guchar b = *p;
      const guchar *q;
      gsize n;
      gunichar c;
      CharClass cls;
      guint kind = SEG_PUNCT, flags = 0;

      if (b == ' ')
        {
          p++;
          continue;
        }
      if (b < 0x80 && ascii_class[b] == CC_SPACE)
        {
          /* Line breaks are counted here, once, for seg_paragraphs(). */
          if (b == '\n' || b == '\v' || (b == '\r' && (p + 1 >= end || p[1] != '\n')))
            breaks++;
          else if (b == '\f')
            breaks += 2;
          p++;
          continue;
        }
      /* The usual word: ASCII letters and digits up to a space, a closing bracket or
       * quote, "?" or "!" (or, after letters, "," or ";").  None of these can join it to
       * more, make it an abbreviation, a URL or an e-mail address, so scan_word() would
       * end it there too; anything else goes the long way. */
      if (b < 0x80 && ascii_word_bits[b] != 0)
        {
          gboolean letters;
          q = scan_alnum_run (p, end, &letters);
          if (q == end
              || (*q < 0x80
                  && (ascii_word_end[*q] & (letters ? WORD_END_AFTER_LETTERS : WORD_END_ALWAYS))))
            {
              if (letters)
                {
                  kind = SEG_WORD;
                  flags = ascii_class[b] == CC_UPPER   ? SEG_TOKEN_UPPER
                          : ascii_class[b] == CC_LOWER ? SEG_TOKEN_LOWER
                                                       : 0;
                }
              else
                kind = SEG_NUMBER;
              goto emit;
            }
        }
      cls = class_at (p, end, &n, &c);
      switch (cls)
        {
        case CC_SPACE:
          if (c == 0x85 || c == 0x2028) /* NEXT LINE, LINE SEPARATOR */
            breaks++;
          else if (c == 0x2029) /* PARAGRAPH SEPARATOR */
            breaks += 2;
          p += n;
          continue;
        case CC_UPPER:
        case CC_LOWER:
        case CC_LETTER:
        case CC_DIGIT:
        case CC_MARK:
          if (maybe_url (p, end))
            {
              q = scan_url (p, end);
              if (q)
                {
                  kind = SEG_URL;
                  break;
                }
            }
          q = scan_word (seg, p, end, cls, &kind, &flags);
          break;
        case CC_IDEO:
          q = skip_marks (p + n, end);
          kind = SEG_WORD;
          break;
        case CC_PERIOD:
          for (q = p + 1; q < end && *q == '.'; q++)
            ;
          flags = SEG_TOKEN_TERMINATOR | (q - p == 1 ? SEG_TOKEN_PERIOD : 0);
          break;
        case CC_TERM:
          if (b < 0x80)
            for (q = p + 1; q < end && (*q == '?' || *q == '!'); q++)
              ;
          else
            q = skip_marks (p + n, end);
          flags = SEG_TOKEN_TERMINATOR;
          break;
        case CC_HYPHEN:
          if (b == '-')
            for (q = p + 1; q < end && *q == '-'; q++)
              ;
          else
            q = skip_marks (p + n, end);
          break;
        case CC_APOS:
        case CC_QUOTE:
          q = skip_marks (p + n, end);
          kind = SEG_QUOTE;
          break;
        case CC_OPEN:
          q = skip_marks (p + n, end);
          flags = SEG_TOKEN_OPEN;
          break;
        case CC_CLOSE:
          q = skip_marks (p + n, end);
          flags = SEG_TOKEN_CLOSE;
          break;
        case CC_SYMBOL:
          q = scan_symbol (p + n, end, c);
          kind = SEG_SYMBOL;
          break;
        case CC_PUNCT:
          flags = is_continuation (c) ? SEG_TOKEN_CONTINUE : 0;
          q = skip_marks (p + n, end);
          break;
        case CC_CONNECTOR:
          if (b == '_')
            for (q = p + 1; q < end && *q == '_'; q++)
              ;
          else
            q = skip_marks (p + n, end);
          break;
        case CC_DASH:
        default:
          q = skip_marks (p + n, end);
          break;
        }
    emit:
      if (G_UNLIKELY (count == capacity))
        {
          capacity += capacity / 2 + 16;
          g_array_set_size (tokens, (guint)capacity);
          out = (SegToken *)(void *)tokens->data;
        }
      out[count].start = (gsize)(p - base);
      out[count].end = (gsize)(q - base);
      out[count].kind = (guint8)kind;
      if (G_UNLIKELY (breaks > 0))
        {
          flags |= SEG_TOKEN_BREAK | (breaks >= 2 ? SEG_TOKEN_BLANK : 0);
          breaks = 0;
        }
      out[count].flags = (guint16)flags;
      count++;
      p = q;
    }
  g_array_set_size (tokens, (guint)count);
}

/* ---- Paragraphs ---- */

void
seg_paragraphs (const SegSegmenter *seg, const char *text, gsize len, const GArray *tokens,
                GArray *paragraphs)
{
  const SegToken *t;
  guint16 ends;
  SegRange range;

  g_return_if_fail (seg != NULL && tokens != NULL && paragraphs != NULL);
  if (tokens->len == 0)
    return;
  (void)text;
  (void)len;
  t = (const SegToken *)(const void *)tokens->data;
  /* The tokenizer counted the line breaks before each token (SEG_TOKEN_BREAK, _BLANK). */
  ends = seg->mode == SEG_PARAGRAPHS_BLANK ? SEG_TOKEN_BLANK : SEG_TOKEN_BREAK;
  range.start = t[0].start;
  for (guint i = 1; i < tokens->len; i++)
    {
      if (t[i].flags & ends)
        {
          range.end = t[i - 1].end;
          g_array_append_val (paragraphs, range);
          range.start = t[i].start;
        }
    }
  range.end = t[tokens->len - 1].end;
  g_array_append_val (paragraphs, range);
}

/* ---- Sentences ---- */

static inline gboolean
word_in (GHashTable *table, const char *text, const SegToken *t)
{
  return t->kind == SEG_WORD
         && lookup (table, (const guchar *)text + t->start, t->end - t->start) != 0;
}

/* Whether the word starts in hiragana: after 「…。」 it is a particle (と, って)
 * that continues the sentence, as a lowercase word does in English. */
static gboolean
starts_hiragana (const char *text, const SegToken *t)
{
  gsize n;
  gunichar c;

  if (t->kind != SEG_WORD || (guchar)text[t->start] < 0x80)
    return FALSE;
  c = decode ((const guchar *)text + t->start, (const guchar *)text + t->end, &n);
  return c >= 0x3041 && c <= 0x309F;
}

/*
 * Decides whether the sentence ends after the run t[i..last] (a terminator or
 * abbreviation, more terminators, closing quotes and brackets); t[j] is the
 * next token of the paragraph, @n_par the end of the paragraph's tokens.
 */
static gboolean
is_boundary (const SegSegmenter *seg, const char *text, const SegToken *t, gsize first, gsize i,
             gboolean terminated, gboolean closed, gsize j, gsize n_par)
{
  const SegToken *next;

  if (j >= n_par)
    return TRUE;
  next = &t[j];

  if (!terminated)
    {
      /* Only an abbreviation's period. */
      if (t[i].flags & SEG_TOKEN_PREFIX)
        return FALSE;
      /* U.S., Inc., initials: a boundary only before a typical sentence opener,
       * looking past opening quotes and brackets. */
      while (j < n_par && (t[j].kind == SEG_QUOTE || (t[j].flags & SEG_TOKEN_OPEN)))
        j++;
      return j < n_par && (t[j].flags & SEG_TOKEN_UPPER) && word_in (seg->starters, text, &t[j]);
    }

  /* A lowercase word or a comma after the period: "3 ft. long", "Yahoo!, Inc.",
   * “Really?” she asked. */
  if (next->flags & (SEG_TOKEN_LOWER | SEG_TOKEN_CONTINUE | SEG_TOKEN_CLOSE))
    return FALSE;
  /* A list number: "1. Introduction". */
  if ((t[i].flags & SEG_TOKEN_PERIOD) && i == first + 1 && t[first].kind == SEG_NUMBER
      && t[first].end == t[i].start)
    return FALSE;
  if (closed)
    {
      /* 「こんにちは。」と言った。 */
      if (starts_hiragana (text, next))
        return FALSE;
      /* “Why?” Blinken asked.  Up to three capitalized words (a name, not an opener
       * as in "Nobody answered."), then a speech verb. */
      for (gsize k = j; k < n_par && k < j + 3 && (t[k].flags & SEG_TOKEN_UPPER)
                        && !word_in (seg->starters, text, &t[k]);
           k++)
        {
          if (k + 1 < n_par && word_in (seg->speech_verbs, text, &t[k + 1]))
            return FALSE;
        }
    }
  return TRUE;
}

void
seg_sentences (const SegSegmenter *seg, const char *text, gsize len, const GArray *tokens,
               const GArray *paragraphs, GArray *sentences)
{
  const SegToken *t;
  const SegRange *par;
  gsize n, i = 0;

  g_return_if_fail (seg != NULL && tokens != NULL && paragraphs != NULL && sentences != NULL);
  (void)len;
  t = (const SegToken *)(const void *)tokens->data;
  n = tokens->len;
  par = (const SegRange *)(const void *)paragraphs->data;

  for (guint pi = 0; pi < paragraphs->len; pi++)
    {
      gsize n_par, first;
      SegRange range;

      /* The tokens of this paragraph are t[i..n_par). */
      for (n_par = i; n_par < n && t[n_par].start < par[pi].end; n_par++)
        ;
      first = i;
      while (i < n_par)
        {
          gsize j, last;
          gboolean terminated, closed = FALSE;

          if (!(t[i].flags & (SEG_TOKEN_TERMINATOR | SEG_TOKEN_ABBREV | SEG_TOKEN_PREFIX)))
            {
              i++;
              continue;
            }
          /* Take in the terminators that follow ("?!", ". . .", "U.S.?") and the
           * closing quotes and brackets right after them (.” .) ?’). */
          terminated = (t[i].flags & SEG_TOKEN_TERMINATOR) != 0;
          last = i;
          for (j = i + 1; j < n_par && (t[j].flags & SEG_TOKEN_TERMINATOR); j++)
            {
              terminated = TRUE;
              last = j;
            }
          for (; j < n_par && t[j].start == t[last].end
                 && (t[j].kind == SEG_QUOTE || (t[j].flags & SEG_TOKEN_CLOSE));
               j++)
            {
              closed = TRUE;
              last = j;
            }
          /* French spacing: « C'est fini. » — a spaced closing guillemet. */
          if (terminated && j < n_par && t[j].end - t[j].start == 2
              && memcmp (text + t[j].start, "»", 2) == 0
              && (j + 1 >= n_par || t[j + 1].start > t[j].end))
            {
              closed = TRUE;
              last = j++;
            }
          if (is_boundary (seg, text, t, first, i, terminated, closed, j, n_par))
            {
              range.start = t[first].start;
              range.end = t[last].end;
              g_array_append_val (sentences, range);
              first = j;
            }
          i = j;
        }
      /* A sentence that ends without punctuation at the end of its paragraph. */
      if (first < n_par)
        {
          range.start = t[first].start;
          range.end = t[n_par - 1].end;
          g_array_append_val (sentences, range);
        }
      i = n_par;
    }
}
