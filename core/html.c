/* Rendering one output record as HTML.
 *
 * The record is the JSON of doc/output-format.md, parsed: `lector run --format html` formats
 * each document's record and hands it here, and `lector render` reads saved records, so both
 * give the same page.  Offsets are converted once to bytes of the UTF-8 text.
 *
 * The text is cut into blocks (paragraphs; lines where no paragraph covers the text).  Inside
 * a block, summary sentences, quotes, speakers, cues and entity mentions are inline elements
 * that may overlap each other in any way: the markup is built from the sorted open and close
 * events with a stack, and an element that crosses the end of another is closed there and
 * reopened after it (its parts share its class; only the first carries its id), so the HTML
 * always nests.  Everything taken from the record is escaped. */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "html.h"

/* Entity mentions, the innermost elements; summary sentences the outermost. */
typedef enum
{
  KIND_SUMMARY,
  KIND_QUOTE,
  KIND_SPEAKER,
  KIND_CUE,
  KIND_ENTITY,
} Kind;

/* An element of the text, in bytes; first_start and last_end are where its first and last
 * rendered parts begin and end (the id goes on the first, a quote's speaker after the last). */
typedef struct
{
  gsize start, end;
  Kind kind;
  guint item; /* index into the layer's item array (quotes, entities' mentions, summary) */
  guint seq;  /* order of creation: ties keep it */
  gsize first_start, last_end;
  gboolean seen;
} Span;

/* A part of a span inside one block. */
typedef struct
{
  guint block;
  gsize start, end;
  Span *span;
} Piece;

typedef struct
{
  gsize start, end;
  const char *lang;      /* (nullable) the paragraph's language code, when it differs */
  const char *lang_name; /* (nullable) */
  double lang_score;
} Block;

typedef struct
{
  char *id;     /* the entity id of the record, or a key made of label and text */
  char *anchor; /* the id attribute of its row */
  const char *label;
  char *name;
  guint mentions;
  guint quotes;
  guint order; /* of first appearance */
} Entity;

typedef struct
{
  guint number; /* from 1, in layer order */
  const char *type;
  const char *speaker;
  const char *cue;
  Entity *entity;
  gsize start, end;
} Quote;

typedef struct
{
  guint number; /* from 1 */
  json_int_t rank;
} Sentence;

typedef struct
{
  const char *prefix;
  json_t *record;
  const char *text;
  gsize length;
  LectorOffsetUnit unit;
  gsize n_units;
  gsize *to_byte; /* unit offset -> byte offset, G_MAXSIZE inside a character; NULL for bytes */

  json_t *meta;
  json_t *layers;
  const char *doc_lang; /* (nullable) the document's language code */

  GArray *blocks;      /* Block */
  GPtrArray *spans;    /* Span*, owned */
  GPtrArray *entities; /* Entity*, owned, in order of first appearance */
  GHashTable *entity_by_id;
  GArray *quotes;    /* Quote */
  GArray *sentences; /* Sentence: the summary layer */
  GArray *mentions;  /* Entity* of each annotation of the entities layer */
  GString *out;
} Render;

/* --- escaping ------------------------------------------------------------------------------- */

void
html_append_escaped (GString *out, const char *text, gssize length)
{
  gsize n = length < 0 ? strlen (text) : (gsize)length;
  gsize run = 0;
  for (gsize i = 0; i < n; i++)
    {
      guchar c = (guchar)text[i];
      const char *entity;
      char picture[4];
      switch (c)
        {
        case '&':
          entity = "&amp;";
          break;
        case '<':
          entity = "&lt;";
          break;
        case '>':
          entity = "&gt;";
          break;
        case '"':
          entity = "&quot;";
          break;
        case '\'':
          entity = "&#39;";
          break;
        case '\t':
        case '\n':
        case '\r':
          continue;
        default:
          if (c >= 0x20 && c != 0x7f)
            continue;
          /* A control character shows as its symbol (U+2400 + c, U+2421 for DEL): HTML has
           * no way to write most of them, and they should not pass unseen. */
          {
            gunichar symbol = c == 0x7f ? 0x2421 : 0x2400 + c;
            int len = g_unichar_to_utf8 (symbol, picture);
            picture[len] = '\0';
            entity = picture;
          }
        }
      g_string_append_len (out, text + run, (gssize)(i - run));
      g_string_append (out, entity);
      run = i + 1;
    }
  g_string_append_len (out, text + run, (gssize)(n - run));
}

static void
append_escaped_json (GString *out, json_t *value)
{
  if (json_is_string (value))
    html_append_escaped (out, json_string_value (value), (gssize)json_string_length (value));
  else
    {
      char *dump = json_dumps (value, JSON_ENCODE_ANY | JSON_COMPACT);
      if (dump != NULL)
        html_append_escaped (out, dump, -1);
      free (dump);
    }
}

/* An id attribute (and URL fragment) made from any string: letters, digits, '-' and '.' stay;
 * every other byte becomes _XX, so the result needs no escaping anywhere. */
static void
append_anchor_part (GString *out, const char *name)
{
  static const char hex[] = "0123456789ABCDEF";
  for (const guchar *p = (const guchar *)name; *p != '\0'; p++)
    if (g_ascii_isalnum (*p) || *p == '-' || *p == '.')
      g_string_append_c (out, (char)*p);
    else
      {
        g_string_append_c (out, '_');
        g_string_append_c (out, hex[*p >> 4]);
        g_string_append_c (out, hex[*p & 0xF]);
      }
}

/* A language tag fit for the lang attribute ("en", "pt-BR"); "und" is no language. */
static gboolean
is_language_tag (const char *code)
{
  if (code == NULL || strcmp (code, "und") == 0)
    return FALSE;
  gsize letters = 0;
  for (const char *p = code; *p != '\0' && *p != '-'; p++, letters++)
    if (!g_ascii_isalpha (*p))
      return FALSE;
  if (letters < 2 || letters > 8)
    return FALSE;
  for (const char *p = code + letters; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '-')
      return FALSE;
  return TRUE;
}

/* --- offsets -------------------------------------------------------------------------------- */

static const char *
unit_name (LectorOffsetUnit unit)
{
  switch (unit)
    {
    case LECTOR_OFFSETS_BYTE:
      return "bytes";
    case LECTOR_OFFSETS_UTF16:
      return "UTF-16 code units";
    case LECTOR_OFFSETS_CODEPOINT:
    default:
      return "code points";
    }
}

static const char *
offsets_hint (LectorOffsetUnit unit)
{
  return unit == LECTOR_OFFSETS_CODEPOINT
             ? "; offsets are read as code points: if the output was written with --offsets byte "
               "or utf16, give lector render the same --offsets"
             : "; give lector render the --offsets the output was written with";
}

static void
offsets_init (Render *r)
{
  if (r->unit == LECTOR_OFFSETS_BYTE)
    {
      r->n_units = r->length;
      return;
    }
  gsize n = 0;
  for (const char *p = r->text; p < r->text + r->length; p = g_utf8_next_char (p))
    n += r->unit == LECTOR_OFFSETS_UTF16 && g_utf8_get_char (p) > 0xFFFF ? 2 : 1;
  r->n_units = n;
  r->to_byte = g_new (gsize, n + 1);
  gsize unit = 0;
  for (const char *p = r->text; p < r->text + r->length; p = g_utf8_next_char (p))
    {
      r->to_byte[unit++] = (gsize)(p - r->text);
      if (r->unit == LECTOR_OFFSETS_UTF16 && g_utf8_get_char (p) > 0xFFFF)
        r->to_byte[unit++] = G_MAXSIZE; /* between the two halves of a surrogate pair */
    }
  r->to_byte[n] = r->length;
}

