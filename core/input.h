/* Reading documents: plain text files and JSON Lines, from files or standard input. */
#pragma once

#include <stdio.h>

#include <glib.h>
#include <jansson.h>

#include "json-autoptr.h"

typedef enum {
  INPUT_FORMAT_AUTO = 0, /* by file name: .jsonl/.ndjson are JSON Lines, anything else text */
  INPUT_FORMAT_TEXT,
  INPUT_FORMAT_JSONL,
} InputFormat;

/* One input record: a document to run, or the reason it cannot be one. */
typedef struct {
  json_t *id;       /* the id as given (string or number), for the output */
  char *id_text;    /* the id as text, for the document and messages */
  char *text;       /* NULL when error is set */
  gsize length;
  json_t *meta;     /* (nullable) "meta" object from the record, seeds the document's meta */
  json_t *extra;    /* (nullable) other fields of a JSON Lines record, passed through */
  char *error;      /* (nullable) why the record is not a document */
  gsize input_bytes;
} InputRecord;

void input_record_free (InputRecord *record);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (InputRecord, input_record_free)

typedef struct _InputReader InputReader;

gboolean input_format_from_string (const char *name, InputFormat *format);

/* Reads @paths in order ("-" is standard input); an empty list means standard input. */
InputReader *input_reader_new (const char *const *paths, InputFormat format);
void input_reader_free (InputReader *reader);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (InputReader, input_reader_free)

/* Whether the input is exactly one plain text document (then output is one JSON object). */
gboolean input_reader_is_single_text (const InputReader *reader);

/* The default maximum size of one document's text (--max-document-size). */
#define INPUT_DEFAULT_MAX_DOCUMENT ((gsize) 32 << 20)

/* Whether JSON Lines records are read by the fast path where it can (the default), or
 * all by Jansson: the two must give the same records, which tests check. */
void input_reader_set_fast_path (InputReader *reader, gboolean enabled);

/* Documents larger than @bytes become error records instead of being read into memory; a
 * text input that is not a regular file (standard input, a pipe, a device) is read up to
 * @bytes + 1 and no further, since it may never end. */
void input_reader_set_max_document (InputReader *reader, gsize bytes);

/* Limits reading to shard @index (1-based) of @count: the records whose first byte lies
 * in the index-th of @count nearly equal byte ranges of the input, as `split -n
 * l/INDEX/COUNT` divides a file.  The input must be exactly one JSON Lines file. */
gboolean input_reader_set_shard (InputReader *reader, guint index, guint count, GError **error);

/* The bytes the reader will read in all (the shard's range for a shard), or 0 when it
 * cannot be known (standard input). */
guint64 input_reader_get_total_bytes (const InputReader *reader);

/* The next record, or NULL at the end.  A record that cannot be read (unreadable file,
 * bad JSON line) comes back with its error set; only a failure that makes the rest of
 * the input unreadable (a read error in the middle of a stream) is returned in @error. */
InputRecord *input_reader_next (InputReader *reader, GError **error);
