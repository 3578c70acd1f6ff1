/* Tests of the entities plugin, run as users run it: a pipeline of segment and
 * entities over a document, with the committed model (plugins/entities/).
 *
 * The golden case (tests/entities/news-cairo.expected) lists the entities a
 * careful reader finds in examples/news-cairo.txt; the other tests check the
 * behaviours a user and the quotes plugin rely on: grouping, titles, headlines in
 * capitals, empty and non-English documents, ids and indices, model errors.
 */
#include <math.h>
#include <string.h>

#include <glib/gstdio.h>
#include <lector/lector.h>

#include "group.h"
#include "tagger.h"

typedef struct {
  LectorRegistry *registry;
} Fixture;

static void
fixture_setup (Fixture *fixture, gconstpointer data)
{
  fixture->registry = lector_registry_new ();
  lector_registry_add_default_dirs (fixture->registry);
  lector_registry_scan (fixture->registry);
  g_assert_nonnull (lector_registry_lookup (fixture->registry, "segment"));
  g_assert_nonnull (lector_registry_lookup (fixture->registry, "entities"));
}

static void
fixture_teardown (Fixture *fixture, gconstpointer data)
{
  lector_registry_free (fixture->registry);
}

static LectorPipeline *
build_pipeline (Fixture *fixture, const char *extra, GError **error)
{
  g_autofree char *text = g_strdup_printf ("[pipeline]\nname = test\nstages = segment; entities\n%s",
                                           extra ? extra : "");
  g_autoptr (LectorConfig) config = lector_config_load_data (text, -1, "test.conf", FALSE, error);

  if (!config)
    return NULL;
  return lector_pipeline_new (fixture->registry, config, error);
}

/* Runs segment and entities, configured with @extra (nullable) after the
 * [pipeline] group, over @text; @lang, when not NULL, is put in meta.lang
 * first, as langid would. */
static LectorDocument *
run_with (Fixture *fixture, const char *extra, const char *text, const char *lang)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LectorPipeline) pipeline = build_pipeline (fixture, extra, &error);
  g_autoptr (LectorWorker) worker = NULL;
  LectorDocument *doc;
  const char *failed = NULL;

  g_assert_no_error (error);
  worker = lector_pipeline_new_worker (pipeline, &error);
  g_assert_no_error (error);
  doc = lector_document_new ("test", text, -1, &error);
  g_assert_no_error (error);
  if (lang)
    json_object_set_new (lector_document_get_meta (doc), "lang", json_pack ("{s:s}", "code", lang));
  g_assert_true (lector_worker_process (worker, doc, &failed, &error));
  g_assert_no_error (error);
  return doc;
}

static LectorDocument *
run (Fixture *fixture, const char *text, const char *lang)
{
  return run_with (fixture, NULL, text, lang);
}

/* The mention texts of the entities layer, "LABEL:text" joined by " | ". */
static char *
mentions_string (LectorDocument *doc)
{
  LectorLayer *layer = lector_document_get_layer (doc, "entities");
  GString *out = g_string_new (NULL);

  g_assert_nonnull (layer);
  for (gsize i = 0; i < lector_layer_get_size (layer); i++)
    {
      json_t *f = lector_layer_get_features (layer, i);

      g_string_append_printf (out, "%s%s:%s", i ? " | " : "", lector_layer_get_label (layer, i),
                              json_string_value (json_object_get (f, "text")));
    }
  return g_string_free (out, FALSE);
}

/* The entity (a meta.entities item) whose name is @name, or NULL. */
static json_t *
entity_named (LectorDocument *doc, const char *name)
{
  json_t *list = json_object_get (lector_document_get_meta (doc), "entities"), *e;
  gsize i;

  json_array_foreach (list, i, e)
    if (g_strcmp0 (json_string_value (json_object_get (e, "name")), name) == 0)
      return e;
  return NULL;
}

/* Puts the document's mentions in the test log, after @what. */
static void
note_mentions (LectorDocument *doc, const char *what)
{
  g_autofree char *all = mentions_string (doc);

  g_test_message ("%s: %s", what, all);
}

/* The entity named @name, asserted to exist with @label; the mentions are logged
 * when it does not. */
static json_t *
find_entity (LectorDocument *doc, const char *name, const char *label)
{
  json_t *e = entity_named (doc, name);

  if (!e)
    {
      g_autofree char *what = g_strdup_printf ("no entity named '%s' in", name);

      note_mentions (doc, what);
    }
  g_assert_nonnull (e);
  g_assert_cmpstr (json_string_value (json_object_get (e, "label")), ==, label);
  return e;
}

/* The entity named @name, asserted to exist with @label and @n_mentions mentions. */
static json_t *
assert_entity (LectorDocument *doc, const char *name, const char *label, gsize n_mentions)
{
  json_t *e = find_entity (doc, name, label);

  g_assert_cmpuint (json_array_size (json_object_get (e, "mentions")), ==, n_mentions);
  return e;
}

/* The mention whose text is @text, asserted to exist with @label; its features. */
static json_t *
assert_mention (LectorDocument *doc, const char *text, const char *label)
{
  LectorLayer *layer = lector_document_get_layer (doc, "entities");

  for (gsize i = 0; i < lector_layer_get_size (layer); i++)
    {
      json_t *f = lector_layer_get_features (layer, i);

      if (g_strcmp0 (json_string_value (json_object_get (f, "text")), text) == 0)
        {
          g_assert_cmpstr (lector_layer_get_label (layer, i), ==, label);
          return f;
        }
    }
  {
    g_autofree char *what = g_strdup_printf ("no mention '%s' in", text);

    note_mentions (doc, what);
  }
  g_assert_not_reached ();
}

/* Ids of the entities that mentions with text @text belong to, "E1 E3". */
static char *
entities_of_text (LectorDocument *doc, const char *text)
{
  LectorLayer *layer = lector_document_get_layer (doc, "entities");
  GString *out = g_string_new (NULL);

  for (gsize i = 0; i < lector_layer_get_size (layer); i++)
    {
      json_t *f = lector_layer_get_features (layer, i);
      const char *id = json_string_value (json_object_get (f, "entity"));

      if (g_strcmp0 (json_string_value (json_object_get (f, "text")), text) == 0
          && !strstr (out->str, id))
        g_string_append_printf (out, "%s%s", out->len ? " " : "", id);
    }
  return g_string_free (out, FALSE);
}

/* ---- The golden example ---- */

/* Each line of the expected file: LABEL TAB NAME TAB MENTION|MENTION…  The entity
 * named NAME exists with that label, and every mention written MENTION (at least
 * one each) belongs to it. */
