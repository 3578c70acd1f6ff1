/* Documents and their layers of stand-off annotations. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "private.h"
#include "utf8.h"

struct _LectorLayer {
  char *name;
  char *producer;
  const LectorDocument *doc;
  /* Structure of arrays, so that a token costs a span and a label pointer; scores and
   * features are allocated only once some annotation in the layer has one. */
  GArray *spans;     /* LectorSpan */
  GPtrArray *labels; /* interned strings, not owned */
  GArray *scores;    /* double, NULL until a score is set */
  GPtrArray *features; /* json_t*, NULL until features are set */
  /* g_intern_string() takes a global lock and hashes; plugins pass the same few label
   * pointers again and again (token kinds, entity types), so the last ones are
   * remembered with their interned strings (see intern_label). */
  struct {
    const char *given;
    const char *interned;
  } recent[8];
  guint n_recent;
  guint next_recent; /* the entry to replace when all are used */
  /* Interned labels that were passed as they are, by a hash of their address: one
   * comparison, almost always true, for a plugin that passes interned labels. */
  const char *direct[16];
};

struct _LectorDocument {
  gint ref_count;
  char *id;
  char *text;
  gsize length;
  json_t *meta;
  GHashTable *layers;      /* name -> LectorLayer*, owns the layers */
  GPtrArray *layer_order;  /* LectorLayer*, in the order they were added */
  const LectorStageBinding *binding; /* the stage running now, or NULL */
};

static void
layer_free (gpointer data)
{
  LectorLayer *layer = data;

  if (layer->features != NULL)
    g_ptr_array_unref (layer->features);
  if (layer->scores != NULL)
    g_array_unref (layer->scores);
  g_ptr_array_unref (layer->labels);
  g_array_unref (layer->spans);
  g_free (layer->producer);
  g_free (layer->name);
  g_free (layer);
}

/* What to tell the user of a text that is not UTF-8, from its first bytes: UTF-16 starts with a
 * byte-order mark or has every other byte zero in ASCII text; a text with bytes above 0x7f
 * and no zero is most often Latin-1 or Windows-1252. */
static const char *
wrong_encoding_hint (const char *text, gsize len)
{
  const guchar *t = (const guchar *) text;
  if (len >= 2 && ((t[0] == 0xff && t[1] == 0xfe) || (t[0] == 0xfe && t[1] == 0xff)))
    return ": the text is UTF-16 (it starts with a byte-order mark); convert it to UTF-8 first, "
           "e.g. iconv -f UTF-16 -t UTF-8";
  if (len >= 4 && ((t[1] == 0 && t[3] == 0 && t[0] != 0) || (t[0] == 0 && t[2] == 0 && t[1] != 0)))
    return ": the text looks like UTF-16; convert it to UTF-8 first, e.g. iconv -f UTF-16LE "
           "(or UTF-16BE) -t UTF-8";
  if (memchr (text, '\0', len) == NULL)
    return ": the text is not UTF-8; if it is Latin-1 or Windows-1252, convert it first, e.g. "
           "iconv -f WINDOWS-1252 -t UTF-8";
  return "";
}

LectorDocument *
lector_document_new (const char *id, const char *text, gssize length, GError **error)
{
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (text != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  gsize len = length < 0 ? strlen (text) : (gsize) length;
  const char *bad = NULL;
  if (len > 0 && !lector_utf8_validate (text, len, &bad))
    {
      gsize offset = (gsize) (bad - text);
      const char *hint = wrong_encoding_hint (text, len);
      if (text[offset] == '\0')
        g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_INPUT,
                     "document '%s': NUL byte at byte %" G_GSIZE_FORMAT "%s", id, offset, hint);
      else
        g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_INPUT,
                     "document '%s': invalid UTF-8 at byte %" G_GSIZE_FORMAT " (0x%02x)%s", id,
                     offset, (guint) (guchar) text[offset], hint);
      return NULL;
    }

  LectorDocument *doc = g_new0 (LectorDocument, 1);
  doc->ref_count = 1;
  doc->id = g_strdup (id);
  /* The text has no NUL byte (checked above): a copy of its bytes is what g_strndup()
   * would make, without its byte-by-byte scan for one. */
  doc->text = g_malloc (len + 1);
  if (len > 0)
    memcpy (doc->text, text, len);
  doc->text[len] = '\0';
  doc->length = len;
  doc->meta = json_object ();
  doc->layers = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, layer_free);
  doc->layer_order = g_ptr_array_new ();
  return doc;
}

