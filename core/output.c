/* Writing results: one JSON document, or JSON Lines with one record per input record. */
#include "config.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "output.h"
#include "json-bytes.h"
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

/* The input of @inputs ("-": standard input; none: standard input) that is the file @file
 * describes, or NULL. */
static const char *
find_same_input (const struct stat *file, const char *const *inputs)
{
  static const char *const standard_input[] = { "-", NULL };
  if (inputs == NULL || inputs[0] == NULL)
    inputs = standard_input;
  for (const char *const *input = inputs; *input != NULL; input++)
    {
      struct stat info;
      int status = strcmp (*input, "-") == 0 ? fstat (STDIN_FILENO, &info) : stat (*input, &info);
      if (status == 0 && info.st_dev == file->st_dev && info.st_ino == file->st_ino)
        return *input;
    }
  return NULL;
}

static char *
describe_input (const char *input)
{
  return strcmp (input, "-") == 0 ? g_strdup ("standard input")
                                  : g_strdup_printf ("the input '%s'", input);
}

gboolean
output_check_inputs (const char *output, gboolean html_dir, const char *const *inputs,
                     GError **error)
{
  struct stat info;
  if (html_dir)
    {
      /* The pages replace the directory's index.html and doc-NNNNN.html as they come. */
      g_autoptr (GDir) dir = g_dir_open (output, 0, NULL);
      const char *name;
      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          if (strcmp (name, "index.html") != 0
              && !(g_str_has_prefix (name, "doc-") && g_str_has_suffix (name, ".html")))
            continue;
          g_autofree char *path = g_build_filename (output, name, NULL);
          const char *input = stat (path, &info) == 0 && S_ISREG (info.st_mode)
                                  ? find_same_input (&info, inputs)
                                  : NULL;
          if (input == NULL)
            continue;
          g_autofree char *which = describe_input (input);
          g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_IO,
                       "the output directory '%s' holds '%s', the same file as %s: the pages "
                       "would replace it before it is read; write them to another directory",
                       output, path, which);
          return FALSE;
        }
      return TRUE;
    }

  gboolean to_stdout = output == NULL || strcmp (output, "-") == 0;
  /* A file yet to be made, a terminal, a pipe or /dev/null holds no input to destroy. */
  if ((to_stdout ? fstat (STDOUT_FILENO, &info) : stat (output, &info)) != 0
      || !S_ISREG (info.st_mode))
    return TRUE;
  const char *input = find_same_input (&info, inputs);
  if (input == NULL)
    return TRUE;
  g_autofree char *which = describe_input (input);
  g_autofree char *what = to_stdout ? g_strdup ("standard output")
                                    : g_strdup_printf ("the output file '%s'", output);
  /* Opening the output empties it: the input would be read empty and the run "succeed". */
  g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_IO,
               "%s is the same file as %s: writing it would destroy the input before it is "
               "read; write the output to another file",
               what, which);
  return FALSE;
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

/* --- the JSON Lines fast path ----------------------------------------------------------------
 *
 * A record is written straight into one growing buffer, not through a Jansson tree: a token
 * costs a few stores instead of an object, three allocations and a dump, and feature values
 * are written by the same code (dump_value below writes what json_dumps() writes with
 * JSON_COMPACT, byte for byte; tests/test-output.c and the jsonl fuzz target compare the two). */

typedef struct {
  char *data;
  gsize length;
  gsize capacity;
} Buffer;

static G_GNUC_NO_INLINE void
buffer_grow (Buffer *out, gsize more)
{
  gsize capacity = MAX (out->capacity * 2, out->length + more + 256);
  out->data = g_realloc (out->data, capacity);
  out->capacity = capacity;
}

/* Room for @more bytes at the end; returns where they go. */
static inline char *
buffer_reserve (Buffer *out, gsize more)
{
  if (G_UNLIKELY (out->capacity - out->length < more))
    buffer_grow (out, more);
  return out->data + out->length;
}

static inline void
buffer_append (Buffer *out, const char *data, gsize length)
{
  memcpy (buffer_reserve (out, length), data, length);
  out->length += length;
}

#define buffer_append_literal(out, literal) buffer_append ((out), (literal), sizeof (literal) - 1)

static inline void
buffer_append_c (Buffer *out, char c)
{
  *buffer_reserve (out, 1) = c;
  out->length++;
}

/* Writes @value in decimal at @p; returns the end.  Needs 20 bytes.  Two digits a step,
 * from a table: offsets are most of what a token's record holds. */
