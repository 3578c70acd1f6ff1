/* Finding the data files (models, word lists) that plugins ship. */
#include "config.h"

#include <string.h>

#include "private.h"

char *
lector_find_data_file (const char *plugin, const char *name, GError **error)
{
  g_return_val_if_fail (plugin != NULL && *plugin != '\0', NULL);
  g_return_val_if_fail (name != NULL && *name != '\0', NULL);

  g_autoptr (GPtrArray) dirs = g_ptr_array_new_with_free_func (g_free);
  const char *path = g_getenv ("LECTOR_DATA_PATH");
  if (path != NULL)
    {
      g_auto (GStrv) parts = g_strsplit (path, G_SEARCHPATH_SEPARATOR_S, -1);
      for (char **part = parts; *part != NULL; part++)
        if (**part != '\0')
          g_ptr_array_add (dirs, g_strdup (*part));
    }
  g_ptr_array_add (dirs, g_strdup (LECTOR_DATA_DIR));

  g_autoptr (GString) searched = g_string_new (NULL);
  for (guint i = 0; i < dirs->len; i++)
    {
      char *candidate = g_build_filename (dirs->pdata[i], plugin, name, NULL);
      if (g_file_test (candidate, G_FILE_TEST_IS_REGULAR))
        return candidate;
      g_string_append_printf (searched, "%s%s", i > 0 ? ", " : "", candidate);
      g_free (candidate);
    }
  g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_IO,
               "data file '%s' of plugin '%s' not found (searched %s); set LECTOR_DATA_PATH or "
               "reinstall the plugin",
               name, plugin, searched->str);
  return NULL;
}

char *
lector_resolve_data_file (const char *plugin, const char *key, const char *value, GError **error)
{
  g_return_val_if_fail (plugin != NULL && *plugin != '\0', NULL);
  g_return_val_if_fail (key != NULL && value != NULL, NULL);

  if (*value == '\0')
    {
      g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_CONFIG,
                   "%s: empty; give a file name in the data directory of plugin '%s' or a path "
                   "containing '/'",
                   key, plugin);
      return NULL;
    }
  if (strchr (value, '/') != NULL)
    return g_strdup (value);
  g_autoptr (GError) local = NULL;
  char *path = lector_find_data_file (plugin, value, &local);
  if (path == NULL)
    g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_CONFIG, "%s: %s", key, local->message);
  return path;
}
