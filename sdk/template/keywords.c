/* keywords: a Lector plugin that marks the most frequent content words of each sentence.
 *
 * It shows the whole plugin interface on something small and real:
 *  - reading layers made by an earlier stage (tokens, sentences from `segment`);
 *  - adding a layer of its own, with labels, scores and JSON features;
 *  - declaring typed parameters, with defaults and ranges the host checks;
 *  - reporting errors with GError;
 *  - a read-only stage state, so the plugin can be SHARED by every worker thread.
 */
#include <string.h>

#include <lector/lector.h>

/* What this plugin adds, and what earlier stages must have added. `lector new-plugin`
 * rewrites the lines marked "new-plugin:". */
#define KEYWORDS_LAYER "keywords" /* new-plugin: provides */
#define KEYWORDS_REQUIRES LECTOR_STRV ("sentences", "tokens") /* new-plugin: requires */

static const LectorParamSpec keywords_params[] = {
  { .key = "top", .type = LECTOR_PARAM_INT, .default_value = "3", .min = 1, .max = 100,
    .help = "how many words to mark in each sentence" },
  { .key = "min-length", .type = LECTOR_PARAM_INT, .default_value = "3", .min = 1, .max = 100,
    .help = "shortest word, in characters, that counts as a content word" },
  { .key = "stopwords", .type = LECTOR_PARAM_STRING_LIST, .default_value = NULL,
    .help = "more words to ignore, besides the built-in English function words" },
  { .key = NULL },
};

static const char *const builtin_stopwords[] = {
  "the", "and", "for", "that", "this", "with", "from", "have", "has", "had", "was", "were",
  "are", "but", "not", "his", "her", "its", "their", "they", "them", "she", "him", "you",
  "who", "which", "what", "when", "where", "will", "would", "been", "said", "also", "than",
  "then", "there", "into", "over", "after", "about", "more", "some", "such", "our", "can",
  NULL
};

/* The stage state: built once by create(), then only read, so process() may run on
 * many threads at once (LECTOR_THREADING_SHARED). */
typedef struct {
  gint64 top;
  gint64 min_length;
  GHashTable *stopwords; /* lowercase word -> itself */
} Keywords;

static void
keywords_free (gpointer data)
{
  Keywords *self = data;
  g_hash_table_unref (self->stopwords);
  g_free (self);
}

static gpointer
keywords_create (const LectorParams *params, GError **error)
{
  Keywords *self = g_new0 (Keywords, 1);
  /* The host has already checked types and ranges against keywords_params. */
  self->top = lector_params_get_int (params, "top");
  self->min_length = lector_params_get_int (params, "min-length");
  self->stopwords = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (gsize i = 0; builtin_stopwords[i] != NULL; i++)
    g_hash_table_add (self->stopwords, g_strdup (builtin_stopwords[i]));
  const char *const *extra = lector_params_get_strv (params, "stopwords");
  for (gsize i = 0; extra[i] != NULL; i++)
    g_hash_table_add (self->stopwords, g_utf8_strdown (extra[i], -1));
  return self;
}

/* The lowercase form of a word token, or NULL when it is not a content word. */
static char *
content_word (const Keywords *self, const char *text, LectorSpan span, const char *label)
{
  if (g_strcmp0 (label, "word") != 0)
    return NULL;
  if (g_utf8_strlen (text + span.start, (gssize) (span.end - span.start)) < self->min_length)
    return NULL;
  char *word = g_utf8_strdown (text + span.start, (gssize) (span.end - span.start));
  if (g_hash_table_contains (self->stopwords, word))
    {
      g_free (word);
      return NULL;
    }
  return word;
}

typedef struct {
  gsize token; /* index in the tokens layer of the word's first use in the sentence */
  guint count; /* uses in the whole document */
} Candidate;

