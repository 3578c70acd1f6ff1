/* Running a pipeline over a stream of input records, writing one output record for each. */
#pragma once

#include <lector/lector.h>

#include "input.h"
#include "output.h"

typedef enum {
  PROGRESS_AUTO = 0, /* when stderr is a terminal */
  PROGRESS_ALWAYS,
  PROGRESS_NEVER,
} ProgressMode;

typedef struct {
  const char *const *inputs; /* file names, "-" for standard input; empty: standard input */
  InputFormat input_format;
  OutputFormat output_format;
  const char *output_path;   /* NULL: standard output */
  gboolean output_is_dir;    /* write DIR/part-NNNNN.jsonl through a temporary file */
  LectorOffsetUnit offsets;
  const char *const *layers; /* only these layers in the output; NULL: all */
  guint jobs;                /* worker threads, >= 1 */
  guint shard_index;         /* 1-based; 0: no sharding */
  guint shard_count;
  gboolean shard_from_slurm; /* the shard is the Slurm array task's, not --shard */
  gboolean fail_fast;
  gboolean max_failures_set; /* abort when more than max_failures documents fail */
  guint64 max_failures;
  gsize max_document;        /* larger documents become error records; 0: the default */
  double max_failure_ratio;  /* abort when this fraction fails (checked after 100); 0: none */
  gboolean quiet;            /* no summary line on stderr */
  ProgressMode progress;
  gboolean stage_stats;      /* print the time spent in each stage */
  gboolean isolate;          /* run the pipeline in child processes (crash isolation) */
  double timeout_per_doc;    /* isolate: seconds a document may take; 0: no limit */
} RunnerOptions;

typedef struct {
  guint64 documents;
  guint64 failed;
  guint64 bytes;
  double seconds;
} RunnerStats;

/* Runs the job and returns the exit status (LECTOR_EXIT_*); messages for a status other
 * than OK or SOME_FAILED are printed to stderr. */
int runner_run (LectorPipeline *pipeline, const RunnerOptions *options, RunnerStats *stats);

/* The part file a shard writes in an output directory: DIR/part-NNNNN.jsonl, numbered
 * from 0 (shard 1 of N is part-00000). */
char *runner_part_path (const char *dir, guint shard_index);
