/* Test plugin "meta_not_provided": lists a key of meta ("lang") that it does not list in
 * provides.  meta only marks which provided names are not layers, so the host must refuse
 * the plugin: "lang" would be a capability no check sees. */
#include <lector/lector.h>

static gpointer
meta_create (const LectorParams *params, GError **error)
{
  return GINT_TO_POINTER (1);
}

static gboolean
meta_process (gpointer stage, LectorDocument *doc, GError **error)
{
  return TRUE;
}

LECTOR_PLUGIN_DEFINE (meta_not_provided,
                      .version = "1.0",
                      .description = "lists a meta key it does not provide (a test plugin)",
                      .license = "MIT",
                      .provides = LECTOR_STRV ("languages"),
                      .meta = LECTOR_STRV ("lang"),
                      .create = meta_create,
                      .process = meta_process)