LectorDocument *
lector_document_ref (LectorDocument *doc)
{
  g_return_val_if_fail (doc != NULL, NULL);
  g_atomic_int_inc (&doc->ref_count);
  return doc;
}

void
lector_document_unref (LectorDocument *doc)
{
  if (doc == NULL || !g_atomic_int_dec_and_test (&doc->ref_count))
    return;
  g_ptr_array_unref (doc->layer_order);
  g_hash_table_unref (doc->layers);
  json_decref (doc->meta);
  g_free (doc->text);
  g_free (doc->id);
  g_free (doc);
}

const char *
lector_document_get_id (const LectorDocument *doc)
{
  g_return_val_if_fail (doc != NULL, NULL);
  return doc->id;
}

const char *
lector_document_get_text (const LectorDocument *doc, gsize *length)
{
  g_return_val_if_fail (doc != NULL, NULL);
  if (length != NULL)
    *length = doc->length;
  return doc->text;
}

gsize
lector_document_get_length (const LectorDocument *doc)
{
  g_return_val_if_fail (doc != NULL, 0);
  return doc->length;
}

json_t *
lector_document_get_meta (LectorDocument *doc)
{
  g_return_val_if_fail (doc != NULL, NULL);
  return doc->meta;
}

const char *
lector_document_get_language (LectorDocument *doc)
{
  g_return_val_if_fail (doc != NULL, NULL);
  json_t *lang = json_object_get (doc->meta, "lang");
  if (json_is_object (lang))
    lang = json_object_get (lang, "code");
  return json_string_value (lang); /* NULL when not a string */
}

gboolean
lector_language_in (const char *code, const char *const *languages)
{
  g_return_val_if_fail (code != NULL, FALSE);
  /* The primary subtag ends at the first '-' or '_' (BCP 47 and POSIX locales). */
  gsize primary = strcspn (code, "-_");
  for (gsize i = 0; languages != NULL && languages[i] != NULL; i++)
    {
      const char *listed = languages[i];
      if (g_ascii_strcasecmp (code, listed) == 0
          || (strlen (listed) == primary && g_ascii_strncasecmp (code, listed, primary) == 0))
        return TRUE;
    }
  return FALSE;
}

gboolean
lector_language_codes_check (const char *key, const char *const *codes, GError **error)
{
  g_return_val_if_fail (key != NULL, FALSE);
  for (gsize i = 0; codes != NULL && codes[i] != NULL; i++)
    for (const char *c = codes[i]; *c != '\0'; c++)
      if (!g_ascii_isalnum (*c) && *c != '-' && *c != '_')
        {
          g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_CONFIG,
                       "%s: '%s' is not a language code (separate the codes with ';', as in "
                       "'en; de')",
                       key, codes[i]);
          return FALSE;
        }
  return TRUE;
}

LectorLayer *
lector_document_get_layer (const LectorDocument *doc, const char *name)
{
  g_return_val_if_fail (doc != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);
  return g_hash_table_lookup (doc->layers, name);
}

LectorLayer *
lector_document_require_layer (const LectorDocument *doc, const char *name, GError **error)
{
  g_return_val_if_fail (doc != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  LectorLayer *layer = g_hash_table_lookup (doc->layers, name);
  if (layer == NULL)
    g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_LAYER,
                 "document '%s' has no layer '%s'; add a stage that provides it earlier in the "
                 "pipeline",
                 doc->id, name);
  return layer;
}

void
lector_document_bind_stage (LectorDocument *doc, const LectorStageBinding *binding)
{
  doc->binding = binding;
}

