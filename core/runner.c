/* Running a pipeline over a stream of input records, writing one output record for each.
 *
 * Every input record yields exactly one output record, in input order: the annotated
 * document or an error record.  The main thread reads records into a window of slots;
 * worker threads (each with its own LectorWorker) process a slot and format its output
 * record; a writer thread writes finished slots in order.  The window bounds memory —
 * at most `window` records and about WINDOW_BYTES of input are in flight — however long
 * the input is, and the output is the same bytes whatever the number of workers. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "cli.h"
#include "job.h"
#include "runner.h"

volatile sig_atomic_t job_interrupted_by;

static void
on_signal (int signum)
{
  job_interrupted_by = signum;
}

void
slot_clear (Slot *slot)
{
  g_clear_pointer (&slot->record, input_record_free);
  g_clear_pointer (&slot->output, g_free);
  g_clear_pointer (&slot->stage, g_free);
  g_clear_pointer (&slot->message, g_free);
  slot->failed = slot->done = FALSE;
}

/* --- workers -------------------------------------------------------------------------------- */

typedef struct {
  Job *job;
  LectorWorker *worker;
  GThread *thread;
} WorkerThread;

void
job_process_slot (Job *job, LectorWorker *worker, Slot *slot)
{
  const InputRecord *record = slot->record;
  const char *stage = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (LectorDocument) doc = NULL;

  if (record->error == NULL)
    {
      doc = lector_document_new (record->id_text, record->text, (gssize) record->length, &error);
      if (doc != NULL && record->meta != NULL)
        json_object_update (lector_document_get_meta (doc), record->meta);
      if (doc != NULL && !lector_worker_process (worker, doc, &stage, &error))
        g_clear_pointer (&doc, lector_document_unref);
    }

  if (doc != NULL)
    slot->output = output_format_document (job->format, job->options->offsets, record, doc,
                                           job->options->layers);
  else
    {
      slot->failed = TRUE;
      slot->stage = g_strdup (stage);
      slot->message = g_strdup (record->error != NULL ? record->error : error->message);
      slot->output = output_format_error (job->format, record, slot->stage, slot->message);
    }
}

/* Whether the waiting writer has enough to write: the next batch of records done, or every
 * record in flight when there are fewer (at the end, or when big records fill the window).
 * Called with the lock held. */
static gboolean
job_writer_may_go (const Job *job)
{
  guint64 in_flight = job->next_read - job->next_write;
  guint64 want = MIN ((guint64) job->batch, in_flight);
  for (guint64 i = 0; i < want; i++)
    if (!job->slots[(job->next_write + i) % job->window].done)
      return FALSE;
  return want > 0;
}

/* Whether the waiting reader can go on with the record it holds, with room for a batch
 * (or the window empty).  Called with the lock held. */
static gboolean
job_reader_may_go (const Job *job)
{
  guint64 in_flight = job->next_read - job->next_write;
  if (in_flight == 0)
    return TRUE;
  if (job->bytes_in_flight + job->reader_wants_bytes > WINDOW_BYTES)
    return FALSE;
  return in_flight + job->batch <= job->window;
}

static gpointer
worker_main (gpointer data)
{
  WorkerThread *self = data;
  Job *job = self->job;

  g_mutex_lock (&job->lock);
  for (;;)
    {
      while (!job->abort && job->next_dispatch == job->next_read && !job->input_done)
        g_cond_wait (&job->work_ready, &job->lock);
      if (job->abort || job->next_dispatch == job->next_read)
        break;
      Slot *slot = &job->slots[job->next_dispatch % job->window];
      job->next_dispatch++;
      g_mutex_unlock (&job->lock);

      job_process_slot (job, self->worker, slot);

      g_mutex_lock (&job->lock);
      slot->done = TRUE;
      if (job->writer_waiting && job_writer_may_go (job))
        g_cond_signal (&job->slot_done);
    }
  g_mutex_unlock (&job->lock);
  return NULL;
}

/* --- writer --------------------------------------------------------------------------------- */

