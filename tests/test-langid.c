/* The langid plugin, run through real pipelines (segment + langid, or langid
 * alone) with the shipped model: short texts, a mixed-language document, the
 * `languages` restriction, texts without letters, parameter errors, close
 * relatives (the second stage), mixed scripts; and the model loaders on missing
 * and damaged files.
 *
 * The sentences here were written for these tests; none comes from the
 * evaluation data. */
#include <math.h>
#include <string.h>

#include <glib/gstdio.h>
#include <lector/lector.h>

#include "lid-groups.h"

typedef struct
{
  LectorRegistry *registry;
} Fixture;

static void
fixture_setup (Fixture *fixture, gconstpointer data)
{
  fixture->registry = lector_registry_new ();
  lector_registry_add_default_dirs (fixture->registry);
  lector_registry_scan (fixture->registry);
  g_assert_nonnull (lector_registry_lookup (fixture->registry, "langid"));
}

static void
fixture_teardown (Fixture *fixture, gconstpointer data)
{
  lector_registry_free (fixture->registry);
}

/* The path of one of the models the plugin ships (plugins/langid/ in the source tree). */
static char *
shipped_file (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "..", "plugins", "langid", name, NULL);
}

static LectorPipeline *
build (Fixture *fixture, const char *conf, GError **error)
{
  g_autoptr (GError) local = NULL;
  g_autoptr (LectorConfig) config = lector_config_load_data (conf, -1, "test.conf", FALSE, &local);

  g_assert_no_error (local);
  return lector_pipeline_new (fixture->registry, config, error);
}

/* Runs @text through the pipeline of @conf; returns the processed document. */
static LectorDocument *
run (Fixture *fixture, const char *conf, const char *text)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LectorPipeline) pipeline = build (fixture, conf, &error);
  g_assert_no_error (error);
  g_autoptr (LectorWorker) worker = lector_pipeline_new_worker (pipeline, &error);
  g_assert_no_error (error);
  LectorDocument *doc = lector_document_new ("t", text, -1, &error);
  g_assert_no_error (error);
  g_assert_true (lector_worker_process (worker, doc, NULL, &error));
  g_assert_no_error (error);
  return doc;
}

static const char *const segment_langid = "[pipeline]\nstages = segment; langid\n";
static const char *const langid_only = "[pipeline]\nstages = langid\n";

static const char *
doc_lang (LectorDocument *doc)
{
  json_t *lang = json_object_get (lector_document_get_meta (doc), "lang");

  g_assert_true (json_is_object (lang));
  return json_string_value (json_object_get (lang, "code"));
}

/* Everyday sentences of 20 to 60 characters, one per language, including the
 * close pairs the model must tell apart. */
static void
test_short_texts (Fixture *fixture, gconstpointer data)
{
  static const struct
  {
    const char *lang, *text;
  } cases[] = {
    { "en", "I will meet you at the station after work." },
    { "de", "Wir treffen uns morgen früh am Bahnhof." },
    { "fr", "Nous avons mangé une tarte aux pommes hier soir." },
    { "es", "Mañana vamos a la playa con mis hermanos." },
    { "it", "Domani andiamo al mare con i nostri amici." },
    { "pt", "Amanhã vamos à praia com os nossos amigos." },
    { "nl", "Morgen gaan we met de fiets naar het strand." },
    { "pl", "Jutro jedziemy nad morze z całą rodziną." },
    { "cs", "Zítra pojedeme s celou rodinou na výlet." },
    { "ru", "Завтра мы поедем на море всей семьёй." },
    { "uk", "Завтра ми поїдемо до моря всією родиною." },
    { "el", "Αύριο θα πάμε στη θάλασσα με την οικογένεια." },
    { "ar", "سنذهب غدا إلى البحر مع العائلة كلها." },
    { "he", "מחר נלך לים עם כל המשפחה שלנו." },
    { "hi", "कल हम पूरे परिवार के साथ समुद्र तट पर जाएंगे।" },
    { "ja", "明日は家族みんなで海に行きます。" },
    { "zh", "明天我们全家一起去海边玩。" },
    { "ko", "내일은 가족과 함께 바다에 갈 거예요." },
    { "th", "พรุ่งนี้เราจะไปทะเลกับครอบครัว" },
    { "fi", "Huomenna menemme koko perheen kanssa rannalle." },
    { "hu", "Holnap az egész családdal a tengerpartra megyünk." },
    { "tr", "Yarın bütün aile ile birlikte denize gideceğiz." },
    { "sv", "I morgon åker vi till stranden med hela familjen." },
    { "id", "Besok kami akan pergi ke pantai bersama keluarga." },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (LectorDocument) doc = run (fixture, langid_only, cases[i].text);
      json_t *lang = json_object_get (lector_document_get_meta (doc), "lang");

      g_test_message ("%s: %s", cases[i].lang, cases[i].text);
      g_assert_cmpstr (doc_lang (doc), ==, cases[i].lang);
      g_assert_true (json_is_string (json_object_get (lang, "name")));
      g_assert_true (json_is_boolean (json_object_get (lang, "reliable")));
    }
}

