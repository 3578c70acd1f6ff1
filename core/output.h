/* Writing results: one JSON document, or JSON Lines with one record per input record. */
#pragma once

#include <glib.h>
#include <jansson.h>

#include <lector/lector.h>

#include "input.h"

typedef enum {
  OUTPUT_FORMAT_AUTO = 0, /* JSON for a single text document, JSON Lines otherwise */
  OUTPUT_FORMAT_JSON,
  OUTPUT_FORMAT_JSONL,
} OutputFormat;

gboolean output_format_from_string (const char *name, OutputFormat *format);

typedef struct _OutputWriter OutputWriter;

/* Writes to @path, or standard output when it is NULL or "-". */
OutputWriter *output_writer_new (const char *path, OutputFormat format, LectorOffsetUnit offsets,
                                 GError **error);
/* Tells the writer more than one record may come: in JSON format they form an array. */
void output_writer_expect_many (OutputWriter *writer);

/* Flushes and closes; reports a write error that happened at any point. */
gboolean output_writer_close (OutputWriter *writer, GError **error);
void output_writer_free (OutputWriter *writer);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (OutputWriter, output_writer_free)

/* The result record of @doc: {"id", "text", …passed-through fields, "meta", "layers"}. */
gboolean output_writer_write_document (OutputWriter *writer, const InputRecord *record,
                                       const LectorDocument *doc, GError **error);

/* The error record {"id", "error": {"stage", "message"}}; @stage is NULL for input errors. */
gboolean output_writer_write_error (OutputWriter *writer, const InputRecord *record,
                                    const char *stage, const char *message, GError **error);
