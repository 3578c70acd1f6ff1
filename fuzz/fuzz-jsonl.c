/* Fuzz target: the lector command's input reader (core/input.c) on arbitrary bytes given as
 * a file, and its output formatting (core/output.c) of every record read: the annotated
 * document, or the error record.
 *
 * Input: byte 0: bits 0-1 the format (3: a plain text file, else JSON Lines); bits 2-3 the
 * maximum document size (default, 0, 8 or 64 bytes); bits 4-5 the offset unit; bit 6 run
 * the segment stage on each document; bit 7 also read the file in 2 and in 3 shards.  The
 * rest is the file.  The file is a memfd, read through its /proc/self/fd path; the reader
 * is compiled with a read buffer of a few bytes (fuzz/local.mk), so that lines cross
 * buffer refills as long lines do in production.
 *
 * Checks: each JSON Lines line that is not blank gives exactly one record, and a text file
 * one; the shards of a file give together the records of the whole file, in order; every
 * record becomes an output record that is valid JSON with its id; the JSON Lines fast path
 * writes the same bytes as Jansson (output_format_document_slow).
 *
 * The HTML renderer (core/html.c: lector run --format html, lector render) gets each output
 * record, which it must render, and each line of the file that is JSON, as lector render
 * would read it, which it must render or refuse with LECTOR_ERROR_INPUT.  The article must
 * be well formed: outside tags no '>', inside no '<', quotes of attribute values balanced,
 * and only the elements html.c writes, so that no text of the input becomes markup. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "fuzz.h"
#include "html.h"
#include "input.h"
#include "output.h"

static LectorRegistry *registry;
static LectorPipeline *pipeline;
static LectorWorker *worker;
static int fd = -1;
static char *path;

/* Frees what Initialize made when the replay driver exits: the compiler may drop the store
 * of a static that is never read again, and LeakSanitizer would then report the registry. */
static void
cleanup (void)
{
  lector_worker_free (worker);
  lector_pipeline_free (pipeline);
  lector_registry_free (registry);
}

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  fuzz_setup ();
  atexit (cleanup);
  static const LectorPluginInfo *const plugins[] = { &segment_LTX_lector_plugin_info, NULL };
  registry = fuzz_registry_new (plugins);
  pipeline = fuzz_pipeline_new (registry, "[pipeline]\nstages = segment\n");
  g_autoptr (GError) error = NULL;
  worker = lector_pipeline_new_worker (pipeline, &error);
  FUZZ_CHECK (worker != NULL, "%s", error->message);
  fd = memfd_create ("fuzz-input", 0);
  FUZZ_CHECK (fd >= 0, "memfd_create: %s", g_strerror (errno));
  path = g_strdup_printf ("/proc/self/fd/%d", fd);
  return 0;
}

static void
write_file (const uint8_t *data, size_t size)
{
  FUZZ_CHECK (ftruncate (fd, 0) == 0, "ftruncate: %s", g_strerror (errno));
  for (size_t done = 0; done < size;)
    {
      ssize_t n = pwrite (fd, data + done, size - done, (off_t)done);
      FUZZ_CHECK (n > 0, "pwrite: %s", g_strerror (errno));
      done += (size_t)n;
    }
}

/* The records a JSON Lines file must give: its lines that are not blank, and every line
 * too long to hold a document (input.c: read_line's limit) whatever it holds. */
static guint
expected_records (const uint8_t *data, size_t size, gsize max_document)
{
  gsize limit = max_document > G_MAXSIZE / 8 ? G_MAXSIZE / 2 : max_document * 6 + 4096;
  guint records = 0;
  const uint8_t *p = data, *end = data + size;
  while (p < end)
    {
      const uint8_t *nl = memchr (p, '\n', (size_t)(end - p));
      const uint8_t *stop = nl != NULL ? nl : end;
      gboolean blank = TRUE;
      for (const uint8_t *q = p; q < stop && blank; q++)
        blank = g_ascii_isspace (*q);
      if (!blank || (gsize)(stop - p) > limit)
        records++;
      p = nl != NULL ? nl + 1 : end;
    }
  return records;
}

/* A record as a line of text, to compare the records of shards with the whole file's. */
static char *
record_summary (const InputRecord *record)
{
  g_autofree char *id = json_dumps (record->id, JSON_ENCODE_ANY | JSON_COMPACT);
  return g_strdup_printf ("%s|%s|%zu|%s", id, record->id_text,
                          record->error != NULL ? (gsize)0 : record->length,
                          record->error != NULL ? record->error : "ok");
}

/* The elements core/html.c writes. */
static const char *const html_elements[]
    = { "a",     "article", "aside", "bdi", "code",  "div", "footer", "h1",      "h2",   "header",
        "li",    "main",    "mark",  "nav", "ol",    "p",   "q",      "section", "span", "strong",
        "table", "tbody",   "td",    "th",  "thead", "tr",  "ul",     NULL };

