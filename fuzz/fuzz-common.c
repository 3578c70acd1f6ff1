/* Helpers shared by the fuzz targets (see fuzz.h). */
#include <string.h>

#include "fuzz.h"

#ifndef FUZZ_DATA_DIR
#error "FUZZ_DATA_DIR (the source tree's plugins/ directory) must be defined"
#endif

/* Every log message goes through here.  A warning or critical aborts: GLib's own way to make
 * them fatal is a breakpoint trap (SIGTRAP), which libFuzzer does not take for a crash, so
 * the input would be lost. */
static GLogWriterOutput
abort_on_warnings (GLogLevelFlags level, const GLogField *fields, gsize n_fields,
                   gpointer user_data)
{
  GLogWriterOutput written = g_log_writer_standard_streams (level, fields, n_fields, user_data);
  if (level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    {
      fprintf (stderr, "fuzz check failed: a GLib warning or critical (above)\n");
      abort ();
    }
  return written;
}

void
fuzz_setup (void)
{
  g_log_set_writer_func (abort_on_warnings, NULL, NULL);
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  if (g_getenv ("LECTOR_DATA_PATH") == NULL)
    g_setenv ("LECTOR_DATA_PATH", FUZZ_DATA_DIR, TRUE);
}

/* What fuzz_registry_new() and fuzz_pipeline_new() made, alive for the whole process.  A
 * target that only stores them in static variables it never reads may lose them to the
 * optimizer, and LeakSanitizer would then report them at exit. */
GPtrArray *fuzz_kept;

static gpointer
keep (gpointer object)
{
  if (fuzz_kept == NULL)
    fuzz_kept = g_ptr_array_new ();
  g_ptr_array_add (fuzz_kept, object);
  return object;
}

LectorRegistry *
fuzz_registry_new (const LectorPluginInfo *const *infos)
{
  LectorRegistry *registry = keep (lector_registry_new ());
  for (; *infos != NULL; infos++)
    {
      g_autoptr (GError) error = NULL;
      LectorPlugin *plugin = lector_registry_add_static (registry, *infos, &error);
      FUZZ_CHECK (plugin != NULL, "%s", error->message);
    }
  return registry;
}

LectorPipeline *
fuzz_pipeline_new (LectorRegistry *registry, const char *config_text)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LectorConfig) config
      = lector_config_load_data (config_text, -1, "<fuzz pipeline>", FALSE, &error);
  FUZZ_CHECK (config != NULL, "%s", error->message);
  LectorPipeline *pipeline = lector_pipeline_new (registry, config, &error);
  FUZZ_CHECK (pipeline != NULL, "%s", error->message);
  return keep (pipeline);
}

/* What a byte that does not start a valid UTF-8 sequence becomes: 64 strings that matter
 * to some rule of some plugin. */
static const char *const replacements[64] = {
  "\xe2\x80\x9c",                     /* “ */
  "\xe2\x80\x9d",                     /* ” */
  "\xe2\x80\x98",                     /* ‘ */
  "\xe2\x80\x99",                     /* ’ */
  "\xc2\xab",                         /* « */
  "\xc2\xbb",                         /* » */
  "\xe2\x80\x9e",                     /* „ */
  "\xe2\x80\x94",                     /* — */
  "\xe2\x80\x93",                     /* – */
  "\xe2\x80\xa6",                     /* … */
  "\xc2\xa0",                         /* no-break space */
  "\xe2\x80\xa9",                     /* paragraph separator */
  "\xe2\x80\xa8",                     /* line separator */
  "\xe2\x80\x8b",                     /* zero width space */
  "\xe2\x80\x8d",                     /* zero width joiner */
  "\xcc\x81",                         /* combining acute accent */
  "\xc3\xa9",                         /* é */
  "\xc3\x9f",                         /* ß */
  "\xc4\xb0",                         /* İ */
  "\xc7\x85",                         /* ǅ (title case) */
  "\xd0\x96",                         /* Ж */
  "\xd0\xb6",                         /* ж */
  "\xce\xb1",                         /* α */
  "\xd8\xb9",                         /* ع */
  "\xd7\x90",                         /* א */
  "\xe0\xb8\x81",                     /* ก */
  "\xe3\x80\x82",                     /* 。 */
  "\xe3\x80\x8c",                     /* 「 */
  "\xe3\x80\x8d",                     /* 」 */
  "\xe4\xb8\xad",                     /* 中 */
  "\xe3\x81\x82",                     /* あ */
  "\xf0\x9f\x98\x80",                 /* 😀 */
  "\xf0\x9f\x91\x8d\xf0\x9f\x8f\xbd", /* 👍🏽 */
  "\xe0\xa5\xa4",                     /* । danda */
  "\xd8\x9f",                         /* ؟ */
  "\xef\xbb\xbf",                     /* byte order mark */
  "\xe2\x80\xae",                     /* right-to-left override */
  "\xc2\xb2",                         /* ² */
  "\xc2\xbd",                         /* ½ */
  "\xd9\xa3",                         /* Arabic-Indic digit three */
  "\xef\xbc\x81",                     /* ！ */
  "\xe2\x80\xb9",                     /* ‹ */
  "\xe2\x80\xba",                     /* › */
  "\xe2\x80\x90",                     /* ‐ hyphen */
  "\xc2\xad",                         /* soft hyphen */
  "\xf0\xa0\x80\x80",                 /* an astral ideograph */
  "\xe2\x82\xac",                     /* € */
  "\x0c",                             /* form feed */
  "\r\n",
  "\n\n",
  " said ",
  " told reporters",
  " according to ",
  "Mr. ",
  "U.S. ",
  "Prime Minister ",
  "Antony Blinken",
  "Cairo",
  " he ",
  "https://example.com/a?b=c",
  "someone@example.org",
  "3.5%",
  "No. 5",
  "e.g. ",
};

