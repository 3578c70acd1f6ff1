/* The plugin registry: finds plugin files, loads them with libltdl, checks their descriptors. */
#include "config.h"

#include <dlfcn.h>
#include <ltdl.h>
#include <string.h>

#include "private.h"

struct _LectorPlugin {
  char *name;
  char *path;
  const LectorPluginInfo *info;
  lt_dlhandle handle; /* never closed: plugins stay loaded until exit */
  gboolean initialized;
  GError *init_error;
};

struct _LectorRegistry {
  GPtrArray *dirs;       /* char*, the search path in order */
  guint n_dirs_scanned;
  GHashTable *plugins;   /* name -> LectorPlugin* (owned) */
  GPtrArray *rejected;   /* LectorRejectedPlugin* */
};

/* libltdl keeps global state and is not thread-safe; every registry shares it. */
static GMutex ltdl_lock;
static gboolean ltdl_ready;

static void
plugin_free (gpointer data)
{
  LectorPlugin *plugin = data;

  if (plugin->initialized && plugin->init_error == NULL && plugin->info->shutdown != NULL)
    plugin->info->shutdown ();
  g_clear_error (&plugin->init_error);
  g_free (plugin->path);
  g_free (plugin->name);
  g_free (plugin);
}

static void
rejected_free (gpointer data)
{
  LectorRejectedPlugin *rejected = data;
  g_free (rejected->name);
  g_free (rejected->path);
  g_free (rejected->reason);
  g_free (rejected);
}

LectorRegistry *
lector_registry_new (void)
{
  LectorRegistry *registry = g_new0 (LectorRegistry, 1);
  registry->dirs = g_ptr_array_new_with_free_func (g_free);
  registry->plugins = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, plugin_free);
  registry->rejected = g_ptr_array_new_with_free_func (rejected_free);

  g_mutex_lock (&ltdl_lock);
  if (!ltdl_ready)
    ltdl_ready = lt_dlinit () == 0;
  g_mutex_unlock (&ltdl_lock);
  /* Jansson seeds its hash function when the first object is made; doing it here, on the
   * thread that sets up before any worker starts, keeps the seeding out of a race. */
  json_object_seed (0);
  return registry;
}

void
lector_registry_free (LectorRegistry *registry)
{
  if (registry == NULL)
    return;
  g_hash_table_unref (registry->plugins);
  g_ptr_array_unref (registry->rejected);
  g_ptr_array_unref (registry->dirs);
  g_free (registry);
}

void
lector_registry_add_dir (LectorRegistry *registry, const char *dir)
{
  g_return_if_fail (registry != NULL);
  g_return_if_fail (dir != NULL);

  for (guint i = 0; i < registry->dirs->len; i++)
    if (strcmp (registry->dirs->pdata[i], dir) == 0)
      return;
  g_ptr_array_add (registry->dirs, g_strdup (dir));
}

void
lector_registry_add_default_dirs (LectorRegistry *registry)
{
  g_return_if_fail (registry != NULL);

  const char *path = g_getenv ("LECTOR_PLUGIN_PATH");
  if (path != NULL)
    {
      g_auto (GStrv) dirs = g_strsplit (path, G_SEARCHPATH_SEPARATOR_S, -1);
      for (char **dir = dirs; *dir != NULL; dir++)
        if (**dir != '\0')
          lector_registry_add_dir (registry, *dir);
    }
  lector_registry_add_dir (registry, LECTOR_PLUGIN_DIR);
}

const GPtrArray *
lector_registry_get_dirs (const LectorRegistry *registry)
{
  g_return_val_if_fail (registry != NULL, NULL);
  return registry->dirs;
}

static void
reject (LectorRegistry *registry, const char *name, const char *path, const char *reason)
{
  LectorRejectedPlugin *rejected = g_new0 (LectorRejectedPlugin, 1);
  rejected->name = g_strdup (name);
  rejected->path = g_strdup (path);
  rejected->reason = g_strdup (reason);
  g_ptr_array_add (registry->rejected, rejected);
}

