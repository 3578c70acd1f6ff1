/* Reading pipeline configurations (key files and JSON) into one model with line numbers. */
#include "config.h"

#include <string.h>

#include "private.h"

/* The pipeline `lector run` uses without -c.  Later stages join it as their plugins land. */
static const char default_pipeline[] = "[pipeline]\n"
                                       "name = default\n"
                                       "stages = segment; langid; entities; quotes; summary\n";

#define STAGE_GROUP_PREFIX "stage "

/* The keys of [job]; their values are read by the lector command (lector.conf(5)). */
static const char *const job_keys[] = { "input",    "input-format", "output",
                                        "format",   "offsets",      "layers",
                                        "jobs",     "on-error",     "max-failures",
                                        "max-document-size" };

static LectorStageConfig *
stage_config_new (const char *name, int line)
{
  LectorStageConfig *stage = g_new0 (LectorStageConfig, 1);
  stage->name = g_strdup (name);
  stage->line = line;
  stage->params = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, lector_raw_value_free);
  stage->outputs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, lector_raw_value_free);
  return stage;
}

static void
stage_config_free (gpointer data)
{
  LectorStageConfig *stage = data;
  g_hash_table_unref (stage->outputs);
  g_hash_table_unref (stage->params);
  g_free (stage->plugin);
  g_free (stage->name);
  g_free (stage);
}

static LectorConfig *
config_new (const char *source)
{
  LectorConfig *config = g_new0 (LectorConfig, 1);
  config->source = g_strdup (source);
  config->stages = g_ptr_array_new_with_free_func (stage_config_free);
  config->job = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, lector_raw_value_free);
  return config;
}

void
lector_config_free (LectorConfig *config)
{
  if (config == NULL)
    return;
  g_ptr_array_unref (config->stages);
  g_hash_table_unref (config->job);
  g_free (config->name);
  g_free (config->source);
  g_free (config);
}

const char *
lector_config_get_job_setting (const LectorConfig *config, const char *key, int *line)
{
  g_return_val_if_fail (config != NULL, NULL);
  g_return_val_if_fail (key != NULL, NULL);

  const LectorRawValue *value = g_hash_table_lookup (config->job, key);
  if (line != NULL)
    *line = value != NULL ? value->line : 0;
  return value != NULL ? value->text : NULL;
}

const char *
lector_config_get_source (const LectorConfig *config)
{
  g_return_val_if_fail (config != NULL, NULL);
  return config->source;
}

static LectorStageConfig *
find_stage (const LectorConfig *config, const char *name)
{
  for (guint i = 0; i < config->stages->len; i++)
    {
      LectorStageConfig *stage = config->stages->pdata[i];
      if (strcmp (stage->name, name) == 0)
        return stage;
    }
  return NULL;
}

static gboolean
valid_stage_name (const char *name)
{
  if (*name == '\0')
    return FALSE;
  for (const char *p = name; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '_' && *p != '-')
      return FALSE;
  return TRUE;
}

static void G_GNUC_PRINTF (4, 5)
config_error (GError **error, const char *source, int line, const char *format, ...)
{
  va_list args;
  va_start (args, format);
  g_autofree char *message = g_strdup_vprintf (format, args);
  va_end (args);
  if (line > 0)
    g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_CONFIG, "%s:%d: %s", source, line, message);
  else
    g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_CONFIG, "%s: %s", source, message);
}

/* Adds a [job] setting after checking its key. */
static gboolean
set_job_key (LectorConfig *config, const char *key, LectorRawValue *value, GError **error)
{
  for (gsize i = 0; i < G_N_ELEMENTS (job_keys); i++)
    if (strcmp (key, job_keys[i]) == 0)
      {
        g_hash_table_replace (config->job, g_strdup (key), value);
        return TRUE;
      }
  const char *suggestion = lector_suggest (key, job_keys, G_N_ELEMENTS (job_keys));
  config_error (error, value->source, value->line,
                "[job]: unknown key '%s'%s%s%s; known keys: input, input-format, output, format, "
                "offsets, layers, jobs, on-error, max-failures, max-document-size",
                key, suggestion ? " (did you mean '" : "", suggestion ? suggestion : "",
                suggestion ? "'?)" : "");
  lector_raw_value_free (value);
  return FALSE;
}

