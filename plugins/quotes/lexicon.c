/* The word lists of the quote engine.
 *
 * Everything here is English closed-class vocabulary and the reporting verbs of
 * news prose; the rules in quoter.c and speaker.c decide how the classes combine.
 * The lists are built into one hash table in q_lexicon_new() and only read
 * afterwards, so one lexicon serves every thread.
 */
#include <string.h>

#include <stdlib.h>

#include "lexicon.h"
#include "../common/ascii-key.h"
#include "base-verbs.h"

/* One slot of the lookup table: open addressing, built once from the hash
 * table below so that the per-token lookup is one pass over the word's bytes
 * and (almost always) one probe.  A word of up to KEY_MAX bytes is also kept
 * as two zero-padded 64-bit words: its hash and its comparison are a few
 * operations on those instead of a loop over bytes and a memcmp() call. */
#define KEY_MAX 16

typedef struct
{
  guint32 hash;
  guint32 len;
  guint64 k[2]; /* the word zero-padded when len <= KEY_MAX */
  char *key;    /* borrowed from words */
  QWord w;
} Slot;

struct _QLexicon
{
  GHashTable *words; /* lower-case word -> index + 1 into entries */
  GArray *entries;   /* QWord */
  Slot *slots;
  guint32 mask;
  /* For a quick "not a known word": per (first letter, last letter) the word
   * lengths (bit n for length n < 32) that the lexicon holds. */
  guint32 shapes[27][27];
  /* The same for the word as written: a ' may be written ’ (three bytes), so
   * a word with k apostrophes also marks its length + 2, …, + 2k.  Tested on
   * the token's bytes before any folding, it turns most tokens away at the
   * cost of two byte reads. */
  guint32 raw_shapes[27][27];
  /* letter (fold_ascii (c)) for every byte: one load per test. */
  guint8 letters[256];
  GHashTable *titles;      /* lower-case title word -> its key ("col." -> "colonel") */
  GHashTable *first_names; /* lower-case first name -> gender */
  GHashTable *rank_modifiers; /* lower-case words of rank_modifiers (a set) */
};