/* meta.lang has the documented shape: code, English name, a score in 0..1,
 * at most three alternatives (other languages, best first), reliable. */
static void
test_meta_shape (Fixture *fixture, gconstpointer data)
{
  g_autoptr (LectorDocument) doc
      = run (fixture, langid_only,
             "The committee will publish its report on the state of the railways next "
             "Tuesday, after two years of hearings with passengers and operators.");
  json_t *lang = json_object_get (lector_document_get_meta (doc), "lang");
  json_t *alternatives = json_object_get (lang, "alternatives");
  double score = json_real_value (json_object_get (lang, "score"));
  double previous = score;

  g_assert_cmpstr (json_string_value (json_object_get (lang, "code")), ==, "en");
  g_assert_cmpstr (json_string_value (json_object_get (lang, "name")), ==, "English");
  g_assert_cmpfloat (score, >, 0.5);
  g_assert_cmpfloat (score, <=, 1.0);
  g_assert_true (json_is_true (json_object_get (lang, "reliable")));
  g_assert_true (json_is_array (alternatives));
  g_assert_cmpuint (json_array_size (alternatives), ==, 3);
  for (gsize i = 0; i < json_array_size (alternatives); i++)
    {
      json_t *alt = json_array_get (alternatives, i);
      double s = json_real_value (json_object_get (alt, "score"));

      g_assert_cmpstr (json_string_value (json_object_get (alt, "code")), !=, "en");
      g_assert_cmpfloat (s, >=, 0.0);
      g_assert_cmpfloat (s, <=, previous);
      previous = s;
    }
}

/* Two paragraphs in two languages: two annotations in `languages`, each with
 * its own language, and the document's language is the longer one's. */
static void
test_mixed_document (Fixture *fixture, gconstpointer data)
{
  const char *conf = data;
  static const char text[]
      = "Die Regierung hat am Mittwoch beschlossen, die Steuern für kleine Unternehmen im "
        "nächsten Jahr deutlich zu senken, um die Wirtschaft zu stärken.\n"
        "The government decided on Wednesday to cut taxes for small firms.\n";
  g_autoptr (LectorDocument) doc = run (fixture, conf, text);
  LectorLayer *layer = lector_document_get_layer (doc, "languages");

  g_assert_nonnull (layer);
  g_assert_cmpuint (lector_layer_get_size (layer), ==, 2);
  g_assert_cmpstr (lector_layer_get_label (layer, 0), ==, "de");
  g_assert_cmpstr (lector_layer_get_label (layer, 1), ==, "en");
  g_assert_true (
      g_str_has_prefix (text + lector_layer_get_span (layer, 1).start, "The government"));
  g_assert_cmpstr (
      json_string_value (json_object_get (lector_layer_get_features (layer, 1), "name")), ==,
      "English");
  g_assert_false (isnan (lector_layer_get_score (layer, 0)));
  g_assert_cmpstr (doc_lang (doc), ==, "de");
}

/* per-paragraph = false: one annotation over the whole text. */
static void
test_whole_document (Fixture *fixture, gconstpointer data)
{
  static const char text[] = "Ceci est un texte.\nIl a deux lignes, mais une seule langue.";
  g_autoptr (LectorDocument) doc
      = run (fixture, "[pipeline]\nstages = langid\n[stage langid]\nper-paragraph = false\n", text);
  LectorLayer *layer = lector_document_get_layer (doc, "languages");

  g_assert_cmpuint (lector_layer_get_size (layer), ==, 1);
  g_assert_cmpuint (lector_layer_get_span (layer, 0).start, ==, 0);
  g_assert_cmpuint (lector_layer_get_span (layer, 0).end, ==, strlen (text));
  g_assert_cmpstr (lector_layer_get_label (layer, 0), ==, "fr");
  g_assert_cmpstr (doc_lang (doc), ==, "fr");
}

/* `languages` restricts the choice: Spanish text among Portuguese and Italian
 * only gets one of those, and the alternatives stay inside the set. */
