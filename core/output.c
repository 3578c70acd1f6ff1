/* Writing results: one JSON document, or JSON Lines with one record per input record. */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "output.h"

struct _OutputWriter {
  FILE *stream;
  char *name;
  gboolean owns_stream;
  OutputFormat format;
  LectorOffsetUnit offsets;
  guint64 records; /* written so far */
  gboolean array;  /* JSON format: records go in one array, opened at the first */
};

gboolean
output_format_from_string (const char *name, OutputFormat *format)
{
  if (strcmp (name, "auto") == 0)
    *format = OUTPUT_FORMAT_AUTO;
  else if (strcmp (name, "json") == 0)
    *format = OUTPUT_FORMAT_JSON;
  else if (strcmp (name, "jsonl") == 0)
    *format = OUTPUT_FORMAT_JSONL;
  else
    return FALSE;
  return TRUE;
}

OutputWriter *
output_writer_new (const char *path, OutputFormat format, LectorOffsetUnit offsets, GError **error)
{
  g_return_val_if_fail (format != OUTPUT_FORMAT_AUTO, NULL);

  FILE *stream = stdout;
  gboolean owns = FALSE;
  if (path != NULL && strcmp (path, "-") != 0)
    {
      stream = fopen (path, "wb");
      if (stream == NULL)
        {
          g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_IO, "cannot write %s: %s", path,
                       g_strerror (errno));
          return NULL;
        }
      owns = TRUE;
    }
  OutputWriter *writer = g_new0 (OutputWriter, 1);
  writer->stream = stream;
  writer->owns_stream = owns;
  writer->name = g_strdup (owns ? path : "standard output");
  writer->format = format;
  writer->offsets = offsets;
  return writer;
}

void
output_writer_expect_many (OutputWriter *writer)
{
  writer->array = writer->format == OUTPUT_FORMAT_JSON;
}

static gboolean
write_record (OutputWriter *writer, json_t *record, GError **error)
{
  size_t flags = JSON_ENCODE_ANY;
  if (writer->format == OUTPUT_FORMAT_JSON)
    flags |= JSON_INDENT (2);
  else
    flags |= JSON_COMPACT;
  /* Several documents in JSON format make one array, so the output stays one JSON text. */
  const char *before = !writer->array ? "" : writer->records == 0 ? "[\n" : ",\n";
  gboolean ok = fputs (before, writer->stream) != EOF
                && json_dumpf (record, writer->stream, flags) == 0
                && (writer->array || fputc ('\n', writer->stream) != EOF);
  writer->records++;
  if (!ok)
    {
      g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_IO, "cannot write %s: %s", writer->name,
                   g_strerror (errno));
      return FALSE;
    }
  return TRUE;
}

gboolean
output_writer_write_document (OutputWriter *writer, const InputRecord *record,
                              const LectorDocument *doc, GError **error)
{
  g_autoptr (json_t) json = lector_document_to_json (doc, writer->offsets);
  g_autoptr (json_t) out = json_object ();

  /* The record keeps the id as given (a number stays a number) and the input's other
   * fields, between the text and the annotations. */
  json_object_set (out, "id", record->id);
  json_object_set (out, "text", json_object_get (json, "text"));
  const char *key;
  json_t *value;
  json_object_foreach (record->extra, key, value)
  {
    if (strcmp (key, "layers") != 0 && strcmp (key, "error") != 0)
      json_object_set (out, key, value);
  }
  json_object_set (out, "meta", json_object_get (json, "meta"));
  json_object_set (out, "layers", json_object_get (json, "layers"));
  return write_record (writer, out, error);
}

gboolean
output_writer_write_error (OutputWriter *writer, const InputRecord *record, const char *stage,
                           const char *message, GError **error)
{
  g_autoptr (json_t) out = json_object ();
  g_autofree char *valid_message = g_utf8_make_valid (message, -1);
  json_t *details = json_object ();
  json_object_set_new (details, "stage", stage != NULL ? json_string (stage) : json_null ());
  json_object_set_new (details, "message", json_string (valid_message));
  json_object_set (out, "id", record->id);
  json_object_set_new (out, "error", details);
  return write_record (writer, out, error);
}

gboolean
output_writer_close (OutputWriter *writer, GError **error)
{
  if (writer->array)
    fputs (writer->records == 0 ? "[]\n" : "\n]\n", writer->stream);
  gboolean ok = fflush (writer->stream) == 0 && !ferror (writer->stream);
  int saved = errno;
  if (writer->owns_stream)
    {
      ok = fclose (writer->stream) == 0 && ok;
      saved = errno;
    }
  writer->stream = NULL;
  if (!ok)
    g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_IO, "cannot write %s: %s", writer->name,
                 g_strerror (saved));
  return ok;
}

void
output_writer_free (OutputWriter *writer)
{
  if (writer == NULL)
    return;
  if (writer->stream != NULL)
    output_writer_close (writer, NULL);
  g_free (writer->name);
  g_free (writer);
}