/* The reporting verbs; a form's QWord.cue is its index here + 1. */
static const QCue cues[] = {
#define CUE_SAY 0
  { "say", C_CLAUSE | C_THAT | C_DIRECT | C_AFTER },
#define CUE_TELL 1
  { "tell", C_CLAUSE | C_THAT | C_DIRECT | C_AFTER | C_OBJECT },
  { "add", C_CLAUSE | C_THAT | C_DIRECT | C_AFTER },
  { "state", C_CLAUSE | C_THAT | C_DIRECT | C_AFTER },
  { "explain", C_CLAUSE | C_THAT | C_DIRECT | C_AFTER },
  { "note", C_CLAUSE | C_THAT | C_DIRECT | C_AFTER },
  { "announce", C_THAT | C_DIRECT | C_AFTER },
  { "deny", C_THAT },
  { "insist", C_CLAUSE | C_THAT | C_DIRECT | C_AFTER },
  { "acknowledge", C_CLAUSE | C_THAT | C_AFTER },
  { "warn", C_CLAUSE | C_THAT | C_DIRECT | C_AFTER | C_OBJECT },
  { "claim", C_CLAUSE | C_THAT | C_DIRECT | C_AFTER },
  { "argue", C_CLAUSE | C_THAT | C_DIRECT | C_AFTER },
  { "report", C_CLAUSE | C_THAT | C_AFTER },
  { "write", C_THAT | C_DIRECT | C_AFTER },
  { "ask", C_DIRECT },
  { "reply", C_THAT | C_DIRECT },
  { "respond", C_DIRECT },
  { "continue", C_DIRECT },
  { "comment", C_THAT | C_DIRECT },
  { "remark", C_THAT | C_DIRECT },
  { "recall", C_THAT | C_DIRECT },
  { "stress", C_CLAUSE | C_THAT | C_DIRECT },
  { "emphasize", C_THAT | C_DIRECT },
  { "assert", C_CLAUSE | C_THAT | C_DIRECT },
  { "declare", C_THAT | C_DIRECT | C_AFTER },
  { "confirm", C_CLAUSE | C_THAT | C_AFTER },
  { "admit", C_CLAUSE | C_THAT | C_DIRECT },
  { "predict", C_CLAUSE | C_THAT },
  { "suggest", C_CLAUSE | C_THAT },
  { "observe", C_THAT | C_DIRECT },
  { "tweet", C_THAT | C_DIRECT },
  { "testify", C_THAT },
  { "conclude", C_THAT | C_DIRECT },
  { "caution", C_THAT | C_DIRECT },
  { "concede", C_CLAUSE | C_THAT | C_DIRECT },
  { "promise", C_THAT },
  { "vow", C_THAT },
  { "pledge", C_THAT },
  { "maintain", C_THAT },
  { "contend", C_CLAUSE | C_THAT },
  { "complain", C_THAT | C_DIRECT },
  { "allege", C_THAT },
  { "reveal", C_THAT },
  { "disclose", C_THAT },
  { "inform", C_THAT | C_OBJECT },
  { "assure", C_THAT | C_OBJECT },
  { "remind", C_THAT | C_OBJECT | C_DIRECT },
  { "reiterate", C_THAT },
  { "recount", C_THAT | C_DIRECT },
  { "exclaim", C_DIRECT },
  { "shout", C_DIRECT },
  { "joke", C_THAT | C_DIRECT },
  { "quip", C_DIRECT },
  { "whisper", C_DIRECT },
  { "yell", C_DIRECT },
  { "boast", C_THAT | C_DIRECT },
  { "urge", C_THAT | C_DIRECT },
  { "recommend", C_THAT | C_SUBJUNCTIVE },
  { "advise", C_THAT },
  { "indicate", C_THAT },
  { "hint", C_THAT },
  { "demand", C_SUBJUNCTIVE | C_THAT },
  { "call", C_FRAGMENT }, /* "called for “…”" (the code checks the "for") */
  { "answer", C_THAT | C_DIRECT | C_AFTER },
  { "estimate", C_THAT }, /* only with "that": "an estimated 20,000" is no report */
};

/* The forms of each cue, in the order of the table above. */
static const char *const cue_forms[] = {
  "say says said saying",
  "tell tells told telling",
  "add adds added adding",
  "states stated stating",
  "explains explained explaining",
  "notes noted noting",
  "announces announced announcing",
  "denies denied denying",
  "insists insisted insisting",
  "acknowledges acknowledged acknowledging",
  "warns warned warning",
  "claims claimed claiming",
  "argues argued arguing",
  "reports reported",
  "writes wrote",
  "asks asked",
  "replies replied",
  "responds responded",
  "continued",
  "commented",
  "remarked",
  "recalls recalled recalling",
  "stressed stressing",
  "emphasizes emphasized emphasises emphasised emphasizing emphasising",
  "asserts asserted asserting",
  "declares declared declaring",
  "confirms confirmed confirming",
  "admits admitted admitting",
  "predicts predicted predicting",
  "suggests suggested suggesting",
  "observed",
  "tweeted",
  "testified",
  "concluded",
  "cautioned",
  "concedes conceded conceding",
  "promised",
  "vowed vows",
  "pledged",
  "maintains maintained",
  "contends contended",
  "complained complains",
  "alleges alleged",
  "revealed",
  "disclosed",
  "informed informs",
  "assured assures",
  "reminded",
  "reiterated reiterates",
  "recounted",
  "exclaimed",
  "shouted",
  "joked",
  "quipped",
  "whispered",
  "yelled",
  "boasted",
  "urged urges",
  "recommends recommended",
  "advises advised",
  "indicated",
  "hinted",
  "demanded demands",
  "calls called calling",
  "answers answered",
  "estimates estimated",
};

G_STATIC_ASSERT (G_N_ELEMENTS (cues) == G_N_ELEMENTS (cue_forms));

