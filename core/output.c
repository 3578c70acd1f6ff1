/* Writing results: one JSON document, or JSON Lines with one record per input record. */
#include "config.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "output.h"
#include "json-autoptr.h"
#include "pages.h"

struct _OutputWriter {
  FILE *stream;
  char *name;
  gboolean owns_stream;
  OutputFormat format;
  guint64 records; /* written so far */
  gboolean array;  /* JSON format: records go in one array, opened at the first */
  HtmlPages *pages; /* HTML format: records are JSON Lines rendered to pages */
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
  else if (strcmp (name, "html") == 0)
    *format = OUTPUT_FORMAT_HTML;
  else
    return FALSE;
  return TRUE;
}

OutputWriter *
output_writer_new (const char *path, OutputFormat format, GError **error)
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
  return writer;
}

OutputWriter *
output_writer_new_html (const char *path, gboolean directory, GError **error)
{
  HtmlPages *pages = html_pages_new (path, directory, error);
  if (pages == NULL)
    return NULL;
  OutputWriter *writer = g_new0 (OutputWriter, 1);
  writer->format = OUTPUT_FORMAT_HTML;
  writer->pages = pages;
  return writer;
}

void
output_writer_expect_many (OutputWriter *writer)
{
  writer->array = writer->format == OUTPUT_FORMAT_JSON;
}

/* The page shows the record as `lector render` would show it saved: one code path. */
static gboolean
write_html (OutputWriter *writer, const char *record, GError **error)
{
  json_error_t json_error;
  g_autoptr (json_t) json = json_loads (record, 0, &json_error);
  g_autofree char *problem = NULL;
  if (!html_pages_add (writer->pages, json, LECTOR_OFFSETS_CODEPOINT, &problem, error))
    return FALSE;
  if (problem != NULL)
    g_printerr ("lector: cannot render a record as HTML: %s\n", problem);
  return TRUE;
}

