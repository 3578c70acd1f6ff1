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
  OUTPUT_FORMAT_HTML, /* HTML pages (core/pages.c); records are formatted as JSON Lines for it */
} OutputFormat;

gboolean output_format_from_string (const char *name, OutputFormat *format);

typedef struct _OutputWriter OutputWriter;

/* Fails when writing the output would destroy one of @inputs ("-": standard input) before
 * it is read: @output is a file (standard output when NULL or "-"), or with @html_dir a
 * directory of pages whose index.html and doc-NNNNN.html are replaced.  Files are compared
 * by device and inode, so "./a", "a" and a hard link to it are the same file. */
gboolean output_check_inputs (const char *output, gboolean html_dir, const char *const *inputs,
                              GError **error);

/* Writes to @path, or standard output when it is NULL or "-". */
OutputWriter *output_writer_new (const char *path, OutputFormat format, GError **error);
/* Writes each record as HTML: to one page at @path (standard output when NULL or "-"), or
 * to pages in the directory @path when @directory is TRUE (see pages.h). */
OutputWriter *output_writer_new_html (const char *path, gboolean directory, GError **error);
/* Tells the writer more than one record may come: in JSON format they form an array. */
void output_writer_expect_many (OutputWriter *writer);

/* Flushes and closes; reports a write error that happened at any point. */
gboolean output_writer_close (OutputWriter *writer, GError **error);
void output_writer_free (OutputWriter *writer);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (OutputWriter, output_writer_free)

/* The result record of @doc, {"id", "text", …passed-through fields, "meta", "layers"}, as
 * one JSON text without a final newline (indented in JSON format); only @layers when not
 * NULL.  Pure functions: workers call them in parallel. */
char *output_format_document (OutputFormat format, LectorOffsetUnit offsets,
                              const InputRecord *record, const LectorDocument *doc,
                              const char *const *layers);
/* The error record {"id", "error": {"stage", "message"}}; @stage is NULL for input errors. */
char *output_format_error (OutputFormat format, const InputRecord *record, const char *stage,
                           const char *message);
/* The same record as output_format_document() in JSON Lines or JSON, built through Jansson. */
char *output_format_document_slow (OutputFormat format, LectorOffsetUnit offsets,
                                   const InputRecord *record, const LectorDocument *doc,
                                   const char *const *layers);

/* Writes one formatted record. */
gboolean output_writer_write (OutputWriter *writer, const char *record, GError **error);
