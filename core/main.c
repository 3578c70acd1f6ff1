/* The lector command: verbs run, check and plugins over liblector. */
#include "config.h"

#include <errno.h>
#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <lector/lector.h>

#include "cli.h"
#include "param-bound.h"
#include "render.h"
#include "runner.h"
#include "scaffold.h"

typedef struct {
  const char *name;
  const char *summary;
  int (*run) (int argc, char **argv);
} Verb;

static int verb_run (int argc, char **argv);
static int verb_check (int argc, char **argv);
static int verb_plugins (int argc, char **argv);
static int verb_new_plugin (int argc, char **argv);
static int verb_render (int argc, char **argv);

static const Verb verbs[] = {
  { "run", "run a pipeline over documents and print the annotated JSON", verb_run },
  { "check", "validate a pipeline config and print it with defaults filled in", verb_check },
  { "plugins", "list the plugins found, their parameters, and files refused", verb_plugins },
  { "new-plugin", "start a plugin project from the SDK template", verb_new_plugin },
  { "render", "make saved JSON output into HTML pages", verb_render },
};

/* Options every verb takes. */
static char **opt_plugin_dirs;
static gboolean opt_version;

static const GOptionEntry common_entries[] = {
  { "plugin-dir", 'P', 0, G_OPTION_ARG_FILENAME_ARRAY, &opt_plugin_dirs,
    "Look for plugins in DIR first (repeatable; then $LECTOR_PLUGIN_PATH, then the installed "
    "plugin directory)",
    "DIR" },
  { "version", 0, 0, G_OPTION_ARG_NONE, &opt_version, "Print the version and exit", NULL },
  { NULL }
};

static void
print_version (void)
{
  printf ("lector %s (plugin ABI %d, API %d)\n", LECTOR_VERSION_STRING, LECTOR_ABI_VERSION,
          LECTOR_API_VERSION);
}

static GOptionContext *
verb_context (const char *parameters, const char *summary, const char *description,
              const GOptionEntry *entries)
{
  GOptionContext *context = g_option_context_new (parameters);
  g_option_context_set_summary (context, summary);
  if (description != NULL)
    g_option_context_set_description (context, description);
  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, NULL);
  g_option_context_add_main_entries (context, common_entries, NULL);
  return context;
}

static gboolean
takes_value (const GOptionEntry *entries, char short_name)
{
  for (const GOptionEntry *entry = entries; entry->long_name != NULL; entry++)
    if (entry->short_name == short_name)
      return entry->arg != G_OPTION_ARG_NONE;
  return FALSE;
}

/* Whether @arg is a short option that takes a value, with the value attached ("-j4"). */
static gboolean
has_attached_value (const GOptionEntry *entries, const char *arg)
{
  return arg[0] == '-' && arg[1] != '-' && arg[1] != '\0' && arg[2] != '\0'
         && (takes_value (entries, arg[1]) || takes_value (common_entries, arg[1]));
}

/* GOption reads a short option's value only from the next argument; users also write it
 * attached, as make and sort take it ("-j4", "-oout/"): split those in two. */
static void
split_attached_values (const GOptionEntry *entries, int *argc, char ***argv)
{
  /* Kept for the process's lifetime, as argv is; the option names split off are owned
   * apart, since GOption removes the arguments it parses from the array. */
  static GPtrArray *split_argv, *split_names;
  gboolean any = FALSE;
  for (int i = 1; i < *argc && strcmp ((*argv)[i], "--") != 0; i++)
    any = any || has_attached_value (entries, (*argv)[i]);
  if (!any)
    return;

  split_argv = g_ptr_array_new ();
  split_names = g_ptr_array_new_with_free_func (g_free);
  gboolean options_ended = FALSE;
  for (int i = 0; i < *argc; i++)
    {
      char *arg = (*argv)[i];
      options_ended = options_ended || strcmp (arg, "--") == 0;
      if (i > 0 && !options_ended && has_attached_value (entries, arg))
        {
          char *name = g_strndup (arg, 2);
          g_ptr_array_add (split_names, name);
          g_ptr_array_add (split_argv, name);
          g_ptr_array_add (split_argv, arg + 2);
        }
      else
        g_ptr_array_add (split_argv, arg);
    }
  *argc = (int) split_argv->len;
  g_ptr_array_add (split_argv, NULL);
  *argv = (char **) split_argv->pdata;
}

/* Parses options; returns -1 to go on, or the exit status to stop with. */
static int
parse_options (GOptionContext *context, const GOptionEntry *entries, const char *verb, int *argc,
               char ***argv)
{
  g_autoptr (GError) error = NULL;
  split_attached_values (entries, argc, argv);
  g_autofree char *prgname = g_strdup_printf ("lector %s", verb);
  g_set_prgname (prgname);
  if (!g_option_context_parse (context, argc, argv, &error))
    {
      g_printerr ("lector %s: %s\nTry 'lector %s --help'.\n", verb, error->message, verb);
      return LECTOR_EXIT_USAGE;
    }
  if (opt_version)
    {
      print_version ();
      return LECTOR_EXIT_OK;
    }
  return -1;
}

static LectorRegistry *
open_registry (void)
{
  LectorRegistry *registry = lector_registry_new ();
  for (char **dir = opt_plugin_dirs; dir != NULL && *dir != NULL; dir++)
    lector_registry_add_dir (registry, *dir);
  lector_registry_add_default_dirs (registry);
  lector_registry_scan (registry);
  return registry;
}

/* Loads -c CONFIG (or the default pipeline) and applies -s overrides. */
static LectorConfig *
open_config (const char *config_path, char **overrides)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LectorConfig) config = config_path != NULL
                                        ? lector_config_load_file (config_path, &error)
                                        : lector_config_new_default ();
  if (config == NULL)
    {
      g_printerr ("lector: %s\n", error->message);
      return NULL;
    }
  for (char **assignment = overrides; assignment != NULL && *assignment != NULL; assignment++)
    if (!lector_config_set_override (config, *assignment, &error))
      {
        g_printerr ("lector: %s\n", error->message);
        return NULL;
      }
  return g_steal_pointer (&config);
}