/* libltdl turns every non-alphanumeric character of a module name into '_' to build
 * the NAME_LTX_ prefix; names are compared in that form. */
static char *
canonical_name (const char *name)
{
  char *canonical = g_strdup (name);
  for (char *p = canonical; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p))
      *p = '_';
  return canonical;
}

static gboolean
check_capabilities (const char *const *list, const char *what, const char *name, GError **error)
{
  for (gsize i = 0; list != NULL && list[i] != NULL; i++)
    if (*list[i] == '\0')
      {
        g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_PLUGIN,
                     "plugin '%s' lists an empty capability in %s", name, what);
        return FALSE;
      }
  return TRUE;
}

/* A meta key is one of the things a plugin provides, marked as not being a layer: a name in
 * meta alone would be a capability no check sees. */
static gboolean
check_meta (const LectorPluginInfo *info, const char *name, GError **error)
{
  for (gsize i = 0; info->meta != NULL && info->meta[i] != NULL; i++)
    if (info->provides == NULL || !g_strv_contains (info->provides, info->meta[i]))
      {
        g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_PLUGIN,
                     "plugin '%s' lists '%s' in meta, but not in provides: meta names those of "
                     "provides that are keys of meta, not layers; add it to provides",
                     name, info->meta[i]);
        return FALSE;
      }
  return TRUE;
}

static gboolean
check_params (const LectorPluginInfo *info, GError **error)
{
  for (gsize i = 0; info->params != NULL && info->params[i].key != NULL; i++)
    {
      const LectorParamSpec *spec = &info->params[i];
      gboolean well_formed = *spec->key != '\0';
      for (const char *c = spec->key; *c != '\0' && well_formed; c++)
        well_formed = g_ascii_islower (*c) || g_ascii_isdigit (*c) || *c == '-';
      if (!well_formed)
        {
          g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_PLUGIN,
                       "plugin '%s' declares parameter '%s': parameter names may only contain "
                       "a-z, 0-9 and '-'",
                       info->name, spec->key);
          return FALSE;
        }
      /* "plugin" and "output.*" are stage keys of the config; "name" and "output" name the
       * stage and its renames in a JSON config. */
      if (strcmp (spec->key, "plugin") == 0 || strcmp (spec->key, "name") == 0
          || strcmp (spec->key, "output") == 0)
        {
          g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_PLUGIN,
                       "plugin '%s' declares parameter '%s', a name the host reserves",
                       info->name, spec->key);
          return FALSE;
        }
      if (spec->type < LECTOR_PARAM_STRING || spec->type > LECTOR_PARAM_STRING_LIST)
        {
          g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_PLUGIN,
                       "plugin '%s': parameter '%s' has an unknown type %d", info->name,
                       spec->key, (int) spec->type);
          return FALSE;
        }
      for (gsize j = 0; j < i; j++)
        if (strcmp (info->params[j].key, spec->key) == 0)
          {
            g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_PLUGIN,
                         "plugin '%s' declares parameter '%s' twice", info->name, spec->key);
            return FALSE;
          }
      g_autoptr (GError) local = NULL;
      if (!lector_param_spec_check_default (spec, &local))
        {
          g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_PLUGIN, "plugin '%s': %s", info->name,
                       local->message);
          return FALSE;
        }
    }
  return TRUE;
}

/* New descriptor fields take reserved slots: after shutdown come the eight slots that were
 * all reserved in ABI 1, so the size and every field's offset stay what plugins of this ABI
 * were built with. */
G_STATIC_ASSERT (G_STRUCT_OFFSET (LectorPluginInfo, meta)
                 == G_STRUCT_OFFSET (LectorPluginInfo, shutdown) + sizeof (gpointer));
G_STATIC_ASSERT (sizeof (LectorPluginInfo)
                 == G_STRUCT_OFFSET (LectorPluginInfo, shutdown) + 9 * sizeof (gpointer));