static void
test_golden_news_cairo (Fixture *fixture, gconstpointer data)
{
  g_autofree char *text_path = g_build_filename (g_getenv ("top_srcdir"), "examples",
                                                 "news-cairo.txt", NULL);
  g_autofree char *expected_path = g_test_build_filename (G_TEST_DIST, "entities",
                                                          "news-cairo.expected", NULL);
  g_autofree char *text = NULL, *expected = NULL;
  g_auto (GStrv) lines = NULL;
  g_autoptr (LectorDocument) doc = NULL;
  g_autoptr (GError) error = NULL;
  guint checked = 0;

  g_file_get_contents (text_path, &text, NULL, &error);
  g_assert_no_error (error);
  g_file_get_contents (expected_path, &expected, NULL, &error);
  g_assert_no_error (error);
  doc = run (fixture, text, NULL);
  note_mentions (doc, "mentions");
  lines = g_strsplit (expected, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      g_auto (GStrv) cols = NULL, forms = NULL;
      json_t *entity;
      const char *id;

      if (!lines[i][0] || lines[i][0] == '#')
        continue;
      cols = g_strsplit (lines[i], "\t", 3);
      g_assert_cmpuint (g_strv_length (cols), ==, 3);
      entity = find_entity (doc, cols[1], cols[0]);
      id = json_string_value (json_object_get (entity, "id"));
      forms = g_strsplit (cols[2], "|", -1);
      for (guint k = 0; forms[k]; k++)
        {
          g_autofree char *ids = entities_of_text (doc, forms[k]);

          if (g_strcmp0 (ids, id) != 0)
            g_test_message ("'%s' belongs to '%s', expected %s (%s)", forms[k], ids, id, cols[1]);
          g_assert_cmpstr (ids, ==, id);
        }
      checked++;
    }
  g_assert_cmpuint (checked, ==, 19);
}

/* ---- Grouping ---- */

static void
test_group_surname (Fixture *fixture, gconstpointer data)
{
  g_autoptr (LectorDocument) doc
      = run (fixture,
             "Antony Blinken arrived in Cairo on Monday. Blinken met Egyptian officials. "
             "Later, Secretary Blinken flew home.",
             NULL);
  json_t *e = assert_entity (doc, "Antony Blinken", "PER", 3);
  g_autofree char *ids = entities_of_text (doc, "Blinken");

  g_assert_cmpstr (json_string_value (json_object_get (e, "id")), ==, "E1");
  g_assert_cmpstr (ids, ==, "E1");
}

static void
test_group_possessive (Fixture *fixture, gconstpointer data)
{
  const char *text = "Benjamin Netanyahu spoke on Sunday. Critics attacked Netanyahu’s plan.";
  g_autoptr (LectorDocument) doc = run (fixture, text, NULL);
  LectorLayer *layer = lector_document_get_layer (doc, "entities");
  json_t *e = assert_entity (doc, "Benjamin Netanyahu", "PER", 2);
  gsize last;
  LectorSpan span;

  last = (gsize)json_integer_value (json_array_get (json_object_get (e, "mentions"), 1));
  span = lector_layer_get_span (layer, last);
  /* The span stops before ’s. */
  g_assert_cmpint (strncmp (text + span.start, "Netanyahu’s", strlen ("Netanyahu’s")), ==, 0);
  g_assert_cmpuint (span.end - span.start, ==, strlen ("Netanyahu"));
  g_assert_cmpstr (json_string_value (json_object_get (lector_layer_get_features (layer, last),
                                                       "text")),
                   ==, "Netanyahu");
}

static void
test_group_acronym (Fixture *fixture, gconstpointer data)
{
  g_autoptr (LectorDocument) doc
      = run (fixture,
             "The Palestine Liberation Organization said on Tuesday it would attend. "
             "A PLO official confirmed the meeting.",
             NULL);
  json_t *e = assert_entity (doc, "Palestine Liberation Organization", "ORG", 2);
  g_autofree char *ids = entities_of_text (doc, "PLO");

  g_assert_cmpstr (ids, ==, json_string_value (json_object_get (e, "id")));
}

/* The grouping rules alone, on mentions given by hand. */
static void
test_group_rules (void)
{
  EntMention m[] = {
    { "US", NER_TYPE_LOC, 0, FALSE },
    { "Antony Blinken", NER_TYPE_PER, 0, FALSE },
    { "United States", NER_TYPE_LOC, 0, FALSE },
    { "Blinken", NER_TYPE_ORG, 0, FALSE },
    { "Laura Bush", NER_TYPE_PER, 0, FALSE },
    { "George Bush", NER_TYPE_PER, 0, FALSE },
    { "Bush", NER_TYPE_PER, 0, FALSE },
    { "U.S.", NER_TYPE_ORG, 0, FALSE },
  };
  EntGroups *entities = ent_group (m, G_N_ELEMENTS (m));
  EntEntity *e;

  g_assert_cmpuint (entities->n_entities, ==, 4);
  /* Numbered by first mention; "US", "United States" and "U.S." are one place,
   * named by its fullest form, with the type most of its mentions have. */
  e = &entities->entities[0];
  g_assert_cmpstr (e->name, ==, "United States");
  g_assert_cmpint (e->type, ==, NER_TYPE_LOC);
  g_assert_cmpuint (e->n_mentions, ==, 3);
  g_assert_cmpint (m[7].type, ==, NER_TYPE_LOC);
  /* A surname tagged ORG still joins the person. */
  g_assert_cmpuint (m[3].entity, ==, m[1].entity);
  g_assert_cmpint (m[3].type, ==, NER_TYPE_PER);
  /* An ambiguous surname goes to the nearest earlier full name. */
  g_assert_cmpuint (m[6].entity, ==, m[5].entity);
  g_assert_cmpuint (m[4].entity, !=, m[5].entity);
  ent_groups_free (entities);

  {
    /* "U.S." is not the acronym of "U.S. Senate", which only starts with it: the
     * senate stays an organisation, the country a place. */
    EntMention s[] = {
      { "U.S. Senate", NER_TYPE_ORG, 0, FALSE },
      { "U.S.", NER_TYPE_LOC, 0, FALSE },
      { "U.S.", NER_TYPE_LOC, 0, FALSE },
    };

    entities = ent_group (s, G_N_ELEMENTS (s));
    g_assert_cmpuint (entities->n_entities, ==, 2);
    g_assert_cmpuint (s[1].entity, !=, s[0].entity);
    g_assert_cmpint (s[0].type, ==, NER_TYPE_ORG);
    g_assert_cmpint (s[1].type, ==, NER_TYPE_LOC);
    ent_groups_free (entities);
  }
  {
    /* An acronym in parentheses right after a name is that name, whatever its
     * other letters; not a dateline's agency after a place, nor an acronym
     * that is not right after the name. */
    EntMention d[] = {
      { "Japan Aerospace Exploration Agency", NER_TYPE_ORG, 0, FALSE },
      { "JAXA", NER_TYPE_ORG, 0, TRUE },
      { "JAXA", NER_TYPE_ORG, 0, FALSE },
      { "ADDIS ABABA", NER_TYPE_LOC, 0, FALSE },
      { "AFP", NER_TYPE_ORG, 0, TRUE },
      { "Japan Exploration Agency", NER_TYPE_ORG, 0, FALSE },
      { "JAXA", NER_TYPE_ORG, 0, FALSE },
    };

    entities = ent_group (d, G_N_ELEMENTS (d));
    g_assert_cmpuint (d[1].entity, ==, d[0].entity);
    g_assert_cmpuint (d[2].entity, ==, d[0].entity);
    g_assert_cmpuint (d[4].entity, !=, d[3].entity);
    g_assert_cmpuint (d[5].entity, !=, d[0].entity);
    g_assert_cmpstr (entities->entities[d[1].entity].name, ==,
                     "Japan Aerospace Exploration Agency");
    ent_groups_free (entities);
  }
  {
    /* Arabic's article is written with a surname or not: "Zarqawi", tagged a
     * place, is "Abu Musab al-Zarqawi", and so is "Al-Zarqawi"; "Al" alone
     * and a name that only ends like it are not. */
    EntMention z[] = {
      { "Abu Musab al-Zarqawi", NER_TYPE_PER, 0, FALSE }, { "Zarqawi", NER_TYPE_LOC, 0, FALSE },
      { "Al-Zarqawi", NER_TYPE_PER, 0, FALSE },           { "Al", NER_TYPE_PER, 0, FALSE },
      { "Mohammed al-Sadr", NER_TYPE_PER, 0, FALSE },     { "Dr", NER_TYPE_PER, 0, FALSE },
    };

    entities = ent_group (z, G_N_ELEMENTS (z));
    g_assert_cmpuint (z[1].entity, ==, z[0].entity);
    g_assert_cmpuint (z[2].entity, ==, z[0].entity);
    g_assert_cmpint (z[1].type, ==, NER_TYPE_PER);
    g_assert_cmpuint (z[3].entity, !=, z[0].entity);
    g_assert_cmpuint (z[5].entity, !=, z[4].entity);
    g_assert_cmpstr (entities->entities[z[1].entity].name, ==, "Abu Musab al-Zarqawi");
    ent_groups_free (entities);
  }
  {
    /* The letters of a dotted abbreviation are initials of the name: "USDA" is
     * the "U.S. Department of Agriculture", "UNSC" the "U.N. Security Council". */
    EntMention a[] = {
      { "U.S. Department of Agriculture", NER_TYPE_ORG, 0, FALSE },
      { "USDA", NER_TYPE_ORG, 0, FALSE },
      { "U.N. Security Council", NER_TYPE_ORG, 0, FALSE },
      { "UNSC", NER_TYPE_ORG, 0, FALSE },
    };

    entities = ent_group (a, G_N_ELEMENTS (a));
    g_assert_cmpuint (entities->n_entities, ==, 2);
    g_assert_cmpuint (a[1].entity, ==, a[0].entity);
    g_assert_cmpuint (a[3].entity, ==, a[2].entity);
    g_assert_cmpstr (entities->entities[a[1].entity].name, ==, "U.S. Department of Agriculture");
    ent_groups_free (entities);
  }
  {
    /* A headline's word in capitals joins the person of the story and takes
     * the type; a short acronym does not ("UN" is not Kim Jong Un), and one
     * that abbreviates a name stays with that name. */
    EntMention h[] = {
      { "BLINKEN", NER_TYPE_ORG, 0, FALSE },
      { "UN", NER_TYPE_ORG, 0, FALSE },
      { "NATO", NER_TYPE_ORG, 0, FALSE },
      { "Antony Blinken", NER_TYPE_PER, 0, FALSE },
      { "Kim Jong Un", NER_TYPE_PER, 0, FALSE },
      { "North Atlantic Treaty Organization", NER_TYPE_ORG, 0, FALSE },
      { "KERR", NER_TYPE_ORG, 0, FALSE },
      { "LEE", NER_TYPE_ORG, 0, FALSE },
      { "Steve Kerr", NER_TYPE_PER, 0, FALSE },
      { "Ang Lee", NER_TYPE_PER, 0, FALSE },
    };

    entities = ent_group (h, G_N_ELEMENTS (h));
    g_assert_cmpuint (h[0].entity, ==, h[3].entity);
    g_assert_cmpint (h[0].type, ==, NER_TYPE_PER);
    g_assert_cmpstr (entities->entities[h[0].entity].name, ==, "Antony Blinken");
    g_assert_cmpuint (h[1].entity, !=, h[4].entity);
    g_assert_cmpint (h[1].type, ==, NER_TYPE_ORG);
    g_assert_cmpuint (h[2].entity, ==, h[5].entity);
    g_assert_cmpint (h[2].type, ==, NER_TYPE_ORG);
    /* Four letters is where a word in capitals may be a name. */
    g_assert_cmpuint (h[6].entity, ==, h[8].entity);
    g_assert_cmpuint (h[7].entity, !=, h[9].entity);
    ent_groups_free (entities);
  }
}