/* Adds the stage list in order; names must be unique and well formed. */
static gboolean
add_stage_names (LectorConfig *config, char **names, int line, GError **error)
{
  for (char **name = names; *name != NULL; name++)
    {
      const char *stage_name = g_strstrip (*name);
      if (*stage_name == '\0')
        continue;
      if (!valid_stage_name (stage_name))
        {
          config_error (error, config->source, line,
                        "stage name '%s' may only contain letters, digits, '_' and '-'",
                        stage_name);
          return FALSE;
        }
      if (find_stage (config, stage_name) != NULL)
        {
          config_error (error, config->source, line,
                        "stage '%s' is listed twice in stages; to run a plugin twice, give the "
                        "second stage another name and a [stage NAME] group with plugin = …",
                        stage_name);
          return FALSE;
        }
      g_ptr_array_add (config->stages, stage_config_new (stage_name, line));
    }
  if (config->stages->len == 0)
    {
      config_error (error, config->source, line, "[pipeline] stages lists no stage");
      return FALSE;
    }
  return TRUE;
}

/* Sets one key of a stage group: `plugin`, `output.LAYER` or a plugin parameter. */
static gboolean
set_stage_key (LectorConfig *config, LectorStageConfig *stage, const char *key,
               LectorRawValue *value, GError **error)
{
  if (strcmp (key, "plugin") == 0)
    {
      g_autofree char *plugin = g_strstrip (g_strdup (value->text));
      if (*plugin == '\0')
        {
          config_error (error, value->source, value->line, "stage '%s': plugin is empty",
                        stage->name);
          lector_raw_value_free (value);
          return FALSE;
        }
      g_free (stage->plugin);
      stage->plugin = g_steal_pointer (&plugin);
      stage->plugin_line = value->line;
      lector_raw_value_free (value);
      return TRUE;
    }
  if (g_str_has_prefix (key, "output."))
    {
      const char *layer = key + strlen ("output.");
      g_strstrip (value->text);
      if (*layer == '\0' || !valid_stage_name (value->text))
        {
          config_error (error, value->source, value->line,
                        "stage '%s': %s must name a layer (letters, digits, '_', '-'), got '%s'",
                        stage->name, key, value->text);
          lector_raw_value_free (value);
          return FALSE;
        }
      g_hash_table_replace (stage->outputs, g_strdup (layer), value);
      return TRUE;
    }
  g_hash_table_replace (stage->params, g_strdup (key), value);
  (void) config;
  return TRUE;
}

/* --- key files ------------------------------------------------------------------------------ */

typedef struct {
  GHashTable *lines; /* "group\nkey" or "group" -> line number */
} KeyFileLines;

static char *
line_key (const char *group, const char *key)
{
  return key != NULL ? g_strconcat (group, "\n", key, NULL) : g_strdup (group);
}

static int
lookup_line (GHashTable *lines, const char *group, const char *key)
{
  g_autofree char *k = line_key (group, key);
  return GPOINTER_TO_INT (g_hash_table_lookup (lines, k));
}

/* GKeyFile reports neither line numbers nor duplicate keys, so the text is scanned first
 * for both, and for syntax errors, which then carry a line number. */
static GHashTable *
scan_key_file_lines (const char *data, gsize length, const char *source, GError **error)
{
  g_autoptr (GHashTable) lines = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *group = NULL;
  const char *p = data, *end = data + length;
  int line = 0;

  while (p < end)
    {
      const char *eol = memchr (p, '\n', (gsize) (end - p));
      if (eol == NULL)
        eol = end;
      line++;
      g_autofree char *text = g_strstrip (g_strndup (p, (gsize) (eol - p)));
      p = eol + 1;

      if (*text == '\0' || *text == '#')
        continue;
      if (*text == '[')
        {
          char *close = strchr (text, ']');
          if (close == NULL || close[1] != '\0' || close == text + 1)
            {
              config_error (error, source, line, "malformed group header '%s'", text);
              return NULL;
            }
          *close = '\0';
          g_free (group);
          group = g_strdup (text + 1);
          if (g_hash_table_contains (lines, group))
            {
              config_error (error, source, line, "group [%s] appears twice (first at line %d)",
                            group, lookup_line (lines, group, NULL));
              return NULL;
            }
          g_hash_table_insert (lines, g_strdup (group), GINT_TO_POINTER (line));
          continue;
        }
      char *equals = strchr (text, '=');
      if (equals == NULL)
        {
          config_error (error, source, line,
                        "'%s' is not a 'key = value' line, a [group] or a # comment", text);
          return NULL;
        }
      if (group == NULL)
        {
          config_error (error, source, line, "key before any [group]");
          return NULL;
        }
      *equals = '\0';
      g_strstrip (text);
      if (*text == '\0')
        {
          config_error (error, source, line, "a line with '=' but no key");
          return NULL;
        }
      /* GKeyFile's escapes in a value: \s \n \t \r \\.  Anything else is refused here,
       * with its line (GKeyFile would give no line, and warns on a second bad escape). */
      for (const char *c = equals + 1; *c != '\0'; c++)
        if (*c == '\\')
          {
            c++;
            if (*c == '\0' || strchr ("sntr\\", *c) == NULL)
              {
                config_error (error, source, line,
                              "%s: '\\%s' is not an escape sequence of a config value (use \\\\ "
                              "for a backslash)",
                              g_strstrip (text), *c == '\0' ? "" : (char[]){ *c, '\0' });
                return NULL;
              }
          }
      int first = lookup_line (lines, group, text);
      if (first > 0)
        {
          config_error (error, source, line, "key '%s' is set twice in [%s] (first at line %d)",
                        text, group, first);
          return NULL;
        }
      g_hash_table_insert (lines, line_key (group, text), GINT_TO_POINTER (line));
    }
  return g_steal_pointer (&lines);
}