static inline char *
put_uint (char *p, guint64 value)
{
  static const char pairs[201] = "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
                                 "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
                                 "8081828384858687888990919293949596979899";
  int n = 1;
  if (value >= 10000)
    for (guint64 v = value; v >= 10; v /= 10)
      n++;
  else
    n = value >= 1000 ? 4 : value >= 100 ? 3 : value >= 10 ? 2 : 1;
  char *q = p + n;
  while (value >= 100)
    {
      guint64 pair = value % 100;
      value /= 100;
      q -= 2;
      memcpy (q, pairs + 2 * pair, 2);
    }
  if (value >= 10)
    memcpy (q - 2, pairs + 2 * value, 2);
  else
    q[-1] = (char) ('0' + value);
  return p + n;
}

static inline void
append_uint (Buffer *out, guint64 value)
{
  char *p = buffer_reserve (out, 20);
  out->length = (gsize) (put_uint (p, value) - out->data);
}

/* JSON string escaping exactly as Jansson's compact output does it: '"', '\\' and the
 * control characters; everything else, DEL and non-ASCII included, as it is. */
static void
append_string (Buffer *out, const char *text, gsize length)
{
  static const char hex[] = "0123456789ABCDEF";
  /* The worst case, every byte a \u00XX, is reserved once. */
  char *p = buffer_reserve (out, length * 6 + 2);
  const char *end = text + length;
  *p++ = '"';
  while (text < end)
    {
      /* Eight bytes at a time while none needs escaping: most text. */
      while (end - text >= 8)
        {
          guint64 word;
          memcpy (&word, text, 8);
          if (json_word_is_special (word))
            break;
          memcpy (p, text, 8);
          p += 8;
          text += 8;
        }
      if (text == end)
        break;
      guchar c = (guchar) *text++;
      if (c >= 0x20 && c != '"' && c != '\\')
        {
          *p++ = (char) c;
          continue;
        }
      *p++ = '\\';
      switch (c)
        {
        case '"':
          *p++ = '"';
          break;
        case '\\':
          *p++ = '\\';
          break;
        case '\b':
          *p++ = 'b';
          break;
        case '\f':
          *p++ = 'f';
          break;
        case '\n':
          *p++ = 'n';
          break;
        case '\r':
          *p++ = 'r';
          break;
        case '\t':
          *p++ = 't';
          break;
        default:
          memcpy (p, "u00", 3);
          p[3] = hex[c >> 4];
          p[4] = hex[c & 0xF];
          p += 5;
        }
    }
  *p++ = '"';
  out->length = (gsize) (p - out->data);
}

static inline void
append_cstring (Buffer *out, const char *text)
{
  append_string (out, text, strlen (text));
}

/* A real as Jansson writes it (jsonp_dtostr): "%.17g" with a '.' whatever the locale, ".0"
 * added when neither '.' nor 'e' is there, and no '+' or leading zeros in the exponent. */
static void
append_real (Buffer *out, double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE + 4];
  g_ascii_formatd (buffer, G_ASCII_DTOSTR_BUF_SIZE, "%.17g", value);
  gsize length = strlen (buffer);
  if (strchr (buffer, '.') == NULL && strchr (buffer, 'e') == NULL)
    {
      memcpy (buffer + length, ".0", 3);
      length += 2;
    }
  char *exponent = strchr (buffer, 'e');
  if (exponent != NULL)
    {
      char *start = exponent + 1;
      char *digits = start + 1;
      if (*start == '-')
        start++;
      while (*digits == '0')
        digits++;
      if (digits != start)
        {
          memmove (start, digits, length - (gsize) (digits - buffer) + 1);
          length -= (gsize) (digits - start);
        }
    }
  buffer_append (out, buffer, length);
}

/* @value as json_dumps (value, JSON_ENCODE_ANY | JSON_COMPACT) writes it. */
static void
append_value (Buffer *out, json_t *value)
{
  switch (json_typeof (value))
    {
    case JSON_OBJECT:
      {
        const char *key;
        json_t *member;
        gboolean first = TRUE;
        buffer_append_c (out, '{');
        json_object_foreach (value, key, member)
        {
          if (!first)
            buffer_append_c (out, ',');
          first = FALSE;
          append_cstring (out, key);
          buffer_append_c (out, ':');
          append_value (out, member);
        }
        buffer_append_c (out, '}');
        break;
      }
    case JSON_ARRAY:
      {
        gsize size = json_array_size (value);
        buffer_append_c (out, '[');
        for (gsize i = 0; i < size; i++)
          {
            if (i > 0)
              buffer_append_c (out, ',');
            append_value (out, json_array_get (value, i));
          }
        buffer_append_c (out, ']');
        break;
      }
    case JSON_STRING:
      append_string (out, json_string_value (value), json_string_length (value));
      break;
    case JSON_INTEGER:
      {
        /* What "%" JSON_INTEGER_FORMAT prints, without printf: a call per number cost
         * more than the rest of a small value. */
        json_int_t number = json_integer_value (value);
        char *p = buffer_reserve (out, 21);
        if (number < 0)
          *p++ = '-';
        /* The magnitude as unsigned, so that the most negative number works too. */
        guint64 magnitude = number < 0 ? (guint64) 0 - (guint64) number : (guint64) number;
        out->length = (gsize) (put_uint (p, magnitude) - out->data);
        break;
      }
    case JSON_REAL:
      append_real (out, json_real_value (value));
      break;
    case JSON_TRUE:
      buffer_append_literal (out, "true");
      break;
    case JSON_FALSE:
      buffer_append_literal (out, "false");
      break;
    case JSON_NULL:
      buffer_append_literal (out, "null");
      break;
    }
}

