/* The HTML renderer (core/html.c) and page writer (core/pages.c): escaping, nesting of
 * overlapping spans, offset units, layers that are missing or unknown, error records, pages. */
#include <string.h>

#include <glib/gstdio.h>

#include "html.h"
#include "json-autoptr.h"
#include "pages.h"

static json_t *
parse (const char *text)
{
  json_error_t error;
  json_t *json = json_loads (text, 0, &error);
  if (json == NULL)
    g_error ("test JSON does not parse: %s: %s", error.text, text);
  return json;
}

static HtmlArticle *
render (const char *record_json, LectorOffsetUnit unit)
{
  g_autoptr (json_t) record = parse (record_json);
  g_autoptr (GError) error = NULL;
  HtmlArticle *article = html_article_new (record, unit, "d1", &error);
  g_assert_no_error (error);
  g_assert_nonnull (article);
  return article;
}

static char *
render_error (const char *record_json, LectorOffsetUnit unit)
{
  g_autoptr (json_t) record = parse (record_json);
  g_autoptr (GError) error = NULL;
  g_autoptr (HtmlArticle) article = html_article_new (record, unit, "d1", &error);
  g_assert_null (article);
  g_assert_error (error, LECTOR_ERROR, LECTOR_ERROR_INPUT);
  return g_strdup (error->message);
}

static const char *const void_elements[]
    = { "meta", "br", "hr", "img", "input", "link", "wbr", NULL };

/* Checks that every element is closed, in order (the HTML parser would otherwise repair the
 * markup into something else), and that nothing but our own tags appears: a '<' that is not
 * followed by a tag name or '/' or '!' fails. */
static void
assert_well_formed (const char *html)
{
  g_autoptr (GPtrArray) stack = g_ptr_array_new_with_free_func (g_free);
  const char *p = html;
  while ((p = strchr (p, '<')) != NULL)
    {
      const char *end = strchr (p, '>');
      g_assert_nonnull (end);
      g_assert_null (memchr (p + 1, '<', (gsize)(end - p - 1)));
      if (p[1] == '!')
        {
          p = end + 1;
          continue;
        }
      gboolean closing = p[1] == '/';
      const char *name = p + 1 + closing;
      gsize length = 0;
      while (g_ascii_isalnum (name[length]))
        length++;
      g_assert_cmpuint (length, >, 0);
      char *tag = g_ascii_strdown (name, (gssize)length);
      if (g_strv_contains (void_elements, tag))
        g_free (tag);
      else if (!closing)
        g_ptr_array_add (stack, tag);
      else
        {
          g_assert_cmpuint (stack->len, >, 0);
          g_assert_cmpstr (stack->pdata[stack->len - 1], ==, tag);
          g_ptr_array_remove_index (stack, stack->len - 1);
          g_free (tag);
        }
      /* The style sheet holds no tags; skip it as a browser would. */
      if (!closing && strncmp (name, "style", 5) == 0)
        {
          end = strstr (end, "</style>");
          g_assert_nonnull (end);
          end--;
        }
      p = end + 1;
    }
  g_assert_cmpuint (stack->len, ==, 0);
}

static void
unescape_into (GString *out, const char *p, gsize n)
{
  static const struct
  {
    const char *entity, *text;
  } entities[] = {
    { "&amp;", "&" }, { "&lt;", "<" }, { "&gt;", ">" }, { "&quot;", "\"" }, { "&#39;", "'" }
  };
  for (gsize i = 0; i < n;)
    {
      gboolean done = FALSE;
      for (gsize e = 0; e < G_N_ELEMENTS (entities) && !done; e++)
        if (strncmp (p + i, entities[e].entity, strlen (entities[e].entity)) == 0)
          {
            g_string_append (out, entities[e].text);
            i += strlen (entities[e].entity);
            done = TRUE;
          }
      if (!done)
        g_string_append_c (out, p[i++]);
    }
}

/* The text a reader sees in the article's text column, paragraphs separated by "\n", without
 * the badges added beside it (speakers, paragraph languages). */