static void
format_duration (char *buffer, gsize size, double seconds)
{
  guint64 s = (guint64) (seconds + 0.5);
  if (s >= 3600)
    g_snprintf (buffer, size, "%" G_GUINT64_FORMAT ":%02u:%02u", s / 3600, (guint) (s / 60 % 60),
                (guint) (s % 60));
  else
    g_snprintf (buffer, size, "%u:%02u", (guint) (s / 60), (guint) (s % 60));
}

void
job_print_progress (const Job *job, gboolean final)
{
  double seconds = (double) (g_get_monotonic_time () - job->started) / G_USEC_PER_SEC;
  double mb = (double) job->bytes / 1e6;
  double rate = seconds > 0 ? mb / seconds : 0.0;
  char eta[32] = "";
  if (job->total_bytes > 0 && rate > 0 && !final)
    {
      char left[24];
      format_duration (left, sizeof left,
                       ((double) job->total_bytes / 1e6 - mb) / rate);
      g_snprintf (eta, sizeof eta, ", ETA %s", left);
    }
  char percent[16] = "";
  if (job->total_bytes > 0)
    g_snprintf (percent, sizeof percent, " (%.0f%%)",
                100.0 * (double) MIN (job->bytes, job->total_bytes) / (double) job->total_bytes);
  g_printerr ("\r\033[Klector: %" G_GUINT64_FORMAT " documents, %" G_GUINT64_FORMAT
              " failed, %.1f MB%s, %.1f MB/s%s%s",
              job->documents, job->failed, mb, percent, rate, eta, final ? "\n" : "");
}

/* Decides whether the job must stop after the record just written. */
static gboolean
must_stop (Job *job, const Slot *slot)
{
  const RunnerOptions *options = job->options;
  if (!slot->failed)
    return FALSE;
  if (options->fail_fast)
    {
      g_printerr ("%slector: document '%s' failed%s%s%s: %s; stopping (--fail-fast)\n",
                  job->progress ? "\n" : "", slot->record->id_text,
                  slot->stage != NULL ? " in stage '" : "", slot->stage != NULL ? slot->stage : "",
                  slot->stage != NULL ? "'" : "", slot->message);
      job->status = LECTOR_EXIT_ABORTED;
      return TRUE;
    }
  if (options->max_failures_set && job->failed > options->max_failures)
    {
      g_printerr ("%slector: %" G_GUINT64_FORMAT " documents failed, more than --max-failures "
                  "%" G_GUINT64_FORMAT "; stopping (last: '%s': %s)\n",
                  job->progress ? "\n" : "", job->failed, options->max_failures,
                  slot->record->id_text, slot->message);
      job->status = LECTOR_EXIT_TOO_MANY_FAILURES;
      return TRUE;
    }
  if (options->max_failure_ratio > 0 && job->documents >= RATIO_MIN_DOCUMENTS
      && (double) job->failed > options->max_failure_ratio * (double) job->documents)
    {
      g_printerr ("%slector: %" G_GUINT64_FORMAT " of %" G_GUINT64_FORMAT " documents failed, "
                  "more than --max-failures %g%%; stopping (last: '%s': %s)\n",
                  job->progress ? "\n" : "", job->failed, job->documents,
                  options->max_failure_ratio * 100, slot->record->id_text, slot->message);
      job->status = LECTOR_EXIT_TOO_MANY_FAILURES;
      return TRUE;
    }
  return FALSE;
}

gboolean
job_write_slot (Job *job, Slot *slot, gint64 *last_progress)
{
  g_autoptr (GError) error = NULL;
  gboolean stop = FALSE;
  if (!output_writer_write (job->writer, slot->output, &error))
    {
      g_printerr ("%slector: %s\n", job->progress ? "\n" : "", error->message);
      job->status = LECTOR_EXIT_ABORTED;
      stop = TRUE;
    }
  else
    {
      job->documents++;
      job->bytes += slot->record->input_bytes;
      if (slot->failed)
        job->failed++;
      stop = must_stop (job, slot);
    }
  slot_clear (slot);

  if (job->progress)
    {
      gint64 now = g_get_monotonic_time ();
      if (now - *last_progress > G_USEC_PER_SEC / 5)
        {
          job_print_progress (job, FALSE);
          *last_progress = now;
        }
    }
  return stop;
}

