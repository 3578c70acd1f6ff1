/* The quotes plugin, run as users run it: built plugins in a "segment; entities;
 * quotes" pipeline, where the entities stage is a test-only stand-in
 * (tests/plugins-quotes/fake_entities.c) tagging the names of a gazetteer written
 * for each text, so that these tests do not depend on the entities model.
 *
 * Each behaviour has a short text of our own; the golden tests compare every
 * quote of examples/news-cairo.txt and of the texts in tests/quotes/ (NAME.txt,
 * NAME.names, NAME.expected) with the expected listing. */
#include <string.h>

#include <lector/lector.h>

typedef struct
{
  LectorRegistry *registry;
} Fixture;

static void
fixture_setup (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  fixture->registry = lector_registry_new ();
  g_assert_nonnull (lector_registry_load_file (fixture->registry, FAKE_ENTITIES, &error));
  g_assert_no_error (error);
  lector_registry_add_default_dirs (fixture->registry);
  lector_registry_scan (fixture->registry);
  g_assert_nonnull (lector_registry_lookup (fixture->registry, "segment"));
  g_assert_nonnull (lector_registry_lookup (fixture->registry, "quotes"));
}

static void
fixture_teardown (Fixture *fixture, gconstpointer data)
{
  lector_registry_free (fixture->registry);
}

/* A pipeline whose entities stage knows @names ("Surface|LABEL[|canonical]; …",
 * or NULL for an empty entities layer) and whose quotes stage has @settings. */
static LectorPipeline *
build (Fixture *fixture, const char *names, const char *entity_settings, const char *settings,
       GError **error)
{
  g_autofree char *text
      = g_strdup_printf ("[pipeline]\nname = t\nstages = segment; entities; quotes\n"
                         "[stage segment]\nparagraphs = line\n"
                         "[stage entities]\nplugin = fake_entities\n%s%s%s\n%s\n"
                         "[stage quotes]\n%s\n",
                         names ? "names = " : "", names ? names : "", names ? "\n" : "",
                         entity_settings ? entity_settings : "", settings ? settings : "");
  g_autoptr (LectorConfig) config = lector_config_load_data (text, -1, "t.conf", FALSE, error);

  return config ? lector_pipeline_new (fixture->registry, config, error) : NULL;
}

static LectorDocument *
run_full (Fixture *fixture, const char *names, const char *entity_settings, const char *settings,
          const char *text, GError **error)
{
  g_autoptr (LectorPipeline) pipeline = build (fixture, names, entity_settings, settings, error);
  g_autoptr (LectorWorker) worker = NULL;
  g_autoptr (LectorDocument) doc = NULL;
  const char *stage = NULL;

  if (!pipeline)
    return NULL;
  worker = lector_pipeline_new_worker (pipeline, error);
  if (!worker)
    return NULL;
  doc = lector_document_new ("t", text, -1, error);
  if (!doc || !lector_worker_process (worker, doc, &stage, error))
    return NULL;
  return g_steal_pointer (&doc);
}

static LectorDocument *
run (Fixture *fixture, const char *names, const char *text)
{
  g_autoptr (GError) error = NULL;
  LectorDocument *doc = run_full (fixture, names, NULL, NULL, text, &error);

  g_assert_no_error (error);
  return doc;
}

static const char *
feature_string (json_t *f, const char *key)
{
  json_t *v = json_object_get (f, key);

  g_assert_true (v != NULL);
  return json_is_null (v) ? "-" : json_string_value (v);
}

/* The quotes of @doc, one a line: "type «text» speaker [entity] cue #group". */
static char *
listing (LectorDocument *doc)
{
  LectorLayer *layer = lector_document_get_layer (doc, "quotes");
  const char *text = lector_document_get_text (doc, NULL);
  GString *s = g_string_new (NULL);

  g_assert_nonnull (layer);
  for (gsize i = 0; i < lector_layer_get_size (layer); i++)
    {
      LectorSpan span = lector_layer_get_span (layer, i);
      json_t *f = lector_layer_get_features (layer, i);

      g_string_append_printf (
          s, "%s «%.*s» %s [%s] %s #%d\n", feature_string (f, "type"), (int)(span.end - span.start),
          text + span.start, feature_string (f, "speaker"), feature_string (f, "speaker_entity"),
          feature_string (f, "cue"), (int)json_integer_value (json_object_get (f, "group")));
    }
  return g_string_free (s, FALSE);
}

static void
assert_quotes (Fixture *fixture, const char *names, const char *text, const char *expected)
{
  g_autoptr (LectorDocument) doc = run (fixture, names, text);
  g_autofree char *got = listing (doc);

  g_assert_cmpstr (got, ==, expected);
}

/* ---- behaviours --------------------------------------------------------------------------- */

static void
test_cue_after (Fixture *fixture, gconstpointer data)
{
  /* The cue after the quote, with the name before or after the verb; a second
   * quotation in the paragraph continues the first. */
  assert_quotes (fixture, "Michael Rivera|PER; Rivera|PER|Michael Rivera",
                 "Col. Michael Rivera leads the wing.\n"
                 "“The ball is in their court,” Rivera said. “We are waiting.”\n"
                 "\"Every exercise teaches us something,\" said Col. Michael Rivera.\n",
                 "direct «“The ball is in their court,”» Michael Rivera [E1] said #1\n"
                 "direct «“We are waiting.”» Michael Rivera [E1] said #1\n"
                 "direct «\"Every exercise teaches us something,\"» Michael Rivera [E1] said #2\n");
}

static void
test_cue_before (Fixture *fixture, gconstpointer data)
{
  assert_quotes (fixture, "Linda Park|PER; Park|PER|Linda Park",
                 "Linda Park said: \"We will not back down.\"\n"
                 "Park said, “Our people made it happen.”\n",
                 "direct «\"We will not back down.\"» Linda Park [E1] said #1\n"
                 "direct «“Our people made it happen.”» Linda Park [E1] said #2\n");
}

static void
test_split_mixed_marks (Fixture *fixture, gconstpointer data)
{
  /* "A,” he said, “B." with straight and curly marks mixed in each piece. */
  assert_quotes (fixture, "David Cameron|PER; Cameron|PER|David Cameron",
                 "British Foreign Minister David Cameron spoke in Washington.\n"
                 "\"Let me be clear, though,” he added, “we continue to have concerns.\"\n",
                 "direct «\"Let me be clear, though,”» David Cameron [E1] added #1\n"
                 "direct «“we continue to have concerns.\"» David Cameron [E1] added #1\n");
}

static void
test_multi_paragraph (Fixture *fixture, gconstpointer data)
{
  /* Each paragraph opens a mark, only the last one closes: one segment per
   * paragraph, the open ones ending with their paragraph, all in one group. */
  assert_quotes (fixture, "Maria Chen|PER",
                 "Maria Chen, 34, a nurse at the hospital, said:\n"
                 "\"We worked for 20 hours straight. Nobody complained.\n"
                 "\"When the power went out, we used flashlights.\"\n"
                 "The hospital reopened on Monday.\n",
                 "direct «\"We worked for 20 hours straight. Nobody complained.» Maria Chen [E1] "
                 "said #1\n"
                 "direct «\"When the power went out, we used flashlights.\"» Maria Chen [E1] said "
                 "#1\n");
}

static void
test_nested_single (Fixture *fixture, gconstpointer data)
{
  assert_quotes (fixture, "Alexander Milinkevich|PER; Milinkevich|PER|Alexander Milinkevich",
                 "Alexander Milinkevich spoke to the crowd. He said, \"A month ago I would have "
                 "said, 'only someone crazy would think we could stay here.'\"\n",
                 "direct «\"A month ago I would have said, 'only someone crazy would think we "
                 "could stay here.'\"» Alexander Milinkevich [E1] said #1\n");
}

/* British news quotes with single marks and nests double ones in them; its apostrophes stay
 * apostrophes ("the workers' union", "the '90s"), and an American headline's single marks do not
 * make the story British. */
static void
test_british_single_marks (Fixture *fixture, gconstpointer data)
{
  assert_quotes (fixture, "Keir Starmer|PER; Starmer|PER|Keir Starmer; Kemi Badenoch|PER",
                 "Keir Starmer spoke in the Commons on Monday.\n"
                 "'We will not balance the books on the backs of working people,' Starmer told "
                 "MPs. 'The workers' union knows it.'\n"
                 "Kemi Badenoch said the plan was 'a fantasy' from the '90s.\n"
                 "'He told me \"no\" twice,' Badenoch said.\n",
                 "direct «'We will not balance the books on the backs of working people,'» "
                 "Keir Starmer [E1] told #1\n"
                 "direct «'The workers' union knows it.'» Keir Starmer [E1] told #1\n"
                 "mixed «the plan was 'a fantasy' from the '90s.» Kemi Badenoch [E2] said #2\n"
                 "direct «'He told me \"no\" twice,'» Kemi Badenoch [E2] said #3\n");
  /* A scare-quoted word in -s closes its marks ("the 'ambitious' plans"); quotations whose
   * paragraph breaks were lost follow one another unclosed, never nested. */
  assert_quotes (fixture, "Keir Starmer|PER; Starmer|PER|Keir Starmer",
                 "Keir Starmer spoke on Monday. Starmer said the 'ambitious' plans would "
                 "go ahead. He told MPs: 'We are a Labour government. 'We will not raise taxes.'\n",
                 "mixed «the 'ambitious' plans would go ahead.» Keir Starmer [E1] said #1\n"
                 "direct «'We are a Labour government.» Keir Starmer [E1] told #2\n"
                 "direct «'We will not raise taxes.'» Keir Starmer [E1] told #2\n");
  assert_quotes (fixture, "Joe Biden|PER",
                 "Biden: 'We Will Not Back Down'\n"
                 "Joe Biden said the 'new' plan was bad.\n"
                 "The film 'Blue Horizon' opened in 300 theaters this weekend.\n",
                 "indirect «the 'new' plan was bad.» Joe Biden [E1] said #1\n");
  /* A quotation may open on a number, and go on in the next paragraph past a plural
   * possessive; years and elisions are apostrophes. */
  assert_quotes (fixture, "Ann Cole|PER",
                 "'We will win,' Ann Cole said.\n"
                 "'20 people died,' she said.\n"
                 "'We will strike because the workers' pay is too low and nobody listens.\n"
                 "'We have no choice,' she said.\n"
                 "She played rock 'n' roll in the '90s and toured in '03 with the band.\n",
                 "direct «'We will win,'» Ann Cole [E1] said #1\n"
                 "direct «'20 people died,'» Ann Cole [E1] said #2\n"
                 "direct «'We will strike because the workers' pay is too low and nobody "
                 "listens.» Ann Cole [E1] said #3\n"
                 "direct «'We have no choice,'» Ann Cole [E1] said #4\n");
}

static void
test_scare_quotes_and_titles (Fixture *fixture, gconstpointer data)
{
  /* Titles, nicknames, words cited as words and scare quotes are not quotations. */
  assert_quotes (fixture, "Daniele Darlan|PER",
                 "‘Woman of Iron’ Honored in Washington\n"
                 "The film \"Blue Horizon\" opened in 300 theaters this weekend.\n"
                 "Nicknamed the “Woman of Iron,” Daniele Darlan received an award.\n"
                 "\"It doesn't look good\" are four words no one wants to hear.\n"
                 "The so-called \"peace dividend\" never arrived, after many \"what if's\".\n",
                 "");
}