static char *
visible_text (const char *html)
{
  const char *start = strstr (html, "<div class=\"text\"");
  g_assert_nonnull (start);
  start = strchr (start, '>') + 1;
  const char *end = strstr (start, "</div>");
  g_assert_nonnull (end);
  GString *out = g_string_new (NULL);
  int depth = 0, skip_depth = -1;
  const char *p = start;
  while (p < end)
    {
      if (*p != '<')
        {
          const char *next = memchr (p, '<', (gsize)(end - p));
          gsize n = (gsize)((next != NULL ? next : end) - p);
          if (skip_depth < 0 && depth > 0) /* not the line breaks between paragraphs */
            unescape_into (out, p, n);
          p += n;
          continue;
        }
      const char *close = strchr (p, '>');
      g_autofree char *tag = g_strndup (p, (gsize)(close - p + 1));
      p = close + 1;
      if (tag[1] == '/')
        {
          depth--;
          if (depth == skip_depth)
            skip_depth = -1;
          if (strcmp (tag, "</p>") == 0)
            g_string_append_c (out, '\n');
          continue;
        }
      if (skip_depth < 0
          && (strstr (tag, "class=\"who") != NULL || strstr (tag, "class=\"plang") != NULL))
        skip_depth = depth;
      depth++;
    }
  g_assert_cmpint (depth, ==, 0);
  return g_string_free (out, FALSE);
}

/* "<q class=… id=…>" → "<q>": the structure of the markup. */
static char *
strip_attributes (const char *html)
{
  GString *out = g_string_new (NULL);
  for (const char *p = html; *p != '\0'; p++)
    {
      g_string_append_c (out, *p);
      if (*p == '<')
        {
          while (p[1] != '\0' && p[1] != ' ' && p[1] != '>')
            g_string_append_c (out, *++p);
          while (p[1] != '\0' && p[1] != '>')
            p++;
        }
    }
  return g_string_free (out, FALSE);
}

/* The <p> elements of the text column, attributes stripped. */
static char *
text_structure (const char *html)
{
  const char *start = strstr (html, "<div class=\"text\"");
  start = strchr (start, '>') + 2;
  const char *end = strstr (start, "</div>");
  g_autofree char *inner = g_strndup (start, (gsize)(end - start));
  return strip_attributes (inner);
}

