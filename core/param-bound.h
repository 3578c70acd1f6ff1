/* How a parameter's range is written, shared by liblector (its error messages) and the lector
 * command (lector plugins).  Not installed. */
#pragma once

#include <math.h>

#include <glib.h>

#include <lector/plugin.h>

/* A bound of @spec's range as text: an integer parameter's bounds as integers ("100000000",
 * not "%g"'s "1e+08"), a number's as "%g" writes it, with a '.' whatever the locale. */
static inline char *
lector_param_bound_to_string (const LectorParamSpec *spec, double bound)
{
  if (spec->type == LECTOR_PARAM_INT && bound == floor (bound) && bound >= (double)G_MININT64
      && bound < (double)G_MAXINT64)
    return g_strdup_printf ("%" G_GINT64_FORMAT, (gint64)bound);
  char text[G_ASCII_DTOSTR_BUF_SIZE];
  return g_strdup (g_ascii_formatd (text, sizeof text, "%g", bound));
}
