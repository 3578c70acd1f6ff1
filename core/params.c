/* Stage parameters: raw config values checked and typed against a plugin's specs. */
#include "config.h"

#include <errno.h>
#include <math.h>
#include <string.h>

#include "param-bound.h"
#include "private.h"

typedef struct {
  gboolean set;      /* has a value (explicit or default) */
  gboolean explicit; /* set by the user */
  char *origin;      /* explicit: where ("FILE:LINE", "option -s '…'"), for messages */
  char *string;
  gint64 integer;
  double number;
  gboolean boolean;
  char **strv;
} ParamValue;

struct _LectorParams {
  char *stage_name;
  const LectorParamSpec *specs;
  gsize n_specs;
  ParamValue *values;
};

LectorRawValue *
lector_raw_value_new (const char *text, json_t *json, const char *source, int line)
{
  LectorRawValue *value = g_new0 (LectorRawValue, 1);
  value->text = g_strdup (text);
  value->json = json != NULL ? json_incref (json) : NULL;
  value->source = g_strdup (source);
  value->line = line;
  return value;
}

void
lector_raw_value_free (gpointer data)
{
  LectorRawValue *value = data;
  if (value == NULL)
    return;
  g_free (value->text);
  json_decref (value->json);
  g_free (value->source);
  g_free (value);
}

const char *
lector_param_type_to_string (LectorParamType type)
{
  switch (type)
    {
    case LECTOR_PARAM_STRING:
      return "string";
    case LECTOR_PARAM_INT:
      return "integer";
    case LECTOR_PARAM_DOUBLE:
      return "number";
    case LECTOR_PARAM_BOOL:
      return "boolean";
    case LECTOR_PARAM_STRING_LIST:
      return "string list";
    }
  return "unknown";
}

static void
param_value_clear (ParamValue *value)
{
  g_clear_pointer (&value->origin, g_free);
  g_clear_pointer (&value->string, g_free);
  g_clear_pointer (&value->strv, g_strfreev);
  memset (value, 0, sizeof *value);
}

static char **
split_list (const char *text)
{
  g_auto (GStrv) parts = g_strsplit (text, ";", -1);
  GPtrArray *items = g_ptr_array_new ();
  for (char **p = parts; *p != NULL; p++)
    {
      char *item = g_strstrip (*p);
      if (*item != '\0')
        g_ptr_array_add (items, g_strdup (item));
    }
  g_ptr_array_add (items, NULL);
  return (char **) g_ptr_array_free (items, FALSE);
}

/* Parses @text as the type of @spec into @out; on failure returns a phrase describing
 * what was expected. */
static const char *
parse_text (const LectorParamSpec *spec, const char *text, ParamValue *out)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text));

  switch (spec->type)
    {
    case LECTOR_PARAM_STRING:
      out->string = g_steal_pointer (&trimmed);
      return NULL;
    case LECTOR_PARAM_INT:
      {
        gint64 v;
        if (!g_ascii_string_to_signed (trimmed, 10, G_MININT64, G_MAXINT64, &v, NULL))
          return "an integer";
        out->integer = v;
        out->number = (double) v;
        return NULL;
      }
    case LECTOR_PARAM_DOUBLE:
      {
        char *end = NULL;
        errno = 0;
        double v = g_ascii_strtod (trimmed, &end);
        if (*trimmed == '\0' || end == NULL || *end != '\0' || errno != 0 || !isfinite (v))
          return "a number";
        out->number = v;
        return NULL;
      }
    case LECTOR_PARAM_BOOL:
      if (g_ascii_strcasecmp (trimmed, "true") == 0 || g_ascii_strcasecmp (trimmed, "yes") == 0
          || strcmp (trimmed, "1") == 0)
        out->boolean = TRUE;
      else if (g_ascii_strcasecmp (trimmed, "false") == 0
               || g_ascii_strcasecmp (trimmed, "no") == 0 || strcmp (trimmed, "0") == 0)
        out->boolean = FALSE;
      else
        return "true or false";
      return NULL;
    case LECTOR_PARAM_STRING_LIST:
      out->strv = split_list (trimmed);
      return NULL;
    }
  return "a value of a known type";
}

