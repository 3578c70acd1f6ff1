/* The entities plugin: named-entity mentions (PER, ORG, LOC, MISC) and the
 * entities they refer to.
 *
 * Per sentence, the tagger (tagger.c) gives each token a BIO tag; runs of tags
 * become mentions; titles are kept out of person mentions ("Prime Minister
 * Benjamin Netanyahu" -> "Benjamin Netanyahu", title "Prime Minister");
 * a name found as a person once is a person throughout the document; and
 * mentions are grouped into entities (group.c), numbered E1, E2, … in order of
 * first mention.
 */
#include <math.h>
#include <string.h>

#include <lector/lector.h>

#include "group.h"
#include "tagger.h"

static const LectorParamSpec entities_params[] = {
  {
      .key = "model",
      .type = LECTOR_PARAM_STRING,
      .default_value = "entities.model",
      .help = "the tagger model: a file name in the plugin's data directory, or a path "
              "containing '/'",
  },
  {
      .key = "languages",
      .type = LECTOR_PARAM_STRING_LIST,
      .default_value = "en",
      .help = "languages the model covers; a document whose meta.lang names another is "
              "left untagged (meta.entities_skipped says why)",
  },
  {
      .key = "consistency",
      .type = LECTOR_PARAM_BOOL,
      .default_value = "true",
      .help = "a name tagged as a person once is a person throughout the document, and "
              "the same name gets one type",
  },
  {
      .key = "convention",
      .type = LECTOR_PARAM_STRING,
      .default_value = "conll",
      .choices = "conll|gmb",
      .help = "whose conventions the mentions follow: conll (CoNLL-2003: a person's title "
              "is not part of the mention) or gmb (the Groningen Meaning Bank's, which the "
              "tagger learned: \"President Bush\" is one mention)",
  },
  { .key = NULL },
};

/* The tokenizer's labels, interned as a layer's labels are (document.h), so that
 * a token's kind is a pointer comparison. */
typedef struct {
  const char *word, *number, *url, *email, *punct, *quote, *symbol;
} TokenKinds;

typedef struct {
  NerModel *model;
  TokenKinds kinds;
  char **languages;
  gboolean consistency;
  gboolean gmb; /* convention = gmb */
} EntitiesStage;

static void
entities_free (gpointer data)
{
  EntitiesStage *stage = data;

  ner_model_free (stage->model);
  g_strfreev (stage->languages);
  g_free (stage);
}

static gpointer
entities_create (const LectorParams *params, GError **error)
{
  const char *name = lector_params_get_string (params, "model");
  g_autofree char *path = NULL;
  const char *const *languages = lector_params_get_strv (params, "languages");
  EntitiesStage *stage;

  if (languages == NULL || languages[0] == NULL)
    {
      /* Every document would be skipped: surely not what was meant. */
      g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_CONFIG,
                   "languages: the list is empty, so no document would be tagged; the "
                   "model covers 'en'");
      return NULL;
    }
  if (!lector_language_codes_check ("languages", languages, error))
    return NULL;
  path = lector_resolve_data_file ("entities", "model", name, error);
  if (!path)
    return NULL;
  stage = g_new0 (EntitiesStage, 1);
  stage->model = ner_model_load (path, error);
  if (!stage->model)
    {
      entities_free (stage);
      return NULL;
    }
  stage->languages = g_strdupv ((char **)languages);
  stage->kinds = (TokenKinds){ g_intern_static_string ("word"),  g_intern_static_string ("number"),
                               g_intern_static_string ("url"),   g_intern_static_string ("email"),
                               g_intern_static_string ("punct"), g_intern_static_string ("quote"),
                               g_intern_static_string ("symbol") };
  stage->consistency = lector_params_get_bool (params, "consistency");
  stage->gmb = strcmp (lector_params_get_string (params, "convention"), "gmb") == 0;
  /* The stage is read-only from here on: process() may run on many threads. */
  return stage;
}

/* A mention while it is being built: a token range and a type. */
typedef struct {
  guint first, end;            /* tokens [first, end) */
  guint title_first, title_end; /* the title's tokens, first == end when none */
  NerType type;
} Span;

static gboolean
is_capitalised (const char *text, gsize len)
{
  if (len == 0)
    return FALSE;
  /* In ASCII, the upper-case letters are A-Z: no Unicode tables for most words. */
  if ((guchar)text[0] < 0x80)
    return text[0] >= 'A' && text[0] <= 'Z';
  return g_unichar_isupper (g_utf8_get_char_validated (text, (gssize)len));
}

static guint32
word_flags (const NerModel *model, const NerWord *w)
{
  gsize len = w->len - ner_possessive_len (w->text, w->len);

  return ner_lexicon_lookup (&model->lexicon, ner_word_key (w->text, len));
}

static gboolean
is_word (const NerWord *w, const char *s)
{
  return w->len == strlen (s) && memcmp (w->text, s, w->len) == 0;
}

/* Whether @w is one of the @n words of @list. */
static gboolean
is_word_in (const NerWord *w, const char *const *list, gsize n)
{
  for (gsize i = 0; i < n; i++)
    if (is_word (w, list[i]))
      return TRUE;
  return FALSE;
}

/* The most tokens a compound title may have ("Chief Master Sgt.", "Petty Officer 2nd Class"):
 * a bound on every search for one, so a text of "Vice Vice Vice …" stays linear. */
#define TITLE_MAX_TOKENS 6

/* Whether @w is a rank modifier: a capitalised word that is part of a title
 * only right before a title word ("Staff Sgt.", "Tech. Sgt.", "Lance Cpl.",
 * "Petty Officer", "Brig. Gen.", "First Lady", "Marine Lance Cpl."); alone most
 * are none ("Lance Armstrong", "Marine Corps"), but "Chief", "Major", "Vice",
 * "Sergeant" and "Lieutenant" are titles by themselves too (title_unit_end()). */