static guint
count (const char *haystack, const char *needle)
{
  guint n = 0;
  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

/* --- escaping ------------------------------------------------------------------------------- */

static const char escaping_record[]
    = "{\"id\": \"<b>id</b> & 'x'\", \"text\": \"<script>alert(\\\"x\\\")</script> & &amp; "
      "\\\"dq\\\" 'sq' \u05e9\u05dc\u05d5\u05dd <img src=x onerror=alert(1)>\\u0007\","
      " \"source\": \"<i>wire</i>\","
      " \"meta\": {\"lang\": {\"code\": \"en\\\"><script>\", \"name\": \"<u>x</u>\"},"
      "  \"entities\": [{\"id\": \"E\\\" onmouseover=\\\"x\", \"label\": \"<L>\", \"name\": "
      "\"<n>\","
      "                  \"mentions\": [0]}],"
      "  \"summary\": {\"text\": \"<script>s</script>\", \"sentences\": 1, \"words\": 1}},"
      " \"layers\": {\"paragraphs\": [{\"start\": 0, \"end\": 80}],"
      "  \"entities\": [{\"start\": 1, \"end\": 7, \"label\": \"<L>\", \"text\": \"script\","
      "                  \"entity\": \"E\\\" onmouseover=\\\"x\"}],"
      "  \"quotes\": [{\"start\": 36, \"end\": 40, \"type\": \"di\\\"rect\", \"speaker\": \"<s>\","
      "               \"speaker_entity\": \"E\\\" onmouseover=\\\"x\", \"cue\": \"&c\"}],"
      "  \"summary\": [{\"start\": 0, \"end\": 80, \"rank\": 1}],"
      "  \"<layer>\": []}}";

static void
test_escaping (void)
{
  g_autoptr (HtmlArticle) article = render (escaping_record, LECTOR_OFFSETS_CODEPOINT);
  const char *html = article->html;
  if (g_test_verbose ())
    g_printerr ("%s\n", html);
  assert_well_formed (html);
  /* Nothing from the record becomes markup. */
  g_assert_null (strstr (html, "<script"));
  g_assert_null (strstr (html, "<img"));
  g_assert_null (strstr (html, "<b>"));
  g_assert_null (strstr (html, "<i>"));
  g_assert_null (strstr (html, "<L>"));
  g_assert_null (strstr (html, "<layer>"));
  g_assert_null (strstr (html, "onmouseover=\""));
  g_assert_nonnull (strstr (html,
                            "<p dir=\"auto\"><span class=\"sum\" id=\"d1-s1\" data-rank=\"1\" "
                            "title=\"summary sentence, chosen first: rank 1\">&lt;<mark "));
  g_assert_nonnull (strstr (html, "alert(&quot;x&quot;)&lt;/script&gt; &amp; &amp;amp; <q "));
  g_assert_nonnull (strstr (html, "&quot;dq&quot;</q>"));
  g_assert_nonnull (strstr (html, " &#39;sq&#39; \u05e9\u05dc\u05d5\u05dd &lt;img src=x "
                                  "onerror=alert(1)&gt;\u2407</span></p>"));
  g_assert_nonnull (strstr (html, "&lt;b&gt;id&lt;/b&gt; &amp; &#39;x&#39;"));
  g_assert_nonnull (strstr (html, "&lt;i&gt;wire&lt;/i&gt;"));
  /* A control character shows as its symbol. */
  g_assert_nonnull (strstr (html, "\u2407"));
  /* An entity id becomes a safe anchor. */
  g_assert_nonnull (strstr (html, "id=\"d1-E_22_20onmouseover_3D_22x\""));
  g_assert_nonnull (strstr (html, "href=\"#d1-E_22_20onmouseover_3D_22x\""));
  /* A language code that is no language tag is not put in a lang attribute. */
  g_assert_null (strstr (html, "lang=\"en"));
  /* Right-to-left text keeps its direction from the paragraph's content. */
  g_assert_nonnull (strstr (html, "<p dir=\"auto\">"));

  g_autofree char *text = visible_text (html);
  g_assert_cmpstr (text, ==,
                   "<script>alert(\"x\")</script> & &amp; \"dq\" 'sq' \u05e9\u05dc\u05d5\u05dd "
                   "<img src=x onerror=alert(1)>\u2407\n");
  g_assert_cmpstr (article->title, ==, "<b>id</b> & 'x'");

  /* The page around it: the title is escaped too, and scripts are forbidden outright. */
  g_autoptr (GString) page = g_string_new (NULL);
  html_append_page_start (page, article->title, NULL);
  g_string_append (page, html);
  html_append_page_end (page);
  assert_well_formed (page->str);
  g_assert_nonnull (
      strstr (page->str, "<title>&lt;b&gt;id&lt;/b&gt; &amp; &#39;x&#39; · Lector</title>"));
  g_assert_nonnull (strstr (page->str, "Content-Security-Policy\" content=\"default-src 'none'"));
  g_assert_null (strstr (page->str, "<script"));
  g_assert_null (strstr (page->str, "http://"));
  g_assert_null (strstr (page->str, "https://"));
}

/* --- nesting -------------------------------------------------------------------------------- */

static void
test_nesting (void)
{
  /* "Ann met Bob. He left." with a quote that crosses the end of a summary sentence and a
   * mention that crosses the end of the quote. */
  g_autoptr (HtmlArticle) article = render (
      "{\"id\": \"n\", \"text\": \"Ann met Bob. He left.\", \"meta\": {\"entities\": ["
      "  {\"id\": \"E1\", \"label\": \"PER\", \"name\": \"Bob\", \"mentions\": [0]},"
      "  {\"id\": \"E2\", \"label\": \"MISC\", \"name\": \"He left\", \"mentions\": [1]}]},"
      " \"layers\": {\"paragraphs\": [{\"start\": 0, \"end\": 21}],"
      "  \"summary\": [{\"start\": 0, \"end\": 12, \"rank\": 1}],"
      "  \"quotes\": [{\"start\": 8, \"end\": 15, \"type\": \"direct\", \"speaker\": \"Bob\","
      "               \"speaker_entity\": \"E1\"}],"
      "  \"entities\": [{\"start\": 8, \"end\": 11, \"label\": \"PER\", \"entity\": \"E1\"},"
      "                 {\"start\": 13, \"end\": 20, \"label\": \"MISC\", \"entity\": \"E2\"}]}}",
      LECTOR_OFFSETS_CODEPOINT);
  assert_well_formed (article->html);
  g_autofree char *structure = text_structure (article->html);
  g_assert_cmpstr (
      structure, ==,
      "<p><span>Ann met <q><mark>Bob</mark>.</q></span><q> <mark>He</mark></q>"
      "<span><span>speaker: </span><a><bdi>Bob</bdi></a></span><mark> left</mark>.</p>\n");
  /* Only the first part of a split element carries its id; the speaker follows the last. */
  g_assert_cmpuint (count (article->html, "id=\"d1-q1\""), ==, 1);
  g_assert_cmpuint (count (article->html, "id=\"d1-s1\""), ==, 1);
  g_assert_cmpuint (count (article->html, "<q class=\"quote direct\""), ==, 2 + 1 /* legend */);
  g_assert_cmpuint (count (article->html, "data-entity=\"E2\""), ==, 2);
  g_autofree char *text = visible_text (article->html);
  g_assert_cmpstr (text, ==, "Ann met Bob. He left.\n");
}

static void
test_nesting_many (void)
{
  /* Spans of every kind at every pair of positions of a short text: the markup must always
   * nest and keep the text. */
  const char *text = "ab cd ef";
  guint length = 8;
  for (guint a = 0; a < length; a++)
    for (guint b = a + 1; b <= length; b++)
      for (guint c = 0; c < length; c += 2)
        {
          guint d = MIN (length, c + 3);
          g_autofree char *json = g_strdup_printf (
              "{\"id\": \"m\", \"text\": \"%s\", \"layers\": {"
              " \"summary\": [{\"start\": %u, \"end\": %u}],"
              " \"quotes\": [{\"start\": %u, \"end\": %u, \"speaker\": \"s\", \"cue_start\": %u,"
              "               \"cue_end\": %u}],"
              " \"entities\": [{\"start\": %u, \"end\": %u, \"label\": \"LOC\"},"
              "                {\"start\": %u, \"end\": %u, \"label\": \"PER\"}]}}",
              text, a, b, c, d, b - 1, b, a, MIN (length, a + 2), c, b > c ? b : d);
          g_autoptr (HtmlArticle) article = render (json, LECTOR_OFFSETS_CODEPOINT);
          assert_well_formed (article->html);
          g_autofree char *shown = visible_text (article->html);
          g_assert_cmpstr (shown, ==, "ab cd ef\n");
        }
}

/* --- offsets -------------------------------------------------------------------------------- */

static void
test_offset_units (void)
{
  /* "Zoë 😀 met Ann." — Ann is [10, 13) in code points, [14, 17) in bytes, [11, 14) in UTF-16. */
  static const struct
  {
    LectorOffsetUnit unit;
    int start, end, length;
  } cases[] = { { LECTOR_OFFSETS_CODEPOINT, 10, 13, 14 },
                { LECTOR_OFFSETS_BYTE, 14, 17, 18 },
                { LECTOR_OFFSETS_UTF16, 11, 14, 15 } };
  g_autofree char *first = NULL;
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *json = g_strdup_printf (
          "{\"id\": \"u\", \"text\": \"Zoë 😀 met Ann.\", \"layers\": {"
          " \"paragraphs\": [{\"start\": 0, \"end\": %d}],"
          " \"entities\": [{\"start\": %d, \"end\": %d, \"label\": \"PER\", \"text\": \"Ann\"}]}}",
          cases[i].length, cases[i].start, cases[i].end);
      g_autoptr (HtmlArticle) article = render (json, cases[i].unit);
      g_assert_nonnull (strstr (article->html, "title=\"Ann (person)\">Ann</mark>."));
      if (first == NULL)
        first = g_strdup (article->html);
      else
        g_assert_cmpstr (article->html, ==, first);
    }
}