static void
test_languages_restriction (Fixture *fixture, gconstpointer data)
{
  static const char text[] = "Mañana vamos a la playa con mis hermanos y sus hijos.";
  g_autoptr (LectorDocument) free_doc = run (fixture, langid_only, text);
  g_autoptr (LectorDocument) doc
      = run (fixture, "[pipeline]\nstages = langid\n[stage langid]\nlanguages = pt; it\n", text);
  json_t *lang = json_object_get (lector_document_get_meta (doc), "lang");
  json_t *alternatives = json_object_get (lang, "alternatives");
  const char *code = doc_lang (doc);

  g_assert_cmpstr (doc_lang (free_doc), ==, "es");
  g_assert_true (g_str_equal (code, "pt") || g_str_equal (code, "it"));
  g_assert_cmpuint (json_array_size (alternatives), ==, 1);
  g_assert_cmpstr (json_string_value (json_object_get (json_array_get (alternatives, 0), "code")),
                   !=, code);
}

/* Text without linguistic content is "und", not reliable, score 0. */
static void
test_no_content (Fixture *fixture, gconstpointer data)
{
  static const char *const texts[] = {
    "",
    "12345 678.90 -- 42%",
    "https://www.example.com/path/to/page?id=1234",
    "info@example.org 555-0199",
    "... !!! ???",
    "😀 😀 ★",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr (LectorDocument) doc = run (fixture, segment_langid, texts[i]);
      json_t *lang = json_object_get (lector_document_get_meta (doc), "lang");

      g_test_message ("text: '%s'", texts[i]);
      g_assert_cmpstr (doc_lang (doc), ==, "und");
      g_assert_true (json_is_false (json_object_get (lang, "reliable")));
      g_assert_cmpfloat (json_number_value (json_object_get (lang, "score")), ==, 0.0);
      g_assert_cmpuint (json_array_size (json_object_get (lang, "alternatives")), ==, 0);
    }
}

/* Addresses inside a sentence do not pull it towards English. */
static void
test_urls_ignored (Fixture *fixture, gconstpointer data)
{
  g_autoptr (LectorDocument) doc
      = run (fixture, langid_only,
             "Weitere Informationen finden Sie unter https://www.example.com/support/"
             "download-center/english-version oder schreiben Sie an help@example.com");

  g_assert_cmpstr (doc_lang (doc), ==, "de");
}

/* min-length: fewer letters than it give "und". */
static void
test_min_length (Fixture *fixture, gconstpointer data)
{
  g_autoptr (LectorDocument) shorter
      = run (fixture, "[pipeline]\nstages = langid\n[stage langid]\nmin-length = 30\n",
             "Guten Morgen, liebe Freunde!");
  g_autoptr (LectorDocument) longer
      = run (fixture, "[pipeline]\nstages = langid\n[stage langid]\nmin-length = 10\n",
             "Guten Morgen, liebe Freunde!");

  g_assert_cmpstr (doc_lang (shorter), ==, "und");
  g_assert_cmpstr (doc_lang (longer), ==, "de");
}

/* model and groups-model choose the files: a path is used as it is, and an error names the
 * parameter and the file. */
static void
test_model_parameters (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *shipped = shipped_file ("langid.model");
  g_autofree char *dir = g_dir_make_tmp ("langid-XXXXXX", &error);
  g_autofree char *copy = g_build_filename (dir, "mine.model", NULL);
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (shipped, &contents, &length, &error));
  g_assert_true (g_file_set_contents (copy, contents, (gssize)length, &error));
  g_assert_no_error (error);
  {
    g_autofree char *conf
        = g_strdup_printf ("[pipeline]\nstages = langid\n[stage langid]\nmodel = %s\n", copy);
    g_autoptr (LectorDocument) doc = run (fixture, conf, "Der Stadtrat hat den Haushalt beschlossen.");

    g_assert_cmpstr (doc_lang (doc), ==, "de");
  }
  /* The first stage's model given as the second's: refused, naming what was wrong. */
  {
    g_autofree char *conf = g_strdup_printf (
        "[pipeline]\nstages = langid\n[stage langid]\ngroups-model = %s\n", copy);
    g_autoptr (LectorPipeline) pipeline = build (fixture, conf, &error);
    g_autoptr (LectorWorker) worker = NULL;

    if (pipeline != NULL)
      worker = lector_pipeline_new_worker (pipeline, &error);
    g_assert_null (worker);
    g_assert_nonnull (error);
    g_assert_true (g_str_has_prefix (error->message, "test.conf:4: stage 'langid' (plugin langid): "
                                                     "groups-model: "));
    g_assert_nonnull (strstr (error->message, copy));
    g_clear_error (&error);
  }
  {
    g_autoptr (LectorPipeline) pipeline
        = build (fixture, "[pipeline]\nstages = langid\n[stage langid]\nmodel =\n", &error);
    g_autoptr (LectorWorker) worker = NULL;

    if (pipeline != NULL)
      worker = lector_pipeline_new_worker (pipeline, &error);
    g_assert_null (worker);
    g_assert_error (error, LECTOR_ERROR, LECTOR_ERROR_CONFIG);
    g_assert_nonnull (strstr (error->message, "model: empty"));
    g_clear_error (&error);
  }
  g_unlink (copy);
  g_rmdir (dir);
}

