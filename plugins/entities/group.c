/* Grouping mentions into entities; see group.h.
 *
 * Union-find over the mentions of one document, with three rules:
 *   1. the same name (case and periods ignored: "U.S." = "US") is the same entity;
 *   2. a shorter person name whose words all occur in a longer one and that ends
 *      with the same word ("Blinken", "Antony Blinken"; a word is compared without
 *      Arabic's article, "Zarqawi" = "al-Zarqawi") is that person; so is
 *      a word in capitals of four letters or more that is no acronym here
 *      ("BLINKEN" in a headline);
 *   3. an acronym is the entity whose capitalised words it abbreviates
 *      ("PLO" = "Palestine Liberation Organization", "US" = "United States",
 *      "USDA" = "U.S. Department of Agriculture": a dotted abbreviation gives a letter each),
 *      or the organisation it follows in parentheses ("Japan Aerospace Exploration Agency
 *      (JAXA)").
 * For rules 2 and 3 the nearest earlier candidate wins, else the nearest later
 * (within 400 mentions).
 */
#include "group.h"

#include <string.h>

typedef struct {
  char **words;  /* lower-cased words, pointing into @lower */
  char *lower;   /* the lower-cased text, cut into the words */
  char *key;     /* lower-cased text without periods or spaces */
  char *initials; /* upper-case initials of the capitalised words */
  char *acronym;  /* the letters when the text is an acronym, else NULL */
  guint n_words;
  gpointer block; /* when not NULL, the one allocation all the above live in */
  guint last_hash; /* g_str_hash() of the last word, "" when none */
  guint initials_hash;
} Form;

