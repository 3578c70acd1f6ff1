/* `lector new-plugin`: a new plugin project made from the SDK template.
 *
 * The template (sdk/template/) is a working plugin called "keywords".  A new project is
 * that template with the name replaced: "keywords" becomes the plugin name, and where
 * the name must be a C or automake identifier ("keywords_" prefixes, the
 * LECTOR_PLUGIN_DEFINE argument) its '-' become '_'.  Lines marked "new-plugin:" carry
 * the provided and required capabilities. */
#include "config.h"

#include <errno.h>
#include <string.h>

#include <glib/gstdio.h>

#include "scaffold.h"

#define TEMPLATE_NAME "keywords"

/* The template's code reads these layers, so the generated plugin always requires them. */
static const char *const template_requires[] = { "sentences", "tokens", NULL };

gboolean
scaffold_check_name (const char *name, GError **error)
{
  if (*name == '\0' || strlen (name) > 64)
    {
      g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_CONFIG,
                   "plugin name '%s' must have 1 to 64 characters", name);
      return FALSE;
    }
  if (g_str_has_prefix (name, "lib"))
    {
      g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_CONFIG,
                   "plugin name '%s' starts with 'lib': the file %s.so would be taken for a "
                   "library and not loaded as a plugin; choose another name",
                   name, name);
      return FALSE;
    }
  if (!g_ascii_islower (name[0]))
    {
      g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_CONFIG,
                   "plugin name '%s' must start with a lowercase letter (a-z)", name);
      return FALSE;
    }
  for (const char *p = name; *p != '\0'; p++)
    if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '_' && *p != '-')
      {
        g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_CONFIG,
                     "plugin name '%s' contains '%c': a plugin name may only contain a-z, "
                     "0-9, '_' and '-', because it is also the file name the host loads",
                     name, *p);
        return FALSE;
      }
  return TRUE;
}

static gboolean
check_capability (const char *capability, GError **error)
{
  gboolean ok = *capability != '\0';
  for (const char *p = capability; *p != '\0' && ok; p++)
    ok = g_ascii_isalnum (*p) || *p == '_' || *p == '-' || *p == '.';
  if (!ok)
    g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_CONFIG,
                 "capability '%s' may only contain letters, digits, '_', '-' and '.'", capability);
  return ok;
}

static char *
c_identifier (const char *name)
{
  char *ident = g_strdup (name);
  g_strdelimit (ident, "-", '_');
  return ident;
}

/* "my-tagger" -> "MyTagger", for the type name of the stage state. */
static char *
camel_case (const char *name)
{
  GString *out = g_string_new (NULL);
  gboolean upper = TRUE;
  for (const char *p = name; *p != '\0'; p++)
    {
      if (*p == '-' || *p == '_')
        {
          upper = TRUE;
          continue;
        }
      g_string_append_c (out, upper ? g_ascii_toupper (*p) : *p);
      upper = FALSE;
    }
  return g_string_free (out, FALSE);
}

static char *
strv_literal (GPtrArray *list)
{
  GString *out = g_string_new ("LECTOR_STRV (");
  for (guint i = 0; i < list->len; i++)
    g_string_append_printf (out, "%s\"%s\"", i > 0 ? ", " : "", (const char *) list->pdata[i]);
  g_string_append_c (out, ')');
  return g_string_free (out, FALSE);
}

/* Replaces the first "quoted string" of @line with "@value". */
static char *
replace_quoted (const char *line, const char *value)
{
  g_autoptr (GRegex) re = g_regex_new ("\"[^\"]*\"", 0, 0, NULL);
  g_autofree char *quoted = g_strdup_printf ("\"%s\"", value);
  g_autoptr (GMatchInfo) match = NULL;
  int start = 0, end = 0;
  if (!g_regex_match (re, line, 0, &match) || !g_match_info_fetch_pos (match, 0, &start, &end))
    return g_strdup (line);
  return g_strdup_printf ("%.*s%s%s", start, line, quoted, line + end);
}

