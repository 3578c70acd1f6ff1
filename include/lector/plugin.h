/* The plugin interface: what a plugin exports and what the host promises it. */
#pragma once

#include <glib.h>

#include <lector/document.h>
#include <lector/macros.h>
#include <lector/version.h>

G_BEGIN_DECLS

/**
 * LectorParamType:
 * The type of a stage parameter.  The host parses and checks every value
 * against its type (and range or choices) before a stage is created.
 */
typedef enum {
  LECTOR_PARAM_STRING = 1,
  LECTOR_PARAM_INT,
  LECTOR_PARAM_DOUBLE,
  LECTOR_PARAM_BOOL,
  LECTOR_PARAM_STRING_LIST, /* written "a; b; c" in a config file, a JSON array in JSON */
} LectorParamType;

/**
 * lector_param_type_to_string:
 * Returns: the name of @type as messages and `lector plugins` show it
 * ("string", "integer", "number", "boolean", "string list").
 */
LECTOR_API const char *lector_param_type_to_string (LectorParamType type);

/**
 * LectorParamSpec:
 * @key: parameter name, [a-z0-9-]+
 * @type: the value type
 * @default_value: (nullable): the default, written as in a config file; %NULL means
 *   "unset" (lector_params_is_set() returns %FALSE unless the user sets it)
 * @help: one line describing the parameter, shown by `lector plugins`
 * @min: for numbers: smallest accepted value (only when @min < @max)
 * @max: for numbers: largest accepted value (only when @min < @max)
 * @choices: (nullable): for strings: the accepted values separated by '|'
 *
 * One parameter a plugin accepts.  A plugin lists them in an array ended by an
 * entry whose @key is %NULL.
 */
typedef struct {
  const char *key;
  LectorParamType type;
  const char *default_value;
  const char *help;
  double min;
  double max;
  const char *choices;
  /*< private >*/
  gpointer reserved[2];
} LectorParamSpec;

/**
 * LectorParams:
 * The checked parameter values of one stage, defaults filled in.  Read-only.
 * A getter called with a key the plugin did not declare, or of another type,
 * is a programming error (g_critical) and returns the type's zero value.
 */
typedef struct _LectorParams LectorParams;

LECTOR_API const char *lector_params_get_string (const LectorParams *params, const char *key);
LECTOR_API gint64 lector_params_get_int (const LectorParams *params, const char *key);
LECTOR_API double lector_params_get_double (const LectorParams *params, const char *key);
LECTOR_API gboolean lector_params_get_bool (const LectorParams *params, const char *key);
/** lector_params_get_strv: Returns: (transfer none): a %NULL-terminated list. */
LECTOR_API const char *const *lector_params_get_strv (const LectorParams *params, const char *key);
/** lector_params_is_set: Returns: whether @key has a value, from the config or a default. */
LECTOR_API gboolean lector_params_is_set (const LectorParams *params, const char *key);
/** lector_params_is_explicit: Returns: whether the user set @key (config file or -s). */
LECTOR_API gboolean lector_params_is_explicit (const LectorParams *params, const char *key);
/** lector_params_get_stage_name: Returns: the name of the stage these parameters configure. */
LECTOR_API const char *lector_params_get_stage_name (const LectorParams *params);

/**
 * LectorThreading:
 * @LECTOR_THREADING_SERIAL: one stage instance; the host never calls it from two
 *   threads at once (documents are processed by it one at a time)
 * @LECTOR_THREADING_PER_WORKER: the host creates one instance per worker thread;
 *   each instance is used by one thread at a time
 * @LECTOR_THREADING_SHARED: one instance whose process callback is re-entrant:
 *   the host calls it from many threads at once
 */
typedef enum {
  LECTOR_THREADING_SERIAL = 0,
  LECTOR_THREADING_PER_WORKER,
  LECTOR_THREADING_SHARED,
} LectorThreading;

/**
 * LectorPluginInfo:
 * @abi_version: LECTOR_ABI_VERSION the plugin was built with (must equal the host's)
 * @api_version: LECTOR_API_VERSION the plugin was built with (host's must be >=)
 * @struct_size: sizeof (LectorPluginInfo) as the plugin saw it
 * @name: the plugin name; equals the file name without extension
 * @version: the plugin's own version string
 * @description: one line saying what it does
 * @license: SPDX identifier of the plugin's license (e.g. "MIT")
 * @provides: %NULL-terminated capabilities the plugin adds: the layers it writes
 *   ("tokens", …) and the keys it writes into the document's meta ("lang", …)
 * @requires: %NULL-terminated capabilities earlier stages must provide
 * @languages: (nullable): %NULL-terminated language codes it supports; %NULL = any
 * @params: (nullable): parameter specs, ended by an entry with a %NULL key
 * @threading: how the host may call it from worker threads
 * @init: (nullable): called once, on the main thread, before the first stage is
 *   created; a failure refuses the plugin for stages that use it
 * @create: builds a stage from checked @params; returns its state (not %NULL) or
 *   %NULL with @error set (the host prefixes the config file, line and stage name, so the
 *   message need not repeat them; a message about one parameter starts with "KEY: ", and
 *   the line is then the one that sets KEY)
 * @process: annotates one document; %FALSE with @error set fails that document only
 * @free: (nullable): releases a stage state
 * @shutdown: (nullable): called once when the registry is freed, if @init was called
 *   (that is, if a pipeline used the plugin)
 * @meta: (nullable): %NULL-terminated: those of @provides that are keys of meta only, not
 *   layers (langid's "lang"); each must also be in @provides.  They still satisfy @requires,
 *   but `--layers` cannot select them and `output.NAME` cannot rename them.  A name that is
 *   both a layer and a meta key (entities' "entities") is a layer and is not listed here.
 *   Since API 3; %NULL means every name in @provides is a layer.
 *
 * The descriptor a plugin exports, through LECTOR_PLUGIN_DEFINE().
 * The host reads @abi_version and @struct_size before anything else, so that
 * a plugin built against other headers is refused rather than misread.
 */