static const char *
parse_json (const LectorParamSpec *spec, json_t *json, ParamValue *out)
{
  switch (spec->type)
    {
    case LECTOR_PARAM_STRING:
      if (!json_is_string (json))
        return "a string";
      out->string = g_strdup (json_string_value (json));
      return NULL;
    case LECTOR_PARAM_INT:
      if (!json_is_integer (json))
        return "an integer";
      out->integer = json_integer_value (json);
      out->number = (double) out->integer;
      return NULL;
    case LECTOR_PARAM_DOUBLE:
      if (!json_is_number (json))
        return "a number";
      out->number = json_number_value (json);
      return NULL;
    case LECTOR_PARAM_BOOL:
      if (!json_is_boolean (json))
        return "true or false";
      out->boolean = json_is_true (json);
      return NULL;
    case LECTOR_PARAM_STRING_LIST:
      {
        if (!json_is_array (json))
          return "an array of strings";
        gsize n = json_array_size (json);
        out->strv = g_new0 (char *, n + 1);
        for (gsize i = 0; i < n; i++)
          {
            json_t *item = json_array_get (json, i);
            if (!json_is_string (item))
              return "an array of strings";
            out->strv[i] = g_strdup (json_string_value (item));
          }
        return NULL;
      }
    }
  return "a value of a known type";
}

/* Range and choice checks; returns an allocated description of the problem or NULL. */
static char *
check_constraints (const LectorParamSpec *spec, const ParamValue *value)
{
  if ((spec->type == LECTOR_PARAM_INT || spec->type == LECTOR_PARAM_DOUBLE) && spec->min < spec->max
      && (value->number < spec->min || value->number > spec->max))
    {
      g_autofree char *lo = lector_param_bound_to_string (spec, spec->min);
      g_autofree char *hi = lector_param_bound_to_string (spec, spec->max);
      return g_strdup_printf ("must be between %s and %s", lo, hi);
    }
  if (spec->type == LECTOR_PARAM_STRING && spec->choices != NULL)
    {
      g_auto (GStrv) choices = g_strsplit (spec->choices, "|", -1);
      if (!g_strv_contains ((const char *const *) choices, value->string))
        {
          g_autofree char *list = g_strjoinv (", ", choices);
          return g_strdup_printf ("must be one of: %s", list);
        }
    }
  return NULL;
}

gboolean
lector_param_spec_check_default (const LectorParamSpec *spec, GError **error)
{
  if (spec->default_value == NULL)
    return TRUE;

  ParamValue value = { 0 };
  const char *expected = parse_text (spec, spec->default_value, &value);
  g_autofree char *problem = expected == NULL ? check_constraints (spec, &value) : NULL;
  param_value_clear (&value);
  if (expected != NULL || problem != NULL)
    {
      g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_PLUGIN,
                   "parameter '%s' has an invalid default '%s' (%s%s)", spec->key,
                   spec->default_value, expected != NULL ? "expected " : "",
                   expected != NULL ? expected : problem);
      return FALSE;
    }
  return TRUE;
}

static char *
origin (const LectorRawValue *raw)
{
  if (raw->line > 0)
    return g_strdup_printf ("%s:%d", raw->source, raw->line);
  return g_strdup (raw->source);
}

static char *
location (const LectorRawValue *raw)
{
  g_autofree char *where = origin (raw);
  return g_strdup_printf ("%s: ", where);
}

static void
set_unknown_key_error (GError **error, const char *stage_name, const LectorParamSpec *specs,
                       gsize n_specs, const char *key, const LectorRawValue *raw)
{
  g_autofree char *where = location (raw);
  g_autoptr (GPtrArray) keys = g_ptr_array_new ();
  for (gsize i = 0; i < n_specs; i++)
    g_ptr_array_add (keys, (gpointer) specs[i].key);

  const char *suggestion = lector_suggest (key, (const char *const *) keys->pdata, keys->len);
  g_autoptr (GString) message = g_string_new (NULL);
  g_string_append_printf (message, "%sstage '%s': unknown key '%s'", where, stage_name, key);
  if (suggestion != NULL)
    g_string_append_printf (message, " (did you mean '%s'?)", suggestion);
  if (keys->len == 0)
    g_string_append (message, "; its plugin takes no parameters");
  else
    {
      g_ptr_array_add (keys, NULL);
      g_autofree char *list = g_strjoinv (", ", (char **) keys->pdata);
      g_string_append_printf (message, "; known keys: %s", list);
    }
  g_set_error_literal (error, LECTOR_ERROR, LECTOR_ERROR_CONFIG, message->str);
}