LectorLayer *
lector_document_add_layer (LectorDocument *doc, const char *name, GError **error)
{
  g_return_val_if_fail (doc != NULL, NULL);
  g_return_val_if_fail (name != NULL && *name != '\0', NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  const char *producer = "";
  const char *final_name = name;
  if (doc->binding != NULL)
    {
      producer = doc->binding->stage_name;
      if (doc->binding->renames != NULL)
        {
          const char *renamed = g_hash_table_lookup (doc->binding->renames, name);
          if (renamed != NULL)
            final_name = renamed;
        }
    }

  LectorLayer *existing = g_hash_table_lookup (doc->layers, final_name);
  if (existing != NULL)
    {
      if (*existing->producer != '\0')
        g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_LAYER,
                     "layer '%s' already exists, produced by stage '%s'; give this stage another "
                     "output name (output.%s = NEW_NAME)",
                     final_name, existing->producer, name);
      else
        g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_LAYER, "layer '%s' already exists",
                     final_name);
      return NULL;
    }

  LectorLayer *layer = g_new0 (LectorLayer, 1);
  layer->name = g_strdup (final_name);
  layer->producer = g_strdup (producer);
  layer->doc = doc;
  layer->spans = g_array_new (FALSE, FALSE, sizeof (LectorSpan));
  layer->labels = g_ptr_array_new ();
  g_hash_table_insert (doc->layers, layer->name, layer);
  g_ptr_array_add (doc->layer_order, layer);
  return layer;
}

GPtrArray *
lector_document_get_layer_names (const LectorDocument *doc)
{
  g_return_val_if_fail (doc != NULL, NULL);

  GPtrArray *names = g_ptr_array_sized_new (doc->layer_order->len);
  for (guint i = 0; i < doc->layer_order->len; i++)
    g_ptr_array_add (names, ((LectorLayer *) doc->layer_order->pdata[i])->name);
  return names;
}

const char *
lector_layer_get_name (const LectorLayer *layer)
{
  g_return_val_if_fail (layer != NULL, NULL);
  return layer->name;
}

const char *
lector_layer_get_producer (const LectorLayer *layer)
{
  g_return_val_if_fail (layer != NULL, NULL);
  return layer->producer;
}

gsize
lector_layer_get_size (const LectorLayer *layer)
{
  g_return_val_if_fail (layer != NULL, 0);
  return layer->spans->len;
}

static inline gboolean
is_char_boundary (const LectorDocument *doc, gsize offset)
{
  return offset == doc->length || ((guchar) doc->text[offset] & 0xC0) != 0x80;
}

static inline int
span_compare (LectorSpan a, LectorSpan b)
{
  if (a.start != b.start)
    return a.start < b.start ? -1 : 1;
  if (a.end != b.end)
    return a.end < b.end ? -1 : 1;
  return 0;
}