/* Bad parameters are configuration errors that say what is wrong. */
static void
test_invalid_parameters (Fixture *fixture, gconstpointer data)
{
  static const struct
  {
    const char *conf, *expected;
  } cases[] = {
    { "[pipeline]\nstages = langid\n[stage langid]\nlanguages = en; xx\n", "'xx'" },
    { "[pipeline]\nstages = langid\n[stage langid]\nlanguages = eng\n", "'eng'" },
    { "[pipeline]\nstages = langid\n[stage langid]\nmin-length = 0\n", "min-length" },
    { "[pipeline]\nstages = langid\n[stage langid]\nper-paragraph = sometimes\n", "per-paragraph" },
    { "[pipeline]\nstages = langid\n[stage langid]\nlanguage = en\n", "languages" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (LectorPipeline) pipeline = build (fixture, cases[i].conf, &error);
      g_autoptr (LectorWorker) worker = NULL;

      /* The host checks types and ranges; the plugin checks language codes when
       * the stage is created. */
      if (pipeline != NULL)
        worker = lector_pipeline_new_worker (pipeline, &error);
      g_assert_null (worker);
      g_assert_error (error, LECTOR_ERROR, LECTOR_ERROR_CONFIG);
      g_test_message ("%s", error->message);
      g_assert_nonnull (strstr (error->message, cases[i].expected));
    }
}

/* The engine, directly: a missing or damaged model is an error naming the file. */
static void
test_model_errors (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *model_path = shipped_file ("langid.model");
  g_autofree char *contents = NULL;
  gsize len;
  g_autofree char *dir = g_dir_make_tmp ("langid-XXXXXX", &error);
  g_autofree char *bad = g_build_filename (dir, "bad.model", NULL);
  LidModel *model;

  g_assert_no_error (error);
  model = lid_model_open ("/nonexistent/langid.model", &error);
  g_assert_null (model);
  g_assert_nonnull (strstr (error->message, "/nonexistent/langid.model"));
  g_clear_error (&error);

  /* Truncated: the first half of the real model. */
  g_assert_true (g_file_get_contents (model_path, &contents, &len, &error));
  g_assert_true (g_file_set_contents (bad, contents, (gssize)(len / 2), &error));
  model = lid_model_open (bad, &error);
  g_assert_null (model);
  g_assert_nonnull (strstr (error->message, bad));
  g_clear_error (&error);

  /* Not a model at all. */
  g_assert_true (g_file_set_contents (bad, "hello, world\n", -1, &error));
  model = lid_model_open (bad, &error);
  g_assert_null (model);
  g_assert_nonnull (strstr (error->message, "not a valid model"));
  g_clear_error (&error);

  /* A header whose tables point past the end. */
  memset (contents + 64, 0xff, 16);
  g_assert_true (g_file_set_contents (bad, contents, (gssize)len, &error));
  model = lid_model_open (bad, &error);
  g_assert_null (model);
  g_clear_error (&error);

  g_assert_cmpint (g_unlink (bad), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);

  /* And the real one opens, with the languages it promises. */
  model = lid_model_open (model_path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (lid_model_n_languages (model), >=, 150);
  g_assert_cmpint (lid_model_find (model, "en"), >=, 0);
  g_assert_cmpstr (lid_model_name (model, (guint)lid_model_find (model, "de")), ==, "German");
  g_assert_cmpint (lid_model_find (model, "xx"), ==, -1);
  lid_model_free (model);
}

/* Writes @contents (@len bytes) with the little-endian u32 @value at @offset to
 * @path, and expects lid_model_open() of it to fail with an error naming @path. */
static void
assert_damaged_model (const char *path, const char *contents, gsize len, gsize offset,
                      guint32 value)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *copy = g_memdup2 (contents, len);
  LidModel *model;

  for (guint i = 0; i < 4; i++)
    copy[offset + i] = (char)(value >> (8 * i));
  g_assert_true (g_file_set_contents (path, copy, (gssize)len, &error));
  model = lid_model_open (path, &error);
  g_assert_null (model);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, path));
}

/* Damaged models whose ends are intact: each is refused at load, not read out of
 * bounds or turned into scores that are not numbers. */
