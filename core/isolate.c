/* The isolated runner: the pipeline runs in child processes, so that a plugin that crashes,
 * aborts or loops forever costs one document, not the job.
 *
 * The parent stays single-threaded — it reads the input, hands records to idle children
 * over pipes, writes their output records in input order and watches them — so that it can
 * fork a replacement child at any time.  Children are forked from the parent after the
 * pipeline is built: plugins and shared stage instances are inherited, per-worker instances
 * are created in the child.  Each child publishes the index of the stage it is running in
 * shared memory, so a crash or a timeout is reported with the stage's name. */
#include "config.h"

#include <errno.h>
#include <math.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif
#include <sys/wait.h>
#include <unistd.h>

#include "cli.h"
#include "job.h"

typedef struct {
  pid_t pid;
  int to_child;
  int from_child;
  gboolean busy;
  Slot *slot;      /* the record being processed */
  gint64 started;  /* when it was handed over, in monotonic microseconds */
  volatile gint *stage; /* shared with the child: the stage running, -1 between stages */
} Child;

/* --- pipes ---------------------------------------------------------------------------------- */

static gboolean
write_all (int fd, const void *data, gsize length)
{
  const char *p = data;
  while (length > 0)
    {
      ssize_t n = write (fd, p, length);
      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        return FALSE;
      p += n;
      length -= (gsize) n;
    }
  return TRUE;
}

static gboolean
read_all (int fd, void *data, gsize length)
{
  char *p = data;
  while (length > 0)
    {
      ssize_t n = read (fd, p, length);
      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        return FALSE;
      p += n;
      length -= (gsize) n;
    }
  return TRUE;
}

/* Messages are sequences of blobs, each a 64-bit length and its bytes. */
static gboolean
write_blob (int fd, const char *data, gsize length)
{
  guint64 size = length;
  return write_all (fd, &size, sizeof size) && (length == 0 || write_all (fd, data, length));
}

static gboolean
write_string (int fd, const char *text)
{
  return write_blob (fd, text != NULL ? text : "", text != NULL ? strlen (text) : 0);
}

/* Reads a blob into a new NUL-terminated buffer; an empty blob is NULL when @empty_is_null. */
static gboolean
read_blob (int fd, char **data, gsize *length, gboolean empty_is_null)
{
  guint64 size;
  *data = NULL;
  if (!read_all (fd, &size, sizeof size) || size > G_MAXSIZE - 1)
    return FALSE;
  if (length != NULL)
    *length = (gsize) size;
  if (size == 0 && empty_is_null)
    return TRUE;
  *data = g_malloc ((gsize) size + 1);
  if (size > 0 && !read_all (fd, *data, (gsize) size))
    {
      g_clear_pointer (data, g_free);
      return FALSE;
    }
  (*data)[size] = '\0';
  return TRUE;
}

static char *
dump (json_t *value)
{
  return value != NULL ? json_dumps (value, JSON_ENCODE_ANY | JSON_COMPACT) : NULL;
}

static json_t *
load (const char *text)
{
  return text != NULL ? json_loads (text, JSON_DECODE_ANY, NULL) : NULL;
}

/* --- the child ------------------------------------------------------------------------------ */

/* Request: id (JSON), id text, text, meta (JSON or empty), extra (JSON or empty).
 * Response: failed (one byte), stage, message, output record. */
