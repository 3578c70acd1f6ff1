/* Pipeline configuration files: parsed, but not yet checked against plugins. */
#pragma once

#include <glib.h>

#include <lector/macros.h>

G_BEGIN_DECLS

/**
 * LectorConfig:
 * A pipeline description read from a key file (`[pipeline]`, `[stage NAME]`
 * groups) or from JSON.  Every value remembers the file and line it came from,
 * so that errors found later (by lector_pipeline_new()) can name them.
 */
typedef struct _LectorConfig LectorConfig;

/**
 * lector_config_load_file:
 * Reads a config file: JSON when the name ends in ".json", a key file otherwise.
 * Syntax errors and unknown groups or keys of the [pipeline] group are reported
 * here with `FILE:LINE:` (%LECTOR_ERROR_CONFIG).
 */
LECTOR_API LectorConfig *lector_config_load_file (const char *path, GError **error);

/**
 * lector_config_load_data:
 * @source: the name used in error messages (a path, or "<default>")
 * @json: whether @data is JSON rather than a key file
 */
LECTOR_API LectorConfig *lector_config_load_data (const char *data, gssize length,
                                                  const char *source, gboolean json,
                                                  GError **error);

/** lector_config_new_default: Returns: the built-in default pipeline. */
LECTOR_API LectorConfig *lector_config_new_default (void);

/**
 * lector_config_set_override:
 * @assignment: "STAGE.KEY=VALUE", as given to `lector run -s`
 *
 * Sets a stage parameter, creating the stage group if the stage is in the
 * pipeline but had none.  An unknown stage is an error.
 */
LECTOR_API gboolean lector_config_set_override (LectorConfig *config, const char *assignment,
                                                GError **error);

/**
 * lector_config_get_job_setting:
 * @key: a key of the [job] group ("input", "output", "jobs", …)
 * @line: (out) (optional): the line it was set on, 0 when unknown
 *
 * The [job] group describes how to run the pipeline (inputs, output, threads…)
 * so that a config file can be a whole job.  Keys are checked when the file is
 * loaded; values are read by the program that runs the job.
 *
 * Returns: (nullable): the value as written (lists joined by "; "), or %NULL
 */
LECTOR_API const char *lector_config_get_job_setting (const LectorConfig *config, const char *key,
                                                      int *line);

/** lector_config_get_source: Returns: the file name errors refer to. */
LECTOR_API const char *lector_config_get_source (const LectorConfig *config);

LECTOR_API void lector_config_free (LectorConfig *config);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LectorConfig, lector_config_free)

G_END_DECLS