static void
test_model_damaged (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *model_path = shipped_file ("langid.model");
  g_autofree char *contents = NULL;
  gsize len;
  g_autofree char *dir = g_dir_make_tmp ("langid-XXXXXX", &error);
  g_autofree char *bad = g_build_filename (dir, "bad.model", NULL);
  guint32 langs;

  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (model_path, &contents, &len, &error));
  /* The language records: the first section (lid-model.h). */
  memcpy (&langs, contents + 64, 4);
  langs = GUINT32_FROM_LE (langs);

  /* 2^30 buckets with a bucket table of 4 bytes: 4 x (2^30 + 1) wraps to 4 in 32 bits. */
  {
    g_autofree char *copy = g_memdup2 (contents, len);

    memcpy (copy + 16, "\x1e\0\0\0", 4);
    assert_damaged_model (bad, copy, len, 64 + 8 + 4, 4);
  }

  /* Numbers that are not numbers: the order-1 scale (NaN), the first
   * language's base cost of order 1 (+inf) and its prior (NaN).  Read, they made
   * every score NaN and the document's "lang" vanish from the output. */
  assert_damaged_model (bad, contents, len, 36 + 4, 0x7fc00000);
  assert_damaged_model (bad, contents, len, langs + 16 + 4, 0x7f800000);
  assert_damaged_model (bad, contents, len, langs + 40, 0xffc00000);

  /* A language code or name that is not text: it went into the output as it
   * was (an invalid UTF-8 label) and made meta.lang vanish. */
  {
    guint32 strings, name;

    assert_damaged_model (bad, contents, len, langs, 0x00ff6e65);
    memcpy (&strings, contents + 64 + 8 * 3, 4);
    memcpy (&name, contents + langs + 8, 4);
    assert_damaged_model (bad, contents, len, GUINT32_FROM_LE (strings) + GUINT32_FROM_LE (name),
                          0x0000ffc3);
  }

  g_assert_cmpint (g_unlink (bad), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* Scores are additive: two texts scored into one accumulator equal the merge of
 * their separate scores (the document-level decision relies on it). */
static void
test_scores_additive (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *model_path = shipped_file ("langid.model");
  LidModel *model = lid_model_open (model_path, &error);
  g_autofree LidScores *a = g_new (LidScores, 1);
  g_autofree LidScores *b = g_new (LidScores, 1);
  g_autofree LidScores *both = g_new (LidScores, 1);
  static const char one[] = "Het weer is vandaag erg mooi.";
  static const char two[] = "Morgen regent het waarschijnlijk weer.";

  g_assert_no_error (error);
  lid_scores_clear (a);
  lid_scores_clear (b);
  lid_scores_clear (both);
  lid_scores_add_text (model, a, one, strlen (one));
  lid_scores_add_text (model, b, two, strlen (two));
  lid_scores_add_text (model, both, one, strlen (one));
  lid_scores_add_text (model, both, two, strlen (two));
  lid_scores_merge (a, b, lid_model_n_languages (model));
  g_assert_cmpmem (a, sizeof *a, both, sizeof *both);
  lid_model_free (model);
}

/* Close relatives, which the second stage (lid-groups.c) re-scores with word
 * features: each paragraph and sentence says the same thing in both members. */
static void
test_close_relatives (Fixture *fixture, gconstpointer data)
{
  static const struct
  {
    const char *lang, *text;
  } cases[] = {
    { "ms", "Kerajaan Malaysia telah mengumumkan bahawa semua sekolah akan dibuka semula pada "
            "bulan hadapan kerana keadaan sudah bertambah baik. Ibu bapa boleh mendapatkan "
            "maklumat lanjut daripada pejabat pendidikan daerah masing-masing." },
    { "id", "Pemerintah Indonesia telah mengumumkan bahwa semua sekolah akan dibuka kembali pada "
            "bulan depan karena keadaan sudah semakin membaik. Orang tua bisa mendapatkan "
            "informasi lebih lanjut dari kantor dinas pendidikan setempat." },
    { "ms", "Beliau berkata kerajaan akan membantu rakyat." },
    { "id", "Dia bilang pemerintah akan membantu rakyat." },
    { "bs", "Prošle sedmice je općina objavila da će nova škola biti otvorena u septembru. "
            "Roditelji koji žele više informacija mogu doći u općinu, a kahva i hljeb čekaju "
            "sve goste. Ko zna šta će biti za hiljadu godina." },
    { "hr", "Prošlog tjedna općina je objavila da će nova škola biti otvorena u rujnu. Roditelji "
            "koji žele više informacija mogu doći u općinu, a kava i kruh čekaju sve goste. Tko "
            "zna što će biti za tisuću godina." },
    { "bs", "Šta misliš o historiji ovog grada?" },
    { "hr", "Što misliš o povijesti ovog grada?" },
    { "nn", "Eg har budd i denne byen heile livet, men eg har aldri sett så mykje snø som i "
            "vinter. Kva skal vi gjere no? Vi kan ikkje gå ut før vegane er rydda." },
    { "nb", "Jeg har bodd i denne byen hele livet, men jeg har aldri sett så mye snø som i "
            "vinter. Hva skal vi gjøre nå? Vi kan ikke gå ut før veiene er ryddet." },
    { "da", "Jeg har boet i denne by hele mit liv, men jeg har aldrig set så meget sne som i "
            "vinter. Hvad skal vi gøre nu? Vi kan ikke gå ud, før vejene er ryddet." },
    { "nn", "Eg veit ikkje kva vi skal gjere i kveld." },
    { "nb", "Jeg vet ikke hva vi skal gjøre i kveld." },
    { "cs", "Včera jsme byli v kině a film se nám moc líbil. Příště bychom chtěli jít do "
            "divadla, ale lístky jsou docela drahé." },
    { "sk", "Včera sme boli v kine a film sa nám veľmi páčil. Nabudúce by sme chceli ísť do "
            "divadla, ale lístky sú dosť drahé." },
    { "hi", "मैं कल अपने दोस्तों के साथ बाज़ार गया था और हमने बहुत सारी चीज़ें खरीदीं।" },
    { "mr", "मी काल माझ्या मित्रांसोबत बाजारात गेलो होतो आणि आम्ही खूप वस्तू विकत घेतल्या." },
    { "zu", "Ngifuna ukuya esitolo namhlanje ukuze ngithenge isinkwa nobisi." },
    { "xh", "Ndifuna ukuya evenkileni namhlanje ukuze ndithenge isonka nobisi." },
    /* Serbian in either alphabet (the first stage knows only the Cyrillic). */
    { "sr", "Deca su se igrala u parku celo popodne, a mi smo pili mleko i pričali o vremenu. "
            "Vlada je saopštila da će porez na dohodak biti smanjen od sledeće godine." },
    { "sr", "Прошле недеље је општина објавила да ће нова школа бити отворена у септембру. "
            "Родитељи који желе више информација могу да дођу у општину." },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (LectorDocument) doc = run (fixture, segment_langid, cases[i].text);

      g_test_message ("%s: %s", cases[i].lang, cases[i].text);
      g_assert_cmpstr (doc_lang (doc), ==, cases[i].lang);
    }
}

/* A text and the language it must get. */
typedef struct
{
  const char *lang, *text;
} LangCase;

/* Runs each case through langid alone and checks its document language. */
static void
assert_languages (Fixture *fixture, const LangCase *cases, gsize n)
{
  for (gsize i = 0; i < n; i++)
    {
      g_autoptr (LectorDocument) doc = run (fixture, langid_only, cases[i].text);

      g_test_message ("%s: %s", cases[i].lang, cases[i].text);
      g_assert_cmpstr (doc_lang (doc), ==, cases[i].lang);
    }
}

/* A text mostly in another script keeps its language when it names things in
 * Latin letters: those are not read (a language whose training text had a few
 * Latin letters would otherwise win). */
static void
test_mixed_script (Fixture *fixture, gconstpointer data)
{
  static const LangCase cases[] = {
    { "hi", "आज बाज़ार में iPhone की नई कीमतों पर बहुत चर्चा हुई और लोग दुकानों के बाहर खड़े रहे।" },
    { "ur", "آج بازار میں iPhone کی نئی قیمتوں پر بہت بحث ہوئی اور لوگ دکانوں کے باہر کھڑے رہے۔" },
    { "ru", "Вчера в Москве представили новый Samsung Galaxy, и очереди были огромные." },
    /* Latin text with a foreign word in another script stays Latin. */
    { "en", "The word for peace in Russian is мир, and it also means world." },
  };

  assert_languages (fixture, cases, G_N_ELEMENTS (cases));
  g_assert_true (lid_text_skips_ascii ("नमस्ते दुनिया abc", strlen ("नमस्ते दुनिया abc")));
  g_assert_false (lid_text_skips_ascii ("Tiếng Việt rất hay", strlen ("Tiếng Việt rất hay")));
  g_assert_false (lid_text_skips_ascii ("Hello 🙂🙂🙂🙂🙂🙂 world", strlen ("Hello 🙂🙂🙂🙂🙂🙂 world")));
}

/* Turkish saved in Windows-1254 and read as Windows-1252 shows ı ş ğ İ as
 * ý þ ð Ý; it is read repaired too, and stays Turkish.  The languages whose
 * letters those are keep their texts. */
static void
test_misdecoded_turkish (Fixture *fixture, gconstpointer data)
{
  static const LangCase cases[] = {
    { "tr", "Yaðmur yaðýnca çocuklar eve koþtu." },
    { "tr", "Kýþýn aðaçlar yapraklarýný döker." },
    { "tr", "Ýþçiler maaþlarýnýn artýrýlmasýný istiyor." },
    { "tr", "Türkiye'nin başkenti Ankara'dır ve en kalabalık şehri İstanbul'dur." },
    { "is", "Þjóðin fagnaði þegar ríkisstjórnin kynnti nýja áætlun um menntun." },
    { "is", "Það er ýmislegt sem þarf að gera." },
    { "cs", "Vláda schválila nový zákon o státním rozpočtu na příští rok." },
    { "vi", "Thủ tướng đã ký quyết định về chính sách mới cho năm tới." },
  };

  assert_languages (fixture, cases, G_N_ELEMENTS (cases));
}

/* The models the plugin ships (the second stage's as *@groups); the test fails without them. */
static LidModel *
open_shipped_models (LidGroups **groups)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *model_path = shipped_file ("langid.model");
  g_autofree char *groups_path = shipped_file ("langid-groups.model");
  LidModel *model = lid_model_open (model_path, &error);
  g_assert_no_error (error);
  *groups = lid_groups_open (groups_path, model, &error);
  g_assert_no_error (error);
  return model;
}

