/* `lector new-plugin`: a new plugin project made from the SDK template. */
#pragma once

#include <glib.h>

#include <lector/lector.h>

typedef struct {
  const char *name;          /* the plugin name, checked by scaffold_check_name() */
  const char *provides;      /* the capability (and layer) it adds */
  const char *const *requires; /* extra capabilities it requires, or NULL */
  const char *directory;     /* where to write the project */
  const char *template_dir;  /* the SDK template */
} ScaffoldOptions;

/* Whether @name can be a plugin name: [a-z][a-z0-9_-]*, not starting with "lib". */
gboolean scaffold_check_name (const char *name, GError **error);

/* Writes the project; lists the files written (and warnings) in @report. */
gboolean scaffold_create (const ScaffoldOptions *options, LectorRegistry *registry,
                          GString *report, GError **error);
