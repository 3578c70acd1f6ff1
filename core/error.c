#include "config.h"

#include <lector/error.h>

G_DEFINE_QUARK (lector-error-quark, lector_error)