/* The engine: the second stage reads a text only when the winner's close
 * relative is a runner-up, and its evidence adds up like the letters'. */
static void
test_groups_engine (void)
{
  LidGroups *groups;
  LidModel *model = open_shipped_models (&groups);
  g_autofree LidScores *a = g_new (LidScores, 1);
  g_autofree LidScores *b = g_new (LidScores, 1);
  static const char ms[] = "Beliau berkata kerajaan akan membantu rakyat kerana harga barang naik.";
  static const char id[] = "Dia bilang pemerintah akan membantu rakyat karena harga barang naik.";
  static const char en[] = "The weather was lovely, so we walked along the river.";
  LidResult r;

  lid_detect (model, groups, a, ms, strlen (ms), NULL, 3, &r);
  g_assert_cmpstr (lid_model_code (model, (guint)r.lang), ==, "ms");
  g_assert_cmpuint (a->n_group_words, ==, 10);
  lid_detect (model, groups, b, id, strlen (id), NULL, 3, &r);
  g_assert_cmpstr (lid_model_code (model, (guint)r.lang), ==, "id");
  g_assert_cmpuint (b->n_group_words, ==, 10);
  lid_detect (model, groups, b, en, strlen (en), NULL, 3, &r);
  g_assert_cmpstr (lid_model_code (model, (guint)r.lang), ==, "en");
  g_assert_cmpuint (b->n_group_words, ==, 0);

  /* Serbian in Latin letters, and the same text when Serbian is not allowed:
   * then Croatian or Bosnian, never Serbian. */
  {
    static const char sr[] = "Juče sam video da reka ponovo raste, a niko nije hteo da "
                             "poveruje da će voda stići do kuće.";
    g_autofree guint8 *allowed = g_new (guint8, lid_model_n_languages (model));
    const char *code;

    lid_detect (model, groups, a, sr, strlen (sr), NULL, 3, &r);
    g_assert_cmpstr (lid_model_code (model, (guint)r.lang), ==, "sr");
    g_assert_cmpuint (a->n_group_words, >, 0);
    memset (allowed, 1, lid_model_n_languages (model));
    allowed[lid_model_find (model, "sr")] = 0;
    lid_detect (model, groups, a, sr, strlen (sr), allowed, 3, &r);
    code = lid_model_code (model, (guint)r.lang);
    g_assert_true (g_str_equal (code, "hr") || g_str_equal (code, "bs"));
  }

  /* Only Indonesian and English allowed: the Malay sentence is Indonesian, and
   * the second stage does not bring Malay back. */
  {
    g_autofree guint8 *allowed = g_new0 (guint8, lid_model_n_languages (model));

    allowed[lid_model_find (model, "id")] = 1;
    allowed[lid_model_find (model, "en")] = 1;
    lid_detect (model, groups, a, ms, strlen (ms), allowed, 3, &r);
    g_assert_cmpstr (lid_model_code (model, (guint)r.lang), ==, "id");
  }

  /* Additive: the word evidence of two texts read into one accumulator equals
   * the merge of the two. */
  {
    g_autofree LidScores *both = g_new (LidScores, 1);

    lid_scores_clear (a);
    lid_scores_clear (b);
    lid_scores_clear (both);
    lid_groups_add_text (groups, a, ms, strlen (ms));
    lid_groups_add_text (groups, b, id, strlen (id));
    lid_groups_add_text (groups, both, ms, strlen (ms));
    lid_groups_add_text (groups, both, id, strlen (id));
    lid_scores_merge (a, b, lid_model_n_languages (model));
    g_assert_cmpmem (a, sizeof *a, both, sizeof *both);
  }
  lid_groups_free (groups);
  lid_model_free (model);
}

