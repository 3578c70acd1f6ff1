/* Test plugin "missing_symbol": a correct plugin that reads a variable nothing defines.
 * It is linked without -no-undefined, so the module builds; a data reference is bound
 * when the module is loaded, even with lazy binding, so dlopen fails with "undefined
 * symbol" and the host must name the symbol. */
#include <lector/lector.h>

extern int lector_test_undefined_variable;

static gpointer
missing_symbol_create (const LectorParams *params, GError **error)
{
  return GINT_TO_POINTER (1);
}

static gboolean
missing_symbol_process (gpointer stage, LectorDocument *doc, GError **error)
{
  return lector_test_undefined_variable >= 0;
}

LECTOR_PLUGIN_DEFINE (missing_symbol,
                      .version = "1.0",
                      .description = "uses an undefined variable (a test plugin)",
                      .license = "MIT",
                      .provides = LECTOR_STRV ("undefined"),
                      .create = missing_symbol_create,
                      .process = missing_symbol_process)
