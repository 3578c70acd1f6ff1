/* Pipelines: a config resolved against the registry, checked, and run on documents. */
#include "config.h"

#include <string.h>
#include <time.h>

#include "private.h"

typedef struct {
  char *name;
  LectorPlugin *plugin;
  const LectorPluginInfo *info;
  LectorParams *params;
  GHashTable *renames;   /* plugin layer -> configured layer name */
  char **provides;       /* capabilities after renaming */
  LectorStageBinding binding;
  gpointer shared_state; /* SERIAL and SHARED stages: the one instance */
  GMutex serial_lock;    /* SERIAL stages: held while the instance runs */
  char *source;
  int line;
} Stage;

struct _LectorPipeline {
  char *name;
  GPtrArray *stages; /* Stage* */
};

struct _LectorWorker {
  LectorPipeline *pipeline;
  gpointer *states; /* one per stage; PER_WORKER stages own theirs */
  gboolean timing;
  gint64 *stage_ns;     /* time spent per stage, when timing */
  gint64 *stage_cpu_ns; /* …of it, the time the thread ran (less on a busy machine) */
};

static gint64
clock_ns (clockid_t clock)
{
  struct timespec ts;
  clock_gettime (clock, &ts);
  return (gint64) ts.tv_sec * G_GINT64_CONSTANT (1000000000) + ts.tv_nsec;
}

static void
stage_free (gpointer data)
{
  Stage *stage = data;

  if (stage->shared_state != NULL && stage->info->free != NULL)
    stage->info->free (stage->shared_state);
  g_mutex_clear (&stage->serial_lock);
  g_strfreev (stage->provides);
  if (stage->renames != NULL)
    g_hash_table_unref (stage->renames);
  lector_params_free (stage->params);
  g_free (stage->source);
  g_free (stage->name);
  g_free (stage);
}

void
lector_pipeline_free (LectorPipeline *pipeline)
{
  if (pipeline == NULL)
    return;
  g_ptr_array_unref (pipeline->stages);
  g_free (pipeline->name);
  g_free (pipeline);
}

static char *
where (const char *source, int line)
{
  return line > 0 ? g_strdup_printf ("%s:%d", source, line) : g_strdup (source);
}

static void
unknown_plugin_error (GError **error, LectorRegistry *registry, const char *loc,
                      const char *stage_name, const char *plugin_name)
{
  /* A plugin of that name that was refused is the likeliest cause: say why. */
  const GPtrArray *rejected = lector_registry_get_rejected (registry);
  for (guint i = 0; i < rejected->len; i++)
    {
      const LectorRejectedPlugin *r = rejected->pdata[i];
      if (strcmp (r->name, plugin_name) == 0)
        {
          g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_PLUGIN,
                       "%s: stage '%s': plugin '%s' cannot be used: %s was refused: %s", loc,
                       stage_name, plugin_name, r->path, r->reason);
          return;
        }
    }

  g_autoptr (GString) message = g_string_new (NULL);
  g_string_append_printf (message, "%s: stage '%s': unknown plugin '%s'", loc, stage_name,
                          plugin_name);

  g_autoptr (GPtrArray) plugins = lector_registry_get_plugins (registry);
  g_autoptr (GPtrArray) names = g_ptr_array_new ();
  for (guint i = 0; i < plugins->len; i++)
    g_ptr_array_add (names, (gpointer) lector_plugin_get_name (plugins->pdata[i]));
  const char *suggestion = lector_suggest (plugin_name, (const char *const *) names->pdata,
                                           names->len);
  if (suggestion != NULL)
    g_string_append_printf (message, " (did you mean '%s'?)", suggestion);
  if (names->len > 0)
    {
      g_ptr_array_add (names, NULL);
      g_autofree char *list = g_strjoinv (", ", (char **) names->pdata);
      g_string_append_printf (message, "; available plugins: %s", list);
    }
  else
    g_string_append (message, "; no plugins were found: check --plugin-dir and LECTOR_PLUGIN_PATH");
  g_set_error_literal (error, LECTOR_ERROR, LECTOR_ERROR_PLUGIN, message->str);
}