/* Every group must be [pipeline], [job] or [stage NAME].  Checked before anything else: a
 * misspelt [pipeline] would otherwise be reported as a missing one, without its line or the
 * name that was meant. */
static gboolean
check_groups (GKeyFile *keyfile, GHashTable *lines, const char *source, GError **error)
{
  static const char *const known[] = { "pipeline", "job" };
  static const char *const stage_word[] = { "stage" };
  g_auto (GStrv) groups = g_key_file_get_groups (keyfile, NULL);
  for (char **group = groups; *group != NULL; group++)
    {
      if (strcmp (*group, "pipeline") == 0 || strcmp (*group, "job") == 0
          || g_str_has_prefix (*group, STAGE_GROUP_PREFIX))
        continue;
      /* "[stages NAME]", "[stag NAME]": a stage group with its first word misspelt. */
      const char *space = strchr (*group, ' ');
      g_autofree char *first = g_strndup (*group, space != NULL ? (gsize) (space - *group)
                                                                : strlen (*group));
      g_autofree char *meant = NULL;
      if (space != NULL && lector_suggest (first, stage_word, 1) != NULL)
        {
          const char *name = space;
          while (*name == ' ')
            name++;
          meant = g_strconcat (STAGE_GROUP_PREFIX, name, NULL);
        }
      else if (lector_suggest (*group, known, G_N_ELEMENTS (known)) != NULL)
        meant = g_strdup (lector_suggest (*group, known, G_N_ELEMENTS (known)));
      config_error (error, source, lookup_line (lines, *group, NULL),
                    "unknown group [%s]%s%s%s; groups are [pipeline], [stage NAME] and [job]",
                    *group, meant != NULL ? " (did you mean [" : "", meant != NULL ? meant : "",
                    meant != NULL ? "]?)" : "");
      return FALSE;
    }
  return TRUE;
}