/* Rules 2 and 3 look for the nearest candidate, the earlier on a tie, at
 * most 400 mentions away (group.c visits only the mentions that share the
 * last word or have the acronym as initials: the same answer). */
static void
test_group_window (void)
{
  for (guint gap = 398; gap <= 401; gap++)
    {
      /* "Blinken", gap - 1 other mentions, "Antony Blinken", "Bush", "PLO",
       * "George Bush", and "Palestine Liberation Organization" gap after "PLO". */
      guint n = gap + 5 + gap;
      g_autofree EntMention *m = g_new0 (EntMention, n);
      GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);
      guint full = gap, bush = gap + 1, plo = gap + 2, george = gap + 3, laura = gap + 4;
      EntGroups *entities;

      for (guint i = 0; i < n; i++)
        {
          char *t = g_strdup_printf ("Filler%u Group", i);

          g_ptr_array_add (texts, t);
          m[i] = (EntMention){ t, NER_TYPE_ORG, 0, FALSE };
        }
      m[0] = (EntMention){ "Blinken", NER_TYPE_PER, 0, FALSE };
      m[full] = (EntMention){ "Antony Blinken", NER_TYPE_PER, 0, FALSE };
      m[bush] = (EntMention){ "Bush", NER_TYPE_PER, 0, FALSE };
      m[plo] = (EntMention){ "PLO", NER_TYPE_ORG, 0, FALSE };
      m[george] = (EntMention){ "George Bush", NER_TYPE_PER, 0, FALSE };
      m[laura] = (EntMention){ "Laura Bush", NER_TYPE_PER, 0, FALSE };
      m[plo + gap] = (EntMention){ "Palestine Liberation Organization", NER_TYPE_ORG, 0, FALSE };
      entities = ent_group (m, n);
      /* Only a later full name: joined when within the window. */
      if (gap <= 400)
        g_assert_cmpuint (m[0].entity, ==, m[full].entity);
      else
        g_assert_cmpuint (m[0].entity, !=, m[full].entity);
      /* No earlier "… Bush": the nearest later one. */
      g_assert_cmpuint (m[bush].entity, ==, m[george].entity);
      g_assert_cmpuint (m[laura].entity, !=, m[george].entity);
      if (gap <= 400)
        g_assert_cmpuint (m[plo].entity, ==, m[plo + gap].entity);
      else
        g_assert_cmpuint (m[plo].entity, !=, m[plo + gap].entity);
      ent_groups_free (entities);
      g_ptr_array_unref (texts);
    }
  {
    /* A tie: "Bush" between two full names goes to the earlier one. */
    EntMention t[] = {
      { "Laura Bush", NER_TYPE_PER, 0, FALSE },
      { "Bush", NER_TYPE_PER, 0, FALSE },
      { "George Bush", NER_TYPE_PER, 0, FALSE },
    };
    EntGroups *entities = ent_group (t, G_N_ELEMENTS (t));

    g_assert_cmpuint (t[1].entity, ==, t[0].entity);
    g_assert_cmpuint (t[2].entity, !=, t[0].entity);
    ent_groups_free (entities);
  }
}

/* ---- Titles ---- */