static gboolean
offset_to_byte (const Render *r, json_t *value, gsize *byte)
{
  if (!json_is_integer (value))
    return FALSE;
  json_int_t offset = json_integer_value (value);
  if (offset < 0 || (guint64)offset > r->n_units)
    return FALSE;
  if (r->to_byte == NULL)
    {
      if ((gsize)offset < r->length && ((guchar)r->text[offset] & 0xC0) == 0x80)
        return FALSE;
      *byte = (gsize)offset;
      return TRUE;
    }
  *byte = r->to_byte[offset];
  return *byte != G_MAXSIZE;
}

/* The span of annotation @index of @layer, in bytes, checked against the text. */
static gboolean
read_span (const Render *r, const char *layer, gsize index, json_t *annotation, gsize *start,
           gsize *end, GError **error)
{
  json_t *s = json_object_get (annotation, "start"), *e = json_object_get (annotation, "end");
  if (!json_is_integer (s) || !json_is_integer (e))
    {
      g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_INPUT,
                   "layer '%s', annotation %" G_GSIZE_FORMAT ": no integer \"start\" and \"end\"",
                   layer, index);
      return FALSE;
    }
  if (!offset_to_byte (r, s, start) || !offset_to_byte (r, e, end) || *start > *end)
    {
      g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_INPUT,
                   "layer '%s', annotation %" G_GSIZE_FORMAT ": [%" JSON_INTEGER_FORMAT
                   ", %" JSON_INTEGER_FORMAT ") does not fit the text of %" G_GSIZE_FORMAT " %s%s",
                   layer, index, json_integer_value (s), json_integer_value (e), r->n_units,
                   unit_name (r->unit), offsets_hint (r->unit));
      return FALSE;
    }
  /* An entity mention's "text" feature says what its span reads: the check that tells code
   * points from bytes when both fit the text. */
  json_t *expected = strcmp (layer, "entities") == 0 ? json_object_get (annotation, "text") : NULL;
  if (json_is_string (expected)
      && (json_string_length (expected) != *end - *start
          || memcmp (json_string_value (expected), r->text + *start, *end - *start) != 0))
    {
      g_autofree char *actual = g_strndup (r->text + *start, *end - *start);
      g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_INPUT,
                   "layer '%s', annotation %" G_GSIZE_FORMAT ": [%" JSON_INTEGER_FORMAT
                   ", %" JSON_INTEGER_FORMAT ") reads '%s', but its \"text\" is '%s'%s",
                   layer, index, json_integer_value (s), json_integer_value (e), actual,
                   json_string_value (expected), offsets_hint (r->unit));
      return FALSE;
    }
  return TRUE;
}

/* An offset pair feature (cue_start/cue_end); FALSE when absent or null, an error when it
 * does not fit. */
static gboolean
read_feature_span (const Render *r, const char *layer, gsize index, json_t *annotation,
                   const char *name, gsize *start, gsize *end, GError **error)
{
  g_autofree char *start_key = g_strdup_printf ("%s_start", name);
  g_autofree char *end_key = g_strdup_printf ("%s_end", name);
  json_t *s = json_object_get (annotation, start_key), *e = json_object_get (annotation, end_key);
  if (!json_is_integer (s) || !json_is_integer (e))
    return FALSE;
  if (!offset_to_byte (r, s, start) || !offset_to_byte (r, e, end) || *start > *end)
    {
      g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_INPUT,
                   "layer '%s', annotation %" G_GSIZE_FORMAT ": %s [%" JSON_INTEGER_FORMAT
                   ", %" JSON_INTEGER_FORMAT ") does not fit the text of %" G_GSIZE_FORMAT " %s%s",
                   layer, index, name, json_integer_value (s), json_integer_value (e), r->n_units,
                   unit_name (r->unit), offsets_hint (r->unit));
      return FALSE;
    }
  return *start < *end;
}

/* --- gathering what to show ------------------------------------------------------------------ */

static json_t *
layer_array (const Render *r, const char *name)
{
  json_t *layer = json_object_get (r->layers, name);
  return json_is_array (layer) ? layer : NULL;
}

/* Every annotation of a layer, drawn or not, is an object whose span fits the text: one that
 * does not fit says the record is not what its layers were computed on (or was written with
 * other --offsets), so the record is refused rather than drawn in part. */
static gboolean
check_layer (const Render *r, json_t *layer, const char *name, GError **error)
{
  gsize i;
  json_t *annotation;
  json_array_foreach (layer, i, annotation)
  {
    gsize start, end;
    if (!json_is_object (annotation))
      {
        g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_INPUT,
                     "layer '%s', annotation %" G_GSIZE_FORMAT ": not an object", name, i);
        return FALSE;
      }
    if (!read_span (r, name, i, annotation, &start, &end, error))
      return FALSE;
  }
  return TRUE;
}

static Span *
add_span (Render *r, gsize start, gsize end, Kind kind, guint item)
{
  if (start >= end)
    return NULL;
  Span *span = g_new0 (Span, 1);
  span->start = start;
  span->end = end;
  span->kind = kind;
  span->item = item;
  span->seq = r->spans->len;
  g_ptr_array_add (r->spans, span);
  return span;
}

static gboolean
is_space_at (const char *p)
{
  return g_unichar_isspace (g_utf8_get_char (p));
}

/* Blocks for the non-blank lines of [start, end), trimmed. */
static void
add_line_blocks (Render *r, gsize start, gsize end)
{
  gsize line = start;
  while (line < end)
    {
      const char *nl = memchr (r->text + line, '\n', end - line);
      gsize stop = nl != NULL ? (gsize)(nl - r->text) : end;
      const char *s = r->text + line, *e = r->text + stop;
      while (s < e && is_space_at (s))
        s = g_utf8_next_char (s);
      while (e > s)
        {
          const char *prev = g_utf8_find_prev_char (s, e);
          if (prev == NULL || !is_space_at (prev))
            break;
          e = prev;
        }
      if (e > s)
        {
          Block block = { (gsize)(s - r->text), (gsize)(e - r->text), NULL, NULL, NAN };
          g_array_append_val (r->blocks, block);
        }
      line = stop + 1;
    }
}

/* Paragraphs, and the lines of any text outside them (all of it without a paragraphs layer). */
static gboolean
gather_blocks (Render *r, GError **error)
{
  json_t *paragraphs = layer_array (r, "paragraphs");
  gsize pos = 0, i;
  json_t *annotation;
  json_array_foreach (paragraphs, i, annotation)
  {
    gsize start, end;
    if (!read_span (r, "paragraphs", i, annotation, &start, &end, error))
      return FALSE;
    if (start < pos || start == end)
      continue; /* overlapping or empty: the paragraphs layer of segment has neither */
    add_line_blocks (r, pos, start);
    Block block = { start, end, NULL, NULL, NAN };
    g_array_append_val (r->blocks, block);
    pos = end;
  }
  add_line_blocks (r, pos, r->length);

  /* The language of each paragraph, shown where it is not the document's. */
  json_t *languages = layer_array (r, "languages");
  guint b = 0;
  json_array_foreach (languages, i, annotation)
  {
    gsize start, end;
    if (!read_span (r, "languages", i, annotation, &start, &end, error))
      return FALSE;
    while (b < r->blocks->len && g_array_index (r->blocks, Block, b).end <= start)
      b++;
    if (b == r->blocks->len)
      break;
    Block *block = &g_array_index (r->blocks, Block, b);
    const char *code = json_string_value (json_object_get (annotation, "label"));
    if (block->start >= end || block->lang != NULL || !is_language_tag (code)
        || (r->doc_lang != NULL && g_ascii_strcasecmp (code, r->doc_lang) == 0))
      continue;
    block->lang = code;
    block->lang_name = json_string_value (json_object_get (annotation, "name"));
    json_t *score = json_object_get (annotation, "score");
    block->lang_score = json_is_number (score) ? json_number_value (score) : NAN;
  }
  return TRUE;
}