typedef struct
{
  guint32 flags;
  const char *words;
} WordClass;

static const WordClass classes[] = {
  { W_DET, "the a an this these those his her its their our my your some several many most all "
           "both each every any no another other such few certain various numerous" },
  { W_QUANT, "many some most several all both few numerous various certain each one two three four "
             "five six seven eight nine ten dozens hundreds thousands millions" },
  { W_PRON, "he she it they we i you" },
  { W_PRON_OBJ, "him her them us me" },
  { W_AUX | W_BE, "is are was were am isn't aren't wasn't weren't 's 're 'm" },
  { W_BE, "be been being" },
  { W_AUX, "has have had will would can could should shall may might must does do did 'll 'd 've "
           "hasn't haven't hadn't won't wouldn't can't cannot couldn't shouldn't doesn't don't "
           "didn't mustn't" },
  { W_NEG, "not never n't isn't aren't wasn't weren't hasn't haven't hadn't won't wouldn't can't "
           "cannot couldn't shouldn't doesn't don't didn't mustn't" },
  { W_VERB,
    "won made took gave came went saw knew got found left felt held kept began became "
    "brought thought met ran paid sent built lost led fell rose grew stood spent sought "
    "fought caught taught bought chose drove broke spoke struck meant seemed appeared heard "
    "understood did got wanted flew drew threw wore tore swore sang rang sank swam drank ate "
    "slept sold shot fed fled dealt dug hung slid stuck swung spun rode hid forgot froze shook "
    "woke sat lent bent "
    "wants needs remains includes plans intends expects supports opposes believes thinks "
    "knows seems appears means shows makes takes gives gets goes comes sees faces poses "
    "requires depends lacks wins leads holds keeps helps hopes tries works looks feels "
    "stands agrees refuses rejects accepts deserves represents constitutes threatens "
    "advocates wanted needed remained included planned intended expected supported "
    "opposed believed agreed refused rejected accepted" },
  { W_BASE_VERB, "prove remain include want need support oppose plan believe think know continue "
                 "show agree refuse reject deny accept face pose require lack hope try work feel "
                 "stand seem appear intend expect mean understand go come get make take give see "
                 "keep hold win lose fear worry deserve represent constitute violate undermine "
                 "threaten help stay" },
  { W_PREP, "of in on at for from with by to about into onto over under after before during "
            "between against among through without within since until toward towards across near "
            "per via despite including amid amongst around behind beyond like unlike upon "
            "regarding concerning outside inside throughout" },
  { W_PLACE_WORD, "in at on during after before from via over to while" },
  { W_CONJ, "and or but nor yet" },
  { W_SUBORD, "because although though while whereas if unless whether when whenever once since "
              "until as after before" },
  { W_REL, "who which whom whose where" },
  { W_THAT, "that" },
  { W_PHRASE, "according point points pointed pointing made make makes making expressed "
              "expresses expressing issued released provided gave delivered issues releases put puts" },
  { W_ADV, "also later earlier then further again previously recently repeatedly once first now "
           "still reportedly publicly privately subsequently separately already initially finally "
           "ultimately simply quickly even just often always last together" },
  { W_TIME, "monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow "
            "tonight weekend morning afternoon evening night week month year earlier later" },
  { W_SPEECH_NOUN, "statement statements readout remarks communique announcement release" },
  { W_NONREPORT, "farewell goodbye good-bye hello hi grace prayers prayer yes no amen thanks "
                 "nothing anything much little so sorry" },
  { W_REACTION, "reaction response reply answer words comment message advice motto verdict "
                "assessment retort" },
  { W_NAME_PARTICLE, "bin ibn al el de del della der di da dos du la le van von ben abu" },
  { W_OPENER, "but and however meanwhile moreover still yet instead separately also furthermore "
              "nonetheless nevertheless so then now earlier later indeed similarly likewise "
              "additionally finally" },
  { W_FUNCTION, "not there here what how why whatever whoever than as so very too only just "
                "such own same yes no if then else" },
};