static void
test_titles (Fixture *fixture, gconstpointer data)
{
  g_autoptr (LectorDocument) doc
      = run (fixture,
             "Prime Minister Benjamin Netanyahu met President Joe Biden in Washington. "
             "Mr. Netanyahu said the talks were useful.",
             NULL);
  g_autofree char *all = mentions_string (doc);
  json_t *f;

  g_test_message ("%s", all);
  g_assert_nonnull (strstr (all, "PER:Benjamin Netanyahu"));
  g_assert_nonnull (strstr (all, "PER:Joe Biden"));
  g_assert_null (strstr (all, "Minister Benjamin"));
  g_assert_null (strstr (all, "President Joe"));
  g_assert_null (strstr (all, "Mr."));
  f = assert_mention (doc, "Benjamin Netanyahu", "PER");
  g_assert_cmpstr (json_string_value (json_object_get (f, "title")), ==, "Prime Minister");
  assert_entity (doc, "Benjamin Netanyahu", "PER", 2);
}

/* Military ranks are compounds of words that alone are no title ("Staff",
 * "Lance", "Master"): the whole rank is the title, and neither a rank nor a
 * name that starts like one ("Lance Armstrong") is taken for a person. */
static void
test_titles_ranks (Fixture *fixture, gconstpointer data)
{
  g_autoptr (LectorDocument) doc
      = run (fixture,
             "Lance Cpl. Maria Lopez, 22, said the convoy stopped twice. Staff Sgt. Ken Ward "
             "said the road was closed. Chief Master Sgt. Tom Reyes and Sgt. 1st Class Dan "
             "Hill spoke later, as did Petty Officer Ann Cole and Airman 1st Class Amy Tran. "
             "Lance Armstrong watched with senior officials.",
             NULL);
  g_autofree char *all = mentions_string (doc);
  static const char *const expected[][2]
      = { { "Maria Lopez", "Lance Cpl." },      { "Ken Ward", "Staff Sgt." },
          { "Tom Reyes", "Chief Master Sgt." }, { "Dan Hill", "Sgt. 1st Class" },
          { "Ann Cole", "Petty Officer" },      { "Amy Tran", "Airman 1st Class" } };

  g_test_message ("%s", all);
  for (gsize i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      json_t *f = assert_mention (doc, expected[i][0], "PER");

      g_assert_cmpstr (json_string_value (json_object_get (f, "title")), ==, expected[i][1]);
    }
  g_assert_null (strstr (all, "Cpl."));
  g_assert_null (strstr (all, "Sgt."));
  g_assert_null (strstr (all, "Officer"));
  g_assert_null (strstr (all, "Airman"));
  assert_entity (doc, "Lance Armstrong", "PER", 1);
  g_assert_null (json_object_get (assert_mention (doc, "Lance Armstrong", "PER"), "title"));

  /* A service before the rank, or a rank the tagger left out before the name. */
  {
    g_autoptr (LectorDocument) more
        = run (fixture,
               "Marine Lance Cpl. Joe Park was hurt. Senior Airman Ana Diaz helped. Navy Petty "
               "Officer 2nd Class Mia Stone said the ship was ready. Marine Lance Cpl. Maria "
               "Lopez were killed.",
               NULL);
    static const char *const titles[][2] = { { "Joe Park", "Marine Lance Cpl." },
                                             { "Ana Diaz", "Senior Airman" },
                                             { "Mia Stone", "Petty Officer 2nd Class" },
                                             { "Maria Lopez", "Marine Lance Cpl." } };
    g_autofree char *more_all = mentions_string (more);

    g_test_message ("%s", more_all);
    for (gsize i = 0; i < G_N_ELEMENTS (titles); i++)
      {
        json_t *f = assert_mention (more, titles[i][0], "PER");

        g_assert_cmpstr (json_string_value (json_object_get (f, "title")), ==, titles[i][1]);
      }
  }
  /* A title is a few words at most, however many title words stand before a name. */
  {
    g_autoptr (GString) text = g_string_new (NULL);
    g_autoptr (LectorDocument) many = NULL;
    const char *title;

    for (int i = 0; i < 2000; i++)
      g_string_append (text, "Vice ");
    g_string_append (text, "President Joe Biden said the talks went well.");
    many = run (fixture, text->str, NULL);
    title
        = json_string_value (json_object_get (assert_mention (many, "Joe Biden", "PER"), "title"));
    g_assert_nonnull (title);
    {
      g_auto (GStrv) title_words = g_strsplit (title, " ", -1);

      g_assert_cmpuint (g_strv_length (title_words), <=, 6);
    }
  }
}

/* Religions and their followers are MISC, as nationalities are (GMB, which the
 * tagger learned from, tags them every way); a storm is MISC, with its kind,
 * though its name is a given name.  Names that only start with such a word
 * stay what they are. */
static void
test_religions_and_storms (Fixture *fixture, gconstpointer data)
{
  static const char *const text
      = "Sunni and Shiite leaders met in Baghdad. Muslim clerics condemned the attack. "
        "Tropical Storm Hanna formed in the Atlantic. The Muslim Brotherhood and the "
        "actor Christian Bale were there.";
  g_autoptr (LectorDocument) doc = run (fixture, text, NULL);
  g_autoptr (LectorDocument) gmb
      = run_with (fixture, "[stage entities]\nconvention = gmb\n", text, NULL);
  g_autofree char *all = mentions_string (doc);

  g_test_message ("%s", all);
  assert_mention (doc, "Sunni", "MISC");
  assert_mention (doc, "Shiite", "MISC");
  assert_mention (doc, "Muslim", "MISC");
  assert_mention (doc, "Tropical Storm Hanna", "MISC");
  assert_mention (doc, "Muslim Brotherhood", "ORG");
  assert_mention (doc, "Christian Bale", "PER");
  g_assert_null (strstr (all, "PER:Hanna"));
  {
    g_autoptr (LectorDocument) no_storm
        = run (fixture,
               "Actress Storm Reid attended the premiere. Forecasters at the Storm Prediction "
               "Center said storms were likely.",
               NULL);

    assert_mention (no_storm, "Storm Reid", "PER");
    assert_mention (no_storm, "Storm Prediction Center", "ORG");
  }
  /* GMB tags storms MISC too, most of the time. */
  assert_mention (gmb, "Tropical Storm Hanna", "MISC");
}

/* Events, competitions and awards are MISC, as CoNLL has them (GMB makes most of them
 * organisations), with "Battle of" before a place the tagger took alone. */
static void
test_events (Fixture *fixture, gconstpointer data)
{
  g_autoptr (LectorDocument) doc
      = run (fixture,
             "Wangari Maathai received the Nobel Peace Prize in 2004. The Treaty of Versailles "
             "ended the war. Harold died at the Battle of Hastings in 1066. Honved played in "
             "the European Cup.",
             NULL);
  g_autofree char *all = mentions_string (doc);

  g_test_message ("%s", all);
  assert_mention (doc, "Nobel Peace Prize", "MISC");
  assert_mention (doc, "Treaty of Versailles", "MISC");
  assert_mention (doc, "Battle of Hastings", "MISC");
  assert_mention (doc, "European Cup", "MISC");
  {
    g_autoptr (LectorDocument) vote = run (fixture, "The SNP won the General Election.", NULL);

    assert_mention (vote, "General Election", "MISC");
  }
  assert_mention (doc, "Wangari Maathai", "PER");
}

/* An organisation named with "to" is one mention, as CoNLL and a reader have
 * it; GMB, which the tagger learned from, ends it before "to". */