static gboolean
is_rank_modifier (const NerWord *w)
{
  static const char *const modifiers[]
      = { "Staff",     "Master", "Senior",   "Tech.", "Technical", "Command",    "Gunnery", "First",
          "1st",       "2nd",    "Lance",    "Petty", "Warrant",   "Rear",       "Vice",    "Brig.",
          "Brigadier", "Chief",  "Sergeant", "Major", "Fleet",     "Lieutenant", "Marine" };

  return is_word_in (w, modifiers, G_N_ELEMENTS (modifiers));
}

/* Whether @w is the ordinal of a class of rank: "Sgt. 1st Class", "Airman First Class". */
static gboolean
is_class_ordinal (const NerWord *w)
{
  static const char *const ordinals[] = { "1st", "2nd", "3rd", "First", "Second", "Third" };

  return is_word_in (w, ordinals, G_N_ELEMENTS (ordinals));
}

/* Whether @w is the last word of a rank that is a common noun alone ("Petty
 * Officer", "Senior Airman", "Airman 1st Class"), which the word lists do not
 * call titles: "officer" is one in GMB's text less often than not. */
static gboolean
is_rank_head (const NerWord *w)
{
  static const char *const heads[] = { "Officer", "Airman", "Seaman", "Specialist" };

  return is_word_in (w, heads, G_N_ELEMENTS (heads));
}

/* The end of the title that starts at token @t (tokens before @end), or @t if
 * none does: a title word, or rank modifiers right before one, with the
 * class after it ("Sgt. 1st Class"). */
static guint
title_unit_end (const NerModel *model, const NerWord *words, guint t, guint end)
{
  guint u = t;

  while (u < end && u - t < TITLE_MAX_TOKENS && is_rank_modifier (&words[u]))
    u++;
  if (u < end && is_rank_head (&words[u])
      && (u > t
          || (u + 2 < end && is_class_ordinal (&words[u + 1]) && is_word (&words[u + 2], "Class"))))
    ; /* "Petty Officer", "Airman 1st Class" */
  else if (u >= end || !(word_flags (model, &words[u]) & NER_LEX_TITLE))
    {
      /* "Chief" before a name: a modifier that is a title by itself */
      if (u > t && (word_flags (model, &words[t]) & NER_LEX_TITLE))
        return t + 1;
      return t;
    }
  u++;
  if (u + 1 < end && is_class_ordinal (&words[u]) && is_word (&words[u + 1], "Class"))
    u += 2;
  return u;
}

/* Whether tokens [first, end) are titles only ("Lance Cpl.", "Secretary of"). */
static gboolean
is_titles_only (const NerModel *model, const NerWord *words, guint first, guint end)
{
  guint t = first;

  while (t < end)
    {
      guint u = title_unit_end (model, words, t, end);

      if (u == t && !is_word (&words[t], "of"))
        return FALSE;
      t = u > t ? u : t + 1;
    }
  return end > first;
}

/* Whether a token tagged @tag is in no mention, or in a title. */
static gboolean
is_title_tag (guint8 tag)
{
  return tag == NER_O || ner_tag_type (tag) == NER_TYPE_TTL;
}

/* Title words at the start of a person span that the tagger left in it, and
 * the rank modifiers before its title that it left out ("Staff" in "Staff
 * Sgt. Ken Ward", when it tagged "Sgt." as the title) or the class after it
 * ("1st Class").  @tags say which tokens are in no mention.  With @conll
 * FALSE (convention = gmb) a modifier that is a title word itself ("Vice",
 * "Chief", "Major") is left as the tagger tagged it: it has learned where GMB
 * puts such words, "Major General" in the span or out of it. */
static void
strip_titles (const NerModel *model, const NerWord *words, const guint8 *tags, gboolean conll,
              Span *s)
{
  guint t = s->first, a, edge, end;
  gboolean has_title;

  for (;;)
    {
      guint u = title_unit_end (model, words, t, s->end);

      if (u == t || u >= s->end || !is_capitalised (words[u].text, words[u].len))
        break;
      t = u;
    }
  if (t > s->first)
    {
      if (s->title_first == s->title_end)
        s->title_first = s->first;
      s->title_end = t;
      s->first = t;
    }
  /* The part of a compound rank the tagger left out, before the title it tagged ("Staff" in
   * "Staff Sgt.") or before a name it gave none ("Senior Airman", "Sgt. 1st Class"): the longest
   * run of untagged titles that ends at the title's end (or the name) and starts with a rank
   * modifier, or, before a name, ends with a class.  (A plain title word left out, as GMB
   * leaves "spokesman", stays out; under GMB's convention so does a run that starts with a title
   * word, "Lieutenant Governor".) */
  has_title = s->title_end > s->title_first;
  edge = has_title ? s->title_first : s->first;
  end = has_title ? s->title_end : s->first;
  for (a = end > TITLE_MAX_TOKENS ? end - TITLE_MAX_TOKENS : 0; a + (has_title ? 0 : 1) < edge;
       a++)
    {
      gboolean untagged = TRUE;

      for (guint u = a; u < edge && untagged; u++)
        untagged = is_title_tag (tags[u]);
      if (untagged
          && (is_rank_modifier (&words[a]) || (!has_title && is_word (&words[end - 1], "Class")))
          && (conll || !(word_flags (model, &words[a]) & NER_LEX_TITLE))
          && is_titles_only (model, words, a, end))
        {
          s->title_first = a;
          s->title_end = end;
          break;
        }
    }
}

/* Whether @w is a common noun for a kind of place, as in "the town of Rafah". */
static gboolean
is_place_noun (const NerWord *w)
{
  static const char *const nouns[] = { "town", "city", "village", "province", "region",
                                       "district", "county", "island", "capital", "port",
                                       "suburb", "municipality", "governorate", "prefecture" };

  return is_word_in (w, nouns, G_N_ELEMENTS (nouns));
}

/* Whether @w is a capitalised dictionary word that names nothing ("Protect"):
 * one that may be the verb of an organisation's name after "to". */
