/* Test module "no_entry": a valid shared module that exports no plugin descriptor. */
#include <glib.h>

int no_entry_answer (void);

int
no_entry_answer (void)
{
  return 42;
}