gboolean
lector_plugin_info_check (const LectorPluginInfo *info, const char *expected_name,
                          const char *path, GError **error)
{
  const char *who = expected_name != NULL ? expected_name : (info->name ? info->name : "?");

  /* The version fields come first and never move, so they can be read from any build. */
  if (info->abi_version != LECTOR_ABI_VERSION)
    {
      g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_PLUGIN,
                   "plugin '%s' was built for plugin ABI %u, but this Lector (%s) has ABI %u: "
                   "it is not binary compatible; rebuild the plugin against the installed "
                   "Lector headers",
                   who, info->abi_version, LECTOR_VERSION_STRING, (guint) LECTOR_ABI_VERSION);
      return FALSE;
    }
  if (info->api_version > LECTOR_API_VERSION)
    {
      g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_PLUGIN,
                   "plugin '%s' needs Lector API version %u, but this Lector (%s) provides "
                   "API %u: upgrade Lector, or use a build of the plugin made for this version",
                   who, info->api_version, LECTOR_VERSION_STRING, (guint) LECTOR_API_VERSION);
      return FALSE;
    }
  if (info->struct_size != sizeof (LectorPluginInfo))
    {
      g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_PLUGIN,
                   "plugin '%s' has a descriptor of %u bytes where ABI %u has %u: it was not "
                   "built with LECTOR_PLUGIN_DEFINE from these headers; rebuild it",
                   who, info->struct_size, (guint) LECTOR_ABI_VERSION,
                   (guint) sizeof (LectorPluginInfo));
      return FALSE;
    }
  if (info->name == NULL || *info->name == '\0')
    {
      g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_PLUGIN, "plugin '%s' has no name", who);
      return FALSE;
    }
  if (expected_name != NULL)
    {
      g_autofree char *a = canonical_name (info->name);
      g_autofree char *b = canonical_name (expected_name);
      if (strcmp (a, b) != 0)
        {
          g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_PLUGIN,
                       "file '%s' declares plugin name '%s', but a plugin's name must equal its "
                       "file name ('%s'); rename the file or the plugin",
                       path != NULL ? path : expected_name, info->name, expected_name);
          return FALSE;
        }
    }
  if (info->create == NULL || info->process == NULL)
    {
      g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_PLUGIN,
                   "plugin '%s' has no %s callback", who,
                   info->create == NULL ? "create" : "process");
      return FALSE;
    }
  if (info->threading > LECTOR_THREADING_SHARED)
    {
      g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_PLUGIN,
                   "plugin '%s' declares an unknown threading model %d", who,
                   (int) info->threading);
      return FALSE;
    }
  return check_capabilities (info->provides, "provides", who, error)
         && check_capabilities (info->requires, "requires", who, error)
         && check_capabilities (info->meta, "meta", who, error) && check_meta (info, who, error)
         && check_params (info, error);
}

/* Where libtool put the shared object a .la file describes (uninstalled: .libs/). */
static char *
shared_object_of (const char *path)
{
  if (!g_str_has_suffix (path, ".la"))
    return g_strdup (path);

  g_autofree char *contents = NULL;
  if (!g_file_get_contents (path, &contents, NULL, NULL))
    return NULL;
  const char *line = strstr (contents, "\ndlname='");
  if (line == NULL)
    return NULL;
  line += strlen ("\ndlname='");
  const char *end = strchr (line, '\'');
  if (end == NULL || end == line)
    return NULL;
  g_autofree char *dlname = g_strndup (line, (gsize) (end - line));
  g_autofree char *dir = g_path_get_dirname (path);
  char *uninstalled = g_build_filename (dir, ".libs", dlname, NULL);
  if (g_file_test (uninstalled, G_FILE_TEST_EXISTS))
    return uninstalled;
  g_free (uninstalled);
  return g_build_filename (dir, dlname, NULL);
}

/* libltdl reports most dlopen failures as "file not found"; dlopen itself says which
 * library or symbol is missing. */
