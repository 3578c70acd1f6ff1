/* A stand-in for the entities plugin, for the quotes plugin's tests and benchmark.
 *
 * It provides the `entities` layer and meta.entities of the entities plugin's
 * contract (one annotation per mention, label PER/ORG/LOC/MISC, features "text"
 * and "entity"; meta.entities = [{"id", "label", "name", "mentions"}], ids E1,
 * E2, … in order of first mention), from either
 *  - a gazetteer: `names = Antony Blinken|PER; Blinken|PER|Antony Blinken; Hamas|ORG`
 *    (surface, label, optional canonical name; the longest match wins), or a
 *    file of the same lines (`file = PATH`, one "surface|LABEL[|canonical]" a line), or
 *  - `capitalized = true`: every run of capitalised words is a mention, typed by
 *    crude cues (a title before it: PER; an organisation word in it: ORG; two
 *    or three words: PER; else MISC), and a one-word mention that ends an
 *    earlier person's name is that person.  This is the benchmark's stand-in
 *    while the real entities plugin is not merged; it is deliberately simple.
 * Test-only: never installed.
 */
#include <math.h>
#include <string.h>

#include <lector/lector.h>

static const LectorParamSpec fake_params[] = {
  { .key = "names",
    .type = LECTOR_PARAM_STRING_LIST,
    .default_value = NULL,
    .help = "gazetteer entries: surface|LABEL[|canonical name]" },
  { .key = "file",
    .type = LECTOR_PARAM_STRING,
    .default_value = NULL,
    .help = "a gazetteer file, one surface|LABEL[|canonical name] a line" },
  { .key = "capitalized",
    .type = LECTOR_PARAM_BOOL,
    .default_value = "false",
    .help = "tag runs of capitalised words instead of a gazetteer" },
  { .key = "broken-meta",
    .type = LECTOR_PARAM_BOOL,
    .default_value = "false",
    .help = "write meta.entities as a string, to test how consumers refuse it" },
  { .key = NULL },
};

typedef struct
{
  char *surface;
  char *label;
  char *canonical;
} Entry;

typedef struct
{
  GArray *entries; /* Entry */
  gboolean capitalized;
  gboolean broken_meta;
} Fake;

typedef struct
{
  gsize start, end;
  const char *label;
  char *canonical; /* owned */
} Mention;

static void
entry_clear (gpointer p)
{
  Entry *e = p;

  g_free (e->surface);
  g_free (e->label);
  g_free (e->canonical);
}

static void
fake_free (gpointer data)
{
  Fake *fake = data;

  if (fake->entries)
    g_array_unref (fake->entries);
  g_free (fake);
}

static gboolean
add_entry (Fake *fake, const char *line, GError **error)
{
  g_auto (GStrv) parts = g_strsplit (line, "|", 3);
  Entry e;

  if (!parts[0] || !parts[1] || !*g_strstrip (parts[0]))
    {
      g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_CONFIG,
                   "fake_entities: bad gazetteer entry '%s' (surface|LABEL[|canonical])", line);
      return FALSE;
    }
  e.surface = g_strdup (g_strstrip (parts[0]));
  e.label = g_strdup (g_strstrip (parts[1]));
  e.canonical = g_strdup (parts[2] ? g_strstrip (parts[2]) : e.surface);
  g_array_append_val (fake->entries, e);
  return TRUE;
}

static gpointer
fake_create (const LectorParams *params, GError **error)
{
  Fake *fake = g_new0 (Fake, 1);

  fake->entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  g_array_set_clear_func (fake->entries, entry_clear);
  fake->capitalized = lector_params_get_bool (params, "capitalized");
  fake->broken_meta = lector_params_get_bool (params, "broken-meta");
  if (lector_params_is_set (params, "names"))
    for (const char *const *n = lector_params_get_strv (params, "names"); *n; n++)
      if (!add_entry (fake, *n, error))
        goto fail;
  if (lector_params_is_set (params, "file"))
    {
      g_autofree char *contents = NULL;
      g_auto (GStrv) lines = NULL;

      if (!g_file_get_contents (lector_params_get_string (params, "file"), &contents, NULL, error))
        goto fail;
      lines = g_strsplit (contents, "\n", -1);
      for (char **l = lines; *l; l++)
        if (**l && **l != '#' && !add_entry (fake, *l, error))
          goto fail;
    }
  return fake;
fail:
  fake_free (fake);
  return NULL;
}

static gboolean
is_word_char (const char *text, gsize len, gsize at)
{
  return at < len && (g_ascii_isalnum (text[at]) || (guchar)text[at] >= 0x80);
}