static void
test_offset_mismatch (void)
{
  /* Byte offsets read as code points: beyond the text, or reading other characters. */
  g_autofree char *beyond
      = render_error ("{\"id\": \"u\", \"text\": \"Zoë 😀 met Ann.\", \"layers\": {"
                      " \"paragraphs\": [{\"start\": 0, \"end\": 18}]}}",
                      LECTOR_OFFSETS_CODEPOINT);
  g_assert_nonnull (strstr (beyond, "layer 'paragraphs', annotation 0: [0, 18) does not fit the "
                                    "text of 14 code points"));
  g_assert_nonnull (strstr (beyond, "--offsets byte or utf16"));

  g_autofree char *misread = render_error (
      "{\"id\": \"u\", \"text\": \"Zoë 😀 met Ann.\", \"layers\": {"
      " \"entities\": [{\"start\": 10, \"end\": 13, \"label\": \"PER\", \"text\": \"Ann\"}]}}",
      LECTOR_OFFSETS_BYTE);
  g_assert_nonnull (strstr (misread, "reads 'met', but its \"text\" is 'Ann'"));
  g_assert_nonnull (strstr (misread, "--offsets the output was written with"));

  /* Inside a character, or between the halves of a surrogate pair. */
  g_autofree char *inside
      = render_error ("{\"id\": \"u\", \"text\": \"Zoë\", \"layers\": {\"x\": [], "
                      " \"summary\": [{\"start\": 0, \"end\": 3}]}}",
                      LECTOR_OFFSETS_BYTE);
  g_assert_nonnull (strstr (inside, "layer 'summary'"));
  g_autofree char *surrogate = render_error (
      "{\"id\": \"u\", \"text\": \"😀\", \"layers\": {\"quotes\": [{\"start\": 0, \"end\": 1}]}}",
      LECTOR_OFFSETS_UTF16);
  g_assert_nonnull (strstr (surrogate, "UTF-16 code units"));
  g_autofree char *feature = render_error (
      "{\"id\": \"u\", \"text\": \"ab\", \"layers\": {\"quotes\": [{\"start\": 0, \"end\": 1,"
      " \"cue_start\": 1, \"cue_end\": 9}]}}",
      LECTOR_OFFSETS_CODEPOINT);
  g_assert_nonnull (strstr (feature, "cue [1, 9)"));
}