/* @html is markup only where html.c puts it: see the comment at the top. */
static void
check_html_markup (const char *html)
{
  FUZZ_CHECK (g_utf8_validate (html, -1, NULL), "the HTML is not UTF-8");
  enum
  {
    TEXT,
    TAG,
    VALUE
  } state
      = TEXT;
  for (const char *p = html; *p != '\0'; p++)
    switch (state)
      {
      case TEXT:
        FUZZ_CHECK (*p != '>', "a '>' outside a tag at %zu: %s", (gsize)(p - html), html);
        if (*p == '<')
          {
            const char *name = p + 1 + (p[1] == '/');
            gsize n = 0;
            while (g_ascii_isalnum (name[n]))
              n++;
            g_autofree char *element = g_strndup (name, n);
            FUZZ_CHECK (g_strv_contains (html_elements, element),
                        "an element html.c does not write, '%s', at %zu: %s", element,
                        (gsize)(p - html), html);
            state = TAG;
          }
        break;
      case TAG:
        FUZZ_CHECK (*p != '<', "a '<' inside a tag at %zu: %s", (gsize)(p - html), html);
        if (*p == '"')
          state = VALUE;
        else if (*p == '>')
          state = TEXT;
        break;
      case VALUE:
        FUZZ_CHECK (*p != '<' && *p != '>', "a '%c' in an attribute value at %zu: %s", *p,
                    (gsize)(p - html), html);
        if (*p == '"')
          state = TAG;
        break;
      }
  FUZZ_CHECK (state == TEXT, "the HTML ends inside a tag: %s", html);
}

/* Renders @record as HTML; a record written by lector run (@ours) must render. */
static void
check_html (json_t *record, LectorOffsetUnit unit, gboolean ours)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (HtmlArticle) article = html_article_new (record, unit, "d1", &error);
  if (article == NULL)
    {
      FUZZ_CHECK (!ours, "a record of lector run does not render: %s", error->message);
      FUZZ_CHECK (g_error_matches (error, LECTOR_ERROR, LECTOR_ERROR_INPUT),
                  "refused with an unexpected error: %s", error->message);
      article = html_article_new_failure (record, "d1", error->message);
    }
  check_html_markup (article->html);
}

/* @output must be JSON with the record's id; @unit: render it as HTML too (-1: no). */
static void
check_json (const char *output, const InputRecord *record, int unit)
{
  json_error_t json_error;
  json_t *parsed = json_loads (output, 0, &json_error);
  FUZZ_CHECK (parsed != NULL, "output is not JSON: %s: %s", json_error.text, output);
  FUZZ_CHECK (json_equal (json_object_get (parsed, "id"), record->id), "output lost the id: %s",
              output);
  if (unit >= 0)
    check_html (parsed, (LectorOffsetUnit)unit, TRUE);
  json_decref (parsed);
}

/* What the runner does with one record (runner.c: job_process_slot), in both formats. */
static void
process_record (const InputRecord *record, LectorOffsetUnit unit, gboolean segment)
{
  FUZZ_CHECK (record->id != NULL && record->id_text != NULL
                  && g_utf8_validate (record->id_text, -1, NULL),
              "a record without a usable id");
  FUZZ_CHECK (record->error != NULL || record->text != NULL, "a record without text or error");
  g_autoptr (GError) error = NULL;
  g_autoptr (LectorDocument) doc = NULL;
  const char *stage = NULL;
  if (record->error == NULL)
    {
      doc = lector_document_new (record->id_text, record->text, (gssize)record->length, &error);
      if (doc != NULL && record->meta != NULL)
        json_object_update (lector_document_get_meta (doc), record->meta);
      if (doc != NULL && segment && !lector_worker_process (worker, doc, &stage, &error))
        FUZZ_CHECK (FALSE, "segment failed: %s", error->message);
    }
  if (doc != NULL)
    {
      g_autofree char *fast = output_format_document (OUTPUT_FORMAT_JSONL, unit, record, doc, NULL);
      g_autofree char *slow = output_format_document_slow (OUTPUT_FORMAT_JSONL, unit, record, doc, NULL);
      FUZZ_CHECK (strcmp (fast, slow) == 0, "the fast path wrote\n%s\nJansson writes\n%s", fast,
                  slow);
      FUZZ_CHECK (strchr (fast, '\n') == NULL, "a JSON Lines record holds a newline: %s", fast);
      check_json (fast, record, (int)unit);
      static const char *const some[] = { "tokens", "nothing", NULL };
      g_autofree char *part = output_format_document (OUTPUT_FORMAT_JSONL, unit, record, doc, some);
      g_autofree char *part_slow = output_format_document_slow (OUTPUT_FORMAT_JSONL, unit, record, doc, some);
      FUZZ_CHECK (strcmp (part, part_slow) == 0, "the fast path wrote\n%s\nJansson writes\n%s",
                  part, part_slow);
      g_autofree char *pretty
          = output_format_document (OUTPUT_FORMAT_JSON, unit, record, doc, NULL);
      g_autofree char *pretty_slow
          = output_format_document_slow (OUTPUT_FORMAT_JSON, unit, record, doc, NULL);
      FUZZ_CHECK (strcmp (pretty, pretty_slow) == 0, "the indented fast path wrote\n%s\nJansson "
                  "writes\n%s", pretty, pretty_slow);
      check_json (pretty, record, -1);
      fuzz_check_document (doc, unit);
    }
  else
    {
      const char *message = record->error != NULL ? record->error : error->message;
      g_autofree char *line = output_format_error (OUTPUT_FORMAT_JSONL, record, stage, message);
      FUZZ_CHECK (strchr (line, '\n') == NULL, "a JSON Lines record holds a newline: %s", line);
      check_json (line, record, (int)unit);
      g_autofree char *pretty = output_format_error (OUTPUT_FORMAT_JSON, record, stage, message);
      check_json (pretty, record, -1);
    }
}