/* The JSON of ",\"label\":LABEL" for the labels of a layer, escaped once per layer rather
 * than once per annotation: labels are interned, so a pointer stands for its text, and a
 * layer has few of them. */
#define LABEL_CACHE_SIZE 8
typedef struct {
  struct {
    const char *label;
    gsize length;
    char json[56];
  } entries[LABEL_CACHE_SIZE];
  guint used;
  guint next; /* the entry to replace when all are used */
} LabelCache;

static void
append_label (Buffer *out, const char *label, LabelCache *cache)
{
  for (guint i = 0; i < cache->used; i++)
    if (cache->entries[i].label == label)
      {
        buffer_append (out, cache->entries[i].json, cache->entries[i].length);
        return;
      }
  gsize before = out->length;
  buffer_append_literal (out, ",\"label\":");
  append_cstring (out, label);
  gsize length = out->length - before;
  if (length > sizeof cache->entries[0].json)
    return;
  guint slot = cache->used < LABEL_CACHE_SIZE ? cache->used++ : cache->next++ % LABEL_CACHE_SIZE;
  cache->entries[slot].label = label;
  cache->entries[slot].length = length;
  memcpy (cache->entries[slot].json, out->data + before, length);
}

/* Spans in the output unit.  A layer's spans come sorted by start, so a start is counted on
 * from the previous one and a short span's end from its start: one short scan, inline,
 * instead of a call into the map.  Long distances and feature offsets, in no order, go
 * through the map. */
typedef struct {
  const guchar *text;
  const guchar *limit; /* the end of the text */
  LectorOffsetUnit unit;
  gboolean identity; /* bytes, or an ASCII text */
  gsize byte;        /* the last start, in bytes */
  gsize units;       /* …and in units */
} SpanCursor;

/* The units of the bytes [p, end): those that are not continuation bytes (10xxxxxx), and
 * in UTF-16 the lead bytes of four (11110xxx) once more; eight bytes a step. */
static inline gsize
units_of_word (guint64 word, LectorOffsetUnit unit)
{
  const guint64 highs = 0x8080808080808080u, ones = 0x0101010101010101u;
  guint64 continuation = word & ~(word << 1) & highs;
  /* The number of marked bytes, summed into the top byte by the product. */
  gsize count = 8 - (gsize) (((continuation >> 7) * ones) >> 56);
  if (unit == LECTOR_OFFSETS_UTF16)
    {
      guint64 four = word & (word << 1) & (word << 2) & (word << 3) & highs;
      count += (gsize) (((four >> 7) * ones) >> 56);
    }
  return count;
}

/* The units of the bytes [p, end), where @limit is the end of the text: those that are
 * not continuation bytes (10xxxxxx), and in UTF-16 the lead bytes of four (11110xxx) once
 * more; eight bytes a step, and the last few with one masked load when the text goes on
 * far enough (zero bytes count as one unit each: they are taken off again). */
static inline gsize
units_between (const guchar *p, const guchar *end, const guchar *limit, LectorOffsetUnit unit)
{
  gsize count = 0;
  for (; end - p >= 8; p += 8)
    {
      guint64 word;
      memcpy (&word, p, 8);
      count += units_of_word (word, unit);
    }
  gsize rest = (gsize) (end - p);
  if (rest == 0)
    return count;
  if (G_BYTE_ORDER == G_LITTLE_ENDIAN && limit - p >= 8)
    {
      guint64 word;
      memcpy (&word, p, 8);
      word &= ~G_GUINT64_CONSTANT (0) >> (64 - 8 * rest);
      return count + units_of_word (word, unit) - (8 - rest);
    }
  for (; p < end; p++)
    count += ((*p & 0xC0) != 0x80) + (unit == LECTOR_OFFSETS_UTF16 && *p >= 0xF0);
  return count;
}

