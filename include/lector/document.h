/* The document model: immutable text plus named layers of stand-off annotations. */
#pragma once

#include <glib.h>
#include <jansson.h>

#include <lector/macros.h>

G_BEGIN_DECLS

/**
 * LectorSpan:
 * @start: byte offset of the first byte, in the document's UTF-8 text
 * @end: byte offset one past the last byte; start <= end <= text length
 *
 * A half-open range of the document text.  Inside Lector spans are always byte
 * offsets; conversion to code points or UTF-16 happens only on output.
 * This is the one public plain struct: its layout is part of the ABI.
 */
typedef struct {
  gsize start;
  gsize end;
} LectorSpan;

/**
 * LectorDocument:
 * An id, UTF-8 text that never changes, a JSON object of metadata and named
 * layers of annotations.  A document is used by one thread at a time.
 */
typedef struct _LectorDocument LectorDocument;

/**
 * LectorLayer:
 * A named list of annotations kept sorted by (start, end), owned by its document.
 * Each annotation has a span, a label (interned), an optional score and
 * optional JSON features.  Layers with no features per annotation (tokens)
 * cost a few words per annotation.
 */
typedef struct _LectorLayer LectorLayer;

/**
 * lector_document_new:
 * @id: the document id (copied)
 * @text: the text, UTF-8
 * @length: length of @text in bytes, or -1 if it is NUL-terminated
 * @error: return location for an error
 *
 * Creates a document.  Text that is not valid UTF-8 or contains a NUL byte is
 * rejected with %LECTOR_ERROR_INPUT and a message naming @id and the byte offset.
 *
 * Returns: (transfer full): a new document, or %NULL on error
 */
LECTOR_API LectorDocument *lector_document_new (const char *id, const char *text, gssize length,
                                                GError **error);

LECTOR_API LectorDocument *lector_document_ref (LectorDocument *doc);
LECTOR_API void lector_document_unref (LectorDocument *doc);

/** lector_document_get_id: Returns: (transfer none): the document id. */
LECTOR_API const char *lector_document_get_id (const LectorDocument *doc);

/** lector_document_get_text: Returns: (transfer none): the NUL-terminated text; its byte
 * length is stored in @length when not %NULL. */
LECTOR_API const char *lector_document_get_text (const LectorDocument *doc, gsize *length);

/** lector_document_get_length: Returns: the text length in bytes. */
LECTOR_API gsize lector_document_get_length (const LectorDocument *doc);

/**
 * lector_document_get_meta:
 * Returns: (transfer none): the document's metadata, a JSON object the document
 * owns.  Stages may add keys to it (e.g. "lang") with json_object_set_new().
 */
LECTOR_API json_t *lector_document_get_meta (LectorDocument *doc);

/**
 * lector_document_get_language:
 * The document's language as far as the pipeline knows it: `meta.lang` when it is a
 * string ("en", as a JSON Lines input may give it), or its "code" member when it is an
 * object (langid writes {"code": "en", "score": …}).
 *
 * Since API 4.
 *
 * Returns: (transfer none) (nullable): the code, or %NULL when `meta.lang` is absent or
 * neither of those
 */
LECTOR_API const char *lector_document_get_language (LectorDocument *doc);

/**
 * lector_language_in:
 * @code: a language code: "en", "EN", "en-GB", "pt_BR"
 * @languages: (nullable): %NULL-terminated codes, such as a stage's `languages` parameter
 *
 * Whether @code is one of @languages.  Codes are compared ignoring ASCII case, and a
 * code with a region or script ("en-GB", "pt_BR", "zh-Hant") is also in a list that
 * names its language alone ("en", "pt", "zh"); "en" is not in a list of "en-GB" only.
 * Since API 4.
 *
 * Returns: %TRUE when it is
 */
LECTOR_API gboolean lector_language_in (const char *code, const char *const *languages);

/**
 * lector_language_codes_check:
 * @key: the parameter that gave @codes ("languages"), for the message
 * @codes: (nullable): %NULL-terminated codes, such as a `languages` parameter
 * @error: return location for an error
 *
 * Checks that each of @codes can be a language code: ASCII letters, digits, '-' and '_'
 * ("en", "pt-BR", "und").  A list written with commas ("en, fr") reads as one item that no
 * document has; it is %LECTOR_ERROR_CONFIG, with a message that starts with "@key: " and
 * says to separate codes with ';'.  Since API 4.
 *
 * Returns: %TRUE when every code can be one
 */
LECTOR_API gboolean lector_language_codes_check (const char *key, const char *const *codes,
                                                 GError **error);

/**
 * lector_document_get_layer:
 * @name: the layer name
 *
 * Returns: (transfer none) (nullable): the layer, or %NULL if no stage produced it.
 */
LECTOR_API LectorLayer *lector_document_get_layer (const LectorDocument *doc, const char *name);

/**
 * lector_document_require_layer:
 * Like lector_document_get_layer(), but a missing layer is an error
 * (%LECTOR_ERROR_LAYER) naming the layer and the document.
 */
LECTOR_API LectorLayer *lector_document_require_layer (const LectorDocument *doc, const char *name,
                                                       GError **error);