/* The stage that provides @capability, among stages[0..before). */
static const Stage *
find_provider (const LectorPipeline *pipeline, guint before, const char *capability)
{
  for (guint i = 0; i < before; i++)
    {
      const Stage *stage = pipeline->stages->pdata[i];
      if (g_strv_contains ((const char *const *) stage->provides, capability))
        return stage;
    }
  return NULL;
}

static gboolean
check_requirements (LectorPipeline *pipeline, guint index, const LectorConfig *config,
                    LectorRegistry *registry, GError **error)
{
  const Stage *stage = pipeline->stages->pdata[index];
  const char *const *requires = stage->info->requires;
  g_autofree char *loc = where (stage->source, stage->line);

  for (gsize r = 0; requires != NULL && requires[r] != NULL; r++)
    {
      const char *capability = requires[r];
      if (find_provider (pipeline, index, capability) != NULL)
        continue;

      g_autoptr (GString) message = g_string_new (NULL);
      g_string_append_printf (message,
                              "%s: stage '%s' (plugin %s) requires '%s', which no earlier stage "
                              "provides",
                              loc, stage->name, lector_plugin_get_name (stage->plugin),
                              capability);
      /* A later stage that provides it means the order is wrong. */
      for (guint j = index + 1; j < config->stages->len; j++)
        {
          const LectorStageConfig *later = config->stages->pdata[j];
          LectorPlugin *plugin = lector_registry_lookup (
              registry, later->plugin != NULL ? later->plugin : later->name);
          if (plugin != NULL && lector_plugin_provides (plugin, capability)
              && g_hash_table_lookup (later->outputs, capability) == NULL)
            {
              g_string_append_printf (message, "; stage '%s' provides it but comes later: move "
                                               "it before '%s'.",
                                      later->name, stage->name);
              g_set_error_literal (error, LECTOR_ERROR, LECTOR_ERROR_CAPABILITY, message->str);
              return FALSE;
            }
        }
      /* An earlier stage may provide it under another name (output.CAPABILITY = NAME). */
      for (guint j = 0; j < index; j++)
        {
          const Stage *earlier = pipeline->stages->pdata[j];
          const char *renamed = earlier->renames != NULL
                                    ? g_hash_table_lookup (earlier->renames, capability)
                                    : NULL;
          if (renamed != NULL)
            {
              g_string_append_printf (message,
                                      "; stage '%s' provides it, but renamed to '%s' by "
                                      "output.%s: remove the rename, or add a stage that "
                                      "provides '%s' before '%s'.",
                                      earlier->name, renamed, capability, capability,
                                      stage->name);
              g_set_error_literal (error, LECTOR_ERROR, LECTOR_ERROR_CAPABILITY, message->str);
              return FALSE;
            }
        }
      g_autofree char *providers = lector_registry_find_providers (registry, capability);
      if (*providers != '\0')
        g_string_append_printf (message, "; plugins that provide it: %s. Add one before '%s'.",
                                providers, stage->name);
      else
        g_string_append (message, "; no installed plugin provides it.");
      g_set_error_literal (error, LECTOR_ERROR, LECTOR_ERROR_CAPABILITY, message->str);
      return FALSE;
    }
  return TRUE;
}

/* Whether @name, one of the plugin's provides, is a key of meta only and no layer. */
static gboolean
is_meta_key (const LectorPluginInfo *info, const char *name)
{
  return info->meta != NULL && g_strv_contains (info->meta, name);
}

