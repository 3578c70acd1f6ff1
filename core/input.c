/* Reading documents: plain text files and JSON Lines, from files or standard input. */
#include "config.h"

#include <errno.h>
#include <string.h>

#include <glib/gstdio.h>
#include <sys/stat.h>

#include <lector/error.h>

#include "input.h"
#include "json-bytes.h"
#include "utf8.h"

/* Bytes read from a JSON Lines stream at a time (the fuzz target of the reader makes it
 * small, so that lines cross refills of the buffer). */
#ifndef READ_BUFFER
#define READ_BUFFER (1u << 20)
#endif

struct _InputReader {
  char **paths;
  InputFormat format;
  guint next_path;
  /* The JSON Lines stream being read, if any. */
  FILE *stream;
  char *stream_name;
  gboolean stream_is_stdin;
  guint64 line_number;
  char *line; /* the current line, without its newline */
  gsize line_length;
  gsize line_capacity;
  char *buffer; /* what was read from the stream and not yet consumed */
  gsize buffer_start;
  gsize buffer_end;
  gsize max_document; /* bytes of text per document */
  /* Sharding: only lines starting in [shard_start, shard_end) of the one input file. */
  gboolean sharded;
  guint64 shard_start;
  guint64 shard_end;
  guint64 position; /* byte offset of the next line in the stream */
  gboolean jansson_only; /* no fast path (tests compare the two) */
};

void
input_record_free (InputRecord *record)
{
  if (record == NULL)
    return;
  json_decref (record->id);
  g_free (record->id_text);
  g_free (record->text);
  json_decref (record->meta);
  json_decref (record->extra);
  g_free (record->error);
  g_free (record);
}

gboolean
input_format_from_string (const char *name, InputFormat *format)
{
  if (strcmp (name, "auto") == 0)
    *format = INPUT_FORMAT_AUTO;
  else if (strcmp (name, "text") == 0)
    *format = INPUT_FORMAT_TEXT;
  else if (strcmp (name, "jsonl") == 0)
    *format = INPUT_FORMAT_JSONL;
  else
    return FALSE;
  return TRUE;
}

InputReader *
input_reader_new (const char *const *paths, InputFormat format)
{
  InputReader *reader = g_new0 (InputReader, 1);
  static const char *const stdin_only[] = { "-", NULL };
  reader->paths = g_strdupv ((char **) (paths != NULL && paths[0] != NULL ? paths : stdin_only));
  reader->format = format;
  reader->max_document = INPUT_DEFAULT_MAX_DOCUMENT;
  reader->buffer = g_malloc (READ_BUFFER);
  return reader;
}

void
input_reader_set_fast_path (InputReader *reader, gboolean enabled)
{
  reader->jansson_only = !enabled;
}

void
input_reader_set_max_document (InputReader *reader, gsize bytes)
{
  reader->max_document = bytes;
}

static void
close_stream (InputReader *reader)
{
  reader->buffer_start = reader->buffer_end = 0;
  if (reader->stream != NULL && !reader->stream_is_stdin)
    fclose (reader->stream);
  reader->stream = NULL;
  g_clear_pointer (&reader->stream_name, g_free);
}

void
input_reader_free (InputReader *reader)
{
  if (reader == NULL)
    return;
  close_stream (reader);
  g_free (reader->line);
  g_free (reader->buffer);
  g_strfreev (reader->paths);
  g_free (reader);
}

static InputFormat
format_of (const InputReader *reader, const char *path)
{
  if (reader->format != INPUT_FORMAT_AUTO)
    return reader->format;
  if (g_str_has_suffix (path, ".jsonl") || g_str_has_suffix (path, ".ndjson"))
    return INPUT_FORMAT_JSONL;
  return INPUT_FORMAT_TEXT;
}

gboolean
input_reader_is_single_text (const InputReader *reader)
{
  return g_strv_length (reader->paths) == 1
         && format_of (reader, reader->paths[0]) == INPUT_FORMAT_TEXT;
}

static InputRecord *
record_new (const char *id)
{
  InputRecord *record = g_new0 (InputRecord, 1);
  /* A file name need not be UTF-8; the id must be, to be written as JSON. */
  record->id_text = g_utf8_make_valid (id, -1);
  record->id = json_string (record->id_text);
  return record;
}

