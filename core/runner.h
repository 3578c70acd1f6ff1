/* Running a pipeline over a stream of input records, writing one output record for each. */
#pragma once

#include <lector/lector.h>

#include "input.h"
#include "output.h"

typedef struct {
  const char *const *inputs; /* file names, "-" for standard input; empty: standard input */
  InputFormat input_format;
  OutputFormat output_format;
  const char *output_path; /* NULL: standard output */
  LectorOffsetUnit offsets;
  gboolean fail_fast;
  gboolean quiet; /* no summary line on stderr */
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