static Entity *
entity_new (Render *r, const char *id, const char *label, const char *name)
{
  Entity *entity = g_new0 (Entity, 1);
  entity->id = g_strdup (id);
  entity->label = label;
  entity->name = g_strdup (name);
  entity->order = r->entities->len;
  GString *anchor = g_string_new (r->prefix);
  g_string_append_c (anchor, '-');
  append_anchor_part (anchor, id);
  entity->anchor = g_string_free (anchor, FALSE);
  g_ptr_array_add (r->entities, entity);
  g_hash_table_insert (r->entity_by_id, entity->id, entity);
  return entity;
}

static void
entity_free (Entity *entity)
{
  g_free (entity->id);
  g_free (entity->anchor);
  g_free (entity->name);
  g_free (entity);
}

/* meta.entities, then the mentions of the entities layer (grouped by their "entity" feature,
 * else by label and text when the record has no meta.entities). */
static gboolean
gather_entities (Render *r, GError **error)
{
  json_t *listed = json_object_get (r->meta, "entities");
  gsize i;
  json_t *value;
  json_array_foreach (listed, i, value)
  {
    const char *id = json_string_value (json_object_get (value, "id"));
    if (id == NULL || g_hash_table_contains (r->entity_by_id, id))
      continue;
    const char *name = json_string_value (json_object_get (value, "name"));
    Entity *entity = entity_new (r, id, json_string_value (json_object_get (value, "label")),
                                 name != NULL ? name : id);
    entity->mentions = (guint)json_array_size (json_object_get (value, "mentions"));
  }

  json_t *mentions = layer_array (r, "entities");
  if (mentions == NULL)
    return TRUE;
  /* The layer is the truth of what the page shows: count its mentions. */
  for (guint e = 0; e < r->entities->len; e++)
    ((Entity *)r->entities->pdata[e])->mentions = 0;
  json_array_foreach (mentions, i, value)
  {
    gsize start, end;
    if (!read_span (r, "entities", i, value, &start, &end, error))
      return FALSE;
    const char *label = json_string_value (json_object_get (value, "label"));
    const char *id = json_string_value (json_object_get (value, "entity"));
    g_autofree char *text = g_strndup (r->text + start, end - start);
    g_autofree char *key
        = id != NULL ? g_strdup (id) : g_strdup_printf ("%s:%s", label != NULL ? label : "", text);
    Entity *entity = g_hash_table_lookup (r->entity_by_id, key);
    if (entity == NULL)
      entity = entity_new (r, key, label, text);
    entity->mentions++;
    g_array_append_val (r->mentions, entity);
    add_span (r, start, end, KIND_ENTITY, (guint)i);
  }
  return TRUE;
}

/* The speaker and cue of a quote are marked once even when quotes share them. */
static void
add_unique_span (Render *r, GHashTable *seen, gsize start, gsize end, Kind kind, guint item)
{
  g_autofree char *key
      = g_strdup_printf ("%d:%" G_GSIZE_FORMAT ":%" G_GSIZE_FORMAT, (int)kind, start, end);
  if (g_hash_table_contains (seen, key))
    return;
  g_hash_table_add (seen, g_steal_pointer (&key));
  add_span (r, start, end, kind, item);
}

static gboolean
gather_quotes (Render *r, GError **error)
{
  json_t *quotes = layer_array (r, "quotes");
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gsize i;
  json_t *value;
  json_array_foreach (quotes, i, value)
  {
    Quote quote = { 0 };
    if (!read_span (r, "quotes", i, value, &quote.start, &quote.end, error))
      return FALSE;
    quote.number = (guint)i + 1;
    quote.type = json_string_value (json_object_get (value, "type"));
    quote.speaker = json_string_value (json_object_get (value, "speaker"));
    quote.cue = json_string_value (json_object_get (value, "cue"));
    const char *entity_id = json_string_value (json_object_get (value, "speaker_entity"));
    quote.entity = entity_id != NULL ? g_hash_table_lookup (r->entity_by_id, entity_id) : NULL;
    if (quote.entity != NULL)
      quote.entity->quotes++;
    g_array_append_val (r->quotes, quote);
    add_span (r, quote.start, quote.end, KIND_QUOTE, r->quotes->len - 1);

    gsize start, end;
    g_autoptr (GError) local = NULL;
    if (read_feature_span (r, "quotes", i, value, "speaker", &start, &end, &local))
      add_unique_span (r, seen, start, end, KIND_SPEAKER, r->quotes->len - 1);
    if (local == NULL && read_feature_span (r, "quotes", i, value, "cue", &start, &end, &local))
      add_unique_span (r, seen, start, end, KIND_CUE, r->quotes->len - 1);
    if (local != NULL)
      {
        g_propagate_error (error, g_steal_pointer (&local));
        return FALSE;
      }
  }
  return TRUE;
}

static gboolean
gather_summary (Render *r, GError **error)
{
  json_t *summary = layer_array (r, "summary");
  gsize i;
  json_t *value;
  json_array_foreach (summary, i, value)
  {
    gsize start, end;
    if (!read_span (r, "summary", i, value, &start, &end, error))
      return FALSE;
    json_t *rank = json_object_get (value, "rank");
    Sentence sentence = { (guint)i + 1, json_is_integer (rank) ? json_integer_value (rank) : 0 };
    g_array_append_val (r->sentences, sentence);
    add_span (r, start, end, KIND_SUMMARY, r->sentences->len - 1);
  }
  return TRUE;
}

/* --- the text ------------------------------------------------------------------------------- */

static int
compare_pieces (gconstpointer a, gconstpointer b)
{
  const Piece *x = a, *y = b;
  if (x->block != y->block)
    return x->block < y->block ? -1 : 1;
  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  if (x->end != y->end)
    return x->end > y->end ? -1 : 1; /* the longer one outside */
  if (x->span->kind != y->span->kind)
    return x->span->kind < y->span->kind ? -1 : 1;
  return x->span->seq < y->span->seq ? -1 : x->span->seq > y->span->seq;
}

/* Elements opened at one position: the one that ends last goes outside. */
static int
compare_opening (gconstpointer a, gconstpointer b)
{
  const Piece *x = *(Piece *const *)a, *y = *(Piece *const *)b;
  if (x->end != y->end)
    return x->end > y->end ? -1 : 1;
  if (x->span->kind != y->span->kind)
    return x->span->kind < y->span->kind ? -1 : 1;
  return x->span->seq < y->span->seq ? -1 : x->span->seq > y->span->seq;
}

/* Every span cut at block boundaries; spans outside any block (white space between
 * paragraphs) are not shown. */
static GArray *
cut_pieces (Render *r)
{
  GArray *pieces = g_array_new (FALSE, FALSE, sizeof (Piece));
  const Block *blocks = (const Block *)(void *)r->blocks->data;
  guint n = r->blocks->len;
  for (guint s = 0; s < r->spans->len; s++)
    {
      Span *span = r->spans->pdata[s];
      /* The first block that ends after the span starts. */
      guint lo = 0, hi = n;
      while (lo < hi)
        {
          guint mid = lo + (hi - lo) / 2;
          if (blocks[mid].end <= span->start)
            lo = mid + 1;
          else
            hi = mid;
        }
      for (guint b = lo; b < n && blocks[b].start < span->end; b++)
        {
          Piece piece
              = { b, MAX (span->start, blocks[b].start), MIN (span->end, blocks[b].end), span };
          if (piece.start >= piece.end)
            continue;
          if (!span->seen)
            span->first_start = piece.start;
          span->seen = TRUE;
          span->last_end = piece.end;
          g_array_append_val (pieces, piece);
        }
    }
  g_array_sort (pieces, compare_pieces);
  return pieces;
}

