/* A checked pipeline: stages resolved to plugins, parameters typed, capabilities verified. */
#pragma once

#include <glib.h>

#include <lector/config.h>
#include <lector/document.h>
#include <lector/macros.h>
#include <lector/registry.h>

G_BEGIN_DECLS

/** LectorPipeline: an ordered list of stages, ready to instantiate. */
typedef struct _LectorPipeline LectorPipeline;

/**
 * LectorWorker:
 * The stage instances one thread uses to run a pipeline.  Stages whose plugin
 * is SERIAL or SHARED are created once per pipeline and shared by every worker
 * (SERIAL ones behind a lock); PER_WORKER stages get an instance per worker.
 */
typedef struct _LectorWorker LectorWorker;

/**
 * lector_pipeline_new:
 * Resolves @config against the plugins of @registry before any document is
 * read: every stage's plugin exists and loads, every key is known and every
 * value has the right type ("did you mean …" for near misses), each stage's
 * requirements are provided by an earlier stage, and no two stages produce the
 * same layer.  Errors are %LECTOR_ERROR_CONFIG, %LECTOR_ERROR_PLUGIN or
 * %LECTOR_ERROR_CAPABILITY with "FILE:LINE: stage 'NAME': …".
 * Calls each used plugin's init callback (so: main thread only).
 */
LECTOR_API LectorPipeline *lector_pipeline_new (LectorRegistry *registry,
                                                const LectorConfig *config, GError **error);

LECTOR_API void lector_pipeline_free (LectorPipeline *pipeline);

/** lector_pipeline_get_name: Returns: the pipeline name ([pipeline] name). */
LECTOR_API const char *lector_pipeline_get_name (const LectorPipeline *pipeline);

/** lector_pipeline_get_n_stages: Returns: the number of stages. */
LECTOR_API gsize lector_pipeline_get_n_stages (const LectorPipeline *pipeline);

/** lector_pipeline_get_stage_name: Returns: the name of stage @index. */
LECTOR_API const char *lector_pipeline_get_stage_name (const LectorPipeline *pipeline, gsize index);

/** lector_pipeline_get_stage_plugin: Returns: (transfer none): the plugin of stage @index. */
LECTOR_API LectorPlugin *lector_pipeline_get_stage_plugin (const LectorPipeline *pipeline,
                                                           gsize index);

/**
 * lector_pipeline_check_layers:
 * @names: (array zero-terminated=1): layer names, as a host selects layers to write
 *
 * Checks that some stage writes each of @names as a layer (after `output.LAYER = NAME`
 * renames), so a misspelt selection is an error rather than silently empty output.  A key of
 * meta that a stage provides (LectorPluginInfo.meta) is not a layer: meta is always written.
 * Returns: %TRUE if all are layers; else %FALSE with %LECTOR_ERROR_LAYER naming the first other
 * name, the stage that writes it if it is a key of meta, else the closest layer if it looks like
 * a typo, and the layers the pipeline writes.
 */
LECTOR_API gboolean lector_pipeline_check_layers (const LectorPipeline *pipeline,
                                                  const char *const *names, GError **error);

/**
 * lector_pipeline_describe:
 * Returns: (transfer full): the resolved pipeline as a key file, every
 * parameter written out with its value (defaults included) and its plugin.
 */
LECTOR_API char *lector_pipeline_describe (const LectorPipeline *pipeline);

/**
 * lector_pipeline_new_worker:
 * Creates the stage instances for one thread.  Call it on the main thread
 * (plugins may load data); use the worker from one thread at a time.
 */
LECTOR_API LectorWorker *lector_pipeline_new_worker (LectorPipeline *pipeline, GError **error);

/**
 * lector_worker_process:
 * @failed_stage: (out) (optional) (transfer none): on failure, the name of the
 *   stage that failed
 *
 * Runs every stage on @doc in order.  A stage that fails stops the pipeline for
 * this document; its error is returned with the stage name.
 */
LECTOR_API gboolean lector_worker_process (LectorWorker *worker, LectorDocument *doc,
                                           const char **failed_stage, GError **error);

/**
 * lector_worker_process_stage:
 * Runs stage @index alone on @doc (the stages before it must have run): what
 * lector_worker_process() does for each stage in turn, for callers that need
 * to know which stage is running (a crash monitor, a debugger).
 */
LECTOR_API gboolean lector_worker_process_stage (LectorWorker *worker, LectorDocument *doc,
                                                 gsize index, GError **error);

/**
 * lector_worker_set_timing:
 * Measures the time each stage spends on documents from now on (off by default:
 * it costs two clock reads per stage and document).
 */
LECTOR_API void lector_worker_set_timing (LectorWorker *worker, gboolean enabled);

/** lector_worker_get_stage_seconds: Returns: the time stage @index has spent in this worker. */
LECTOR_API double lector_worker_get_stage_seconds (const LectorWorker *worker, gsize index);

/**
 * lector_worker_get_stage_cpu_seconds:
 * Returns: the processor time of this worker's thread while stage @index ran: the
 * part of lector_worker_get_stage_seconds() it was running, not waiting for a
 * processor (on a busy machine, much less).
 */
LECTOR_API double lector_worker_get_stage_cpu_seconds (const LectorWorker *worker, gsize index);

LECTOR_API void lector_worker_free (LectorWorker *worker);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LectorPipeline, lector_pipeline_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LectorWorker, lector_worker_free)

G_END_DECLS