LectorParams *
lector_params_new (const char *stage_name, const LectorParamSpec *specs, GHashTable *raw_values,
                   GError **error)
{
  gsize n_specs = 0;
  while (specs != NULL && specs[n_specs].key != NULL)
    n_specs++;

  /* Report unknown keys in file order, so the first error is the first in the file. */
  if (raw_values != NULL)
    {
      GHashTableIter iter;
      gpointer key, data;
      const char *first_key = NULL;
      const LectorRawValue *first_raw = NULL;
      g_hash_table_iter_init (&iter, raw_values);
      while (g_hash_table_iter_next (&iter, &key, &data))
        {
          gboolean known = FALSE;
          for (gsize i = 0; i < n_specs && !known; i++)
            known = strcmp (specs[i].key, key) == 0;
          const LectorRawValue *raw = data;
          if (!known && (first_raw == NULL || raw->line < first_raw->line))
            first_key = key, first_raw = raw;
        }
      if (first_key != NULL)
        {
          set_unknown_key_error (error, stage_name, specs, n_specs, first_key, first_raw);
          return NULL;
        }
    }

  LectorParams *params = g_new0 (LectorParams, 1);
  params->stage_name = g_strdup (stage_name);
  params->specs = specs;
  params->n_specs = n_specs;
  params->values = g_new0 (ParamValue, n_specs + 1);

  for (gsize i = 0; i < n_specs; i++)
    {
      const LectorParamSpec *spec = &specs[i];
      ParamValue *value = &params->values[i];
      const LectorRawValue *raw = raw_values != NULL ? g_hash_table_lookup (raw_values, spec->key)
                                                     : NULL;
      if (raw == NULL)
        {
          if (spec->default_value != NULL)
            {
              /* Defaults were checked when the plugin was loaded. */
              parse_text (spec, spec->default_value, value);
              value->set = TRUE;
            }
          continue;
        }

      const char *expected = raw->json != NULL ? parse_json (spec, raw->json, value)
                                               : parse_text (spec, raw->text, value);
      g_autofree char *problem = expected == NULL ? check_constraints (spec, value) : NULL;
      if (expected != NULL || problem != NULL)
        {
          g_autofree char *where = location (raw);
          /* A JSON value is shown as JSON, so that "3" (a string) does not look like 3. */
          g_autofree char *shown = raw->json != NULL
                                       ? json_dumps (raw->json, JSON_ENCODE_ANY | JSON_COMPACT)
                                       : g_strdup_printf ("'%s'", raw->text);
          if (expected != NULL)
            g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_CONFIG,
                         "%sstage '%s': key '%s' expects %s, got %s", where, stage_name,
                         spec->key, expected, shown);
          else
            g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_CONFIG,
                         "%sstage '%s': key '%s' %s, got %s", where, stage_name, spec->key,
                         problem, shown);
          lector_params_free (params);
          return NULL;
        }
      value->set = TRUE;
      value->explicit = TRUE;
      value->origin = origin (raw);
    }
  return params;
}

void
lector_params_free (LectorParams *params)
{
  if (params == NULL)
    return;
  for (gsize i = 0; i < params->n_specs; i++)
    param_value_clear (&params->values[i]);
  g_free (params->values);
  g_free (params->stage_name);
  g_free (params);
}

static const ParamValue *
lookup (const LectorParams *params, const char *key, LectorParamType type)
{
  for (gsize i = 0; i < params->n_specs; i++)
    if (strcmp (params->specs[i].key, key) == 0)
      {
        if (type != 0 && params->specs[i].type != type)
          {
            g_critical ("stage '%s': parameter '%s' (%s) read with the getter for %s",
                        params->stage_name,
                        key, lector_param_type_to_string (params->specs[i].type),
                        lector_param_type_to_string (type));
            return NULL;
          }
        return &params->values[i];
      }
  g_critical ("stage '%s': parameter '%s' is not declared by its plugin", params->stage_name, key);
  return NULL;
}

