/* Test plugin "api_too_new": built against a newer Lector API than this host provides. */
#include <lector/lector.h>

static gpointer
api_create (const LectorParams *params, GError **error)
{
  return GINT_TO_POINTER (1);
}

static gboolean
api_process (gpointer stage, LectorDocument *doc, GError **error)
{
  return TRUE;
}

LECTOR_PLUGIN_EXPORT extern const LectorPluginInfo api_too_new_LTX_lector_plugin_info;
const LectorPluginInfo api_too_new_LTX_lector_plugin_info = {
  .abi_version = LECTOR_ABI_VERSION,
  .api_version = LECTOR_API_VERSION + 1,
  .struct_size = sizeof (LectorPluginInfo),
  .name = "api_too_new",
  .version = "1.0",
  .description = "needs a newer Lector API (a test plugin)",
  .license = "MIT",
  .provides = LECTOR_STRV ("api"),
  .create = api_create,
  .process = api_process,
};