static gboolean
is_verb_like (const NerModel *model, const NerWord *w)
{
  guint32 flags = word_flags (model, w);

  return is_capitalised (w->text, w->len) && (flags & NER_LEX_COMMON)
         && !(flags
              & (NER_LEX_FIRST_NAME | NER_LEX_NAME_PART | NER_LEX_COUNTRY | NER_LEX_CITY
                 | NER_LEX_REGION | NER_LEX_COMPANY | NER_LEX_ORG_WORD));
}

/* Whether tokens [first, end) name religions or their followers only ("Sunni",
 * "Shiite Muslims", "Buddhist"): MISC in CoNLL, as nationalities are.  GMB
 * tags them every way ("Sunni" PER 68 times in its training part, LOC 60, ORG
 * 20, O 39), so the tagger cannot learn them. */
static gboolean
is_religion (const NerWord *words, guint first, guint end)
{
  static const char *const religions[] = {
    "Sunni",       "Sunnis",       "Shiite",    "Shiites",    "Shi'ite",    "Shi'ites",
    "Shi’ite",     "Shi’ites",     "Shia",      "Shias",      "Muslim",     "Muslims",
    "Moslem",      "Moslems",      "Christian", "Christians", "Catholic",   "Catholics",
    "Protestant",  "Protestants",  "Jewish",    "Jew",        "Jews",       "Hindu",
    "Hindus",      "Buddhist",     "Buddhists", "Sikh",       "Sikhs",      "Orthodox",
    "Evangelical", "Evangelicals", "Druze",     "Alawite",    "Alawites",   "Coptic",
    "Copts",       "Yazidi",       "Yazidis",   "Mormon",     "Mormons",    "Anglican",
    "Anglicans",   "Lutheran",     "Lutherans", "Methodist",  "Methodists", "Salafi",
    "Salafist",    "Salafists",    "Wahhabi",   "Ismaili",    "Ahmadi",     "Ahmadis",
    "Islamist",    "Islamists",
  };

  for (guint t = first; t < end; t++)
    {
      NerWord w = words[t];

      w.len -= (guint32)ner_possessive_len (w.text, w.len);
      if (!is_word_in (&w, religions, G_N_ELEMENTS (religions)))
        return FALSE;
    }
  return end > first;
}

/* Whether the mention @s names an event, a competition or an award, MISC in
 * CoNLL ("World Cup", "Nobel Peace Prize", "Battle of Hastings", "Treaty of
 * Versailles"); GMB makes most of them organisations ("Cup" inside an ORG 32
 * times in its training part, MISC 16; "Prize" ORG 23 times of 23), and the
 * tagger learned it.  "Battle of" or "Treaty of" the tagger left out before a
 * place joins the mention. */
static gboolean
event_span (const NerWord *words, const guint8 *tags, Span *s)
{
  static const char *const heads[]
      = { "Cup",    "Championship", "Championships", "Olympics", "Olympiad", "Games",
          "Prize",  "Award",        "Awards",        "Trophy",   "Medal",    "Festival",
          "Treaty", "Accords",      "Election",      "Elections" };
  static const char *const events[] = { "Battle", "Siege", "Treaty", "Sack", "Massacre" };
  guint t = s->first;

  if (s->end - s->first >= 2 && is_word_in (&words[s->end - 1], heads, G_N_ELEMENTS (heads)))
    return TRUE;
  if (s->end - s->first >= 3 && is_word_in (&words[t], events, G_N_ELEMENTS (events))
      && is_word (&words[t + 1], "of"))
    return TRUE;
  if (t >= 2 && tags[t - 1] == NER_O && tags[t - 2] == NER_O && is_word (&words[t - 1], "of")
      && is_word_in (&words[t - 2], events, G_N_ELEMENTS (events)))
    {
      s->first = s->title_first = s->title_end = t - 2;
      return TRUE;
    }
  return FALSE;
}

/* Whether the mention @s names a storm ("Hurricane Gustav", "Tropical Storm
 * Hanna"): MISC in CoNLL and in most of GMB, where the tagger, which sees a
 * given name, makes a person of it.  One name after the storm's words, which
 * the tagger may have left out (they then join the mention); "Storm" and
 * "Depression" only after their kind, as "Storm Reid" and the "Storm
 * Prediction Center" are no storms. */
static gboolean
storm_span (const NerWord *words, const guint8 *tags, Span *s)
{
  static const char *const storms[] = { "Hurricane", "Typhoon", "Cyclone" };
  static const char *const kinds[]
      = { "Tropical", "Super", "Winter", "Post-Tropical", "Subtropical" };
  static const char *const kinded[] = { "Storm", "Depression", "Typhoon", "Cyclone" };
  guint t = s->first;

  /* the storm's words inside the mention */
  if (s->end - t == 2 && is_word_in (&words[t], storms, G_N_ELEMENTS (storms)))
    return TRUE;
  if (s->end - t == 3 && is_word_in (&words[t], kinds, G_N_ELEMENTS (kinds))
      && is_word_in (&words[t + 1], kinded, G_N_ELEMENTS (kinded)))
    return TRUE;
  /* or before it, untagged */
  if (s->end - t != 1 || t == 0 || tags[t - 1] != NER_O)
    return FALSE;
  if (is_word_in (&words[t - 1], storms, G_N_ELEMENTS (storms)))
    t--;
  else if (t >= 2 && tags[t - 2] == NER_O && is_word_in (&words[t - 2], kinds, G_N_ELEMENTS (kinds))
           && is_word_in (&words[t - 1], kinded, G_N_ELEMENTS (kinded)))
    t -= 2;
  else
    return FALSE;
  s->first = s->title_first = s->title_end = t;
  return TRUE;
}

/* Whether tokens [first, end) are a country's name: every capitalised word a
 * country word, the others "and", "of" or "the" ("Bosnia and Herzegovina"). */
static gboolean
is_country (const NerModel *model, const NerWord *words, guint first, guint end)
{
  gboolean any = FALSE;

  for (guint t = first; t < end; t++)
    {
      if (is_word (&words[t], "and") || is_word (&words[t], "of") || is_word (&words[t], "the"))
        continue;
      if (!(word_flags (model, &words[t]) & NER_LEX_COUNTRY))
        return FALSE;
      any = TRUE;
    }
  return any;
}