typedef struct {
  guint32 abi_version;
  guint32 api_version;
  guint32 struct_size;
  const char *name;
  const char *version;
  const char *description;
  const char *license;
  const char *const *provides;
  const char *const *requires;
  const char *const *languages;
  const LectorParamSpec *params;
  LectorThreading threading;
  gboolean (*init) (GError **error);
  gpointer (*create) (const LectorParams *params, GError **error);
  gboolean (*process) (gpointer stage, LectorDocument *doc, GError **error);
  void (*free) (gpointer stage);
  void (*shutdown) (void);
  /* Fields added since ABI 1, each in what was a reserved slot (a plugin built before
   * it leaves it NULL): */
  const char *const *meta; /* API 3 */
  /*< private >*/
  /* Room to grow without changing the ABI: new fields take these slots, and
   * plugins built before them leave them NULL. Add fields here only. */
  gpointer reserved[7];
} LectorPluginInfo;

/**
 * lector_find_data_file:
 * @plugin: the plugin name, which is also the name of its data directory
 * @name: a file name inside that directory (e.g. "langid.model")
 * @error: return location for an error
 *
 * Finds a data file shipped with a plugin (a model, a word list): the first
 * DIR/@plugin/@name that exists, for each DIR of the LECTOR_DATA_PATH
 * environment variable (':'-separated; the build tree points it at its
 * plugins/ directory) and then the installed data directory
 * ($(datadir)/lector).  A missing file is %LECTOR_ERROR_IO naming every place
 * that was searched.
 *
 * Returns: (transfer full): the path, or %NULL with @error set
 */
LECTOR_API char *lector_find_data_file (const char *plugin, const char *name, GError **error);

/**
 * lector_resolve_data_file:
 * @plugin: the plugin name, which is also the name of its data directory
 * @key: the parameter that gave @value ("model"), for the message of an error
 * @value: the parameter's value: a file name in the plugin's data directory, found as
 *   lector_find_data_file() finds it, or a path containing '/', used as it is (whoever
 *   opens it reports a missing file)
 * @error: return location for an error
 *
 * For a parameter that chooses a data file ("model = mine.model",
 * "model = /tmp/mine.model").  An empty @value, or a file name found nowhere, is
 * %LECTOR_ERROR_CONFIG whose message starts with "@key: ", so that the host reports
 * the line that sets @key.  Since API 4.
 *
 * Returns: (transfer full): the path, or %NULL with @error set
 */
LECTOR_API char *lector_resolve_data_file (const char *plugin, const char *key, const char *value,
                                           GError **error);

/**
 * LECTOR_STRV: a %NULL-terminated string list literal for @provides, @requires, @meta,
 * @languages.
 */
#define LECTOR_STRV(...) ((const char *const[]){ __VA_ARGS__, NULL })

/** LECTOR_PLUGIN_ENTRY_SYMBOL: the symbol the host looks up (libltdl adds NAME_LTX_). */
#define LECTOR_PLUGIN_ENTRY_SYMBOL "lector_plugin_info"

#if defined(__GNUC__)
#define LECTOR_PLUGIN_EXPORT __attribute__ ((visibility ("default")))
#else
#define LECTOR_PLUGIN_EXPORT
#endif

/**
 * LECTOR_PLUGIN_DEFINE:
 * @plugin_name: the plugin name as a C identifier, equal to the module file name
 *   (a '-' in the file name is written '_' here)
 * @...: designated initializers of the remaining LectorPluginInfo fields
 *
 * Defines and exports the plugin descriptor as NAME_LTX_lector_plugin_info,
 * libltdl's convention, so that the same plugin also works preloaded into a
 * static binary.  The version fields are filled in from the headers.
 *
 *   LECTOR_PLUGIN_DEFINE (keywords,
 *                         .version = "1.0", .description = "…", .license = "MIT",
 *                         .provides = LECTOR_STRV ("keywords"),
 *                         .requires = LECTOR_STRV ("tokens"),
 *                         .create = keywords_create, .process = keywords_process,
 *                         .free = keywords_free)
 */
#define LECTOR_PLUGIN_DEFINE(plugin_name, ...)                                                    \
  LECTOR_PLUGIN_EXPORT extern const LectorPluginInfo plugin_name##_LTX_lector_plugin_info;        \
  const LectorPluginInfo plugin_name##_LTX_lector_plugin_info = {                                 \
    .abi_version = LECTOR_ABI_VERSION,                                                            \
    .api_version = LECTOR_API_VERSION,                                                            \
    .struct_size = sizeof (LectorPluginInfo),                                                     \
    .name = #plugin_name,                                                                         \
    __VA_ARGS__                                                                                   \
  };

G_END_DECLS
