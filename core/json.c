/* Documents to JSON, with offsets converted from bytes to the unit the reader wants. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "private.h"

/* Offsets are converted through a table of the unit count at every 64th byte, then a
 * short scan: O(1) per offset and 1/8 of the text size in memory. */
#define BLOCK 64

struct _LectorOffsetMap {
  const guchar *text;
  gsize length;
  LectorOffsetUnit unit;
  gboolean identity;   /* bytes, or an ASCII text: offsets need no conversion */
  gsize *block_counts; /* units before byte k * BLOCK */
  /* The last conversion: spans come in order, so the next offset is usually just after
   * it and is counted from there. */
  gsize cursor_byte;
  gsize cursor_units;
};

static inline gsize
units_of_byte (guchar byte, LectorOffsetUnit unit)
{
  if ((byte & 0xC0) == 0x80)
    return 0; /* continuation byte */
  if (unit == LECTOR_OFFSETS_UTF16 && byte >= 0xF0)
    return 2; /* outside the BMP: a surrogate pair */
  return 1;
}

/* The units of the @n bytes at @p, eight bytes at a time: a byte counts unless it is a
 * continuation byte (10xxxxxx), and a lead byte of four (11110xxx) counts twice in UTF-16. */
static inline gsize
count_units (const guchar *p, gsize n, LectorOffsetUnit unit)
{
  const guint64 highs = 0x8080808080808080u, ones = 0x0101010101010101u;
  gsize count = 0;
  for (; n >= 8; p += 8, n -= 8)
    {
      guint64 word;
      memcpy (&word, p, 8);
      guint64 not_counted = word & ~(word << 1) & highs;
      guint64 twice = unit == LECTOR_OFFSETS_UTF16 ? word & (word << 1) & (word << 2) & (word << 3) & highs
                                                   : 0;
      /* The sum of the bytes of (0 or 1 per byte), in the top byte of the product. */
      count += 8 - (gsize) (((not_counted >> 7) * ones) >> 56) + (gsize) (((twice >> 7) * ones) >> 56);
    }
  for (; n > 0; p++, n--)
    count += units_of_byte (*p, unit);
  return count;
}

LectorOffsetMap *
lector_offset_map_new (const LectorDocument *doc, LectorOffsetUnit unit)
{
  g_return_val_if_fail (doc != NULL, NULL);

  LectorOffsetMap *map = g_new0 (LectorOffsetMap, 1);
  map->text = (const guchar *) lector_document_get_text (doc, &map->length);
  map->unit = unit;
  map->block_counts = NULL;
  map->identity = unit == LECTOR_OFFSETS_BYTE;
  if (map->identity)
    return map;

  gsize n_blocks = map->length / BLOCK + 1;
  map->block_counts = g_new (gsize, n_blocks);
  gsize count = 0;
  for (gsize b = 0; b < n_blocks; b++)
    {
      map->block_counts[b] = count;
      gsize end = MIN ((b + 1) * BLOCK, map->length);
      if (end > b * BLOCK)
        count += count_units (map->text + b * BLOCK, end - b * BLOCK, unit);
    }
  map->identity = count == map->length;
  return map;
}

void
lector_offset_map_free (LectorOffsetMap *map)
{
  if (map == NULL)
    return;
  g_free (map->block_counts);
  g_free (map);
}

gsize
lector_offset_map_convert (LectorOffsetMap *map, gsize offset)
{
  g_return_val_if_fail (map != NULL, offset);
  /* Before the shortcut, so that an offset past the text (an offset feature may be any
   * integer) is clamped in every unit, as documented. */
  offset = MIN (offset, map->length);
  if (map->identity)
    return offset;

  gsize from, count;
  if (offset >= map->cursor_byte && offset - map->cursor_byte < BLOCK)
    {
      from = map->cursor_byte;
      count = map->cursor_units;
    }
  else
    {
      from = offset / BLOCK * BLOCK;
      count = map->block_counts[offset / BLOCK];
    }
  count += count_units (map->text + from, offset - from, map->unit);
  map->cursor_byte = offset;
  map->cursor_units = count;
  return count;
}