/* @size is 0 when it is not known: reading stopped once it was past the limit. */
static char *
too_large_message (gsize size, gsize limit)
{
  if (size == 0)
    return g_strdup_printf ("the document has more than the maximum of %" G_GSIZE_FORMAT
                            " bytes (--max-document-size)",
                            limit);
  return g_strdup_printf ("the document has %" G_GSIZE_FORMAT " bytes, more than the maximum "
                          "of %" G_GSIZE_FORMAT " (--max-document-size)",
                          size, limit);
}

/* Reads a text document from @stream, standard input or a file that is not a regular one (a
 * pipe, <(…), a device): keeps at most the limit and one byte more, and past the limit stops
 * reading, since such a stream may never end (yes |, /dev/zero) and only its size would be
 * learnt.  @name is the file's name, NULL for standard input. */
static void
read_text_stream (const InputReader *reader, InputRecord *record, FILE *stream, const char *name)
{
  /* A regular file on standard input (< FILE) tells its size: a document too large is
   * refused with it, unread, as when the file is named. */
  struct stat info;
  off_t at;
  if (fstat (fileno (stream), &info) == 0 && S_ISREG (info.st_mode)
      && (at = lseek (fileno (stream), 0, SEEK_CUR)) >= 0 && info.st_size > at
      && (guint64) (info.st_size - at) > reader->max_document)
    {
      record->error = too_large_message ((gsize) (info.st_size - at), reader->max_document);
      record->input_bytes = (gsize) (info.st_size - at);
      return;
    }

  GString *data = g_string_new (NULL);
  char buffer[65536];
  for (;;)
    {
      /* Up to one byte past the limit, which may be G_MAXSIZE. */
      gsize room = reader->max_document - data->len;
      size_t n = fread (buffer, 1, room >= sizeof buffer ? sizeof buffer : room + 1, stream);
      if (n == 0)
        break;
      g_string_append_len (data, buffer, (gssize) n);
      if (data->len > reader->max_document)
        {
          record->error = too_large_message (0, reader->max_document);
          record->input_bytes = data->len;
          g_string_free (data, TRUE);
          return;
        }
    }
  if (ferror (stream))
    {
      record->error = name != NULL
                          ? g_strdup_printf ("cannot read: %s: %s", name, g_strerror (errno))
                          : g_strdup_printf ("cannot read standard input: %s", g_strerror (errno));
      g_string_free (data, TRUE);
      return;
    }
  record->length = data->len;
  record->text = g_string_free (data, FALSE);
  record->input_bytes = record->length;
}

static InputRecord *
read_text_file (const InputReader *reader, const char *path)
{
  if (strcmp (path, "-") == 0)
    {
      InputRecord *record = record_new ("stdin");
      read_text_stream (reader, record, stdin, NULL);
      return record;
    }

  InputRecord *record = record_new (path);
  GStatBuf info;
  gboolean found = g_stat (path, &info) == 0;
  if (found && !S_ISREG (info.st_mode))
    {
      FILE *stream = fopen (path, "rb");
      if (stream == NULL)
        record->error = g_strdup_printf ("cannot read: %s: %s", path, g_strerror (errno));
      else
        {
          read_text_stream (reader, record, stream, path);
          fclose (stream);
        }
      return record;
    }
  if (found && (guint64) info.st_size > reader->max_document)
    {
      record->error = too_large_message ((gsize) info.st_size, reader->max_document);
      record->input_bytes = (gsize) info.st_size;
      return record;
    }
  g_autoptr (GError) error = NULL;
  if (!g_file_get_contents (path, &record->text, &record->length, &error))
    {
      record->error = g_strdup_printf ("cannot read: %s", error->message);
      return record;
    }
  record->input_bytes = record->length;
  return record;
}

static char *
json_id_text (json_t *id)
{
  if (json_is_string (id))
    return g_strdup (json_string_value (id));
  return json_dumps (id, JSON_ENCODE_ANY | JSON_COMPACT);
}