/**
 * lector_document_add_layer:
 * @name: the layer name a plugin writes, normally one of its provided capabilities
 * @error: return location for an error
 *
 * Creates an empty layer.  While a pipeline stage runs, the layer's producer is
 * that stage and @name is mapped through the stage's configured output names
 * (`output.NAME = OTHER`), so a plugin never needs to know them.  A layer that
 * already exists is an error (%LECTOR_ERROR_LAYER) naming the stage that made it.
 *
 * Returns: (transfer none): the new layer, owned by @doc, or %NULL on error
 */
LECTOR_API LectorLayer *lector_document_add_layer (LectorDocument *doc, const char *name,
                                                   GError **error);

/**
 * lector_document_get_layer_names:
 * Returns: (transfer container): the layer names in the order they were added;
 * free the array with g_ptr_array_unref(), not the strings.
 */
LECTOR_API GPtrArray *lector_document_get_layer_names (const LectorDocument *doc);

/** lector_layer_get_name: Returns: the layer's name. */
LECTOR_API const char *lector_layer_get_name (const LectorLayer *layer);

/** lector_layer_get_producer: Returns: the name of the stage that produced the layer
 * (or "" when it was made outside a pipeline). */
LECTOR_API const char *lector_layer_get_producer (const LectorLayer *layer);

/** lector_layer_get_size: Returns: the number of annotations. */
LECTOR_API gsize lector_layer_get_size (const LectorLayer *layer);

/**
 * lector_layer_add:
 * @span: the annotated range, within the document text
 * @label: (nullable): a label, interned by the layer
 * @score: a finite score, or NAN for none
 * @features: (transfer full) (nullable): a JSON object of extra fields; the
 *   layer takes the reference whatever happens, on error too
 * @error: return location for an error
 *
 * Inserts an annotation at its place in (start, end) order; annotations with
 * equal spans keep their insertion order.  Appending in order costs O(1).
 * Integer features whose names end in "_start" or "_end" are byte offsets and
 * are converted like spans on output; features named "start", "end", "label"
 * or "score" are not written (the annotation's own fields are).
 * A span outside the text or not on UTF-8 character boundaries is rejected, and
 * so is an infinite score, which JSON cannot represent (%LECTOR_ERROR_LAYER).
 *
 * Returns: the index of the new annotation (later insertions may shift it),
 * or -1 on error
 */
LECTOR_API gssize lector_layer_add (LectorLayer *layer, LectorSpan span, const char *label,
                                    double score, json_t *features, GError **error);

/**
 * lector_layer_append:
 * @spans: @n spans in (start, end) order, each after or equal to the layer's last
 * @labels: (nullable): @n labels (each may be %NULL), or %NULL for none
 * @n: the number of annotations
 * @error: return location for an error
 *
 * Appends @n annotations without score or features in one call: the way to add a
 * bulk layer such as tokens.  The same checks apply as for lector_layer_add();
 * on error nothing is added.
 *
 * Returns: %TRUE, or %FALSE with @error set
 */
LECTOR_API gboolean lector_layer_append (LectorLayer *layer, const LectorSpan *spans,
                                         const char *const *labels, gsize n, GError **error);

/** lector_layer_get_span: Returns: the span of annotation @index. */
LECTOR_API LectorSpan lector_layer_get_span (const LectorLayer *layer, gsize index);

/**
 * lector_layer_get_spans:
 * Returns: (transfer none): the spans of all annotations in order, an array of
 * lector_layer_get_size() items valid until the layer is next modified.
 */
LECTOR_API const LectorSpan *lector_layer_get_spans (const LectorLayer *layer);

/**
 * lector_layer_get_labels:
 * Returns: (transfer none): the labels of all annotations in order, an array of
 * lector_layer_get_size() interned strings (each may be %NULL), valid until the layer
 * is next modified: what lector_layer_get_label() gives, without a call per annotation.
 */
LECTOR_API const char *const *lector_layer_get_labels (const LectorLayer *layer);

/**
 * lector_layer_get_scores:
 * Returns: (transfer none) (nullable): the scores of all annotations in order (NAN for
 * one without), or %NULL when no annotation of the layer has a score; valid until the
 * layer is next modified.
 */
LECTOR_API const double *lector_layer_get_scores (const LectorLayer *layer);

/**
 * lector_layer_get_all_features:
 * Returns: (transfer none) (nullable): the features of all annotations in order (%NULL
 * for one without), or %NULL when no annotation of the layer has features; the layer
 * keeps ownership, and the array is valid until the layer is next modified.
 */
LECTOR_API json_t *const *lector_layer_get_all_features (const LectorLayer *layer);

/** lector_layer_get_label: Returns: (nullable): the interned label of annotation @index. */
LECTOR_API const char *lector_layer_get_label (const LectorLayer *layer, gsize index);

/** lector_layer_get_score: Returns: the score of annotation @index, NAN when it has none. */
LECTOR_API double lector_layer_get_score (const LectorLayer *layer, gsize index);

/** lector_layer_get_features: Returns: (transfer none) (nullable): the features of
 * annotation @index; the layer keeps ownership. */
LECTOR_API json_t *lector_layer_get_features (const LectorLayer *layer, gsize index);

/**
 * lector_layer_lower_bound:
 * Returns: the index of the first annotation whose start is >= @offset
 * (lector_layer_get_size() if there is none).  With it, the annotations inside
 * a span are a contiguous run: iterate from lower_bound(span.start) while
 * start < span.end.
 */
LECTOR_API gsize lector_layer_lower_bound (const LectorLayer *layer, gsize offset);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LectorDocument, lector_document_unref)

G_END_DECLS
