/* Declarations shared by liblector's source files; nothing here is installed or exported. */
#pragma once

#include <glib.h>
#include <jansson.h>

#include <lector/lector.h>

#include "json-autoptr.h"

G_BEGIN_DECLS

#define LECTOR_INTERNAL __attribute__ ((visibility ("hidden")))

/* --- stage binding (document.c) ---------------------------------------------------------- */

/* What a document needs to know about the stage that is running on it: the stage
 * name recorded as producer of new layers, and the layer renames from `output.X = Y`. */
typedef struct {
  const char *stage_name;
  GHashTable *renames; /* plugin layer name -> configured name; may be NULL */
} LectorStageBinding;

LECTOR_INTERNAL void lector_document_bind_stage (LectorDocument *doc,
                                                 const LectorStageBinding *binding);

/* --- parameters (params.c) ---------------------------------------------------------------- */

/* A value as written by the user, with where it came from, before it is typed. */
typedef struct {
  char *text;     /* key file syntax; string lists joined by ';' */
  json_t *json;   /* when the config was JSON: the value as given, else NULL */
  char *source;   /* file name, "-s" for command-line overrides */
  int line;       /* 1-based, 0 when unknown */
} LectorRawValue;

LECTOR_INTERNAL LectorRawValue *lector_raw_value_new (const char *text, json_t *json,
                                                      const char *source, int line);
LECTOR_INTERNAL void lector_raw_value_free (gpointer value);

/* Builds typed parameters from raw values (key -> LectorRawValue) against @specs.
 * Unknown keys and bad values are reported with file:line and the stage name. */
LECTOR_INTERNAL LectorParams *lector_params_new (const char *stage_name,
                                                 const LectorParamSpec *specs,
                                                 GHashTable *raw_values, GError **error);
LECTOR_INTERNAL void lector_params_free (LectorParams *params);
/* Where the user set @key ("FILE:LINE", or the -s option); NULL when @key is not a parameter
 * or has its default. */
LECTOR_INTERNAL const char *lector_params_get_origin (const LectorParams *params,
                                                     const char *key);
/* The value of @key in key file syntax, for `lector check`; NULL when unset. */
LECTOR_INTERNAL char *lector_params_to_text (const LectorParams *params, const char *key);
LECTOR_INTERNAL gboolean lector_param_spec_check_default (const LectorParamSpec *spec,
                                                          GError **error);

/* --- config (config.c) -------------------------------------------------------------------- */

typedef struct {
  char *name;
  char *plugin;           /* NULL: the plugin named like the stage */
  int line;               /* line of the stage's name in `stages =`, or of its group */
  int plugin_line;
  GHashTable *params;     /* key -> LectorRawValue*, plugin parameters only */
  GHashTable *outputs;    /* layer -> LectorRawValue* from `output.LAYER = NAME` */
} LectorStageConfig;

struct _LectorConfig {
  char *source;
  char *name;
  GPtrArray *stages; /* LectorStageConfig*, in pipeline order */
  GHashTable *job;   /* [job] key -> LectorRawValue* */
};

/* --- suggestions (suggest.c) -------------------------------------------------------------- */

/* The candidate closest to @word by edit distance, if close enough to be a likely typo. */
LECTOR_INTERNAL const char *lector_suggest (const char *word, const char *const *candidates,
                                            gsize n_candidates);

/* --- errors (error.c) -------------------------------------------------------------------- */

/* A plugin callback that succeeded but left an error in *@error: the return value decides,
 * and the stray error is warned about ("@kind '@name' @did but set an error, which is
 * ignored: …") and cleared.  Does nothing when *@error is NULL. */
LECTOR_INTERNAL void lector_drop_stray_error (GError **error, const char *kind, const char *name,
                                              const char *did);

/* --- registry (registry.c) ---------------------------------------------------------------- */

/* Checks a descriptor: versions, size, name, required callbacks, capabilities and meta keys,
 * parameter specs. */
LECTOR_INTERNAL gboolean lector_plugin_info_check (const LectorPluginInfo *info,
                                                   const char *expected_name, const char *path,
                                                   GError **error);

G_END_DECLS