/* The layers a plugin writes, under its own names: its provides less its meta keys. */
static char *
plugin_layers (const LectorPluginInfo *info)
{
  g_autoptr (GPtrArray) layers = g_ptr_array_new ();
  for (gsize i = 0; info->provides != NULL && info->provides[i] != NULL; i++)
    if (!is_meta_key (info, info->provides[i]))
      g_ptr_array_add (layers, (gpointer) info->provides[i]);
  if (layers->len == 0)
    return g_strdup ("nothing");
  g_ptr_array_add (layers, NULL);
  return g_strjoinv (", ", (char **) layers->pdata);
}

/* Renames from `output.LAYER = NAME`, and the capabilities the stage provides after them. */
static gboolean
resolve_outputs (Stage *stage, const LectorStageConfig *stage_config, GError **error)
{
  const char *const *provides = stage->info->provides;
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, stage_config->outputs);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      const LectorRawValue *raw = value;
      if (provides == NULL || !g_strv_contains (provides, key))
        {
          g_autofree char *loc = where (raw->source, raw->line);
          g_autofree char *list = plugin_layers (stage->info);
          g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_CONFIG,
                       "%s: stage '%s': output.%s renames a layer plugin '%s' does not provide; "
                       "it provides: %s",
                       loc, stage->name, (const char *) key, lector_plugin_get_name (stage->plugin),
                       list);
          return FALSE;
        }
      /* Renames apply to layers (document.c): one of a meta key would change nothing. */
      if (is_meta_key (stage->info, key))
        {
          g_autofree char *loc = where (raw->source, raw->line);
          g_autofree char *list = plugin_layers (stage->info);
          g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_CONFIG,
                       "%s: stage '%s': output.%s cannot rename '%s': plugin '%s' writes it as a "
                       "key of meta, not as a layer, and only layers are renamed; its layers "
                       "are: %s",
                       loc, stage->name, (const char *) key, (const char *) key,
                       lector_plugin_get_name (stage->plugin), list);
          return FALSE;
        }
      if (stage->renames == NULL)
        stage->renames = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      g_hash_table_insert (stage->renames, g_strdup (key), g_strdup (raw->text));
    }

  GPtrArray *list = g_ptr_array_new ();
  for (gsize i = 0; provides != NULL && provides[i] != NULL; i++)
    {
      const char *renamed = stage->renames != NULL ? g_hash_table_lookup (stage->renames, provides[i])
                                                   : NULL;
      g_ptr_array_add (list, g_strdup (renamed != NULL ? renamed : provides[i]));
    }
  g_ptr_array_add (list, NULL);
  stage->provides = (char **) g_ptr_array_free (list, FALSE);
  return TRUE;
}

static gboolean
check_duplicate_outputs (const LectorPipeline *pipeline, guint index, GError **error)
{
  const Stage *stage = pipeline->stages->pdata[index];
  for (gsize i = 0; stage->provides[i] != NULL; i++)
    {
      const char *capability = stage->provides[i];
      /* The name the plugin writes, which is what output.NAME renames. */
      const char *plugin_layer = stage->info->provides[i];
      const Stage *earlier = find_provider (pipeline, index, capability);
      if (earlier == NULL)
        continue;
      g_autofree char *loc = where (stage->source, stage->line);
      g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_CONFIG,
                   "%s: stage '%s' (plugin %s) provides '%s', which stage '%s' already provides; "
                   "to keep both, name this stage's output differently with "
                   "'output.%s = NEW_NAME' in [stage %s]",
                   loc, stage->name, lector_plugin_get_name (stage->plugin), capability,
                   earlier->name, plugin_layer, stage->name);
      return FALSE;
    }
  return TRUE;
}

/* Where the user set the parameter a create() message is about: such a message starts with
 * the key and a colon ("types: unknown quotation type …").  NULL for any other message, and
 * for a parameter left at its default. */
static const char *
message_origin (const Stage *stage, const char *message)
{
  for (const LectorParamSpec *spec = stage->info->params; spec != NULL && spec->key != NULL;
       spec++)
    {
      gsize length = strlen (spec->key);
      if (strncmp (message, spec->key, length) == 0 && message[length] == ':')
        return lector_params_get_origin (stage->params, spec->key);
    }
  return NULL;
}