/* Titles, ranks and roles: the word (as written, lower case) and the key it
 * stands for, so that "Col. David Barnes" lets "the colonel" find Barnes. */
static const char *const titles[] = {
  "mr. mister",
  "mr mister",
  "mrs. missus",
  "mrs missus",
  "ms. ms",
  "ms ms",
  "miss ms",
  "dr. doctor",
  "dr doctor",
  "prof. professor",
  "sir sir",
  "dame dame",
  "lord lord",
  "lady lady",
  "rev. reverend",
  "fr. father",
  "gen. general",
  "lt. lieutenant",
  "col. colonel",
  "maj. major",
  "capt. captain",
  "cmdr. commander",
  "cdr. commander",
  "adm. admiral",
  "sgt. sergeant",
  "cpl. corporal",
  "pvt. private",
  "pfc. private",
  "spc. specialist",
  "sen. senator",
  "rep. representative",
  "gov. governor",
  "pres. president",
  "amb. ambassador",
  "supt. superintendent",
  "insp. inspector",
  "president president",
  "vice vice",
  "secretary secretary",
  "minister minister",
  "premier premier",
  "chancellor chancellor",
  "chairman chairman",
  "chairwoman chairman",
  "chairperson chairman",
  "chair chairman",
  "spokesman spokesman",
  "spokeswoman spokesman",
  "spokesperson spokesman",
  "ambassador ambassador",
  "envoy envoy",
  "director director",
  "administrator administrator",
  "commander commander",
  "general general",
  "colonel colonel",
  "major major",
  "captain captain",
  "lieutenant lieutenant",
  "sergeant sergeant",
  "corporal corporal",
  "private private",
  "specialist specialist",
  "airman airman",
  "admiral admiral",
  "senator senator",
  "representative representative",
  "congressman congressman",
  "congresswoman congressman",
  "governor governor",
  "mayor mayor",
  "judge judge",
  "justice justice",
  "prosecutor prosecutor",
  "attorney attorney",
  "king king",
  "queen queen",
  "prince prince",
  "princess princess",
  "sheikh sheikh",
  "emir emir",
  "pope pope",
  "bishop bishop",
  "cardinal cardinal",
  "rabbi rabbi",
  "imam imam",
  "chief chief",
  "deputy deputy",
  "officer officer",
  "coach coach",
  "doctor doctor",
  "professor professor",
  "reverend reverend",
  "superintendent superintendent",
  "inspector inspector",
  "sgt sergeant",
  "gen general",
  "col colonel",
  "lt lieutenant",
  "capt captain",
  "maj major",
  "sen senator",
  "gov governor",
  "spc specialist",
  "pfc private",
  "pvt private",
  "cpl corporal",
  "cmdr commander",
  "adm admiral",
  "amb ambassador",
  "rep representative",
  "dr doctor",
  "prof professor",
  "supt superintendent",
  "ens. ensign",
  "ens ensign",
  "ensign ensign",
  "cpt. captain",
  "cpt captain",
  "seaman seaman",
  "j.g. lieutenant",
};

/* Words that begin a compound rank when another title follows: "Staff Sgt.", "Tech. Sgt.",
 * "Lance Cpl.", "Petty Officer", "Chief Warrant Officer", "Brig. Gen.", "Rear Adm.".  Alone they
 * are no title ("the senior official", "Lance Armstrong"). */
static const char *const rank_modifiers
    = "staff master senior tech. tech technical command gunnery first lance petty warrant rear "
      "vice brig. brig brigadier lieutenant sergeant chief major";

/* Not "chairman": it is the formal title of a chair of either sex ("said Chairman Westbrook in her
 * opening statement", as House committees style their chairs), so it says nothing of gender. */
static const char *const male_words = "mr. mr sir lord king prince sheikh emir congressman "
                                      "spokesman he him his himself father brother";