static LectorPipeline *
open_pipeline (LectorRegistry *registry, const LectorConfig *config)
{
  g_autoptr (GError) error = NULL;
  LectorPipeline *pipeline = lector_pipeline_new (registry, config, &error);
  if (pipeline == NULL)
    g_printerr ("lector: %s\n", error->message);
  return pipeline;
}

/* --- job settings ---------------------------------------------------------------------------- */

/* The options of `lector run` that a [job] group can also set; the command line wins. */
typedef struct {
  char *input_format, *format, *offsets, *layers, *jobs, *on_error, *max_failures, *output;
  char *max_document_size;
  char *shard;
  gboolean fail_fast;
} JobArgs;

/* A job setting: from the command line when given there, else from [job]; @where names
 * its origin for error messages. */
static const char *
job_setting (const LectorConfig *config, const char *key, const char *from_command_line,
             char **where)
{
  g_free (*where);
  if (from_command_line != NULL)
    {
      *where = g_strdup_printf ("option --%s", key);
      return from_command_line;
    }
  int line = 0;
  const char *value = config != NULL ? lector_config_get_job_setting (config, key, &line) : NULL;
  if (value != NULL)
    *where = line > 0 ? g_strdup_printf ("%s:%d: [job] %s", lector_config_get_source (config),
                                         line, key)
                      : g_strdup_printf ("%s: [job] %s", lector_config_get_source (config), key);
  else
    *where = NULL;
  return value;
}

/* A layer selection must name layers the pipeline writes: a typo would silently empty them. */
static gboolean
check_layers (const LectorPipeline *pipeline, const LectorConfig *config, const JobArgs *args,
              const RunnerOptions *options)
{
  g_autoptr (GError) error = NULL;
  if (options->layers == NULL || lector_pipeline_check_layers (pipeline, options->layers, &error))
    return TRUE;
  g_autofree char *where = NULL;
  job_setting (config, "layers", args->layers, &where);
  g_printerr ("lector: %s: %s\n", where, error->message);
  return FALSE;
}

/* Paths in a config file are relative to the file, not to where lector runs. */
static char *
config_relative (const LectorConfig *config, const char *path, gboolean from_config)
{
  if (!from_config || g_path_is_absolute (path) || strcmp (path, "-") == 0)
    return g_strdup (path);
  g_autofree char *dir = g_path_get_dirname (lector_config_get_source (config));
  return g_build_filename (dir, path, NULL);
}

static gboolean
parse_count (const char *text, guint64 min, guint64 max, guint64 *out)
{
  return g_ascii_string_to_unsigned (text, 10, min, max, out, NULL);
}

/* "100000", "64K", "32M", "1G" (powers of 1024); at least 1. */
static gboolean
parse_size (const char *text, gsize *out)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));
  gsize length = strlen (copy);
  guint64 unit = 1;
  if (length > 0)
    switch (g_ascii_toupper (copy[length - 1]))
      {
      case 'K':
        unit = 1 << 10;
        break;
      case 'M':
        unit = 1 << 20;
        break;
      case 'G':
        unit = 1 << 30;
        break;
      }
  if (unit > 1)
    copy[length - 1] = '\0';
  guint64 value;
  if (!parse_count (copy, 1, G_MAXUINT64 / unit, &value) || value * unit > G_MAXSIZE)
    return FALSE;
  *out = (gsize) (value * unit);
  return TRUE;
}

/* "I/N" with 1 <= I <= N. */
static gboolean
parse_shard (const char *text, guint *index, guint *count)
{
  g_auto (GStrv) parts = g_strsplit (text, "/", 3);
  guint64 i, n;
  if (g_strv_length (parts) != 2 || !parse_count (parts[0], 1, G_MAXUINT, &i)
      || !parse_count (parts[1], 1, G_MAXUINT, &n) || i > n)
    return FALSE;
  *index = (guint) i;
  *count = (guint) n;
  return TRUE;
}

/* Slurm job arrays: the task's place in the array is its shard.  Arrays may start at any id
 * and have a step (--array=1-16:2); the task's place is (ID - MIN) / STEP.  Returns FALSE
 * with a message when the variables are set but do not describe a place. */
static gboolean
shard_from_slurm (guint *index, guint *count)
{
  const char *id = g_getenv ("SLURM_ARRAY_TASK_ID");
  const char *n = g_getenv ("SLURM_ARRAY_TASK_COUNT");
  if (id == NULL || n == NULL)
    return TRUE;
  const char *min = g_getenv ("SLURM_ARRAY_TASK_MIN");
  const char *step = g_getenv ("SLURM_ARRAY_TASK_STEP");
  guint64 task, tasks, first = 0, stride = 1;
  if (!parse_count (id, 0, G_MAXUINT, &task) || !parse_count (n, 1, G_MAXUINT, &tasks)
      || (min != NULL && !parse_count (min, 0, G_MAXUINT, &first))
      || (step != NULL && !parse_count (step, 1, G_MAXUINT, &stride)) || task < first
      || (task - first) % stride != 0 || (task - first) / stride >= tasks)
    {
      g_printerr ("lector: SLURM_ARRAY_TASK_ID=%s with SLURM_ARRAY_TASK_COUNT=%s, MIN=%s, STEP=%s "
                  "does not give this task a shard (arrays of ids listed one by one cannot be "
                  "mapped); pass --shard I/N\n",
                  id, n, min != NULL ? min : "unset", step != NULL ? step : "unset");
      return FALSE;
    }
  *index = (guint) ((task - first) / stride + 1);
  *count = (guint) tasks;
  return TRUE;
}

