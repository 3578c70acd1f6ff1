/* The state of one `lector run` job, shared by its threaded and its isolated runners. */
#pragma once

#include <signal.h>

#include <lector/lector.h>

#include "input.h"
#include "output.h"
#include "runner.h"

/* Input bytes in flight before the reader waits (a larger single record still passes). */
#define WINDOW_BYTES (64u << 20)
/* Records in flight per worker: enough to keep workers busy while one record is slow. */
#define SLOTS_PER_WORKER 16
/* --max-failures P% is judged once this many documents have been written. */
#define RATIO_MIN_DOCUMENTS 100

typedef struct {
  InputRecord *record;
  char *output;  /* the formatted output record */
  char *stage;   /* the stage that failed, or NULL */
  char *message; /* why the document failed, or NULL */
  gboolean failed;
  gboolean done;
} Slot;

typedef struct {
  const RunnerOptions *options;
  OutputFormat format;
  LectorPipeline *pipeline;
  OutputWriter *writer;

  GMutex lock;
  /* One condition per waiter, signalled only when what it waits for may have happened:
   * with small documents, waking every thread on every change costs more than the work. */
  GCond work_ready;  /* workers: a record was read, or the input ended */
  GCond slot_done;   /* writer: the next records to write are done, or the input ended */
  GCond space_freed; /* reader: records were written */
  /* The reader and the writer are woken for a batch of records, not for each: with small
   * documents a wake-up per record (a futex call and a context switch each way) costs
   * as much as the work.  The batch is a quarter of the window. */
  guint batch;
  gboolean reader_waiting;
  gsize reader_wants_bytes; /* the record the waiting reader holds */
  gboolean writer_waiting;
  Slot *slots;
  guint window;
  guint64 next_read;     /* records read so far */
  guint64 next_dispatch; /* records handed to workers */
  guint64 next_write;    /* records written */
  guint64 bytes_in_flight;
  gboolean input_done;
  gboolean abort; /* stop reading, processing and writing */
  int status;     /* LECTOR_EXIT_* decided by the writer, OK until something goes wrong */

  /* Written by the writer thread, read after it is joined. */
  guint64 documents;
  guint64 failed;
  guint64 bytes;
  guint64 total_bytes; /* known input size for the ETA, or 0 */
  gint64 started;
  gboolean progress;
} Job;

/* The signal (SIGINT, SIGTERM) that asked the job to stop, or 0. */
extern volatile sig_atomic_t job_interrupted_by;

void slot_clear (Slot *slot);

/* Runs the pipeline on the slot's record with @worker and formats its output record. */
void job_process_slot (Job *job, LectorWorker *worker, Slot *slot);

/* Writes a finished slot, counts it, clears it; returns whether the job must stop
 * (--fail-fast, --max-failures, a write error: job->status says which). */
gboolean job_write_slot (Job *job, Slot *slot, gint64 *last_progress);

void job_print_progress (const Job *job, gboolean final);

/* The isolated runner (isolate.c): the pipeline runs in child processes, so that a stage
 * that crashes or hangs costs one document.  Reads, processes and writes the whole input;
 * returns FALSE when reading failed. */
gboolean job_run_isolated (Job *job, InputReader *reader, guint n_workers);