static void
test_pronoun_gender (Fixture *fixture, gconstpointer data)
{
  /* "she" goes to the woman, not to the man mentioned last. */
  assert_quotes (fixture, "Maria Lopez|PER; Lopez|PER|Maria Lopez; Tom Brown|PER",
                 "Maria Lopez leads the agency.\n"
                 "Her deputy, Tom Brown, arrived later with the documents.\n"
                 "\"We are ready for the inspection,\" she said.\n",
                 "direct «\"We are ready for the inspection,\"» Maria Lopez [E1] said #1\n");
}

/* A pronoun with no subject before it takes the nearest name before it, as far back
 * as three paragraphs and no further.  The name is looked up, not searched for anew
 * from each pronoun (the search made a long paragraph of pronouns quadratic). */
static void
test_pronoun_window (Fixture *fixture, gconstpointer data)
{
  const char *fillers[] = { "", "The talks went on.\n", "Nothing was agreed.\n", "Rain fell.\n" };
  g_autoptr (GString) text = g_string_new ("Reporters met Maria Lopez on Monday.\n");

  for (gsize n = 0; n < G_N_ELEMENTS (fillers); n++)
    {
      g_autofree char *with_quote = NULL;
      g_autoptr (LectorDocument) doc = NULL;
      g_autofree char *got = NULL;

      g_string_append (text, fillers[n]);
      with_quote = g_strconcat (text->str, "\u201CWe are ready,\u201D she said.\n", NULL);
      doc = run (fixture, "Maria Lopez|PER", with_quote);
      got = listing (doc);
      g_test_message ("the quote %" G_GSIZE_FORMAT " paragraphs after the name: %s", n + 1, got);
      g_assert_nonnull (strstr (got, n < 3 ? "Maria Lopez [E1] said" : "- [-] said"));
    }
}

/* Text of one paragraph: @before, then @n sentences with no subject, then a quotation of "she". */
static char *
pronoun_after (const char *before, int n)
{
  GString *text = g_string_new (before);

  for (int i = 0; i < n; i++)
    g_string_append (text, "Rain fell. ");
  g_string_append (text, "\u201CWe are ready,\u201D she said.\n");
  return g_string_free (text, FALSE);
}

/* A pronoun looks for a subject at most 100 sentences back (MAX_PRONOUN_LOOKBACK), then takes
 * the nearest mention: the bound keeps a huge paragraph of pronouns linear.  "Maria Lopez" is
 * the subject, "Ana Brown" the nearest mention. */
static void
test_pronoun_lookback (Fixture *fixture, gconstpointer data)
{
  const char *names = "Maria Lopez|PER; Ana Brown|PER";
  const char *before = "Maria Lopez met Ana Brown. ";
  g_autofree char *near = pronoun_after (before, 99);
  g_autofree char *far = pronoun_after (before, 100);

  assert_quotes (fixture, names, near,
                 "direct «\u201CWe are ready,\u201D» Maria Lopez [E1] said #1\n");
  assert_quotes (fixture, names, far,
                 "direct «\u201CWe are ready,\u201D» Ana Brown [E2] said #1\n");
}

static void
test_surname_and_title (Fixture *fixture, gconstpointer data)
{
  /* A surname and a role word ("the secretary") both name the full entity. */
  assert_quotes (fixture, "Antony Blinken|PER; Blinken|PER|Antony Blinken",
                 "US Secretary of State Antony Blinken arrived in Cairo on Thursday.\n"
                 "Blinken said the talks were making progress.\n"
                 "The secretary added that gaps were narrowing.\n",
                 "indirect «the talks were making progress.» Antony Blinken [E1] said #1\n"
                 "indirect «gaps were narrowing.» Antony Blinken [E1] added #2\n");
}

/* A role word is the person introduced last with that title before it, however far back;
 * looked up among that title's people, not in a pass over every title of the document (which
 * made a long text of many titled people quadratic). */
static void
test_title_latest (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GString) text = g_string_new ("Secretary Maria Lopez arrived on Monday.\n"
                                           "The secretary said the talks would resume.\n"
                                           "Secretary Tom Brown arrived on Tuesday.\n");

  for (int i = 0; i < 200; i++)
    g_string_append (text, "Rain fell.\n");
  g_string_append (text, "The secretary said the rain would stop.\n");
  assert_quotes (fixture, "Maria Lopez|PER; Tom Brown|PER", text->str,
                 "indirect «the talks would resume.» Maria Lopez [E1] said #1\n"
                 "indirect «the rain would stop.» Tom Brown [E2] said #2\n");
}

static void
test_lead_role (Fixture *fixture, gconstpointer data)
{
  /* A newscast lead names the speaker by role; the next sentence names the person. */
  assert_quotes (fixture, "William Ruto|PER; Ruto|PER|William Ruto",
                 "Kenya's president says his government will hold talks next week. President "
                 "William Ruto told supporters in Nairobi that dialogue is the only way forward.\n",
                 "indirect «his government will hold talks next week.» William Ruto [E1] says #1\n"
                 "indirect «dialogue is the only way forward.» William Ruto [E1] told #2\n");
}

static void
test_organisation (Fixture *fixture, gconstpointer data)
{
  assert_quotes (fixture, "Hamas|ORG; Saudi Press Agency|ORG",
                 "Hamas said Tuesday that the proposal did not meet its demands.\n"
                 "The minister attended a series of meetings, Saudi Press Agency reported.\n",
                 "indirect «the proposal did not meet its demands.» Hamas [E1] said #1\n"
                 "indirect «The minister attended a series of meetings» Saudi Press Agency [E2] "
                 "reported #2\n");
}

/* "The agency" or "it" after what an organisation that is the sentence's subject did is that
 * organisation, not the one named last: a press release's "…, the agency announced". */
static void
test_organisation_subject (Fixture *fixture, gconstpointer data)
{
  assert_quotes (fixture, "NASA|ORG; Blue Origin|ORG; SpaceX|ORG; World Bank|ORG; IMF|ORG",
                 "NASA has selected Blue Origin and SpaceX to study new landers, the agency "
                 "announced Thursday.\n"
                 "The World Bank cut its forecast after talks with the IMF, it said.\n",
                 "indirect «NASA has selected Blue Origin and SpaceX to study new landers» NASA "
                 "[E1] announced #1\n"
                 "indirect «The World Bank cut its forecast after talks with the IMF» World Bank "
                 "[E4] said #2\n");
  /* Not when the subject is more than the organisation's name. */
  assert_quotes (fixture, "IMF|ORG; World Bank|ORG",
                 "The IMF's chief cut the forecast after talks with the World Bank, it said.\n",
                 "indirect «The IMF's chief cut the forecast after talks with the World Bank» "
                 "World Bank [E2] said #1\n");
}

static void
test_colon_statement (Fixture *fixture, gconstpointer data)
{
  /* The quotation in the paragraph after "issued the following statement:". */
  assert_quotes (fixture, "Doc Hastings|PER",
                 "Committee Chairman Doc Hastings issued the following statement:\n"
                 "“Let me be very clear: the hearing happened at the request of the minority.”\n",
                 "direct «“Let me be very clear: the hearing happened at the request of the "
                 "minority.”» Doc Hastings [E1] issued the following statement #1\n");
}

static void
test_according_to (Fixture *fixture, gconstpointer data)
{
  assert_quotes (fixture, "World Health Organization|ORG",
                 "More than 500 people have died, according to the World Health Organization.\n"
                 "According to the World Health Organization, the outbreak is slowing.\n"
                 "The train left according to plan.\n",
                 "indirect «More than 500 people have died» World Health Organization [E1] "
                 "according to #1\n"
                 "indirect «the outbreak is slowing.» World Health Organization [E1] According "
                 "to #2\n");
  /* A document is no speaker: "according to" a study, figures or records is not annotated
   * (see README.md), whatever modifies the document. */
  assert_quotes (fixture, NULL,
                 "Coral cover fell by a third, according to a survey released on Monday.\n"
                 "According to port figures, exports rose in May.\n"
                 "According to a report by the harbor board, two cranes failed.\n",
                 "");
}

/* "The ministry" is the organisation named last before it whose name ends in that word, however
 * far back: looked up, not searched for back to the start from each phrase (the search made a
 * long text of such phrases quadratic). */
static void
test_head_noun (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GString) text = g_string_new ("The Health Ministry opened a clinic.\n"
                                           "The Foreign Ministry met the envoys.\n");

  for (int i = 0; i < 200; i++)
    g_string_append (text, "Rain fell.\n");
  g_string_append (text, "The ministry said the talks would resume.\n"
                         "The Health Ministry opened another clinic.\n"
                         "The ministry said it was ready.\n");
  assert_quotes (fixture, "Health Ministry|ORG; Foreign Ministry|ORG", text->str,
                 "indirect «the talks would resume.» Foreign Ministry [E2] said #1\n"
                 "indirect «it was ready.» Health Ministry [E1] said #2\n");
}

/* "many many … people have died, according to the WHO.": @n tokens before the comma. */
static void
append_long_report (GString *text, int n)
{
  for (int i = 0; i < n - 3; i++)
    g_string_append (text, "many ");
  g_string_append (text, "people have died, according to the World Health Organization.\n");
}

/* A reported clause holds at most 500 tokens outside quotation marks: longer runs are not
 * clauses (a list, a table flattened to text), and the bound is what keeps a huge unpunctuated
 * unit with many cues in it linear. */
static void
test_report_length (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GString) text = g_string_new (NULL);
  g_autofree char *expected = NULL;
  gsize clause_length;

  append_long_report (text, 500);
  clause_length = text->len - strlen (", according to the World Health Organization.\n");
  append_long_report (text, 501);
  expected = g_strdup_printf ("indirect «%.*s» World Health Organization [E1] according to #1\n",
                              (int)clause_length, text->str);
  assert_quotes (fixture, "World Health Organization|ORG", text->str, expected);
}

/* A quotation with no cue takes the latest attribution among the latest 100 records and
 * anchors (MAX_ATTRIBUTION_LOOKBACK, which keeps a long text of them linear); each one is a
 * record itself, so a paragraph of 150 goes on with the same speaker to its end. */
static void
test_cueless_run (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GString) text = g_string_new ("Maria Lopez said the talks would resume.\n");
  g_autoptr (LectorDocument) doc = NULL;
  g_autofree char *got = NULL;
  g_auto (GStrv) lines = NULL;

  for (int i = 0; i < 150; i++)
    g_string_append_printf (text, "%s\u201CWe waited %d days.\u201D", i ? " " : "", i);
  g_string_append_c (text, '\n');
  doc = run (fixture, "Maria Lopez|PER", text->str);
  got = listing (doc);
  lines = g_strsplit (got, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 152);
  for (guint i = 1; i <= 150; i++)
    g_assert_true (g_str_has_suffix (lines[i], "» Maria Lopez [E1] said #2"));
}

/* An acronym speaker is named by the first run of capitalised words with its initials, or
 * followed by "or ACR" / "(ACR"; the runs are indexed once by both (a pass over all of them
 * for each acronym made a long text of acronyms quadratic). */
