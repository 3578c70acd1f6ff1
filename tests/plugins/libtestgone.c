/* libtestgone: see testgone.h. */
#include "testgone.h"

int
lector_test_gone (void)
{
  return 42;
}