static gboolean
is_separator (char c)
{
  return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/* A mention's forms, with few allocations: this runs for every mention of every
 * document.  The words are the pieces of the lower-cased text between ASCII
 * white space, which lower-casing neither adds nor removes, so they are what
 * lower-casing each word would give. */
/* Cuts @f->lower into its words in place (separators become NULs) and lists
 * them, in @words when not NULL (room for one more than the words), else in a
 * new array. */
static void
split_words (Form *f, char **words)
{
  guint n = 0;

  if (words)
    f->words = words;
  else
    {
      for (const char *p = f->lower; *p; p++)
        if (!is_separator (*p) && (p == f->lower || is_separator (p[-1])))
          n++;
      f->words = g_new (char *, n + 1);
    }
  n = 0;
  for (char *p = f->lower; *p; p++)
    if (is_separator (*p))
      *p = '\0';
    else if (p == f->lower || p[-1] == '\0')
      f->words[n++] = p;
  f->words[n] = NULL;
  f->n_words = n;
  /* Arabic's article is written with the name or not, "Abu Musab al-Zarqawi"
   * and "Zarqawi": a word is compared without it. */
  for (guint i = 0; i < n; i++)
    if ((strncmp (f->words[i], "al-", 3) == 0 || strncmp (f->words[i], "el-", 3) == 0)
        && f->words[i][3] != '\0' && f->words[i][3] != '-')
      f->words[i] += 3;
}

/* form_init() for a text of ASCII characters only (most names in English
 * news): the same forms without GLib's Unicode tables and GStrings.  In ASCII,
 * g_unichar_isupper() is A-Z, g_unichar_tolower() is A-Z -> a-z, and
 * g_unichar_isspace() is space, \t, \n, \r and \f. */
/* g_ascii_tolower(), inline: it is called for every byte of every mention. */
static inline char
ascii_lower (char c)
{
  return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

static void
form_init_ascii (Form *f, const char *text, gsize len)
{
  /* One allocation: the word list (a word takes at least a byte and a
   * separator, so there are at most (len + 1) / 2 of them), then four strings
   * of at most @len bytes. */
  gsize n_words_max = (len + 1) / 2 + 1;
  char **words = g_malloc (n_words_max * sizeof (char *) + 4 * (len + 1));
  char *lower = (char *)(words + n_words_max), *key = lower + len + 1;
  char *initials = key + len + 1, *acronym = initials + len + 1;
  gsize nk = 0, ni = 0, na = 0;
  gboolean is_acronym = TRUE;

  f->block = words;
  f->lower = lower;
  for (gsize i = 0; i <= len; i++)
    f->lower[i] = ascii_lower (text[i]);
  split_words (f, words);
  for (gsize i = 0; i < len; i++)
    {
      char c = text[i];
      gboolean upper = c >= 'A' && c <= 'Z';

      /* (each letter of a dotted abbreviation too: "U.S. Department of Agriculture" is
       * USDA) */
      if (upper && (i == 0 || is_separator (text[i - 1]) || text[i - 1] == '.'))
        initials[ni++] = c;
      if (c == '.' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f')
        continue;
      key[nk++] = ascii_lower (c);
      if (upper)
        acronym[na++] = c;
      else
        is_acronym = FALSE;
    }
  key[nk] = initials[ni] = acronym[na] = '\0';
  f->key = key;
  f->initials = initials;
  is_acronym = is_acronym && f->n_words == 1 && na >= 2 && na <= 8;
  f->acronym = is_acronym ? acronym : NULL;
}

static void
form_init_unicode (Form *f, const char *text, gsize len)
{
  GString *key = g_string_sized_new (len + 1), *initials = g_string_sized_new (8);
  GString *acronym = g_string_sized_new (8);
  gboolean is_acronym = TRUE;

  f->block = NULL;
  f->lower = g_utf8_strdown (text, (gssize)len);
  split_words (f, NULL);
  for (const char *p = text; *p; p++)
    if (!is_separator (*p) && (p == text || is_separator (p[-1]) || p[-1] == '.'))
      {
        gunichar c = g_utf8_get_char (p);

        if (g_unichar_isupper (c))
          g_string_append_unichar (initials, c);
      }
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '.' || g_unichar_isspace (c))
        continue;
      g_string_append_unichar (key, g_unichar_tolower (c));
      if (g_unichar_isupper (c))
        g_string_append_unichar (acronym, c);
      else
        is_acronym = FALSE;
    }
  f->key = g_string_free (key, FALSE);
  f->initials = g_string_free (initials, FALSE);
  is_acronym = is_acronym && f->n_words == 1 && acronym->len >= 2 && acronym->len <= 8;
  f->acronym = g_string_free (acronym, !is_acronym);
}

static void
form_init (Form *f, const char *text)
{
  gsize len = strlen (text);
  gsize i = 0;

  while (i < len && (guchar)text[i] < 0x80)
    i++;
  if (i < len)
    form_init_unicode (f, text, len);
  else
    form_init_ascii (f, text, len);
  f->last_hash = g_str_hash (f->n_words ? f->words[f->n_words - 1] : "");
  f->initials_hash = g_str_hash (f->initials);
}

static void
form_clear (Form *f)
{
  if (f->block)
    {
      g_free (f->block);
      return;
    }
  g_free (f->words);
  g_free (f->lower);
  g_free (f->key);
  g_free (f->initials);
  g_free (f->acronym);
}

static guint
find (guint *parent, guint i)
{
  while (parent[i] != i)
    {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
  return i;
}

static void
unite (guint *parent, guint a, guint b)
{
  a = find (parent, a);
  b = find (parent, b);
  /* The earlier mention stays the root, so a component's root is its first mention. */
  if (a < b)
    parent[b] = a;
  else if (b < a)
    parent[a] = b;
}

/* Rule 2: @s is a short form of the person @l. */
static gboolean
person_part_of (const Form *s, const Form *l)
{
  if (s->n_words >= l->n_words || s->n_words == 0)
    return FALSE;
  if (strcmp (s->words[s->n_words - 1], l->words[l->n_words - 1]) != 0)
    return FALSE;
  for (guint i = 0; i < s->n_words; i++)
    if (!g_strv_contains ((const char *const *)l->words, s->words[i]))
      return FALSE;
  return TRUE;
}

/* Rule 3: @s is the acronym of @l. */
static gboolean
acronym_of (const Form *s, const Form *l)
{
  if (!s->acronym || l->n_words < 2 || strcmp (s->acronym, l->initials) != 0)
    return FALSE;
  /* "U.S." is not the acronym of "U.S. Senate", which only starts with it. */
  for (guint i = 0; i < l->n_words; i++)
    {
      const char *w = l->words[i];
      const char *a = s->key;

      while (*w && *a)
        {
          if (*w == '.')
            {
              w++;
              continue;
            }
          if (*w != *a)
            break;
          w++;
          a++;
        }
      while (*w == '.')
        w++;
      if (!*w && !*a)
        return FALSE;
    }
  return TRUE;
}

/* How far apart two mentions of a rule may be: a bounded window keeps long
 * documents linear. */
#define NEAREST_WINDOW 400

/* A map from a 32-bit hash to a mention index (open addressing, at most half
 * full), for the passes of ent_group(). */
typedef struct {
  guint hash;
  gint index; /* -1: empty */
} HashSlot;

typedef struct {
  HashSlot *slots;
  guint mask;
} HashIndex;

static void
hash_index_init (HashIndex *hi, guint n)
{
  guint cap = 16;

  while (cap < 2 * n)
    cap <<= 1;
  hi->slots = g_new (HashSlot, cap);
  hi->mask = cap - 1;
  for (guint i = 0; i < cap; i++)
    hi->slots[i].index = -1;
}

static void
hash_index_reset (HashIndex *hi)
{
  for (guint i = 0; i <= hi->mask; i++)
    hi->slots[i].index = -1;
}

static guint
hash_index_start (const HashIndex *hi, guint hash)
{
  return ((hash ^ (hash >> 16)) * 0x45d9f3bu) & hi->mask;
}

/* The slot of @hash: its entry, or the empty slot where it goes. */
static HashSlot *
hash_index_slot (const HashIndex *hi, guint hash)
{
  guint i = hash_index_start (hi, hash);

  while (hi->slots[i].index >= 0 && hi->slots[i].hash != hash)
    i = (i + 1) & hi->mask;
  return &hi->slots[i];
}

/* Records @index as the latest mention with @hash; Returns: the one before, or -1. */
static gint
hash_index_push (const HashIndex *hi, guint hash, guint index)
{
  HashSlot *slot = hash_index_slot (hi, hash);
  gint before = slot->index;

  slot->hash = hash;
  slot->index = (gint)index;
  return before;
}

/* The candidates of rule 2 share the mention's last word, those of rule 3
 * have its acronym as initials: each mention is chained to the previous and
 * the next mention with the same hash of those, so that each rule only
 * visits the few mentions whose hash matches instead of every mention in the
 * window. */
typedef struct {
  gint *prev_last, *next_last; /* the same last word (hash) */
  gint *prev_init, *next_init; /* the same initials (hash) */
  gint *left_acr, *right_acr;  /* the nearest mentions with the acronym as initials */
} Chains;

/* Whether rule 2 (@person) or 3 makes mention @j the entity of mention @i. */
static gboolean
related (const Form *forms, const EntMention *m, guint i, guint j, gboolean person)
{
  return person ? m[j].type == NER_TYPE_PER && m[i].type != NER_TYPE_MISC
                      && person_part_of (&forms[i], &forms[j])
                : m[j].type != NER_TYPE_PER && acronym_of (&forms[i], &forms[j]);
}

/* The nearest earlier mention j with related (i, j), else the nearest later
 * one, at most NEAREST_WINDOW away: the mentions of the chains, visited by
 * distance from @i, the earlier first on a tie. */
static gint
nearest (const Form *forms, const EntMention *m, const Chains *ch, guint i, gboolean person)
{
  gint left = person ? ch->prev_last[i] : ch->left_acr[i];
  gint right = person ? ch->next_last[i] : ch->right_acr[i];
  const gint *prev = person ? ch->prev_last : ch->prev_init;
  const gint *next = person ? ch->next_last : ch->next_init;

  for (;;)
    {
      guint dl = left >= 0 ? i - (guint)left : G_MAXUINT;
      guint dr = right >= 0 ? (guint)right - i : G_MAXUINT;
      guint j;

      if (MIN (dl, dr) > NEAREST_WINDOW)
        return -1;
      if (dl <= dr)
        {
          j = (guint)left;
          left = prev[left];
        }
      else
        {
          j = (guint)right;
          right = next[right];
        }
      if (related (forms, m, i, j, person))
        return (gint)j;
    }
}

void
ent_groups_free (EntGroups *groups)
{
  g_free (groups);
}

EntGroups *
ent_group (EntMention *m, guint n)
{
  g_autofree Form *forms = g_new0 (Form, n);
  g_autofree guint *parent = g_new (guint, n);
  g_autofree gint *entity_of_root = g_new (gint, n);
  g_autofree guint *count = g_new0 (guint, n + 1);
  /* (+ 1: never NULL, so that the chains below are not offsets from a null pointer when
   * there is no mention) */
  g_autofree gint *links = g_new (gint, 6 * (gsize)n + 1);
  Chains ch = { links, links + n, links + 2 * n, links + 3 * n, links + 4 * n, links + 5 * n };
  HashIndex by_key, by_last, by_initials;
  EntGroups *groups;
  guint n_entities = 0;

  hash_index_init (&by_key, n);
  hash_index_init (&by_last, n);
  hash_index_init (&by_initials, n);
  /* Rule 1 (the first mention of the same key), and the chains to earlier
   * mentions. */
  for (guint i = 0; i < n; i++)
    {
      guint key_hash;
      guint k;

      form_init (&forms[i], m[i].text);
      parent[i] = i;
      entity_of_root[i] = -1;
      key_hash = g_str_hash (forms[i].key);
      for (k = hash_index_start (&by_key, key_hash);
           by_key.slots[k].index >= 0
           && !(by_key.slots[k].hash == key_hash
                && strcmp (forms[by_key.slots[k].index].key, forms[i].key) == 0);
           k = (k + 1) & by_key.mask)
        ;
      if (by_key.slots[k].index >= 0)
        unite (parent, (guint)by_key.slots[k].index, i);
      else
        by_key.slots[k] = (HashSlot){ key_hash, (gint)i };
      ch.prev_last[i] = hash_index_push (&by_last, forms[i].last_hash, i);
      /* Before this mention's own initials: only earlier ones. */
      ch.left_acr[i]
          = forms[i].acronym ? hash_index_slot (&by_initials, g_str_hash (forms[i].acronym))->index
                             : -1;
      ch.prev_init[i] = hash_index_push (&by_initials, forms[i].initials_hash, i);
    }
  /* The chains to later mentions. */
  hash_index_reset (&by_last);
  hash_index_reset (&by_initials);
  for (guint i = n; i-- > 0;)
    {
      ch.next_last[i] = hash_index_push (&by_last, forms[i].last_hash, i);
      ch.right_acr[i]
          = forms[i].acronym ? hash_index_slot (&by_initials, g_str_hash (forms[i].acronym))->index
                             : -1;
      ch.next_init[i] = hash_index_push (&by_initials, forms[i].initials_hash, i);
    }
  g_free (by_key.slots);
  g_free (by_last.slots);
  g_free (by_initials.slots);
  for (guint i = 0; i < n; i++)
    {
      gint j = -1;

      /* An acronym the text defines, "Japan Aerospace Exploration Agency
       * (JAXA)", is that name whatever its other letters: an organisation's
       * name of two words or more with the same first letter, so that a
       * dateline's "NEW YORK (AP)" and "ADDIS ABABA (AFP)" stay apart. */
      if (i > 0 && m[i].defined_after_previous && forms[i].acronym && forms[i - 1].n_words >= 2
          && (m[i - 1].type == NER_TYPE_ORG || m[i - 1].type == NER_TYPE_MISC)
          && forms[i - 1].initials[0] == forms[i].acronym[0])
        {
          unite (parent, i, i - 1);
          continue;
        }
      /* A surname is the person whatever the tagger took it for: "Citrone" after
       * "Roberto Citrone" is the person even where it was tagged ORG. */
      if (!forms[i].acronym || m[i].type == NER_TYPE_PER)
        j = nearest (forms, m, &ch, i, TRUE);
      if (j < 0 && forms[i].acronym)
        j = nearest (forms, m, &ch, i, FALSE);
      /* A word in capitals that abbreviates nothing in the document is most
       * likely a headline's word ("BLINKEN WARNS ISRAEL", with "Antony
       * Blinken" in the story), where the tagger had no case to go by.  Short
       * ones stay acronyms: "UN" is not Kim Jong Un. */
      if (j < 0 && forms[i].acronym && m[i].type != NER_TYPE_PER
          && g_utf8_strlen (forms[i].acronym, -1) >= 4)
        j = nearest (forms, m, &ch, i, TRUE);
      if (j >= 0)
        unite (parent, i, (guint)j);
    }

  /* Entities numbered by first mention; then each one's mentions, in order,
   * in one array (a counting sort by entity). */
  for (guint i = 0; i < n; i++)
    {
      guint root = find (parent, i);

      if (entity_of_root[root] < 0)
        entity_of_root[root] = (gint)n_entities++;
      m[i].entity = (guint)entity_of_root[root];
      count[m[i].entity]++;
    }
  groups = g_malloc (sizeof (EntGroups) + n_entities * sizeof (EntEntity) + n * sizeof (guint));
  groups->n_entities = n_entities;
  groups->entities = (EntEntity *)(groups + 1);
  groups->members = (guint *)(groups->entities + n_entities);
  {
    guint start = 0;

    for (guint k = 0; k < n_entities; k++)
      {
        groups->entities[k] = (EntEntity){ .type = NER_TYPE_NONE,
                                           .mentions = groups->members + start,
                                           .n_mentions = 0 };
        start += count[k];
      }
    for (guint i = 0; i < n; i++)
      {
        EntEntity *e = &groups->entities[m[i].entity];

        groups->members[(e->mentions - groups->members) + e->n_mentions++] = i;
      }
  }

  for (guint k = 0; k < n_entities; k++)
    {
      EntEntity *e = &groups->entities[k];
      guint votes[NER_N_TYPES] = { 0 }, best_type, fullest;

      best_type = m[e->mentions[0]].type;
      fullest = e->mentions[0];
      for (guint j = 0; j < e->n_mentions; j++)
        {
          guint i = e->mentions[j];

          /* A full name ("Antony Blinken") says more about the type than a bare
           * word does, so it counts twice. */
          votes[m[i].type] += forms[i].n_words > 1 ? 2 : 1;
          if (forms[i].n_words > forms[fullest].n_words
              || (forms[i].n_words == forms[fullest].n_words
                  && (strlen (m[i].text) > strlen (m[fullest].text)
                      || (forms[fullest].acronym && !forms[i].acronym))))
            fullest = i;
        }
      for (guint t = 0; t < NER_N_TYPES; t++)
        if (votes[t] > votes[best_type])
          best_type = t;
      e->type = (NerType)best_type;
      e->name = m[fullest].text;
      for (guint j = 0; j < e->n_mentions; j++)
        m[e->mentions[j]].type = e->type;
    }
  for (guint i = 0; i < n; i++)
    form_clear (&forms[i]);
  return groups;
}