/* The id of a line that cannot be parsed (invalid UTF-8, too deep, cut short), when the
 * line starts with it, so that the error record can be matched to its input. */
static json_t *
recover_id (const char *line, gsize length)
{
  /* Not G_REGEX_OPTIMIZE: PCRE2's JIT code reads memory valgrind cannot follow (false
   * "uninitialised value" reports), and this runs only for lines that failed to parse. */
  static GRegex *leading_id;
  if (g_once_init_enter (&leading_id))
    g_once_init_leave (&leading_id,
                       g_regex_new ("^\\s*\\{\\s*\"id\"\\s*:\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|-?[0-9]+)",
                                    0, 0, NULL));
  g_autofree char *repaired = g_utf8_make_valid (line, (gssize) MIN (length, 4096));
  g_autoptr (GMatchInfo) match = NULL;
  if (!g_regex_match (leading_id, repaired, 0, &match))
    return NULL;
  g_autofree char *literal = g_match_info_fetch (match, 1);
  json_t *id = json_loads (literal, JSON_DECODE_ANY, NULL);
  if (id != NULL && !json_is_string (id) && !json_is_integer (id))
    g_clear_pointer (&id, json_decref);
  return id;
}

static void
set_recovered_id (InputRecord *record, const char *line, gsize length)
{
  json_t *id = recover_id (line, length);
  if (id == NULL)
    return;
  json_decref (record->id);
  record->id = id;
  g_free (record->id_text);
  record->id_text = json_id_text (id);
}

/* --- the JSON Lines fast path ---------------------------------------------------------------
 *
 * Jansson reads a string a character at a time through its lexer's stream, which costs
 * more than everything else the reader does; most records are an object of a few strings
 * ({"id", "text"}).  load_record() reads such an object itself, and must give exactly the
 * tree json_loadb (line, length, 0) gives: whatever it is not sure of (an error, an escape
 * it does not decode, deep nesting) it leaves to Jansson by returning NULL, and the line is
 * parsed again there, which also gives Jansson's error message.  Values other than strings
 * are handed to Jansson one by one.  tests/test-output.c compares the two on tricky lines. */

/* JSON whitespace, as Jansson's lexer skips it. */
static inline const char *
skip_space (const char *p, const char *end)
{
  while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
    p++;
  return p;
}

/* Past the ':' after a key, and the space around it: where the value starts, or NULL when
 * there is no ':' or nothing after it. */
static inline const char *
skip_colon (const char *p, const char *end)
{
  p = skip_space (p, end);
  if (p == end || *p != ':')
    return NULL;
  p = skip_space (p + 1, end);
  return p < end ? p : NULL;
}