static void
test_acronym_speaker (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GString) text = g_string_new ("The Committee to Protect Journalists met.\n"
                                           "The Strategic Advisory Group of Experts on "
                                           "Immunization or SAGE met.\n");

  for (int i = 0; i < 200; i++)
    g_string_append (text, "Rain fell on Main Street.\n");
  g_string_append (text, "CPJ said the reporters were detained.\n"
                         "SAGE said the doses were safe.\n");
  assert_quotes (fixture, NULL, text->str,
                 "indirect «the reporters were detained.» Committee to Protect Journalists [-] "
                 "said #1\n"
                 "indirect «the doses were safe.» Strategic Advisory Group of Experts on "
                 "Immunization [-] said #2\n");
}

/* A capitalised speaker the entities layer missed is named by the longest run of name words in
 * the text that ends with the same word, before or after it, titles dropped; the first one on
 * ties, not the nearest.  The name words are indexed once by word (going over the text around
 * each speaker made a long text of them quadratic). */
static void
test_name_from_text (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GString) text = g_string_new ("Ada Bo Quenby met the envoys.\n"
                                           "Gen. Cyd Dag Quenby met the envoys.\n"
                                           "Quenby said the talks would resume.\n");

  for (int i = 0; i < 1000; i++)
    g_string_append (text, "Rain fell.\n");
  g_string_append (text, "Vlatt said the rain would stop.\n");
  for (int i = 0; i < 1000; i++)
    g_string_append (text, "Rain fell.\n");
  g_string_append (text, "Ebb Gus Vlatt met the envoys.\n");
  assert_quotes (fixture, NULL, text->str,
                 "indirect «the talks would resume.» Ada Bo Quenby [-] said #1\n"
                 "indirect «the rain would stop.» Ebb Gus Vlatt [-] said #2\n");
}

/* A surname alone is the person whose name ends with it, when one person's does and the
 * entities layer did not tag it; with two such persons, or an organisation, the name comes from
 * the text.  The persons are indexed by last word once (going over them all for each speaker
 * made a long text of speakers quadratic). */
static void
test_surname_alone (Fixture *fixture, gconstpointer data)
{
  assert_quotes (fixture, "Ada Quenby|PER; Bo Quenby|PER; Cyd Vlatt|PER; Dag Orrin|ORG",
                 "Ada Quenby met Bo Quenby, Cyd Vlatt and Dag Orrin.\n"
                 "Quenby said the talks would resume.\n"
                 "Vlatt said the rain would stop.\n"
                 "Orrin said the banks were open.\n",
                 "indirect «the talks would resume.» Ada Quenby [-] said #1\n"
                 "indirect «the rain would stop.» Cyd Vlatt [E3] said #2\n"
                 "indirect «the banks were open.» Dag Orrin [-] said #3\n");
}

/* "Ebb Fitz Gus Vlatt met the envoys. Bo Vlatt met the envoys." (tokens 0-13, "Vlatt" at 3 and
 * 9), rain, then "Vlatt said …" at token @at. */
static char *
window_text (guint at)
{
  GString *text = g_string_new ("Ebb Fitz Gus Vlatt met the envoys.\nBo Vlatt met the envoys.\n");
  guint n = 14;

  g_assert_cmpuint ((at - n) % 3, !=, 2);
  if ((at - n) % 3 == 1)
    {
      g_string_append (text, "Rain fell today.\n");
      n += 4;
    }
  for (; n < at; n += 3)
    g_string_append (text, "Rain fell.\n");
  g_string_append (text, "Vlatt said the rain would stop.\n");
  return g_string_free (text, FALSE);
}

/* The name is looked for within 20,000 tokens of the speaker, edge included. */
static void
test_name_window (Fixture *fixture, gconstpointer data)
{
  g_autofree char *inside = window_text (3 + 20000);
  g_autofree char *outside = window_text (3 + 20001);

  assert_quotes (fixture, NULL, inside,
                 "indirect «the rain would stop.» Ebb Fitz Gus Vlatt [-] said #1\n");
  assert_quotes (fixture, NULL, outside, "indirect «the rain would stop.» Bo Vlatt [-] said #1\n");
}

/* An acronym entity is named by what its first acronym mention in the text stands for, or is
 * the entity of that name when there is one.  The first mentions and the names are indexed once
 * (going over every acronym mention and every entity for each entity was quadratic). */
static void
test_acronym_entity (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GString) text = g_string_new ("The Committee to Protect Journalists met.\n"
                                           "The Zinc Quarry met the Pale Group.\n");

  for (int i = 0; i < 200; i++)
    g_string_append (text, "Rain fell on Main Street.\n");
  g_string_append (text, "CPJ said the reporters were detained.\n"
                         "ZQ said the mine was safe.\n"
                         "PG said the talks would resume.\n");
  assert_quotes (fixture,
                 "Committee to Protect Journalists|ORG; CPJ|ORG; ZQ|ORG|Press Group; "
                 "PG|ORG|Press Group",
                 text->str,
                 "indirect «the reporters were detained.» Committee to Protect Journalists [E1] "
                 "said #1\n"
                 "indirect «the mine was safe.» Zinc Quarry [E3] said #2\n"
                 "indirect «the talks would resume.» Zinc Quarry [E3] said #3\n");
}

static void
test_indirect (Fixture *fixture, gconstpointer data)
{
  /* "said that", "told reporters", present-tense "says", the clause ending
   * before a participle, and a mixed clause with quoted words. */
  assert_quotes (fixture,
                 "Antony Blinken|PER; Blinken|PER|Antony Blinken; Isaias Samakuva|PER; "
                 "Samakuva|PER|Isaias Samakuva",
                 "Antony Blinken told reporters in Washington that the proposal was serious.\n"
                 "Isaias Samakuva says this is unacceptable, citing irregularities.\n"
                 "Blinken said the offer was “very serious” and should be accepted.\n",
                 "indirect «the proposal was serious.» Antony Blinken [E1] told #1\n"
                 "indirect «this is unacceptable» Isaias Samakuva [E2] says #2\n"
                 "mixed «the offer was “very serious” and should be accepted.» Antony Blinken "
                 "[E1] said #3\n");
}

static void
test_ly_name_and_number (Fixture *fixture, gconstpointer data)
{
  /* A surname that ends in -ly is no adverb, and an adverbial phrase after
   * the verb may hold a number ("on Channel 9"). */
  assert_quotes (fixture, "Brenda Kelly|PER; Kelly|PER|Brenda Kelly; Omar Haddad|PER",
                 "Brenda Kelly runs the harbor authority.\n"
                 "Kelly told reporters at the pier: \"The cranes are back in service.\"\n"
                 "Omar Haddad said on Channel 9 that \"the night shift has doubled.\"\n",
                 "direct «\"The cranes are back in service.\"» Brenda Kelly [E1] told #1\n"
                 "direct «\"the night shift has doubled.\"» Omar Haddad [E2] said #2\n");
}

static void
test_parenthetical (Fixture *fixture, gconstpointer data)
{
  /* A cue inside the sentence it reports: the whole sentence is the quote,
   * whether the predicate after the cue is plain, quoted, comes after an
   * inverted speaker with an appositive, or after "according to"; a
   * capitalised verb form in a name ("United States") is no verb; after a
   * plural subject the predicate's verb may be a bare base form ("often
   * wait"). */
  assert_quotes (fixture,
                 "Nadia Flores|PER; Flores|PER|Nadia Flores; Victor Lam|PER; United States|LOC",
                 "Nadia Flores runs the port.\n"
                 "Night traffic, she said, still trails the summer peak.\n"
                 "The new berth, she added, \"is the best thing we have built.\"\n"
                 "The United States, Flores said, remains the largest customer.\n"
                 "The crane, said Victor Lam, the harbor engineer, has already lifted 900 "
                 "containers.\n"
                 "Early figures, according to the harbor board, show a rise in exports.\n"
                 "Ships, Flores said, often wait outside for days.\n",
                 "indirect «Night traffic, she said, still trails the summer peak.» Nadia Flores "
                 "[E1] said #1\n"
                 "mixed «The new berth, she added, \"is the best thing we have built.\"» Nadia "
                 "Flores [E1] added #2\n"
                 "indirect «The United States, Flores said, remains the largest customer.» Nadia "
                 "Flores [E1] said #3\n"
                 "indirect «The crane, said Victor Lam, the harbor engineer, has already lifted "
                 "900 containers.» Victor Lam [E3] said #4\n"
                 "indirect «Early figures, according to the harbor board, show a rise in "
                 "exports.» the harbor board [-] according to #5\n"
                 "indirect «Ships, Flores said, often wait outside for days.» Nadia Flores [E1] "
                 "said #6\n");
}

static void
test_more_cues (Fixture *fixture, gconstpointer data)
{
  /* "estimated that", "answered that", and a clause before its attribution
   * when the sentence goes on after it with an adjunct. */
  assert_quotes (fixture, "Omar Haddad|PER; Haddad|PER|Omar Haddad; Port Authority|ORG",
                 "Omar Haddad estimated that the harbor handled 2 million tons last year.\n"
                 "Asked about the delays, Haddad answered that the cranes were old.\n"
                 "Exports rose for a third month, the Port Authority said Friday, a sign of "
                 "recovery.\n"
                 "Freight rates fell in May, the Port Authority said, as new ships arrived.\n",
                 "indirect «the harbor handled 2 million tons last year.» Omar Haddad [E1] "
                 "estimated #1\n"
                 "indirect «the cranes were old.» Omar Haddad [E1] answered #2\n"
                 "indirect «Exports rose for a third month» Port Authority [E2] said #3\n"
                 "indirect «Freight rates fell in May» Port Authority [E2] said #4\n");
}

static void
test_inverted_appositive (Fixture *fixture, gconstpointer data)
{
  /* A clause before an inverted speaker with an appositive; a clause with an
   * appositive of its own is not taken for the subject of "said"; after
   * "told" the name is the hearer. */
  assert_quotes (fixture, "Ruth Osei|PER; Paul Nkemba|PER; Daily Courier|ORG",
                 "The channel stayed open through the storm, pointed out Ruth Osei, a pilot "
                 "with the harbor service in Tema, Ghana.\n"
                 "The new dredger, a vessel that cuts a deeper channel, has worked every night "
                 "since June, said Capt. Paul Nkemba, the harbor master.\n"
                 "The berth was full, Paul Nkemba, 52, who runs the night shift, told the "
                 "Daily Courier.\n",
                 "indirect «The channel stayed open through the storm» Ruth Osei [E1] pointed "
                 "out #1\n"
                 "indirect «The new dredger, a vessel that cuts a deeper channel, has worked "
                 "every night since June» Paul Nkemba [E2] said #2\n"
                 "indirect «The berth was full» Paul Nkemba [E2] told #3\n");
}

