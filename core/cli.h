/* Exit statuses of the lector command (documented in lector(1)). */
#pragma once

enum {
  LECTOR_EXIT_OK = 0,          /* every document was processed */
  LECTOR_EXIT_SOME_FAILED = 1, /* the job ran; some documents became error records */
  LECTOR_EXIT_USAGE = 2,       /* bad command line, config, plugin or output file: nothing ran */
  LECTOR_EXIT_ABORTED = 3,     /* the job stopped early: --fail-fast, or a read/write error */
};