static gboolean
write_record (OutputWriter *writer, const char *record, GError **error)
{
  if (writer->pages != NULL)
    return write_html (writer, record, error);
  /* Several documents in JSON format make one array, so the output stays one JSON text. */
  const char *before = !writer->array ? "" : writer->records == 0 ? "[\n" : ",\n";
  gboolean ok = fputs (before, writer->stream) != EOF && fputs (record, writer->stream) != EOF
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

/* --- formatting ------------------------------------------------------------------------------ */

static gboolean
layer_wanted (const char *const *layers, const char *name)
{
  return layers == NULL || g_strv_contains (layers, name);
}

/* The record as a Jansson tree: {"id", "text", …passed-through fields, "meta", "layers"}. */
static json_t *
document_record (const InputRecord *record, const LectorDocument *doc, LectorOffsetUnit offsets,
                 const char *const *layers)
{
  g_autoptr (json_t) json = lector_document_to_json (doc, offsets);
  json_t *out = json_object ();
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
  json_t *all = json_object_get (json, "layers");
  json_t *kept = json_object ();
  json_object_foreach (all, key, value)
  {
    if (layer_wanted (layers, key))
      json_object_set (kept, key, value);
  }
  json_object_set_new (out, "layers", kept);
  return out;
}

/* JSON string escaping exactly as Jansson's compact output does it, so that the fast
 * path below and json_dumps() give the same bytes. */
static void
append_string (GString *out, const char *text, gsize length)
{
  static const char hex[] = "0123456789ABCDEF";
  g_string_append_c (out, '"');
  gsize run = 0;
  for (gsize i = 0; i < length; i++)
    {
      guchar c = (guchar) text[i];
      if (c >= 0x20 && c != '"' && c != '\\')
        continue;
      g_string_append_len (out, text + run, (gssize) (i - run));
      run = i + 1;
      switch (c)
        {
        case '"':
          g_string_append (out, "\\\"");
          break;
        case '\\':
          g_string_append (out, "\\\\");
          break;
        case '\b':
          g_string_append (out, "\\b");
          break;
        case '\f':
          g_string_append (out, "\\f");
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        case '\r':
          g_string_append (out, "\\r");
          break;
        case '\t':
          g_string_append (out, "\\t");
          break;
        default:
          g_string_append (out, "\\u00");
          g_string_append_c (out, hex[c >> 4]);
          g_string_append_c (out, hex[c & 0xF]);
        }
    }
  g_string_append_len (out, text + run, (gssize) (length - run));
  g_string_append_c (out, '"');
}

static void
append_value (GString *out, json_t *value)
{
  char *text = json_dumps (value, JSON_ENCODE_ANY | JSON_COMPACT);
  g_string_append (out, text);
  free (text);
}

static void
append_uint (GString *out, gsize value)
{
  char buffer[24];
  char *p = buffer + sizeof buffer;
  do
    *--p = (char) ('0' + value % 10);
  while ((value /= 10) != 0);
  g_string_append_len (out, p, buffer + sizeof buffer - p);
}

/* Annotations are written directly, not through a Jansson tree: a token costs a few
 * appends instead of an object, three allocations and a dump. */
static void
append_layer (GString *out, const LectorLayer *layer, LectorOffsetMap *map)
{
  gsize size = lector_layer_get_size (layer);
  const LectorSpan *spans = lector_layer_get_spans (layer);
  g_string_append_c (out, '[');
  for (gsize i = 0; i < size; i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      g_string_append (out, "{\"start\":");
      append_uint (out, lector_offset_map_convert (map, spans[i].start));
      g_string_append (out, ",\"end\":");
      append_uint (out, lector_offset_map_convert (map, spans[i].end));
      const char *label = lector_layer_get_label (layer, i);
      if (label != NULL)
        {
          g_string_append (out, ",\"label\":");
          append_string (out, label, strlen (label));
        }
      double score = lector_layer_get_score (layer, i);
      if (!isnan (score))
        {
          g_autoptr (json_t) real = json_real (score);
          g_string_append (out, ",\"score\":");
          append_value (out, real);
        }
      json_t *features = lector_layer_get_features (layer, i);
      const char *key;
      json_t *value;
      json_object_foreach (features, key, value)
      {
        if (lector_json_is_reserved_feature (key))
          continue;
        g_string_append_c (out, ',');
        append_string (out, key, strlen (key));
        g_string_append_c (out, ':');
        if (lector_json_is_offset_feature (key, value))
          append_uint (out, lector_offset_map_convert (map, (gsize) json_integer_value (value)));
        else
          append_value (out, value);
      }
      g_string_append_c (out, '}');
    }
  g_string_append_c (out, ']');
}

static char *
document_line (const InputRecord *record, const LectorDocument *doc, LectorOffsetUnit offsets,
               const char *const *layers)
{
  gsize length = 0;
  const char *text = lector_document_get_text (doc, &length);
  GString *out = g_string_sized_new (length * 4 + 256);

  g_string_append (out, "{\"id\":");
  append_value (out, record->id);
  g_string_append (out, ",\"text\":");
  append_string (out, text, length);
  const char *key;
  json_t *value;
  json_object_foreach (record->extra, key, value)
  {
    if (strcmp (key, "layers") == 0 || strcmp (key, "error") == 0)
      continue;
    g_string_append_c (out, ',');
    append_string (out, key, strlen (key));
    g_string_append_c (out, ':');
    append_value (out, value);
  }
  g_string_append (out, ",\"meta\":");
  append_value (out, lector_document_get_meta ((LectorDocument *) doc));
  g_string_append (out, ",\"layers\":{");

  g_autoptr (LectorOffsetMap) map = lector_offset_map_new (doc, offsets);
  g_autoptr (GPtrArray) names = lector_document_get_layer_names (doc);
  gboolean first = TRUE;
  for (guint i = 0; i < names->len; i++)
    {
      const char *name = names->pdata[i];
      if (!layer_wanted (layers, name))
        continue;
      if (!first)
        g_string_append_c (out, ',');
      first = FALSE;
      append_string (out, name, strlen (name));
      g_string_append_c (out, ':');
      append_layer (out, lector_document_get_layer (doc, name), map);
    }
  g_string_append (out, "}}");
  return g_string_free (out, FALSE);
}

char *
output_format_document (OutputFormat format, LectorOffsetUnit offsets, const InputRecord *record,
                        const LectorDocument *doc, const char *const *layers)
{
  if (format == OUTPUT_FORMAT_JSONL)
    return document_line (record, doc, offsets, layers);
  if (format == OUTPUT_FORMAT_HTML) /* rendered by the writer, which reads code points */
    return document_line (record, doc, LECTOR_OFFSETS_CODEPOINT, layers);
  g_autoptr (json_t) json = document_record (record, doc, offsets, layers);
  return json_dumps (json, JSON_INDENT (2));
}

char *
output_format_error (OutputFormat format, const InputRecord *record, const char *stage,
                     const char *message)
{
  g_autoptr (json_t) out = json_object ();
  g_autofree char *valid_message = g_utf8_make_valid (message, -1);
  json_t *details = json_object ();
  json_object_set_new (details, "stage", stage != NULL ? json_string (stage) : json_null ());
  json_object_set_new (details, "message", json_string (valid_message));
  json_object_set (out, "id", record->id);
  json_object_set_new (out, "error", details);
  return json_dumps (out, format == OUTPUT_FORMAT_JSON ? JSON_INDENT (2) : JSON_COMPACT);
}

/* The document record as Jansson would write it, for tests of the fast path. */
char *
output_format_document_slow (const InputRecord *record, const LectorDocument *doc,
                             LectorOffsetUnit offsets, const char *const *layers)
{
  g_autoptr (json_t) json = document_record (record, doc, offsets, layers);
  return json_dumps (json, JSON_COMPACT);
}

gboolean
output_writer_write (OutputWriter *writer, const char *record, GError **error)
{
  return write_record (writer, record, error);
}

gboolean
output_writer_close (OutputWriter *writer, GError **error)
{
  if (writer->pages != NULL)
    return html_pages_close (writer->pages, error);
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
  html_pages_free (writer->pages);
  g_free (writer->name);
  g_free (writer);
}