static void
test_org_with_to (Fixture *fixture, gconstpointer data)
{
  static const char *const text
      = "The Committee to Protect Journalists said three reporters were held.";
  g_autoptr (LectorDocument) conll = run (fixture, text, NULL);
  g_autoptr (LectorDocument) gmb
      = run_with (fixture, "[stage entities]\nconvention = gmb\n", text, NULL);

  assert_entity (conll, "Committee to Protect Journalists", "ORG", 1);
  {
    g_autoptr (LectorDocument) apart
        = run (fixture,
               "Power passed from the Interior Ministry to Hamas. The money went from the Gates "
               "Foundation to Google.",
               NULL);

    assert_mention (apart, "Interior Ministry", "ORG");
    assert_mention (apart, "Gates Foundation", "ORG");
  }
  assert_mention (gmb, "Committee", "ORG");
  assert_mention (gmb, "Protect Journalists", "ORG");
}

/* convention = gmb: the spans of the corpus the tagger learned from, for
 * scoring against it (bench/entities); grouping and names are unchanged. */
static void
test_titles_gmb (Fixture *fixture, gconstpointer data)
{
  static const char *const gmb = "[stage entities]\nconvention = gmb\n";
  g_autoptr (LectorDocument) doc
      = run_with (fixture, gmb,
                  "Prime Minister Benjamin Netanyahu met President Joe Biden in Washington. "
                  "Mr. Netanyahu said the talks were useful.",
                  NULL);
  json_t *f = assert_mention (doc, "Prime Minister Benjamin Netanyahu", "PER");
  json_t *range = json_object_get (f, "tokens");

  g_assert_cmpstr (json_string_value (json_object_get (f, "title")), ==, "Prime Minister");
  g_assert_cmpint (json_integer_value (json_array_get (range, 0)), ==, 0);
  g_assert_cmpint (json_integer_value (json_array_get (range, 1)), ==, 4);
  assert_mention (doc, "President Joe Biden", "PER");
  assert_mention (doc, "Mr. Netanyahu", "PER");
  /* The entity is still named by the name, not the title. */
  assert_entity (doc, "Benjamin Netanyahu", "PER", 2);
  assert_entity (doc, "Joe Biden", "PER", 1);

  /* CoNLL joins a nationality to the organisation after it; GMB does not. */
  {
    static const char *const text
        = "Arab ministers briefed Blinken on the situation in Gaza, a statement from the "
          "Egyptian Foreign ministry said.";
    g_autoptr (LectorDocument) conll = run (fixture, text, NULL);
    g_autoptr (LectorDocument) apart = run_with (fixture, gmb, text, NULL);

    assert_mention (conll, "Egyptian Foreign ministry", "ORG");
    assert_mention (apart, "Egyptian", "MISC");
    assert_mention (apart, "Foreign ministry", "ORG");
  }
  {
    g_autoptr (GError) error = NULL;
    g_autoptr (LectorPipeline) bad
        = build_pipeline (fixture, "[stage entities]\nconvention = ontonotes\n", &error);

    g_assert_null (bad);
    g_assert_nonnull (error);
    g_assert_nonnull (strstr (error->message, "conll, gmb"));
    g_assert_nonnull (strstr (error->message, "ontonotes"));
  }
}

/* ---- Places named after a place noun ---- */

static void
test_place_after_place_noun (Fixture *fixture, gconstpointer data)
{
  /* The tagger has seen "Rafah" too rarely to be sure of it (the model makes it
   * an organisation here); "the town of" says what it is.  The later bare
   * mention joins it and takes the type. */
  g_autoptr (LectorDocument) doc
      = run (fixture,
             "Officials said a ground assault on the southern Gaza town of Rafah would be a "
             "mistake. Israel says it will go into Rafah.",
             NULL);

  assert_entity (doc, "Rafah", "LOC", 2);
}

/* ---- Punctuation at a mention's edges ---- */

/* GMB ends an organisation with the comma before "Mr. X" at times, and the
 * tagger learned it: no mention starts or ends with punctuation, and a comma
 * inside one separates two names, in either convention. */
static void
test_punctuation (Fixture *fixture, gconstpointer data)
{
  const char *text = "In an interview Thursday with the Associated Press, Mr. Yushchenko said he "
                     "was poisoned. A spokesman for the U.N.'s Food and Agriculture Organization, "
                     "Assadullah Azhari, says laboratory tests are due.";
  const char *conventions[] = { "[stage entities]\nconvention = conll\n",
                                "[stage entities]\nconvention = gmb\n" };

  for (gsize c = 0; c < G_N_ELEMENTS (conventions); c++)
    {
      g_autoptr (LectorDocument) doc = run_with (fixture, conventions[c], text, NULL);
      LectorLayer *layer = lector_document_get_layer (doc, "entities");

      note_mentions (doc, conventions[c]);
      assert_mention (doc, "Associated Press", "ORG");
      assert_mention (doc, "Food and Agriculture Organization", "ORG");
      for (gsize i = 0; i < lector_layer_get_size (layer); i++)
        {
          const char *m = json_string_value (json_object_get (lector_layer_get_features (layer, i),
                                                              "text"));
          gsize len = strlen (m);

          g_assert_cmpuint (len, >, 0);
          g_assert_false (g_ascii_ispunct (m[0]));
          g_assert_false (g_ascii_ispunct (m[len - 1]) && m[len - 1] != '.');
          g_assert_null (strchr (m, ','));
        }
    }
}

/* ---- Headlines in capitals ---- */

static void
test_all_caps_headline (Fixture *fixture, gconstpointer data)
{
  const char *text = "BLINKEN WARNS ISRAEL AGAINST RAFAH ASSAULT AS ARAB MINISTERS MEET IN CAIRO\n"
                     "Antony Blinken met Arab ministers in Cairo on Thursday.";
  g_autoptr (LectorDocument) doc = run (fixture, text, NULL);
  LectorLayer *layer = lector_document_get_layer (doc, "entities");
  gsize headline_end = strchr (text, '\n') - text, org = 0, covered = 0;

  for (gsize i = 0; i < lector_layer_get_size (layer); i++)
    {
      LectorSpan s = lector_layer_get_span (layer, i);

      if (s.start >= headline_end)
        continue;
      covered += s.end - s.start;
      if (g_strcmp0 (lector_layer_get_label (layer, i), "ORG") == 0)
        org++;
    }
  note_mentions (doc, "mentions");
  /* Not a wall of ORG: at most one organisation, and most of the line untagged. */
  g_assert_cmpuint (org, <=, 1);
  g_assert_cmpuint (covered * 2, <, headline_end);
  find_entity (doc, "Antony Blinken", "PER");
}

/* ---- Empty and non-English documents ---- */

static void
test_empty (Fixture *fixture, gconstpointer data)
{
  g_autoptr (LectorDocument) doc = run (fixture, "", NULL);
  json_t *list = json_object_get (lector_document_get_meta (doc), "entities");

  g_assert_cmpuint (lector_layer_get_size (lector_document_get_layer (doc, "entities")), ==, 0);
  g_assert_true (json_is_array (list));
  g_assert_cmpuint (json_array_size (list), ==, 0);
  g_assert_null (json_object_get (lector_document_get_meta (doc), "entities_skipped"));
}

static void
test_language_not_covered (Fixture *fixture, gconstpointer data)
{
  const char *text = "Le président Emmanuel Macron a rencontré Olaf Scholz à Berlin.";
  g_autoptr (LectorDocument) doc = run (fixture, text, "fr");
  json_t *meta = lector_document_get_meta (doc);

  g_assert_cmpuint (lector_layer_get_size (lector_document_get_layer (doc, "entities")), ==, 0);
  g_assert_cmpuint (json_array_size (json_object_get (meta, "entities")), ==, 0);
  g_assert_cmpstr (json_string_value (json_object_get (meta, "entities_skipped")), ==,
                   "language 'fr' not covered");
}