static inline int
hex_value (char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

/* The 4 hex digits at p (p + 4 <= end), or -1. */
static inline int
read_hex4 (const char *p)
{
  int value = 0;
  for (int i = 0; i < 4; i++)
    {
      int digit = hex_value (p[i]);
      if (digit < 0)
        return -1;
      value = value * 16 + digit;
    }
  return value;
}

/* Decodes the JSON string whose opening quote is at p[-1] into a new NUL-terminated
 * buffer (its length in *length); *after is past the closing quote.  NULL for anything
 * Jansson would refuse (a control character, a bad escape, \u0000, a lone surrogate) or
 * a string that does not end.  The line is valid UTF-8, which Jansson checks too. */
static char *
decode_string (const char *p, const char *end, gsize *length, const char **after)
{
  /* Escapes only ever shrink the text: the raw length bounds the decoded one. */
  const char *close = p;
  char *out = NULL, *q = NULL;
  for (;;)
    {
      /* Eight plain bytes at a time: most of a text. */
      const char *run = p;
      while (end - p >= 8)
        {
          guint64 word;
          memcpy (&word, p, 8);
          if (json_word_is_special (word))
            break;
          p += 8;
        }
      while (p < end && (guchar) *p >= 0x20 && *p != '"' && *p != '\\')
        p++;
      if (p >= end || (guchar) *p < 0x20)
        goto refuse;
      if (out == NULL)
        {
          /* Where the string ends is not known yet: the rest of the line is the bound. */
          out = g_malloc ((gsize) (end - close) + 1);
          q = out;
        }
      memcpy (q, run, (gsize) (p - run));
      q += p - run;
      if (*p == '"')
        {
          *q = '\0';
          *length = (gsize) (q - out);
          *after = p + 1;
          return out;
        }
      /* A backslash. */
      if (end - p < 2)
        goto refuse;
      char c = p[1];
      p += 2;
      switch (c)
        {
        case '"':
        case '\\':
        case '/':
          *q++ = c;
          break;
        case 'b':
          *q++ = '\b';
          break;
        case 'f':
          *q++ = '\f';
          break;
        case 'n':
          *q++ = '\n';
          break;
        case 'r':
          *q++ = '\r';
          break;
        case 't':
          *q++ = '\t';
          break;
        case 'u':
          {
            if (end - p < 4)
              goto refuse;
            int unit = read_hex4 (p);
            p += 4;
            gunichar code;
            if (unit <= 0 || (unit >= 0xDC00 && unit <= 0xDFFF))
              goto refuse;
            if (unit >= 0xD800 && unit <= 0xDBFF)
              {
                if (end - p < 6 || p[0] != '\\' || p[1] != 'u')
                  goto refuse;
                int low = read_hex4 (p + 2);
                if (low < 0xDC00 || low > 0xDFFF)
                  goto refuse;
                p += 6;
                code = 0x10000 + (((gunichar) unit - 0xD800) << 10) + ((gunichar) low - 0xDC00);
              }
            else
              code = (gunichar) unit;
            q += g_unichar_to_utf8 (code, q);
            break;
          }
        default:
          goto refuse;
        }
    }
refuse:
  g_free (out);
  return NULL;
}

/* The end of the number or literal, or of the array or object, starting at p; NULL when
 * it does not end in the line or nests deeper than @max_depth levels. */
static const char *
skip_value (const char *p, const char *end, guint max_depth)
{
  if (*p != '[' && *p != '{')
    {
      while (p < end && *p != ',' && *p != '}' && *p != ']' && *p != ' ' && *p != '\t'
             && *p != '\n' && *p != '\r')
        p++;
      return p;
    }
  guint depth = 0;
  while (p < end)
    {
      char c = *p++;
      if (c == '[' || c == '{')
        {
          if (++depth > max_depth)
            return NULL;
        }
      else if (c == ']' || c == '}')
        {
          if (--depth == 0)
            return p;
        }
      else if (c == '"')
        {
          while (p < end && *p != '"')
            p += *p == '\\' ? 2 : 1;
          if (p >= end)
            return NULL;
          p++;
        }
    }
  return NULL;
}

/* The line's object as json_loadb (line, length, 0) reads it, or NULL when the fast path
 * is not sure (then Jansson reads the line).  The "text" member, when it is a string, is
 * not put in the object but returned in *text, *text_length. */
static json_t *
load_record (const char *line, gsize length, char **text, gsize *text_length)
{
  const char *p = line, *end = line + length;
  g_autoptr (json_t) root = NULL;
  g_autofree char *text_value = NULL;
  gboolean seen_text = FALSE;

  p = skip_space (p, end);
  if (p == end || *p != '{')
    return NULL;
  p = skip_space (p + 1, end);
  if (p == end || *p != '"')
    return NULL; /* an empty object too: Jansson says what is wrong with it */
  root = json_object ();
  for (;;)
    {
      /* "key" : value */
      gsize key_length;
      g_autofree char *key = decode_string (p + 1, end, &key_length, &p);
      if (key == NULL || strlen (key) != key_length || (p = skip_colon (p, end)) == NULL)
        return NULL;
      json_t *value;
      if (*p == '"')
        {
          gsize value_length;
          char *string = decode_string (p + 1, end, &value_length, &p);
          if (string == NULL)
            return NULL;
          if (strcmp (key, "text") == 0)
            {
              /* Twice "text": the last one counts, whatever it is; Jansson decides. */
              if (seen_text)
                {
                  g_free (string);
                  return NULL;
                }
              seen_text = TRUE;
              text_value = string;
              *text_length = value_length;
              value = NULL;
            }
          else
            {
              value = json_stringn_nocheck (string, value_length);
              g_free (string);
            }
        }
      else
        {
          /* Jansson refuses more than 2048 levels, counted from the line's object: deeper
           * than it is sure to read, the line is left to it. */
          const char *value_end = skip_value (p, end, 1024);
          if (value_end == NULL)
            return NULL;
          value = json_loadb (p, (gsize) (value_end - p), JSON_DECODE_ANY, NULL);
          if (value == NULL)
            return NULL;
          p = value_end;
          if (strcmp (key, "text") == 0)
            {
              if (seen_text)
                {
                  json_decref (value);
                  return NULL;
                }
              seen_text = TRUE;
            }
        }
      /* A key given twice makes the record an error, which the reading by Jansson reports. */
      if (value != NULL && json_object_get (root, key) != NULL)
        {
          json_decref (value);
          return NULL;
        }
      if (value != NULL && json_object_set_new_nocheck (root, key, value) != 0)
        return NULL;
      p = skip_space (p, end);
      if (p == end)
        return NULL;
      if (*p == '}')
        break;
      if (*p != ',')
        return NULL;
      p = skip_space (p + 1, end);
      if (p == end || *p != '"')
        return NULL;
    }
  if (skip_space (p + 1, end) != end)
    return NULL;
  *text = g_steal_pointer (&text_value);
  return g_steal_pointer (&root);
}

/* The first key that the line's object (not an object inside it) has twice, or NULL.  The
 * line is one that Jansson refused for a duplicate key, so it is valid up to that key. */
static char *
find_duplicate_key (const char *line, gsize length)
{
  const char *p = line, *end = line + length;
  g_autoptr (GHashTable) keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  p = skip_space (p, end);
  if (p == end || *p != '{')
    return NULL;
  p = skip_space (p + 1, end);
  while (p < end && *p == '"')
    {
      gsize key_length;
      char *key = decode_string (p + 1, end, &key_length, &p);
      if (key == NULL)
        return NULL;
      if (g_hash_table_contains (keys, key))
        return key;
      g_hash_table_add (keys, key);
      if ((p = skip_colon (p, end)) == NULL)
        return NULL;
      if (*p == '"')
        {
          gsize value_length;
          g_autofree char *value = decode_string (p + 1, end, &value_length, &p);
          if (value == NULL)
            return NULL;
        }
      else if ((p = skip_value (p, end, G_MAXUINT)) == NULL)
        return NULL;
      p = skip_space (p, end);
      if (p == end || *p != ',')
        return NULL;
      p = skip_space (p + 1, end);
    }
  return NULL;
}

/* Where the first \u0000 escape of a string in the line starts, or -1. */
static gssize
find_nul_escape (const char *line, gsize length)
{
  gboolean in_string = FALSE;
  for (gsize i = 0; i < length; i++)
    if (!in_string)
      in_string = line[i] == '"';
    else if (line[i] == '"')
      in_string = FALSE;
    else if (line[i] == '\\')
      {
        if (i + 6 <= length && strncmp (line + i + 1, "u0000", 5) == 0)
          return (gssize) i;
        i++;
      }
  return -1;
}

static InputRecord *
parse_json_line (InputReader *reader, const char *line, gsize length)
{
  g_autofree char *fallback_id = g_strdup_printf ("%s:%" G_GUINT64_FORMAT, reader->stream_name,
                                                  reader->line_number);
  InputRecord *record = record_new (fallback_id);
  record->input_bytes = length;

  const char *bad = NULL;
  if (!lector_utf8_validate (line, length, &bad))
    {
      set_recovered_id (record, line, length);
      record->error = g_strdup_printf ("%s: %s at byte %" G_GSIZE_FORMAT " of the line",
                                       fallback_id,
                                       *bad == '\0' ? "NUL byte" : "invalid UTF-8",
                                       (gsize) (bad - line));
      return record;
    }

  g_autofree char *fast_text = NULL;
  gsize fast_text_length = 0;
  g_autoptr (json_t) root = reader->jansson_only
                                ? NULL
                                : load_record (line, length, &fast_text, &fast_text_length);
  json_error_t json_error;
  /* Any JSON value is read, so that one that is not an object is told apart from a line
   * that is not JSON at all. */
  if (root == NULL)
    root = json_loadb (line, length, JSON_REJECT_DUPLICATES | JSON_DECODE_ANY, &json_error);
  if (root == NULL && json_error_code (&json_error) == json_error_duplicate_key)
    {
      /* The record's own keys must be unique: which "text" or "id" would be meant? */
      g_autofree char *key = find_duplicate_key (line, length);
      if (key != NULL)
        {
          set_recovered_id (record, line, length);
          record->error = g_strdup_printf ("%s: the key \"%s\" appears twice; the keys of a "
                                           "record must be unique",
                                           fallback_id, key);
          return record;
        }
      /* Inside a value, which is passed on as Jansson reads it: the last one counts. */
      root = json_loadb (line, length, JSON_DECODE_ANY, &json_error);
    }
  if (root == NULL)
    {
      set_recovered_id (record, line, length);
      /* An escaped NUL is reported as a raw one is, not in Jansson's words. */
      enum json_error_code code = json_error_code (&json_error);
      gssize nul = code == json_error_null_character || code == json_error_null_byte_in_key
                       ? find_nul_escape (line, length)
                       : -1;
      if (nul >= 0)
        record->error = g_strdup_printf ("%s: NUL byte (\\u0000) at byte %" G_GSSIZE_FORMAT
                                         " of the line",
                                         fallback_id, nul);
      else
        record->error = g_strdup_printf ("%s: not valid JSON: %s (column %d)", fallback_id,
                                         json_error.text, json_error.column);
      return record;
    }
  if (!json_is_object (root))
    {
      record->error = g_strdup_printf ("%s: not a JSON object; a JSON Lines record is an "
                                       "object with a \"text\" string",
                                       fallback_id);
      return record;
    }

  json_t *id = json_object_get (root, "id");
  if (id != NULL && (json_is_string (id) || json_is_integer (id)))
    {
      json_decref (record->id);
      record->id = json_incref (id);
      g_free (record->id_text);
      record->id_text = json_id_text (id);
    }
  else if (id != NULL && !json_is_null (id))
    {
      record->error = g_strdup_printf ("%s: \"id\" must be a string or an integer", fallback_id);
      return record;
    }

  json_t *text = json_object_get (root, "text");
  if (fast_text == NULL && !json_is_string (text))
    {
      record->error = g_strdup_printf ("%s: %s", fallback_id,
                                       text == NULL ? "no \"text\" field"
                                                    : "\"text\" must be a string");
      return record;
    }
  record->length = fast_text != NULL ? fast_text_length : json_string_length (text);
  if (record->length > reader->max_document)
    {
      g_autofree char *why = too_large_message (record->length, reader->max_document);
      record->error = g_strdup_printf ("%s: %s", fallback_id, why);
      record->length = 0;
      return record;
    }
  record->text = fast_text != NULL ? g_steal_pointer (&fast_text)
                                   : g_memdup2 (json_string_value (text), record->length + 1);

  json_t *meta = json_object_get (root, "meta");
  if (meta != NULL && !json_is_object (meta))
    {
      record->error = g_strdup_printf ("%s: \"meta\" must be an object", fallback_id);
      return record;
    }
  record->meta = meta != NULL ? json_incref (meta) : NULL;

  const char *key;
  json_t *value;
  json_object_foreach (root, key, value)
  {
    if (strcmp (key, "id") == 0 || strcmp (key, "text") == 0 || strcmp (key, "meta") == 0)
      continue;
    if (record->extra == NULL)
      record->extra = json_object ();
    json_object_set (record->extra, key, value);
  }
  return record;
}

gboolean
input_reader_set_shard (InputReader *reader, guint index, guint count, GError **error)
{
  if (count == 0 || index == 0 || index > count)
    {
      g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_CONFIG,
                   "shard %u/%u: the shard index must be between 1 and the count", index, count);
      return FALSE;
    }
  if (g_strv_length (reader->paths) != 1 || strcmp (reader->paths[0], "-") == 0
      || format_of (reader, reader->paths[0]) != INPUT_FORMAT_JSONL)
    {
      g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_CONFIG,
                   "sharding needs exactly one JSON Lines file as input (not standard input)");
      return FALSE;
    }
  GStatBuf info;
  if (g_stat (reader->paths[0], &info) != 0)
    {
      g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_IO, "cannot shard %s: %s", reader->paths[0],
                   g_strerror (errno));
      return FALSE;
    }
  /* Only a regular file has a size to divide.  (errno says nothing here: g_stat() did not
   * fail, and an earlier failure may have left one.) */
  if (!S_ISREG (info.st_mode))
    {
      g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_IO, "cannot shard %s: not a regular file",
                   reader->paths[0]);
      return FALSE;
    }
  /* The division of GNU split -n l/K/N (coreutils 9.1): N parts of size/N bytes, the
   * last one taking the remainder; a line belongs to the part its first byte is in. */
  guint64 size = (guint64) info.st_size;
  guint64 part = size / count;
  reader->sharded = TRUE;
  reader->shard_start = (index - 1) * part;
  reader->shard_end = index == count ? size : index * part;
  return TRUE;
}