/* Fills @options from [job] and the command line; a bad value is reported with its origin. */
static gboolean
resolve_job (const LectorConfig *config, const JobArgs *args, char **inputs_from_command_line,
             RunnerOptions *options, GPtrArray *inputs, GPtrArray *layers, char **output_path)
{
  g_autofree char *where = NULL;
  const char *value;

  if ((value = job_setting (config, "input-format", args->input_format, &where)) != NULL
      && !input_format_from_string (value, &options->input_format))
    {
      g_printerr ("lector: %s must be auto, text or jsonl, not '%s'\n", where, value);
      return FALSE;
    }
  if ((value = job_setting (config, "format", args->format, &where)) != NULL
      && !output_format_from_string (value, &options->output_format))
    {
      g_printerr ("lector: %s must be auto, json, jsonl or html, not '%s'\n", where, value);
      return FALSE;
    }
  if ((value = job_setting (config, "offsets", args->offsets, &where)) != NULL
      && !lector_offset_unit_from_string (value, &options->offsets))
    {
      g_printerr ("lector: %s must be codepoint, byte or utf16, not '%s'\n", where, value);
      return FALSE;
    }

  options->jobs = MAX (1, g_get_num_processors ());
  if ((value = job_setting (config, "jobs", args->jobs, &where)) != NULL)
    {
      guint64 jobs;
      if (!parse_count (value, 1, 1024, &jobs))
        {
          g_printerr ("lector: %s must be a number of threads from 1 to 1024, not '%s'\n", where,
                      value);
          return FALSE;
        }
      options->jobs = (guint) jobs;
    }

  options->fail_fast = args->fail_fast;
  if (!args->fail_fast && (value = job_setting (config, "on-error", args->on_error, &where)) != NULL)
    {
      if (strcmp (value, "fail-fast") == 0)
        options->fail_fast = TRUE;
      else if (strcmp (value, "continue") != 0)
        {
          g_printerr ("lector: %s must be continue or fail-fast, not '%s'\n", where, value);
          return FALSE;
        }
    }

  if ((value = job_setting (config, "max-failures", args->max_failures, &where)) != NULL)
    {
      g_autofree char *text = g_strstrip (g_strdup (value));
      gboolean ok;
      if (g_str_has_suffix (text, "%"))
        {
          text[strlen (text) - 1] = '\0';
          char *end = NULL;
          double percent = g_ascii_strtod (text, &end);
          ok = *text != '\0' && end != NULL && *end == '\0' && percent > 0 && percent <= 100;
          options->max_failure_ratio = percent / 100;
        }
      else
        ok = options->max_failures_set = parse_count (text, 0, G_MAXUINT64, &options->max_failures);
      if (!ok)
        {
          g_printerr ("lector: %s must be a count (N) or a percentage (P%%), not '%s'\n", where,
                      value);
          return FALSE;
        }
    }

  if ((value = job_setting (config, "max-document-size", args->max_document_size, &where)) != NULL
      && !parse_size (value, &options->max_document))
    {
      g_printerr ("lector: %s must be a size in bytes, with an optional K, M or G, not '%s'\n",
                  where, value);
      return FALSE;
    }

  if ((value = job_setting (config, "layers", args->layers, &where)) != NULL)
    {
      g_auto (GStrv) names = g_strsplit_set (value, ",;", -1);
      for (char **name = names; *name != NULL; name++)
        if (*g_strstrip (*name) != '\0')
          g_ptr_array_add (layers, g_strdup (*name));
      g_ptr_array_add (layers, NULL);
      options->layers = (const char *const *) layers->pdata;
    }

  if (args->shard != NULL)
    {
      if (!parse_shard (args->shard, &options->shard_index, &options->shard_count))
        {
          g_printerr ("lector: --shard must be I/N with 1 <= I <= N, not '%s'\n", args->shard);
          return FALSE;
        }
    }
  else if (!shard_from_slurm (&options->shard_index, &options->shard_count))
    return FALSE;
  /* One shard of one is the whole input, whatever the input is; so is an array of one task,
   * which is then not sharded at all. */
  if (options->shard_count == 1)
    options->shard_index = options->shard_count = 0;
  const gboolean from_slurm = args->shard == NULL && options->shard_count > 0;
  options->shard_from_slurm = from_slurm;

  /* Inputs: the command line's FILEs replace [job] input. */
  if (inputs_from_command_line[0] != NULL)
    for (char **input = inputs_from_command_line; *input != NULL; input++)
      g_ptr_array_add (inputs, g_strdup (*input));
  else if ((value = job_setting (config, "input", NULL, &where)) != NULL)
    {
      g_auto (GStrv) paths = g_strsplit (value, ";", -1);
      for (char **path = paths; *path != NULL; path++)
        if (*g_strstrip (*path) != '\0')
          g_ptr_array_add (inputs, config_relative (config, *path, TRUE));
    }
  g_ptr_array_add (inputs, NULL);
  options->inputs = (const char *const *) inputs->pdata;
  if (from_slurm
      && (inputs->len != 2 || strcmp (inputs->pdata[0], "-") == 0
          || (options->input_format != INPUT_FORMAT_JSONL
              && !g_str_has_suffix (inputs->pdata[0], ".jsonl")
              && !g_str_has_suffix (inputs->pdata[0], ".ndjson"))))
    {
      g_printerr ("lector: this is Slurm array task %u of %u, so lector runs shard %u/%u of its "
                  "input, which must then be one JSON Lines file; give one, or --shard 1/1 to "
                  "process everything\n",
                  options->shard_index, options->shard_count, options->shard_index,
                  options->shard_count);
      return FALSE;
    }

  if ((value = job_setting (config, "output", args->output, &where)) != NULL)
    {
      gboolean from_config = args->output == NULL;
      *output_path = config_relative (config, value, from_config);
      /* A directory (existing, or written with a final '/') gets part files. */
      options->output_is_dir = g_str_has_suffix (value, "/")
                               || g_file_test (*output_path, G_FILE_TEST_IS_DIR);
      options->output_path = *output_path;
    }
  if (options->output_format == OUTPUT_FORMAT_HTML && options->shard_count > 0)
    {
      g_printerr ("lector: --format html writes one set of pages; it cannot be used with a "
                  "shard (--shard, or a Slurm array task): save the shards' JSON Lines and "
                  "give them to 'lector render'\n");
      return FALSE;
    }
  /* Every task of the array runs the same command: with one output file, each would truncate
   * it and write its shard, and the last one to finish would leave only its own.  Standard
   * output is fine (Slurm gives each task its own file), and so is a device or a pipe. */
  if (from_slurm && options->output_path != NULL && strcmp (options->output_path, "-") != 0
      && !options->output_is_dir
      && (!g_file_test (options->output_path, G_FILE_TEST_EXISTS)
          || g_file_test (options->output_path, G_FILE_TEST_IS_REGULAR)))
    {
      job_setting (config, "output", args->output, &where);
      g_printerr ("lector: %s: this is Slurm array task %u of %u, so lector runs shard %u/%u of "
                  "its input, and every task of the array would overwrite %s with its own "
                  "shard; give an output directory instead (-o DIR/, or output = DIR/ in [job]) "
                  "for one part file per task, DIR/part-NNNNN.jsonl, or --shard 1/1 to process "
                  "everything\n",
                  where, options->shard_index, options->shard_count, options->shard_index,
                  options->shard_count, options->output_path);
      return FALSE;
    }
  if (options->output_is_dir && options->output_format == OUTPUT_FORMAT_JSON)
    {
      g_printerr ("lector: an output directory holds JSON Lines part files; --format json "
                  "cannot be used with it\n");
      return FALSE;
    }
  /* A part file is never replaced (its shard is done), so only files and pages can clobber
   * an input; standard output is checked by `lector run` alone, which writes to it. */
  g_autoptr (GError) error = NULL;
  if (options->output_path != NULL && strcmp (options->output_path, "-") != 0
      && (!options->output_is_dir || options->output_format == OUTPUT_FORMAT_HTML)
      && !output_check_inputs (options->output_path, options->output_is_dir, options->inputs,
                               &error))
    {
      job_setting (config, "output", args->output, &where);
      g_printerr ("lector: %s: %s\n", where, error->message);
      return FALSE;
    }
  return TRUE;
}