/* Reads the file (all of it, or shard @index of @count) into summaries of its records;
 * @process: 0 only read, 1 also format each record, 2 also run segment first. */
static GPtrArray *
read_records (InputFormat format, gsize max_document, guint index, guint count,
              LectorOffsetUnit unit, guint process)
{
  const char *const paths[] = { path, NULL };
  g_autoptr (InputReader) reader = input_reader_new (paths, format);
  input_reader_set_max_document (reader, max_document);
  g_autoptr (GError) error = NULL;
  if (count > 0)
    FUZZ_CHECK (input_reader_set_shard (reader, index, count, &error), "shard %u/%u: %s", index,
                count, error->message);
  GPtrArray *summaries = g_ptr_array_new_with_free_func (g_free);
  InputRecord *record;
  while ((record = input_reader_next (reader, &error)) != NULL)
    {
      if (process)
        process_record (record, unit, process > 1);
      g_ptr_array_add (summaries, record_summary (record));
      input_record_free (record);
    }
  FUZZ_CHECK (error == NULL, "reading failed: %s", error->message);
  return summaries;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  if (size == 0)
    return 0;
  guint options = data[0];
  static const gsize max_documents[] = { INPUT_DEFAULT_MAX_DOCUMENT, 0, 8, 64 };
  InputFormat format = (options & 3) == 3 ? INPUT_FORMAT_TEXT : INPUT_FORMAT_JSONL;
  gsize max_document = max_documents[(options >> 2) & 3];
  LectorOffsetUnit unit = (LectorOffsetUnit)(((options >> 4) & 3) % 3);
  write_file (data + 1, size - 1);

  g_autoptr (GPtrArray) all
      = read_records (format, max_document, 0, 0, unit, (options & 0x40) ? 2 : 1);
  guint expected
      = format == INPUT_FORMAT_TEXT ? 1 : expected_records (data + 1, size - 1, max_document);
  FUZZ_CHECK (all->len == expected, "%u records from %u records' worth of input", all->len,
              expected);

  /* Each line that is JSON, as lector render reads saved output (possibly edited). */
  if (format == INPUT_FORMAT_JSONL)
    for (const uint8_t *p = data + 1, *end = data + size; p < end;)
      {
        const uint8_t *nl = memchr (p, '\n', (size_t)(end - p));
        const uint8_t *stop = nl != NULL ? nl : end;
        json_t *record = json_loadb ((const char *)p, (size_t)(stop - p), 0, NULL);
        if (record != NULL)
          check_html (record, unit, FALSE);
        json_decref (record);
        p = stop + 1;
      }

  if ((options & 0x80) && format == INPUT_FORMAT_JSONL)
    for (guint count = 2; count <= 3; count++)
      {
        g_autoptr (GPtrArray) joined = g_ptr_array_new_with_free_func (g_free);
        for (guint index = 1; index <= count; index++)
          {
            g_autoptr (GPtrArray) part = read_records (format, max_document, index, count, unit, 0);
            for (guint i = 0; i < part->len; i++)
              g_ptr_array_add (joined, g_strdup (part->pdata[i]));
          }
        FUZZ_CHECK (joined->len == all->len, "%u shards gave %u records, the file %u", count,
                    joined->len, all->len);
        for (guint i = 0; i < all->len; i++)
          FUZZ_CHECK (strcmp (joined->pdata[i], all->pdata[i]) == 0,
                      "record %u: %s from %u shards, %s from the file", i, (char *)joined->pdata[i],
                      count, (char *)all->pdata[i]);
      }
  return 0;
}