/* Where a title that ends at token @t begins: "Secretary of" before "State" in
 * "Secretary of State Antony Blinken". */
static guint
title_start (const NerModel *model, const NerWord *words, const guint8 *tags, guint t)
{
  while (t > 0
         && (ner_tag_type (tags[t - 1]) == NER_TYPE_TTL
             || (tags[t - 1] == NER_O
                 && ((word_flags (model, &words[t - 1]) & NER_LEX_TITLE)
                     || (is_word (&words[t - 1], "of") && t > 1
                         && (word_flags (model, &words[t - 2]) & NER_LEX_TITLE))))))
    t--;
  return t;
}

/* Repairs, from the word lists, of mistakes a statistical tagger trained on
 * noisy news makes and a reader would not:
 *   - "Egypt and Qatar" as one mention: two countries are two places;
 *   - a country's name tagged PER is a place ("Qatar", "United Arab
 *     Emirates").  One tagged ORG is left alone: the tagger learned from
 *     context when a country stands for its government ("Serbia has
 *     submitted"), and forcing LOC cost 0.5 F1 on GMB dev;
 *   - a name right after a place noun and "of" is a place, whatever the tagger
 *     made of a name it may have seen rarely ("the southern Gaza town of
 *     Rafah", "the province of Helmand");
 *   - titles and a given name inside a non-person mention ("State Antony
 *     Blinken"): the person starts at the given name; a mention of title
 *     words only right before a person ("State" before "Antony Blinken") is
 *     the end of the person's title;
 *   - an organisation followed by a lower-case organisation word ("Foreign
 *     ministry") takes the word, and a nationality right before an organisation
 *     named after its function joins it ("Egyptian Foreign ministry"), as in CoNLL;
 *   - an organisation named with "to" and a verb after an organisation word is
 *     one mention ("Committee to Protect Journalists");
 *   - titles tagged as a person right before a person are its title ("Lance
 *     Cpl." before "Maria Lopez").
 * With @conll FALSE (convention = gmb) the three that are CoNLL's conventions
 * rather than repairs are left out: GMB tags "State" before a person ORG, a
 * nationality apart from the organisation after it, and "Committee" apart from
 * "Protect Journalists". */
static void
repair_spans (const NerModel *model, const NerWord *words, const guint8 *tags, guint n_tokens,
              gboolean conll, GArray *spans)
{
  g_autoptr (GArray) out = g_array_new (FALSE, FALSE, sizeof (Span));

  for (guint k = 0; k < spans->len; k++)
    {
      Span s = g_array_index (spans, Span, k);
      gboolean split = FALSE;

      if (s.type != NER_TYPE_PER && s.end - s.first >= 3)
        {
          /* Country, "and" or ",", country… */
          guint a = s.first;

          split = TRUE;
          for (guint t = s.first; t <= s.end && split; t++)
            if (t == s.end || is_word (&words[t], "and") || is_word (&words[t], ","))
              {
                if (t == a || !is_country (model, words, a, t))
                  split = FALSE;
                a = t + 1;
              }
          if (split && a > s.end)
            {
              a = s.first;
              for (guint t = s.first; t <= s.end; t++)
                if (t == s.end || is_word (&words[t], "and") || is_word (&words[t], ","))
                  {
                    Span part = { a, t, a, a, NER_TYPE_LOC };

                    g_array_append_val (out, part);
                    a = t + 1;
                  }
              continue;
            }
        }
      if ((conll || s.type == NER_TYPE_PER) && k + 1 < spans->len)
        {
          /* Titles tagged as a name right before a person are the person's
           * title: GMB tags "State" in "Secretary of State Colin Powell" ORG,
           * and the tagger learned it (under convention = gmb that stays);
           * and the tagger takes a rank it has rarely seen, or its first word
           * ("Lance", a given name, before "Cpl."), for a person of its own. */
          Span *next = &g_array_index (spans, Span, k + 1);

          guint gap = s.end;

          /* (the class of a rank the tagger left out between them: "Petty Officer 2nd Class") */
          while (gap < next->first && gap - s.end < 2 && tags[gap] == NER_O)
            gap++;
          if (next->type == NER_TYPE_PER && next->first == gap
              && next->title_first == next->title_end
              && is_titles_only (model, words, s.first, next->first))
            {
              next->title_first = title_start (model, words, tags, s.first);
              next->title_end = next->first;
              continue;
            }
          if (next->type == NER_TYPE_PER && next->title_first == s.end
              && next->title_end > next->title_first
              && is_titles_only (model, words, s.first, next->title_end))
            {
              next->title_first = s.first;
              continue;
            }
        }
      if (s.type != NER_TYPE_MISC && storm_span (words, tags, &s))
        s.type = NER_TYPE_MISC;
      if (conll && s.type != NER_TYPE_MISC && is_religion (words, s.first, s.end))
        s.type = NER_TYPE_MISC;
      if (conll && s.type != NER_TYPE_MISC && s.type != NER_TYPE_PER
          && event_span (words, tags, &s))
        s.type = NER_TYPE_MISC;
      if (s.type == NER_TYPE_PER && is_country (model, words, s.first, s.end))
        s.type = NER_TYPE_LOC;
      if (s.type != NER_TYPE_LOC && s.first >= 2 && is_word (&words[s.first - 1], "of")
          && tags[s.first - 2] == NER_O && is_place_noun (&words[s.first - 2]))
        s.type = NER_TYPE_LOC;
      if (s.type != NER_TYPE_PER && s.end - s.first >= 3)
        {
          guint t = s.first;

          while (t < s.end
                 && ((word_flags (model, &words[t]) & NER_LEX_TITLE) || is_word (&words[t], "of")))
            t++;
          if (t > s.first && t + 1 < s.end && (word_flags (model, &words[t]) & NER_LEX_FIRST_NAME))
            {
              gboolean names = TRUE;

              for (guint u = t; u < s.end; u++)
                names = names && is_capitalised (words[u].text, words[u].len)
                        && !(word_flags (model, &words[u]) & NER_LEX_ORG_WORD);
              if (names)
                {
                  s = (Span){ t, s.end, title_start (model, words, tags, s.first), t,
                              NER_TYPE_PER };
                }
            }
        }
      if (s.type == NER_TYPE_ORG && s.end < n_tokens && tags[s.end] == NER_O
          && (is_word (&words[s.end], "ministry") || is_word (&words[s.end], "ministry’s")
              || is_word (&words[s.end], "ministry's")))
        s.end++;
      if (conll && s.type == NER_TYPE_ORG && out->len > 0
          && (word_flags (model, &words[s.end - 1]) & NER_LEX_ORG_WORD))
        {
          Span *prev = &g_array_index (out, Span, out->len - 1);

          if (prev->type == NER_TYPE_MISC && prev->end == s.first && prev->end - prev->first == 1)
            {
              prev->end = s.end;
              prev->type = NER_TYPE_ORG;
              continue;
            }
        }
      if (conll && s.type == NER_TYPE_ORG && out->len > 0)
        {
          /* "Committee to Protect Journalists": in GMB's training part an
           * organisation named so ends at "to" 10 times of 10, and the tagger
           * learned it; CoNLL does not, and neither does a reader.  Not "from
           * the Interior Ministry to Hamas", "to Google": the name after "to"
           * has two words or more, the first a dictionary word and no name. */
          Span *prev = &g_array_index (out, Span, out->len - 1);

          if (prev->type == NER_TYPE_ORG && prev->end + 1 == s.first
              && is_word (&words[prev->end], "to")
              && (word_flags (model, &words[prev->end - 1]) & NER_LEX_ORG_WORD)
              && s.end - s.first >= 2 && is_verb_like (model, &words[s.first]))
            {
              prev->end = s.end;
              continue;
            }
        }
      g_array_append_val (out, s);
    }
  g_array_set_size (spans, 0);
  g_array_append_vals (spans, out->data, out->len);
}