/* --- run ------------------------------------------------------------------------------------ */

static int
verb_run (int argc, char **argv)
{
  g_autofree char *config_path = NULL;
  g_auto (GStrv) overrides = NULL;
  JobArgs args = { 0 };
  gboolean quiet = FALSE, progress = FALSE, stage_stats = FALSE, isolate = FALSE;
  gboolean counters = FALSE;
  double timeout_per_doc = 0;

  const GOptionEntry entries[] = {
    { "config", 'c', 0, G_OPTION_ARG_FILENAME, &config_path,
      "Pipeline config (.conf key file or .json); default: the built-in pipeline", "CONFIG" },
    { "set", 's', 0, G_OPTION_ARG_STRING_ARRAY, &overrides,
      "Set a stage parameter, overriding the config (repeatable)", "STAGE.KEY=VALUE" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &args.output,
      "Write results to FILE instead of standard output; to a DIR (existing, or ending in /), "
      "write DIR/part-NNNNN.jsonl, skipped when it exists",
      "FILE|DIR" },
    { "input-format", 0, 0, G_OPTION_ARG_STRING, &args.input_format,
      "auto (by extension: .jsonl/.ndjson are JSON Lines), text or jsonl", "FORMAT" },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &args.format,
      "auto (JSON for one text document, else JSON Lines), json (an array when there are "
      "several documents), jsonl, or html (one page; with -o DIR, DIR/index.html and a page "
      "per document)",
      "FORMAT" },
    { "offsets", 0, 0, G_OPTION_ARG_STRING, &args.offsets,
      "Offset unit in the output: codepoint (default), byte or utf16", "UNIT" },
    { "layers", 'l', 0, G_OPTION_ARG_STRING, &args.layers,
      "Write only these layers (comma-separated); default: all", "NAMES" },
    { "jobs", 'j', 0, G_OPTION_ARG_STRING, &args.jobs,
      "Worker threads (default: the number of processors)", "N" },
    { "shard", 0, 0, G_OPTION_ARG_STRING, &args.shard,
      "Process only shard I of N of the one JSON Lines input, as split -n l/I/N divides it "
      "(default: from SLURM_ARRAY_TASK_ID and SLURM_ARRAY_TASK_COUNT)",
      "I/N" },
    { "fail-fast", 0, 0, G_OPTION_ARG_NONE, &args.fail_fast,
      "Stop at the first document that fails (exit status 3); same as --on-error fail-fast",
      NULL },
    { "on-error", 0, 0, G_OPTION_ARG_STRING, &args.on_error,
      "continue (the default: a failed document becomes an error record) or fail-fast",
      "WHAT" },
    { "max-failures", 0, 0, G_OPTION_ARG_STRING, &args.max_failures,
      "Stop when more than N documents (0: any) or P% of them (judged after 100) fail "
      "(exit status 4)",
      "N|P%" },
    { "max-document-size", 0, 0, G_OPTION_ARG_STRING, &args.max_document_size,
      "Larger documents become error records instead of being read (default 32M)", "SIZE" },
    { "progress", 0, 0, G_OPTION_ARG_NONE, &progress,
      "Show progress on stderr even when it is not a terminal", NULL },
    { "quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet,
      "No progress and no summary line on stderr", NULL },
    { "isolate", 0, 0, G_OPTION_ARG_NONE, &isolate,
      "Run the pipeline in worker processes: a stage that crashes or hangs costs its document "
      "an error record, and the worker is replaced",
      NULL },
    { "timeout-per-doc", 0, 0, G_OPTION_ARG_DOUBLE, &timeout_per_doc,
      "With --isolate: a document that takes longer fails (its worker is killed); 0, the "
      "default, is no limit",
      "SECONDS" },
    { "stats", 0, 0, G_OPTION_ARG_NONE, &stage_stats,
      "Print the time spent in each stage at the end", NULL },
    { "counters", 0, 0, G_OPTION_ARG_NONE, &counters,
      "At the end, print counters on stderr as Hadoop Streaming reads them: "
      "reporter:counter:lector,NAME,N for documents, ok, failed and bytes",
      NULL },
    { NULL }
  };
  g_autoptr (GOptionContext) context = verb_context (
      "[FILE…|-]", "Run a pipeline over documents.",
      "Each FILE is one plain-text document, or JSON Lines ({\"id\", \"text\", …} per line) when "
      "its name ends in .jsonl or .ndjson.\nWith no FILE, or with -, standard input is read. "
      "A [job] group in CONFIG can set the inputs,\nthe output and the options below; the "
      "command line wins.\n\n"
      "Every input record yields one output record, in input order: the annotated document, or\n"
      "{\"id\", \"error\": {\"stage\", \"message\"}} when it fails.\n\n"
      "Exit status: 0 all documents ok, 1 some documents failed, 2 usage or config error,\n"
      "3 aborted (--fail-fast, or a read or write error during the job), 4 more failures than\n"
      "--max-failures, 130/143 interrupted by SIGINT/SIGTERM.",
      entries);
  int status = parse_options (context, entries, "run", &argc, &argv);
  if (status < 0)
    {
      g_autoptr (GPtrArray) command_inputs = g_ptr_array_new ();
      gboolean options_ended = FALSE;
      for (int i = 1; i < argc && status < 0; i++)
        {
          if (!options_ended && strcmp (argv[i], "--") == 0)
            options_ended = TRUE;
          else if (!options_ended && argv[i][0] == '-' && argv[i][1] != '\0')
            {
              g_printerr ("lector run: unknown option %s\nTry 'lector run --help'.\n", argv[i]);
              status = LECTOR_EXIT_USAGE;
            }
          else
            g_ptr_array_add (command_inputs, argv[i]);
        }
      g_ptr_array_add (command_inputs, NULL);

      g_autoptr (LectorConfig) config = status < 0 ? open_config (config_path, overrides) : NULL;
      RunnerOptions options = { 0 };
      g_autoptr (GPtrArray) inputs = g_ptr_array_new_with_free_func (g_free);
      g_autoptr (GPtrArray) layers = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *output_path = NULL;
      if (status < 0
          && (config == NULL
              || !resolve_job (config, &args, (char **) command_inputs->pdata, &options, inputs,
                               layers, &output_path)))
        status = LECTOR_EXIT_USAGE;

      g_autoptr (GError) error = NULL;
      if (status < 0
          && (options.output_path == NULL || strcmp (options.output_path, "-") == 0)
          && !output_check_inputs (NULL, FALSE, options.inputs, &error))
        {
          g_printerr ("lector: %s\n", error->message);
          status = LECTOR_EXIT_USAGE;
        }
      /* 0 is the default, no limit, so it needs nothing; a limit needs the worker processes,
       * since only a process can be stopped in the middle of a stage. */
      if (status < 0 && (!isfinite (timeout_per_doc) || timeout_per_doc < 0))
        {
          g_printerr ("lector run: --timeout-per-doc must be a number of seconds, 0 or more "
                      "(0, the default, is no limit), not %g\n",
                      timeout_per_doc);
          status = LECTOR_EXIT_USAGE;
        }
      else if (status < 0 && timeout_per_doc > 0 && !isolate)
        {
          g_printerr ("lector run: --timeout-per-doc %g needs --isolate: a document that takes "
                      "longer is stopped by killing its worker process\n",
                      timeout_per_doc);
          status = LECTOR_EXIT_USAGE;
        }
      g_autoptr (LectorRegistry) registry = status < 0 ? open_registry () : NULL;
      g_autoptr (LectorPipeline) pipeline = status < 0 ? open_pipeline (registry, config) : NULL;
      if (status < 0 && pipeline == NULL)
        status = LECTOR_EXIT_USAGE;
      if (status < 0 && !check_layers (pipeline, config, &args, &options))
        status = LECTOR_EXIT_USAGE;
      if (status < 0)
        {
          if (inputs->len == 1 && isatty (STDIN_FILENO))
            g_printerr ("lector: reading a document from the terminal; end it with Ctrl-D "
                        "(see 'lector run --help' for files)\n");
          options.isolate = isolate;
          options.timeout_per_doc = timeout_per_doc;
          options.quiet = quiet;
          options.progress = quiet ? PROGRESS_NEVER : progress ? PROGRESS_ALWAYS : PROGRESS_AUTO;
          options.stage_stats = stage_stats;
          RunnerStats stats;
          status = runner_run (pipeline, &options, &stats);
          if (counters && status != LECTOR_EXIT_USAGE)
            g_printerr ("reporter:counter:lector,documents,%" G_GUINT64_FORMAT "\n"
                        "reporter:counter:lector,ok,%" G_GUINT64_FORMAT "\n"
                        "reporter:counter:lector,failed,%" G_GUINT64_FORMAT "\n"
                        "reporter:counter:lector,bytes,%" G_GUINT64_FORMAT "\n",
                        stats.documents, stats.documents - stats.failed, stats.failed,
                        stats.bytes);
        }
    }
  g_free (args.input_format);
  g_free (args.format);
  g_free (args.offsets);
  g_free (args.layers);
  g_free (args.jobs);
  g_free (args.on_error);
  g_free (args.max_failures);
  g_free (args.output);
  g_free (args.shard);
  g_free (args.max_document_size);
  return status;
}