/* Beyond this many bytes, the map's table is quicker than counting. */
#define SCAN_LIMIT 64

static inline void
span_in_units (SpanCursor *cursor, LectorOffsetMap *map, LectorSpan span, gsize *start, gsize *end)
{
  if (cursor->identity)
    {
      *start = span.start;
      *end = span.end;
      return;
    }
  if (span.start >= cursor->byte && span.start - cursor->byte <= SCAN_LIMIT)
    cursor->units += units_between (cursor->text + cursor->byte, cursor->text + span.start,
                                    cursor->limit, cursor->unit);
  else
    cursor->units = lector_offset_map_convert (map, span.start);
  cursor->byte = span.start;
  *start = cursor->units;
  *end = span.end - span.start <= SCAN_LIMIT
             ? cursor->units + units_between (cursor->text + span.start, cursor->text + span.end,
                                              cursor->limit, cursor->unit)
             : lector_offset_map_convert (map, span.end);
}

/* The features of an annotation, after its own fields: ",KEY:VALUE" each. */
static void
append_features (Buffer *out, json_t *features, LectorOffsetMap *map)
{
  const char *key;
  json_t *value;
  json_object_foreach (features, key, value)
  {
    if (lector_json_is_reserved_feature (key))
      continue;
    buffer_append_c (out, ',');
    append_cstring (out, key);
    buffer_append_c (out, ':');
    if (lector_json_is_offset_feature (key, value))
      append_uint (out, lector_offset_map_convert (map, (gsize) json_integer_value (value)));
    else
      append_value (out, value);
  }
}

static void
append_layer (Buffer *out, const LectorLayer *layer, LectorOffsetMap *map, const SpanCursor *start)
{
  SpanCursor cursor = *start;
  gsize size = lector_layer_get_size (layer);
  const LectorSpan *spans = lector_layer_get_spans (layer);
  const char *const *labels = lector_layer_get_labels (layer);
  const double *scores = lector_layer_get_scores (layer);
  json_t *const *features = lector_layer_get_all_features (layer);
  LabelCache cache;
  cache.used = cache.next = 0;
  buffer_append_c (out, '[');
  for (gsize i = 0; i < size; i++)
    {
      /* {"start":N,"end":N, then the rest */
      char *p = buffer_reserve (out, 64);
      if (i > 0)
        *p++ = ',';
      memcpy (p, "{\"start\":", 9);
      gsize from, to;
      span_in_units (&cursor, map, spans[i], &from, &to);
      p = put_uint (p + 9, from);
      memcpy (p, ",\"end\":", 7);
      p = put_uint (p + 7, to);
      out->length = (gsize) (p - out->data);
      if (labels[i] != NULL)
        append_label (out, labels[i], &cache);
      /* lector_layer_add() refuses an infinite score; JSON could not say it anyway. */
      if (scores != NULL && isfinite (scores[i]))
        {
          buffer_append_literal (out, ",\"score\":");
          append_real (out, scores[i]);
        }
      if (features != NULL && features[i] != NULL)
        append_features (out, features[i], map);
      buffer_append_c (out, '}');
    }
  buffer_append_c (out, ']');
}

static char *
document_line (const InputRecord *record, const LectorDocument *doc, LectorOffsetUnit offsets,
               const char *const *layers)
{
  gsize length = 0;
  const char *text = lector_document_get_text (doc, &length);
  g_autoptr (GPtrArray) names = lector_document_get_layer_names (doc);
  /* A first guess of the size: the text, and some 40 bytes an annotation ({"start":N,
   * "end":N,"label":"word"}); features make more, and the buffer then grows. */
  gsize guess = length + length / 8 + 256;
  for (guint i = 0; i < names->len; i++)
    if (layer_wanted (layers, names->pdata[i]))
      guess += 40 * lector_layer_get_size (lector_document_get_layer (doc, names->pdata[i]));
  Buffer out = { 0 };
  buffer_reserve (&out, guess);

  buffer_append_literal (&out, "{\"id\":");
  append_value (&out, record->id);
  buffer_append_literal (&out, ",\"text\":");
  append_string (&out, text, length);
  const char *key;
  json_t *value;
  json_object_foreach (record->extra, key, value)
  {
    if (strcmp (key, "layers") == 0 || strcmp (key, "error") == 0)
      continue;
    buffer_append_c (&out, ',');
    append_cstring (&out, key);
    buffer_append_c (&out, ':');
    append_value (&out, value);
  }
  buffer_append_literal (&out, ",\"meta\":");
  append_value (&out, lector_document_get_meta ((LectorDocument *) doc));
  buffer_append_literal (&out, ",\"layers\":{");

  g_autoptr (LectorOffsetMap) map = lector_offset_map_new (doc, offsets);
  /* The map says whether offsets need converting at all: a text is often ASCII. */
  SpanCursor cursor = { (const guchar *) text, (const guchar *) text + length, offsets,
                        lector_offset_map_convert (map, length) == length, 0, 0 };
  gboolean first = TRUE;
  for (guint i = 0; i < names->len; i++)
    {
      const char *name = names->pdata[i];
      if (!layer_wanted (layers, name))
        continue;
      if (!first)
        buffer_append_c (&out, ',');
      first = FALSE;
      append_cstring (&out, name);
      buffer_append_c (&out, ':');
      append_layer (&out, lector_document_get_layer (doc, name), map, &cursor);
    }
  buffer_append_literal (&out, "}}");
  buffer_append_c (&out, '\0');
  /* Most of a generous first guess is given back. */
  return out.capacity - out.length > 4096 ? g_realloc (out.data, out.length) : out.data;
}