static const char *const female_words = "mrs. mrs ms. ms miss madam lady dame queen princess "
                                        "congresswoman spokeswoman chairwoman she her hers "
                                        "herself mother sister";

/* Common first names whose gender is clear, for "she said" with two people around. */
static const char *const female_names
    = "mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa "
      "margaret betty sandra ashley dorothy kimberly emily donna michelle carol amanda melissa "
      "deborah stephanie rebecca laura sharon cynthia kathleen amy shirley angela helen anna "
      "brenda pamela nicole samantha katherine christine debra rachel catherine carolyn janet "
      "ruth maria heather diane virginia julie joyce victoria kelly christina joan evelyn "
      "lauren judith olivia martha cheryl megan andrea hannah jacqueline ann jean alice kathryn "
      "gloria teresa doris sara janice julia marie madison grace judy theresa beverly denise "
      "marilyn amber danielle rose brittany diana abigail natalie jane lori alexis tiffany "
      "kayla hillary hilary condoleezza nancy kamala angela theresa jacinda ursula christine "
      "daniele danielle luisa isabel jenny amber sophie claire fatima aisha ngozi ellen sahle "
      "yulia svetlana natalia olga irina tatiana marine ségolène giorgia sanna mette kaja "
      "annalena liz priti samantha nikki kristi linda antonia";
static const char *const male_names
    = "james john robert michael william david richard joseph thomas charles christopher "
      "daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george "
      "timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry "
      "justin scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis "
      "jerry tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah "
      "jeremy christian keith roger terry gerald harold sean austin carl arthur lawrence dylan "
      "jesse jordan bryan billy joe bruce gabriel logan albert willie alan juan wayne elijah "
      "randy roy vincent ralph eugene russell bobby mason philip louis antony lloyd joe barack "
      "vladimir xi emmanuel olaf rishi boris recep benjamin mahmoud ali mohammed muhammad ahmed "
      "hassan hussein abdel abdullah faisal isaias alexander alejandro gordon ned yao vitale "
      "etienne joseph isaias aiden damon kevin christian trevor oleksii volodymyr sergei dmitry "
      "ivan igor yevgeny alexei mikhail viktor luiz jair javier pedro carlos miguel";

static void
add_word (QLexicon *lex, const char *word, guint32 flags, guint16 cue, guint8 gender)
{
  gpointer idx;

  if (g_hash_table_lookup_extended (lex->words, word, NULL, &idx))
    {
      QWord *w = &g_array_index (lex->entries, QWord, GPOINTER_TO_UINT (idx) - 1);

      w->flags |= flags;
      if (cue)
        w->cue = cue;
      if (gender)
        w->gender = gender;
      return;
    }
  QWord w = { flags, cue, gender, 0 };
  g_array_append_val (lex->entries, w);
  g_hash_table_insert (lex->words, g_strdup (word), GUINT_TO_POINTER (lex->entries->len));
}

static void
add_words (QLexicon *lex, const char *list, guint32 flags, guint8 gender)
{
  g_auto (GStrv) words = g_strsplit (list, " ", -1);

  for (char **w = words; *w; w++)
    if (**w)
      add_word (lex, *w, flags, 0, gender);
}

static inline char
fold_ascii (char c)
{
  return c >= 'A' && c <= 'Z' ? (char)(c + ('a' - 'A')) : c;
}

/* 0-25 for a lower-case ASCII letter, 26 for anything else. */
static inline guint
letter (char c)
{
  return c >= 'a' && c <= 'z' ? (guint)(c - 'a') : 26;
}

