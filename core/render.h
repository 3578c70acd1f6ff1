/* lector render: saved output (JSON or JSON Lines records) made into HTML pages. */
#pragma once

#include <lector/lector.h>

/* Renders the records of @inputs (file names, "-" for standard input; empty: standard input)
 * to @output (see html_pages_new()), offsets read in @unit.  A file is JSON (one record, or
 * an array of records) when its name ends in .json or its first line is "{" or starts with
 * "[", else JSON Lines.  Returns the exit status: 0, 1 when some records could not be read
 * or rendered (each is shown as such in the pages), 2 when the output cannot be written
 * to, 3 when writing failed or reading stopped in the middle of an input. */
int render_files (const char *const *inputs, const char *output, gboolean output_is_dir,
                  LectorOffsetUnit unit);