static gpointer
writer_main (gpointer data)
{
  Job *job = data;
  gint64 last_progress = 0;

  g_mutex_lock (&job->lock);
  for (;;)
    {
      Slot *slot = &job->slots[job->next_write % job->window];
      if (!job->abort && !(job->next_write < job->next_read && slot->done)
          && !(job->input_done && job->next_write == job->next_read))
        {
          /* Nothing to write: wait until there is a batch (see job_writer_may_go). */
          job->writer_waiting = TRUE;
          while (!job->abort && !job_writer_may_go (job)
                 && !(job->input_done && job->next_write == job->next_read))
            g_cond_wait (&job->slot_done, &job->lock);
          job->writer_waiting = FALSE;
        }
      if (job->abort || job->next_write == job->next_read)
        break;
      g_mutex_unlock (&job->lock);

      guint64 bytes = slot->record->input_bytes;
      gboolean stop = job_write_slot (job, slot, &last_progress);

      g_mutex_lock (&job->lock);
      job->next_write++;
      job->bytes_in_flight -= bytes;
      if (stop)
        {
          job->abort = TRUE;
          g_cond_broadcast (&job->work_ready);
        }
      if (job->reader_waiting && (stop || job_reader_may_go (job)))
        g_cond_signal (&job->space_freed);
    }
  g_mutex_unlock (&job->lock);
  if (job->progress)
    job_print_progress (job, TRUE);
  return NULL;
}

/* --- reader (the calling thread) ------------------------------------------------------------ */

/* Reads records into the window until the input ends, the job aborts or a signal comes.
 * Returns FALSE when reading failed. */
static gboolean
read_input (Job *job, InputReader *reader)
{
  for (;;)
    {
      if (job_interrupted_by != 0)
        return TRUE;
      g_autoptr (GError) error = NULL;
      InputRecord *record = input_reader_next (reader, &error);
      if (record == NULL)
        {
          if (error != NULL && job_interrupted_by == 0)
            {
              g_printerr ("%slector: %s\n", job->progress ? "\n" : "", error->message);
              return FALSE;
            }
          return TRUE;
        }

      g_mutex_lock (&job->lock);
      if (!job->abort
          && (job->next_read - job->next_write >= job->window
              || (job->next_read > job->next_write
                  && job->bytes_in_flight + record->input_bytes > WINDOW_BYTES)))
        {
          /* The window is full: wait until the writer has made room for a batch. */
          job->reader_waiting = TRUE;
          job->reader_wants_bytes = record->input_bytes;
          do
            g_cond_wait (&job->space_freed, &job->lock);
          while (!job->abort && !job_reader_may_go (job));
          job->reader_waiting = FALSE;
        }
      if (job->abort)
        {
          g_mutex_unlock (&job->lock);
          input_record_free (record);
          return TRUE;
        }
      Slot *slot = &job->slots[job->next_read % job->window];
      slot->record = record;
      job->next_read++;
      job->bytes_in_flight += record->input_bytes;
      g_cond_signal (&job->work_ready);
      g_mutex_unlock (&job->lock);
    }
}

