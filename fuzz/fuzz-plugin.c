/* Fuzz target: one analysis plugin's process function on arbitrary bytes, through a
 * pipeline of segment, the stages the plugin requires and the plugin, as `lector run`
 * would run it.  Compiled once per plugin with FUZZ_PLUGIN_LANGID, _ENTITIES, _QUOTES or
 * _SUMMARY defined.
 *
 * Input: byte 0 chooses a pipeline variant (bits 0-1: several parameter sets of the
 * plugin and its neighbours), a seeded meta.lang (bits 2-4) and the offset unit of the
 * JSON conversion (bits 5-6); the rest is the text.  The raw bytes are offered to
 * lector_document_new() first, which must either accept them or reject them with
 * LECTOR_ERROR_INPUT (invalid UTF-8, NUL); rejected text is then made valid UTF-8
 * (fuzz_make_utf8), so that every input runs the plugin.  After the pipeline, every layer
 * must keep its promises (fuzz_check_document). */
#include <string.h>

#include "fuzz.h"

#if defined(FUZZ_PLUGIN_LANGID)
static const LectorPluginInfo *const plugins[]
    = { &segment_LTX_lector_plugin_info, &langid_LTX_lector_plugin_info, NULL };
static const char *const variants[] = {
  "[pipeline]\nstages = segment; langid\n",
  /* Without a paragraphs layer langid splits lines itself. */
  "[pipeline]\nstages = langid\n[stage langid]\nmin-length = 1\n",
  "[pipeline]\nstages = segment; langid\n[stage langid]\nper-paragraph = false\nmin-length = 1\n",
  ("[pipeline]\nstages = segment; langid\n[stage segment]\nparagraphs = blank\n"
   "[stage langid]\nlanguages = en; fr; de; ru; ar; zh; ja\nmin-length = 20\n"),
};
#elif defined(FUZZ_PLUGIN_ENTITIES)
static const LectorPluginInfo *const plugins[]
    = { &segment_LTX_lector_plugin_info, &langid_LTX_lector_plugin_info,
        &entities_LTX_lector_plugin_info, NULL };
static const char *const variants[] = {
  "[pipeline]\nstages = segment; entities\n",
  "[pipeline]\nstages = segment; langid; entities\n",
  ("[pipeline]\nstages = segment; entities\n[stage segment]\nparagraphs = blank\n"
   "[stage entities]\nconsistency = false\n"),
  "[pipeline]\nstages = segment; entities\n[stage entities]\nlanguages = en; de\nconvention = gmb\n",
};
#elif defined(FUZZ_PLUGIN_QUOTES)
static const LectorPluginInfo *const plugins[]
    = { &segment_LTX_lector_plugin_info, &langid_LTX_lector_plugin_info,
        &entities_LTX_lector_plugin_info, &quotes_LTX_lector_plugin_info, NULL };
static const char *const variants[] = {
  "[pipeline]\nstages = segment; entities; quotes\n",
  "[pipeline]\nstages = segment; langid; entities; quotes\n[stage quotes]\nunattributed = false\n",
  ("[pipeline]\nstages = segment; entities; quotes\n[stage segment]\nparagraphs = blank\n"
   "[stage entities]\nconsistency = false\n[stage quotes]\ntypes = direct\n"),
  "[pipeline]\nstages = segment; entities; quotes\n[stage quotes]\ntypes = indirect; mixed\n",
};
#elif defined(FUZZ_PLUGIN_SUMMARY)
static const LectorPluginInfo *const plugins[]
    = { &segment_LTX_lector_plugin_info,  &langid_LTX_lector_plugin_info,
        &entities_LTX_lector_plugin_info, &quotes_LTX_lector_plugin_info,
        &summary_LTX_lector_plugin_info,  NULL };
static const char *const variants[] = {
  "[pipeline]\nstages = segment; summary\n",
  /* The default pipeline: summary sees entities and quotes. */
  "[pipeline]\nstages = segment; langid; entities; quotes; summary\n",
  "[pipeline]\nstages = segment; summary\n[stage summary]\nwords = 7\n",
  ("[pipeline]\nstages = segment; entities; summary\n[stage segment]\nparagraphs = blank\n"
   "[stage summary]\nratio = 0.3\nlanguages = en; de\n"),
};
#else
#error "define FUZZ_PLUGIN_LANGID, FUZZ_PLUGIN_ENTITIES, FUZZ_PLUGIN_QUOTES or FUZZ_PLUGIN_SUMMARY"
#endif

G_STATIC_ASSERT (G_N_ELEMENTS (variants) == 4);

static LectorRegistry *registry;
static LectorPipeline *pipelines[4];
static LectorWorker *workers[4];

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  fuzz_setup ();
  registry = fuzz_registry_new (plugins);
  for (gsize i = 0; i < G_N_ELEMENTS (variants); i++)
    {
      g_autoptr (GError) error = NULL;
      pipelines[i] = fuzz_pipeline_new (registry, variants[i]);
      workers[i] = lector_pipeline_new_worker (pipelines[i], &error);
      FUZZ_CHECK (workers[i] != NULL, "%s", error->message);
    }
  return 0;
}

/* meta.lang as a caller may have set it (JSON Lines "meta"), before any stage runs. */
static json_t *
seeded_lang (guint choice)
{
  switch (choice)
    {
    case 1:
      return json_string ("en");
    case 2:
      return json_string ("de");
    case 3:
      return json_string ("und");
    case 4:
      return json_pack ("{s:s, s:f}", "code", "en", "score", 0.9);
    case 5:
      return json_integer (42);
    default:
      return NULL;
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  if (size == 0)
    return 0;
  guint options = data[0];
  const char *raw = (const char *)data + 1;
  gsize raw_length = size - 1;

  g_autoptr (GError) error = NULL;
  g_autoptr (LectorDocument) doc = lector_document_new ("fuzz", raw, (gssize)raw_length, &error);
  gboolean valid = g_utf8_validate_len (raw, raw_length, NULL);
  FUZZ_CHECK ((doc != NULL) == valid, "lector_document_new %s valid UTF-8 without NUL: %s",
              doc != NULL ? "accepted text that is not" : "refused", error ? error->message : "");
  if (doc == NULL)
    {
      FUZZ_CHECK (g_error_matches (error, LECTOR_ERROR, LECTOR_ERROR_INPUT),
                  "rejected with an unexpected error: %s", error->message);
      g_clear_error (&error);
      gsize length = 0;
      g_autofree char *text = fuzz_make_utf8 (data + 1, raw_length, &length);
      doc = lector_document_new ("fuzz", text, (gssize)length, &error);
      FUZZ_CHECK (doc != NULL, "refused text made valid: %s", error->message);
    }

  json_t *lang = seeded_lang ((options >> 2) & 7);
  if (lang != NULL)
    json_object_set_new (lector_document_get_meta (doc), "lang", lang);

  const char *stage = NULL;
  if (!lector_worker_process (workers[options & 3], doc, &stage, &error))
    {
      /* The plugins fail a document only for reasons of their own configuration; an error
       * on some text is worth a look, so it counts as a finding. */
      FUZZ_CHECK (FALSE, "stage '%s' failed: %s", stage, error->message);
    }
  fuzz_check_document (doc, (LectorOffsetUnit)((options >> 5) % 3));
  return 0;
}