/* --- check ---------------------------------------------------------------------------------- */

static int
verb_check (int argc, char **argv)
{
  g_auto (GStrv) overrides = NULL;
  const GOptionEntry entries[] = {
    { "set", 's', 0, G_OPTION_ARG_STRING_ARRAY, &overrides,
      "Set a stage parameter, as lector run does (repeatable)", "STAGE.KEY=VALUE" },
    { NULL }
  };
  g_autoptr (GOptionContext) context = verb_context (
      "[CONFIG]", "Check a pipeline config without running it.",
      "Loads CONFIG (the built-in pipeline when none is given), resolves every stage against "
      "the\nplugins found, checks keys, values and capabilities, creates each stage once, and "
      "prints\nthe resolved pipeline with every default filled in.\n\n"
      "Exit status: 0 valid, 2 invalid (the error names FILE:LINE and the stage).",
      entries);
  int status = parse_options (context, entries, "check", &argc, &argv);
  if (status >= 0)
    return status;
  if (argc > 2)
    {
      g_printerr ("lector check: expected one CONFIG, got %d arguments\n", argc - 1);
      return LECTOR_EXIT_USAGE;
    }

  g_autoptr (LectorConfig) config = open_config (argc == 2 ? argv[1] : NULL, overrides);
  if (config == NULL)
    return LECTOR_EXIT_USAGE;
  /* The [job] group is checked as `lector run` would read it. */
  JobArgs no_args = { 0 };
  char *no_inputs[] = { NULL };
  RunnerOptions options = { 0 };
  g_autoptr (GPtrArray) inputs = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) layers = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *output_path = NULL;
  if (!resolve_job (config, &no_args, no_inputs, &options, inputs, layers, &output_path))
    return LECTOR_EXIT_USAGE;

  g_autoptr (LectorRegistry) registry = open_registry ();
  g_autoptr (LectorPipeline) pipeline = open_pipeline (registry, config);
  if (pipeline == NULL || !check_layers (pipeline, config, &no_args, &options))
    return LECTOR_EXIT_USAGE;

  /* Per-worker stages are only created with a worker: make one so they are checked too. */
  g_autoptr (GError) error = NULL;
  g_autoptr (LectorWorker) worker = lector_pipeline_new_worker (pipeline, &error);
  if (worker == NULL)
    {
      g_printerr ("lector: %s\n", error->message);
      return LECTOR_EXIT_USAGE;
    }
  g_autofree char *description = lector_pipeline_describe (pipeline);
  fputs (description, stdout);
  /* The [job] settings as given, so that the output is the whole job. */
  static const char *const job_keys[] = { "input",   "input-format", "output",
                                          "format",  "offsets",      "layers",
                                          "jobs",    "on-error",     "max-failures",
                                          "max-document-size" };
  gboolean header = FALSE;
  for (gsize i = 0; i < G_N_ELEMENTS (job_keys); i++)
    {
      const char *value = lector_config_get_job_setting (config, job_keys[i], NULL);
      if (value == NULL)
        continue;
      if (!header)
        printf ("\n[job]\n");
      header = TRUE;
      printf ("%s = %s\n", job_keys[i], value);
    }
  return LECTOR_EXIT_OK;
}