static void
test_coordinated_reports (Fixture *fixture, gconstpointer data)
{
  /* A second reporting verb of the same subject ends the first clause and
   * reports its own; "that A and that B" is one contiguous span, one record, but
   * two quotations joined by "but that" are two pieces of one quote;
   * quoted words in a noun phrase after "noted" are no report; "and that is"
   * is the pronoun. */
  assert_quotes (fixture, "Omar Haddad|PER; Haddad|PER|Omar Haddad",
                 "Omar Haddad said the cranes were old but stressed they were safe.\n"
                 "Haddad insists the port is busy and says exports will grow.\n"
                 "The pilots wrote that the channel is shallow and that buoys are missing.\n"
                 "Haddad told reporters that \"the quay is safe,\" but that \"the cranes "
                 "are old.\"\n"
                 "Haddad noted \"heavy losses\" in the fishing fleet.\n"
                 "Haddad said the berth was finished, and that is good news.\n",
                 "indirect «the cranes were old» Omar Haddad [E1] said #1\n"
                 "indirect «they were safe.» Omar Haddad [E1] stressed #2\n"
                 "indirect «the port is busy» Omar Haddad [E1] insists #3\n"
                 "indirect «exports will grow.» Omar Haddad [E1] says #4\n"
                 "indirect «the channel is shallow and that buoys are missing.» The pilots [-] "
                 "wrote #5\n"
                 "direct «\"the quay is safe,\"» Omar Haddad [E1] told #6\n"
                 "direct «\"the cranes are old.\"» Omar Haddad [E1] told #6\n"
                 "indirect «the berth was finished, and that is good news.» Omar Haddad [E1] "
                 "said #7\n");
}

/* The speaker's own speech act coordinated with the reporting verb is not reported ("and
 * accuses …"); after a comma, "though" + a report with its own subject ends the clause. */
static void
test_coordinated_speech_act (Fixture *fixture, gconstpointer data)
{
  assert_quotes (fixture, "Port Workers Union|ORG",
                 "The Port Workers Union says its members are owed two months of pay and accuses "
                 "the operator of breaking the contract.\n"
                 "Dock managers said the cranes had been repaired and thanked the crews for their "
                 "patience.\n"
                 "Shippers said traffic had recovered, though several complained about the fees.\n"
                 "The envoy expressed concern that food stocks were shrinking and underscored "
                 "the need for safe routes.\n"
                 "The consulate said the country was “ready to help” local crews and offered "
                 "condolences to the families.\n",
                 "indirect «its members are owed two months of pay» Port Workers Union [E1] says "
                 "#1\n"
                 "indirect «the cranes had been repaired» Dock managers [-] said #2\n"
                 "indirect «traffic had recovered» Shippers [-] said #3\n"
                 "indirect «food stocks were shrinking» The envoy [-] expressed concern #4\n"
                 "mixed «the country was “ready to help” local crews» The consulate [-] said #5\n");
}

/* A refusal to say ("but declined to comment") and a speech act in the perfect ("and have
 * appealed for …") are the speaker's own acts: they end the reported clause. */
static void
test_refusal_and_perfect_speech_act (Fixture *fixture, gconstpointer data)
{
  assert_quotes (fixture, NULL,
                 "The airline said the engines had been inspected but declined to say when the "
                 "planes would fly again.\n"
                 "Village leaders say the well has run dry and have appealed for water trucks.\n",
                 "indirect «the engines had been inspected» The airline [-] said #1\n"
                 "indirect «the well has run dry» Village leaders [-] say #2\n");
}

/* "called X “Y”" names (GUIDELINES.md: no clause), so a quotation before "and said" is the
 * object of the verb the subject shares with the cue, not content the cue reports; what
 * "said" reports follows it. */
static void
test_naming_then_said (Fixture *fixture, gconstpointer data)
{
  assert_quotes (fixture, "Tomas Reyes|PER",
                 "Tomas Reyes, head of the harbor board, called the new ferry \"a bargain\" and "
                 "said the second boat would arrive in May.\n"
                 "The union called the offer “an insult,” but said talks would go on.\n",
                 "indirect «the second boat would arrive in May.» Tomas Reyes [E1] said #1\n"
                 "indirect «talks would go on.» The union [-] said #2\n");
}

/* An adverb set off by commas between the reporting verb and "that" ("warned, however,
 * that …") belongs to the reporting clause; the content starts after "that". */
static void
test_comma_adverb_before_that (Fixture *fixture, gconstpointer data)
{
  assert_quotes (fixture, "Ana Lindqvist|PER; Lindqvist|PER|Ana Lindqvist",
                 "Ana Lindqvist runs the fishery office.\n"
                 "Lindqvist cautioned, however, that quotas “do not last forever” and must be "
                 "renewed.\n"
                 "She said, too, that the boats would stay in port.\n",
                 "mixed «quotas “do not last forever” and must be renewed.» Ana Lindqvist [E1] "
                 "cautioned #1\n"
                 "indirect «the boats would stay in port.» Ana Lindqvist [E1] said #2\n");
}

/* Without "that", the clause's subject starts after the hearer or an adverbial even when
 * they run together: a name, then a lower-case noun; a determiner after a noun.  The hearer
 * of a relative clause is still no subject ("the deal that one trader told the Lagos Times
 * was …" reports nothing). */
static void
test_subject_after_hearer (Fixture *fixture, gconstpointer data)
{
  assert_quotes (fixture, "Laila Ahmed|PER; Ahmed|PER|Laila Ahmed; CBC|ORG; Lagos|LOC; "
                          "Lagos Times|ORG",
                 "Laila Ahmed tells CBC road crews are still clearing the bridge.\n"
                 "Ahmed told reporters in Lagos the port would reopen on Monday.\n"
                 "The port authority said in a statement the fees would rise.\n"
                 "It was the deal that one trader told the Lagos Times was unfair.\n",
                 "indirect «road crews are still clearing the bridge.» Laila Ahmed [E1] tells #1\n"
                 "indirect «the port would reopen on Monday.» Laila Ahmed [E1] told #2\n"
                 "indirect «the fees would rise.» The port authority [-] said #3\n");
}

/* A comma between modifiers or nouns of the subject is no clause boundary. */
static void
test_list_comma (Fixture *fixture, gconstpointer data)
{
  assert_quotes (fixture, "Ana Ruiz|PER; Ruiz|PER|Ana Ruiz",
                 "Ana Ruiz said the older, poorer neighborhoods were hit hardest.\n"
                 "Ruiz said masks, gloves and gowns were running short.\n",
                 "indirect «the older, poorer neighborhoods were hit hardest.» Ana Ruiz [E1] said "
                 "#1\n"
                 "indirect «masks, gloves and gowns were running short.» Ana Ruiz [E1] said #2\n");
}

/* A quotation that opens with a finite verb is the predicate of the reported clause. */
static void
test_quoted_predicate (Fixture *fixture, gconstpointer data)
{
  assert_quotes (fixture, "Ana Ruiz|PER; Ottawa|LOC",
                 "Ana Ruiz says Ottawa \"will not look away\" while the camps run short of "
                 "water.\n",
                 "mixed «Ottawa \"will not look away\" while the camps run short of water.» Ana "
                 "Ruiz [E1] says #1\n");
}

/* The subject of a clause without "that" may hold a relative clause or a parenthesis between
 * commas before its verb, quoted or not. */
static void
test_long_subject_predicate (Fixture *fixture, gconstpointer data)
{
  assert_quotes (fixture, "Ana Ruiz|PER; Ruiz|PER|Ana Ruiz",
                 "Ana Ruiz said tenants who miss a payment \"will not lose their homes.\"\n"
                 "Ruiz said the oldest blocks on the east side, near the rail yards, \"have waited "
                 "longest.\"\n"
                 "Ruiz said the housing office, a converted school, was too small.\n",
                 "mixed «tenants who miss a payment \"will not lose their homes.\"» Ana Ruiz [E1] "
                 "said #1\n"
                 "mixed «the oldest blocks on the east side, near the rail yards, \"have waited "
                 "longest.\"» Ana Ruiz [E1] said #2\n"
                 "indirect «the housing office, a converted school, was too small.» Ana Ruiz [E1] "
                 "said #3\n");
}

/* A quotation closed by a period ends its sentence even when the next one, a name and a
 * reporting verb, was kept with it: the verb reports the clause after it (and a quotation
 * nobody attributed yet). */
static void
test_report_after_quoted_sentence (Fixture *fixture, gconstpointer data)
{
  assert_quotes (fixture, "Lena Ortiz|PER; Ortiz|PER|Lena Ortiz",
                 "Lena Ortiz told reporters on Monday, \"The worst is over.\" Ortiz said water "
                 "levels dropped overnight.\n"
                 "\"Help is coming.\" Ortiz said two boats reached the village.\n",
                 "direct «\"The worst is over.\"» Lena Ortiz [E1] told #1\n"
                 "indirect «water levels dropped overnight.» Lena Ortiz [E1] said #2\n"
                 "direct «\"Help is coming.\"» Lena Ortiz [E1] said #3\n"
                 "indirect «two boats reached the village.» Lena Ortiz [E1] said #4\n");
}

/* The subject is found past a parenthesis and an appositive. */
static void
test_parenthesis_appositive (Fixture *fixture, gconstpointer data)
{
  assert_quotes (fixture, "Lena Park|PER",
                 "Sen. Lena Park (D-Ore.), the committee's senior member, argued that the budget "
                 "was too small.\n",
                 "indirect «the budget was too small.» Lena Park [E1] argued #1\n");
}

/* A relative clause inside the subject of a clause without "that": the main verb follows it.
 * With no verb after the relative clause the words are no clause. */
static void
test_relative_in_subject (Fixture *fixture, gconstpointer data)
{
  assert_quotes (fixture, NULL,
                 "Teachers say new classes for pupils who fall behind in reading or writing have "
                 "helped the most.\n"
                 "The board recommends extra classes for pupils who are behind in reading and "
                 "have missed school.\n",
                 "indirect «new classes for pupils who fall behind in reading or writing have "
                 "helped the most.» Teachers [-] say #1\n");
}

/* Verbs the lexicon does not list: a word after a subject pronoun, an irregular past, a
 * word in -s before an approximate number.  An object pronoun does not count ("explained it
 * to …"), nor a plain number after a noun. */
static void
test_unlisted_verbs (Fixture *fixture, gconstpointer data)
{
  assert_quotes (fixture, "Omar Haddad|PER; Haddad|PER|Omar Haddad",
                 "Omar Haddad said he rarely sleeps before midnight in the harvest season.\n"
                 "Haddad admitted they nearly quit after the frost.\n"
                 "Haddad said the pickers drank tea under the olive trees at noon.\n"
                 "Haddad said the press handles about 900 kilos an hour.\n"
                 "Haddad explained it to the buyers in the yard.\n"
                 "Haddad reported the frosts in 2021.\n",
                 "indirect «he rarely sleeps before midnight in the harvest season.» Omar Haddad "
                 "[E1] said #1\n"
                 "indirect «they nearly quit after the frost.» Omar Haddad [E1] "
                 "admitted #2\n"
                 "indirect «the pickers drank tea under the olive trees at noon.» Omar Haddad [E1] "
                 "said #3\n"
                 "indirect «the press handles about 900 kilos an hour.» Omar Haddad [E1] said "
                 "#4\n");
}

/* Any verb's base form after a plural noun, "-men" included; a plural noun before a noun
 * that is no verb is no clause. */