/* --- what the record holds ----------------------------------------------------------------- */

static void
test_text_only (void)
{
  /* No layers, no meta: lines become paragraphs; nothing else is invented. */
  g_autoptr (HtmlArticle) article = render (
      "{\"id\": 7, \"text\": \"  First line\\n\\n second\\tline  \\n\"}", LECTOR_OFFSETS_CODEPOINT);
  assert_well_formed (article->html);
  g_assert_cmpstr (article->title, ==, "7");
  g_autofree char *text = visible_text (article->html);
  g_assert_cmpstr (text, ==, "First line\nsecond\tline\n");
  g_assert_null (strstr (article->html, "class=\"legend\""));
  g_assert_null (strstr (article->html, "class=\"summary\""));
  g_assert_null (strstr (article->html, "<mark"));
  g_assert_nonnull (strstr (article->html, "No layers."));
  g_assert_cmpint (article->n_entities, ==, -1);
  g_assert_cmpint (article->n_quotes, ==, -1);
}

static void
test_degrade (void)
{
  /* Mentions without meta.entities are grouped by label and text; an unknown label is shown
   * as such; a quote without speaker says so; text outside paragraphs is still shown; an
   * unknown layer is listed. */
  g_autoptr (HtmlArticle) article = render (
      "{\"id\": \"d\", \"text\": \"Ann saw Ann. Then 5 May.\\nTail\", \"extra\": [1],"
      " \"layers\": {\"paragraphs\": [{\"start\": 0, \"end\": 12}],"
      "  \"entities\": [{\"start\": 0, \"end\": 3, \"label\": \"PER\"},"
      "                 {\"start\": 8, \"end\": 11, \"label\": \"PER\"},"
      "                 {\"start\": 18, \"end\": 23, \"label\": \"DATE\"}],"
      "  \"quotes\": [{\"start\": 4, \"end\": 11, \"speaker\": null, \"speaker_start\": null}],"
      "  \"chunks\": [{\"start\": 0, \"end\": 3}]}}",
      LECTOR_OFFSETS_CODEPOINT);
  assert_well_formed (article->html);
  g_autofree char *text = visible_text (article->html);
  g_assert_cmpstr (text, ==, "Ann saw Ann.\nThen 5 May.\nTail\n");
  g_assert_cmpint (article->n_entities, ==, 2);
  g_assert_nonnull (strstr (article->html, "<tr id=\"d1-PER_3AAnn\"><th scope=\"row\">"));
  g_assert_nonnull (strstr (article->html, "</mark></th><td>2</td><td class=\"zero\">0</td></tr>"));
  g_assert_nonnull (strstr (article->html, "<mark class=\"ent ent-other\" data-label=\"DATE\""));
  g_assert_nonnull (strstr (article->html, "class=\"who none\""));
  g_assert_nonnull (strstr (article->html, "chunks (1)"));
  g_assert_nonnull (strstr (article->html, "extra: […]"));
}