/* Whether @w ends a name after a comma: "Blink Technologies, Inc.", "Martin
 * Luther King, Jr.". */
static gboolean
is_name_suffix (const NerWord *w)
{
  static const char *const suffixes[] = { "Inc.", "Inc", "Ltd.", "Ltd", "LLC", "Co.", "Corp.",
                                          "plc", "PLC", "S.A.", "AG", "GmbH", "N.V.", "L.P.",
                                          "Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV" };

  return is_word_in (w, suffixes, G_N_ELEMENTS (suffixes));
}

/* What a token can be in a mention. */
typedef enum {
  ROLE_NAME,  /* any part of it */
  ROLE_INNER, /* only inside it: punctuation, quotes and symbols ("AT & T") */
  ROLE_BREAK, /* no part of it, and it separates two names: a comma, a URL */
} TokenRole;

/* Whether @w separates two names inside a mention.  A dash with spaces around it
 * does ("White Stripes - Seven Nation Army"); one inside a word is part of the
 * word's token ("Guinea-Bissau"). */
static gboolean
is_separator (const NerWord *w)
{
  static const char *const separators[] = { ",", ";", "|", "-", "--", "–", "—" };

  return is_word_in (w, separators, G_N_ELEMENTS (separators));
}

/* The role of token @t, from the tokenizer's interned label ("word", "punct",
 * "url"; see doc/output-format.md) in @labels, which may be NULL: a tokenizer that
 * labels nothing still gets its separators. */
static TokenRole
token_role (const NerWord *words, const char *const *labels, guint t, const TokenKinds *kinds)
{
  const NerWord *w = &words[t];
  const char *label = labels ? labels[t] : NULL;

  if (label == kinds->word || label == kinds->number)
    return ROLE_NAME;
  if (label == kinds->url || label == kinds->email || is_separator (w))
    return ROLE_BREAK;
  if (label == kinds->punct || label == kinds->quote || label == kinds->symbol)
    return ROLE_INNER;
  return ROLE_NAME;
}

/* A mention neither starts nor ends with punctuation, and holds no URL or
 * e-mail address; a comma, a semicolon, a bar or a dash between spaces inside
 * one separates two names (but not the comma before a final "Inc." or "Jr.").
 * GMB ends an organisation with the comma before "Mr. X" 26 times in its
 * training part ("British Broadcasting Corporation , Mr. Assad"), so the
 * tagger makes "Associated Press," and "Food and Agriculture Organization,
 * Assadullah Azhari" at times; a model trained on news alone has seen no URL
 * and takes "http://t.co/…" for an organisation.  @labels are the tokens'
 * labels, or NULL; @kinds the labels that say what a token is. */
static void
split_at_punctuation (const NerWord *words, const char *const *labels, const TokenKinds *kinds,
                      GArray *spans)
{
  g_autoptr (GArray) out = g_array_new (FALSE, FALSE, sizeof (Span));

  for (guint k = 0; k < spans->len; k++)
    {
      const Span s = g_array_index (spans, Span, k);
      guint a = s.first;

      for (guint t = s.first; t <= s.end; t++)
        if (t == s.end
            || (token_role (words, labels, t, kinds) == ROLE_BREAK
                && !(t + 2 == s.end && is_word (&words[t], ",")
                     && is_name_suffix (&words[t + 1]))))
          {
            Span part = { a, t, a, a, s.type };

            while (part.first < part.end
                   && token_role (words, labels, part.first, kinds) == ROLE_INNER)
              part.first++;
            while (part.end > part.first
                   && token_role (words, labels, part.end - 1, kinds) == ROLE_INNER)
              part.end--;
            if (part.first < part.end)
              {
                /* The title stays with the name it stood before. */
                if (part.first == s.first)
                  {
                    part.title_first = s.title_first;
                    part.title_end = s.title_end;
                  }
                else
                  part.title_first = part.title_end = part.first;
                g_array_append_val (out, part);
              }
            a = t + 1;
          }
    }
  g_array_set_size (spans, 0);
  g_array_append_vals (spans, out->data, out->len);
}

