/* Test plugin "abi_mismatch": a descriptor from a future plugin ABI, which the host must
 * refuse before reading anything past the version fields.  Written by hand, since
 * LECTOR_PLUGIN_DEFINE always records the current ABI. */
#include <lector/lector.h>

static gpointer
abi_create (const LectorParams *params, GError **error)
{
  return GINT_TO_POINTER (1);
}

static gboolean
abi_process (gpointer stage, LectorDocument *doc, GError **error)
{
  return TRUE;
}

LECTOR_PLUGIN_EXPORT extern const LectorPluginInfo abi_mismatch_LTX_lector_plugin_info;
const LectorPluginInfo abi_mismatch_LTX_lector_plugin_info = {
  .abi_version = LECTOR_ABI_VERSION + 1,
  .api_version = LECTOR_API_VERSION,
  .struct_size = sizeof (LectorPluginInfo),
  .name = "abi_mismatch",
  .version = "1.0",
  .description = "built for another plugin ABI (a test plugin)",
  .license = "MIT",
  .provides = LECTOR_STRV ("abi"),
  .create = abi_create,
  .process = abi_process,
};