/* "en" covers English however a JSON Lines input spells it: "EN", "en-GB", "en_US". */
static void
test_language_covered (Fixture *fixture, gconstpointer data)
{
  static const char *const spellings[] = { "en", "EN", "en-GB", "en_US" };

  for (gsize i = 0; i < G_N_ELEMENTS (spellings); i++)
    {
      g_autoptr (LectorDocument) doc = run (fixture, "Antony Blinken arrived in Cairo.", spellings[i]);
      json_t *meta = lector_document_get_meta (doc);

      g_assert_null (json_object_get (meta, "entities_skipped"));
      find_entity (doc, "Antony Blinken", "PER");
      find_entity (doc, "Cairo", "LOC");
    }
}

/* Without langid, other scripts and languages go through the tagger and must give
 * well-formed output (spans on characters, inside the text). */
static void
test_other_scripts (Fixture *fixture, gconstpointer data)
{
  const char *text = "東京で会議が開かれた。Москва заявила о переговорах. 😀 ÉÇÀ — “quoted”.";
  g_autoptr (LectorDocument) doc = run (fixture, text, NULL);
  LectorLayer *layer = lector_document_get_layer (doc, "entities");

  for (gsize i = 0; i < lector_layer_get_size (layer); i++)
    {
      LectorSpan s = lector_layer_get_span (layer, i);

      g_assert_cmpuint (s.start, <, s.end);
      g_assert_cmpuint (s.end, <=, strlen (text));
      g_assert_true (g_utf8_validate (text + s.start, (gssize)(s.end - s.start), NULL));
    }
}

/* ---- Ids and indices, as the quotes plugin uses them ---- */

static void
test_ids_and_indices (Fixture *fixture, gconstpointer data)
{
  const char *text = "Egypt and Qatar mediated. Antony Blinken met ministers in Cairo. "
                     "Blinken said Egypt would help.";
  g_autoptr (LectorDocument) doc = run (fixture, text, NULL);
  LectorLayer *layer = lector_document_get_layer (doc, "entities");
  LectorLayer *tokens = lector_document_get_layer (doc, "tokens");
  json_t *list = json_object_get (lector_document_get_meta (doc), "entities"), *e;
  gsize i, seen = 0, first_prev = 0;

  g_assert_cmpuint (json_array_size (list), >=, 3);
  json_array_foreach (list, i, e)
    {
      g_autofree char *id = g_strdup_printf ("E%" G_GSIZE_FORMAT, i + 1);
      json_t *mentions = json_object_get (e, "mentions"), *m;
      gsize k;

      g_assert_cmpstr (json_string_value (json_object_get (e, "id")), ==, id);
      /* In order of first mention. */
      g_assert_cmpuint ((gsize)json_integer_value (json_array_get (mentions, 0)), >=, first_prev);
      first_prev = (gsize)json_integer_value (json_array_get (mentions, 0));
      json_array_foreach (mentions, k, m)
        {
          gsize idx = (gsize)json_integer_value (m);
          json_t *f = lector_layer_get_features (layer, idx);
          json_t *toks = json_object_get (f, "tokens");
          gsize t0 = (gsize)json_integer_value (json_array_get (toks, 0));
          gsize t1 = (gsize)json_integer_value (json_array_get (toks, 1));
          LectorSpan span = lector_layer_get_span (layer, idx);

          g_assert_cmpstr (json_string_value (json_object_get (f, "entity")), ==, id);
          g_assert_cmpstr (lector_layer_get_label (layer, idx), ==,
                           json_string_value (json_object_get (e, "label")));
          /* The token range covers the mention. */
          g_assert_cmpuint (t0, <, t1);
          g_assert_cmpuint (lector_layer_get_span (tokens, t0).start, ==, span.start);
          g_assert_cmpuint (lector_layer_get_span (tokens, t1 - 1).end, >=, span.end);
          seen++;
        }
    }
  g_assert_cmpuint (seen, ==, lector_layer_get_size (layer));
  g_assert_cmpstr (json_string_value (json_object_get (find_entity (doc, "Egypt", "LOC"), "id")),
                   ==, "E1");
}

/* ---- Configuration and model errors ---- */

/* Creating the pipeline's entities stage, configured with @extra, fails with an
 * error that says @expected. */
static void
assert_stage_error (Fixture *fixture, const char *extra, const char *expected)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LectorPipeline) pipeline = build_pipeline (fixture, extra, &error);
  g_autoptr (LectorWorker) worker = NULL;

  /* The stage is created with the pipeline (shared stages) or with a worker. */
  if (pipeline)
    worker = lector_pipeline_new_worker (pipeline, &error);
  g_assert_null (worker);
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, expected));
}

static void
assert_model_error (Fixture *fixture, const char *path, const char *expected)
{
  g_autofree char *extra = g_strdup_printf ("[stage entities]\nmodel = %s\n", path);

  assert_stage_error (fixture, extra, path);
  assert_stage_error (fixture, extra, expected);
}

/* An empty list of languages would leave every document untagged. */
static void
test_languages_empty (Fixture *fixture, gconstpointer data)
{
  assert_stage_error (fixture, "[stage entities]\nlanguages =\n",
                      "languages: the list is empty, so no document would be tagged");
  /* The list's separator is ';': "en, fr" would be one code that no document has. */
  assert_stage_error (fixture, "[stage entities]\nlanguages = en, fr\n",
                      "languages: 'en, fr' is not a language code");
}

static void
test_model_missing (Fixture *fixture, gconstpointer data)
{
  assert_model_error (fixture, "/nonexistent/entities.model", "cannot read entity model");
  /* No name at all: an error that names the parameter, not a critical warning. */
  assert_stage_error (fixture, "[stage entities]\nmodel =\n", "model: ");
}