static void
test_base_verb_after_plural (Fixture *fixture, gconstpointer data)
{
  assert_quotes (fixture, "Omar Haddad|PER; Haddad|PER|Omar Haddad; Guardsmen|ORG",
                 "Omar Haddad said small growers rotate their crops every season.\n"
                 "Haddad said his foremen supervise the night shift.\n"
                 "Haddad said the Guardsmen patrol the orchards at night.\n"
                 "Haddad noted the parks department in his report.\n",
                 "indirect «small growers rotate their crops every season.» Omar Haddad [E1] said "
                 "#1\n"
                 "indirect «his foremen supervise the night shift.» Omar Haddad [E1] said #2\n"
                 "indirect «the Guardsmen patrol the orchards at night.» Omar Haddad [E1] said "
                 "#3\n");
}

/* A subject coordinated with "and" (adverbs may follow it) takes a base form as its verb,
 * as a plural noun does; so does the content of a fronted "according to". */
static void
test_base_verb_after_coordination (Fixture *fixture, gconstpointer data)
{
  assert_quotes (fixture, "Red Cross|ORG; Chad|LOC; Niger|LOC; Mali|LOC",
                 "According to the Red Cross, Chad, Niger and Mali together host most of the "
                 "camps.\n"
                 "The Red Cross said Chad and Niger need more tents.\n",
                 "indirect «Chad, Niger and Mali together host most of the camps.» Red Cross [E1] "
                 "According to #1\n"
                 "indirect «Chad and Niger need more tents.» Red Cross [E1] said #2\n");
  /* Gerunds may head the conjuncts ("… fishing and … logging stay …"). */
  assert_quotes (fixture, NULL,
                 "Rangers said illegal fishing and night logging stay the main dangers.\n",
                 "indirect «illegal fishing and night logging stay the main dangers.» Rangers [-] "
                 "said #1\n");
}

/* An -ly word right before a lower-case noun is the subject's adjective ("early", "elderly"),
 * not an adverb of the reporting verb; a listed adverb stays one. */
static void
test_ly_adjective_subject (Fixture *fixture, gconstpointer data)
{
  assert_quotes (fixture, NULL,
                 "The clinic says early tests of the new filter are encouraging.\n"
                 "Nurses said publicly the ward was short of beds.\n",
                 "indirect «early tests of the new filter are encouraging.» The clinic [-] says #1\n"
                 "indirect «the ward was short of beds.» Nurses [-] said #2\n");
}

/* A number's modifier ("at least", "about", "nearly") opens the reported subject: it is no
 * fronted adverbial and no adverb of the reporting verb. */
static void
test_approximate_number_subject (Fixture *fixture, gconstpointer data)
{
  assert_quotes (fixture, NULL,
                 "Rangers say at least 30 hikers were rescued from the ridge.\n"
                 "Firefighters said about 200 homes had burned.\n"
                 "Medics said nearly 40 people were treated for smoke.\n",
                 "indirect «at least 30 hikers were rescued from the ridge.» Rangers [-] say #1\n"
                 "indirect «about 200 homes had burned.» Firefighters [-] said #2\n"
                 "indirect «nearly 40 people were treated for smoke.» Medics [-] said #3\n");
}

/* "confirmed" reports a clause without "that"; a past tense like the base form ("hit",
 * "cut") after a singular noun is a finite verb (not "villages cut off by …"). */
static void
test_confirm_and_past_base (Fixture *fixture, gconstpointer data)
{
  assert_quotes (fixture, NULL,
                 "Ground crews confirmed they had restored power to the tower.\n"
                 "Forecasters said the storm hit the coast before dawn.\n",
                 "indirect «they had restored power to the tower.» Ground crews [-] confirmed #1\n"
                 "indirect «the storm hit the coast before dawn.» Forecasters [-] said #2\n");
}

/* A time phrase may close the subject before a past tense that looks like the base form:
 * "a drive last spring cut …"; the noun before it decides, as without one. */
static void
test_past_base_after_time (Fixture *fixture, gconstpointer data)
{
  assert_quotes (fixture, NULL,
                 "Engineers said a similar repair last year cut the leaks by a third.\n"
                 "Forecasters said the storm Sunday hit two towns.\n",
                 "indirect «a similar repair last year cut the leaks by a third.» Engineers [-] said "
                 "#1\n"
                 "indirect «the storm Sunday hit two towns.» Forecasters [-] said #2\n");
}

/* A name in -ing or -ed is no participle: "Fielding opened the hearing and said …" has a
 * subject for the second verb.  And ", including …" goes on with a noun phrase of the
 * reported clause, unlike a participle ("…, citing …"). */
static void
test_ing_name_and_including (Fixture *fixture, gconstpointer data)
{
  assert_quotes (fixture, "Maya Fielding|PER; Fielding|PER|Maya Fielding",
                 "Senator Maya Fielding chairs the budget panel.\n"
                 "Fielding opened the hearing and said the bill would spend $40 million on "
                 "bridges, including two over the Ohio River.\n",
                 "indirect «the bill would spend $40 million on bridges, including two over the "
                 "Ohio River.» Maya Fielding [E1] said #1\n");
}

/* A second reporting verb after a quotation that the first verb's record already holds
 * reports what follows it: "said he would not “…,” but added that …". */
static void
test_added_after_mixed (Fixture *fixture, gconstpointer data)
{
  assert_quotes (fixture, "Lena Ortiz|PER",
                 "Lena Ortiz said the board would not “rush the vote,” but added that a "
                 "decision was likely in June.\n",
                 "mixed «the board would not “rush the vote,”» Lena Ortiz [E1] said #1\n"
                 "indirect «a decision was likely in June.» Lena Ortiz [E1] added #2\n");
}

/* A prepositional phrase right after the hearer belongs to the reporting verb, even when a
 * comma later in the sentence would let it pass for a fronted adverbial of the content. */
static void
test_hearer_adverbial (Fixture *fixture, gconstpointer data)
{
  assert_quotes (fixture, "Tomas Varga|PER; Oslo|LOC",
                 "Tomas Varga told reporters in Oslo the grant would cover new boilers and "
                 "insulation, and the rest would go to schools.\n",
                 "indirect «the grant would cover new boilers and insulation, and the rest would "
                 "go to schools.» Tomas Varga [E1] told #1\n");
}

static void
test_far_speaker (Fixture *fixture, gconstpointer data)
{
  /* The subject far before its verb, past a relative clause; then a quotation
   * paragraph with no cue takes the speaker of the paragraph before it. */
  assert_quotes (fixture, "Vitale Kamerhe|PER; Kamerhe|PER|Vitale Kamerhe",
                 "Vitale Kamerhe, who spent the morning meeting observers in the capital and "
                 "later visited two polling stations, said the results were false.\n"
                 "“We refuse the results because they are wrong and we cannot accept them.”\n",
                 "indirect «the results were false.» Vitale Kamerhe [E1] said #1\n"
                 "direct «“We refuse the results because they are wrong and we cannot accept "
                 "them.”» Vitale Kamerhe [E1] said #2\n");
}

static void
test_non_reporting (Fixture *fixture, gconstpointer data)
{
  /* "said farewell", the passive "is said to", "That said,", a negated verb,
   * and a verb with no clause after it. */
  assert_quotes (fixture, "Joe Foster|PER",
                 "Joe Foster said farewell to his squadron on Friday.\n"
                 "The plan is said to be ready.\n"
                 "That said, the wing will review the case.\n"
                 "Foster did not say when the unit would return.\n"
                 "Foster told the story of the first deployment.\n",
                 "");
}

/* A cue form in -s after "no" or a determiner of plurals and one modifier is a plural
 * noun ("no initial reports of …"); after "the" and a noun it is still the verb. */
static void
test_plural_noun_cue (Fixture *fixture, gconstpointer data)
{
  assert_quotes (fixture, NULL,
                 "A fire broke out at the depot overnight. There were no initial reports of "
                 "injuries, and the road was closed for hours.\n"
                 "The fire service reports that two trucks were lost.\n",
                 "indirect «two trucks were lost.» The fire service [-] reports #1\n");
}

/* A word that makes "say" no report ("said grace") may begin the name of an inverted
 * speaker. */
static void
test_nonreport_word_name (Fixture *fixture, gconstpointer data)
{
  assert_quotes (fixture, "Grace Mwangi|PER",
                 "The family said grace before the meal.\n"
                 "\"The water came at night,\" said Grace Mwangi, a farmer who lost her crops. "
                 "\"We saved nothing.\"\n",
                 "direct «\"The water came at night,\"» Grace Mwangi [E1] said #1\n"
                 "direct «\"We saved nothing.\"» Grace Mwangi [E1] said #1\n");
}

/* "the aid group" refers back to an organisation as "it" does; "they" to a plural description
 * that spoke last, nearer than any organisation. */
static void
test_referring_descriptions (Fixture *fixture, gconstpointer data)
{
  assert_quotes (fixture, "Norwegian Refugee Council|ORG; Forest Service|ORG",
                 "The Norwegian Refugee Council reopened its office in the town.\n"
                 "The aid group said that 300 families had returned.\n"
                 "The Forest Service closed the road on Friday.\n"
                 "Firefighters say the blaze is contained. They say crews will stay overnight.\n",
                 "indirect «300 families had returned.» Norwegian Refugee Council [E1] said #1\n"
                 "indirect «the blaze is contained.» Firefighters [-] say #2\n"
                 "indirect «crews will stay overnight.» Firefighters [-] say #3\n");
}

/* The subject a participle's speaker is comes after the dateline, not the place. */
static void
test_dateline_participle (Fixture *fixture, gconstpointer data)
{
  assert_quotes (fixture, "NAIROBI|LOC; Central Bank of Kenya|ORG",
                 "NAIROBI — The Central Bank of Kenya raised its lending rate on Tuesday, saying "
                 "inflation had picked up.\n",
                 "indirect «inflation had picked up.» Central Bank of Kenya [E2] saying #1\n");
}

/* A clause-first report in a story's first sentence starts after the dateline. */
static void
test_dateline_clause_first (Fixture *fixture, gconstpointer data)
{
  assert_quotes (fixture, "ACCRA|LOC; Ghana|LOC; Ghana Statistical Service|ORG",
                 "ACCRA — Food prices in Ghana rose for a third month in May, the Ghana "
                 "Statistical Service said Wednesday.\n"
                 "CAPE COAST, Ghana -- Fishing boats stayed in port for a week, harbor officials "
                 "said.\n",
                 "indirect «Food prices in Ghana rose for a third month in May» Ghana Statistical "
                 "Service [E3] said #1\n"
                 "indirect «Fishing boats stayed in port for a week» harbor officials [-] said "
                 "#2\n");
}

/* After an inverted cue, a person in apposition names a description. */
static void
test_inverted_apposition (Fixture *fixture, gconstpointer data)
{
  assert_quotes (fixture, "Omar Haddad|PER; Lucia Ferri|PER",
                 "“The road was empty,” said one of the drivers, Omar Haddad, a father of three.\n"
                 "\"We waited all night,\" said a neighbor, Lucia Ferri.\n",
                 "direct «“The road was empty,”» Omar Haddad [E1] said #1\n"
                 "direct «\"We waited all night,\"» Lucia Ferri [E2] said #2\n");
}