static char *
real_load_error (const char *path, const char *ltdl_message)
{
  g_autofree char *object = shared_object_of (path);
  if (object != NULL && g_file_test (object, G_FILE_TEST_EXISTS))
    {
      void *handle = dlopen (object, RTLD_NOW | RTLD_LOCAL);
      if (handle == NULL)
        return g_strdup (dlerror ());
      dlclose (handle);
    }
  return g_strdup (ltdl_message != NULL ? ltdl_message : "unknown error");
}

/* A file refused as a plugin is never used again, so it is not kept loaded as plugins are. */
static void
close_refused (lt_dlhandle handle)
{
  g_mutex_lock (&ltdl_lock);
  lt_dlclose (handle);
  g_mutex_unlock (&ltdl_lock);
}

static LectorPlugin *
load_file (LectorRegistry *registry, const char *name, const char *path, GError **error)
{
  g_mutex_lock (&ltdl_lock);
  lt_dladvise advise;
  lt_dladvise_init (&advise);
  lt_dladvise_local (&advise);
  lt_dlhandle handle = lt_dlopenadvise (path, advise);
  lt_dladvise_destroy (&advise);
  const char *ltdl_message = handle == NULL ? lt_dlerror () : NULL;
  g_autofree char *load_message = handle == NULL ? real_load_error (path, ltdl_message) : NULL;
  const LectorPluginInfo *info = handle != NULL
                                     ? lt_dlsym (handle, LECTOR_PLUGIN_ENTRY_SYMBOL)
                                     : NULL;
  g_mutex_unlock (&ltdl_lock);

  if (handle == NULL)
    {
      g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_PLUGIN, "cannot load plugin '%s': %s",
                   name, load_message);
      return NULL;
    }
  if (info == NULL)
    {
      close_refused (handle);
      g_autofree char *canonical = canonical_name (name);
      g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_PLUGIN,
                   "'%s' has no entry symbol %s_LTX_%s: it is not a Lector plugin, or it was "
                   "defined with LECTOR_PLUGIN_DEFINE under a name other than its file name '%s'",
                   path, canonical, LECTOR_PLUGIN_ENTRY_SYMBOL, name);
      return NULL;
    }
  if (!lector_plugin_info_check (info, name, path, error))
    {
      close_refused (handle);
      return NULL;
    }

  LectorPlugin *plugin = g_new0 (LectorPlugin, 1);
  plugin->name = g_strdup (name);
  plugin->path = g_strdup (path);
  plugin->info = info;
  plugin->handle = handle;
  g_hash_table_insert (registry->plugins, plugin->name, plugin);
  return plugin;
}

static char *
plugin_name_of_file (const char *file)
{
  const char *dot = strrchr (file, '.');
  return g_strndup (file, dot != NULL ? (gsize) (dot - file) : strlen (file));
}

/* Whether the libtool file @path describes a module (what -module builds, as every plugin
 * is built) rather than a library to link with: libtool writes shouldnotlink=yes for
 * modules only. */
static gboolean
is_libtool_module (const char *path)
{
  g_autofree char *contents = NULL;
  return g_file_get_contents (path, &contents, NULL, NULL)
         && strstr (contents, "\nshouldnotlink=yes") != NULL;
}

static gboolean
valid_plugin_name (const char *name)
{
  if (*name == '\0' || g_str_has_prefix (name, "lib"))
    return FALSE;
  for (const char *p = name; *p != '\0'; p++)
    if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '_' && *p != '-')
      return FALSE;
  return TRUE;
}

