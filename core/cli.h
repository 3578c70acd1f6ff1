/* Exit statuses of the lector command (documented in lector(1)). */
#pragma once

enum {
  LECTOR_EXIT_OK = 0,          /* every document was processed */
  LECTOR_EXIT_SOME_FAILED = 1, /* the job ran; some documents became error records */
  LECTOR_EXIT_USAGE = 2,       /* bad command line, config, plugin or output file: nothing ran */
  LECTOR_EXIT_ABORTED = 3,     /* the job stopped early: --fail-fast, or a read/write error */
  LECTOR_EXIT_TOO_MANY_FAILURES = 4, /* the job stopped: more documents failed than --max-failures */
  /* Interrupted by SIGINT or SIGTERM: 128 + the signal number (130, 143), as shells do. */
};