static void
test_languages (void)
{
  g_autoptr (HtmlArticle) article = render (
      "{\"id\": \"l\", \"text\": \"Hello there.\\nBonjour à tous.\\nمرحبا بكم\","
      " \"meta\": {\"lang\": {\"code\": \"en\", \"name\": \"English\", \"score\": 0.7,"
      "                       \"reliable\": false}},"
      " \"layers\": {\"paragraphs\": [{\"start\": 0, \"end\": 12}, {\"start\": 13, \"end\": 28},"
      "                               {\"start\": 29, \"end\": 38}],"
      "  \"languages\": [{\"start\": 0, \"end\": 12, \"label\": \"en\"},"
      "                  {\"start\": 13, \"end\": 28, \"label\": \"fr\", \"name\": \"French\","
      "                   \"score\": 0.93},"
      "                  {\"start\": 29, \"end\": 38, \"label\": \"ar\"}]}}",
      LECTOR_OFFSETS_CODEPOINT);
  assert_well_formed (article->html);
  g_assert_nonnull (strstr (article->html, "Language: <strong>English (en)</strong>, score 0.70, "
                                           "not reliable"));
  g_assert_nonnull (strstr (article->html, "<div class=\"text\" lang=\"en\">"));
  g_assert_nonnull (strstr (article->html, "<p dir=\"auto\">Hello there.</p>"));
  g_assert_nonnull (strstr (article->html,
                            "<p dir=\"auto\" lang=\"fr\"><span class=\"plang\" lang=\"en\" "
                            "dir=\"ltr\" title=\"paragraph language: French, score 0.93\">fr</span>"
                            "Bonjour à tous.</p>"));
  g_assert_nonnull (strstr (article->html, "<p dir=\"auto\" lang=\"ar\">"));
  g_assert_cmpstr (article->language, ==, "English (en)");
}

static void
test_summary (void)
{
  g_autoptr (HtmlArticle) article = render (
      "{\"id\": \"s\", \"text\": \"One.\\nTwo\\nthree.\","
      " \"layers\": {\"summary\": [{\"start\": 5, \"end\": 15, \"score\": 1.0, \"rank\": 2}]}}",
      LECTOR_OFFSETS_CODEPOINT);
  assert_well_formed (article->html);
  /* Without meta.summary the summary is read from the layer, on one line. */
  g_assert_nonnull (strstr (article->html, "<h2 id=\"d1-summary\">Summary</h2>\n<p dir=\"auto\">"
                                           "Two three.</p>"));
  /* The sentence crosses a line break: two parts, one id. */
  g_assert_cmpuint (count (article->html, "<span class=\"sum\""), ==, 2 + 1 /* legend */);
  g_assert_cmpuint (count (article->html, "id=\"d1-s1\" data-rank=\"2\""), ==, 1);
  g_assert_cmpstr (article->lead, ==, "One. Two three.");
}

/* Counts in the facts line and the summary note: singular for one. */
static void
test_facts (void)
{
  const struct
  {
    const char *record;
    const char *facts; /* the facts line, or its end */
    const char *note;  /* the summary note, or NULL for none */
  } cases[] = {
    { "{\"id\": \"one\", \"text\": \"Ann said \\\"Go.\\\"\","
      " \"meta\": {\"summary\": {\"text\": \"Go.\", \"sentences\": 1, \"words\": 1}},"
      " \"layers\": {\"paragraphs\": [{\"start\": 0, \"end\": 14}],"
      "  \"sentences\": [{\"start\": 0, \"end\": 14}],"
      "  \"entities\": [{\"start\": 0, \"end\": 3, \"label\": \"PER\", \"text\": \"Ann\"}],"
      "  \"quotes\": [{\"start\": 9, \"end\": 14}]}}",
      ">14 characters · 1 paragraph · 1 sentence · 1 entity in 1 mention · 1 quote</p>",
      ">1 sentence, 1 word; highlighted in the text</p>" },
    { "{\"id\": \"two\", \"text\": \"A. B.\","
      " \"meta\": {\"summary\": {\"text\": \"A. B.\", \"sentences\": 2, \"words\": 2}},"
      " \"layers\": {\"paragraphs\": [{\"start\": 0, \"end\": 2}, {\"start\": 3, \"end\": 5}],"
      "  \"sentences\": [{\"start\": 0, \"end\": 2}, {\"start\": 3, \"end\": 5}],"
      "  \"entities\": [], \"quotes\": []}}",
      ">5 characters · 2 paragraphs · 2 sentences · 0 entities in 0 mentions · 0 quotes</p>",
      ">2 sentences, 2 words; highlighted in the text</p>" },
    { "{\"id\": \"letter\", \"text\": \"A\"}", ">1 character</p>", NULL },
  };
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (HtmlArticle) article = render (cases[i].record, LECTOR_OFFSETS_CODEPOINT);
      g_assert_nonnull (strstr (article->html, cases[i].facts));
      if (cases[i].note != NULL)
        g_assert_nonnull (strstr (article->html, cases[i].note));
    }
}