guint64
input_reader_get_total_bytes (const InputReader *reader)
{
  if (reader->sharded)
    return reader->shard_end - reader->shard_start;
  guint64 total = 0;
  for (char **path = reader->paths; *path != NULL; path++)
    {
      GStatBuf info;
      if (strcmp (*path, "-") == 0 || g_stat (*path, &info) != 0 || !S_ISREG (info.st_mode))
        return 0;
      total += (guint64) info.st_size;
    }
  return total;
}

/* Reads the next line of the stream into reader->line (without its newline), keeping at
 * most @limit bytes of it: a longer line is consumed whole but not kept, and *too_long is
 * set.  Returns the bytes consumed (newline included), 0 at the end, -1 on a read error. */
static gssize
read_line (InputReader *reader, gsize limit, gboolean *too_long)
{
  gsize consumed = 0;
  reader->line_length = 0;
  *too_long = FALSE;
  for (;;)
    {
      if (reader->buffer_start == reader->buffer_end)
        {
          size_t got = fread (reader->buffer, 1, READ_BUFFER, reader->stream);
          if (got == 0)
            return ferror (reader->stream) ? -1 : (gssize) consumed;
          reader->buffer_start = 0;
          reader->buffer_end = got;
        }
      const char *start = reader->buffer + reader->buffer_start;
      gsize available = reader->buffer_end - reader->buffer_start;
      const char *newline = memchr (start, '\n', available);
      gsize take = newline != NULL ? (gsize) (newline - start) + 1 : available;
      gsize content = newline != NULL ? take - 1 : take;
      if (!*too_long && reader->line_length + content > limit)
        *too_long = TRUE;
      if (!*too_long)
        {
          if (reader->line_length + content + 1 > reader->line_capacity)
            {
              reader->line_capacity = MAX (reader->line_length + content + 1,
                                           reader->line_capacity * 2);
              reader->line = g_realloc (reader->line, reader->line_capacity);
            }
          memcpy (reader->line + reader->line_length, start, content);
          reader->line_length += content;
          reader->line[reader->line_length] = '\0';
        }
      consumed += take;
      reader->buffer_start += take;
      if (newline != NULL)
        return (gssize) consumed;
    }
}