static void
child_main (Job *job, int from_parent, int to_parent, volatile gint *stage)
{
  /* Ctrl-C reaches the whole process group; the parent decides what stops. */
  signal (SIGINT, SIG_IGN);
  signal (SIGTERM, SIG_DFL);
  /* Only the parent writes the output: whatever a plugin prints goes to stderr. */
  dup2 (STDERR_FILENO, STDOUT_FILENO);

  g_autoptr (GError) error = NULL;
  LectorWorker *worker = lector_pipeline_new_worker (job->pipeline, &error);
  for (;;)
    {
      char *id = NULL, *id_text = NULL, *text = NULL, *meta = NULL, *extra = NULL;
      gsize text_length = 0;
      if (!read_blob (from_parent, &id, NULL, FALSE))
        break; /* the parent closed the pipe: the job is over */
      if (!read_blob (from_parent, &id_text, NULL, FALSE)
          || !read_blob (from_parent, &text, &text_length, FALSE)
          || !read_blob (from_parent, &meta, NULL, TRUE) || !read_blob (from_parent, &extra, NULL, TRUE))
        _exit (3);

      InputRecord *record = g_new0 (InputRecord, 1);
      record->id = load (id);
      record->id_text = id_text;
      record->text = text;
      record->length = text_length;
      record->meta = load (meta);
      record->extra = load (extra);
      g_free (id);
      g_free (meta);
      g_free (extra);

      Slot slot = { .record = record };
      if (worker == NULL)
        {
          slot.failed = TRUE;
          slot.message = g_strdup (error->message);
          slot.output = output_format_error (job->format, record, NULL, slot.message);
        }
      else
        {
          /* The same work as a worker thread, one stage at a time so the parent knows which
           * stage was running if this process dies. */
          g_autoptr (GError) local = NULL;
          g_autoptr (LectorDocument) doc = lector_document_new (record->id_text, record->text,
                                                                (gssize) record->length, &local);
          if (doc != NULL && record->meta != NULL)
            json_object_update (lector_document_get_meta (doc), record->meta);
          const char *failed_stage = NULL;
          for (gsize i = 0; doc != NULL && i < lector_pipeline_get_n_stages (job->pipeline); i++)
            {
              *stage = (gint) i;
              if (!lector_worker_process_stage (worker, doc, i, &local))
                {
                  failed_stage = lector_pipeline_get_stage_name (job->pipeline, i);
                  g_clear_pointer (&doc, lector_document_unref);
                }
            }
          *stage = -1;
          if (doc != NULL)
            slot.output = output_format_document (job->format, job->options->offsets, record, doc,
                                                  job->options->layers);
          else
            {
              slot.failed = TRUE;
              slot.stage = g_strdup (failed_stage);
              slot.message = g_strdup (local->message);
              slot.output = output_format_error (job->format, record, slot.stage, slot.message);
            }
        }

      char failed = slot.failed ? 1 : 0;
      gboolean ok = write_all (to_parent, &failed, 1) && write_string (to_parent, slot.stage)
                    && write_string (to_parent, slot.message) && write_string (to_parent, slot.output);
      slot_clear (&slot);
      if (!ok)
        break;
    }
  lector_worker_free (worker);
  _exit (0);
}

/* --- the parent ----------------------------------------------------------------------------- */

static gboolean
spawn (Job *job, Child *child, Child *children, guint n_children)
{
  int requests[2], responses[2];
  if (pipe (requests) != 0)
    return FALSE;
  if (pipe (responses) != 0)
    {
      int saved = errno; /* for the caller's message */
      close (requests[0]);
      close (requests[1]);
      errno = saved;
      return FALSE;
    }
  /* A child that calls exit() flushes its copy of the parent's stdio buffers: empty them
   * first, or that output would be written twice. */
  fflush (NULL);
  pid_t parent = getpid ();
  pid_t pid = fork ();
  if (pid < 0)
    {
      int saved = errno;
      close (requests[0]);
      close (requests[1]);
      close (responses[0]);
      close (responses[1]);
      errno = saved;
      return FALSE;
    }
  if (pid == 0)
    {
#ifdef __linux__
      /* A parent killed with SIGKILL cannot stop its children, and one stuck in a stage would
       * spin for ever: the kernel kills it with the parent instead.  If the parent is already
       * gone, no signal will come. */
      prctl (PR_SET_PDEATHSIG, SIGKILL);
      if (getppid () != parent)
        _exit (0);
#else
      (void) parent;
#endif
      /* The other children's pipes are not this child's business. */
      for (guint i = 0; i < n_children; i++)
        if (&children[i] != child && children[i].pid > 0)
          {
            close (children[i].to_child);
            close (children[i].from_child);
          }
      close (requests[1]);
      close (responses[0]);
      child_main (job, requests[0], responses[1], child->stage);
    }
  close (requests[0]);
  close (responses[1]);
  child->pid = pid;
  child->to_child = requests[1];
  child->from_child = responses[0];
  child->busy = FALSE;
  child->slot = NULL;
  *child->stage = -1;
  return TRUE;
}