const char *
lector_params_get_string (const LectorParams *params, const char *key)
{
  g_return_val_if_fail (params != NULL && key != NULL, NULL);
  const ParamValue *value = lookup (params, key, LECTOR_PARAM_STRING);
  return value != NULL ? value->string : NULL;
}

gint64
lector_params_get_int (const LectorParams *params, const char *key)
{
  g_return_val_if_fail (params != NULL && key != NULL, 0);
  const ParamValue *value = lookup (params, key, LECTOR_PARAM_INT);
  return value != NULL ? value->integer : 0;
}

double
lector_params_get_double (const LectorParams *params, const char *key)
{
  g_return_val_if_fail (params != NULL && key != NULL, 0.0);
  const ParamValue *value = lookup (params, key, LECTOR_PARAM_DOUBLE);
  return value != NULL ? value->number : 0.0;
}

gboolean
lector_params_get_bool (const LectorParams *params, const char *key)
{
  g_return_val_if_fail (params != NULL && key != NULL, FALSE);
  const ParamValue *value = lookup (params, key, LECTOR_PARAM_BOOL);
  return value != NULL ? value->boolean : FALSE;
}

const char *const *
lector_params_get_strv (const LectorParams *params, const char *key)
{
  static const char *const empty[] = { NULL };
  g_return_val_if_fail (params != NULL && key != NULL, empty);
  const ParamValue *value = lookup (params, key, LECTOR_PARAM_STRING_LIST);
  return value != NULL && value->strv != NULL ? (const char *const *) value->strv : empty;
}

gboolean
lector_params_is_set (const LectorParams *params, const char *key)
{
  g_return_val_if_fail (params != NULL && key != NULL, FALSE);
  const ParamValue *value = lookup (params, key, 0);
  return value != NULL && value->set;
}

gboolean
lector_params_is_explicit (const LectorParams *params, const char *key)
{
  g_return_val_if_fail (params != NULL && key != NULL, FALSE);
  const ParamValue *value = lookup (params, key, 0);
  return value != NULL && value->explicit;
}

const char *
lector_params_get_origin (const LectorParams *params, const char *key)
{
  /* Not lookup(): @key comes from a message and need not be a parameter. */
  for (gsize i = 0; i < params->n_specs; i++)
    if (strcmp (params->specs[i].key, key) == 0)
      return params->values[i].origin;
  return NULL;
}

const char *
lector_params_get_stage_name (const LectorParams *params)
{
  g_return_val_if_fail (params != NULL, NULL);
  return params->stage_name;
}

char *
lector_params_to_text (const LectorParams *params, const char *key)
{
  const ParamValue *value = lookup (params, key, 0);
  if (value == NULL || !value->set)
    return NULL;

  for (gsize i = 0; i < params->n_specs; i++)
    if (strcmp (params->specs[i].key, key) == 0)
      switch (params->specs[i].type)
        {
        case LECTOR_PARAM_STRING:
          return g_strdup (value->string);
        case LECTOR_PARAM_INT:
          return g_strdup_printf ("%" G_GINT64_FORMAT, value->integer);
        case LECTOR_PARAM_DOUBLE:
          {
            /* The shortest form that reads back as the same number: 0.1, not 0.1000…01. */
            char buf[G_ASCII_DTOSTR_BUF_SIZE];
            for (int digits = 15; digits <= 17; digits++)
              {
                char format[8];
                g_snprintf (format, sizeof format, "%%.%dg", digits);
                g_ascii_formatd (buf, sizeof buf, format, value->number);
                if (g_ascii_strtod (buf, NULL) == value->number)
                  break;
              }
            return g_strdup (buf);
          }
        case LECTOR_PARAM_BOOL:
          return g_strdup (value->boolean ? "true" : "false");
        case LECTOR_PARAM_STRING_LIST:
          return g_strjoinv ("; ", value->strv);
        }
  return NULL;
}