gboolean
lector_offset_unit_from_string (const char *name, LectorOffsetUnit *unit)
{
  g_return_val_if_fail (name != NULL && unit != NULL, FALSE);

  if (strcmp (name, "codepoint") == 0)
    *unit = LECTOR_OFFSETS_CODEPOINT;
  else if (strcmp (name, "byte") == 0)
    *unit = LECTOR_OFFSETS_BYTE;
  else if (strcmp (name, "utf16") == 0)
    *unit = LECTOR_OFFSETS_UTF16;
  else
    return FALSE;
  return TRUE;
}

gboolean
lector_json_is_reserved_feature (const char *key)
{
  g_return_val_if_fail (key != NULL, FALSE);
  /* Asked for every feature of every annotation written: most keys differ at once. */
  switch (key[0])
    {
    case 's':
      return strcmp (key, "start") == 0 || strcmp (key, "score") == 0;
    case 'e':
      return strcmp (key, "end") == 0;
    case 'l':
      return strcmp (key, "label") == 0;
    default:
      return FALSE;
    }
}

gboolean
lector_json_is_offset_feature (const char *key, json_t *value)
{
  g_return_val_if_fail (key != NULL, FALSE);
  return json_is_integer (value) && json_integer_value (value) >= 0
         && (g_str_has_suffix (key, "_start") || g_str_has_suffix (key, "_end"));
}

static json_t *
layer_to_json (const LectorLayer *layer, LectorOffsetMap *map)
{
  gsize size = lector_layer_get_size (layer);
  const LectorSpan *spans = lector_layer_get_spans (layer);
  json_t *array = json_array ();

  for (gsize i = 0; i < size; i++)
    {
      json_t *item = json_object ();
      json_object_set_new (item, "start", json_integer ((json_int_t) lector_offset_map_convert (map, spans[i].start)));
      json_object_set_new (item, "end", json_integer ((json_int_t) lector_offset_map_convert (map, spans[i].end)));
      const char *label = lector_layer_get_label (layer, i);
      if (label != NULL)
        json_object_set_new (item, "label", json_string (label));
      double score = lector_layer_get_score (layer, i);
      /* As the fast writer does: no score for NAN, nor for what JSON cannot say. */
      if (isfinite (score))
        json_object_set_new (item, "score", json_real (score));

      json_t *features = lector_layer_get_features (layer, i);
      const char *key;
      json_t *value;
      json_object_foreach (features, key, value)
      {
        if (lector_json_is_reserved_feature (key))
          continue;
        if (lector_json_is_offset_feature (key, value))
          json_object_set_new (item, key,
                               json_integer ((json_int_t) lector_offset_map_convert (
                                   map, (gsize) json_integer_value (value))));
        else
          json_object_set (item, key, value);
      }
      json_array_append_new (array, item);
    }
  return array;
}

json_t *
lector_document_to_json (const LectorDocument *doc, LectorOffsetUnit unit)
{
  g_return_val_if_fail (doc != NULL, NULL);

  g_autoptr (LectorOffsetMap) map = lector_offset_map_new (doc, unit);

  gsize length = 0;
  const char *text = lector_document_get_text (doc, &length);
  json_t *root = json_object ();
  json_object_set_new (root, "id", json_string (lector_document_get_id (doc)));
  json_object_set_new (root, "text", json_stringn (text, length));
  json_object_set (root, "meta", lector_document_get_meta ((LectorDocument *) doc));

  json_t *layers = json_object ();
  g_autoptr (GPtrArray) names = lector_document_get_layer_names (doc);
  for (guint i = 0; i < names->len; i++)
    json_object_set_new (layers, names->pdata[i],
                         layer_to_json (lector_document_get_layer (doc, names->pdata[i]), map));
  json_object_set_new (root, "layers", layers);
  return root;
}