/* --- plugins -------------------------------------------------------------------------------- */

static const char *
threading_description (LectorThreading threading)
{
  switch (threading)
    {
    case LECTOR_THREADING_SERIAL:
      return "serial (one instance, one document at a time)";
    case LECTOR_THREADING_PER_WORKER:
      return "per-worker (one instance per worker thread)";
    case LECTOR_THREADING_SHARED:
      return "shared (one re-entrant instance)";
    }
  return "unknown";
}

static char *
join_or (const char *const *list, const char *none)
{
  return list != NULL && list[0] != NULL ? g_strjoinv (", ", (char **) list) : g_strdup (none);
}

/* What a plugin provides, its keys of meta marked: they are not layers, so --layers cannot
 * select them nor output.NAME rename them. */
static char *
describe_provides (const LectorPluginInfo *info)
{
  if (info->provides == NULL || info->provides[0] == NULL)
    return g_strdup ("-");
  GString *out = g_string_new (NULL);
  for (gsize i = 0; info->provides[i] != NULL; i++)
    g_string_append_printf (out, "%s%s%s", i > 0 ? ", " : "", info->provides[i],
                            info->meta != NULL && g_strv_contains (info->meta, info->provides[i])
                                ? " (meta)"
                                : "");
  return g_string_free (out, FALSE);
}

static void
print_plugin (const LectorPlugin *plugin, gboolean verbose)
{
  const LectorPluginInfo *info = lector_plugin_get_info (plugin);
  g_autofree char *provides = describe_provides (info);
  g_autofree char *requires = join_or (info->requires, "-");

  printf ("%s %s\n  %s\n", lector_plugin_get_name (plugin), info->version != NULL ? info->version : "",
          info->description != NULL ? info->description : "");
  printf ("  provides: %s\n  requires: %s\n", provides, requires);
  if (verbose)
    {
      g_autofree char *languages = join_or (info->languages, "any");
      const char *path = lector_plugin_get_path (plugin);
      printf ("  file: %s\n", path != NULL ? path : "(built in)");
      printf ("  license: %s\n", info->license != NULL ? info->license : "unknown");
      printf ("  languages: %s\n", languages);
      printf ("  threading: %s\n", threading_description (info->threading));
      printf ("  built for: ABI %u, API %u\n", info->abi_version, info->api_version);
    }
  if (info->params != NULL && info->params[0].key != NULL)
    {
      printf ("  parameters:\n");
      for (const LectorParamSpec *spec = info->params; spec->key != NULL; spec++)
        {
          g_autoptr (GString) constraint = g_string_new (NULL);
          if ((spec->type == LECTOR_PARAM_INT || spec->type == LECTOR_PARAM_DOUBLE)
              && spec->min < spec->max)
            {
              g_autofree char *lo = lector_param_bound_to_string (spec, spec->min);
              g_autofree char *hi = lector_param_bound_to_string (spec, spec->max);
              g_string_append_printf (constraint, ", %s..%s", lo, hi);
            }
          if (spec->type == LECTOR_PARAM_STRING && spec->choices != NULL)
            g_string_append_printf (constraint, ", one of %s", spec->choices);
          printf ("    %s (%s%s, default: %s)\n      %s\n", spec->key, lector_param_type_to_string (spec->type),
                  constraint->str, spec->default_value != NULL ? spec->default_value : "unset",
                  spec->help != NULL ? spec->help : "");
        }
    }
  else
    printf ("  parameters: none\n");
}