static void
build_slots (QLexicon *lex)
{
  guint32 size = 64;
  GHashTableIter iter;
  gpointer key, idx;

  while (size < 2 * g_hash_table_size (lex->words))
    size *= 2;
  lex->slots = g_new0 (Slot, size);
  lex->mask = size - 1;
  g_hash_table_iter_init (&iter, lex->words);
  while (g_hash_table_iter_next (&iter, &key, &idx))
    {
      const char *k = key;
      gsize len = strlen (k);
      guint64 padded[2] = { 0, 0 };
      guint32 h, i;

      if (len <= KEY_MAX)
        {
          memcpy (padded, k, len);
          h = hash_key (padded, len);
        }
      else
        h = hash_bytes (k, len);
      for (i = h & lex->mask; lex->slots[i].key; i = (i + 1) & lex->mask)
        ;
      lex->slots[i].hash = h;
      lex->slots[i].len = (guint32)len;
      lex->slots[i].k[0] = padded[0];
      lex->slots[i].k[1] = padded[1];
      lex->slots[i].key = key;
      lex->slots[i].w = g_array_index (lex->entries, QWord, GPOINTER_TO_UINT (idx) - 1);
      lex->shapes[letter (k[0])][letter (k[lex->slots[i].len - 1])]
          |= lex->slots[i].len < 32 ? 1u << lex->slots[i].len : 1u;
      {
        guint32 apostrophes = 0;

        for (const char *c = k; *c; c++)
          apostrophes += *c == '\'';
        for (guint32 j = 0, raw = lex->slots[i].len; j <= apostrophes && raw < 32; j++, raw += 2)
          lex->raw_shapes[letter (k[0])][letter (k[lex->slots[i].len - 1])] |= 1u << raw;
      }
    }
}

QLexicon *
q_lexicon_new (void)
{
  QLexicon *lex = g_new0 (QLexicon, 1);

  lex->words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  /* (the slots are built at the end) */
  lex->entries = g_array_new (FALSE, FALSE, sizeof (QWord));
  lex->titles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  lex->first_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (gsize i = 0; i < G_N_ELEMENTS (classes); i++)
    add_words (lex, classes[i].words, classes[i].flags, 0);
  add_word (lex, "he", 0, 0, Q_GENDER_MALE);
  add_word (lex, "she", 0, 0, Q_GENDER_FEMALE);
  add_word (lex, "they", 0, 0, Q_GENDER_PLURAL);
  add_word (lex, "we", 0, 0, Q_GENDER_PLURAL);
  add_word (lex, "it", 0, 0, Q_GENDER_NEUTER);
  add_word (lex, "i", 0, 0, Q_GENDER_SPEAKER);
  add_word (lex, "you", 0, 0, Q_GENDER_SPEAKER);

  for (gsize c = 0; c < G_N_ELEMENTS (cue_forms); c++)
    {
      g_auto (GStrv) forms = g_strsplit (cue_forms[c], " ", -1);

      for (char **f = forms; *f; f++)
        {
          if (**f)
            add_word (lex, *f, W_CUE, (guint16)(c + 1), 0);
        }
    }

  for (gsize i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      const char *space = strchr (titles[i], ' ');
      char *word = g_strndup (titles[i], (gsize)(space - titles[i]));

      add_word (lex, word, W_TITLE, 0, 0);
      g_hash_table_replace (lex->titles, word, g_strdup (space + 1));
    }
  lex->rank_modifiers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  {
    g_auto (GStrv) r = g_strsplit (rank_modifiers, " ", -1);

    for (char **w = r; *w; w++)
      if (**w)
        g_hash_table_add (lex->rank_modifiers, g_strdup (*w));
  }
  add_words (lex, male_words, 0, Q_GENDER_MALE);
  add_words (lex, female_words, 0, Q_GENDER_FEMALE);

  {
    g_auto (GStrv) f = g_strsplit (female_names, " ", -1);
    g_auto (GStrv) m = g_strsplit (male_names, " ", -1);

    for (char **w = m; *w; w++)
      if (**w)
        g_hash_table_replace (lex->first_names, g_strdup (*w), GUINT_TO_POINTER (Q_GENDER_MALE));
    /* A name on both lists says nothing. */
    for (char **w = f; *w; w++)
      if (**w)
        {
          guint8 g = g_hash_table_contains (lex->first_names, *w) ? Q_GENDER_NONE : Q_GENDER_FEMALE;

          g_hash_table_replace (lex->first_names, g_strdup (*w), GUINT_TO_POINTER (g));
        }
  }
  for (guint c = 0; c < 256; c++)
    lex->letters[c] = (guint8)letter (fold_ascii ((char)c));
  build_slots (lex);
  return lex;
}

