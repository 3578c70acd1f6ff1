/* Documents as JSON: the output format described in doc/output-format.md. */
#pragma once

#include <glib.h>
#include <jansson.h>

#include <lector/document.h>
#include <lector/macros.h>

G_BEGIN_DECLS

/**
 * LectorOffsetUnit:
 * @LECTOR_OFFSETS_CODEPOINT: Unicode code points (Python's str indexing)
 * @LECTOR_OFFSETS_BYTE: UTF-8 bytes
 * @LECTOR_OFFSETS_UTF16: UTF-16 code units (JavaScript, Java)
 */
typedef enum {
  LECTOR_OFFSETS_CODEPOINT = 0,
  LECTOR_OFFSETS_BYTE,
  LECTOR_OFFSETS_UTF16,
} LectorOffsetUnit;

/**
 * lector_offset_unit_from_string:
 * Parses "codepoint", "byte" or "utf16".  Returns: %FALSE for anything else.
 */
LECTOR_API gboolean lector_offset_unit_from_string (const char *name, LectorOffsetUnit *unit);

/**
 * LectorOffsetMap:
 * Converts byte offsets of one document's text to another unit in O(1) each
 * (a table of the count at every 64th byte, then a short scan; offsets given in
 * increasing order are counted on from the previous one).  A map remembers its
 * last conversion, so it is used by one thread at a time.
 */
typedef struct _LectorOffsetMap LectorOffsetMap;

/** lector_offset_map_new: Returns: (transfer full): a map for @doc's text to @unit. */
LECTOR_API LectorOffsetMap *lector_offset_map_new (const LectorDocument *doc, LectorOffsetUnit unit);
/** lector_offset_map_convert: Returns: @offset (in bytes, clamped to the text) in the map's unit. */
LECTOR_API gsize lector_offset_map_convert (LectorOffsetMap *map, gsize offset);
LECTOR_API void lector_offset_map_free (LectorOffsetMap *map);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LectorOffsetMap, lector_offset_map_free)

/**
 * lector_json_is_offset_feature:
 * Returns: whether a feature is an offset to convert like spans: an integer
 * >= 0 whose key ends in "_start" or "_end".
 */
LECTOR_API gboolean lector_json_is_offset_feature (const char *key, json_t *value);

/**
 * lector_json_is_reserved_feature:
 * Returns: whether a feature key is one an annotation writes itself ("start",
 * "end", "label", "score"), so a feature of that name is not written.
 */
LECTOR_API gboolean lector_json_is_reserved_feature (const char *key);

/**
 * lector_document_to_json:
 * Returns: (transfer full): {"id", "text", "meta", "layers": {NAME: [{"start",
 * "end", "label"?, "score"?, …features}]}} with offsets in @unit.
 */
LECTOR_API json_t *lector_document_to_json (const LectorDocument *doc, LectorOffsetUnit unit);

G_END_DECLS
