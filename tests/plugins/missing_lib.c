/* Test plugin "missing_lib": a correct plugin that depends on libtestgone, a shared
 * library the dynamic loader will not find, so loading it fails with "cannot open shared
 * object file" and the host must name the missing library. */
#include <lector/lector.h>

#include "testgone.h"

static gpointer
missing_lib_create (const LectorParams *params, GError **error)
{
  return GINT_TO_POINTER (1);
}

static gboolean
missing_lib_process (gpointer stage, LectorDocument *doc, GError **error)
{
  return lector_test_gone () == 42;
}

LECTOR_PLUGIN_DEFINE (missing_lib,
                      .version = "1.0",
                      .description = "depends on a library that is not installed (a test plugin)",
                      .license = "MIT",
                      .provides = LECTOR_STRV ("gone"),
                      .create = missing_lib_create,
                      .process = missing_lib_process)