/* A long document in a group: its word evidence, summed over the paragraphs, grows
 * past 32 bits (signed overflow, which turned the sums around) and the decision stays. */
static void
test_groups_long_document (void)
{
  LidGroups *groups;
  LidModel *model = open_shipped_models (&groups);
  g_autofree LidScores *part = g_new (LidScores, 1);
  g_autofree LidScores *total = g_new (LidScores, 1);
  g_autoptr (GString) text = g_string_new (NULL);
  gint64 least = 0;
  LidResult r;

  for (guint i = 0; i < 10000; i++)
    g_string_append (text, "Beliau berkata kerajaan akan membantu rakyat kerana harga naik. ");
  lid_detect (model, groups, part, text->str, text->len, NULL, 3, &r);
  g_assert_cmpstr (lid_model_code (model, (guint)r.lang), ==, "ms");
  for (guint g = 0; g < G_N_ELEMENTS (part->group); g++)
    for (guint m = 0; m < G_N_ELEMENTS (part->group[0]); m++)
      least = MIN (least, (gint64)part->group[g][m]);
  g_assert_cmpint (least, <, 0);

  /* The same paragraph again and again, as langid_process() adds up a document's. */
  lid_scores_clear (total);
  for (gint64 sum = 0; sum >= G_MININT32; sum += least)
    lid_scores_merge (total, part, lid_model_n_languages (model));
  lid_decide_groups (model, groups, total, NULL, 3, &r);
  g_assert_cmpstr (lid_model_code (model, (guint)r.lang), ==, "ms");

  lid_groups_free (groups);
  lid_model_free (model);
}