static const char *
label_class (const char *label)
{
  if (label == NULL)
    return "ent-other";
  if (strcmp (label, "PER") == 0)
    return "ent-per";
  if (strcmp (label, "ORG") == 0)
    return "ent-org";
  if (strcmp (label, "LOC") == 0)
    return "ent-loc";
  if (strcmp (label, "MISC") == 0)
    return "ent-misc";
  return "ent-other";
}

static const char *
label_description (const char *label)
{
  if (label == NULL)
    return "entity";
  if (strcmp (label, "PER") == 0)
    return "person";
  if (strcmp (label, "ORG") == 0)
    return "organization";
  if (strcmp (label, "LOC") == 0)
    return "place";
  if (strcmp (label, "MISC") == 0)
    return "other name";
  return label;
}

/* <mark class="ent ent-per" data-label="PER"> */
static void
append_entity_mark (GString *out, const char *label)
{
  g_string_append_printf (out, "<mark class=\"ent %s\"", label_class (label));
  if (label != NULL)
    {
      g_string_append (out, " data-label=\"");
      html_append_escaped (out, label, -1);
      g_string_append_c (out, '"');
    }
}

static const char *
speaker_name (const Quote *quote)
{
  return quote->entity != NULL ? quote->entity->name : quote->speaker;
}

static void
open_piece (Render *r, const Piece *piece)
{
  GString *out = r->out;
  const Span *span = piece->span;
  gboolean first = piece->start == span->first_start;
  switch (span->kind)
    {
    case KIND_SUMMARY:
      {
        const Sentence *sentence = &g_array_index (r->sentences, Sentence, span->item);
        g_string_append (out, "<span class=\"sum\"");
        if (first)
          {
            g_string_append_printf (out, " id=\"%s-s%u\"", r->prefix, sentence->number);
            if (sentence->rank > 0)
              g_string_append_printf (out, " data-rank=\"%" JSON_INTEGER_FORMAT "\"",
                                      sentence->rank);
          }
        g_string_append (out, " title=\"summary sentence");
        if (sentence->rank > 0)
          g_string_append_printf (out, ", chosen %s%" JSON_INTEGER_FORMAT,
                                  sentence->rank == 1 ? "first: rank " : "with rank ",
                                  sentence->rank);
        g_string_append (out, "\">");
        break;
      }
    case KIND_QUOTE:
      {
        const Quote *quote = &g_array_index (r->quotes, Quote, span->item);
        g_string_append (out, "<q class=\"quote");
        if (quote->type != NULL)
          {
            g_string_append_c (out, ' ');
            append_anchor_part (out, quote->type);
          }
        g_string_append_c (out, '"');
        if (first)
          g_string_append_printf (out, " id=\"%s-q%u\"", r->prefix, quote->number);
        if (quote->entity != NULL)
          {
            g_string_append (out, " data-speaker=\"");
            html_append_escaped (out, quote->entity->id, -1);
            g_string_append_c (out, '"');
          }
        g_string_append (out, " title=\"");
        if (quote->type != NULL)
          {
            html_append_escaped (out, quote->type, -1);
            g_string_append_c (out, ' ');
          }
        g_string_append (out, "quote");
        if (speaker_name (quote) != NULL)
          {
            g_string_append (out, " by ");
            html_append_escaped (out, speaker_name (quote), -1);
          }
        if (quote->cue != NULL)
          {
            g_string_append (out, " (cue: ");
            html_append_escaped (out, quote->cue, -1);
            g_string_append_c (out, ')');
          }
        g_string_append (out, "\">");
        break;
      }
    case KIND_SPEAKER:
      g_string_append (out, "<span class=\"spk\" title=\"speaker of a quote\">");
      break;
    case KIND_CUE:
      g_string_append (out, "<span class=\"cue\" title=\"cue of a quote\">");
      break;
    case KIND_ENTITY:
      {
        const Entity *entity = g_array_index (r->mentions, Entity *, span->item);
        append_entity_mark (out, entity->label);
        g_string_append (out, " data-entity=\"");
        html_append_escaped (out, entity->id, -1);
        g_string_append (out, "\" title=\"");
        html_append_escaped (out, entity->name, -1);
        g_string_append (out, " (");
        html_append_escaped (out, label_description (entity->label), -1);
        g_string_append (out, ")\">");
        break;
      }
    }
}

static void
close_piece (Render *r, const Piece *piece)
{
  g_string_append (r->out, piece->span->kind == KIND_QUOTE    ? "</q>"
                           : piece->span->kind == KIND_ENTITY ? "</mark>"
                                                              : "</span>");
}

/* The speaker beside a quote, linked to the entity when there is one. */
static void
append_speaker_badge (Render *r, const Quote *quote)
{
  GString *out = r->out;
  const char *name = speaker_name (quote);
  if (name == NULL)
    {
      g_string_append (out, "<span class=\"who none\" dir=\"ltr\" title=\"no speaker found\">"
                            "<span class=\"vh\">speaker: </span>?</span>");
      return;
    }
  /* dir keeps the badge out of the paragraph's dir="auto" guess; <bdi> isolates the name. */
  g_string_append (out, "<span class=\"who\" dir=\"ltr\"><span class=\"vh\">speaker: </span>");
  if (quote->entity != NULL)
    g_string_append_printf (out, "<a href=\"#%s\">", quote->entity->anchor);
  g_string_append (out, "<bdi>");
  html_append_escaped (out, name, -1);
  g_string_append (out, quote->entity != NULL ? "</bdi></a></span>" : "</bdi></span>");
}

static void
after_piece (Render *r, const Piece *piece)
{
  if (piece->span->kind == KIND_QUOTE && piece->end == piece->span->last_end)
    append_speaker_badge (r, &g_array_index (r->quotes, Quote, piece->span->item));
}

static void
render_block (Render *r, const Block *block, Piece *pieces, gsize n)
{
  GString *out = r->out;
  g_string_append (out, "<p dir=\"auto\"");
  if (block->lang != NULL)
    {
      g_string_append (out, " lang=\"");
      html_append_escaped (out, block->lang, -1);
      /* dir keeps the badge out of the paragraph's dir="auto" guess. */
      g_string_append (out, "\"><span class=\"plang\" lang=\"en\" dir=\"ltr\" "
                            "title=\"paragraph language");
      if (block->lang_name != NULL)
        {
          g_string_append (out, ": ");
          html_append_escaped (out, block->lang_name, -1);
        }
      if (!isnan (block->lang_score))
        g_string_append_printf (out, ", score %.2f", block->lang_score);
      g_string_append (out, "\">");
      html_append_escaped (out, block->lang, -1);
      g_string_append (out, "</span");
    }
  g_string_append_c (out, '>');

  g_autofree Piece **stack = g_new (Piece *, n + 1);
  g_autofree Piece **opening = g_new (Piece *, n + 1);
  gsize depth = 0, next_open = 0, pos = block->start;
  for (;;)
    {
      gsize next = block->end;
      if (next_open < n)
        next = MIN (next, pieces[next_open].start);
      for (gsize d = 0; d < depth; d++)
        next = MIN (next, stack[d]->end);
      html_append_escaped (out, r->text + pos, (gssize)(next - pos));
      pos = next;

      /* Close what ends here, and everything opened inside it; what goes on is reopened. */
      gsize lowest = depth, n_opening = 0;
      for (gsize d = 0; d < depth && lowest == depth; d++)
        if (stack[d]->end == pos)
          lowest = d;
      for (gsize d = depth; d > lowest; d--)
        {
          Piece *piece = stack[d - 1];
          close_piece (r, piece);
          if (piece->end == pos)
            after_piece (r, piece);
          else
            {
              /* The rest of the element is a new part that starts here. */
              piece->start = pos;
              opening[n_opening++] = piece;
            }
        }
      depth = MIN (depth, lowest);
      while (next_open < n && pieces[next_open].start == pos)
        opening[n_opening++] = &pieces[next_open++];
      qsort (opening, n_opening, sizeof *opening, compare_opening);
      for (gsize i = 0; i < n_opening; i++)
        {
          open_piece (r, opening[i]);
          stack[depth++] = opening[i];
        }
      if (pos == block->end && depth == 0 && next_open == n)
        break;
    }
  g_string_append (out, "</p>\n");
}