/* Military ranks are titles, left out of the speaker: compound ranks ("Tech. Sgt.", whose
 * "Tech." does not end the sentence; "Lance Cpl.", even when the entities layer keeps it in
 * the name), ranks with a grade ("Chief Warrant Officer 2") and Navy ratings ("Machinist's
 * Mate 3rd Class"). */
static void
test_military_ranks (Fixture *fixture, gconstpointer data)
{
  assert_quotes (fixture, "Dora Lind|PER; Lance Cpl. Reed Hollis|PER; Nate Pruitt|PER",
                 "“The pumps held all night,” said Tech. Sgt. Dora Lind, a fuels specialist.\n"
                 "\"Nobody slept,\" said Lance Cpl. Reed Hollis, a machine gunner.\n"
                 "Machinist's Mate 3rd Class Tyler Grant said the skiff was launched in minutes.\n"
                 "\"We flew low,\" said Chief Warrant Officer 2 Nate Pruitt.\n",
                 "direct «“The pumps held all night,”» Dora Lind [E1] said #1\n"
                 "direct «\"Nobody slept,\"» Reed Hollis [E2] said #2\n"
                 "indirect «the skiff was launched in minutes.» Tyler Grant [-] said #3\n"
                 "direct «\"We flew low,\"» Nate Pruitt [E3] said #4\n");
}

/* A singular role noun before a ranked name is one phrase with it ("flight engineer Staff Sgt. X",
 * the "false title"): X is the sentence's subject, for the pronoun after it. */
static void
test_false_title_subject (Fixture *fixture, gconstpointer data)
{
  assert_quotes (fixture, "Ines Vidal|PER; Vidal|PER|Ines Vidal; Owen Tate|PER",
                 "\"We were ready,\" said Maj. Ines Vidal, the operations officer. Vidal said the "
                 "hangar stayed open.\n"
                 "At dawn, flight engineer Staff Sgt. Owen Tate checked the last jet. \"Chocks out!\" "
                 "he shouted.\n",
                 "direct «\"We were ready,\"» Ines Vidal [E1] said #1\n"
                 "indirect «the hangar stayed open.» Ines Vidal [E1] said #2\n"
                 "direct «\"Chocks out!\"» Owen Tate [E2] shouted #3\n");
}

/* A pronoun after a speaker named earlier in its own sentence is that speaker, not the subject
 * of the sentence before. */
static void
test_pronoun_same_sentence (Fixture *fixture, gconstpointer data)
{
  assert_quotes (fixture, "Hugo Brandt|PER; Quinn Moss|PER; Moss|PER|Quinn Moss",
                 "Hugo Brandt told local radio the bridge had held. He said traffic would resume.\n"
                 "Analyst Quinn Moss said prices fell last month, though he warned that winter "
                 "could reverse the trend.\n",
                 "indirect «the bridge had held.» Hugo Brandt [E1] told #1\n"
                 "indirect «traffic would resume.» Hugo Brandt [E1] said #2\n"
                 "indirect «prices fell last month» Quinn Moss [E2] said #3\n"
                 "indirect «winter could reverse the trend.» Quinn Moss [E2] warned #4\n");
}

/* Every appositive that starts with "a"/"an" is passed over, a capitalised place at its end
 * too: "X, a rifleman from Macon, Georgia, said" is X's. */
static void
test_appositive_with_place (Fixture *fixture, gconstpointer data)
{
  assert_quotes (fixture, "Eli Brooks|PER; Tulsa|LOC; Oklahoma|LOC",
                 "Pfc. Eli Brooks, a driver from Tulsa, Oklahoma, said: \"The road froze twice.\"\n",
                 "direct «\"The road froze twice.\"» Eli Brooks [E1] said #1\n");
}

/* An acronym is named by its expansion also when that starts with a dotted abbreviation: the
 * letters of "U.S." are initials too ("USGS"); the name after it still counts ("CDC"). */
static void
test_acronym_dotted_expansion (Fixture *fixture, gconstpointer data)
{
  assert_quotes (fixture,
                 "U.S. Geological Survey|ORG; USGS|ORG; U.S. Centers for Disease Control|ORG; "
                 "CDC|ORG",
                 "The U.S. Geological Survey (USGS) recorded a magnitude 5.1 quake.\n"
                 "USGS said no damage was reported.\n"
                 "The U.S. Centers for Disease Control tracked the outbreak. CDC said 40 people "
                 "fell ill.\n",
                 "indirect «no damage was reported.» U.S. Geological Survey [E1] said #1\n"
                 "indirect «40 people fell ill.» Centers for Disease Control [E4] said #2\n");
}

/* "put it this way:" introduces a quotation, in its paragraph or in the next ones; "put it on"
 * is no cue. */
static void
test_put_it_colon (Fixture *fixture, gconstpointer data)
{
  assert_quotes (fixture, "Rosa Ibarra|PER; Tom Wick|PER",
                 "Rosa Ibarra, who has sailed for 30 years, put it this way:\n"
                 "\"The sea does not care about your plans.\n"
                 "\"You learn that the first winter.\"\n"
                 "Tom Wick put it simply: \"We got lucky.\" He put it on the dock.\n",
                 "direct «\"The sea does not care about your plans.» Rosa Ibarra [E1] put it this "
                 "way #1\n"
                 "direct «\"You learn that the first winter.\"» Rosa Ibarra [E1] put it this way "
                 "#1\n"
                 "direct «\"We got lucky.\"» Tom Wick [E2] put it simply #2\n");
}

/* A description goes on through an adjective or participle and its prepositional phrase: the
 * person or entity named in it is not the speaker. */
static void
test_postmodified_description (Fixture *fixture, gconstpointer data)
{
  assert_quotes (fixture, "Ana Soto|PER; Mercy General Hospital|ORG",
                 "Minister Ana Soto visited the port on Monday.\n"
                 "A reporter traveling with the minister said the visit was cut short.\n"
                 "Sources close to the talks say a deal is near.\n"
                 "A nurse close to the patients, who asked not to be named, said the boy was safe.\n"
                 "Doctors at Mercy General Hospital said the ward was full.\n",
                 "indirect «the visit was cut short.» A reporter traveling with the minister [-] "
                 "said #1\n"
                 "indirect «a deal is near.» Sources close to the talks [-] say #2\n"
                 "indirect «the boy was safe.» A nurse close to the patients [-] said #3\n"
                 "indirect «the ward was full.» Doctors at Mercy General Hospital [-] said #4\n");
}

/* A lead's indefinite description is the person the next sentence names first; a description
 * later in the story stays one. */
static void
test_delayed_identification (Fixture *fixture, gconstpointer data)
{
  assert_quotes (fixture, "Marta Quill|PER; Tom Reyes|PER",
                 "Dispute Over Count in the Capital\n"
                 "A ruling party lawmaker insists the count was fair.\n"
                 "Marta Quill told reporters that observers had signed every sheet.\n"
                 "A senior aide said the appeal would fail. Tom Reyes said the court would rule "
                 "on Monday.\n",
                 "indirect «the count was fair.» Marta Quill [E1] insists #1\n"
                 "indirect «observers had signed every sheet.» Marta Quill [E1] told #2\n"
                 "indirect «the appeal would fail.» A senior aide [-] said #3\n"
                 "indirect «the court would rule on Monday.» Tom Reyes [E2] said #4\n");
}

/* The writer of a byline is no person of the story: the lead's description is still the
 * person the next sentence names first. */
static void
test_delayed_identification_byline (Fixture *fixture, gconstpointer data)
{
  assert_quotes (fixture, "Nora Vik|PER; Ian Stroud|PER",
                 "Port Dredging to Resume in Spring\n"
                 "By Nora Vik, Harbor Times\n"
                 "Dredging of the main channel will resume in April, a port engineer told the "
                 "council on Tuesday.\n"
                 "Ian Stroud, who oversees the work, presented the new schedule.\n",
                 "indirect «Dredging of the main channel will resume in April» Ian Stroud [E2] "
                 "told #1\n");
}

/* A description that the text names in apposition elsewhere ("Her doctor, X, said", "Y, the
 * club's coach, said") is that person, wherever the name comes; other descriptions stay. */
static void
test_description_named_in_apposition (Fixture *fixture, gconstpointer data)
{
  assert_quotes (fixture, "Mia Lund|PER; Ruth Okafor|PER; Okafor|PER|Ruth Okafor; Leo Brandt|PER",
                 "Runner Mia Lund will miss the season, her doctor said on Monday.\n"
                 "Lund tore a tendon in March.\n"
                 "Her doctor, Ruth Okafor, said the tear had healed badly.\n"
                 "Leo Brandt, the club's coach, said the team would wait.\n"
                 "The club's coach said a replacement was not needed. A club official said the "
                 "contract stands.\n",
                 "indirect «Runner Mia Lund will miss the season» Ruth Okafor [E2] said #1\n"
                 "indirect «the tear had healed badly.» Ruth Okafor [E2] said #2\n"
                 "indirect «the team would wait.» Leo Brandt [E3] said #3\n"
                 "indirect «a replacement was not needed.» Leo Brandt [E3] said #4\n"
                 "indirect «the contract stands.» A club official [-] said #5\n");
}

/* A plural role word names the two persons a plural title introduced together, even when the
 * entities layer made the title words an organisation. */
static void
test_joint_speakers (Fixture *fixture, gconstpointer data)
{
  assert_quotes (fixture, "U.S. Senators|ORG; Rita Vance|PER; Paul Okoro|PER",
                 "U.S. Senators Rita Vance (D-Ore.) and Paul Okoro (R-Ohio) met the board.\n"
                 "In a letter, the senators wrote that the delays were unacceptable.\n",
                 "indirect «the delays were unacceptable.» Rita Vance and Paul Okoro [-] wrote "
                 "#1\n");
}

/* "Chairman" is the title of a chair of either sex: it gives "Pruitt" no gender, and "she"
 * after a sentence of hers is hers, not the woman named before. */
static void
test_chairman_no_gender (Fixture *fixture, gconstpointer data)
{
  assert_quotes (fixture, "Avery Pruitt|PER; Pruitt|PER|Avery Pruitt; Linda Marsh|PER",
                 "Rep. Avery Pruitt opened the hearing on grain storage.\n"
                 "“Farmers are still waiting,” said Chairman Pruitt in her remarks.\n"
                 "Linda Marsh, a deputy administrator, testified next. She said the agency had "
                 "hired 40 inspectors.\n"
                 "At the end of the day, Pruitt asked for a second hearing. She said the panel "
                 "would “keep asking.”\n",
                 "direct «“Farmers are still waiting,”» Avery Pruitt [E1] said #1\n"
                 "indirect «the agency had hired 40 inspectors.» Linda Marsh [E2] said #2\n"
                 "mixed «the panel would “keep asking.”» Avery Pruitt [E1] said #3\n");
}

/* An appositive whose description ends in a prepositional phrase with a comma in it ("a squad
 * leader with 2nd Platoon, Bravo Company,"), and a description with a relative clause after it:
 * the phrase after the preposition is no subject.  "he" after the unnamed speaker is that
 * speaker, not the man named before. */