/* Rewrites one template file's text for the new plugin: the name first, everywhere, then
 * the lines marked "new-plugin:" (so a name that contains the template's is safe). */
static char *
substitute (const char *text, const ScaffoldOptions *options, const char *requires_literal,
            const char *test_stages)
{
  g_autofree char *ident = c_identifier (options->name);
  g_autofree char *upper = g_ascii_strup (ident, -1);
  g_autofree char *define = g_strdup_printf ("LECTOR_PLUGIN_DEFINE (%s", ident);
  g_autofree char *camel = camel_case (options->name);
  /* Identifiers ("keywords_free", "test_keywords_CFLAGS", the DEFINE argument) take the
   * C form of the name, the upper-case macro prefix its upper case, the rest the name. */
  g_autoptr (GRegex) re = g_regex_new (TEMPLATE_NAME "(?=_)|LECTOR_PLUGIN_DEFINE \\("
                                       TEMPLATE_NAME "|KEYWORDS|Keywords|" TEMPLATE_NAME,
                                       0, 0, NULL);
  g_autoptr (GString) renamed = g_string_new (NULL);
  g_autoptr (GMatchInfo) match = NULL;
  int last = 0;
  g_regex_match (re, text, 0, &match);
  while (g_match_info_matches (match))
    {
      int start = 0, end = 0;
      g_match_info_fetch_pos (match, 0, &start, &end);
      g_string_append_len (renamed, text + last, start - last);
      const char *found = text + start;
      if (g_str_has_prefix (found, "LECTOR_PLUGIN_DEFINE"))
        g_string_append (renamed, define);
      else if (g_str_has_prefix (found, "KEYWORDS"))
        g_string_append (renamed, upper);
      else if (g_str_has_prefix (found, "Keywords"))
        g_string_append (renamed, camel);
      else if (text[end] == '_')
        g_string_append (renamed, ident);
      else
        g_string_append (renamed, options->name);
      last = end;
      g_match_info_next (match, NULL);
    }
  g_string_append (renamed, text + last);

  g_auto (GStrv) lines = g_strsplit (renamed->str, "\n", -1);
  GString *out = g_string_new (NULL);
  for (char **line = lines; *line != NULL; line++)
    {
      g_autofree char *current = NULL;
      if (strstr (*line, "new-plugin: provides") != NULL)
        current = replace_quoted (*line, options->provides);
      else if (strstr (*line, "new-plugin: test stages") != NULL)
        current = replace_quoted (*line, test_stages);
      else if (strstr (*line, "new-plugin: requires") != NULL)
        {
          g_autoptr (GRegex) strv = g_regex_new ("LECTOR_STRV \\([^)]*\\)", 0, 0, NULL);
          current = g_regex_replace_literal (strv, *line, -1, 0, requires_literal, 0, NULL);
        }
      else
        current = g_strdup (*line);
      g_string_append (out, current);
      if (line[1] != NULL)
        g_string_append_c (out, '\n');
    }
  return g_string_free (out, FALSE);
}

static char *
target_file_name (const char *template_file, const char *name)
{
  if (strcmp (template_file, "gitignore") == 0)
    return g_strdup (".gitignore");
  g_autoptr (GRegex) re = g_regex_new (TEMPLATE_NAME, 0, 0, NULL);
  return g_regex_replace_literal (re, template_file, -1, 0, name, 0, NULL);
}

/* The stages the generated test runs: segment, then a provider for each capability the
 * plugin requires beyond segment's, then the plugin. */