static void
render_text (Render *r)
{
  g_autoptr (GArray) pieces = cut_pieces (r);
  Piece *all = (Piece *)(void *)pieces->data;
  gsize p = 0;
  for (guint b = 0; b < r->blocks->len; b++)
    {
      gsize first = p;
      while (p < pieces->len && all[p].block == b)
        p++;
      /* A text without pieces has no array behind them: NULL + 0 is undefined behaviour. */
      render_block (r, &g_array_index (r->blocks, Block, b), p > first ? all + first : NULL,
                    p - first);
    }
}

/* --- the rest of the article ------------------------------------------------------------------ */

static char *
language_text (json_t *lang)
{
  if (json_is_string (lang))
    return g_strdup (json_string_value (lang));
  const char *code = json_string_value (json_object_get (lang, "code"));
  const char *name = json_string_value (json_object_get (lang, "name"));
  if (code == NULL)
    return NULL;
  return name != NULL ? g_strdup_printf ("%s (%s)", name, code) : g_strdup (code);
}

static void append_fact (GString *out, gboolean *first, const char *format, ...)
    G_GNUC_PRINTF (3, 4);

static void
append_fact (GString *out, gboolean *first, const char *format, ...)
{
  va_list args;
  if (!*first)
    g_string_append (out, " · ");
  *first = FALSE;
  va_start (args, format);
  g_string_append_vprintf (out, format, args);
  va_end (args);
}

/* "1 quote", "2 quotes": the pages are in English only, so a count needs no more than this. */
static const char *
plural (guint64 n, const char *one, const char *many)
{
  return n == 1 ? one : many;
}

static guint
layer_size (const Render *r, const char *name)
{
  return (guint)json_array_size (layer_array (r, name));
}

static void
append_facts (Render *r)
{
  GString *out = r->out;
  gboolean first = TRUE;
  g_string_append (out, "<p class=\"facts\">");
  json_t *lang = json_object_get (r->meta, "lang");
  g_autofree char *language = language_text (lang);
  if (language != NULL)
    {
      append_fact (out, &first, "Language: <strong>");
      html_append_escaped (out, language, -1);
      g_string_append (out, "</strong>");
      json_t *score = json_object_get (lang, "score");
      if (json_is_number (score))
        g_string_append_printf (out, ", score %.2f", json_number_value (score));
      if (json_is_false (json_object_get (lang, "reliable")))
        g_string_append (out, ", not reliable");
    }
  glong characters = g_utf8_strlen (r->text, (gssize)r->length);
  append_fact (out, &first, "%ld %s", characters,
               plural ((guint64)characters, "character", "characters"));
  if (layer_array (r, "paragraphs") != NULL)
    {
      guint n = layer_size (r, "paragraphs");
      append_fact (out, &first, "%u %s", n, plural (n, "paragraph", "paragraphs"));
    }
  if (layer_array (r, "sentences") != NULL)
    {
      guint n = layer_size (r, "sentences");
      append_fact (out, &first, "%u %s", n, plural (n, "sentence", "sentences"));
    }
  if (layer_array (r, "entities") != NULL)
    {
      guint mentions = layer_size (r, "entities");
      append_fact (out, &first, "%u %s in %u %s", r->entities->len,
                   plural (r->entities->len, "entity", "entities"), mentions,
                   plural (mentions, "mention", "mentions"));
    }
  if (layer_array (r, "quotes") != NULL)
    append_fact (out, &first, "%u %s", r->quotes->len, plural (r->quotes->len, "quote", "quotes"));
  const char *skipped = json_string_value (json_object_get (r->meta, "entities_skipped"));
  if (skipped != NULL)
    {
      append_fact (out, &first, "entities skipped: ");
      html_append_escaped (out, skipped, -1);
    }
  g_string_append (out, "</p>\n");
}

/* The summary's sentences, as the summary stage wrote them in meta.summary.text, else as
 * the summary layer spans read. */
static void
append_summary (Render *r)
{
  GString *out = r->out;
  json_t *summary = json_object_get (r->meta, "summary");
  const char *text = json_string_value (json_object_get (summary, "text"));
  json_t *layer = layer_array (r, "summary");
  if ((text == NULL || *text == '\0') && json_array_size (layer) == 0)
    return;
  g_string_append_printf (out,
                          "<section class=\"summary\" aria-labelledby=\"%s-summary\">"
                          "<h2 id=\"%s-summary\">Summary</h2>\n<p dir=\"auto\"",
                          r->prefix, r->prefix);
  if (is_language_tag (r->doc_lang))
    g_string_append_printf (out, " lang=\"%s\"", r->doc_lang);
  g_string_append_c (out, '>');
  if (text != NULL && *text != '\0')
    {
      g_auto (GStrv) lines = g_strsplit (text, "\n", -1);
      for (char **line = lines; *line != NULL; line++)
        {
          if (line != lines)
            g_string_append_c (out, ' ');
          html_append_escaped (out, *line, -1);
        }
    }
  else
    for (guint i = 0, n = 0; i < r->spans->len; i++)
      {
        const Span *span = r->spans->pdata[i];
        if (span->kind != KIND_SUMMARY)
          continue;
        if (n++ > 0)
          g_string_append_c (out, ' ');
        g_autofree char *sentence = g_strndup (r->text + span->start, span->end - span->start);
        g_strdelimit (sentence, "\r\n", ' ');
        html_append_escaped (out, sentence, -1);
      }
  g_string_append (out, "</p>\n");
  json_t *sentences = json_object_get (summary, "sentences");
  json_t *words = json_object_get (summary, "words");
  if (json_is_integer (sentences) && json_is_integer (words))
    g_string_append_printf (
        out,
        "<p class=\"note\">%" JSON_INTEGER_FORMAT " %s, %" JSON_INTEGER_FORMAT
        " %s; highlighted in the text</p>\n",
        json_integer_value (sentences),
        plural ((guint64)json_integer_value (sentences), "sentence", "sentences"),
        json_integer_value (words), plural ((guint64)json_integer_value (words), "word", "words"));
  g_string_append (out, "</section>\n");
}

static int
label_order (const char *label)
{
  static const char *const known[] = { "PER", "ORG", "LOC", "MISC" };
  for (gsize i = 0; i < G_N_ELEMENTS (known); i++)
    if (label != NULL && strcmp (label, known[i]) == 0)
      return (int)i;
  return (int)G_N_ELEMENTS (known);
}

static int
compare_labels (gconstpointer a, gconstpointer b)
{
  const char *x = *(const char *const *)a, *y = *(const char *const *)b;
  int order = label_order (x) - label_order (y);
  return order != 0 ? order : g_strcmp0 (x, y);
}