static void
test_model_corrupt (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("test-entities-XXXXXX", &error);
  g_autofree char *bad = g_build_filename (dir, "bad.model", NULL);
  g_autofree char *cut = g_build_filename (dir, "cut.model", NULL);
  g_autofree char *model_path = NULL, *model = NULL;
  gsize len;

  g_assert_no_error (error);
  g_file_set_contents (bad, "not a model at all, just some text that is long enough to be read "
                      "as a header and then refused for what it says",
                      -1, &error);
  g_assert_no_error (error);
  assert_model_error (fixture, bad, "bad magic");

  /* The real model, cut short. */
  model_path = lector_find_data_file ("entities", "entities.model", &error);
  g_assert_no_error (error);
  g_file_get_contents (model_path, &model, &len, &error);
  g_assert_no_error (error);
  g_file_set_contents (cut, model, (gssize)(len / 2), &error);
  g_assert_no_error (error);
  assert_model_error (fixture, cut, "truncated");
  /* Cut inside the word vectors' rows, at the end of the file. */
  g_file_set_contents (cut, model, (gssize)(len - 5), &error);
  g_assert_no_error (error);
  assert_model_error (fixture, cut, "truncated");
  {
    /* The header's count of dense words (after the magic, eight counts and the
     * scale) is what places them: a smaller count must not make rows of keys. */
    const gsize n_dense_at = 8 + 8 * sizeof (guint32) + sizeof (float);
    guint32 n_dense, wrong;
    g_autofree char *copy = g_memdup2 (model, len + 1);

    memcpy (&n_dense, model + n_dense_at, sizeof n_dense);
    g_assert_cmpuint (n_dense, >, 1000);
    wrong = n_dense / 2;
    memcpy (copy + n_dense_at, &wrong, sizeof wrong);
    g_file_set_contents (bad, copy, (gssize)len, &error);
    g_assert_no_error (error);
    assert_model_error (fixture, bad, "longer than its header says");
    wrong = 1u << 30;
    memcpy (copy + n_dense_at, &wrong, sizeof wrong);
    g_file_set_contents (bad, copy, (gssize)len, &error);
    g_assert_no_error (error);
    assert_model_error (fixture, bad, "bad header");

    /* One byte too many. */
    memcpy (copy, model, len);
    copy[len] = 0;
    g_file_set_contents (bad, copy, (gssize)len + 1, &error);
    g_assert_no_error (error);
    assert_model_error (fixture, bad, "longer than its header says");

    /* The second dense word's key made the first's. */
    {
      gsize keys_at = len - (gsize)n_dense * (8 + NER_N_DENSE * NER_N_TAGS);

      memcpy (copy + keys_at + 8, model + keys_at, 8);
      g_file_set_contents (bad, copy, (gssize)len, &error);
      g_assert_no_error (error);
      assert_model_error (fixture, bad, "stored twice");
    }

    /* Numbers that are not finite, or so large that the scores of a long
     * sentence would be: the scale, then one transition. */
    {
      const gsize scale_at = 8 + 8 * sizeof (guint32);
      const gsize trans_at = 8 + 10 * sizeof (guint32);
      const float bad_numbers[] = { INFINITY, -INFINITY, NAN, 1e30f };

      for (gsize k = 0; k < G_N_ELEMENTS (bad_numbers); k++)
        {
          memcpy (copy, model, len);
          memcpy (copy + scale_at, &bad_numbers[k], sizeof (float));
          g_file_set_contents (bad, copy, (gssize)len, &error);
          g_assert_no_error (error);
          assert_model_error (fixture, bad, "bad header");

          memcpy (copy, model, len);
          memcpy (copy + trans_at + 17 * sizeof (float), &bad_numbers[k], sizeof (float));
          g_file_set_contents (bad, copy, (gssize)len, &error);
          g_assert_no_error (error);
          assert_model_error (fixture, bad, "transition score");
        }
    }
  }
  g_unlink (bad);
  g_unlink (cut);
  g_rmdir (dir);
}

/* ---- Engine ---- */

static void
test_possessive_len (void)
{
  g_assert_cmpuint (ner_possessive_len ("Netanyahu’s", strlen ("Netanyahu’s")), ==, 4);
  g_assert_cmpuint (ner_possessive_len ("Gaza's", 6), ==, 2);
  g_assert_cmpuint (ner_possessive_len ("ministers’", strlen ("ministers’")), ==, 3);
  g_assert_cmpuint (ner_possessive_len ("Paris", 5), ==, 0);
  g_assert_cmpuint (ner_possessive_len ("'s", 2), ==, 0);
}

static void
test_tag_names (void)
{
  for (int t = 0; t < NER_N_TAGS; t++)
    g_assert_cmpint (ner_tag_from_string (ner_tag_to_string (t)), ==, t);
  g_assert_cmpint (ner_tag_type (NER_B_ORG), ==, NER_TYPE_ORG);
  g_assert_cmpint (ner_tag_type (NER_I_TTL), ==, NER_TYPE_TTL);
  g_assert_true (ner_tag_is_begin (NER_B_MISC));
  g_assert_false (ner_tag_is_begin (NER_I_MISC));
}

/* The tagger's decoding keeps recent words' hashes and token-only sums in a
 * per-thread cache (tagger.c): its scores, hence its tags, must be exactly
 * those of the plain feature path (ner_features and the dense rows of
 * ner_model_dense_rows), whatever the cache holds —
 * cold, warm, words sharing a slot, a word first in one sentence and inside
 * another, headlines in capitals, words too long to cache, another model. */
static void
reference_tags (const NerModel *model, const NerWord *words, gsize n, const NerLexicon *hist,
                NerScratch *s, guint8 *tags)
{
  g_autofree guint32 *dense = g_new (guint32, n * NER_N_DENSE);

  ner_scratch_reserve (s, n);
  ner_features (&model->lexicon, model->bits, words, n, hist, s, s->feats);
  ner_model_dense_rows (model, words, n, dense);
  for (gsize i = 0; i < n; i++)
    {
      gint32 acc[NER_ROW] = { 0 };

      for (int k = 0; k < NER_N_FEATS; k++)
        for (int t = 0; t < NER_ROW; t++)
          acc[t] += model->weights[(gsize)s->feats[i * NER_N_FEATS + k] * NER_ROW + t];
      for (int k = 0; k < NER_N_DENSE; k++)
        for (int t = 0; t < NER_ROW; t++)
          acc[t] += model->weights[(gsize)dense[i * NER_N_DENSE + k] * NER_ROW + t];
      for (int t = 0; t < NER_N_TAGS; t++)
        s->emit[i * NER_N_TAGS + t] = (float)acc[t] * model->scale;
    }
  ner_viterbi (s->emit, model->trans, n, s, tags);
}

/* The trainer learns, per word with a vector, what it gives the token before it,
 * its own token and the token after it; the model keeps them as rows 2, 1 and 0
 * (tagger.h).  A model whose only non-zero weights are one word's three rows,
 * each for another tag, must score exactly those tags on those three tokens.
 * Twenty more dense words, none of them in the (empty) lexicon, make the loader
 * grow the table it numbers them in. */