LectorPlugin *
lector_registry_load_file (LectorRegistry *registry, const char *path, GError **error)
{
  g_return_val_if_fail (registry != NULL, NULL);
  g_return_val_if_fail (path != NULL, NULL);

  /* libltdl searches its own path for a name without a directory, never the current
   * directory; an absolute path means what the caller meant. */
  g_autofree char *absolute = g_canonicalize_filename (path, NULL);
  path = absolute;
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *name = plugin_name_of_file (base);
  LectorPlugin *existing = g_hash_table_lookup (registry->plugins, name);
  if (existing != NULL)
    {
      if (g_strcmp0 (existing->path, path) == 0)
        return existing;
      g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_PLUGIN,
                   "cannot load '%s': a plugin named '%s' is already loaded from %s", path, name,
                   existing->path != NULL ? existing->path : "the program");
      return NULL;
    }
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_PLUGIN, "cannot load plugin '%s': %s: no such file",
                   name, path);
      return NULL;
    }
  return load_file (registry, name, path, error);
}

static int
compare_names (const void *a, const void *b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

static void
scan_dir (LectorRegistry *registry, const char *dir)
{
  g_autoptr (GDir) handle = g_dir_open (dir, 0, NULL);
  if (handle == NULL)
    return; /* a search path entry that does not exist is not an error */

  /* NAME.la is preferred to NAME.so: libtool's file knows where the object lives. */
  g_autoptr (GHashTable) candidates = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  const char *file;
  while ((file = g_dir_read_name (handle)) != NULL)
    {
      if (!g_str_has_suffix (file, ".la") && !g_str_has_suffix (file, ".so"))
        continue;
      char *name = plugin_name_of_file (file);
      const char *current = g_hash_table_lookup (candidates, name);
      if (current != NULL && g_str_has_suffix (current, ".la"))
        {
          g_free (name);
          continue;
        }
      g_hash_table_insert (candidates, name, g_build_filename (dir, file, NULL));
    }

  g_autofree const char **names = (const char **) g_hash_table_get_keys_as_array (candidates, NULL);
  gsize n = g_hash_table_size (candidates);
  qsort (names, n, sizeof *names, compare_names);
  for (gsize i = 0; i < n; i++)
    {
      const char *name = names[i];
      const char *path = g_hash_table_lookup (candidates, name);
      LectorPlugin *existing = g_hash_table_lookup (registry->plugins, name);
      /* A plugin may build a library of its own beside it (libsegmenter.la next to
       * segment.la): named lib… and no module, it cannot be meant as a plugin, and is passed
       * over as a README would be.  A lib… module, or a bare lib….so that cannot be told
       * without loading it, may be a misnamed plugin and is refused with the reason. */
      if (g_str_has_prefix (name, "lib") && g_str_has_suffix (path, ".la")
          && !is_libtool_module (path))
        continue;
      if (!valid_plugin_name (name))
        {
          reject (registry, name, path,
                  g_str_has_prefix (name, "lib")
                      ? "a file whose name starts with 'lib' is a library, not a plugin; "
                        "a plugin file is named after the plugin"
                      : "plugin names may only contain a-z, 0-9, '_' and '-'; rename the file");
          continue;
        }
      if (existing != NULL)
        {
          g_autofree char *reason = g_strdup_printf (
              "shadowed by %s, which comes earlier in the search path",
              existing->path != NULL ? existing->path : "a plugin built into the program");
          reject (registry, name, path, reason);
          continue;
        }
      g_autoptr (GError) error = NULL;
      if (load_file (registry, name, path, &error) == NULL)
        reject (registry, name, path, error->message);
    }
}

void
lector_registry_scan (LectorRegistry *registry)
{
  g_return_if_fail (registry != NULL);

  for (; registry->n_dirs_scanned < registry->dirs->len; registry->n_dirs_scanned++)
    scan_dir (registry, registry->dirs->pdata[registry->n_dirs_scanned]);
}

LectorPlugin *
lector_registry_add_static (LectorRegistry *registry, const LectorPluginInfo *info,
                            GError **error)
{
  g_return_val_if_fail (registry != NULL, NULL);
  g_return_val_if_fail (info != NULL, NULL);

  if (!lector_plugin_info_check (info, NULL, NULL, error))
    return NULL;
  if (g_hash_table_contains (registry->plugins, info->name))
    {
      g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_PLUGIN,
                   "a plugin named '%s' is already registered", info->name);
      return NULL;
    }
  LectorPlugin *plugin = g_new0 (LectorPlugin, 1);
  plugin->name = g_strdup (info->name);
  plugin->info = info;
  g_hash_table_insert (registry->plugins, plugin->name, plugin);
  return plugin;
}