static void
test_appositive_pp_and_description_pronoun (Fixture *fixture, gconstpointer data)
{
  assert_quotes (
      fixture,
      "Dana Ruiz|PER; 2nd Platoon|ORG; Bravo Company|ORG; Omar Haddad|PER; "
      "Haddad|PER|Omar Haddad; Mosul|LOC",
      "Staff Sgt. Dana Ruiz, a squad leader with 2nd Platoon, Bravo Company, said the "
      "night drills had paid off.\n"
      "Dr. Omar Haddad said the hospital was coping.\n"
      "But a medic at a field hospital in Mosul, who asked not to be named because he "
      "was not allowed to talk to reporters, told VOA the wards were full. Patients, he "
      "said, often wait outside for hours with relatives who cannot stand.\n",
      "indirect «the night drills had paid off.» Dana Ruiz [E1] said #1\n"
      "indirect «the hospital was coping.» Omar Haddad [E4] said #2\n"
      "indirect «the wards were full.» a medic at a field hospital in Mosul [-] "
      "told #3\n"
      "indirect «Patients, he said, often wait outside for hours with relatives who cannot "
      "stand.» a medic at a field hospital in Mosul [-] said #4\n");
}

/* An organisation described in the lead ("Ghana's main teachers union") is the one with that
 * head noun named in the paragraphs after it; "the union" later refers back to it, and "the
 * Geneva-based group" to the organisation that was the subject before. */
static void
test_organisation_description (Fixture *fixture, gconstpointer data)
{
  assert_quotes (fixture,
                 "Ghana|LOC; Kofi Mensah|PER; National Union of Teachers|ORG; "
                 "Education Watch|ORG",
                 "Teachers Threaten Strike\n"
                 "ACCRA — Ghana's main teachers union said Monday it would strike if salaries were "
                 "not paid.\n"
                 "“We have waited long enough,” said Kofi Mensah, president of the National Union "
                 "of Teachers.\n"
                 "The union said talks with the ministry had failed.\n"
                 "Education Watch said the strike would close 900 schools. According to the "
                 "Geneva-based group, pupils have lost 40 days this year.\n",
                 "indirect «it would strike if salaries were not paid.» National Union of Teachers "
                 "[E3] said #1\n"
                 "direct «“We have waited long enough,”» Kofi Mensah [E2] said #2\n"
                 "indirect «talks with the ministry had failed.» National Union of Teachers [E3] "
                 "said #3\n"
                 "indirect «the strike would close 900 schools.» Education Watch [E4] said #4\n"
                 "indirect «pupils have lost 40 days this year.» Education Watch [E4] According "
                 "to #5\n");
}

/* A capitalised participle before a name with no comma is a title of the subject ("Acting
 * Director X"), not an adverbial opener: that sentence's subject is what "she" refers to. */
static void
test_participle_title_subject (Fixture *fixture, gconstpointer data)
{
  assert_quotes (fixture, "Joan Pell|PER; Mara Tisdale|PER",
                 "Joan Pell, the clinic's finance officer, said the budget was tight.\n"
                 "Acting Director Mara Tisdale asked whether the wards could stay open. She said "
                 "two of them would close in May.\n",
                 "indirect «the budget was tight.» Joan Pell [E1] said #1\n"
                 "indirect «two of them would close in May.» Mara Tisdale [E2] said #2\n");
}

/* After an inverted cue, a singular role noun and a name are one phrase ("said co-author X"):
 * the name is the speaker, not the role noun. */
static void
test_inverted_false_title (Fixture *fixture, gconstpointer data)
{
  assert_quotes (fixture, "Ana Brill|PER; Tom Vey|PER",
                 "“The ice is thinner than we thought,” said study leader Ana Brill, a "
                 "hydrologist at the institute.\n"
                 "“It surprised all of us,” said co-author Tom Vey.\n",
                 "direct «“The ice is thinner than we thought,”» Ana Brill [E1] said #1\n"
                 "direct «“It surprised all of us,”» Tom Vey [E2] said #2\n");
}

/* "she" for a woman the entities layer took for an organisation: the subject of an earlier
 * sentence with a woman's first name, when no person fits (and a surname in -ing is a name, not
 * an opening participle). */
static void
test_pronoun_mislabelled_person (Fixture *fixture, gconstpointer data)
{
  assert_quotes (fixture, "Laura Fielding|ORG; Fielding|ORG|Laura Fielding; Peter Hale|PER",
                 "Deputy Mayor Laura Fielding toured the bus depot on Friday.\n"
                 "Depot chief Peter Hale said ten buses were idle.\n"
                 "Fielding thanked the drivers. The repairs, she said, will be paid for by the "
                 "city.\n",
                 "indirect «ten buses were idle.» Peter Hale [E2] said #1\n"
                 "indirect «The repairs, she said, will be paid for by the city.» Laura Fielding "
                 "[E1] said #2\n");
}

static void
test_description_speakers (Fixture *fixture, gconstpointer data)
{
  /* Unnamed speakers keep their description. */
  assert_quotes (fixture, NULL,
                 "Protesters say the results are false, and are demanding a new election.\n"
                 "In a joint statement, the Arab ministers called for “a comprehensive "
                 "ceasefire” and the “opening of all crossings.”\n",
                 "indirect «the results are false» Protesters [-] say #1\n"
                 "direct «“a comprehensive ceasefire”» the Arab ministers [-] called for #2\n"
                 "direct «“opening of all crossings.”» the Arab ministers [-] called for #2\n");
}

static void
test_no_entities (Fixture *fixture, gconstpointer data)
{
  /* With an empty entities layer, names come from the text: the fullest form
   * of a surname in the document, and for a pronoun the latest such speaker;
   * the entity is null. */
  g_autoptr (LectorDocument) doc
      = run (fixture, NULL,
             "\"We are ready,\" said Col. Michael Rivera, the wing commander.\n"
             "Rivera said the unit had flown 40 missions.\n"
             "\"It was a long month,\" he said.\n");
  g_autofree char *got = listing (doc);

  g_assert_cmpuint (lector_layer_get_size (lector_document_get_layer (doc, "entities")), ==, 0);
  g_assert_cmpstr (got, ==,
                   "direct «\"We are ready,\"» Michael Rivera [-] said #1\n"
                   "indirect «the unit had flown 40 missions.» Michael Rivera [-] said #2\n"
                   "direct «\"It was a long month,\"» Michael Rivera [-] said #3\n");
}

/* With no entities, a pronoun is the latest speaker named from the text at most 100 quotations
 * back (MAX_PRONOUN_LOOKBACK). */
static void
test_no_entities_lookback (Fixture *fixture, gconstpointer data)
{
  for (int n = 99; n <= 100; n++)
    {
      g_autoptr (GString) text = g_string_new ("\"We are ready,\" said Col. Michael Rivera. ");
      g_autoptr (LectorDocument) doc = NULL;
      g_autofree char *got = NULL;
      const char *last;

      for (int i = 0; i < n; i++)
        /* a woman: "he" is not her, and she has no name to take */
        g_string_append (text, "\"The rain fell,\" a spokeswoman said. ");
      g_string_append (text, "\"It was a long month,\" he said.\n");
      doc = run (fixture, NULL, text->str);
      got = listing (doc);
      last = g_strrstr (got, "\"It was a long month,\"");
      g_assert_nonnull (last);
      g_assert_cmpstr (last, ==,
                       n < 100 ? "\"It was a long month,\"» Michael Rivera [-] said #101\n"
                               : "\"It was a long month,\"» - [-] said #102\n");
    }
}

static void
test_offsets (Fixture *fixture, gconstpointer data)
{
  /* Offsets are bytes in the document (the host converts them on output):
   * the speaker and cue features point at the mention and the verb. */
  const char *text = "Zoë Ruiz met officials. “Ça va,” Ruiz said. “Très bien.”\n";
  g_autoptr (LectorDocument) doc = run (fixture, "Zoë Ruiz|PER; Ruiz|PER|Zoë Ruiz", text);
  LectorLayer *layer = lector_document_get_layer (doc, "quotes");
  json_t *f;

  g_assert_cmpuint (lector_layer_get_size (layer), ==, 2);
  f = lector_layer_get_features (layer, 0);
  g_assert_cmpint (json_integer_value (json_object_get (f, "speaker_start")), ==,
                   strstr (text, "Ruiz said") - text);
  g_assert_cmpint (json_integer_value (json_object_get (f, "speaker_end")), ==,
                   strstr (text, " said") - text);
  g_assert_cmpint (json_integer_value (json_object_get (f, "cue_start")), ==,
                   strstr (text, "said") - text);
  g_assert_cmpint (json_integer_value (json_object_get (f, "cue_end")), ==,
                   strstr (text, ". “Très") - text);
  g_assert_cmpstr (json_string_value (json_object_get (f, "speaker_entity")), ==, "E1");
  g_assert_cmpint (lector_layer_get_span (layer, 0).start, ==, strstr (text, "“Ça") - text);
  /* Every feature of the contract is there, in this order. */
  {
    static const char *const keys[]
        = { "type", "speaker",   "speaker_start", "speaker_end", "speaker_entity",
            "cue",  "cue_start", "cue_end",       "group",       NULL };
    const char *key;
    json_t *value;
    int k = 0;

    json_object_foreach (f, key, value) g_assert_cmpstr (key, ==, keys[k++]);
    g_assert_null (keys[k]);
  }
}

static void
test_types_parameter (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LectorDocument) doc
      = run_full (fixture, "Hamas|ORG", NULL, "types = direct",
                  "Hamas said the plan failed. \"It is over,\" Hamas said.\n", &error);
  g_autofree char *got = NULL;

  g_assert_no_error (error);
  got = listing (doc);
  g_assert_cmpstr (got, ==, "direct «\"It is over,\"» Hamas [E1] said #1\n");
}

static void
test_bad_parameter (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LectorDocument) doc
      = run_full (fixture, NULL, NULL, "types = direct; quoted", "Text.\n", &error);

  g_assert_null (doc);
  g_assert_error (error, LECTOR_ERROR, LECTOR_ERROR_CONFIG);
  g_assert_nonnull (strstr (error->message, "unknown quotation type 'quoted'"));
}

static void
test_bad_meta (Fixture *fixture, gconstpointer data)
{
  /* meta.entities that is not a list is an error naming it, not a crash. */
  g_autoptr (GError) error = NULL;
  g_autoptr (LectorDocument) doc = run_full (fixture, NULL, "broken-meta = true", NULL,
                                             "\"Hi there, all of you,\" he said.\n", &error);

  g_assert_null (doc);
  g_assert_error (error, LECTOR_ERROR, LECTOR_ERROR_INPUT);
  g_assert_nonnull (strstr (error->message, "meta.entities must be an array"));
}

static void
test_empty_and_odd_documents (Fixture *fixture, gconstpointer data)
{
  static const char *const texts[] = {
    "",
    "\"",
    "“”",
    "\"\"\"\"\" said said said\n",
    "said",
    "He said that.",
    "“Unclosed quotation at the very end",
    ", said X.",
    "According to",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr (LectorDocument) doc = run (fixture, NULL, texts[i]);

      g_assert_nonnull (lector_document_get_layer (doc, "quotes"));
    }
  {
    g_autoptr (LectorDocument) doc = run (fixture, NULL, "“Unclosed quotation at the very end");
    g_autofree char *got = listing (doc);

    g_assert_cmpstr (got, ==, "direct «“Unclosed quotation at the very end» - [-] - #1\n");
  }
}

