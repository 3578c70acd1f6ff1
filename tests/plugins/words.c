/* Test plugin "words": splits the text on whitespace into a layer "words".
 *
 * Its parameters cover every parameter type (an int with a range, a number, a bool, a
 * string with choices, a string list, and one with no default), and it copies the values
 * it was given into each document's metadata under "words:STAGE", so that tests can see
 * how the host typed and defaulted them.  `fail-on` makes it fail the documents whose
 * text contains a marker.  PER_WORKER: each worker gets its own instance, numbered in
 * creation order ("instance" in the metadata). */
#include <string.h>

#include <lector/lector.h>

typedef struct {
  gint64 min_length;
  double weight;
  gboolean lowercase;
  char *label;
  char **stop;
  char *fail_on; /* NULL when unset */
  char *meta_key;
  json_t *seen; /* the parameter values as read, copied into each document's meta */
} WordsStage;

static gint n_instances; /* atomic */

static const LectorParamSpec words_params[] = {
  { .key = "min-length", .type = LECTOR_PARAM_INT, .default_value = "1",
    .help = "shortest word kept, in characters", .min = 1, .max = 100 },
  { .key = "weight", .type = LECTOR_PARAM_DOUBLE, .default_value = "1.5",
    .help = "score of every word" },
  { .key = "lowercase", .type = LECTOR_PARAM_BOOL, .default_value = "false",
    .help = "add a 'lower' feature with the word in lower case" },
  { .key = "label", .type = LECTOR_PARAM_STRING, .default_value = "w",
    .help = "label of every word", .choices = "w|word|token" },
  { .key = "stop", .type = LECTOR_PARAM_STRING_LIST, .default_value = "the; a",
    .help = "words to leave out" },
  { .key = "fail-on", .type = LECTOR_PARAM_STRING, .default_value = NULL,
    .help = "fail every document whose text contains this marker" },
  { .key = NULL },
};

static void
words_free (gpointer data)
{
  WordsStage *stage = data;

  json_decref (stage->seen);
  g_free (stage->meta_key);
  g_free (stage->fail_on);
  g_strfreev (stage->stop);
  g_free (stage->label);
  g_free (stage);
}

static gpointer
words_create (const LectorParams *params, GError **error)
{
  WordsStage *stage = g_new0 (WordsStage, 1);

  stage->min_length = lector_params_get_int (params, "min-length");
  stage->weight = lector_params_get_double (params, "weight");
  stage->lowercase = lector_params_get_bool (params, "lowercase");
  stage->label = g_strdup (lector_params_get_string (params, "label"));
  stage->stop = g_strdupv ((char **) lector_params_get_strv (params, "stop"));
  if (lector_params_is_set (params, "fail-on"))
    stage->fail_on = g_strdup (lector_params_get_string (params, "fail-on"));
  stage->meta_key = g_strconcat ("words:", lector_params_get_stage_name (params), NULL);

  json_t *stop = json_array ();
  for (char **word = stage->stop; *word != NULL; word++)
    json_array_append_new (stop, json_string (*word));
  json_t *explicit = json_array ();
  for (const LectorParamSpec *spec = words_params; spec->key != NULL; spec++)
    if (lector_params_is_explicit (params, spec->key))
      json_array_append_new (explicit, json_string (spec->key));
  stage->seen = json_pack ("{s:I, s:f, s:b, s:s, s:o, s:o, s:o, s:i}",
                           "min-length", (json_int_t) stage->min_length,
                           "weight", stage->weight,
                           "lowercase", stage->lowercase,
                           "label", stage->label,
                           "stop", stop,
                           "fail-on", stage->fail_on != NULL ? json_string (stage->fail_on)
                                                             : json_null (),
                           "explicit", explicit,
                           "instance", g_atomic_int_add (&n_instances, 1) + 1);
  g_assert (stage->seen != NULL);
  return stage;
}

static gboolean
words_process (gpointer data, LectorDocument *doc, GError **error)
{
  WordsStage *stage = data;
  gsize length = 0;
  const char *text = lector_document_get_text (doc, &length);

  if (stage->fail_on != NULL && *stage->fail_on != '\0' && strstr (text, stage->fail_on) != NULL)
    {
      g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_STAGE,
                   "document '%s' contains the marker '%s'", lector_document_get_id (doc),
                   stage->fail_on);
      return FALSE;
    }

  LectorLayer *layer = lector_document_add_layer (doc, "words", error);
  if (layer == NULL)
    return FALSE;

  gsize i = 0;
  while (i < length)
    {
      while (i < length && g_ascii_isspace (text[i]))
        i++;
      gsize start = i;
      while (i < length && !g_ascii_isspace (text[i]))
        i++;
      if (i == start)
        continue;

      g_autofree char *word = g_strndup (text + start, i - start);
      if (g_utf8_strlen (word, -1) < stage->min_length
          || g_strv_contains ((const char *const *) stage->stop, word))
        continue;
      json_t *features = NULL;
      if (stage->lowercase)
        {
          g_autofree char *lower = g_utf8_strdown (word, -1);
          features = json_pack ("{s:s}", "lower", lower);
        }
      LectorSpan span = { start, i };
      if (lector_layer_add (layer, span, stage->label, stage->weight, features, error) < 0)
        return FALSE;
    }

  json_object_set_new (lector_document_get_meta (doc), stage->meta_key,
                       json_deep_copy (stage->seen));
  return TRUE;
}

LECTOR_PLUGIN_DEFINE (words,
                      .version = "1.0",
                      .description = "splits the text on whitespace (a test plugin)",
                      .license = "MIT",
                      .provides = LECTOR_STRV ("words"),
                      .params = words_params,
                      .threading = LECTOR_THREADING_PER_WORKER,
                      .create = words_create,
                      .process = words_process,
                      .free = words_free)