/* Spans of tags: PER/ORG/LOC/MISC mentions, with a title run (TTL) right before a
 * person attached to it. */
static void
collect_spans (const guint8 *tags, guint from, guint n, GArray *spans)
{
  guint title_first = 0, title_end = 0;

  for (guint i = from; i < n;)
    {
      NerType type = ner_tag_type (tags[i]);
      guint e = i + 1;

      if (type == NER_TYPE_NONE)
        {
          i++;
          continue;
        }
      while (e < n && !ner_tag_is_begin (tags[e]) && ner_tag_type (tags[e]) == type)
        e++;
      if (type == NER_TYPE_TTL)
        {
          title_first = i;
          title_end = e;
        }
      else
        {
          Span s = { i, e, i, i, type };

          if (type == NER_TYPE_PER && title_end == i && title_end > title_first)
            {
              s.title_first = title_first;
              s.title_end = title_end;
            }
          g_array_append_val (spans, s);
        }
      i = e;
    }
}

/* The text of tokens [first, end), without a final possessive ending. */
static LectorSpan
span_bytes (const LectorSpan *tok, const NerWord *words, guint first, guint end)
{
  LectorSpan b = { tok[first].start, tok[end - 1].end };

  b.end -= ner_possessive_len (words[end - 1].text, words[end - 1].len);
  return b;
}

/* Whether g_utf8_strup() upper-cases ASCII as ASCII (A-Z for a-z, the rest
 * unchanged) in the current locale: not in a Turkish one ("i" -> "İ"). */
static gboolean
strup_is_ascii (void)
{
  g_autofree char *up = g_utf8_strup ("i", 1);

  return strcmp (up, "I") == 0;
}

/* The names of propagate(): a string (NUL-free, kept elsewhere) -> an entity
 * type; open addressing, at most half full.  Cheaper than a GHashTable for
 * the few thousand names and lookups of a document: no function pointers,
 * lengths known. */
typedef struct {
  const char *key; /* NULL: empty */
  gsize len;
  guint hash;
  NerType type;
} NameSlot;

typedef struct {
  NameSlot *slots;
  guint mask, n;
} NameSet;

static guint
name_hash (const char *s, gsize len)
{
  guint h = 2166136261u; /* FNV-1a */

  for (gsize i = 0; i < len; i++)
    h = (h ^ (guchar)s[i]) * 16777619u;
  return h;
}

static NameSlot *
names_find (const NameSet *ns, const char *key, gsize len, guint hash)
{
  guint i = hash & ns->mask;

  while (ns->slots[i].key
         && !(ns->slots[i].hash == hash && ns->slots[i].len == len
              && memcmp (ns->slots[i].key, key, len) == 0))
    i = (i + 1) & ns->mask;
  return &ns->slots[i];
}

/* Sets the type of @key (@len bytes, which must stay) to @type, as a new name or
 * replacing the type of an equal one. */
static void
names_put (NameSet *ns, const char *key, gsize len, NerType type)
{
  guint hash = name_hash (key, len);
  NameSlot *slot;

  if ((ns->n + 1) * 2 > ns->mask + 1)
    {
      NameSet bigger = { g_new0 (NameSlot, (ns->mask + 1) * 2), ns->mask * 2 + 1, ns->n };

      for (guint i = 0; i <= ns->mask; i++)
        if (ns->slots[i].key)
          *names_find (&bigger, ns->slots[i].key, ns->slots[i].len, ns->slots[i].hash)
              = ns->slots[i];
      g_free (ns->slots);
      *ns = bigger;
    }
  slot = names_find (ns, key, len, hash);
  if (!slot->key)
    {
      *slot = (NameSlot){ key, len, hash, type };
      ns->n++;
    }
  else
    slot->type = type;
}

/* Document consistency: a word that was the last word of a person's name, a
 * one-word name of any type, or the acronym of a longer name is that name
 * wherever else it occurs capitalised (or in capitals) and untagged.  The
 * names' keys live in one string chunk, and the words looked up are copied to
 * the stack: this runs for every token of every document. */
