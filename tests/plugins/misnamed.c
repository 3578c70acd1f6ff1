/* Test plugin "misnamed": the file is misnamed.la, but the descriptor says "othername".
 * The entry symbol follows the file name, so libltdl finds it; the host must then
 * refuse the plugin because its name is not its file name. */
#include <lector/lector.h>

static gpointer
misnamed_create (const LectorParams *params, GError **error)
{
  return GINT_TO_POINTER (1);
}

static gboolean
misnamed_process (gpointer stage, LectorDocument *doc, GError **error)
{
  return TRUE;
}

LECTOR_PLUGIN_EXPORT extern const LectorPluginInfo misnamed_LTX_lector_plugin_info;
const LectorPluginInfo misnamed_LTX_lector_plugin_info = {
  .abi_version = LECTOR_ABI_VERSION,
  .api_version = LECTOR_API_VERSION,
  .struct_size = sizeof (LectorPluginInfo),
  .name = "othername",
  .version = "1.0",
  .description = "declares a name other than its file name (a test plugin)",
  .license = "MIT",
  .provides = LECTOR_STRV ("misnamed"),
  .create = misnamed_create,
  .process = misnamed_process,
};