static gint
by_count_then_position (gconstpointer a, gconstpointer b)
{
  const Candidate *ca = a, *cb = b;
  if (ca->count != cb->count)
    return ca->count > cb->count ? -1 : 1;
  return ca->token < cb->token ? -1 : ca->token > cb->token;
}

static gboolean
keywords_process (gpointer stage, LectorDocument *doc, GError **error)
{
  const Keywords *self = stage;
  const char *text = lector_document_get_text (doc, NULL);

  /* Layers that an earlier stage made: the host checked `requires` before running, but a
   * plugin still says clearly what is missing if it is used outside a pipeline. */
  LectorLayer *tokens = lector_document_require_layer (doc, "tokens", error);
  LectorLayer *sentences = tokens ? lector_document_require_layer (doc, "sentences", error) : NULL;
  if (sentences == NULL)
    return FALSE;

  /* Document frequency of each content word. */
  g_autoptr (GHashTable) counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gsize n_tokens = lector_layer_get_size (tokens);
  const LectorSpan *spans = lector_layer_get_spans (tokens);
  for (gsize t = 0; t < n_tokens; t++)
    {
      char *word = content_word (self, text, spans[t], lector_layer_get_label (tokens, t));
      if (word == NULL)
        continue;
      guint count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, word));
      g_hash_table_replace (counts, word, GUINT_TO_POINTER (count + 1));
    }

  /* The layer this plugin adds.  If a config renames it (output.keywords = …), the host
   * maps the name; the plugin always writes KEYWORDS_LAYER. */
  LectorLayer *layer = lector_document_add_layer (doc, KEYWORDS_LAYER, error);
  if (layer == NULL)
    return FALSE;

  g_autoptr (GArray) candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (gsize s = 0; s < lector_layer_get_size (sentences); s++)
    {
      LectorSpan sentence = lector_layer_get_span (sentences, s);
      g_array_set_size (candidates, 0);
      g_hash_table_remove_all (seen);

      /* Tokens are sorted, so a sentence's tokens are one run starting at lower_bound. */
      for (gsize t = lector_layer_lower_bound (tokens, sentence.start);
           t < n_tokens && spans[t].end <= sentence.end; t++)
        {
          char *word = content_word (self, text, spans[t], lector_layer_get_label (tokens, t));
          if (word == NULL)
            continue;
          if (!g_hash_table_add (seen, word))
            continue; /* counted at its first use in this sentence */
          Candidate candidate = { t, GPOINTER_TO_UINT (g_hash_table_lookup (counts, word)) };
          g_array_append_val (candidates, candidate);
        }
      g_array_sort (candidates, by_count_then_position);

      for (guint i = 0; i < candidates->len && i < (guint) self->top; i++)
        {
          const Candidate *c = &g_array_index (candidates, Candidate, i);
          LectorSpan span = spans[c->token];
          g_autofree char *word = g_utf8_strdown (text + span.start,
                                                  (gssize) (span.end - span.start));
          /* Label: the normalised word; score: its share of the document's content words;
           * features: anything else a user may want, as JSON. */
          json_t *features = json_pack ("{s:i, s:i}", "count", (json_int_t) c->count, "rank",
                                        (json_int_t) i + 1);
          double share = (double) c->count / (double) MAX (1u, g_hash_table_size (counts));
          if (lector_layer_add (layer, span, word, share, features, error) < 0)
            return FALSE;
        }
    }
  return TRUE;
}

LECTOR_PLUGIN_DEFINE (keywords,
                      .version = "0.1.0",
                      .description = "marks the most frequent content words of each sentence",
                      .license = "MIT",
                      .provides = LECTOR_STRV (KEYWORDS_LAYER),
                      .requires = KEYWORDS_REQUIRES,
                      .languages = NULL, /* any language; NULL means no restriction */
                      .params = keywords_params,
                      .threading = LECTOR_THREADING_SHARED,
                      .create = keywords_create,
                      .process = keywords_process,
                      .free = keywords_free)
