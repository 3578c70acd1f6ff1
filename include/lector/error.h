/* Error domain and codes shared by every part of Lector. */
#pragma once

#include <glib.h>

#include <lector/macros.h>

G_BEGIN_DECLS

/**
 * LECTOR_ERROR:
 * The error domain of every GError that liblector and its plugins report.
 */
#define LECTOR_ERROR (lector_error_quark ())

/**
 * LectorError:
 * @LECTOR_ERROR_INPUT: a document or input record is invalid (bad UTF-8, bad JSON, …)
 * @LECTOR_ERROR_CONFIG: a pipeline configuration is invalid
 * @LECTOR_ERROR_PLUGIN: a plugin could not be loaded or is not compatible
 * @LECTOR_ERROR_CAPABILITY: a stage requires something no earlier stage provides
 * @LECTOR_ERROR_LAYER: a layer is missing, or produced twice
 * @LECTOR_ERROR_STAGE: a stage failed on a document
 * @LECTOR_ERROR_IO: reading or writing a file failed
 * @LECTOR_ERROR_LIMIT: a resource limit (document size, …) was exceeded
 */
typedef enum {
  LECTOR_ERROR_INPUT = 1,
  LECTOR_ERROR_CONFIG,
  LECTOR_ERROR_PLUGIN,
  LECTOR_ERROR_CAPABILITY,
  LECTOR_ERROR_LAYER,
  LECTOR_ERROR_STAGE,
  LECTOR_ERROR_IO,
  LECTOR_ERROR_LIMIT,
} LectorError;

LECTOR_API GQuark lector_error_quark (void);

G_END_DECLS