static void
append_legend (Render *r)
{
  GString *out = r->out;
  g_autoptr (GPtrArray) labels = g_ptr_array_new ();
  for (guint i = 0; i < r->entities->len; i++)
    {
      const char *label = ((Entity *)r->entities->pdata[i])->label;
      gboolean known = FALSE;
      for (guint j = 0; j < labels->len && !known; j++)
        known = g_strcmp0 (labels->pdata[j], label) == 0;
      if (!known)
        g_ptr_array_add (labels, (gpointer)label);
    }
  g_ptr_array_sort (labels, compare_labels);
  gboolean quotes = r->quotes->len > 0, summary = r->sentences->len > 0;
  if (labels->len == 0 && !quotes && !summary)
    return;
  g_string_append_printf (out,
                          "<section class=\"legend\" aria-labelledby=\"%s-legend\">"
                          "<h2 id=\"%s-legend\">Legend</h2>\n<ul>\n",
                          r->prefix, r->prefix);
  for (guint i = 0; i < labels->len; i++)
    {
      g_string_append (out, "<li>");
      append_entity_mark (out, labels->pdata[i]);
      g_string_append_c (out, '>');
      html_append_escaped (out, label_description (labels->pdata[i]), -1);
      g_string_append (out, "</mark></li>\n");
    }
  if (quotes)
    g_string_append (out,
                     "<li><q class=\"quote direct\">quote</q><span class=\"who\">speaker</span>"
                     " <span class=\"spk\">speaker</span> <span class=\"cue\">cue</span></li>\n"
                     "<li><q class=\"quote indirect\">reported speech</q></li>\n");
  if (summary)
    g_string_append (out, "<li><span class=\"sum\" data-rank=\"1\">summary sentence</span>"
                          " (number: rank)</li>\n");
  g_string_append (out, "</ul></section>\n");
}

static int
compare_entities (gconstpointer a, gconstpointer b)
{
  const Entity *x = *(Entity *const *)a, *y = *(Entity *const *)b;
  if (x->mentions != y->mentions)
    return x->mentions > y->mentions ? -1 : 1;
  return x->order < y->order ? -1 : x->order > y->order;
}

static void
append_entity_table (Render *r)
{
  GString *out = r->out;
  if (r->entities->len == 0)
    return;
  gboolean quotes = layer_array (r, "quotes") != NULL;
  /* Not g_ptr_array_copy(): the copy would free the entities with it. */
  g_autoptr (GPtrArray) sorted = g_ptr_array_sized_new (r->entities->len);
  for (guint i = 0; i < r->entities->len; i++)
    g_ptr_array_add (sorted, r->entities->pdata[i]);
  g_ptr_array_sort (sorted, compare_entities);
  g_string_append_printf (
      out,
      "<section class=\"entities\" aria-labelledby=\"%s-entities\">"
      "<h2 id=\"%s-entities\">Entities</h2>\n<table>\n"
      "<thead><tr><th scope=\"col\">Entity</th><th scope=\"col\">Mentions</th>%s"
      "</tr></thead>\n<tbody>\n",
      r->prefix, r->prefix, quotes ? "<th scope=\"col\">Quotes</th>" : "");
  for (guint i = 0; i < sorted->len; i++)
    {
      const Entity *entity = sorted->pdata[i];
      g_string_append_printf (out, "<tr id=\"%s\"><th scope=\"row\">", entity->anchor);
      append_entity_mark (out, entity->label);
      g_string_append (out, " dir=\"auto\">");
      html_append_escaped (out, entity->name, -1);
      g_string_append_printf (out, "</mark></th><td>%u</td>", entity->mentions);
      if (quotes)
        g_string_append_printf (out, "<td%s>%u</td>", entity->quotes == 0 ? " class=\"zero\"" : "",
                                entity->quotes);
      g_string_append (out, "</tr>\n");
    }
  g_string_append (out, "</tbody></table></section>\n");
}

/* The first @max characters of [start, end), on one line. */
static void
append_excerpt (GString *out, const char *text, gsize start, gsize end, glong max)
{
  const char *from = text + start, *to = text + end;
  const char *cut = from;
  glong n = 0;
  while (cut < to && n < max)
    {
      cut = g_utf8_next_char (cut);
      n++;
    }
  g_autofree char *excerpt = g_strndup (from, (gsize)(cut - from));
  g_strdelimit (excerpt, "\r\n\t", ' ');
  html_append_escaped (out, excerpt, -1);
  if (cut < to)
    g_string_append (out, "…");
}

static void
append_quote_list (Render *r)
{
  GString *out = r->out;
  if (r->quotes->len == 0)
    return;
  g_string_append_printf (out,
                          "<section class=\"quotes\" aria-labelledby=\"%s-quotes\">"
                          "<h2 id=\"%s-quotes\">Quotes</h2>\n<ol>\n",
                          r->prefix, r->prefix);
  for (guint i = 0; i < r->quotes->len; i++)
    {
      const Quote *quote = &g_array_index (r->quotes, Quote, i);
      const char *name = speaker_name (quote);
      g_string_append (out, "<li>");
      if (quote->entity != NULL)
        g_string_append_printf (out, "<a class=\"who\" href=\"#%s\">", quote->entity->anchor);
      else
        g_string_append (out, "<span class=\"who\">");
      html_append_escaped (out, name != NULL ? name : "?", -1);
      g_string_append (out, quote->entity != NULL ? "</a>" : "</span>");
      if (quote->type != NULL)
        {
          g_string_append (out, " <span class=\"qtype\">");
          html_append_escaped (out, quote->type, -1);
          g_string_append (out, "</span>");
        }
      g_string_append_printf (out, " <a href=\"#%s-q%u\" dir=\"auto\">", r->prefix, quote->number);
      append_excerpt (out, r->text, quote->start, quote->end, 90);
      g_string_append (out, "</a></li>\n");
    }
  g_string_append (out, "</ol></section>\n");
}

/* What else the record holds: every layer with its size, and passed-through fields. */
static void
append_record_footer (Render *r)
{
  GString *out = r->out;
  g_string_append (out, "<footer class=\"record\"><p>");
  gboolean first = TRUE;
  const char *key;
  json_t *value;
  json_object_foreach (r->layers, key, value)
  {
    g_string_append (out, first ? "Layers: " : ", ");
    first = FALSE;
    html_append_escaped (out, key, -1);
    if (json_is_array (value))
      g_string_append_printf (out, " (%" G_GSIZE_FORMAT ")", json_array_size (value));
  }
  if (first)
    g_string_append (out, "No layers.");
  json_object_foreach (r->record, key, value)
  {
    if (strcmp (key, "id") == 0 || strcmp (key, "text") == 0 || strcmp (key, "meta") == 0
        || strcmp (key, "layers") == 0)
      continue;
    g_string_append (out, " · ");
    html_append_escaped (out, key, -1);
    g_string_append (out, ": ");
    if (json_is_string (value) || json_is_number (value) || json_is_boolean (value)
        || json_is_null (value))
      append_escaped_json (out, value);
    else
      g_string_append (out, json_is_array (value) ? "[…]" : "{…}");
  }
  g_string_append (out, "</p></footer>\n");
}

static char *
id_text (json_t *record)
{
  json_t *id = json_object_get (record, "id");
  if (json_is_string (id))
    return g_strdup (json_string_value (id));
  if (id == NULL)
    return g_strdup ("(no id)");
  char *dump = json_dumps (id, JSON_ENCODE_ANY | JSON_COMPACT);
  char *text = g_strdup (dump != NULL ? dump : "?");
  free (dump);
  return text;
}

static void
append_heading (GString *out, const char *prefix, const char *title)
{
  g_string_append_printf (out, "<header><h1 id=\"%s-title\"><bdi>", prefix);
  html_append_escaped (out, title, -1);
  g_string_append (out, "</bdi></h1>\n");
}