static gpointer
create_instance (Stage *stage, GError **error)
{
  g_autoptr (GError) local = NULL;
  gpointer state = stage->info->create (stage->params, &local);
  if (state != NULL)
    lector_drop_stray_error (&local, "stage", stage->name, "was created");
  if (state == NULL)
    {
      const char *message = local != NULL ? local->message
                                          : "the plugin could not create the stage";
      const char *origin = message_origin (stage, message);
      g_autofree char *loc = origin != NULL ? g_strdup (origin) : where (stage->source, stage->line);
      g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_CONFIG, "%s: stage '%s' (plugin %s): %s", loc,
                   stage->name, lector_plugin_get_name (stage->plugin), message);
    }
  return state;
}

LectorPipeline *
lector_pipeline_new (LectorRegistry *registry, const LectorConfig *config, GError **error)
{
  g_return_val_if_fail (registry != NULL, NULL);
  g_return_val_if_fail (config != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  g_autoptr (LectorPipeline) pipeline = g_new0 (LectorPipeline, 1);
  pipeline->name = g_strdup (config->name);
  pipeline->stages = g_ptr_array_new_with_free_func (stage_free);

  for (guint i = 0; i < config->stages->len; i++)
    {
      const LectorStageConfig *stage_config = config->stages->pdata[i];
      const char *plugin_name = stage_config->plugin != NULL ? stage_config->plugin
                                                             : stage_config->name;
      int line = stage_config->plugin_line > 0 ? stage_config->plugin_line : stage_config->line;
      g_autofree char *loc = where (config->source, line);

      LectorPlugin *plugin = lector_registry_lookup (registry, plugin_name);
      if (plugin == NULL)
        {
          unknown_plugin_error (error, registry, loc, stage_config->name, plugin_name);
          return NULL;
        }
      g_autoptr (GError) local = NULL;
      if (!lector_plugin_ensure_initialized (plugin, &local))
        {
          g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_PLUGIN, "%s: stage '%s': %s", loc,
                       stage_config->name, local->message);
          return NULL;
        }

      Stage *stage = g_new0 (Stage, 1);
      g_mutex_init (&stage->serial_lock);
      stage->name = g_strdup (stage_config->name);
      stage->plugin = plugin;
      stage->info = lector_plugin_get_info (plugin);
      stage->source = g_strdup (config->source);
      stage->line = stage_config->line;
      g_ptr_array_add (pipeline->stages, stage);

      stage->params = lector_params_new (stage->name, stage->info->params, stage_config->params,
                                         error);
      if (stage->params == NULL || !resolve_outputs (stage, stage_config, error)
          || !check_requirements (pipeline, i, config, registry, error)
          || !check_duplicate_outputs (pipeline, i, error))
        return NULL;
      stage->binding.stage_name = stage->name;
      stage->binding.renames = stage->renames;
    }

  /* Instances shared by all workers are created once everything checks out. */
  for (guint i = 0; i < pipeline->stages->len; i++)
    {
      Stage *stage = pipeline->stages->pdata[i];
      if (stage->info->threading == LECTOR_THREADING_PER_WORKER)
        continue;
      stage->shared_state = create_instance (stage, error);
      if (stage->shared_state == NULL)
        return NULL;
    }
  return g_steal_pointer (&pipeline);
}

const char *
lector_pipeline_get_name (const LectorPipeline *pipeline)
{
  g_return_val_if_fail (pipeline != NULL, NULL);
  return pipeline->name;
}

gsize
lector_pipeline_get_n_stages (const LectorPipeline *pipeline)
{
  g_return_val_if_fail (pipeline != NULL, 0);
  return pipeline->stages->len;
}

