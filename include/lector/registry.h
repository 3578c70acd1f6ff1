/* Finding and loading plugins. */
#pragma once

#include <glib.h>

#include <lector/macros.h>
#include <lector/plugin.h>

G_BEGIN_DECLS

/**
 * LectorRegistry:
 * The plugins found on a search path.  Loading goes through libltdl and must
 * happen on one thread, before workers start; plugins are never unloaded.
 * Files that are not usable plugins are kept with the reason they were
 * refused, so `lector plugins` can list them.
 */
typedef struct _LectorRegistry LectorRegistry;

/** LectorPlugin: a loaded plugin, owned by its registry. */
typedef struct _LectorPlugin LectorPlugin;

/** LectorRejectedPlugin: a file that looked like a plugin but was refused. */
typedef struct {
  char *name;   /* the plugin name the file would have had */
  char *path;   /* the file */
  char *reason; /* one sentence: what is wrong and what to do */
} LectorRejectedPlugin;

LECTOR_API LectorRegistry *lector_registry_new (void);
LECTOR_API void lector_registry_free (LectorRegistry *registry);

/**
 * lector_registry_add_dir:
 * Appends @dir to the search path.  Earlier directories win when two hold a
 * plugin of the same name.
 */
LECTOR_API void lector_registry_add_dir (LectorRegistry *registry, const char *dir);

/**
 * lector_registry_add_default_dirs:
 * Appends the directories of the LECTOR_PLUGIN_PATH environment variable
 * (separated by ':'), then the installed plugin directory.
 */
LECTOR_API void lector_registry_add_default_dirs (LectorRegistry *registry);

/** lector_registry_get_dirs: Returns: (transfer none): the search path, in order. */
LECTOR_API const GPtrArray *lector_registry_get_dirs (const LectorRegistry *registry);

/**
 * lector_registry_scan:
 * Loads every plugin file (NAME.la or NAME.so) in the search path.  Never
 * fails: refused files are recorded (lector_registry_get_rejected()).  Calling
 * it again only looks at directories added since.
 */
LECTOR_API void lector_registry_scan (LectorRegistry *registry);

/**
 * lector_registry_load_file:
 * @path: a plugin file (.la or .so)
 *
 * Loads one plugin file outside the search path.
 *
 * Returns: (transfer none): the plugin, or %NULL with %LECTOR_ERROR_PLUGIN
 */
LECTOR_API LectorPlugin *lector_registry_load_file (LectorRegistry *registry, const char *path,
                                                    GError **error);

/**
 * lector_registry_add_static:
 * @info: a descriptor that lives as long as the registry (e.g. a static const)
 *
 * Registers a plugin compiled into the program; used by tests and by
 * programs that embed their own stages.  The same checks apply as for files.
 *
 * Returns: (transfer none): the plugin, or %NULL with %LECTOR_ERROR_PLUGIN
 */
LECTOR_API LectorPlugin *lector_registry_add_static (LectorRegistry *registry,
                                                     const LectorPluginInfo *info, GError **error);

/** lector_registry_lookup: Returns: (transfer none) (nullable): the plugin called @name. */
LECTOR_API LectorPlugin *lector_registry_lookup (const LectorRegistry *registry, const char *name);

/** lector_registry_get_plugins: Returns: (transfer container): the loaded plugins sorted by name. */
LECTOR_API GPtrArray *lector_registry_get_plugins (const LectorRegistry *registry);

/** lector_registry_get_rejected: Returns: (transfer none): the refused files, as LectorRejectedPlugin*. */
LECTOR_API const GPtrArray *lector_registry_get_rejected (const LectorRegistry *registry);

/**
 * lector_registry_find_providers:
 * Returns: (transfer full): the names of the loaded plugins that provide
 * @capability, separated by ", " ("" if none).
 */
LECTOR_API char *lector_registry_find_providers (const LectorRegistry *registry,
                                                 const char *capability);

/** lector_plugin_get_info: Returns: (transfer none): the plugin's descriptor. */
LECTOR_API const LectorPluginInfo *lector_plugin_get_info (const LectorPlugin *plugin);
/** lector_plugin_get_name: Returns: the plugin name. */
LECTOR_API const char *lector_plugin_get_name (const LectorPlugin *plugin);
/** lector_plugin_get_path: Returns: (nullable): the file it was loaded from (%NULL if static). */
LECTOR_API const char *lector_plugin_get_path (const LectorPlugin *plugin);
/** lector_plugin_provides: Returns: whether the plugin lists @capability in provides. */
LECTOR_API gboolean lector_plugin_provides (const LectorPlugin *plugin, const char *capability);

/**
 * lector_plugin_ensure_initialized:
 * Calls the plugin's init callback once (main thread only).  A failure is
 * remembered and returned again on later calls.
 */
LECTOR_API gboolean lector_plugin_ensure_initialized (LectorPlugin *plugin, GError **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LectorRegistry, lector_registry_free)

G_END_DECLS