static char *
lead_text (Render *r)
{
  const char *summary
      = json_string_value (json_object_get (json_object_get (r->meta, "summary"), "text"));
  const char *from = summary != NULL && *summary != '\0' ? summary : r->text;
  const char *end = from == r->text ? r->text + r->length : from + strlen (from);
  const char *p = from;
  for (glong n = 0; p < end && n < 200; n++)
    p = g_utf8_next_char (p);
  g_autofree char *lead = g_strndup (from, (gsize)(p - from));
  g_strdelimit (lead, "\r\n\t", ' ');
  return g_strconcat (g_strstrip (lead), p < end ? "…" : "", NULL);
}

static void
render_clear (Render *r)
{
  g_free (r->to_byte);
  if (r->blocks != NULL)
    g_array_unref (r->blocks);
  if (r->spans != NULL)
    g_ptr_array_unref (r->spans);
  if (r->entity_by_id != NULL)
    g_hash_table_unref (r->entity_by_id);
  if (r->entities != NULL)
    g_ptr_array_unref (r->entities);
  if (r->quotes != NULL)
    g_array_unref (r->quotes);
  if (r->sentences != NULL)
    g_array_unref (r->sentences);
  if (r->mentions != NULL)
    g_array_unref (r->mentions);
  if (r->out != NULL)
    g_string_free (r->out, TRUE);
}

static HtmlArticle *
error_article (json_t *record, const char *prefix, json_t *stage, const char *message)
{
  HtmlArticle *article = g_new0 (HtmlArticle, 1);
  article->title = id_text (record);
  GString *out = g_string_new (NULL);
  g_string_append_printf (out,
                          "<article class=\"doc failed\" id=\"%s\" aria-labelledby=\"%s-title\">\n",
                          prefix, prefix);
  append_heading (out, prefix, article->title);
  g_string_append (out, "</header>\n<p class=\"error\" role=\"alert\"><strong>Failed</strong>");
  GString *error = g_string_new (NULL);
  if (json_is_string (stage))
    {
      g_string_append (out, " in stage <code>");
      html_append_escaped (out, json_string_value (stage), -1);
      g_string_append (out, "</code>");
      g_string_append_printf (error, "stage '%s': ", json_string_value (stage));
    }
  g_string_append (out, ": ");
  html_append_escaped (out, message, -1);
  g_string_append (error, message);
  g_string_append (out, "</p>\n</article>\n");
  article->html = g_string_free (out, FALSE);
  article->error = g_string_free (error, FALSE);
  return article;
}

HtmlArticle *
html_article_new_failure (json_t *record, const char *prefix, const char *message)
{
  g_autofree char *text = g_strdup_printf ("cannot render this record: %s", message);
  return error_article (json_is_object (record) ? record : NULL, prefix, NULL, text);
}

HtmlArticle *
html_article_new (json_t *record, LectorOffsetUnit unit, const char *prefix, GError **error)
{
  if (!json_is_object (record))
    {
      g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_INPUT, "not a JSON object");
      return NULL;
    }
  json_t *failure = json_object_get (record, "error");
  if (json_is_object (failure))
    {
      const char *message = json_string_value (json_object_get (failure, "message"));
      return error_article (record, prefix, json_object_get (failure, "stage"),
                            message != NULL ? message : "(no message)");
    }
  json_t *text = json_object_get (record, "text");
  json_t *layers = json_object_get (record, "layers");
  json_t *meta = json_object_get (record, "meta");
  if (!json_is_string (text))
    {
      g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_INPUT,
                   "a record must have a \"text\" string or an \"error\" object");
      return NULL;
    }
  if ((layers != NULL && !json_is_object (layers)) || (meta != NULL && !json_is_object (meta)))
    {
      g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_INPUT,
                   "\"layers\" and \"meta\" must be objects");
      return NULL;
    }

  Render r = { 0 };
  r.prefix = prefix;
  r.record = record;
  r.text = json_string_value (text);
  r.length = json_string_length (text);
  r.unit = unit;
  r.meta = meta;
  r.layers = layers;
  json_t *lang = json_object_get (meta, "lang");
  r.doc_lang = json_is_string (lang) ? json_string_value (lang)
                                     : json_string_value (json_object_get (lang, "code"));
  r.blocks = g_array_new (FALSE, FALSE, sizeof (Block));
  r.spans = g_ptr_array_new_with_free_func (g_free);
  r.entities = g_ptr_array_new_with_free_func ((GDestroyNotify)entity_free);
  r.entity_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  r.quotes = g_array_new (FALSE, FALSE, sizeof (Quote));
  r.sentences = g_array_new (FALSE, FALSE, sizeof (Sentence));
  r.mentions = g_array_new (FALSE, FALSE, sizeof (Entity *));
  offsets_init (&r);

  const char *key;
  json_t *value;
  gboolean ok = TRUE;
  json_object_foreach (layers, key, value)
  {
    if (!json_is_array (value))
      {
        g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_INPUT, "layer '%s' is not an array", key);
        ok = FALSE;
        break;
      }
    if (!check_layer (&r, value, key, error))
      {
        ok = FALSE;
        break;
      }
  }
  /* In this order: blocks use languages; quotes use entities. */
  ok = ok && gather_blocks (&r, error) && gather_summary (&r, error) && gather_entities (&r, error)
       && gather_quotes (&r, error);
  if (!ok)
    {
      render_clear (&r);
      return NULL;
    }

  HtmlArticle *article = g_new0 (HtmlArticle, 1);
  article->title = id_text (record);
  article->language = language_text (lang);
  article->n_entities = layer_array (&r, "entities") != NULL || json_object_get (meta, "entities")
                            ? (int)r.entities->len
                            : -1;
  article->n_quotes = layer_array (&r, "quotes") != NULL ? (int)r.quotes->len : -1;
  article->lead = lead_text (&r);

  r.out = g_string_sized_new (r.length * 3 + 4096);
  GString *out = r.out;
  g_string_append_printf (out, "<article class=\"doc\" id=\"%s\" aria-labelledby=\"%s-title\">\n",
                          prefix, prefix);
  append_heading (out, prefix, article->title);
  append_facts (&r);
  g_string_append (out, "</header>\n");
  append_summary (&r);
  g_string_append (out, "<div class=\"body\">\n<div class=\"text\"");
  if (is_language_tag (r.doc_lang))
    g_string_append_printf (out, " lang=\"%s\"", r.doc_lang);
  g_string_append (out, ">\n");
  render_text (&r);
  g_string_append (out,
                   "</div>\n<aside class=\"side\" aria-label=\"Legend, entities and quotes\">\n");
  append_legend (&r);
  append_entity_table (&r);
  append_quote_list (&r);
  g_string_append (out, "</aside>\n</div>\n");
  append_record_footer (&r);
  g_string_append (out, "</article>\n");

  article->html = g_string_free (g_steal_pointer (&r.out), FALSE);
  render_clear (&r);
  return article;
}

void
html_article_free (HtmlArticle *article)
{
  if (article == NULL)
    return;
  g_free (article->html);
  g_free (article->title);
  g_free (article->language);
  g_free (article->lead);
  g_free (article->error);
  g_free (article);
}

/* --- the page ------------------------------------------------------------------------------- */

/* Colours keep a contrast of at least 4.5:1 for their text (WCAG AA); entity types differ
 * in border style too, so they can be told apart without colour. */