static int
verb_plugins (int argc, char **argv)
{
  gboolean verbose = FALSE;
  const GOptionEntry entries[] = {
    { "verbose", 'v', 0, G_OPTION_ARG_NONE, &verbose,
      "Show file, license, languages, threading model and search path", NULL },
    { NULL }
  };
  g_autoptr (GOptionContext) context = verb_context (
      "[NAME]", "List the plugins found and the files that were refused.",
      "With NAME, describe that plugin in full.\n\nExit status: 0, or 2 when NAME is not a "
      "usable plugin.",
      entries);
  int status = parse_options (context, entries, "plugins", &argc, &argv);
  if (status >= 0)
    return status;
  if (argc > 2)
    {
      g_printerr ("lector plugins: expected at most one NAME\n");
      return LECTOR_EXIT_USAGE;
    }

  g_autoptr (LectorRegistry) registry = open_registry ();
  const GPtrArray *rejected = lector_registry_get_rejected (registry);

  if (argc == 2)
    {
      const char *name = argv[1];
      LectorPlugin *plugin = lector_registry_lookup (registry, name);
      if (plugin != NULL)
        {
          print_plugin (plugin, TRUE);
          return LECTOR_EXIT_OK;
        }
      for (guint i = 0; i < rejected->len; i++)
        {
          const LectorRejectedPlugin *r = rejected->pdata[i];
          if (strcmp (r->name, name) == 0)
            {
              g_printerr ("lector plugins: %s was refused: %s\n", r->path, r->reason);
              return LECTOR_EXIT_USAGE;
            }
        }
      g_printerr ("lector plugins: no plugin named '%s' in the search path\n", name);
      return LECTOR_EXIT_USAGE;
    }

  g_autoptr (GPtrArray) plugins = lector_registry_get_plugins (registry);
  if (verbose)
    {
      const GPtrArray *dirs = lector_registry_get_dirs (registry);
      printf ("Search path:\n");
      for (guint i = 0; i < dirs->len; i++)
        printf ("  %s\n", (const char *) dirs->pdata[i]);
      printf ("\n");
    }
  printf ("%u plugin%s found\n", plugins->len, plugins->len == 1 ? "" : "s");
  for (guint i = 0; i < plugins->len; i++)
    {
      printf ("\n");
      print_plugin (plugins->pdata[i], verbose);
    }
  if (rejected->len > 0)
    {
      printf ("\n%u file%s refused:\n", rejected->len, rejected->len == 1 ? "" : "s");
      for (guint i = 0; i < rejected->len; i++)
        {
          const LectorRejectedPlugin *r = rejected->pdata[i];
          printf ("  %s\n    %s\n", r->path, r->reason);
        }
    }
  return LECTOR_EXIT_OK;
}

/* --- new-plugin ----------------------------------------------------------------------------- */

static int
verb_new_plugin (int argc, char **argv)
{
  g_autofree char *provides = NULL;
  g_auto (GStrv) requires_args = NULL;
  g_autofree char *directory = NULL;
  const GOptionEntry entries[] = {
    { "provides", 0, 0, G_OPTION_ARG_STRING, &provides,
      "The capability (and layer) the plugin adds (default: its name)", "CAP" },
    { "requires", 0, 0, G_OPTION_ARG_STRING_ARRAY, &requires_args,
      "Capabilities earlier stages must provide, besides the template's sentences and tokens "
      "(comma-separated, repeatable)",
      "CAP,…" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &directory,
      "Write the project to DIR (default: ./NAME); it must not exist or be empty", "DIR" },
    { NULL }
  };
  g_autoptr (GOptionContext) context = verb_context (
      "NAME", "Start a plugin project from the SDK template.",
      "Writes a complete plugin project (configure.ac, Makefile.am, NAME.c, a GLib test,\n"
      "README.md) from the template, a small working plugin that marks the most frequent\n"
      "content words of each sentence.  NAME is the plugin name and its file name:\n"
      "a-z, 0-9, '_' and '-', starting with a letter, not with 'lib'.\n\n"
      "Then: cd NAME && ./autogen.sh && ./configure && make && make check && make install",
      entries);
  int status = parse_options (context, entries, "new-plugin", &argc, &argv);
  if (status >= 0)
    return status;
  if (argc != 2)
    {
      g_printerr ("lector new-plugin: expected one NAME\nTry 'lector new-plugin --help'.\n");
      return LECTOR_EXIT_USAGE;
    }
  const char *name = argv[1];
  g_autoptr (GError) error = NULL;
  if (!scaffold_check_name (name, &error))
    {
      g_printerr ("lector new-plugin: %s\n", error->message);
      return LECTOR_EXIT_USAGE;
    }

  g_autoptr (GPtrArray) requires = g_ptr_array_new_with_free_func (g_free);
  for (char **arg = requires_args; arg != NULL && *arg != NULL; arg++)
    {
      g_auto (GStrv) parts = g_strsplit (*arg, ",", -1);
      for (char **part = parts; *part != NULL; part++)
        if (*g_strstrip (*part) != '\0')
          g_ptr_array_add (requires, g_strdup (*part));
    }
  g_ptr_array_add (requires, NULL);

  const char *template_dir = g_getenv ("LECTOR_TEMPLATE_DIR");
  g_autofree char *installed_template = g_build_filename (LECTOR_DATA_DIR, "sdk", "template", NULL);
  ScaffoldOptions options = {
    .name = name,
    .provides = provides != NULL ? provides : name,
    .requires = (const char *const *) requires->pdata,
    .directory = directory != NULL ? directory : name,
    .template_dir = template_dir != NULL ? template_dir : installed_template,
  };

  g_autoptr (LectorRegistry) registry = open_registry ();
  g_autoptr (GString) report = g_string_new (NULL);
  if (!scaffold_create (&options, registry, report, &error))
    {
      g_printerr ("lector new-plugin: %s\n", error->message);
      return LECTOR_EXIT_USAGE;
    }
  printf ("Created plugin '%s' in %s:\n%s\n"
          "Next:\n  cd %s && ./autogen.sh && ./configure && make && make check && make install\n"
          "Then 'lector plugins %s' lists it.\n",
          name, options.directory, report->str, options.directory, name);
  return LECTOR_EXIT_OK;
}

/* --- render -------------------------------------------------------------------------------- */

