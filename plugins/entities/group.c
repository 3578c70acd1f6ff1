/* Grouping mentions into entities; see group.h.
 *
 * Union-find over the mentions of one document, with three rules:
 *   1. the same name (case and periods ignored: "U.S." = "US") is the same entity;
 *   2. a shorter person name whose words all occur in a longer one and that ends
 *      with the same word ("Blinken", "Antony Blinken") is that person;
 *   3. an acronym is the entity whose capitalised words it abbreviates
 *      ("PLO" = "Palestine Liberation Organization", "US" = "United States").
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
/* Cuts @f->lower into its words in place (separators become NULs) and lists them. */
static void
split_words (Form *f)
{
  guint n = 0;
  for (const char *p = f->lower; *p; p++)
    if (!is_separator (*p) && (p == f->lower || is_separator (p[-1])))
      n++;
  f->words = g_new (char *, n + 1);
  n = 0;
  for (char *p = f->lower; *p; p++)
    if (is_separator (*p))
      *p = '\0';
    else if (p == f->lower || p[-1] == '\0')
      f->words[n++] = p;
  f->words[n] = NULL;
  f->n_words = n;
}

/* form_init() for a text of ASCII characters only (most names in English
 * news): the same forms without GLib's Unicode tables and GStrings.  In ASCII,
 * g_unichar_isupper() is A-Z, g_unichar_tolower() is A-Z -> a-z, and
 * g_unichar_isspace() is space, \t, \n, \r and \f. */
static void
form_init_ascii (Form *f, const char *text, gsize len)
{
  char *key = g_malloc (len + 1), *initials = g_malloc (len + 1), *acronym = g_malloc (len + 1);
  gsize nk = 0, ni = 0, na = 0;
  gboolean is_acronym = TRUE;

  f->lower = g_malloc (len + 1);
  for (gsize i = 0; i <= len; i++)
    f->lower[i] = g_ascii_tolower (text[i]);
  split_words (f);
  for (gsize i = 0; i < len; i++)
    {
      char c = text[i];
      gboolean upper = c >= 'A' && c <= 'Z';

      if (upper && !is_separator (c) && (i == 0 || is_separator (text[i - 1])))
        initials[ni++] = c;
      if (c == '.' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f')
        continue;
      key[nk++] = g_ascii_tolower (c);
      if (upper)
        acronym[na++] = c;
      else
        is_acronym = FALSE;
    }
  key[nk] = initials[ni] = acronym[na] = '\0';
  f->key = key;
  f->initials = initials;
  is_acronym = is_acronym && f->n_words == 1 && na >= 2 && na <= 8;
  if (is_acronym)
    f->acronym = acronym;
  else
    {
      g_free (acronym);
      f->acronym = NULL;
    }
}

static void
form_init_unicode (Form *f, const char *text, gsize len)
{
  GString *key = g_string_sized_new (len + 1), *initials = g_string_sized_new (8);
  GString *acronym = g_string_sized_new (8);
  gboolean is_acronym = TRUE;

  f->lower = g_utf8_strdown (text, (gssize)len);
  split_words (f);
  for (const char *p = text; *p; p++)
    if (!is_separator (*p) && (p == text || is_separator (p[-1])))
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

  for (gsize i = 0; i < len; i++)
    if ((guchar)text[i] >= 0x80)
      {
        form_init_unicode (f, text, len);
        return;
      }
  form_init_ascii (f, text, len);
}

static void
form_clear (Form *f)
{
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

/* The nearest earlier mention j with rel (i, j), else the nearest later one. */
static gint
nearest (const Form *forms, const EntMention *m, guint n, guint i, gboolean person)
{
  /* A bounded window keeps long documents linear. */
  for (guint d = 1; d < n && d <= 400; d++)
    for (int side = 0; side < 2; side++)
      {
        gint j = side == 0 ? (gint)i - (gint)d : (gint)(i + d);

        if (j < 0 || (guint)j >= n)
          continue;
        if (person ? m[j].type == NER_TYPE_PER && m[i].type != NER_TYPE_MISC
                         && person_part_of (&forms[i], &forms[j])
                   : m[j].type != NER_TYPE_PER && acronym_of (&forms[i], &forms[j]))
          return j;
      }
  return -1;
}

static void
entity_clear (gpointer data)
{
  EntEntity *e = data;

  g_free (e->name);
  g_array_unref (e->mentions);
}

GArray *
ent_group (EntMention *m, guint n)
{
  g_autofree Form *forms = g_new0 (Form, n);
  g_autofree guint *parent = g_new (guint, n);
  g_autofree gint *entity_of_root = g_new (gint, n);
  g_autoptr (GHashTable) by_key = g_hash_table_new (g_str_hash, g_str_equal);
  GArray *entities = g_array_new (FALSE, TRUE, sizeof (EntEntity));

  g_array_set_clear_func (entities, entity_clear);
  for (guint i = 0; i < n; i++)
    {
      gpointer first;

      form_init (&forms[i], m[i].text);
      parent[i] = i;
      entity_of_root[i] = -1;
      if (g_hash_table_lookup_extended (by_key, forms[i].key, NULL, &first))
        unite (parent, GPOINTER_TO_UINT (first), i);
      else
        g_hash_table_insert (by_key, forms[i].key, GUINT_TO_POINTER (i));
    }
  for (guint i = 0; i < n; i++)
    {
      gint j = -1;

      /* A surname is the person whatever the tagger took it for: "Citrone" after
       * "Roberto Citrone" is the person even where it was tagged ORG. */
      if (!forms[i].acronym || m[i].type == NER_TYPE_PER)
        j = nearest (forms, m, n, i, TRUE);
      if (j < 0 && forms[i].acronym)
        j = nearest (forms, m, n, i, FALSE);
      if (j >= 0)
        unite (parent, i, (guint)j);
    }

  for (guint i = 0; i < n; i++)
    {
      guint root = find (parent, i);
      EntEntity *e;

      if (entity_of_root[root] < 0)
        {
          EntEntity fresh = { .type = NER_TYPE_NONE,
                              .mentions = g_array_new (FALSE, FALSE, sizeof (guint)) };

          entity_of_root[root] = (gint)entities->len;
          g_array_append_val (entities, fresh);
        }
      e = &g_array_index (entities, EntEntity, entity_of_root[root]);
      g_array_append_val (e->mentions, i);
      m[i].entity = (guint)entity_of_root[root];
    }

  for (guint k = 0; k < entities->len; k++)
    {
      EntEntity *e = &g_array_index (entities, EntEntity, k);
      guint votes[NER_N_TYPES] = { 0 }, best_type, fullest;

      best_type = m[g_array_index (e->mentions, guint, 0)].type;
      fullest = g_array_index (e->mentions, guint, 0);
      for (guint j = 0; j < e->mentions->len; j++)
        {
          guint i = g_array_index (e->mentions, guint, j);

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
      e->name = g_strdup (m[fullest].text);
      for (guint j = 0; j < e->mentions->len; j++)
        m[g_array_index (e->mentions, guint, j)].type = e->type;
    }
  for (guint i = 0; i < n; i++)
    form_clear (&forms[i]);
  return entities;
}
