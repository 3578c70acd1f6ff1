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
 * lector_document_to_json:
 * Returns: (transfer full): {"id", "text", "meta", "layers": {NAME: [{"start",
 * "end", "label"?, "score"?, …features}]}} with offsets in @unit.
 */
LECTOR_API json_t *lector_document_to_json (const LectorDocument *doc, LectorOffsetUnit unit);

G_END_DECLS