static gboolean
boundary_before (const char *text, gsize at)
{
  if (at == 0)
    return TRUE;
  return !g_ascii_isalnum (text[at - 1]) && (guchar)text[at - 1] < 0x80;
}

static gint
mention_cmp (gconstpointer a, gconstpointer b)
{
  const Mention *x = a, *y = b;

  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  return x->end > y->end ? -1 : x->end < y->end ? 1 : 0;
}

static void
gazetteer_mentions (const Fake *fake, const char *text, gsize len, GArray *mentions)
{
  for (guint i = 0; i < fake->entries->len; i++)
    {
      const Entry *e = &g_array_index (fake->entries, Entry, i);
      gsize n = strlen (e->surface);

      for (const char *p = strstr (text, e->surface); p; p = strstr (p + 1, e->surface))
        {
          gsize at = (gsize)(p - text);
          /* A possessive stays outside the mention but does not block it. */
          if (!boundary_before (text, at) || is_word_char (text, len, at + n))
            continue;
          Mention m = { at, at + n, e->label, g_strdup (e->canonical) };
          g_array_append_val (mentions, m);
        }
    }
}

static const char *const titles[]
    = { "Mr.",           "Mrs.",        "Ms.",          "Dr.",      "President",
        "Secretary",     "Minister",    "Gen.",         "Col.",     "Lt.",
        "Maj.",          "Capt.",       "Sgt.",         "Sen.",     "Rep.",
        "Gov.",          "Spc",         "Pfc",          "Airman",   "Prince",
        "spokesman",     "spokeswoman", "spokesperson", "chairman", "Chairman",
        "Administrator", "Director",    "Class",        NULL };
static const char *const org_words[]
    = { "Ministry",   "ministry",   "Committee",   "Agency",         "Council", "Department",
        "Commission", "Union",      "Party",       "Organization",   "Group",   "Force",
        "Army",       "Navy",       "Office",      "Court",          "Bank",    "Association",
        "Institute",  "University", "Center",      "Network",        "Press",   "Service",
        "House",      "Senate",     "Congress",    "Police",         "Command", "Wing",
        "Squadron",   "Company",    "Corporation", "Administration", "Guard",   "Hospital",
        "News",       "Times",      "Post",        "Journal",        NULL };
static const char *const skip_words[]
    = { "The",   "A",     "An",        "In",        "On",      "At",      "But",
        "And",   "It",    "He",        "She",       "They",    "We",      "I",
        "This",  "That",  "These",     "Those",     "His",     "Her",     "Its",
        "Their", "Our",   "For",       "As",        "After",   "Before",  "While",
        "When",  "If",    "According", "Meanwhile", "However", "Earlier", "Later",
        "Some",  "Many",  "Most",      "By",        "With",    "From",    "Of",
        "To",    "Asked", "Speaking",  "There",     "What",    "Why",     NULL };

static gboolean
in_list (const char *const *list, const char *s, gsize n)
{
  for (; *list; list++)
    if (strlen (*list) == n && memcmp (*list, s, n) == 0)
      return TRUE;
  return FALSE;
}

/* Runs of capitalised word tokens (with "of", "bin", "al" inside). */
static void
capitalized_mentions (LectorDocument *doc, GArray *mentions)
{
  LectorLayer *tokens = lector_document_get_layer (doc, "tokens");
  gsize n = tokens ? lector_layer_get_size (tokens) : 0;
  const LectorSpan *t = tokens ? lector_layer_get_spans (tokens) : NULL;
  const char *text = lector_document_get_text (doc, NULL);

  for (gsize i = 0; i < n;)
    {
      gsize j = i, words = 0;
      gboolean org = FALSE, title = FALSE;

#define CAP(k)                                                                                     \
  (g_str_equal (lector_layer_get_label (tokens, (k)), "word")                                      \
   && g_unichar_isupper (g_utf8_get_char (text + t[(k)].start))                                    \
   && !in_list (skip_words, text + t[(k)].start, t[(k)].end - t[(k)].start)                        \
   && !in_list (titles, text + t[(k)].start, t[(k)].end - t[(k)].start))
      if (!CAP (i))
        {
          i++;
          continue;
        }
      while (j < n
             && (CAP (j)
                 || (j + 1 < n && j > i && CAP (j + 1)
                     && (in_list ((const char *const[]){ "of", "bin", "al", "de", NULL },
                                  text + t[j].start, t[j].end - t[j].start)))))
        {
          if (in_list (org_words, text + t[j].start, t[j].end - t[j].start))
            org = TRUE;
          words++;
          j++;
        }
      if (i > 0 && in_list (titles, text + t[i - 1].start, t[i - 1].end - t[i - 1].start))
        title = TRUE;
      {
        gsize end = t[j - 1].end;
        const char *s = text + t[i].start;
        gsize len = end - t[i].start;
        const char *label = org ? "ORG" : title || (words >= 2 && words <= 3) ? "PER" : "MISC";

        /* "Netanyahu’s": the mention stops before the possessive. */
        if (len > 4 && memcmp (s + len - 4, "\xE2\x80\x99s", 4) == 0)
          len -= 4;
        else if (len > 2 && s[len - 2] == '\'' && s[len - 1] == 's')
          len -= 2;
        Mention m = { t[i].start, t[i].start + len, label, g_strndup (s, len) };
        g_array_append_val (mentions, m);
      }
      i = j;
#undef CAP
    }
}

