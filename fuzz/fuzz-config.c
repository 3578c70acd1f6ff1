/* Fuzz target: pipeline configurations, key files and JSON (lector_config_load_data),
 * -s overrides (lector_config_set_override), then lector_pipeline_new() against the real
 * plugins, so that the semantic checks run too (plugins, keys, types, ranges, choices,
 * capabilities, output renames).
 *
 * Input: byte 0: bit 0 JSON rather than a key file; bit 1 also create the stages (a
 * worker) and run them on a short text.  The rest is the config text, up to a NUL byte;
 * after it, one "STAGE.KEY=VALUE" override per line.
 *
 * Checks: every failure is a GError in LECTOR_ERROR; a pipeline that was accepted is
 * described (lector check) as a key file that loads again into a pipeline described the
 * same way; a pipeline that was accepted runs on a document without error. */
#include <string.h>

#include "fuzz.h"

static LectorRegistry *registry;

static const LectorPluginInfo *const plugins[]
    = { &segment_LTX_lector_plugin_info,  &langid_LTX_lector_plugin_info,
        &entities_LTX_lector_plugin_info, &quotes_LTX_lector_plugin_info,
        &summary_LTX_lector_plugin_info,  NULL };

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  fuzz_setup ();
  registry = fuzz_registry_new (plugins);
  return 0;
}

static void
check_error (const GError *error, const char *what)
{
  FUZZ_CHECK (error != NULL, "%s failed without an error", what);
  FUZZ_CHECK (error->domain == LECTOR_ERROR, "%s failed with an error of another domain: %s", what,
              error->message);
  FUZZ_CHECK (g_utf8_validate (error->message, -1, NULL), "%s: the message is not UTF-8", what);
}

static char *
without_comments (const char *described)
{
  g_auto (GStrv) lines = g_strsplit (described, "\n", -1);
  GString *out = g_string_new (NULL);
  for (char **line = lines; *line != NULL; line++)
    if (**line != '#')
      g_string_append_printf (out, "%s\n", *line);
  return g_string_free (out, FALSE);
}

static const char sample[]
    = "Mr. Smith arrived in Cairo on Monday. \xe2\x80\x9cWe are ready,\xe2\x80\x9d "
      "he said.\n\nThe talks, according to officials, will resume.";

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  if (size == 0)
    return 0;
  guint options = data[0];
  const char *text = (const char *)data + 1;
  gsize length = size - 1;
  const char *nul = memchr (text, '\0', length);
  gsize config_length = nul != NULL ? (gsize)(nul - text) : length;

  g_autoptr (GError) error = NULL;
  g_autoptr (LectorConfig) config = lector_config_load_data (
      text, (gssize)config_length, (options & 1) ? "fuzz.json" : "fuzz.conf", options & 1, &error);
  if (config == NULL)
    {
      check_error (error, "lector_config_load_data");
      return 0;
    }
  static const char *const job_keys[]
      = { "input",  "input-format", "output",   "format",       "offsets",
          "layers", "jobs",         "on-error", "max-failures", "max-document-size",
          "nothing" };
  for (gsize i = 0; i < G_N_ELEMENTS (job_keys); i++)
    {
      int line = -1;
      const char *value = lector_config_get_job_setting (config, job_keys[i], &line);
      FUZZ_CHECK (line >= 0 && (value == NULL || g_utf8_validate (value, -1, NULL)), "[job] %s",
                  job_keys[i]);
    }

  if (nul != NULL)
    {
      g_autofree char *rest = g_strndup (nul + 1, length - config_length - 1);
      g_auto (GStrv) overrides = g_strsplit (rest, "\n", 16);
      for (char **o = overrides; *o != NULL; o++)
        if (!lector_config_set_override (config, *o, &error))
          {
            check_error (error, "lector_config_set_override");
            g_clear_error (&error);
          }
    }

  g_autoptr (LectorPipeline) pipeline = lector_pipeline_new (registry, config, &error);
  if (pipeline == NULL)
    {
      check_error (error, "lector_pipeline_new");
      return 0;
    }

  /* What `lector check` prints must be a config that means the same. */
  g_autofree char *described = lector_pipeline_describe (pipeline);
  g_autoptr (LectorConfig) again
      = lector_config_load_data (described, -1, "<described>", FALSE, &error);
  FUZZ_CHECK (again != NULL, "the description does not load: %s\n%s", error->message, described);
  g_autoptr (LectorPipeline) pipeline_again = lector_pipeline_new (registry, again, &error);
  FUZZ_CHECK (pipeline_again != NULL, "the description is refused: %s\n%s", error->message,
              described);
  g_autofree char *described_again = lector_pipeline_describe (pipeline_again);
  /* The comments differ: values that were defaults are explicit the second time. */
  g_autofree char *settings = without_comments (described);
  g_autofree char *settings_again = without_comments (described_again);
  FUZZ_CHECK (strcmp (settings, settings_again) == 0,
              "the description loads as another pipeline:\n%s\n---- described again:\n%s",
              described, described_again);

  /* Creating stages loads models: a "model" parameter could name any file on the machine
   * (even a FIFO), so configs that mention one are only checked this far. */
  if (!(options & 2) || g_strstr_len (text, (gssize)length, "model") != NULL)
    return 0;
  g_autoptr (LectorWorker) worker = lector_pipeline_new_worker (pipeline, &error);
  if (worker == NULL)
    {
      check_error (error, "lector_pipeline_new_worker");
      return 0;
    }
  g_autoptr (LectorDocument) doc = lector_document_new ("fuzz", sample, -1, &error);
  FUZZ_CHECK (doc != NULL, "%s", error->message);
  const char *stage = NULL;
  FUZZ_CHECK (lector_worker_process (worker, doc, &stage, &error),
              "a pipeline that passed its checks failed in stage '%s': %s", stage, error->message);
  fuzz_check_document (doc, LECTOR_OFFSETS_CODEPOINT);
  return 0;
}