LectorPlugin *
lector_registry_lookup (const LectorRegistry *registry, const char *name)
{
  g_return_val_if_fail (registry != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);
  return g_hash_table_lookup (registry->plugins, name);
}

static gint
compare_plugins (gconstpointer a, gconstpointer b)
{
  const LectorPlugin *pa = *(LectorPlugin *const *) a;
  const LectorPlugin *pb = *(LectorPlugin *const *) b;
  return strcmp (pa->name, pb->name);
}

GPtrArray *
lector_registry_get_plugins (const LectorRegistry *registry)
{
  g_return_val_if_fail (registry != NULL, NULL);

  GPtrArray *plugins = g_ptr_array_sized_new (g_hash_table_size (registry->plugins));
  GHashTableIter iter;
  gpointer plugin;
  g_hash_table_iter_init (&iter, registry->plugins);
  while (g_hash_table_iter_next (&iter, NULL, &plugin))
    g_ptr_array_add (plugins, plugin);
  g_ptr_array_sort (plugins, compare_plugins);
  return plugins;
}

const GPtrArray *
lector_registry_get_rejected (const LectorRegistry *registry)
{
  g_return_val_if_fail (registry != NULL, NULL);
  return registry->rejected;
}

char *
lector_registry_find_providers (const LectorRegistry *registry, const char *capability)
{
  g_return_val_if_fail (registry != NULL, NULL);
  g_return_val_if_fail (capability != NULL, NULL);

  g_autoptr (GPtrArray) plugins = lector_registry_get_plugins (registry);
  g_autoptr (GString) names = g_string_new (NULL);
  for (guint i = 0; i < plugins->len; i++)
    if (lector_plugin_provides (plugins->pdata[i], capability))
      g_string_append_printf (names, "%s%s", names->len > 0 ? ", " : "",
                              lector_plugin_get_name (plugins->pdata[i]));
  return g_string_free (g_steal_pointer (&names), FALSE);
}

const LectorPluginInfo *
lector_plugin_get_info (const LectorPlugin *plugin)
{
  g_return_val_if_fail (plugin != NULL, NULL);
  return plugin->info;
}

const char *
lector_plugin_get_name (const LectorPlugin *plugin)
{
  g_return_val_if_fail (plugin != NULL, NULL);
  return plugin->name;
}

const char *
lector_plugin_get_path (const LectorPlugin *plugin)
{
  g_return_val_if_fail (plugin != NULL, NULL);
  return plugin->path;
}

gboolean
lector_plugin_provides (const LectorPlugin *plugin, const char *capability)
{
  g_return_val_if_fail (plugin != NULL, FALSE);
  g_return_val_if_fail (capability != NULL, FALSE);
  return plugin->info->provides != NULL
         && g_strv_contains (plugin->info->provides, capability);
}

gboolean
lector_plugin_ensure_initialized (LectorPlugin *plugin, GError **error)
{
  g_return_val_if_fail (plugin != NULL, FALSE);

  if (!plugin->initialized)
    {
      plugin->initialized = TRUE;
      gboolean ok = plugin->info->init == NULL || plugin->info->init (&plugin->init_error);
      if (ok)
        lector_drop_stray_error (&plugin->init_error, "plugin", plugin->name, "initialized");
      else if (plugin->init_error == NULL)
        g_set_error (&plugin->init_error, LECTOR_ERROR, LECTOR_ERROR_PLUGIN,
                     "initialization failed without a message");
    }
  if (plugin->init_error != NULL)
    {
      g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_PLUGIN, "plugin '%s' failed to initialize: %s",
                   plugin->name, plugin->init_error->message);
      return FALSE;
    }
  return TRUE;
}
