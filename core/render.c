/* lector render: saved output made into HTML pages.
 *
 * The records go through the same page writer as `lector run --format html`, so a saved
 * result and a fresh run give the same pages.  JSON Lines are read a line at a time; a JSON
 * file (the indented output of `lector run -f json`) is read whole. */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "json-autoptr.h"
#include "pages.h"
#include "render.h"

typedef struct
{
  HtmlPages *pages;
  LectorOffsetUnit unit;
  guint64 problems; /* records that could not be read or rendered */
  gboolean write_failed;
} RenderJob;

/* Adds one record; @where names it in messages ("FILE:LINE", "FILE, record N"). */
static void
add_record (RenderJob *render, json_t *record, const char *where)
{
  if (render->write_failed)
    return;
  g_autofree char *problem = NULL;
  g_autoptr (GError) error = NULL;
  if (!html_pages_add (render->pages, record, render->unit, &problem, &error))
    {
      g_printerr ("lector render: %s\n", error->message);
      render->write_failed = TRUE;
      return;
    }
  if (problem != NULL)
    {
      g_printerr ("lector render: %s: %s\n", where, problem);
      render->problems++;
    }
}

/* A line or file that is not JSON still takes its place in the pages, as a failed record. */
static void
add_unreadable (RenderJob *render, const char *where, const char *message)
{
  g_printerr ("lector render: %s: %s\n", where, message);
  render->problems++;
  g_autoptr (json_t) record
      = json_pack ("{s:s, s:{s:n, s:s}}", "id", where, "error", "stage", "message", message);
  if (!render->write_failed)
    {
      g_autoptr (GError) error = NULL;
      if (!html_pages_add (render->pages, record, render->unit, NULL, &error))
        {
          g_printerr ("lector render: %s\n", error->message);
          render->write_failed = TRUE;
        }
    }
}

static char *
json_problem (const json_error_t *error)
{
  return g_strdup_printf ("not valid JSON: %s (line %d, column %d)", error->text, error->line,
                          error->column);
}

static void
render_json (RenderJob *render, const char *name, const char *data, gsize length)
{
  json_error_t json_error;
  /* Any value: one that is not a record is reported as such, not as JSON that is not valid. */
  g_autoptr (json_t) value = json_loadb (data, length, JSON_DECODE_ANY, &json_error);
  if (value == NULL)
    {
      g_autofree char *message = json_problem (&json_error);
      add_unreadable (render, name, message);
      return;
    }
  if (!json_is_array (value))
    {
      add_record (render, value, name);
      return;
    }
  gsize i;
  json_t *record;
  json_array_foreach (value, i, record)
  {
    g_autofree char *where = g_strdup_printf ("%s, record %" G_GSIZE_FORMAT, name, i + 1);
    add_record (render, record, where);
  }
}

static void
render_line (RenderJob *render, const char *name, guint64 number, const char *line, gsize length)
{
  gsize i = 0;
  while (i < length && g_ascii_isspace (line[i]))
    i++;
  if (i == length)
    return; /* blank lines are not records */
  g_autofree char *where = g_strdup_printf ("%s:%" G_GUINT64_FORMAT, name, number);
  json_error_t json_error;
  g_autoptr (json_t) record = json_loadb (line, length, JSON_DECODE_ANY, &json_error);
  if (record == NULL)
    {
      g_autofree char *message = json_problem (&json_error);
      add_unreadable (render, where, message);
      return;
    }
  add_record (render, record, where);
}

static gboolean
looks_like_json (const char *name, const char *first_line, gsize length)
{
  if (g_str_has_suffix (name, ".json"))
    return TRUE;
  g_autofree char *line = g_strndup (first_line, length);
  g_strstrip (line);
  return strcmp (line, "{") == 0 || line[0] == '[';
}

/* Returns FALSE when reading stopped in the middle of the input. */
static gboolean
render_file (RenderJob *render, const char *path)
{
  gboolean is_stdin = strcmp (path, "-") == 0;
  const char *name = is_stdin ? "stdin" : path;
  FILE *stream = is_stdin ? stdin : fopen (path, "rb");
  if (stream == NULL)
    {
      g_autofree char *message = g_strdup_printf ("cannot open %s: %s", path, g_strerror (errno));
      add_unreadable (render, name, message);
      return TRUE;
    }

  char *line = NULL;
  size_t capacity = 0;
  ssize_t length;
  guint64 number = 0;
  gboolean whole = FALSE;
  g_autoptr (GString) data = NULL;
  while (!render->write_failed && (length = getline (&line, &capacity, stream)) >= 0)
    {
      number++;
      if (number == 1)
        whole = looks_like_json (path, line, (gsize)length);
      if (whole)
        {
          if (data == NULL)
            data = g_string_new (NULL);
          g_string_append_len (data, line, length);
        }
      else
        render_line (render, name, number, line, (gsize)length);
    }
  gboolean ok = !ferror (stream);
  int saved = errno;
  free (line);
  if (!is_stdin)
    fclose (stream);
  if (!ok)
    {
      g_printerr ("lector render: cannot read %s: %s\n", name, g_strerror (saved));
      return FALSE;
    }
  if (data != NULL)
    render_json (render, name, data->str, data->len);
  return TRUE;
}

int
render_files (const char *const *inputs, const char *output, gboolean output_is_dir,
              LectorOffsetUnit unit)
{
  g_autoptr (GError) error = NULL;
  RenderJob render = { 0 };
  render.unit = unit;
  render.pages = html_pages_new (output, output_is_dir, &error);
  if (render.pages == NULL)
    {
      g_printerr ("lector render: %s\n", error->message);
      return LECTOR_EXIT_USAGE;
    }
  static const char *const standard_input[] = { "-", NULL };
  if (inputs == NULL || inputs[0] == NULL)
    inputs = standard_input;

  gboolean read_ok = TRUE;
  for (const char *const *input = inputs; *input != NULL && read_ok && !render.write_failed;
       input++)
    read_ok = render_file (&render, *input);

  gboolean closed = html_pages_close (render.pages, render.write_failed ? NULL : &error);
  if (!closed && !render.write_failed)
    g_printerr ("lector render: %s\n", error->message);
  html_pages_free (render.pages);
  if (!read_ok || !closed || render.write_failed)
    return LECTOR_EXIT_ABORTED;
  return render.problems > 0 ? LECTOR_EXIT_SOME_FAILED : LECTOR_EXIT_OK;
}