/* A missing or damaged groups file is an error naming it. */
static void
test_groups_errors (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *model_path = shipped_file ("langid.model");
  g_autofree char *groups_path = shipped_file ("langid-groups.model");
  g_autofree char *dir = g_dir_make_tmp ("langid-XXXXXX", &error);
  g_autofree char *bad = g_build_filename (dir, "bad-groups.model", NULL);
  g_autofree char *contents = NULL;
  gsize len;
  LidModel *model = lid_model_open (model_path, &error);

  g_assert_no_error (error);
  g_assert_null (lid_groups_open ("/nonexistent/langid-groups.model", model, &error));
  g_assert_nonnull (strstr (error->message, "/nonexistent/langid-groups.model"));
  g_clear_error (&error);

  g_assert_true (g_file_get_contents (groups_path, &contents, &len, &error));
  g_assert_true (g_file_set_contents (bad, contents, (gssize)len / 2, &error));
  g_assert_null (lid_groups_open (bad, model, &error));
  g_assert_nonnull (strstr (error->message, bad));
  g_clear_error (&error);

  /* The right ends but a damaged table: a bucket count that no longer fits. */
  contents[16] = 27;
  g_assert_true (g_file_set_contents (bad, contents, (gssize)len, &error));
  g_assert_null (lid_groups_open (bad, model, &error));
  g_assert_nonnull (strstr (error->message, "not a valid"));
  g_clear_error (&error);

  /* The first stage's model is not a groups model. */
  g_assert_null (lid_groups_open (model_path, model, &error));
  g_assert_nonnull (strstr (error->message, "not a valid"));
  g_clear_error (&error);

  g_unlink (bad);
  g_rmdir (dir);
  lid_model_free (model);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func, data)                                                                      \
  g_test_add (path, Fixture, data, fixture_setup, func, fixture_teardown)
  ADD ("/langid/short-texts", test_short_texts, NULL);
  ADD ("/langid/meta-shape", test_meta_shape, NULL);
  ADD ("/langid/mixed-document/segment", test_mixed_document, segment_langid);
  ADD ("/langid/mixed-document/lines", test_mixed_document, langid_only);
  ADD ("/langid/whole-document", test_whole_document, NULL);
  ADD ("/langid/languages-restriction", test_languages_restriction, NULL);
  ADD ("/langid/no-content", test_no_content, NULL);
  ADD ("/langid/urls-ignored", test_urls_ignored, NULL);
  ADD ("/langid/min-length", test_min_length, NULL);
  ADD ("/langid/invalid-parameters", test_invalid_parameters, NULL);
  ADD ("/langid/model-parameters", test_model_parameters, NULL);
  g_test_add_func ("/langid/model-errors", test_model_errors);
  g_test_add_func ("/langid/model-damaged", test_model_damaged);
  g_test_add_func ("/langid/scores-additive", test_scores_additive);
  ADD ("/langid/close-relatives", test_close_relatives, NULL);
  ADD ("/langid/mixed-script", test_mixed_script, NULL);
  ADD ("/langid/misdecoded-turkish", test_misdecoded_turkish, NULL);
  g_test_add_func ("/langid/groups-engine", test_groups_engine);
  g_test_add_func ("/langid/groups-errors", test_groups_errors);
  g_test_add_func ("/langid/groups-long-document", test_groups_long_document);
  return g_test_run ();
}