/* Moves a sharded stream to the first line that starts at or after shard_start, and
 * counts the lines before it so that records keep their line numbers. */
static gboolean
seek_shard (InputReader *reader, GError **error)
{
  guint64 start = reader->shard_start;
  reader->position = 0;
  if (start == 0)
    return TRUE;

  /* The line that holds byte start-1 belongs to an earlier shard unless it ends there. */
  char buffer[65536];
  char last = '\n';
  guint64 lines = 0, offset = 0;
  while (offset < start)
    {
      size_t want = (size_t) MIN ((guint64) sizeof buffer, start - offset);
      size_t got = fread (buffer, 1, want, reader->stream);
      if (got == 0)
        break;
      last = buffer[got - 1];
      for (const char *p = buffer; (p = memchr (p, '\n', (size_t) (buffer + got - p))) != NULL; p++)
        lines++;
      offset += got;
    }
  if (ferror (reader->stream))
    {
      g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_IO, "error reading %s: %s",
                   reader->stream_name, g_strerror (errno));
      return FALSE;
    }
  reader->line_number = lines;
  reader->position = offset;
  if (offset == start && last != '\n')
    {
      /* Inside a line that started before the shard: skip to its end. */
      gboolean too_long;
      gssize n = read_line (reader, 0, &too_long);
      if (n > 0)
        {
          reader->position += (guint64) n;
          reader->line_number++;
        }
    }
  return TRUE;
}