static void
propagate (const NerWord *words, const guint8 *tagged, guint n_tokens, GArray *spans)
{
  NameSet names = { g_new0 (NameSlot, 64), 63, 0 };
  g_autoptr (GStringChunk) keys = g_string_chunk_new (512);
  g_autoptr (GArray) out = NULL;
  int ascii_strup = -1; /* strup_is_ascii (), asked when first needed */
  guint k = 0;

  for (guint i = 0; i < spans->len; i++)
    {
      const Span *s = &g_array_index (spans, Span, i);
      const NerWord *w = &words[s->end - 1];
      gsize len = w->len - ner_possessive_len (w->text, w->len);

      if (s->type != NER_TYPE_PER && s->end - s->first > 1)
        {
          /* The acronym of a name of several words: "PLO" after "Palestine
           * Liberation Organization". */
          char small[64];
          char *initials = s->end - s->first < sizeof small ? small : g_malloc (s->end - s->first);
          gsize n = 0;

          for (guint t = s->first; t < s->end; t++)
            if (words[t].len > 0 && words[t].text[0] >= 'A' && words[t].text[0] <= 'Z')
              initials[n++] = words[t].text[0];
          if (n >= 2)
            names_put (&names, g_string_chunk_insert_len (keys, initials, (gssize)n), n, s->type);
          if (initials != small)
            g_free (initials);
          continue;
        }
      if (s->type == NER_TYPE_MISC)
        continue;
      if (len > 1 && is_capitalised (w->text, len))
        {
          gboolean ascii = TRUE;
          char *upper;
          gsize upper_len = len;

          for (gsize j = 0; j < len && ascii; j++)
            ascii = (guchar)w->text[j] < 0x80;
          if (ascii && ascii_strup < 0)
            ascii_strup = strup_is_ascii ();
          /* Also in capitals: "CAIRO:" in a dateline is Cairo. */
          if (ascii && ascii_strup)
            {
              upper = g_string_chunk_insert_len (keys, w->text, (gssize)len);
              for (gsize j = 0; j < len; j++)
                upper[j] = g_ascii_toupper (upper[j]);
            }
          else
            {
              g_autofree char *up = g_utf8_strup (w->text, (gssize)len);

              upper = g_string_chunk_insert (keys, up);
              upper_len = strlen (upper);
            }
          names_put (&names, upper, upper_len, s->type);
          names_put (&names, g_string_chunk_insert_len (keys, w->text, (gssize)len), len, s->type);
        }
    }
  if (names.n == 0)
    {
      g_free (names.slots);
      return;
    }
  out = g_array_sized_new (FALSE, FALSE, sizeof (Span), spans->len + 16);
  for (guint t = 0; t < n_tokens; t++)
    {
      gsize len, word_len;
      char small[128];
      char *word;
      const NameSlot *slot;

      while (k < spans->len && g_array_index (spans, Span, k).first <= t)
        {
          const Span *s = &g_array_index (spans, Span, k);

          g_array_append_val (out, *s);
          k++;
          t = MAX (t, s->end);
        }
      if (t >= n_tokens || tagged[t])
        continue;
      /* The length of the token after a mention, not of the mention's first token. */
      len = word_len = words[t].len - ner_possessive_len (words[t].text, words[t].len);
      if (!is_capitalised (words[t].text, len))
        continue;
      /* The text has no NUL (LectorDocument), so this is g_strndup()'s copy. */
      word = len < sizeof small ? small : g_malloc (len + 1);
      memcpy (word, words[t].text, len);
      word[len] = '\0';
      if (memchr (word, '.', len))
        {
          /* "U.S." is looked up as "US". */
          char *o = word;

          for (const char *p = word; *p; p++)
            if (*p != '.')
              *o++ = *p;
          *o = '\0';
          word_len = (gsize)(o - word);
        }
      slot = names_find (&names, word, word_len, name_hash (word, word_len));
      if (slot->key)
        {
          Span s = { t, t + 1, t, t, slot->type };

          g_array_append_val (out, s);
        }
      if (word != small)
        g_free (word);
    }
  for (; k < spans->len; k++)
    g_array_append_val (out, g_array_index (spans, Span, k));
  g_array_set_size (spans, 0);
  g_array_append_vals (spans, out->data, out->len);
  g_free (names.slots);
}

/* "E1", "E2", … for entity index @e: built by hand, as json_sprintf() formats
 * twice and json_pack() parses its format, for every mention of every document. */
static json_t *
entity_id (guint e)
{
  char buf[16], *p = buf + sizeof buf;
  guint v = e + 1;

  do
    *--p = (char)('0' + v % 10);
  while ((v /= 10) > 0);
  *--p = 'E';
  return json_stringn_nocheck (p, (gsize)(buf + sizeof buf - p));
}

static gboolean
write_skipped (LectorDocument *doc, const char *why, GError **error)
{
  json_t *meta = lector_document_get_meta (doc);

  if (!lector_document_add_layer (doc, "entities", error))
    return FALSE;
  json_object_set_new (meta, "entities", json_array ());
  json_object_set_new (meta, "entities_skipped", json_string (why));
  return TRUE;
}

/* Per thread, kept from one document to the next so that a document does
 * not pay their allocations: the tagger's scratch and the document history
 * (emptied for each document). */
typedef struct {
  NerScratch scratch;
  NerLexicon history;
} EntitiesScratch;

/* A history table larger than this is freed after its document rather than
 * emptied for the next one, which would clear all of it. */
#define HISTORY_KEEP 4096

static void
entities_scratch_free (gpointer data)
{
  EntitiesScratch *es = data;

  ner_scratch_clear (&es->scratch);
  ner_lexicon_clear (&es->history);
  g_free (es);
}

static GPrivate scratch_key = G_PRIVATE_INIT (entities_scratch_free);

static EntitiesScratch *
entities_scratch (void)
{
  EntitiesScratch *es = g_private_get (&scratch_key);

  if (es == NULL)
    {
      es = g_new0 (EntitiesScratch, 1);
      ner_scratch_init (&es->scratch);
      g_private_set (&scratch_key, es);
    }
  return es;
}