static void
test_error_record (void)
{
  g_autoptr (HtmlArticle) article
      = render ("{\"id\": \"e\", \"error\": {\"stage\": \"<seg>\", \"message\": \"bad & worse\"}}",
                LECTOR_OFFSETS_CODEPOINT);
  assert_well_formed (article->html);
  g_assert_nonnull (strstr (article->html, "role=\"alert\""));
  g_assert_nonnull (strstr (article->html, "in stage <code>&lt;seg&gt;</code>: bad &amp; worse"));
  g_assert_cmpstr (article->error, ==, "stage '<seg>': bad & worse");

  g_autofree char *not_object = render_error ("[1]", LECTOR_OFFSETS_CODEPOINT);
  g_assert_nonnull (strstr (not_object, "JSON object"));
  g_autofree char *no_text = render_error ("{\"id\": 1}", LECTOR_OFFSETS_CODEPOINT);
  g_assert_nonnull (strstr (no_text, "\"text\""));
  g_autofree char *bad_layer
      = render_error ("{\"text\": \"a\", \"layers\": {\"x\": 1}}", LECTOR_OFFSETS_CODEPOINT);
  g_assert_nonnull (strstr (bad_layer, "layer 'x' is not an array"));
  g_autofree char *bad_annotation = render_error (
      "{\"text\": \"a\", \"layers\": {\"entities\": [3]}}", LECTOR_OFFSETS_CODEPOINT);
  g_assert_nonnull (strstr (bad_annotation, "not an object"));

  g_autoptr (json_t) record = parse ("{\"id\": \"f<\"}");
  g_autoptr (HtmlArticle) failure = html_article_new_failure (record, "d2", "why <not>");
  assert_well_formed (failure->html);
  g_assert_nonnull (strstr (failure->html, "cannot render this record: why &lt;not&gt;"));
  g_assert_nonnull (strstr (failure->html, "f&lt;"));
}

/* --- pages ---------------------------------------------------------------------------------- */