static gboolean
open_stream (InputReader *reader, const char *path, InputRecord **failed)
{
  reader->line_number = 0;
  if (strcmp (path, "-") == 0)
    {
      reader->stream = stdin;
      reader->stream_is_stdin = TRUE;
      reader->stream_name = g_strdup ("stdin");
      return TRUE;
    }
  reader->stream = fopen (path, "rb");
  reader->stream_is_stdin = FALSE;
  int problem = reader->stream == NULL ? errno : 0;
  /* A directory opens, but its first read fails, which would stop the job as a read error
   * in the middle of a stream: like a file that cannot be opened, it is one error record. */
  struct stat info;
  if (problem == 0 && fstat (fileno (reader->stream), &info) != 0)
    problem = errno;
  else if (problem == 0 && S_ISDIR (info.st_mode))
    problem = EISDIR;
  if (problem != 0)
    {
      g_clear_pointer (&reader->stream, fclose);
      *failed = record_new (path);
      (*failed)->error = g_strdup_printf ("cannot open %s: %s", path, g_strerror (problem));
      return FALSE;
    }
  reader->stream_name = g_strdup (path);
  return TRUE;
}

InputRecord *
input_reader_next (InputReader *reader, GError **error)
{
  for (;;)
    {
      if (reader->stream != NULL)
        {
          errno = 0;
          if (reader->sharded && reader->position >= reader->shard_end)
            {
              close_stream (reader);
              continue;
            }
          /* A JSON string may take up to 6 bytes per byte of text (\u00XX). */
          gsize limit = reader->max_document > G_MAXSIZE / 8 ? G_MAXSIZE / 2
                                                             : reader->max_document * 6 + 4096;
          gboolean too_long = FALSE;
          gssize n = read_line (reader, limit, &too_long);
          if (n < 0)
            {
              g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_IO, "error reading %s: %s",
                           reader->stream_name, g_strerror (errno));
              close_stream (reader);
              return NULL;
            }
          if (n == 0)
            {
              close_stream (reader);
              continue;
            }
          reader->position += (guint64) n;
          reader->line_number++;
          if (too_long)
            {
              g_autofree char *id = g_strdup_printf ("%s:%" G_GUINT64_FORMAT, reader->stream_name,
                                                     reader->line_number);
              InputRecord *record = record_new (id);
              record->error = g_strdup_printf (
                  "%s: the line has %" G_GSIZE_FORMAT " bytes, too long to hold a document of "
                  "at most %" G_GSIZE_FORMAT " bytes (--max-document-size)",
                  id, (gsize) n, reader->max_document);
              record->input_bytes = (gsize) n;
              return record;
            }
          gsize length = reader->line_length;
          while (length > 0 && (reader->line[length - 1] == '\n' || reader->line[length - 1] == '\r'))
            length--;
          gsize blank = 0;
          while (blank < length && g_ascii_isspace (reader->line[blank]))
            blank++;
          if (blank == length)
            continue; /* blank lines separate nothing and are not records */
          InputRecord *record = parse_json_line (reader, reader->line, length);
          /* The whole line, newline included, so that progress reaches the file size. */
          record->input_bytes = (gsize) n;
          return record;
        }

      if (reader->paths[reader->next_path] == NULL)
        return NULL;
      const char *path = reader->paths[reader->next_path++];
      if (format_of (reader, path) == INPUT_FORMAT_TEXT)
        return read_text_file (reader, path);
      InputRecord *failed = NULL;
      if (!open_stream (reader, path, &failed))
        return failed;
      if (reader->sharded && !seek_shard (reader, error))
        {
          close_stream (reader);
          return NULL;
        }
    }
}