const char *
lector_pipeline_get_stage_name (const LectorPipeline *pipeline, gsize index)
{
  g_return_val_if_fail (pipeline != NULL, NULL);
  g_return_val_if_fail (index < pipeline->stages->len, NULL);
  return ((Stage *) pipeline->stages->pdata[index])->name;
}

LectorPlugin *
lector_pipeline_get_stage_plugin (const LectorPipeline *pipeline, gsize index)
{
  g_return_val_if_fail (pipeline != NULL, NULL);
  g_return_val_if_fail (index < pipeline->stages->len, NULL);
  return ((Stage *) pipeline->stages->pdata[index])->plugin;
}

gboolean
lector_pipeline_check_layers (const LectorPipeline *pipeline, const char *const *names,
                              GError **error)
{
  g_return_val_if_fail (pipeline != NULL, FALSE);
  g_return_val_if_fail (names != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* The layers the stages write, and which stage writes each meta key: a stage's meta keys
   * are never renamed, so they keep their place in its provides. */
  g_autoptr (GPtrArray) known = g_ptr_array_new ();
  g_autoptr (GHashTable) meta_writers = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < pipeline->stages->len; i++)
    {
      const Stage *stage = pipeline->stages->pdata[i];
      for (gsize p = 0; stage->provides[p] != NULL; p++)
        if (is_meta_key (stage->info, stage->info->provides[p]))
          g_hash_table_insert (meta_writers, stage->provides[p], stage->name);
        else
          g_ptr_array_add (known, stage->provides[p]);
    }

  for (const char *const *name = names; *name != NULL; name++)
    {
      gboolean found = FALSE;
      for (guint i = 0; i < known->len && !found; i++)
        found = strcmp (known->pdata[i], *name) == 0;
      if (found)
        continue;

      const char *meta_writer = g_hash_table_lookup (meta_writers, *name);
      const char *suggestion = lector_suggest (*name, (const char *const *) known->pdata, known->len);
      g_ptr_array_add (known, NULL);
      g_autofree char *list = g_strjoinv (", ", (char **) known->pdata);
      g_autofree char *hint = suggestion != NULL ? g_strdup_printf (" (did you mean '%s'?)", suggestion)
                                                 : g_strdup ("");
      /* Selecting it would write "layers": {} and change nothing about meta. */
      if (meta_writer != NULL)
        g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_LAYER,
                     "'%s' is a key of meta (written by stage '%s'), not a layer: meta is always "
                     "written; the layers of pipeline '%s' are: %s",
                     *name, meta_writer, pipeline->name, *list != '\0' ? list : "none");
      else
        g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_LAYER,
                     "no stage of pipeline '%s' provides a layer '%s'%s; its stages' layers are: "
                     "%s",
                     pipeline->name, *name, hint, *list != '\0' ? list : "none");
      return FALSE;
    }
  return TRUE;
}

static const char *
threading_name (LectorThreading threading)
{
  switch (threading)
    {
    case LECTOR_THREADING_SERIAL:
      return "serial";
    case LECTOR_THREADING_PER_WORKER:
      return "per-worker";
    case LECTOR_THREADING_SHARED:
      return "shared";
    }
  return "unknown";
}

/* Escapes a value the way GKeyFile reads it back: \\, \n, \t, \r and a leading \s. */
static char *
escape_value (const char *value)
{
  GString *out = g_string_new (NULL);
  for (const char *p = value; *p != '\0'; p++)
    switch (*p)
      {
      case '\\':
        g_string_append (out, "\\\\");
        break;
      case '\n':
        g_string_append (out, "\\n");
        break;
      case '\t':
        g_string_append (out, "\\t");
        break;
      case '\r':
        g_string_append (out, "\\r");
        break;
      case ' ':
        g_string_append (out, p == value ? "\\s" : " ");
        break;
      default:
        g_string_append_c (out, *p);
      }
  return g_string_free (out, FALSE);
}