static gboolean
fake_process (gpointer data, LectorDocument *doc, GError **error)
{
  const Fake *fake = data;
  gsize len;
  const char *text = lector_document_get_text (doc, &len);
  g_autoptr (GArray) mentions = g_array_new (FALSE, FALSE, sizeof (Mention));
  g_autoptr (GPtrArray) names = g_ptr_array_new (); /* canonical names, borrowed */
  g_autoptr (GPtrArray) labels = g_ptr_array_new ();
  json_t *list = json_array ();
  LectorLayer *layer;
  gsize last_end = 0;
  gboolean ok = FALSE;

  if (fake->capitalized)
    capitalized_mentions (doc, mentions);
  else
    gazetteer_mentions (fake, text, len, mentions);
  g_array_sort (mentions, mention_cmp);

  layer = lector_document_add_layer (doc, "entities", error);
  if (!layer)
    goto out;
  for (guint i = 0; i < mentions->len; i++)
    {
      Mention *m = &g_array_index (mentions, Mention, i);
      guint id = 0;
      json_t *features;

      if (m->start < last_end)
        continue; /* overlapped by a longer, earlier match */
      last_end = m->end;
      /* Capitalised mode: one word that ends a known person's name is that person. */
      if (fake->capitalized && !strchr (m->canonical, ' '))
        for (guint k = 0; k < names->len; k++)
          {
            const char *nm = names->pdata[k];
            gsize a = strlen (nm), b = strlen (m->canonical);

            if (g_str_equal (labels->pdata[k], "PER") && a > b && nm[a - b - 1] == ' '
                && g_str_equal (nm + a - b, m->canonical))
              {
                g_free (m->canonical);
                m->canonical = g_strdup (nm);
                m->label = "PER";
                break;
              }
          }
      for (guint k = 0; k < names->len && !id; k++)
        if (g_str_equal (names->pdata[k], m->canonical))
          id = k + 1;
      if (!id)
        {
          g_ptr_array_add (names, m->canonical);
          g_ptr_array_add (labels, (gpointer)m->label);
          id = names->len;
          json_array_append_new (list,
                                 json_pack ("{s:o, s:s, s:s, s:[]}", "id", json_sprintf ("E%u", id),
                                            "label", m->label, "name", m->canonical, "mentions"));
        }
      json_array_append_new (json_object_get (json_array_get (list, id - 1), "mentions"),
                             json_integer ((json_int_t)lector_layer_get_size (layer)));
      features = json_pack ("{s:s%, s:o}", "text", text + m->start, (size_t)(m->end - m->start),
                            "entity", json_sprintf ("E%u", id));
      if (lector_layer_add (layer, (LectorSpan){ m->start, m->end }, labels->pdata[id - 1], NAN,
                            features, error)
          < 0)
        goto out;
    }
  if (fake->broken_meta)
    json_object_set_new (lector_document_get_meta (doc), "entities", json_string ("E1"));
  else
    json_object_set (lector_document_get_meta (doc), "entities", list);
  ok = TRUE;
out:
  json_decref (list);
  for (guint i = 0; i < mentions->len; i++)
    g_free (g_array_index (mentions, Mention, i).canonical);
  return ok;
}

LECTOR_PLUGIN_DEFINE (fake_entities, .version = "0", .description = "test stand-in for entities",
                      .license = "MIT", .provides = LECTOR_STRV ("entities"),
                      .requires = LECTOR_STRV ("tokens"), .params = fake_params,
                      .threading = LECTOR_THREADING_SHARED, .create = fake_create,
                      .process = fake_process, .free = fake_free)
