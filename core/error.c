#include "config.h"

#include "private.h"

G_DEFINE_QUARK (lector-error-quark, lector_error)

void
lector_drop_stray_error (GError **error, const char *kind, const char *name, const char *did)
{
  if (*error == NULL)
    return;
  g_warning ("%s '%s' %s but set an error, which is ignored: %s", kind, name, did,
             (*error)->message);
  g_clear_error (error);
}