char *
lector_pipeline_describe (const LectorPipeline *pipeline)
{
  g_return_val_if_fail (pipeline != NULL, NULL);

  GString *out = g_string_new (NULL);
  /* The name is a value like any other: "\n" in it would end the line. */
  g_autofree char *name = escape_value (pipeline->name);
  g_string_append_printf (out, "[pipeline]\nname = %s\nstages = ", name);
  for (guint i = 0; i < pipeline->stages->len; i++)
    g_string_append_printf (out, "%s%s", i > 0 ? "; " : "",
                            ((Stage *) pipeline->stages->pdata[i])->name);
  g_string_append_c (out, '\n');

  for (guint i = 0; i < pipeline->stages->len; i++)
    {
      const Stage *stage = pipeline->stages->pdata[i];
      const LectorPluginInfo *info = stage->info;
      const char *path = lector_plugin_get_path (stage->plugin);
      g_autoptr (GString) provides = g_string_new (NULL);
      for (gsize p = 0; stage->provides[p] != NULL; p++)
        g_string_append_printf (provides, "%s%s%s", p > 0 ? ", " : "", stage->provides[p],
                                is_meta_key (info, info->provides[p]) ? " (meta)" : "");
      if (provides->len == 0)
        g_string_append (provides, "nothing");
      g_autofree char *requires = info->requires != NULL
                                      ? g_strjoinv (", ", (char **) info->requires)
                                      : g_strdup ("nothing");

      g_string_append_printf (out, "\n[stage %s]\n", stage->name);
      g_string_append_printf (out, "# %s %s (%s), %s\n", lector_plugin_get_name (stage->plugin),
                              info->version != NULL ? info->version : "",
                              path != NULL ? path : "built in", threading_name (info->threading));
      g_string_append_printf (out, "# provides: %s; requires: %s\n", provides->str, requires);
      g_string_append_printf (out, "plugin = %s\n", lector_plugin_get_name (stage->plugin));
      if (stage->renames != NULL)
        {
          g_autoptr (GList) keys = g_hash_table_get_keys (stage->renames);
          keys = g_list_sort (keys, (GCompareFunc) strcmp);
          for (GList *k = keys; k != NULL; k = k->next)
            g_string_append_printf (out, "output.%s = %s\n", (const char *) k->data,
                                    (const char *) g_hash_table_lookup (stage->renames, k->data));
        }
      for (gsize p = 0; info->params != NULL && info->params[p].key != NULL; p++)
        {
          const LectorParamSpec *spec = &info->params[p];
          g_autofree char *value = lector_params_to_text (stage->params, spec->key);
          g_string_append_printf (out, "# %s (%s%s)\n", spec->help != NULL ? spec->help : "",
                                  lector_param_type_to_string (spec->type),
                                  lector_params_is_explicit (stage->params, spec->key)
                                      ? ""
                                      : ", default");
          if (value != NULL)
            {
              g_autofree char *escaped = escape_value (value);
              g_string_append_printf (out, "%s = %s\n", spec->key, escaped);
            }
          else
            g_string_append_printf (out, "# %s is unset\n", spec->key);
        }
    }
  return g_string_free (out, FALSE);
}

LectorWorker *
lector_pipeline_new_worker (LectorPipeline *pipeline, GError **error)
{
  g_return_val_if_fail (pipeline != NULL, NULL);

  g_autoptr (LectorWorker) worker = g_new0 (LectorWorker, 1);
  worker->pipeline = pipeline;
  worker->states = g_new0 (gpointer, pipeline->stages->len);
  worker->stage_ns = g_new0 (gint64, pipeline->stages->len);
  worker->stage_cpu_ns = g_new0 (gint64, pipeline->stages->len);
  for (guint i = 0; i < pipeline->stages->len; i++)
    {
      Stage *stage = pipeline->stages->pdata[i];
      if (stage->info->threading != LECTOR_THREADING_PER_WORKER)
        worker->states[i] = stage->shared_state;
      else if ((worker->states[i] = create_instance (stage, error)) == NULL)
        return NULL;
    }
  return g_steal_pointer (&worker);
}