/* Index after the last annotation that sorts <= @span, so equal spans keep insertion order. */
static gsize
insertion_point (const LectorLayer *layer, LectorSpan span)
{
  const LectorSpan *spans = (const LectorSpan *) layer->spans->data;
  gsize lo = 0, hi = layer->spans->len;

  if (hi == 0 || span_compare (spans[hi - 1], span) <= 0)
    return hi;
  while (lo < hi)
    {
      gsize mid = lo + (hi - lo) / 2;
      if (span_compare (spans[mid], span) <= 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* The interned copy of @label.  A label that is one of the layer's recent interned strings
 * is taken as it is (an interned string never changes); one passed recently through the
 * same pointer is compared by content, since a caller may reuse one buffer for several
 * labels; anything else goes through g_intern_string(). */
static inline guint
direct_slot (const char *label)
{
  return (guint) (((guint64) (guintptr) label * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)) >> 60);
}

static inline const char *
intern_label (LectorLayer *layer, const char *label)
{
  if (label == NULL)
    return NULL;
  if (layer->direct[direct_slot (label)] == label)
    return label;
  for (guint i = 0; i < layer->n_recent; i++)
    if (layer->recent[i].interned == label)
      {
        layer->direct[direct_slot (label)] = label;
        return label;
      }
  for (guint i = 0; i < layer->n_recent; i++)
    if (layer->recent[i].given == label && strcmp (label, layer->recent[i].interned) == 0)
      return layer->recent[i].interned;
  const char *interned = g_intern_string (label);
  if (interned == label)
    layer->direct[direct_slot (label)] = label;
  guint slot = layer->n_recent < G_N_ELEMENTS (layer->recent)
                   ? layer->n_recent++
                   : layer->next_recent++ % G_N_ELEMENTS (layer->recent);
  layer->recent[slot].given = label;
  layer->recent[slot].interned = interned;
  return interned;
}

gssize
lector_layer_add (LectorLayer *layer, LectorSpan span, const char *label, double score,
                  json_t *features, GError **error)
{
  if (G_UNLIKELY (layer == NULL || (features != NULL && !json_is_object (features))))
    {
      /* @features is (transfer full) on every return, a failed precondition's too: it is
       * released once the check has been reported. */
      g_autoptr (json_t) dropped = features;
      g_return_val_if_fail (layer != NULL, -1);
      g_return_val_if_fail (features == NULL || json_is_object (features), -1);
      return -1;
    }

  const LectorDocument *doc = layer->doc;
  if (span.start > span.end || span.end > doc->length || !is_char_boundary (doc, span.start)
      || !is_char_boundary (doc, span.end))
    {
      g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_LAYER,
                   "layer '%s': span [%" G_GSIZE_FORMAT ", %" G_GSIZE_FORMAT
                   ") is not a range of whole characters within the %" G_GSIZE_FORMAT
                   "-byte text of document '%s'",
                   layer->name, span.start, span.end, doc->length, doc->id);
      json_decref (features);
      return -1;
    }
  /* JSON has no infinity: such a score could be neither written nor read back.  NAN is
   * the way to say "no score". */
  if (isinf (score))
    {
      g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_LAYER,
                   "layer '%s': the score of span [%" G_GSIZE_FORMAT ", %" G_GSIZE_FORMAT
                   ") of document '%s' is %s; a score must be finite (NAN for none)",
                   layer->name, span.start, span.end, doc->id, score > 0 ? "inf" : "-inf");
      json_decref (features);
      return -1;
    }

  gsize index = insertion_point (layer, span);
  gsize size = layer->spans->len;

  if (!isnan (score) && layer->scores == NULL)
    {
      layer->scores = g_array_sized_new (FALSE, FALSE, sizeof (double), size + 1);
      for (gsize i = 0; i < size; i++)
        {
          double none = NAN;
          g_array_append_val (layer->scores, none);
        }
    }
  if (features != NULL && layer->features == NULL)
    {
      layer->features = g_ptr_array_new_full (size + 1, (GDestroyNotify) json_decref);
      for (gsize i = 0; i < size; i++)
        g_ptr_array_add (layer->features, NULL);
    }

  /* Appending, the usual case, avoids the general insertion's bookkeeping. */
  gboolean append = index == size;
  if (append)
    g_array_append_val (layer->spans, span);
  else
    g_array_insert_val (layer->spans, index, span);
  const char *interned = intern_label (layer, label);
  if (append)
    g_ptr_array_add (layer->labels, (gpointer) interned);
  else
    g_ptr_array_insert (layer->labels, (gint) index, (gpointer) interned);
  if (layer->scores != NULL)
    g_array_insert_val (layer->scores, index, score);
  if (layer->features != NULL)
    g_ptr_array_insert (layer->features, (gint) index, features);
  return (gssize) index;
}