static char *
read_file (const char *path)
{
  char *contents = NULL;
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

static void
test_pages (void)
{
  g_autofree char *dir = g_dir_make_tmp ("lector-html-XXXXXX", NULL);
  g_assert_nonnull (dir);
  g_autoptr (json_t) one = parse ("{\"id\": \"one\", \"text\": \"First.\"}");
  g_autoptr (json_t) two
      = parse ("{\"id\": \"two\", \"error\": {\"stage\": null, \"message\": \"m\"}}");
  g_autoptr (json_t) three
      = parse ("{\"id\": \"three\", \"text\": \"x\", \"layers\": {\"paragraphs\": "
               "[{\"start\": 0, \"end\": 5}]}}");
  g_autoptr (GError) error = NULL;

  /* One record: a page titled by its id. */
  g_autofree char *single = g_build_filename (dir, "one.html", NULL);
  g_autoptr (HtmlPages) pages = html_pages_new (single, FALSE, &error);
  g_assert_no_error (error);
  g_assert_true (html_pages_add (pages, one, LECTOR_OFFSETS_CODEPOINT, NULL, &error));
  g_assert_true (html_pages_close (pages, &error));
  g_autofree char *page = read_file (single);
  assert_well_formed (page);
  g_assert_true (g_str_has_prefix (page, "<!DOCTYPE html>"));
  g_assert_nonnull (strstr (page, "<title>one · Lector</title>"));
  g_assert_cmpuint (count (page, "<article"), ==, 1);

  /* Several: one page, an article each, in order; one that cannot be rendered says why. */
  g_autofree char *many = g_build_filename (dir, "many.html", NULL);
  g_clear_pointer (&pages, html_pages_free);
  pages = html_pages_new (many, FALSE, &error);
  g_autofree char *problem = NULL;
  g_assert_true (html_pages_add (pages, one, LECTOR_OFFSETS_CODEPOINT, &problem, &error));
  g_assert_true (html_pages_add (pages, two, LECTOR_OFFSETS_CODEPOINT, &problem, &error));
  g_assert_null (problem);
  g_assert_true (html_pages_add (pages, three, LECTOR_OFFSETS_CODEPOINT, &problem, &error));
  g_assert_nonnull (strstr (problem, "does not fit"));
  g_assert_true (html_pages_close (pages, &error));
  g_autofree char *page_many = read_file (many);
  assert_well_formed (page_many);
  g_assert_cmpuint (count (page_many, "<article"), ==, 3);
  const char *a1 = strstr (page_many, "id=\"d1\""), *a2 = strstr (page_many, "id=\"d2\"");
  const char *a3 = strstr (page_many, "id=\"d3\"");
  g_assert_true (a1 != NULL && a2 > a1 && a3 > a2);
  g_assert_nonnull (strstr (page_many, "cannot render this record"));

  /* A directory: a page each and an index. */
  g_autofree char *sub = g_build_filename (dir, "pages", NULL);
  g_clear_pointer (&pages, html_pages_free);
  pages = html_pages_new (sub, TRUE, &error);
  g_assert_no_error (error);
  g_assert_true (html_pages_add (pages, one, LECTOR_OFFSETS_CODEPOINT, NULL, &error));
  g_assert_true (html_pages_add (pages, two, LECTOR_OFFSETS_CODEPOINT, NULL, &error));
  g_assert_true (html_pages_close (pages, &error));
  g_autofree char *index_path = g_build_filename (sub, "index.html", NULL);
  g_autofree char *index = read_file (index_path);
  assert_well_formed (index);
  g_assert_nonnull (strstr (index, "2 documents, 1 failed"));
  g_assert_nonnull (strstr (index, "<a href=\"doc-00001.html\"><bdi>one</bdi></a>"));
  g_assert_nonnull (strstr (index, "<a href=\"doc-00002.html\"><bdi>two</bdi></a>"));
  for (int i = 1; i <= 2; i++)
    {
      g_autofree char *name = g_strdup_printf ("doc-%05d.html", i);
      g_autofree char *path = g_build_filename (sub, name, NULL);
      g_autofree char *doc = read_file (path);
      assert_well_formed (doc);
      g_assert_nonnull (strstr (doc, "<a href=\"index.html\">All documents</a>"));
      g_unlink (path);
    }
  g_unlink (index_path);
  g_rmdir (sub);

  /* No records at all still make a page. */
  g_autofree char *none = g_build_filename (dir, "none.html", NULL);
  g_clear_pointer (&pages, html_pages_free);
  pages = html_pages_new (none, FALSE, &error);
  g_assert_true (html_pages_close (pages, &error));
  g_autofree char *page_none = read_file (none);
  assert_well_formed (page_none);
  g_assert_nonnull (strstr (page_none, "no records"));

  g_unlink (single);
  g_unlink (many);
  g_unlink (none);
  g_rmdir (dir);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/html/escaping", test_escaping);
  g_test_add_func ("/html/nesting/crossing", test_nesting);
  g_test_add_func ("/html/nesting/every-position", test_nesting_many);
  g_test_add_func ("/html/offsets/units", test_offset_units);
  g_test_add_func ("/html/offsets/mismatch", test_offset_mismatch);
  g_test_add_func ("/html/record/text-only", test_text_only);
  g_test_add_func ("/html/record/degrade", test_degrade);
  g_test_add_func ("/html/record/languages", test_languages);
  g_test_add_func ("/html/record/summary", test_summary);
  g_test_add_func ("/html/record/facts", test_facts);
  g_test_add_func ("/html/record/error", test_error_record);
  g_test_add_func ("/html/pages", test_pages);
  return g_test_run ();
}