static gboolean
entities_process (gpointer data, LectorDocument *doc, GError **error)
{
  const EntitiesStage *stage = data;
  const char *lang = lector_document_get_language (doc);
  gsize text_len;
  const char *text = lector_document_get_text (doc, &text_len);
  LectorLayer *tokens, *sentences, *out;
  const LectorSpan *tok, *sent;
  gsize n_tokens, n_sent;
  g_autofree NerWord *words = NULL;
  g_autofree guint8 *tags = NULL;
  g_autoptr (GArray) spans = g_array_new (FALSE, FALSE, sizeof (Span));
  g_autofree EntMention *mentions = NULL;
  g_autofree char *mention_texts = NULL;
  g_autoptr (EntGroups) entities = NULL;
  EntitiesScratch *es;
  json_t *list;

  if (lang && !lector_language_in (lang, (const char *const *)stage->languages)
      && strcmp (lang, "und") != 0)
    {
      g_autofree char *why = g_strdup_printf ("language '%s' not covered", lang);

      return write_skipped (doc, why, error);
    }
  tokens = lector_document_require_layer (doc, "tokens", error);
  sentences = tokens ? lector_document_require_layer (doc, "sentences", error) : NULL;
  if (!sentences)
    return FALSE;
  tok = lector_layer_get_spans (tokens);
  n_tokens = lector_layer_get_size (tokens);
  sent = lector_layer_get_spans (sentences);
  n_sent = lector_layer_get_size (sentences);

  words = g_new (NerWord, n_tokens + 1);
  tags = g_new0 (guint8, n_tokens + 1);
  for (gsize i = 0; i < n_tokens; i++)
    {
      words[i].text = text + tok[i].start;
      words[i].len = (guint32)(tok[i].end - tok[i].start);
    }
  es = entities_scratch ();
  if (stage->consistency)
    {
      if (es->history.slots == NULL)
        ner_lexicon_init (&es->history, 64);
      ner_lexicon_reset (&es->history);
    }
  for (gsize s = 0; s < n_sent; s++)
    {
      gsize first = lector_layer_lower_bound (tokens, sent[s].start), end = first;

      while (end < n_tokens && tok[end].start < sent[s].end)
        end++;
      if (end == first)
        continue;
      /* What the sentence's words were earlier in the document are features
       * (tagger.h): one pass, left to right. */
      ner_model_tag (stage->model, words + first, end - first,
                     stage->consistency ? &es->history : NULL, &es->scratch, tags + first);
      collect_spans (tags, (guint)first, (guint)end, spans);
    }
  if (es->history.mask + 1 > HISTORY_KEEP)
    ner_lexicon_clear (&es->history);

  repair_spans (stage->model, words, tags, (guint)n_tokens, !stage->gmb, spans);
  split_at_punctuation (words, lector_layer_get_labels (tokens), &stage->kinds, spans);
  for (guint k = 0; k < spans->len; k++)
    {
      Span *sp = &g_array_index (spans, Span, k);

      if (sp->type == NER_TYPE_PER)
        strip_titles (stage->model, words, tags, !stage->gmb, sp);
    }
  if (stage->consistency)
    {
      /* Which tokens are already inside a mention or a title. */
      g_autofree guint8 *covered = g_new0 (guint8, n_tokens + 1);

      for (gsize i = 0; i < n_tokens; i++)
        covered[i] = tags[i] != NER_O;
      propagate (words, covered, (guint)n_tokens, spans);
    }

  /* The mentions' texts, NUL-terminated, side by side in one allocation. */
  mentions = g_new0 (EntMention, spans->len + 1);
  {
    gsize total = 0;
    char *p;

    for (guint k = 0; k < spans->len; k++)
      {
        const Span *sp = &g_array_index (spans, Span, k);
        LectorSpan b = span_bytes (tok, words, sp->first, sp->end);

        total += b.end - b.start + 1;
      }
    mention_texts = p = g_malloc (total + 1);
    for (guint k = 0; k < spans->len; k++)
      {
        const Span *sp = &g_array_index (spans, Span, k);
        LectorSpan b = span_bytes (tok, words, sp->first, sp->end);

        memcpy (p, text + b.start, b.end - b.start);
        p[b.end - b.start] = '\0';
        mentions[k].text = p;
        mentions[k].type = sp->type;
        /* "Japan Aerospace Exploration Agency (JAXA)": the writer's own definition */
        mentions[k].defined_after_previous
            = k > 0 && g_array_index (spans, Span, k - 1).end + 1 == sp->first && sp->end < n_tokens
              && is_word (&words[sp->first - 1], "(") && is_word (&words[sp->end], ")");
        p += b.end - b.start + 1;
      }
  }
  entities = ent_group (mentions, spans->len);

  out = lector_document_add_layer (doc, "entities", error);
  if (!out)
    return FALSE;
  for (guint k = 0; k < spans->len; k++)
    {
      const Span *sp = &g_array_index (spans, Span, k);
      /* GMB's convention: a person's mention starts at the title.  Grouping
       * above read the bare names, so the entity keeps the name. */
      guint first = stage->gmb && sp->title_end > sp->title_first ? sp->title_first : sp->first;
      LectorSpan b = span_bytes (tok, words, first, sp->end);
      json_t *features = json_object ();

      json_t *range = json_array ();

      /* The _nocheck forms: the keys are literals and the values slices of
       * the document's text at token boundaries, valid UTF-8 without NUL
       * (LectorDocument checks it), which json_string() would check again. */
      json_object_set_new_nocheck (features, "text",
                                   json_stringn_nocheck (text + b.start, b.end - b.start));
      json_object_set_new_nocheck (features, "entity", entity_id (mentions[k].entity));
      /* Token indices (half-open), so a consumer maps a token span to a mention
       * without comparing offsets. */
      json_array_append_new (range, json_integer ((json_int_t)first));
      json_array_append_new (range, json_integer ((json_int_t)sp->end));
      json_object_set_new_nocheck (features, "tokens", range);
      if (sp->title_end > sp->title_first)
        {
          LectorSpan t = { tok[sp->title_first].start, tok[sp->title_end - 1].end };

          json_object_set_new_nocheck (features, "title",
                                       json_stringn_nocheck (text + t.start, t.end - t.start));
        }
      if (lector_layer_add (out, b, ner_type_to_string (mentions[k].type), NAN, features, error)
          < 0)
        return FALSE;
    }

  list = json_array ();
  for (guint e = 0; e < entities->n_entities; e++)
    {
      const EntEntity *ent = &entities->entities[e];
      json_t *idx = json_array ();

      for (guint j = 0; j < ent->n_mentions; j++)
        json_array_append_new (idx, json_integer (ent->mentions[j]));
      json_t *obj = json_object ();

      json_object_set_new_nocheck (obj, "id", entity_id (e));
      json_object_set_new_nocheck (obj, "label", json_string_nocheck (ner_type_to_string (ent->type)));
      json_object_set_new_nocheck (obj, "name", json_string_nocheck (ent->name));
      json_object_set_new_nocheck (obj, "mentions", idx);
      json_array_append_new (list, obj);
    }
  json_object_set_new (lector_document_get_meta (doc), "entities", list);
  return TRUE;
}

LECTOR_PLUGIN_DEFINE (entities, .version = "1.0.0",
                      .description = "named entities (PER, ORG, LOC, MISC) and their grouping: "
                                     "an averaged-perceptron tagger over BIO tags",
                      .license = "MIT", .provides = LECTOR_STRV ("entities"),
                      .requires = LECTOR_STRV ("sentences", "tokens"),
                      .languages = LECTOR_STRV ("en"), .params = entities_params,
                      .threading = LECTOR_THREADING_SHARED, .create = entities_create,
                      .process = entities_process, .free = entities_free)