static void
test_dense_rows (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("test-entities-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "dense.model", NULL);
  const guint bits = 10;
  g_autofree float *weights = g_new0 (float, ((gsize)1 << bits) * NER_ROW);
  float trans[(NER_N_TAGS + 1) * NER_N_TAGS] = { 0 };
  float dense[21 * NER_N_DENSE * NER_ROW] = { 0 };
  guint64 keys[21];
  NerLexicon lex;
  NerModel *model;
  NerScratch s;
  NerWord words[] = { { "the", 3 }, { "Zorblat", 7 }, { "said", 4 } };
  guint8 tags[3];

  g_assert_no_error (error);
  keys[0] = ner_word_key ("zorblat", 7);
  dense[0 * NER_ROW + NER_B_LOC] = 1.0f;  /* row 0: to the token after the word */
  dense[1 * NER_ROW + NER_B_PER] = 1.0f;  /* row 1: to its own token */
  dense[2 * NER_ROW + NER_B_MISC] = 1.0f; /* row 2: to the token before it */
  for (int w = 1; w < 21; w++)
    {
      g_autofree char *word = g_strdup_printf ("other%d", w);

      keys[w] = ner_word_key (word, strlen (word));
      dense[(gsize)w * NER_N_DENSE * NER_ROW + NER_O] = 0.5f;
    }
  ner_lexicon_init (&lex, 16);
  g_assert_cmpint (ner_model_save (path, bits, weights, trans, &lex, keys, dense, 21, 0, &error),
                   >=, 0);
  g_assert_no_error (error);
  model = ner_model_load (path, &error);
  g_assert_no_error (error);
  ner_scratch_init (&s);
  ner_model_tag (model, words, 3, NULL, &s, tags);
  for (int t = 0; t < NER_N_TAGS; t++)
    {
      g_assert_cmpfloat (s.emit[0 * NER_N_TAGS + t], ==, t == NER_B_MISC ? model->scale * 127 : 0);
      g_assert_cmpfloat (s.emit[1 * NER_N_TAGS + t], ==, t == NER_B_PER ? model->scale * 127 : 0);
      g_assert_cmpfloat (s.emit[2 * NER_N_TAGS + t], ==, t == NER_B_LOC ? model->scale * 127 : 0);
    }
  /* The plain path agrees. */
  {
    guint32 rows[3 * NER_N_DENSE];

    ner_model_dense_rows (model, words, 3, rows);
    g_assert_cmpuint (rows[0 * NER_N_DENSE + 2], ==, rows[1 * NER_N_DENSE + 1] + 1);
    g_assert_cmpuint (rows[2 * NER_N_DENSE + 0], ==, rows[1 * NER_N_DENSE + 1] - 1);
  }
  ner_scratch_clear (&s);
  ner_model_free (model);
  ner_lexicon_clear (&lex);
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_word_cache (void)
{
  static const char *const sentences[] = {
    "Prime Minister Benjamin Netanyahu ’s office said on Tuesday that the talks in Cairo "
    "would resume .",
    "Netanyahu met Egyptian Foreign Minister Sameh Shoukry and U.S. Secretary of State "
    "Antony Blinken in Cairo .",
    "CAIRO TALKS RESUME AS NETANYAHU MEETS BLINKEN AND PLO ,",
    "Cairo said the Palestine Liberation Organization ( PLO ) would send a delegation .",
    "Said Netanyahu : the Antidisestablishmentarianism-related discussions of "
    "Internationalisation continue in Cairo and in Washington .",
    "Blinken , Shoukry and Netanyahu ’s aides met the 1990 and 2004 delegations .",
    /* A word longer than the cache keeps (25 bytes) that has a word vector, first
     * in the sentence and inside it, and a possessive in one token. */
    "Kapitalanlagegesellschaft Netanyahu’s office met the Kapitalanlagegesellschaft in Cairo .",
  };
  g_autoptr (GError) error = NULL;
  g_autofree char *path = lector_find_data_file ("entities", "entities.model", &error);
  NerModel *models[2];
  NerScratch s_ref, s_tag;
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);

  g_assert_no_error (error);
  models[0] = ner_model_load (path, &error);
  g_assert_no_error (error);
  models[1] = ner_model_load (path, &error);
  g_assert_no_error (error);
  ner_scratch_init (&s_ref);
  ner_scratch_init (&s_tag);
  /* Many distinct words too, so that some share a cache slot. */
  for (int w = 0; w < 6000; w++)
    g_ptr_array_add (texts, g_strdup_printf ("%s%d", w % 3 ? "word" : "Name", w));
  for (int round = 0; round < 3; round++)
    for (int m = 0; m < 2; m++)
      {
        NerLexicon hist_ref, hist_tag;

        ner_lexicon_init (&hist_ref, 64);
        ner_lexicon_init (&hist_tag, 64);
        for (gsize k = 0; k < G_N_ELEMENTS (sentences) + 20; k++)
          {
            g_auto (GStrv) parts = NULL;
            g_autofree NerWord *words = NULL;
            g_autofree guint8 *expected = NULL, *tags = NULL;
            gsize n;

            if (k < G_N_ELEMENTS (sentences))
              parts = g_strsplit (sentences[k], " ", -1);
            else
              {
                GStrvBuilder *b = g_strv_builder_new ();

                for (guint w = 0; w < 300; w++)
                  g_strv_builder_add (
                      b, texts->pdata[((k - G_N_ELEMENTS (sentences)) * 300 + w + round * 7)
                                      % texts->len]);
                g_strv_builder_add (b, sentences[k % G_N_ELEMENTS (sentences)]);
                parts = g_strv_builder_end (b);
                g_strv_builder_unref (b);
              }
            n = g_strv_length (parts);
            words = g_new (NerWord, n);
            for (gsize i = 0; i < n; i++)
              {
                words[i].text = parts[i];
                words[i].len = (guint32)strlen (parts[i]);
              }
            expected = g_new0 (guint8, n);
            tags = g_new0 (guint8, n);
            reference_tags (models[m], words, n, &hist_ref, &s_ref, expected);
            ner_history_add (&hist_ref, words, n, expected);
            ner_model_tag (models[m], words, n, &hist_tag, &s_tag, tags);
            g_assert_cmpmem (tags, n, expected, n);
            g_assert_cmpmem (s_tag.emit, n * NER_N_TAGS * sizeof (float), s_ref.emit,
                             n * NER_N_TAGS * sizeof (float));
          }
        ner_lexicon_clear (&hist_ref);
        ner_lexicon_clear (&hist_tag);
      }
  ner_scratch_clear (&s_ref);
  ner_scratch_clear (&s_tag);
  ner_model_free (models[0]);
  ner_model_free (models[1]);
  g_ptr_array_unref (texts);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

#ifdef NER_NO_SIMD
  /* tests/test-entities-generic: the engine's scores without its AVX2 code
   * (tagger.c); the plugin's tests need not run twice. */
  if (TRUE)
    {
      g_test_add_func ("/entities/engine/word-cache", test_word_cache);
      g_test_add_func ("/entities/engine/dense-rows", test_dense_rows);
      return g_test_run ();
    }
#endif
#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_setup, fn, fixture_teardown)
  ADD ("/entities/golden/news-cairo", test_golden_news_cairo);
  ADD ("/entities/group/surname", test_group_surname);
  ADD ("/entities/group/possessive", test_group_possessive);
  ADD ("/entities/group/acronym", test_group_acronym);
  g_test_add_func ("/entities/group/rules", test_group_rules);
  g_test_add_func ("/entities/group/window", test_group_window);
  ADD ("/entities/titles", test_titles);
  ADD ("/entities/titles-gmb", test_titles_gmb);
  ADD ("/entities/titles-ranks", test_titles_ranks);
  ADD ("/entities/org-with-to", test_org_with_to);
  ADD ("/entities/religions-and-storms", test_religions_and_storms);
  ADD ("/entities/events", test_events);
  ADD ("/entities/all-caps-headline", test_all_caps_headline);
  ADD ("/entities/place-after-place-noun", test_place_after_place_noun);
  ADD ("/entities/punctuation", test_punctuation);
  ADD ("/entities/empty", test_empty);
  ADD ("/entities/language/not-covered", test_language_not_covered);
  ADD ("/entities/language/covered", test_language_covered);
  ADD ("/entities/language/empty-list", test_languages_empty);
  ADD ("/entities/other-scripts", test_other_scripts);
  ADD ("/entities/ids-and-indices", test_ids_and_indices);
  ADD ("/entities/model/missing", test_model_missing);
  ADD ("/entities/model/corrupt", test_model_corrupt);
  g_test_add_func ("/entities/engine/possessive", test_possessive_len);
  g_test_add_func ("/entities/engine/tag-names", test_tag_names);
  g_test_add_func ("/entities/engine/word-cache", test_word_cache);
  g_test_add_func ("/entities/engine/dense-rows", test_dense_rows);
#undef ADD
  return g_test_run ();
}
