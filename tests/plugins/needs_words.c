/* Test plugin "needs_words": requires "words", provides "counts".  It counts the
 * annotations of the layer "words", records {"words": N} in the document's metadata
 * under "counts" and adds a layer "counts" with one annotation over the whole text
 * carrying the same feature.  SHARED: one instance for all workers (it keeps no state
 * per document), numbered in creation order ("counts-instance" in the metadata). */
#include <math.h>

#include <lector/lector.h>

static gint n_instances; /* atomic */

static gpointer
counts_create (const LectorParams *params, GError **error)
{
  return GINT_TO_POINTER (g_atomic_int_add (&n_instances, 1) + 1);
}

static gboolean
counts_process (gpointer data, LectorDocument *doc, GError **error)
{
  LectorLayer *words = lector_document_require_layer (doc, "words", error);
  if (words == NULL)
    return FALSE;
  json_int_t n = (json_int_t) lector_layer_get_size (words);

  LectorLayer *counts = lector_document_add_layer (doc, "counts", error);
  if (counts == NULL)
    return FALSE;
  LectorSpan all = { 0, lector_document_get_length (doc) };
  if (lector_layer_add (counts, all, "count", NAN, json_pack ("{s:I}", "words", n), error) < 0)
    return FALSE;

  json_t *meta = lector_document_get_meta (doc);
  json_object_set_new (meta, "counts", json_pack ("{s:I}", "words", n));
  json_object_set_new (meta, "counts-instance", json_integer (GPOINTER_TO_INT (data)));
  return TRUE;
}

LECTOR_PLUGIN_DEFINE (needs_words,
                      .version = "1.0",
                      .description = "counts the words (a test plugin)",
                      .license = "MIT",
                      .provides = LECTOR_STRV ("counts"),
                      .requires = LECTOR_STRV ("words"),
                      .threading = LECTOR_THREADING_SHARED,
                      .create = counts_create,
                      .process = counts_process)
