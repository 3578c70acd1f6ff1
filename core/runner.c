/* Running a pipeline over a stream of input records, writing one output record for each.
 *
 * Every input record yields exactly one output record, in input order: the annotated
 * document or an error record.  The loop is kept to read → process → write so that a
 * pool of workers with an ordered output window can replace the middle step. */
#include "config.h"

#include <stdio.h>

#include "cli.h"
#include "runner.h"

/* Processes one record; returns the document, or NULL with *stage and *message set. */
static LectorDocument *
process_record (LectorWorker *worker, const InputRecord *record, const char **stage,
                char **message)
{
  *stage = NULL;
  if (record->error != NULL)
    {
      *message = g_strdup (record->error);
      return NULL;
    }

  g_autoptr (GError) error = NULL;
  g_autoptr (LectorDocument) doc = lector_document_new (record->id_text, record->text,
                                                        (gssize) record->length, &error);
  if (doc == NULL)
    {
      *message = g_strdup (error->message);
      return NULL;
    }
  if (record->meta != NULL)
    json_object_update (lector_document_get_meta (doc), record->meta);
  if (!lector_worker_process (worker, doc, stage, &error))
    {
      *message = g_strdup (error->message);
      return NULL;
    }
  return g_steal_pointer (&doc);
}

int
runner_run (LectorPipeline *pipeline, const RunnerOptions *options, RunnerStats *stats)
{
  g_autoptr (GError) error = NULL;
  gint64 started = g_get_monotonic_time ();
  *stats = (RunnerStats){ 0 };

  g_autoptr (InputReader) reader = input_reader_new (options->inputs, options->input_format);
  OutputFormat format = options->output_format;
  if (format == OUTPUT_FORMAT_AUTO)
    format = input_reader_is_single_text (reader) ? OUTPUT_FORMAT_JSON : OUTPUT_FORMAT_JSONL;

  g_autoptr (LectorWorker) worker = lector_pipeline_new_worker (pipeline, &error);
  if (worker == NULL)
    {
      g_printerr ("lector: %s\n", error->message);
      return LECTOR_EXIT_USAGE;
    }
  g_autoptr (OutputWriter) writer = output_writer_new (options->output_path, format,
                                                       options->offsets, &error);
  if (writer == NULL)
    {
      g_printerr ("lector: %s\n", error->message);
      return LECTOR_EXIT_USAGE;
    }
  if (!input_reader_is_single_text (reader))
    output_writer_expect_many (writer);

  int status = LECTOR_EXIT_OK;
  for (;;)
    {
      g_autoptr (InputRecord) record = input_reader_next (reader, &error);
      if (record == NULL)
        {
          if (error != NULL)
            {
              g_printerr ("lector: %s\n", error->message);
              status = LECTOR_EXIT_ABORTED;
            }
          break;
        }

      stats->documents++;
      stats->bytes += record->input_bytes;
      const char *stage = NULL;
      g_autofree char *message = NULL;
      g_autoptr (LectorDocument) doc = process_record (worker, record, &stage, &message);
      gboolean written = doc != NULL
                             ? output_writer_write_document (writer, record, doc, &error)
                             : output_writer_write_error (writer, record, stage, message, &error);
      if (!written)
        {
          g_printerr ("lector: %s\n", error->message);
          stats->failed++;
          status = LECTOR_EXIT_ABORTED;
          break;
        }
      if (doc == NULL)
        {
          stats->failed++;
          if (options->fail_fast)
            {
              g_printerr ("lector: document '%s' failed%s%s%s: %s; stopping (--fail-fast)\n",
                          record->id_text, stage != NULL ? " in stage '" : "",
                          stage != NULL ? stage : "", stage != NULL ? "'" : "", message);
              status = LECTOR_EXIT_ABORTED;
              break;
            }
        }
    }

  if (!output_writer_close (writer, status == LECTOR_EXIT_OK ? &error : NULL)
      && status == LECTOR_EXIT_OK)
    {
      g_printerr ("lector: %s\n", error->message);
      status = LECTOR_EXIT_ABORTED;
    }
  if (status == LECTOR_EXIT_OK && stats->failed > 0)
    status = LECTOR_EXIT_SOME_FAILED;

  stats->seconds = (double) (g_get_monotonic_time () - started) / G_USEC_PER_SEC;
  if (!options->quiet)
    {
      double mb = (double) stats->bytes / 1e6;
      g_printerr ("lector: %" G_GUINT64_FORMAT " document%s, %" G_GUINT64_FORMAT " ok, %" G_GUINT64_FORMAT
                  " failed; %.2f MB in %.2f s (%.1f MB/s)%s\n",
                  stats->documents, stats->documents == 1 ? "" : "s",
                  stats->documents - stats->failed, stats->failed, mb,
                  stats->seconds, stats->seconds > 0 ? mb / stats->seconds : 0.0,
                  status == LECTOR_EXIT_ABORTED ? "; aborted" : "");
    }
  return status;
}