static LectorConfig *
load_key_file (const char *data, gsize length, const char *source, GError **error)
{
  g_autoptr (GHashTable) lines = scan_key_file_lines (data, length, source, error);
  if (lines == NULL)
    return NULL;

  g_autoptr (GKeyFile) keyfile = g_key_file_new ();
  g_key_file_set_list_separator (keyfile, ';');
  g_autoptr (GError) local = NULL;
  if (!g_key_file_load_from_data (keyfile, data, length, G_KEY_FILE_NONE, &local))
    {
      config_error (error, source, 0, "%s", local->message);
      return NULL;
    }

  if (!check_groups (keyfile, lines, source, error))
    return NULL;

  g_autoptr (LectorConfig) config = config_new (source);
  int pipeline_line = lookup_line (lines, "pipeline", NULL);
  if (pipeline_line == 0)
    {
      config_error (error, source, 0, "no [pipeline] group; a config starts with\n"
                                      "  [pipeline]\n  stages = segment; …");
      return NULL;
    }

  /* [pipeline] */
  g_auto (GStrv) pipeline_keys = g_key_file_get_keys (keyfile, "pipeline", NULL, NULL);
  static const char *const pipeline_known[] = { "name", "stages" };
  for (char **key = pipeline_keys; key != NULL && *key != NULL; key++)
    {
      if (strcmp (*key, "name") == 0 || strcmp (*key, "stages") == 0)
        continue;
      const char *suggestion = lector_suggest (*key, pipeline_known, G_N_ELEMENTS (pipeline_known));
      config_error (error, source, lookup_line (lines, "pipeline", *key),
                    "[pipeline]: unknown key '%s'%s%s%s; known keys: name, stages", *key,
                    suggestion ? " (did you mean '" : "", suggestion ? suggestion : "",
                    suggestion ? "'?)" : "");
      return NULL;
    }
  /* GKeyFile returns a value with an invalid escape ("\q") and sets the error as well: the
   * error is what tells. */
  int name_line = lookup_line (lines, "pipeline", "name");
  if (name_line > 0)
    config->name = g_key_file_get_string (keyfile, "pipeline", "name", &local);
  if (local != NULL)
    {
      config_error (error, source, name_line, "[pipeline]: %s", local->message);
      return NULL;
    }
  if (config->name == NULL)
    config->name = g_strdup ("unnamed");
  g_strstrip (config->name);

  int stages_line = lookup_line (lines, "pipeline", "stages");
  if (stages_line == 0)
    {
      config_error (error, source, pipeline_line,
                    "[pipeline] has no 'stages' key; list the stages in order, e.g. "
                    "stages = segment; langid");
      return NULL;
    }
  g_auto (GStrv) stage_names = g_key_file_get_string_list (keyfile, "pipeline", "stages", NULL,
                                                           &local);
  if (local != NULL)
    {
      config_error (error, source, stages_line, "[pipeline]: %s", local->message);
      return NULL;
    }
  if (stage_names == NULL)
    stage_names = g_new0 (char *, 1);
  if (!add_stage_names (config, stage_names, stages_line, error))
    return NULL;

  /* [stage NAME] groups */
  g_auto (GStrv) groups = g_key_file_get_groups (keyfile, NULL);
  for (char **group = groups; *group != NULL; group++)
    {
      int group_line = lookup_line (lines, *group, NULL);
      if (strcmp (*group, "pipeline") == 0)
        continue;
      if (strcmp (*group, "job") == 0)
        {
          g_auto (GStrv) keys = g_key_file_get_keys (keyfile, *group, NULL, NULL);
          for (char **key = keys; key != NULL && *key != NULL; key++)
            {
              g_autofree char *value = g_key_file_get_string (keyfile, *group, *key, &local);
              int line = lookup_line (lines, *group, *key);
              if (local != NULL)
                {
                  config_error (error, source, line, "[job]: %s", local->message);
                  return NULL;
                }
              if (!set_job_key (config, *key, lector_raw_value_new (value, NULL, source, line),
                                error))
                return NULL;
            }
          continue;
        }
      /* Any other group is a stage's (check_groups). */
      const char *stage_name = *group + strlen (STAGE_GROUP_PREFIX);
      while (*stage_name == ' ')
        stage_name++;
      LectorStageConfig *stage = find_stage (config, stage_name);
      if (stage == NULL)
        {
          g_autoptr (GPtrArray) names = g_ptr_array_new ();
          for (guint i = 0; i < config->stages->len; i++)
            g_ptr_array_add (names, ((LectorStageConfig *) config->stages->pdata[i])->name);
          const char *suggestion = lector_suggest (stage_name, (const char *const *) names->pdata,
                                                   names->len);
          config_error (error, source, group_line,
                        "group [stage %s] names a stage that is not in [pipeline] stages%s%s%s",
                        stage_name, suggestion ? " (did you mean '" : "",
                        suggestion ? suggestion : "", suggestion ? "'?)" : "");
          return NULL;
        }
      stage->line = group_line;

      g_auto (GStrv) keys = g_key_file_get_keys (keyfile, *group, NULL, NULL);
      for (char **key = keys; key != NULL && *key != NULL; key++)
        {
          g_autofree char *value = g_key_file_get_string (keyfile, *group, *key, &local);
          if (local != NULL)
            {
              config_error (error, source, lookup_line (lines, *group, *key), "stage '%s': %s",
                            stage_name, local->message);
              return NULL;
            }
          LectorRawValue *raw = lector_raw_value_new (value, NULL, source,
                                                      lookup_line (lines, *group, *key));
          if (!set_stage_key (config, stage, *key, raw, error))
            return NULL;
        }
    }
  return g_steal_pointer (&config);
}

/* --- JSON ----------------------------------------------------------------------------------- */