static int
verb_render (int argc, char **argv)
{
  g_autofree char *output = NULL;
  g_autofree char *offsets = NULL;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      "Write the page to FILE instead of standard output; to a DIR (existing, or ending in /), "
      "write DIR/index.html and DIR/doc-NNNNN.html for each record",
      "FILE|DIR" },
    { "offsets", 0, 0, G_OPTION_ARG_STRING, &offsets,
      "The offset unit the output was written with: codepoint (default), byte or utf16",
      "UNIT" },
    { NULL }
  };
  g_autoptr (GOptionContext) context = verb_context (
      "[FILE…|-]", "Make saved JSON output of 'lector run' into HTML pages.",
      "Each FILE holds records as 'lector run' writes them: JSON Lines, or JSON (one record or\n"
      "an array) when its name ends in .json or its first line is \"{\" or starts with \"[\".\n"
      "With no FILE, or with -, standard input is read.  --offsets must be the one the output\n"
      "was written with.\n"
      "The pages are the ones 'lector run --format html' writes: self-contained, without scripts.\n\n"
      "Exit status: 0 all records rendered, 1 some could not be read or rendered (their place\n"
      "in the pages says why), 2 usage error or output that cannot be created, 3 a read or\n"
      "write error.",
      entries);
  int status = parse_options (context, entries, "render", &argc, &argv);
  if (status >= 0)
    return status;
  LectorOffsetUnit unit = LECTOR_OFFSETS_CODEPOINT;
  if (offsets != NULL && !lector_offset_unit_from_string (offsets, &unit))
    {
      g_printerr ("lector render: --offsets must be codepoint, byte or utf16, not '%s'\n", offsets);
      return LECTOR_EXIT_USAGE;
    }
  g_autoptr (GPtrArray) inputs = g_ptr_array_new ();
  gboolean options_ended = FALSE;
  for (int i = 1; i < argc; i++)
    {
      if (!options_ended && strcmp (argv[i], "--") == 0)
        options_ended = TRUE;
      else if (!options_ended && argv[i][0] == '-' && argv[i][1] != '\0')
        {
          g_printerr ("lector render: unknown option %s\nTry 'lector render --help'.\n", argv[i]);
          return LECTOR_EXIT_USAGE;
        }
      else
        g_ptr_array_add (inputs, argv[i]);
    }
  g_ptr_array_add (inputs, NULL);
  gboolean is_dir = output != NULL
                    && (g_str_has_suffix (output, "/") || g_file_test (output, G_FILE_TEST_IS_DIR));
  g_autoptr (GError) error = NULL;
  if (!output_check_inputs (output, is_dir, (const char *const *) inputs->pdata, &error))
    {
      g_printerr ("lector render: %s\n", error->message);
      return LECTOR_EXIT_USAGE;
    }
  return render_files ((const char *const *) inputs->pdata, output, is_dir, unit);
}

/* --- main ----------------------------------------------------------------------------------- */

static void
print_usage (FILE *out)
{
  fprintf (out, "Usage: lector COMMAND [OPTION…] [ARGUMENT…]\n\n"
                "Lector runs pipelines of text-analysis plugins over documents.\n\n"
                "Commands:\n");
  for (gsize i = 0; i < G_N_ELEMENTS (verbs); i++)
    fprintf (out, "  %-11s %s\n", verbs[i].name, verbs[i].summary);
  fprintf (out, "  %-11s %s\n", "help", "show the help of a command");
  fprintf (out, "\nOptions:\n"
                "  -h, --help     show this help\n"
                "  --version      print the version\n\n"
                "Run 'lector COMMAND --help' for the options of a command.\n"
                "Example: lector run examples/news-cairo.txt\n");
}

/* Standard output is buffered: a command that printed to a full disk or a closed pipe learns
 * it only when the buffer is flushed, at exit, where stdio ignores the error.  main() checks
 * it once the command returns; stdout_checked says it did, for the exits that bypass it
 * (GOption's --help calls exit (0) itself). */
static gboolean stdout_checked;

/* Flushes and closes standard output; FALSE when anything written to it was lost, with the
 * reason in *error_number when one is known (0 otherwise). */
static gboolean
close_stdout (int *error_number)
{
  stdout_checked = TRUE;
  errno = 0;
  gboolean ok = fflush (stdout) == 0;
  *error_number = errno;
  /* An earlier flush may have failed already, leaving nothing to flush now. */
  ok = !ferror (stdout) && ok;
  errno = 0;
  if (fclose (stdout) != 0 && ok)
    {
      ok = FALSE;
      *error_number = errno;
    }
  return ok;
}

static void
report_stdout_error (int error_number)
{
  g_printerr ("lector: cannot write standard output%s%s\n", error_number != 0 ? ": " : "",
              error_number != 0 ? g_strerror (error_number) : "");
}

static void
check_stdout_at_exit (void)
{
  int error_number;
  if (!stdout_checked && !close_stdout (&error_number))
    {
      report_stdout_error (error_number);
      _exit (LECTOR_EXIT_ABORTED);
    }
}

static int
run_command (int argc, char **argv)
{
  if (argc < 2)
    {
      print_usage (stderr);
      return LECTOR_EXIT_USAGE;
    }
  const char *verb = argv[1];
  if (strcmp (verb, "--help") == 0 || strcmp (verb, "-h") == 0)
    {
      print_usage (stdout);
      return LECTOR_EXIT_OK;
    }
  if (strcmp (verb, "--version") == 0)
    {
      print_version ();
      return LECTOR_EXIT_OK;
    }
  gboolean help = strcmp (verb, "help") == 0;
  if (help)
    {
      if (argc < 3)
        {
          print_usage (stdout);
          return LECTOR_EXIT_OK;
        }
      verb = argv[2];
    }

  for (gsize i = 0; i < G_N_ELEMENTS (verbs); i++)
    if (strcmp (verb, verbs[i].name) == 0)
      {
        int status;
        if (help)
          {
            char *help_argv[] = { argv[0], "--help", NULL };
            status = verbs[i].run (2, help_argv);
          }
        else
          status = verbs[i].run (argc - 1, argv + 1);
        g_strfreev (opt_plugin_dirs);
        return status;
      }

  g_printerr ("lector: unknown command '%s'\nTry 'lector --help'.\n", verb);
  return LECTOR_EXIT_USAGE;
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
  atexit (check_stdout_at_exit);
  int status = run_command (argc, argv);
  /* A command that failed has said why (lector run reports its own write errors); one that
   * succeeded has not, if its output was lost: that is the same failure as run's. */
  int error_number;
  if (!close_stdout (&error_number)
      && (status == LECTOR_EXIT_OK || status == LECTOR_EXIT_SOME_FAILED))
    {
      report_stdout_error (error_number);
      status = LECTOR_EXIT_ABORTED;
    }
  return status;
}