gboolean
lector_worker_process_stage (LectorWorker *worker, LectorDocument *doc, gsize index,
                             GError **error)
{
  g_return_val_if_fail (worker != NULL, FALSE);
  g_return_val_if_fail (doc != NULL, FALSE);
  g_return_val_if_fail (index < worker->pipeline->stages->len, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  Stage *stage = worker->pipeline->stages->pdata[index];
  g_autoptr (GError) local = NULL;

  lector_document_bind_stage (doc, &stage->binding);
  gint64 started = worker->timing ? clock_ns (CLOCK_MONOTONIC) : 0;
  gint64 started_cpu = worker->timing ? clock_ns (CLOCK_THREAD_CPUTIME_ID) : 0;
  if (stage->info->threading == LECTOR_THREADING_SERIAL)
    g_mutex_lock (&stage->serial_lock);
  gboolean ok = stage->info->process (worker->states[index], doc, &local);
  if (stage->info->threading == LECTOR_THREADING_SERIAL)
    g_mutex_unlock (&stage->serial_lock);
  if (worker->timing)
    {
      worker->stage_cpu_ns[index] += clock_ns (CLOCK_THREAD_CPUTIME_ID) - started_cpu;
      worker->stage_ns[index] += clock_ns (CLOCK_MONOTONIC) - started;
    }
  lector_document_bind_stage (doc, NULL);

  if (ok)
    lector_drop_stray_error (&local, "stage", stage->name, "succeeded");
  else
    {
      if (local == NULL)
        /* Whoever reports the error names the stage (the error record's "stage"). */
        g_set_error_literal (error, LECTOR_ERROR, LECTOR_ERROR_STAGE,
                             "failed without a message (the plugin returned FALSE and set no "
                             "error)");
      else
        g_propagate_error (error, g_steal_pointer (&local));
    }
  return ok;
}

gboolean
lector_worker_process (LectorWorker *worker, LectorDocument *doc, const char **failed_stage,
                       GError **error)
{
  g_return_val_if_fail (worker != NULL, FALSE);
  g_return_val_if_fail (doc != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  for (guint i = 0; i < worker->pipeline->stages->len; i++)
    if (!lector_worker_process_stage (worker, doc, i, error))
      {
        if (failed_stage != NULL)
          *failed_stage = ((Stage *) worker->pipeline->stages->pdata[i])->name;
        return FALSE;
      }
  return TRUE;
}

void
lector_worker_set_timing (LectorWorker *worker, gboolean enabled)
{
  g_return_if_fail (worker != NULL);
  worker->timing = enabled;
}

double
lector_worker_get_stage_seconds (const LectorWorker *worker, gsize index)
{
  g_return_val_if_fail (worker != NULL, 0.0);
  g_return_val_if_fail (index < worker->pipeline->stages->len, 0.0);
  return (double) worker->stage_ns[index] / 1e9;
}

double
lector_worker_get_stage_cpu_seconds (const LectorWorker *worker, gsize index)
{
  g_return_val_if_fail (worker != NULL, 0.0);
  g_return_val_if_fail (index < worker->pipeline->stages->len, 0.0);
  return (double) worker->stage_cpu_ns[index] / 1e9;
}

void
lector_worker_free (LectorWorker *worker)
{
  if (worker == NULL)
    return;
  for (guint i = 0; i < worker->pipeline->stages->len; i++)
    {
      Stage *stage = worker->pipeline->stages->pdata[i];
      if (stage->info->threading == LECTOR_THREADING_PER_WORKER && worker->states[i] != NULL
          && stage->info->free != NULL)
        stage->info->free (worker->states[i]);
    }
  g_free (worker->stage_ns);
  g_free (worker->stage_cpu_ns);
  g_free (worker->states);
  g_free (worker);
}
