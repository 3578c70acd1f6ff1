/* Test helpers for plugin authors: load a plugin, run a few stages on a text, check a layer.
 *
 * Link with `pkg-config --libs lector-testing`.  Used with GLib's test framework:
 *
 *   g_autoptr (LectorRegistry) registry = lector_test_registry_new (PLUGIN_FILE, &error);
 *   g_autoptr (LectorDocument) doc = lector_test_run (registry, "segment; keywords",
 *                                                     LECTOR_TEST_SETTINGS ("keywords.top=1"),
 *                                                     "Cats chase mice. Mice fear cats.", &error);
 *   g_assert_no_error (error);
 *   lector_assert_layer (doc, "keywords", "cats | mice");
 */
#pragma once

#include <glib.h>

#include <lector/lector.h>

G_BEGIN_DECLS

/**
 * lector_test_registry_new:
 * @plugin_file: (nullable): a plugin built by the test's project (NAME.la or NAME.so),
 *   loaded first so that it wins over an installed plugin of the same name
 * @error: return location for an error
 *
 * A registry holding @plugin_file and every plugin of the usual search path
 * (LECTOR_PLUGIN_PATH, then the installed plugin directory), so a stage under
 * test can run after the stages it requires.  A refused @plugin_file is an
 * error with the registry's reason (wrong ABI, missing symbol, …).
 *
 * Returns: (transfer full): the registry, or %NULL with @error set
 */
LECTOR_API LectorRegistry *lector_test_registry_new (const char *plugin_file, GError **error);

/** LECTOR_TEST_SETTINGS: a %NULL-terminated list of "STAGE.KEY=VALUE" literals. */
#define LECTOR_TEST_SETTINGS(...) ((const char *const[]){ __VA_ARGS__, NULL })

/**
 * lector_test_run:
 * @registry: where the stages' plugins are found
 * @stages: the pipeline's stages, "segment; keywords" (each stage runs the
 *   plugin of the same name)
 * @settings: (nullable): parameters, "STAGE.KEY=VALUE" each, %NULL-terminated
 * @text: the document text (UTF-8)
 * @error: return location for an error
 *
 * Builds the pipeline as `lector run` would (the same checks and error
 * messages), runs it on one document whose id is "test", and returns the
 * annotated document.  A config or stage error is returned in @error.
 *
 * Returns: (transfer full): the document, or %NULL with @error set
 */
LECTOR_API LectorDocument *lector_test_run (LectorRegistry *registry, const char *stages,
                                            const char *const *settings, const char *text,
                                            GError **error);

/**
 * lector_test_layer_texts:
 * Returns: (transfer full): the text of each annotation of @layer in order,
 * joined by " | " ("" for an empty layer); "<no layer NAME>" when the layer is
 * missing, so that an assertion shows what went wrong.
 */
LECTOR_API char *lector_test_layer_texts (const LectorDocument *doc, const char *layer);

/**
 * lector_test_layer_labels:
 * Returns: (transfer full): "text/label" for each annotation, joined by " | ".
 */
LECTOR_API char *lector_test_layer_labels (const LectorDocument *doc, const char *layer);

/**
 * lector_assert_layer:
 * Asserts in one line that the texts of @layer's annotations, joined by " | ",
 * equal @expected: lector_assert_layer (doc, "sentences", "One. | Two.");
 */
#define lector_assert_layer(doc, layer, expected)                                              \
  G_STMT_START                                                                                 \
  {                                                                                            \
    char *lector_assert_texts_ = lector_test_layer_texts ((doc), (layer));                     \
    g_assert_cmpstr (lector_assert_texts_, ==, (expected));                                    \
    g_free (lector_assert_texts_);                                                             \
  }                                                                                            \
  G_STMT_END

/** lector_assert_layer_labels: like lector_assert_layer() over "text/label" items. */
#define lector_assert_layer_labels(doc, layer, expected)                                       \
  G_STMT_START                                                                                 \
  {                                                                                            \
    char *lector_assert_labels_ = lector_test_layer_labels ((doc), (layer));                   \
    g_assert_cmpstr (lector_assert_labels_, ==, (expected));                                   \
    g_free (lector_assert_labels_);                                                            \
  }                                                                                            \
  G_STMT_END

G_END_DECLS