#define INDENT 2

/* Appends @length bytes of @data at @out + *@at, or only counts them when @out is NULL. */
static inline void
put_bytes (char *out, gsize *at, const char *data, gsize length)
{
  if (out != NULL)
    memcpy (out + *at, data, length);
  *at += length;
}

static inline void
put_newline_indent (char *out, gsize *at, gsize depth)
{
  if (out != NULL)
    {
      out[*at] = '\n';
      memset (out + *at + 1, ' ', depth * INDENT);
    }
  *at += 1 + depth * INDENT;
}

/* @compact, a JSON text as JSON_COMPACT writes it, as json_dumps (JSON_INDENT (2)) writes the
 * same value, at @out (NULL: nowhere); returns its length.  A line per member and element,
 * ": " after a key, empty containers as they are. */
static gsize
indent_into (const char *compact, char *out)
{
  gsize at = 0, depth = 0;
  for (const char *p = compact; *p != '\0'; p++)
    switch (*p)
      {
      case '"':
        {
          /* A string, copied whole: its escapes keep a quote from ending it. */
          const char *end = p + 1;
          while (*end != '"')
            end += *end == '\\' ? 2 : 1;
          put_bytes (out, &at, p, (gsize) (end + 1 - p));
          p = end;
          break;
        }
      case '{':
      case '[':
        if (p[1] == (*p == '{' ? '}' : ']'))
          put_bytes (out, &at, p++, 2);
        else
          {
            put_bytes (out, &at, p, 1);
            put_newline_indent (out, &at, ++depth);
          }
        break;
      case '}':
      case ']':
        put_newline_indent (out, &at, --depth);
        put_bytes (out, &at, p, 1);
        break;
      case ',':
        put_bytes (out, &at, ",", 1);
        put_newline_indent (out, &at, depth);
        break;
      case ':':
        put_bytes (out, &at, ": ", 2);
        break;
      default:
        put_bytes (out, &at, p, 1);
        break;
      }
  return at;
}

/* The indented form of @compact, in a buffer of its exact size: measured first, so that a large
 * document is not copied as a buffer grows, nor held twice over.  Indenting the fast path's line
 * costs a tenth of building the Jansson tree of a document and dumping it, and a fraction of its
 * memory (a token's object is some 500 bytes). */
static char *
indent_compact (const char *compact)
{
  gsize length = indent_into (compact, NULL);
  char *out = g_malloc (length + 1);
  indent_into (compact, out);
  out[length] = '\0';
  return out;
}

char *
output_format_document (OutputFormat format, LectorOffsetUnit offsets, const InputRecord *record,
                        const LectorDocument *doc, const char *const *layers)
{
  if (format == OUTPUT_FORMAT_HTML) /* rendered by the writer, which reads code points */
    return document_line (record, doc, LECTOR_OFFSETS_CODEPOINT, layers);
  g_autofree char *line = document_line (record, doc, offsets, layers);
  if (format == OUTPUT_FORMAT_JSONL)
    return g_steal_pointer (&line);
  return indent_compact (line);
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
output_format_document_slow (OutputFormat format, LectorOffsetUnit offsets,
                             const InputRecord *record, const LectorDocument *doc,
                             const char *const *layers)
{
  g_return_val_if_fail (format != OUTPUT_FORMAT_HTML, NULL);
  g_autoptr (json_t) json = document_record (record, doc, offsets, layers);
  return json_dumps (json, format == OUTPUT_FORMAT_JSON ? JSON_INDENT (INDENT) : JSON_COMPACT);
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