static char *
test_pipeline (LectorRegistry *registry, GPtrArray *requires, const char *name, GString *warnings)
{
  g_autoptr (GPtrArray) stages = g_ptr_array_new ();
  g_ptr_array_add (stages, (gpointer) "segment");
  for (guint i = 0; i < requires->len; i++)
    {
      const char *capability = requires->pdata[i];
      gboolean provided = FALSE;
      for (guint s = 0; s < stages->len && !provided; s++)
        {
          LectorPlugin *plugin = lector_registry_lookup (registry, stages->pdata[s]);
          provided = plugin != NULL && lector_plugin_provides (plugin, capability);
        }
      if (provided)
        continue;
      g_autofree char *providers = lector_registry_find_providers (registry, capability);
      if (*providers == '\0')
        {
          g_string_append_printf (warnings,
                                  "warning: no installed plugin provides '%s'; the generated "
                                  "test will fail until one is installed\n",
                                  capability);
          continue;
        }
      char *comma = strchr (providers, ',');
      if (comma != NULL)
        *comma = '\0';
      g_ptr_array_add (stages, (gpointer) g_intern_string (providers));
    }
  g_ptr_array_add (stages, (gpointer) name);
  g_ptr_array_add (stages, NULL);
  return g_strjoinv ("; ", (char **) stages->pdata);
}

static gint
compare_names (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

gboolean
scaffold_create (const ScaffoldOptions *options, LectorRegistry *registry, GString *report,
                 GError **error)
{
  if (!scaffold_check_name (options->name, error) || !check_capability (options->provides, error))
    return FALSE;

  g_autoptr (GPtrArray) requires = g_ptr_array_new ();
  for (gsize i = 0; template_requires[i] != NULL; i++)
    g_ptr_array_add (requires, (gpointer) template_requires[i]);
  for (gsize i = 0; options->requires != NULL && options->requires[i] != NULL; i++)
    {
      const char *capability = options->requires[i];
      if (!check_capability (capability, error))
        return FALSE;
      gboolean known = FALSE;
      for (guint j = 0; j < requires->len && !known; j++)
        known = strcmp (requires->pdata[j], capability) == 0;
      if (!known)
        g_ptr_array_add (requires, (gpointer) capability);
    }

  if (g_file_test (options->directory, G_FILE_TEST_EXISTS))
    {
      g_autoptr (GDir) existing = g_dir_open (options->directory, 0, NULL);
      if (existing == NULL || g_dir_read_name (existing) != NULL)
        {
          g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_IO,
                       "%s already exists and is not an empty directory; choose another with -o",
                       options->directory);
          return FALSE;
        }
    }

  const char *template_dir = options->template_dir;
  g_autoptr (GDir) dir = g_dir_open (template_dir, 0, NULL);
  if (dir == NULL)
    {
      g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_IO,
                   "the plugin template is not at %s (set LECTOR_TEMPLATE_DIR, or reinstall "
                   "Lector)",
                   template_dir);
      return FALSE;
    }
  if (g_mkdir_with_parents (options->directory, 0755) != 0)
    {
      g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_IO, "cannot create %s: %s",
                   options->directory, g_strerror (errno));
      return FALSE;
    }

  g_autofree char *requires_literal = strv_literal (requires);
  g_autofree char *stages = test_pipeline (registry, requires, options->name, report);

  g_autoptr (GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  const char *file;
  while ((file = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (files, g_strdup (file));
  g_ptr_array_sort (files, compare_names);

  for (guint i = 0; i < files->len; i++)
    {
      const char *name = files->pdata[i];
      g_autofree char *source = g_build_filename (template_dir, name, NULL);
      g_autofree char *contents = NULL;
      gsize length = 0;
      if (!g_file_get_contents (source, &contents, &length, error))
        return FALSE;
      g_autofree char *text = substitute (contents, options, requires_literal, stages);
      g_autofree char *target_name = target_file_name (name, options->name);
      g_autofree char *target = g_build_filename (options->directory, target_name, NULL);
      if (!g_file_set_contents (target, text, -1, error))
        return FALSE;
      if (g_file_test (source, G_FILE_TEST_IS_EXECUTABLE) && g_chmod (target, 0755) != 0)
        {
          g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_IO, "cannot make %s executable: %s",
                       target, g_strerror (errno));
          return FALSE;
        }
      g_string_append_printf (report, "  %s\n", target);
    }
  return TRUE;
}