gboolean
lector_layer_append (LectorLayer *layer, const LectorSpan *spans, const char *const *labels,
                     gsize n, GError **error)
{
  g_return_val_if_fail (layer != NULL, FALSE);
  g_return_val_if_fail (spans != NULL || n == 0, FALSE);
  if (n == 0)
    return TRUE; /* and no arithmetic on the arrays, which may not exist yet */

  const LectorDocument *doc = layer->doc;
  /* The text ends with a NUL, never a continuation byte: an offset equal to the length
   * needs no test of its own. */
  const guchar *text = (const guchar *) doc->text;
  gsize size = layer->spans->len;
  LectorSpan previous = size > 0 ? g_array_index (layer->spans, LectorSpan, size - 1)
                                 : (LectorSpan){ 0, 0 };
  /* Checked and copied in one pass (the array is not cleared when it grows); a bad span
   * takes the layer back to its size before the call. */
  g_array_set_size (layer->spans, (guint) (size + n));
  LectorSpan *out_spans = (LectorSpan *) (void *) layer->spans->data + size;
  for (gsize i = 0; i < n; i++)
    {
      LectorSpan span = spans[i];
      if (G_UNLIKELY (span.start > span.end || span.end > doc->length
                      || (text[span.start] & 0xC0) == 0x80 || (text[span.end] & 0xC0) == 0x80))
        {
          g_array_set_size (layer->spans, (guint) size);
          g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_LAYER,
                       "layer '%s': span [%" G_GSIZE_FORMAT ", %" G_GSIZE_FORMAT
                       ") is not a range of whole characters within the %" G_GSIZE_FORMAT
                       "-byte text of document '%s'",
                       layer->name, span.start, span.end, doc->length, doc->id);
          return FALSE;
        }
      if (G_UNLIKELY (span.start < previous.start
                      || (span.start == previous.start && span.end < previous.end)))
        {
          g_array_set_size (layer->spans, (guint) size);
          g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_LAYER,
                       "layer '%s': lector_layer_append needs spans in order, but [%" G_GSIZE_FORMAT
                       ", %" G_GSIZE_FORMAT ") comes after [%" G_GSIZE_FORMAT ", %" G_GSIZE_FORMAT ")",
                       layer->name, span.start, span.end, previous.start, previous.end);
          return FALSE;
        }
      out_spans[i] = span;
      previous = span;
    }

  /* The parallel arrays are grown once and filled in place. */
  g_ptr_array_set_size (layer->labels, (gint) (size + n));
  const char **out = (const char **) layer->labels->pdata + size;
  if (labels != NULL)
    for (gsize i = 0; i < n; i++)
      out[i] = intern_label (layer, labels[i]);
  if (layer->scores != NULL)
    {
      g_array_set_size (layer->scores, (guint) (size + n));
      for (gsize i = 0; i < n; i++)
        g_array_index (layer->scores, double, size + i) = NAN;
    }
  if (layer->features != NULL)
    g_ptr_array_set_size (layer->features, (gint) (size + n));
  return TRUE;
}

LectorSpan
lector_layer_get_span (const LectorLayer *layer, gsize index)
{
  LectorSpan none = { 0, 0 };
  g_return_val_if_fail (layer != NULL, none);
  g_return_val_if_fail (index < layer->spans->len, none);
  return g_array_index (layer->spans, LectorSpan, index);
}

const LectorSpan *
lector_layer_get_spans (const LectorLayer *layer)
{
  g_return_val_if_fail (layer != NULL, NULL);
  return (const LectorSpan *) layer->spans->data;
}

const char *
lector_layer_get_label (const LectorLayer *layer, gsize index)
{
  g_return_val_if_fail (layer != NULL, NULL);
  g_return_val_if_fail (index < layer->spans->len, NULL);
  return layer->labels->pdata[index];
}

const char *const *
lector_layer_get_labels (const LectorLayer *layer)
{
  g_return_val_if_fail (layer != NULL, NULL);
  return (const char *const *) layer->labels->pdata;
}

const double *
lector_layer_get_scores (const LectorLayer *layer)
{
  g_return_val_if_fail (layer != NULL, NULL);
  return layer->scores != NULL ? (const double *) (const void *) layer->scores->data : NULL;
}

json_t *const *
lector_layer_get_all_features (const LectorLayer *layer)
{
  g_return_val_if_fail (layer != NULL, NULL);
  return layer->features != NULL ? (json_t *const *) layer->features->pdata : NULL;
}

double
lector_layer_get_score (const LectorLayer *layer, gsize index)
{
  g_return_val_if_fail (layer != NULL, NAN);
  g_return_val_if_fail (index < layer->spans->len, NAN);
  return layer->scores != NULL ? g_array_index (layer->scores, double, index) : NAN;
}

json_t *
lector_layer_get_features (const LectorLayer *layer, gsize index)
{
  g_return_val_if_fail (layer != NULL, NULL);
  g_return_val_if_fail (index < layer->spans->len, NULL);
  return layer->features != NULL ? layer->features->pdata[index] : NULL;
}

gsize
lector_layer_lower_bound (const LectorLayer *layer, gsize offset)
{
  g_return_val_if_fail (layer != NULL, 0);

  const LectorSpan *spans = (const LectorSpan *) layer->spans->data;
  gsize lo = 0, hi = layer->spans->len;
  while (lo < hi)
    {
      gsize mid = lo + (hi - lo) / 2;
      if (spans[mid].start < offset)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}
