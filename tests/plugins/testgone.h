/* libtestgone: a shared library that missing_lib links against.  It is built with
 * -rpath /nowhere and never installed, so the dynamic loader cannot find it when
 * missing_lib is loaded. */
#pragma once

int lector_test_gone (void);