char *
fuzz_make_utf8 (const uint8_t *data, size_t size, gsize *length)
{
  GString *out = g_string_sized_new (size + 16);
  const char *p = (const char *)data, *end = p + size;
  while (p < end)
    {
      gunichar c = g_utf8_get_char_validated (p, end - p);
      if (c != 0 && c < 0x110000)
        {
          const char *next = g_utf8_next_char (p);
          g_string_append_len (out, p, next - p);
          p = next;
        }
      else
        {
          g_string_append (out, replacements[(guchar)*p % G_N_ELEMENTS (replacements)]);
          p++;
        }
    }
  FUZZ_CHECK (g_utf8_validate_len (out->str, out->len, NULL), "made invalid UTF-8");
  *length = out->len;
  return g_string_free (out, FALSE);
}

static gboolean
on_boundary (const char *text, gsize length, gsize offset)
{
  return offset == 0 || offset == length || (((guchar)text[offset]) & 0xC0) != 0x80;
}

void
fuzz_check_document (const LectorDocument *doc, LectorOffsetUnit unit)
{
  gsize length = 0;
  const char *text = lector_document_get_text (doc, &length);
  g_autoptr (GPtrArray) names = lector_document_get_layer_names (doc);
  for (guint i = 0; i < names->len; i++)
    {
      const LectorLayer *layer = lector_document_get_layer (doc, names->pdata[i]);
      gsize size = lector_layer_get_size (layer);
      const LectorSpan *spans = lector_layer_get_spans (layer);
      for (gsize k = 0; k < size; k++)
        {
          const char *name = names->pdata[i];
          FUZZ_CHECK (spans[k].start <= spans[k].end && spans[k].end <= length,
                      "layer %s: span %zu [%zu, %zu) outside the text (%zu bytes)", name, k,
                      spans[k].start, spans[k].end, length);
          FUZZ_CHECK (on_boundary (text, length, spans[k].start)
                          && on_boundary (text, length, spans[k].end),
                      "layer %s: span %zu [%zu, %zu) not on character boundaries", name, k,
                      spans[k].start, spans[k].end);
          FUZZ_CHECK (
              k == 0 || spans[k - 1].start < spans[k].start
                  || (spans[k - 1].start == spans[k].start && spans[k - 1].end <= spans[k].end),
              "layer %s: span %zu out of order", name, k);
          json_t *features = lector_layer_get_features (layer, k);
          const char *key;
          json_t *value;
          json_object_foreach (features, key, value)
          {
            if (!lector_json_is_offset_feature (key, value))
              continue;
            gsize offset = (gsize)json_integer_value (value);
            FUZZ_CHECK (offset <= length && on_boundary (text, length, offset),
                        "layer %s: annotation %zu: offset feature %s = %zu is not a character "
                        "boundary of the text (%zu bytes)",
                        name, k, key, offset, length);
          }
        }
    }
  json_t *json = lector_document_to_json (doc, unit);
  char *dumped = json_dumps (json, JSON_COMPACT);
  FUZZ_CHECK (dumped != NULL, "the document did not serialize");
  free (dumped);
  json_decref (json);
}
