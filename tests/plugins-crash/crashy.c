/* crashy: a test-only plugin that misbehaves on purpose on documents holding a marker, to
 * test crash isolation (lector run --isolate): "@@SEGV@@" dereferences NULL, "@@ABORT@@"
 * aborts, "@@LOOP@@" never returns, "@@EXIT@@" ends the process.  Other documents get a
 * layer "crashy" with one annotation over the whole text. */
#include <math.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>

#include <lector/lector.h>

static gpointer
crashy_create (const LectorParams *params, GError **error)
{
  return GINT_TO_POINTER (1);
}

static gboolean
crashy_process (gpointer stage, LectorDocument *doc, GError **error)
{
  gsize length = 0;
  const char *text = lector_document_get_text (doc, &length);
  /* A real segmentation fault, raised rather than provoked so that a sanitizer build
   * (which would report a null store and exit) sees the same signal. */
  if (strstr (text, "@@SEGV@@") != NULL)
    raise (SIGSEGV);
  if (strstr (text, "@@ABORT@@") != NULL)
    abort ();
  if (strstr (text, "@@LOOP@@") != NULL)
    for (volatile unsigned long spin = 0;; spin++)
      ;
  if (strstr (text, "@@EXIT@@") != NULL)
    exit (7);
  LectorLayer *layer = lector_document_add_layer (doc, "crashy", error);
  return layer != NULL
         && lector_layer_add (layer, (LectorSpan){ 0, length }, "survived", NAN, NULL,
                              error) >= 0;
}

LECTOR_PLUGIN_DEFINE (crashy, .version = "0", .description = "misbehaves on marked documents",
                      .license = "MIT", .provides = LECTOR_STRV ("crashy"),
                      .threading = LECTOR_THREADING_SHARED, .create = crashy_create,
                      .process = crashy_process)