void
q_lexicon_free (QLexicon *lex)
{
  if (!lex)
    return;
  g_free (lex->slots);
  g_hash_table_unref (lex->words);
  g_array_unref (lex->entries);
  g_hash_table_unref (lex->titles);
  g_hash_table_unref (lex->rank_modifiers);
  g_hash_table_unref (lex->first_names);
  g_free (lex);
}

gsize
q_lower (const char *word, gsize len, char *buf, gsize size, gboolean strip_possessive)
{
  gsize n = 0;

  for (gsize i = 0; i < len; i++)
    {
      guchar c = (guchar)word[i];

      if (n + 1 >= size)
        return 0;
      /* ’ (U+2019, E2 80 99) is written as the ASCII apostrophe. */
      if (c == 0xE2 && i + 2 < len && (guchar)word[i + 1] == 0x80 && (guchar)word[i + 2] == 0x99)
        {
          buf[n++] = '\'';
          i += 2;
          continue;
        }
      buf[n++] = fold_ascii ((char)c);
    }
  if (strip_possessive && n > 2 && buf[n - 2] == '\'' && buf[n - 1] == 's')
    n -= 2;
  else if (strip_possessive && n > 1 && buf[n - 1] == '\'' && buf[n - 2] == 's')
    n -= 1;
  buf[n] = '\0';
  return n;
}

/* The suffix classes of a folded word. */
static inline guint32
suffix_flags (const char *folded, gsize n)
{
  guint32 flags = 0;

  if (n > 4 && folded[n - 3] == 'i' && folded[n - 2] == 'n' && folded[n - 1] == 'g')
    flags |= W_ING;
  if (n > 3 && folded[n - 2] == 'e' && folded[n - 1] == 'd')
    flags |= W_ED;
  if (n > 4 && folded[n - 2] == 'l' && folded[n - 1] == 'y')
    flags |= W_LY;
  return flags;
}

/* The entry of a folded word of at most KEY_MAX bytes (padded in @k). */
static inline QWord
find_key (const QLexicon *lex, const guint64 k[2], gsize n)
{
  QWord w = { 0, 0, 0, 0 };

  if (n < 32
      && !(lex->shapes[lex->letters[((const guchar *)k)[0]]]
                      [lex->letters[((const guchar *)k)[n - 1]]]
           & (1u << n)))
    return w;
  for (guint32 i = hash_key (k, n) & lex->mask; lex->slots[i].key; i = (i + 1) & lex->mask)
    if (lex->slots[i].k[0] == k[0] && lex->slots[i].k[1] == k[1] && lex->slots[i].len == n)
      return lex->slots[i].w;
  return w;
}

/* q_lexicon_lookup() of a word that is not short ASCII: folded byte by byte,
 * ’ (E2 80 99) read as '. */
static G_GNUC_NO_INLINE QWord
lookup_other (const QLexicon *lex, const char *word, gsize len)
{
  guint64 k[2] = { 0, 0 };
  char buf[48];
  gsize n = 0;
  QWord w = { 0, 0, 0, 0 };

  for (gsize i = 0; i < len; i++)
    {
      guchar c = (guchar)word[i];

      if (n + 1 >= sizeof buf)
        return w;
      if (c == 0xE2 && i + 2 < len && (guchar)word[i + 1] == 0x80 && (guchar)word[i + 2] == 0x99)
        {
          c = '\'';
          i += 2;
        }
      else if (c >= 'A' && c <= 'Z')
        {
          c = (guchar)(c + ('a' - 'A'));
        }
      buf[n++] = (char)c;
    }
  if (n == 0)
    return w;
  if (n <= KEY_MAX)
    {
      memcpy (k, buf, n);
      w = find_key (lex, k, n);
    }
  else if (n >= 32 || (lex->shapes[letter (buf[0])][letter (buf[n - 1])] & (1u << n)))
    {
      guint32 h = hash_bytes (buf, n);

      for (guint32 i = h & lex->mask; lex->slots[i].key; i = (i + 1) & lex->mask)
        if (lex->slots[i].hash == h && lex->slots[i].len == n
            && memcmp (lex->slots[i].key, buf, n) == 0)
          {
            w = lex->slots[i].w;
            break;
          }
    }
  w.flags |= suffix_flags (buf, n);
  return w;
}