static char *
json_value_text (json_t *value)
{
  if (json_is_string (value))
    return g_strdup (json_string_value (value));
  if (json_is_array (value))
    {
      g_autoptr (GString) text = g_string_new (NULL);
      gsize i;
      json_t *item;
      json_array_foreach (value, i, item)
      {
        g_autofree char *item_text = json_value_text (item);
        g_string_append_printf (text, "%s%s", i > 0 ? "; " : "", item_text);
      }
      return g_string_free (g_steal_pointer (&text), FALSE);
    }
  return json_dumps (value, JSON_ENCODE_ANY | JSON_COMPACT);
}

static gboolean
load_json_stage (LectorConfig *config, json_t *entry, gsize index, GError **error)
{
  if (json_is_string (entry))
    {
      g_autofree char *name = g_strdup (json_string_value (entry));
      char *names[] = { name, NULL };
      return add_stage_names (config, names, 0, error);
    }
  if (!json_is_object (entry))
    {
      config_error (error, config->source, 0,
                    "pipeline.stages[%" G_GSIZE_FORMAT "] must be a stage name or an object",
                    index);
      return FALSE;
    }
  json_t *name = json_object_get (entry, "name");
  if (!json_is_string (name))
    {
      config_error (error, config->source, 0,
                    "pipeline.stages[%" G_GSIZE_FORMAT "] has no \"name\" string", index);
      return FALSE;
    }
  /* Stripped, as add_stage_names() strips it: the stage is found under that name. */
  g_autofree char *stage_name = g_strstrip (g_strdup (json_string_value (name)));
  if (*stage_name == '\0')
    {
      config_error (error, config->source, 0, "pipeline.stages[%" G_GSIZE_FORMAT "] has an "
                    "empty \"name\"", index);
      return FALSE;
    }
  char *names[] = { stage_name, NULL };
  if (!add_stage_names (config, names, 0, error))
    return FALSE;
  LectorStageConfig *stage = find_stage (config, stage_name);

  const char *key;
  json_t *value;
  json_object_foreach (entry, key, value)
  {
    if (strcmp (key, "name") == 0)
      continue;
    if (strcmp (key, "output") == 0)
      {
        if (!json_is_object (value))
          {
            config_error (error, config->source, 0,
                          "stage '%s': \"output\" must be an object mapping layers to names",
                          stage->name);
            return FALSE;
          }
        const char *layer;
        json_t *target;
        json_object_foreach (value, layer, target)
        {
          g_autofree char *output_key = g_strconcat ("output.", layer, NULL);
          g_autofree char *text = json_value_text (target);
          if (!set_stage_key (config, stage, output_key,
                              lector_raw_value_new (text, NULL, config->source, 0), error))
            return FALSE;
        }
        continue;
      }
    g_autofree char *text = json_value_text (value);
    json_t *typed = strcmp (key, "plugin") == 0 ? NULL : value;
    if (!set_stage_key (config, stage, key,
                        lector_raw_value_new (text, typed, config->source, 0), error))
      return FALSE;
  }
  return TRUE;
}

static LectorConfig *
load_json (const char *data, gsize length, const char *source, GError **error)
{
  json_error_t json_error;
  g_autoptr (json_t) root = json_loadb (data, length, JSON_REJECT_DUPLICATES, &json_error);
  if (root == NULL)
    {
      config_error (error, source, json_error.line, "%s", json_error.text);
      return NULL;
    }
  if (!json_is_object (root))
    {
      config_error (error, source, 0, "the top level must be an object with a \"pipeline\" key");
      return NULL;
    }

  const char *key;
  json_t *value;
  json_object_foreach (root, key, value)
  {
    if (strcmp (key, "pipeline") != 0 && strcmp (key, "job") != 0)
      {
        config_error (error, source, 0,
                      "unknown top-level key \"%s\"; expected \"pipeline\" and \"job\"", key);
        return NULL;
      }
  }
  json_t *pipeline = json_object_get (root, "pipeline");
  if (!json_is_object (pipeline))
    {
      config_error (error, source, 0, "\"pipeline\" must be an object with a \"stages\" array");
      return NULL;
    }
  json_object_foreach (pipeline, key, value)
  {
    if (strcmp (key, "name") != 0 && strcmp (key, "stages") != 0)
      {
        config_error (error, source, 0, "pipeline: unknown key \"%s\"; known keys: name, stages",
                      key);
        return NULL;
      }
  }

  g_autoptr (LectorConfig) config = config_new (source);
  json_t *name = json_object_get (pipeline, "name");
  /* Stripped, as in a key file, so that both forms describe the same pipeline. */
  config->name = g_strstrip (
      g_strdup (json_is_string (name) ? json_string_value (name) : "unnamed"));

  json_t *stages = json_object_get (pipeline, "stages");
  if (!json_is_array (stages) || json_array_size (stages) == 0)
    {
      config_error (error, source, 0, "pipeline.stages must be a non-empty array");
      return NULL;
    }
  gsize index;
  json_array_foreach (stages, index, value)
  {
    if (!load_json_stage (config, value, index, error))
      return NULL;
  }

  json_t *job = json_object_get (root, "job");
  if (job != NULL && !json_is_object (job))
    {
      config_error (error, source, 0, "\"job\" must be an object");
      return NULL;
    }
  json_object_foreach (job, key, value)
  {
    g_autofree char *text = json_value_text (value);
    if (!set_job_key (config, key, lector_raw_value_new (text, value, source, 0), error))
      return NULL;
  }
  return g_steal_pointer (&config);
}

