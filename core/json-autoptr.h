/* g_autoptr (json_t) for liblector and the lector command.  Not installed: a program
 * that also defines it for Jansson would otherwise get a redefinition. */
#pragma once

#include <glib.h>
#include <jansson.h>

G_DEFINE_AUTOPTR_CLEANUP_FUNC (json_t, json_decref)