/* fsync()s the file or directory @path; FALSE with errno set when it fails. */
static gboolean
sync_path (const char *path)
{
  int fd = open (path, O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    return FALSE;
  int status = fsync (fd);
  int saved = errno;
  close (fd);
  errno = saved;
  return status == 0;
}

char *
runner_part_path (const char *dir, guint shard_index)
{
  g_autofree char *name = g_strdup_printf ("part-%05u.jsonl", shard_index > 0 ? shard_index - 1 : 0);
  return g_build_filename (dir, name, NULL);
}

static void
print_stage_stats (LectorPipeline *pipeline, WorkerThread *workers, guint n_workers,
                   guint64 bytes)
{
  g_printerr ("lector: time per stage (summed over %u worker%s; cpu: while the thread ran):\n",
              n_workers, n_workers == 1 ? "" : "s");
  for (gsize s = 0; s < lector_pipeline_get_n_stages (pipeline); s++)
    {
      double seconds = 0, cpu = 0;
      for (guint w = 0; w < n_workers; w++)
        {
          seconds += lector_worker_get_stage_seconds (workers[w].worker, s);
          cpu += lector_worker_get_stage_cpu_seconds (workers[w].worker, s);
        }
      g_printerr ("  %-16s %9.3f s  %9.1f MB/s   cpu %9.3f s  %9.1f MB/s\n",
                  lector_pipeline_get_stage_name (pipeline, s), seconds,
                  seconds > 0 ? (double) bytes / 1e6 / seconds : 0.0, cpu,
                  cpu > 0 ? (double) bytes / 1e6 / cpu : 0.0);
    }
}

/* A run killed with SIGKILL leaves its temporary part behind; a rerun of the shard removes
 * the ones of this machine whose process is gone (a live one is another run of the same
 * shard; another machine's, on a shared file system, cannot be checked: both are kept). */
static void
remove_stale_temp_files (const char *dir, const char *part_name)
{
  g_autoptr (GDir) handle = g_dir_open (dir, 0, NULL);
  g_autofree char *prefix = g_strdup_printf (".%s.tmp-%s-", part_name, g_get_host_name ());
  const char *name;
  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      guint64 pid;
      if (!g_str_has_prefix (name, prefix)
          || !g_ascii_string_to_unsigned (name + strlen (prefix), 10, 1, G_MAXINT, &pid, NULL))
        continue;
      if (kill ((pid_t) pid, 0) == 0 || errno != ESRCH)
        continue;
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_unlink (path);
    }
}