/* Inlined into both callers: the loop over a document's tokens is the hot one. */
G_ALWAYS_INLINE static inline QWord
lookup (const QLexicon *lex, const char *word, gsize len)
{
  guint64 k[2] = { 0, 0 };
  QWord w = { 0, 0, 0, 0 };

  /* Not a word of the lexicon, by its first and last bytes and its length
   * (the folded word starts and ends with these bytes lower-cased, or with an
   * apostrophe where they are part of a ’, which letter() files with the
   * bytes of ’ under 26).  Only a word that ends in d, g or y can get a suffix
   * class, and those take the long way. */
  if (len > 0 && len < 32)
    {
      guint last = lex->letters[(guchar)word[len - 1]];

      if (!(lex->raw_shapes[lex->letters[(guchar)word[0]]][last] & (1u << len)) && last != 'd' - 'a'
          && last != 'g' - 'a' && last != 'y' - 'a')
        return w;
    }
  /* A short ASCII word, nearly every token: folded eight bytes at a time. */
  if (len == 0 || len > KEY_MAX)
    return lookup_other (lex, word, len);
  load_padded (word, len, k);
  if ((k[0] | k[1]) & G_GUINT64_CONSTANT (0x8080808080808080))
    return lookup_other (lex, word, len);
  k[0] = lower_ascii8 (k[0]);
  k[1] = lower_ascii8 (k[1]);
  w = find_key (lex, k, len);
  w.flags |= suffix_flags ((const char *)k, len);
  return w;
}

QWord
q_lexicon_lookup (const QLexicon *lex, const char *word, gsize len)
{
  return lookup (lex, word, len);
}

void
q_lexicon_lookup_tokens (const QLexicon *lex, const char *text, const QRange *tokens,
                         const guint8 *kinds, gsize n, QWord *out)
{
  /* One call for the document rather than one per token: the loop keeps the
   * lexicon's tables at hand. */
  for (gsize i = 0; i < n; i++)
    if ((!kinds || kinds[i] == Q_TOKEN_WORD) && tokens[i].end > tokens[i].start)
      out[i] = lookup (lex, text + tokens[i].start, tokens[i].end - tokens[i].start);
}

const QCue *
q_lexicon_cue (const QLexicon *lex, guint16 cue)
{
  g_return_val_if_fail (cue >= 1 && cue <= G_N_ELEMENTS (cues), &cues[0]);
  return &cues[cue - 1];
}

const char *
q_lexicon_title_key (const QLexicon *lex, const char *word)
{
  return g_hash_table_lookup (lex->titles, word);
}

gboolean
q_lexicon_rank_modifier (const QLexicon *lex, const char *word)
{
  return g_hash_table_contains (lex->rank_modifiers, word);
}

guint8
q_lexicon_first_name_gender (const QLexicon *lex, const char *lower)
{
  return (guint8)GPOINTER_TO_UINT (g_hash_table_lookup (lex->first_names, lower));
}

static int
compare_word (const void *key, const void *item)
{
  return strcmp (key, *(const char *const *)item);
}

gboolean
q_lexicon_base_verb (const char *lower)
{
  /* A sorted table in the binary: no set-up, and nothing on the per-token path. */
  return bsearch (lower, base_verbs, G_N_ELEMENTS (base_verbs), sizeof base_verbs[0], compare_word)
         != NULL;
}