/* --- entry points --------------------------------------------------------------------------- */

LectorConfig *
lector_config_load_data (const char *data, gssize length, const char *source, gboolean json,
                         GError **error)
{
  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (source != NULL, NULL);

  gsize len = length < 0 ? strlen (data) : (gsize) length;
  if (!g_utf8_validate_len (data, len, NULL))
    {
      config_error (error, source, 0, "the file is not valid UTF-8 text");
      return NULL;
    }
  return json ? load_json (data, len, source, error) : load_key_file (data, len, source, error);
}

LectorConfig *
lector_config_load_file (const char *path, GError **error)
{
  g_return_val_if_fail (path != NULL, NULL);

  g_autofree char *data = NULL;
  gsize length = 0;
  g_autoptr (GError) local = NULL;
  if (!g_file_get_contents (path, &data, &length, &local))
    {
      g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_CONFIG, "cannot read config: %s",
                   local->message);
      return NULL;
    }
  return lector_config_load_data (data, (gssize) length, path, g_str_has_suffix (path, ".json"),
                                  error);
}

LectorConfig *
lector_config_new_default (void)
{
  g_autoptr (GError) error = NULL;
  LectorConfig *config = lector_config_load_data (default_pipeline, -1, "<default pipeline>",
                                                  FALSE, &error);
  g_assert_no_error (error);
  /* Line numbers of a text the user never sees would only confuse. */
  for (guint i = 0; i < config->stages->len; i++)
    {
      LectorStageConfig *stage = config->stages->pdata[i];
      stage->line = stage->plugin_line = 0;
    }
  return config;
}

gboolean
lector_config_set_override (LectorConfig *config, const char *assignment, GError **error)
{
  g_return_val_if_fail (config != NULL, FALSE);
  g_return_val_if_fail (assignment != NULL, FALSE);

  /* Like a config file, an override must be UTF-8: its value reaches plugins and output. */
  g_autofree char *valid = g_utf8_make_valid (assignment, -1);
  g_autofree char *source = g_strdup_printf ("option -s '%s'", valid);
  if (!g_utf8_validate (assignment, -1, NULL))
    {
      config_error (error, source, 0, "not valid UTF-8 text");
      return FALSE;
    }
  const char *equals = strchr (assignment, '=');
  const char *dot = strchr (assignment, '.');
  if (equals == NULL || dot == NULL || dot > equals || dot == assignment || dot + 1 == equals)
    {
      config_error (error, source, 0, "expected STAGE.KEY=VALUE");
      return FALSE;
    }
  g_autofree char *stage_name = g_strndup (assignment, (gsize) (dot - assignment));
  g_autofree char *key = g_strstrip (g_strndup (dot + 1, (gsize) (equals - dot - 1)));
  LectorStageConfig *stage = find_stage (config, stage_name);
  if (stage == NULL)
    {
      g_autoptr (GPtrArray) names = g_ptr_array_new ();
      for (guint i = 0; i < config->stages->len; i++)
        g_ptr_array_add (names, ((LectorStageConfig *) config->stages->pdata[i])->name);
      const char *suggestion = lector_suggest (stage_name, (const char *const *) names->pdata,
                                               names->len);
      config_error (error, source, 0, "pipeline '%s' has no stage '%s'%s%s%s", config->name,
                    stage_name, suggestion ? " (did you mean '" : "",
                    suggestion ? suggestion : "", suggestion ? "'?)" : "");
      return FALSE;
    }
  return set_stage_key (config, stage, key, lector_raw_value_new (equals + 1, NULL, source, 0),
                        error);
}