int
runner_run (LectorPipeline *pipeline, const RunnerOptions *options, RunnerStats *stats)
{
  g_autoptr (GError) error = NULL;
  *stats = (RunnerStats){ 0 };

  g_autoptr (InputReader) reader = input_reader_new (options->inputs, options->input_format);
  if (options->max_document > 0)
    input_reader_set_max_document (reader, options->max_document);
  if (options->shard_count > 0
      && !input_reader_set_shard (reader, options->shard_index, options->shard_count, &error))
    {
      g_printerr ("lector: %s\n", error->message);
      return LECTOR_EXIT_USAGE;
    }
  OutputFormat format = options->output_format;
  if (format == OUTPUT_FORMAT_AUTO)
    format = input_reader_is_single_text (reader) && !options->output_is_dir ? OUTPUT_FORMAT_JSON
                                                                             : OUTPUT_FORMAT_JSONL;

  /* An output directory gets one part file per shard, written under a temporary name and
   * renamed when complete, so a part that exists is a finished shard. */
  g_autofree char *part_path = NULL;
  g_autofree char *temp_path = NULL;
  const char *output_path = options->output_path;
  /* HTML pages in a directory are written by the page writer, not as a part file. */
  if (options->output_is_dir && format != OUTPUT_FORMAT_HTML)
    {
      if (g_mkdir_with_parents (options->output_path, 0755) != 0)
        {
          g_printerr ("lector: cannot create %s: %s\n", options->output_path, g_strerror (errno));
          return LECTOR_EXIT_USAGE;
        }
      part_path = runner_part_path (options->output_path, options->shard_index);
      if (g_file_test (part_path, G_FILE_TEST_EXISTS))
        {
          if (!options->quiet)
            g_printerr ("lector: %s exists: this shard is done (remove the file to run it "
                        "again)\n",
                        part_path);
          return LECTOR_EXIT_OK;
        }
      g_autofree char *base = g_path_get_basename (part_path);
      remove_stale_temp_files (options->output_path, base);
      g_autofree char *temp_name = g_strdup_printf (".%s.tmp-%s-%d", base, g_get_host_name (),
                                                    (int) getpid ());
      temp_path = g_build_filename (options->output_path, temp_name, NULL);
      output_path = temp_path;
    }

  Job job = { 0 };
  job.options = options;
  job.format = format;
  job.pipeline = pipeline;
  job.status = LECTOR_EXIT_OK;
  job.window = MAX (1u, options->jobs) * SLOTS_PER_WORKER;
  job.batch = MAX (1u, job.window / 4);
  job.slots = g_new0 (Slot, job.window);
  job.total_bytes = input_reader_get_total_bytes (reader);
  job.progress = options->progress == PROGRESS_ALWAYS
                 || (options->progress == PROGRESS_AUTO && isatty (STDERR_FILENO));
  g_mutex_init (&job.lock);
  g_cond_init (&job.work_ready);
  g_cond_init (&job.slot_done);
  g_cond_init (&job.space_freed);

  /* Stage instances are created here, on the main thread, before any thread starts.  In
   * isolation, the child processes make their own; one is made here all the same, and
   * freed, so that a stage that cannot be created is a usage error before anything runs. */
  guint n_workers = MAX (1u, options->jobs);
  guint n_threads = options->isolate ? 1 : n_workers;
  WorkerThread *workers = g_new0 (WorkerThread, n_threads);
  int status = LECTOR_EXIT_OK;
  for (guint i = 0; i < n_threads && status == LECTOR_EXIT_OK; i++)
    {
      workers[i].job = &job;
      workers[i].worker = lector_pipeline_new_worker (pipeline, &error);
      if (workers[i].worker == NULL)
        {
          g_printerr ("lector: %s\n", error->message);
          status = LECTOR_EXIT_USAGE;
        }
      else
        lector_worker_set_timing (workers[i].worker, options->stage_stats);
    }
  if (status == LECTOR_EXIT_OK)
    {
      job.writer = format == OUTPUT_FORMAT_HTML
                       ? output_writer_new_html (output_path, options->output_is_dir, &error)
                       : output_writer_new (output_path, format, &error);
      if (job.writer == NULL)
        {
          g_printerr ("lector: %s\n", error->message);
          status = LECTOR_EXIT_USAGE;
        }
    }
  if (options->isolate)
    g_clear_pointer (&workers[0].worker, lector_worker_free);
  if (status != LECTOR_EXIT_OK)
    {
      for (guint i = 0; i < n_threads; i++)
        lector_worker_free (workers[i].worker);
      g_free (workers);
      g_free (job.slots);
      g_mutex_clear (&job.lock);
      g_cond_clear (&job.work_ready);
      g_cond_clear (&job.slot_done);
      g_cond_clear (&job.space_freed);
      return status;
    }
  if (format == OUTPUT_FORMAT_JSON && !input_reader_is_single_text (reader))
    output_writer_expect_many (job.writer);

  /* SIGINT and SIGTERM stop the reading; what is in flight is finished and written (with
   * --isolate, the worker processes are killed instead: see isolate.c). */
  struct sigaction action = { 0 }, old_int, old_term;
  action.sa_handler = on_signal;
  sigemptyset (&action.sa_mask);
  job_interrupted_by = 0;
  sigaction (SIGINT, &action, &old_int);
  sigaction (SIGTERM, &action, &old_term);

  job.started = g_get_monotonic_time ();
  gboolean read_ok;
  if (options->isolate)
    read_ok = job_run_isolated (&job, reader, n_workers);
  else
    {
      for (guint i = 0; i < n_threads; i++)
        workers[i].thread = g_thread_new ("lector-worker", worker_main, &workers[i]);
      GThread *writer = g_thread_new ("lector-writer", writer_main, &job);

      read_ok = read_input (&job, reader);

      g_mutex_lock (&job.lock);
      job.input_done = TRUE;
      g_cond_broadcast (&job.work_ready);
      g_cond_broadcast (&job.slot_done);
      g_mutex_unlock (&job.lock);
      for (guint i = 0; i < n_threads; i++)
        g_thread_join (workers[i].thread);
      g_thread_join (writer);
    }

  sigaction (SIGINT, &old_int, NULL);
  sigaction (SIGTERM, &old_term, NULL);

  status = job.status;
  if (status == LECTOR_EXIT_OK && !read_ok)
    status = LECTOR_EXIT_ABORTED;
  if (!output_writer_close (job.writer, status == LECTOR_EXIT_OK ? &error : NULL)
      && status == LECTOR_EXIT_OK)
    {
      g_printerr ("lector: %s\n", error->message);
      status = LECTOR_EXIT_ABORTED;
    }
  if (status == LECTOR_EXIT_OK && job_interrupted_by != 0)
    {
      g_printerr ("lector: interrupted by signal %d (%s); stopped reading, %s\n",
                  (int) job_interrupted_by, g_strsignal (job_interrupted_by),
                  options->isolate ? "stopped the worker processes and wrote the documents "
                                     "finished before the first one in flight"
                                   : "finished the documents in flight");
      status = 128 + job_interrupted_by;
    }
  if (status == LECTOR_EXIT_OK && job.failed > 0)
    status = LECTOR_EXIT_SOME_FAILED;

  if (temp_path != NULL)
    {
      gboolean complete = status == LECTOR_EXIT_OK || status == LECTOR_EXIT_SOME_FAILED;
      /* A rerun skips a shard whose part file exists, so the part must be on disk before its
       * name is: otherwise a crash of the machine could leave a short part that is trusted. */
      if (complete && !sync_path (temp_path))
        {
          g_printerr ("lector: cannot write %s to disk: %s\n", temp_path, g_strerror (errno));
          status = LECTOR_EXIT_ABORTED;
          complete = FALSE;
        }
      if (complete && g_rename (temp_path, part_path) != 0)
        {
          g_printerr ("lector: cannot rename %s to %s: %s\n", temp_path, part_path,
                      g_strerror (errno));
          status = LECTOR_EXIT_ABORTED;
          complete = FALSE;
        }
      if (complete && !sync_path (options->output_path))
        {
          g_printerr ("lector: cannot write the directory %s to disk: %s\n", options->output_path,
                      g_strerror (errno));
          status = LECTOR_EXIT_ABORTED;
        }
      if (!complete)
        g_unlink (temp_path);
    }

  stats->documents = job.documents;
  stats->failed = job.failed;
  stats->bytes = job.bytes;
  stats->seconds = (double) (g_get_monotonic_time () - job.started) / G_USEC_PER_SEC;
  if (options->stage_stats && !options->isolate)
    print_stage_stats (pipeline, workers, n_threads, job.bytes);
  if (!options->quiet)
    {
      double mb = (double) stats->bytes / 1e6;
      /* The counts are of one shard: say so, and, since a Slurm array task is sharded without
       * asking, where the shard came from.  After the counts, which lector-slurm reads. */
      g_autofree char *shard = options->shard_count == 0
                                   ? g_strdup ("")
                                   : g_strdup_printf ("; shard %u/%u%s", options->shard_index,
                                                      options->shard_count,
                                                      options->shard_from_slurm
                                                          ? " (from the Slurm array)"
                                                          : "");
      g_printerr ("lector: %" G_GUINT64_FORMAT " document%s, %" G_GUINT64_FORMAT " ok, %" G_GUINT64_FORMAT
                  " failed; %.2f MB in %.2f s (%.1f MB/s)%s%s\n",
                  stats->documents, stats->documents == 1 ? "" : "s",
                  stats->documents - stats->failed, stats->failed, mb, stats->seconds,
                  stats->seconds > 0 ? mb / stats->seconds : 0.0, shard,
                  status == LECTOR_EXIT_OK || status == LECTOR_EXIT_SOME_FAILED ? "" : "; stopped early");
    }

  for (guint i = 0; i < n_threads; i++)
    lector_worker_free (workers[i].worker);
  g_free (workers);
  /* Records left in the window by an abort. */
  for (guint i = 0; i < job.window; i++)
    slot_clear (&job.slots[i]);
  g_free (job.slots);
  output_writer_free (job.writer);
  g_mutex_clear (&job.lock);
  g_cond_clear (&job.work_ready);
  g_cond_clear (&job.slot_done);
  g_cond_clear (&job.space_freed);
  return status;
}