static void
reap (Child *child)
{
  if (child->pid <= 0)
    return;
  close (child->to_child);
  close (child->from_child);
  child->pid = 0;
}

/* The slot's record failed because its process died or overran; the message names the
 * stage that was running, and says whether the process could be replaced. */
static void
fail_slot (Job *job, Slot *slot, gint stage_index, const char *what, gboolean replaced)
{
  const char *stage = stage_index >= 0 && (gsize) stage_index < lector_pipeline_get_n_stages (job->pipeline)
                          ? lector_pipeline_get_stage_name (job->pipeline, (gsize) stage_index)
                          : NULL;
  slot->failed = TRUE;
  slot->stage = g_strdup (stage);
  const char *outcome = replaced ? "was replaced" : "could not be replaced";
  slot->message = stage != NULL ? g_strdup_printf ("stage '%s' %s; its worker process %s", stage,
                                                   what, outcome)
                                : g_strdup_printf ("the worker process %s; it %s", what, outcome);
  slot->output = output_format_error (job->format, slot->record, slot->stage, slot->message);
  slot->done = TRUE;
}

static char *
describe_exit (int wait_status)
{
  if (WIFSIGNALED (wait_status))
    return g_strdup_printf ("crashed with signal %d (%s)", WTERMSIG (wait_status),
                            g_strsignal (WTERMSIG (wait_status)));
  if (WIFEXITED (wait_status))
    return g_strdup_printf ("ended the process with exit status %d", WEXITSTATUS (wait_status));
  return g_strdup ("ended the process");
}

/* A busy child whose pipe closed, or that overran: record the failure and replace it.  A
 * child that cannot be replaced (out of processes or descriptors) is reported and its place
 * left empty (pid 0): the job goes on with the others, and stops when none is left. */
static void
replace (Job *job, Child *child, Child *children, guint n_children, const char *timeout_message)
{
  Slot *slot = child->slot;
  gint stage = *child->stage;
  if (timeout_message != NULL)
    kill (child->pid, SIGKILL);
  int wait_status = 0;
  while (waitpid (child->pid, &wait_status, 0) < 0 && errno == EINTR)
    ;
  g_autofree char *what = timeout_message != NULL ? g_strdup (timeout_message)
                                                  : describe_exit (wait_status);
  reap (child);
  gboolean replaced = spawn (job, child, children, n_children);
  if (!replaced)
    g_printerr ("%slector: cannot start a worker process to replace a failed one: %s\n",
                job->progress ? "\n" : "", g_strerror (errno));
  if (slot != NULL)
    fail_slot (job, slot, stage, what, replaced);
}

static gboolean
any_alive (const Child *children, guint n_children)
{
  for (guint i = 0; i < n_children; i++)
    if (children[i].pid > 0)
      return TRUE;
  return FALSE;
}

static gboolean
send_record (Child *child, Slot *slot)
{
  const InputRecord *record = slot->record;
  g_autofree char *id = dump (record->id);
  g_autofree char *meta = dump (record->meta);
  g_autofree char *extra = dump (record->extra);
  return write_string (child->to_child, id) && write_string (child->to_child, record->id_text)
         && write_blob (child->to_child, record->text, record->length)
         && write_string (child->to_child, meta) && write_string (child->to_child, extra);
}

