/* liblector-testing: helpers for the tests of plugins (see include/lector/testing.h). */
#include "config.h"

#include <string.h>

#include <lector/testing.h>

LectorRegistry *
lector_test_registry_new (const char *plugin_file, GError **error)
{
  g_autoptr (LectorRegistry) registry = lector_registry_new ();
  if (plugin_file != NULL && lector_registry_load_file (registry, plugin_file, error) == NULL)
    return NULL;
  lector_registry_add_default_dirs (registry);
  lector_registry_scan (registry);
  return g_steal_pointer (&registry);
}

LectorDocument *
lector_test_run (LectorRegistry *registry, const char *stages, const char *const *settings,
                 const char *text, GError **error)
{
  g_return_val_if_fail (registry != NULL, NULL);
  g_return_val_if_fail (stages != NULL, NULL);
  g_return_val_if_fail (text != NULL, NULL);

  g_autofree char *config_text = g_strdup_printf ("[pipeline]\nname = test\nstages = %s\n", stages);
  g_autoptr (LectorConfig) config = lector_config_load_data (config_text, -1, "<test pipeline>",
                                                             FALSE, error);
  if (config == NULL)
    return NULL;
  for (gsize i = 0; settings != NULL && settings[i] != NULL; i++)
    if (!lector_config_set_override (config, settings[i], error))
      return NULL;

  g_autoptr (LectorPipeline) pipeline = lector_pipeline_new (registry, config, error);
  if (pipeline == NULL)
    return NULL;
  g_autoptr (LectorWorker) worker = lector_pipeline_new_worker (pipeline, error);
  if (worker == NULL)
    return NULL;
  g_autoptr (LectorDocument) doc = lector_document_new ("test", text, -1, error);
  if (doc == NULL)
    return NULL;

  const char *stage = NULL;
  g_autoptr (GError) local = NULL;
  if (!lector_worker_process (worker, doc, &stage, &local))
    {
      g_set_error (error, local->domain, local->code, "stage '%s': %s", stage, local->message);
      return NULL;
    }
  return g_steal_pointer (&doc);
}

static char *
join_layer (const LectorDocument *doc, const char *name, gboolean with_labels)
{
  g_return_val_if_fail (doc != NULL && name != NULL, NULL);

  const LectorLayer *layer = lector_document_get_layer (doc, name);
  if (layer == NULL)
    return g_strdup_printf ("<no layer %s>", name);

  const char *text = lector_document_get_text (doc, NULL);
  GString *out = g_string_new (NULL);
  for (gsize i = 0; i < lector_layer_get_size (layer); i++)
    {
      LectorSpan span = lector_layer_get_span (layer, i);
      if (i > 0)
        g_string_append (out, " | ");
      g_string_append_len (out, text + span.start, (gssize) (span.end - span.start));
      if (with_labels)
        {
          const char *label = lector_layer_get_label (layer, i);
          g_string_append_printf (out, "/%s", label != NULL ? label : "");
        }
    }
  return g_string_free (out, FALSE);
}

char *
lector_test_layer_texts (const LectorDocument *doc, const char *layer)
{
  return join_layer (doc, layer, FALSE);
}

char *
lector_test_layer_labels (const LectorDocument *doc, const char *layer)
{
  return join_layer (doc, layer, TRUE);
}