/* ---- golden texts ------------------------------------------------------------------------- */

static char *
read_file (const char *path)
{
  g_autoptr (GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

/* The gazetteer lines of NAME.names as one "a; b; c" setting. */
static char *
names_setting (const char *path)
{
  g_autofree char *contents = read_file (path);
  g_auto (GStrv) lines = g_strsplit (contents, "\n", -1);
  GString *s = g_string_new (NULL);

  for (char **l = lines; *l; l++)
    if (**l && **l != '#')
      g_string_append_printf (s, "%s%s", s->len ? "; " : "", *l);
  return g_string_free (s, FALSE);
}

static void
test_golden (Fixture *fixture, gconstpointer data)
{
  const char *name = data;
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "quotes", NULL);
  g_autofree char *txt_name = g_strconcat (name, ".txt", NULL);
  g_autofree char *names_name = g_strconcat (name, ".names", NULL);
  g_autofree char *expected_name = g_strconcat (name, ".expected", NULL);
  g_autofree char *txt_path
      = g_str_equal (name, "news-cairo")
            ? g_test_build_filename (G_TEST_DIST, "..", "examples", "news-cairo.txt", NULL)
            : g_build_filename (dir, txt_name, NULL);
  g_autofree char *names_path = g_build_filename (dir, names_name, NULL);
  g_autofree char *expected_path = g_build_filename (dir, expected_name, NULL);
  g_autofree char *text = read_file (txt_path);
  g_autofree char *names = names_setting (names_path);
  g_autofree char *expected = read_file (expected_path);
  g_autoptr (LectorDocument) doc = run (fixture, names, text);
  g_autofree char *got = listing (doc);

  if (g_getenv ("QUOTES_REGENERATE"))
    {
      g_file_set_contents (expected_path, got, -1, NULL);
      g_test_skip ("regenerated");
      return;
    }
  g_assert_cmpstr (got, ==, expected);
}

/* Every quotation examples/README.md lists for news-cairo.txt comes out with its
 * speaker: each fragment lies in a quote attributed to that speaker. */
static void
test_cairo_readme (Fixture *fixture, gconstpointer data)
{
  static const struct
  {
    const char *fragment;
    const char *speaker;
  } expected[] = {
    { "“a mistake”", "Antony Blinken" },
    { "“immediate, sustained ceasefire”", "Antony Blinken" },
    { "“a comprehensive and immediate ceasefire”", "the Arab ministers" },
    { "“opening of all crossings between Israel and the Gaza Strip.”", "the Arab ministers" },
    { "“to identify the urgent, practical and concrete steps", "Antony Blinken" },
    { "“Israel needs to do more”", "Antony Blinken" },
    /* reported speech */
    { "briefed Blinken on their vision", "Egyptian Foreign ministry" },
    { "participated in a series of consultative ministerial meetings", "Saudi Press Agency" },
  };
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "quotes", NULL);
  g_autofree char *names_path = g_build_filename (dir, "news-cairo.names", NULL);
  g_autofree char *txt_path
      = g_test_build_filename (G_TEST_DIST, "..", "examples", "news-cairo.txt", NULL);
  g_autofree char *text = read_file (txt_path);
  g_autofree char *names = names_setting (names_path);
  g_autoptr (LectorDocument) doc = run (fixture, names, text);
  LectorLayer *layer = lector_document_get_layer (doc, "quotes");
  const char *t = lector_document_get_text (doc, NULL);

  for (gsize i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const char *at = strstr (t, expected[i].fragment);
      gsize start, end;
      gboolean found = FALSE;

      g_assert_nonnull (at);
      start = (gsize)(at - t);
      end = start + strlen (expected[i].fragment);
      for (gsize q = 0; q < lector_layer_get_size (layer); q++)
        {
          LectorSpan span = lector_layer_get_span (layer, q);
          json_t *f = lector_layer_get_features (layer, q);

          if (span.start <= start && end <= span.end)
            {
              g_assert_cmpstr (json_string_value (json_object_get (f, "speaker")), ==,
                               expected[i].speaker);
              found = TRUE;
            }
        }
      if (!found)
        g_error ("no quote holds %s", expected[i].fragment);
    }
}

int
main (int argc, char **argv)
{
  static const char *const golden[]
      = { "news-cairo", "wing-exercise", "ministry-briefing", "not-quotes" };

  g_test_init (&argc, &argv, NULL);
#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_setup, fn, fixture_teardown)
  ADD ("/quotes/cue-after", test_cue_after);
  ADD ("/quotes/cue-before", test_cue_before);
  ADD ("/quotes/split-mixed-marks", test_split_mixed_marks);
  ADD ("/quotes/multi-paragraph", test_multi_paragraph);
  ADD ("/quotes/nested-single", test_nested_single);
  ADD ("/quotes/british-single-marks", test_british_single_marks);
  ADD ("/quotes/scare-quotes-and-titles", test_scare_quotes_and_titles);
  ADD ("/quotes/pronoun-gender", test_pronoun_gender);
  ADD ("/quotes/pronoun-window", test_pronoun_window);
  ADD ("/quotes/pronoun-lookback", test_pronoun_lookback);
  ADD ("/quotes/surname-and-title", test_surname_and_title);
  ADD ("/quotes/lead-role", test_lead_role);
  ADD ("/quotes/title-latest", test_title_latest);
  ADD ("/quotes/organisation", test_organisation);
  ADD ("/quotes/organisation-subject", test_organisation_subject);
  ADD ("/quotes/colon-statement", test_colon_statement);
  ADD ("/quotes/according-to", test_according_to);
  ADD ("/quotes/report-length", test_report_length);
  ADD ("/quotes/head-noun", test_head_noun);
  ADD ("/quotes/indirect", test_indirect);
  ADD ("/quotes/acronym-speaker", test_acronym_speaker);
  ADD ("/quotes/name-from-text", test_name_from_text);
  ADD ("/quotes/name-window", test_name_window);
  ADD ("/quotes/surname-alone", test_surname_alone);
  ADD ("/quotes/acronym-entity", test_acronym_entity);
  ADD ("/quotes/cueless-run", test_cueless_run);
  ADD ("/quotes/coordinated-speech-act", test_coordinated_speech_act);
  ADD ("/quotes/naming-then-said", test_naming_then_said);
  ADD ("/quotes/refusal-and-perfect-speech-act", test_refusal_and_perfect_speech_act);
  ADD ("/quotes/comma-adverb-before-that", test_comma_adverb_before_that);
  ADD ("/quotes/past-base-after-time", test_past_base_after_time);
  ADD ("/quotes/ing-name-and-including", test_ing_name_and_including);
  ADD ("/quotes/ly-adjective-subject", test_ly_adjective_subject);
  ADD ("/quotes/subject-after-hearer", test_subject_after_hearer);
  ADD ("/quotes/list-comma", test_list_comma);
  ADD ("/quotes/quoted-predicate", test_quoted_predicate);
  ADD ("/quotes/long-subject-predicate", test_long_subject_predicate);
  ADD ("/quotes/report-after-quoted-sentence", test_report_after_quoted_sentence);
  ADD ("/quotes/parenthesis-appositive", test_parenthesis_appositive);
  ADD ("/quotes/relative-in-subject", test_relative_in_subject);
  ADD ("/quotes/unlisted-verbs", test_unlisted_verbs);
  ADD ("/quotes/base-verb-after-plural", test_base_verb_after_plural);
  ADD ("/quotes/base-verb-after-coordination", test_base_verb_after_coordination);
  ADD ("/quotes/approximate-number-subject", test_approximate_number_subject);
  ADD ("/quotes/confirm-and-past-base", test_confirm_and_past_base);
  ADD ("/quotes/added-after-mixed", test_added_after_mixed);
  ADD ("/quotes/hearer-adverbial", test_hearer_adverbial);
  ADD ("/quotes/far-speaker", test_far_speaker);
  ADD ("/quotes/coordinated-reports", test_coordinated_reports);
  ADD ("/quotes/inverted-appositive", test_inverted_appositive);
  ADD ("/quotes/more-cues", test_more_cues);
  ADD ("/quotes/parenthetical", test_parenthetical);
  ADD ("/quotes/ly-name-and-number", test_ly_name_and_number);
  ADD ("/quotes/non-reporting", test_non_reporting);
  ADD ("/quotes/plural-noun-cue", test_plural_noun_cue);
  ADD ("/quotes/nonreport-word-name", test_nonreport_word_name);
  ADD ("/quotes/referring-descriptions", test_referring_descriptions);
  ADD ("/quotes/dateline-participle", test_dateline_participle);
  ADD ("/quotes/dateline-clause-first", test_dateline_clause_first);
  ADD ("/quotes/inverted-apposition", test_inverted_apposition);
  ADD ("/quotes/military-ranks", test_military_ranks);
  ADD ("/quotes/false-title-subject", test_false_title_subject);
  ADD ("/quotes/pronoun-same-sentence", test_pronoun_same_sentence);
  ADD ("/quotes/appositive-with-place", test_appositive_with_place);
  ADD ("/quotes/acronym-dotted-expansion", test_acronym_dotted_expansion);
  ADD ("/quotes/put-it-colon", test_put_it_colon);
  ADD ("/quotes/postmodified-description", test_postmodified_description);
  ADD ("/quotes/delayed-identification", test_delayed_identification);
  ADD ("/quotes/description-named-in-apposition", test_description_named_in_apposition);
  ADD ("/quotes/delayed-identification-byline", test_delayed_identification_byline);
  ADD ("/quotes/joint-speakers", test_joint_speakers);
  ADD ("/quotes/description-speakers", test_description_speakers);
  ADD ("/quotes/pronoun-mislabelled-person", test_pronoun_mislabelled_person);
  ADD ("/quotes/inverted-false-title", test_inverted_false_title);
  ADD ("/quotes/participle-title-subject", test_participle_title_subject);
  ADD ("/quotes/chairman-no-gender", test_chairman_no_gender);
  ADD ("/quotes/appositive-pp-and-description-pronoun",
       test_appositive_pp_and_description_pronoun);
  ADD ("/quotes/organisation-description", test_organisation_description);
  ADD ("/quotes/no-entities", test_no_entities);
  ADD ("/quotes/no-entities-lookback", test_no_entities_lookback);
  ADD ("/quotes/offsets", test_offsets);
  ADD ("/quotes/types-parameter", test_types_parameter);
  ADD ("/quotes/bad-parameter", test_bad_parameter);
  ADD ("/quotes/bad-meta", test_bad_meta);
  ADD ("/quotes/empty-and-odd-documents", test_empty_and_odd_documents);
  ADD ("/quotes/golden/news-cairo-readme", test_cairo_readme);
#undef ADD
  for (gsize i = 0; i < G_N_ELEMENTS (golden); i++)
    {
      g_autofree char *path = g_strconcat ("/quotes/golden/", golden[i], NULL);

      g_test_add (path, Fixture, golden[i], fixture_setup, test_golden, fixture_teardown);
    }
  return g_test_run ();
}