static gboolean
receive_result (Child *child)
{
  Slot *slot = child->slot;
  char failed;
  char *stage = NULL, *message = NULL, *output = NULL;
  if (!read_all (child->from_child, &failed, 1) || !read_blob (child->from_child, &stage, NULL, TRUE)
      || !read_blob (child->from_child, &message, NULL, TRUE)
      || !read_blob (child->from_child, &output, NULL, FALSE))
    {
      g_free (stage);
      g_free (message);
      return FALSE;
    }
  slot->failed = failed != 0;
  slot->stage = stage;
  slot->message = message;
  slot->output = output;
  slot->done = TRUE;
  return TRUE;
}

gboolean
job_run_isolated (Job *job, InputReader *reader, guint n_children)
{
  const RunnerOptions *options = job->options;
  /* In microseconds, 0 for none: a limit too small to count in microseconds is still a
   * limit, and one beyond any run is clamped so that deadlines cannot overflow. */
  gint64 timeout = 0;
  if (options->timeout_per_doc > 0)
    timeout = (gint64) CLAMP (ceil (options->timeout_per_doc * G_USEC_PER_SEC), 1.0,
                              (double) (G_MAXINT64 / 4));
  gboolean read_ok = TRUE;
  gint64 last_progress = 0;

  /* Without the shared stage indices no child can be started (and writing through
   * MAP_FAILED would crash the parent): the same failure as a fork() that fails. */
  volatile gint *stages = mmap (NULL, sizeof (gint) * n_children, PROT_READ | PROT_WRITE,
                                MAP_SHARED | MAP_ANONYMOUS, -1, 0);
  if (stages == MAP_FAILED)
    {
      g_printerr ("lector: cannot start a worker process: %s\n", g_strerror (errno));
      job->status = LECTOR_EXIT_ABORTED;
      return TRUE;
    }

  /* A child that dies while the parent writes to it must not kill the parent. */
  struct sigaction ignore = { 0 }, old_pipe;
  ignore.sa_handler = SIG_IGN;
  sigaction (SIGPIPE, &ignore, &old_pipe);

  Child *children = g_new0 (Child, n_children);
  for (guint i = 0; i < n_children; i++)
    {
      children[i].stage = &stages[i];
      if (!spawn (job, &children[i], children, n_children))
        {
          g_printerr ("lector: cannot start a worker process: %s\n", g_strerror (errno));
          job->status = LECTOR_EXIT_ABORTED;
          job->abort = TRUE;
        }
    }

  struct pollfd *fds = g_new0 (struct pollfd, n_children);
  while (!job->abort)
    {
      /* Read while the window has room; input errors are formatted here, no child needed. */
      while (!job->input_done && job_interrupted_by == 0
             && job->next_read - job->next_write < job->window
             && (job->next_read == job->next_write || job->bytes_in_flight < WINDOW_BYTES))
        {
          g_autoptr (GError) error = NULL;
          InputRecord *record = input_reader_next (reader, &error);
          if (record == NULL)
            {
              if (error != NULL && job_interrupted_by == 0)
                {
                  g_printerr ("lector: %s\n", error->message);
                  read_ok = FALSE;
                }
              job->input_done = TRUE;
              break;
            }
          Slot *slot = &job->slots[job->next_read % job->window];
          slot->record = record;
          job->next_read++;
          job->bytes_in_flight += record->input_bytes;
          if (record->error != NULL)
            {
              slot->failed = TRUE;
              slot->message = g_strdup (record->error);
              slot->output = output_format_error (job->format, record, NULL, slot->message);
              slot->done = TRUE;
            }
        }
      if (job_interrupted_by != 0)
        job->input_done = TRUE;

      /* Hand records to idle children. */
      for (guint i = 0; i < n_children && job_interrupted_by == 0; i++)
        {
          Child *child = &children[i];
          while (!child->busy && child->pid > 0 && job->next_dispatch < job->next_read)
            {
              Slot *slot = &job->slots[job->next_dispatch % job->window];
              job->next_dispatch++;
              if (slot->done)
                continue;
              child->busy = TRUE;
              child->slot = slot;
              child->started = g_get_monotonic_time ();
              if (!send_record (child, slot))
                {
                  /* It died before reading: the record is reported and the child replaced. */
                  child->busy = FALSE;
                  replace (job, child, children, n_children, NULL);
                }
            }
        }

      /* Write what is finished, in order. */
      while (job->next_write < job->next_read && !job->abort)
        {
          Slot *slot = &job->slots[job->next_write % job->window];
          if (!slot->done)
            break;
          guint64 bytes = slot->record->input_bytes;
          if (job_write_slot (job, slot, &last_progress))
            job->abort = TRUE;
          job->next_write++;
          job->bytes_in_flight -= bytes;
        }
      if (job->abort || (job->input_done && job->next_write == job->next_read))
        break;
      /* Unlike the threaded runner, a signal does not wait for the documents in flight:
       * without --timeout-per-doc a stage that hangs would keep the job from ever stopping.
       * What is finished in input order has just been written; the busy children are killed
       * below. */
      if (job_interrupted_by != 0)
        break;
      /* Every worker died and none could be replaced: what they finished has just been
       * written, the rest cannot be processed.  Going on would wait for nothing, for ever. */
      if (!any_alive (children, n_children))
        {
          g_printerr ("%slector: no worker process is left; stopping\n", job->progress ? "\n" : "");
          job->status = LECTOR_EXIT_ABORTED;
          break;
        }

      /* Wait for a child to finish, or for the first deadline. */
      nfds_t n = 0;
      gint64 now = g_get_monotonic_time ();
      int wait_ms = 200;
      for (guint i = 0; i < n_children; i++)
        {
          fds[i].fd = children[i].busy ? children[i].from_child : -1;
          fds[i].events = POLLIN;
          fds[i].revents = 0;
          if (children[i].busy)
            {
              n = i + 1;
              if (timeout > 0)
                {
                  gint64 left = (children[i].started + timeout - now) / 1000 + 1;
                  wait_ms = (int) CLAMP (left, 0, wait_ms);
                }
            }
        }
      if (n == 0)
        continue; /* nothing in flight: read more */
      if (poll (fds, n, wait_ms) < 0 && errno != EINTR)
        {
          g_printerr ("lector: poll: %s\n", g_strerror (errno));
          job->status = LECTOR_EXIT_ABORTED;
          break;
        }

      now = g_get_monotonic_time ();
      for (guint i = 0; i < n; i++)
        {
          Child *child = &children[i];
          if (!child->busy)
            continue;
          if (fds[i].revents & (POLLIN | POLLHUP | POLLERR))
            {
              child->busy = FALSE;
              if (!receive_result (child))
                replace (job, child, children, n_children, NULL);
              child->slot = NULL;
            }
          else if (timeout > 0 && now - child->started > timeout)
            {
              g_autofree char *message = g_strdup_printf (
                  "did not finish within %g s (--timeout-per-doc)", options->timeout_per_doc);
              child->busy = FALSE;
              replace (job, child, children, n_children, message);
              child->slot = NULL;
            }
        }
    }

  /* Children read EOF on their request pipe and exit; ones still busy after an abort or a
   * signal are stopped. */
  for (guint i = 0; i < n_children; i++)
    {
      Child *child = &children[i];
      if (child->pid <= 0)
        continue;
      if (child->busy)
        kill (child->pid, SIGKILL);
      close (child->to_child);
      close (child->from_child);
      while (waitpid (child->pid, NULL, 0) < 0 && errno == EINTR)
        ;
    }
  if (job->progress)
    job_print_progress (job, TRUE);
  g_free (fds);
  g_free (children);
  munmap ((void *) stages, sizeof (gint) * n_children);
  sigaction (SIGPIPE, &old_pipe, NULL);
  return read_ok;
}