static const char style_sheet[]
    = ":root{--ink:#1b1b1f;--muted:#4b5563;--line:#d1d5db;--paper:#fff;--accent:#0f766e;"
      "--per:#dbeafe;--per-ink:#1e3a8a;--org:#d1fae5;--org-ink:#065f46;--loc:#fce7f3;"
      "--loc-ink:#9d174d;--misc:#ede9fe;--misc-ink:#5b21b6;--other:#e5e7eb;--other-ink:#374151;"
      "--sum:#fef3c7;--sum-ink:#92400e}\n"
      "*{box-sizing:border-box}\n"
      "body{margin:0;background:var(--paper);color:var(--ink);"
      "font:16px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',"
      "'DejaVu Sans',sans-serif}\n"
      "main{max-width:76rem;margin:0 auto;padding:1rem 1.25rem 2rem}\n"
      "nav.pages{max-width:76rem;margin:0 auto;padding:.75rem 1.25rem 0}\n"
      "a{color:var(--accent)}\n"
      "h1{font-size:1.45rem;margin:.5rem 0 .25rem;overflow-wrap:anywhere}\n"
      "h2{font-size:.8rem;letter-spacing:.06em;text-transform:uppercase;color:var(--muted);"
      "margin:0 0 .4rem}\n"
      ".doc+.doc{border-top:3px double var(--line);margin-top:2rem;padding-top:1rem}\n"
      ".facts{color:var(--muted);margin:0 0 1rem;font-size:.9rem}\n"
      ".summary{border-left:4px solid #d97706;background:#fffbeb;padding:.6rem 1rem;"
      "margin:0 0 1.25rem}\n"
      ".summary p{margin:.2rem 0;font-size:1.05rem}\n"
      ".summary .note{font-size:.8rem;color:var(--muted)}\n"
      ".body{display:grid;grid-template-columns:minmax(0,46rem) minmax(15rem,21rem);gap:2.5rem;"
      "justify-content:space-between;align-items:start}\n"
      ".text{font-family:Georgia,'Noto Serif','DejaVu Serif',serif;font-size:1.06rem;"
      "line-height:1.9;max-width:46rem}\n"
      ".text p{margin:0 0 1em;white-space:pre-line;overflow-wrap:break-word}\n"
      ".side{font-size:.88rem;position:sticky;top:.5rem}\n"
      ".side section{margin:0 0 1.25rem}\n"
      ".side ul,.side ol{margin:0;padding-left:1.2rem}\n"
      ".legend ul{list-style:none;padding:0;line-height:2}\n"
      ".side table{border-collapse:collapse;width:100%}\n"
      ".side th,.side td{text-align:left;padding:.15rem .3rem;border-bottom:1px solid var(--line);"
      "font-weight:normal;vertical-align:top}\n"
      ".side thead th{font-weight:600;color:var(--muted);font-size:.78rem}\n"
      ".side td{text-align:right;font-variant-numeric:tabular-nums;width:3.5rem}\n"
      ".side td.zero{color:var(--muted)}\n"
      ".quotes li{margin:0 0 .45rem}\n"
      ".qtype{color:var(--muted);font-size:.78rem}\n"
      "mark.ent{color:inherit;background:var(--bg);border-radius:.3em;padding:.05em .25em;"
      "border-bottom:2px solid var(--fg);-webkit-box-decoration-break:clone;"
      "box-decoration-break:clone}\n"
      "mark.ent[data-label]::after{content:attr(data-label);font:600 .62rem/1 system-ui,sans-serif;"
      "color:var(--fg);margin-left:.3em;vertical-align:.15em;letter-spacing:.03em}\n"
      ".ent-per{--bg:var(--per);--fg:var(--per-ink)}\n"
      ".ent-org{--bg:var(--org);--fg:var(--org-ink);border-bottom-style:double!important;"
      "border-bottom-width:3px!important}\n"
      ".ent-loc{--bg:var(--loc);--fg:var(--loc-ink);border-bottom-style:dotted!important}\n"
      ".ent-misc{--bg:var(--misc);--fg:var(--misc-ink);border-bottom-style:dashed!important}\n"
      ".ent-other{--bg:var(--other);--fg:var(--other-ink)}\n"
      "q.quote{quotes:none;border-bottom:2px solid var(--accent);padding-bottom:1px}\n"
      "q.quote::before,q.quote::after{content:none}\n"
      "q.quote.indirect{border-bottom-style:dashed;font-style:italic}\n"
      ".who{display:inline-block;font:600 .7rem/1.3 system-ui,sans-serif;color:#fff;"
      "background:var(--accent);border-radius:1em;padding:.05em .55em;margin:0 .2em;"
      "vertical-align:.12em}\n"
      ".who a,a.who{color:#fff;text-decoration:none}\n"
      ".who.none{background:var(--muted)}\n"
      ".spk{font-weight:700}\n"
      ".cue{text-decoration:underline dotted var(--accent) 2px;text-underline-offset:.2em}\n"
      ".sum{background:var(--sum);box-shadow:0 0 0 .08em var(--sum);"
      "-webkit-box-decoration-break:clone;box-decoration-break:clone}\n"
      ".sum[data-rank]::before{content:attr(data-rank);font:700 .62rem/1 system-ui,sans-serif;"
      "color:#fff;background:var(--sum-ink);border-radius:1em;padding:.1em .4em;margin-right:.3em;"
      "vertical-align:.2em}\n"
      ".plang{font:600 .7rem/1 system-ui,sans-serif;color:var(--muted);"
      "border:1px solid var(--line);border-radius:.3em;padding:.1em .3em;"
      "margin-inline-end:.5em;vertical-align:.15em}\n"
      ".error{background:#fef2f2;border-left:4px solid #b91c1c;padding:.6rem 1rem;color:#7f1d1d}\n"
      "footer.record{color:var(--muted);font-size:.8rem;border-top:1px solid var(--line);"
      "margin-top:1rem}\n"
      "footer.page{max-width:76rem;margin:0 auto;padding:0 1.25rem 1.5rem;color:var(--muted);"
      "font-size:.8rem}\n"
      ".index table{border-collapse:collapse;width:100%}\n"
      ".index th,.index td{text-align:left;padding:.4rem .5rem;border-bottom:1px solid var(--line);"
      "vertical-align:top}\n"
      ".index td.n{text-align:right;font-variant-numeric:tabular-nums}\n"
      ":target{outline:3px solid #f59e0b;outline-offset:2px}\n"
      ".vh{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);"
      "white-space:nowrap}\n"
      "@media (max-width:54rem){.body{grid-template-columns:minmax(0,1fr)}.side{position:static}"
      "main{padding:.75rem}}\n"
      "@media print{body{font-size:11pt}main{max-width:none;padding:0}"
      ".body{display:block}.side{position:static;break-before:auto}"
      "a{color:inherit;text-decoration:none}nav.pages{display:none}"
      "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}"
      "tr,li,.text p{break-inside:avoid}}\n";

void
html_append_page_start (GString *out, const char *title, const char *nav)
{
  g_string_append (out,
                   "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                   "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                   "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                   "style-src 'unsafe-inline'\">\n"
                   "<meta name=\"generator\" content=\"lector " LECTOR_VERSION_STRING "\">\n"
                   "<title>");
  html_append_escaped (out, title, -1);
  g_string_append (out, " · Lector</title>\n<style>\n");
  g_string_append (out, style_sheet);
  g_string_append (out, "</style>\n</head>\n<body>\n");
  if (nav != NULL)
    g_string_append_printf (out, "<nav class=\"pages\">%s</nav>\n", nav);
  g_string_append (out, "<main>\n");
}

void
html_append_page_end (GString *out)
{
  g_string_append (out, "</main>\n<footer class=\"page\"><p>Made by Lector " LECTOR_VERSION_STRING
                        " from its JSON output.</p></footer>\n</body>\n</html>\n");
}
