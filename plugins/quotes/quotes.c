/* The quotes plugin: quotations (direct, indirect, mixed) and who said them.
 *
 * The work is done by the engine in quoter.c; this file maps the document's
 * `tokens`, `sentences`, `paragraphs` (when present) and `entities` layers and
 * meta.entities to a QInput, and the engine's quotes to the `quotes` layer.
 */
#include <math.h>
#include <stddef.h>
#include <string.h>

#include <lector/lector.h>

#include "quoter.h"

/* The engine reads the layers' span arrays in place. */
G_STATIC_ASSERT (sizeof (QRange) == sizeof (LectorSpan));
G_STATIC_ASSERT (offsetof (QRange, start) == offsetof (LectorSpan, start));
G_STATIC_ASSERT (offsetof (QRange, end) == offsetof (LectorSpan, end));

static const LectorParamSpec quotes_params[] = {
  {
      .key = "types",
      .type = LECTOR_PARAM_STRING_LIST,
      .default_value = "direct; indirect; mixed",
      .help = "the kinds of quotation to report: direct (in quotation marks), indirect "
              "(reported speech), mixed (reported speech with quoted fragments)",
  },
  {
      .key = "unattributed",
      .type = LECTOR_PARAM_BOOL,
      .default_value = "true",
      .help = "also report quotations whose speaker was not found (speaker null)",
  },
  { .key = NULL },
};

typedef struct
{
  QQuoter *quoter;
  guint types;
  gboolean unattributed;
} QuotesStage;

static void
quotes_free (gpointer data)
{
  QuotesStage *stage = data;

  if (!stage)
    return;
  q_quoter_free (stage->quoter);
  g_free (stage);
}

static gpointer
quotes_create (const LectorParams *params, GError **error)
{
  const char *const *types = lector_params_get_strv (params, "types");
  g_autofree QuotesStage *stage = g_new0 (QuotesStage, 1);

  for (gsize i = 0; types && types[i]; i++)
    {
      if (g_str_equal (types[i], "direct"))
        stage->types |= Q_QUOTE_DIRECT;
      else if (g_str_equal (types[i], "indirect"))
        stage->types |= Q_QUOTE_INDIRECT;
      else if (g_str_equal (types[i], "mixed"))
        stage->types |= Q_QUOTE_MIXED;
      else
        {
          g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_CONFIG,
                       "types: unknown quotation type '%s' (expected direct, indirect or "
                       "mixed)",
                       types[i]);
          return NULL;
        }
    }
  if (!stage->types)
    {
      g_set_error_literal (error, LECTOR_ERROR, LECTOR_ERROR_CONFIG,
                           "types: name at least one of direct, indirect, mixed");
      return NULL;
    }
  stage->unattributed = lector_params_get_bool (params, "unattributed");
  /* Built once here and only read afterwards, so one stage serves every worker
   * thread (LECTOR_THREADING_SHARED). */
  stage->quoter = q_quoter_new ();
  return g_steal_pointer (&stage);
}

static QLabel
label_from_string (const char *label)
{
  if (!label)
    return Q_LABEL_OTHER;
  if (g_str_equal (label, "PER"))
    return Q_LABEL_PER;
  if (g_str_equal (label, "ORG"))
    return Q_LABEL_ORG;
  if (g_str_equal (label, "LOC"))
    return Q_LABEL_LOC;
  if (g_str_equal (label, "MISC"))
    return Q_LABEL_MISC;
  return Q_LABEL_OTHER;
}

static guint8
token_kind (const char *label)
{
  if (!label)
    return Q_TOKEN_OTHER;
  switch (label[0])
    {
    case 'w':
      return Q_TOKEN_WORD;
    case 'n':
      return Q_TOKEN_NUMBER;
    case 'p':
      return Q_TOKEN_PUNCT;
    case 'q':
      return Q_TOKEN_QUOTE;
    case 's':
      return Q_TOKEN_SYMBOL;
    default:
      return Q_TOKEN_OTHER;
    }
}

/* Entity ids -> index + 1: open addressing over borrowed strings, sized once
 * for every id the document can hold (a GHashTable grew through several sizes
 * per document for a few dozen ids). */
typedef struct
{
  const char **keys;
  guint *values;
  guint32 mask;
} IdTable;

static void
id_table_init (IdTable *t, gsize max_ids)
{
  gsize cap = 16;

  while (cap < 2 * max_ids)
    cap <<= 1;
  t->keys = g_new0 (const char *, cap);
  t->values = g_new (guint, cap);
  t->mask = (guint32)(cap - 1);
}

static void
id_table_clear (IdTable *t)
{
  g_clear_pointer (&t->keys, g_free);
  g_clear_pointer (&t->values, g_free);
}

/* The slot of @id: where it is, or the empty slot where it goes. */
static guint32
id_table_slot (const IdTable *t, const char *id)
{
  guint32 h = 5381, i;

  for (const char *c = id; *c; c++)
    h = h * 33 + (guchar)*c;
  for (i = h & t->mask; t->keys[i] && strcmp (t->keys[i], id) != 0; i = (i + 1) & t->mask)
    ;
  return i;
}

static guint
id_table_lookup (const IdTable *t, const char *id)
{
  guint32 i = id_table_slot (t, id);

  return t->keys[i] ? t->values[i] : 0;
}

/* Like g_hash_table_insert(): an id given twice keeps its first key and takes
 * the later value. */
static void
id_table_insert (IdTable *t, const char *id, guint value)
{
  guint32 i = id_table_slot (t, id);

  if (!t->keys[i])
    t->keys[i] = id;
  t->values[i] = value;
}

/* The entities of meta.entities (or, without it, of the layer's "entity"
 * features) and the mentions of the `entities` layer. */
typedef struct
{
  GArray *entities; /* QEntity */
  QMention *mentions;
  gsize n_mentions;
  IdTable ids;      /* id -> index + 1 */
  GPtrArray *names; /* names made here, owned */
} Entities;

static void
entities_clear (Entities *e)
{
  g_clear_pointer (&e->entities, g_array_unref);
  g_clear_pointer (&e->mentions, g_free);
  id_table_clear (&e->ids);
  g_clear_pointer (&e->names, g_ptr_array_unref);
}

static gboolean
read_entities (LectorDocument *doc, Entities *e, GError **error)
{
  json_t *list = json_object_get (lector_document_get_meta (doc), "entities");
  LectorLayer *layer = lector_document_get_layer (doc, "entities");
  gsize n = layer ? lector_layer_get_size (layer) : 0;
  const LectorSpan *spans = layer ? lector_layer_get_spans (layer) : NULL;

  const char *const *labels = n > 0 ? lector_layer_get_labels (layer) : NULL;
  /* Labels are interned: the last label and its QLabel spare most compares. */
  const char *last_label = NULL;
  QLabel last = Q_LABEL_OTHER;

  e->entities = g_array_new (FALSE, FALSE, sizeof (QEntity));
  e->mentions = g_new (QMention, n + 1);
  e->n_mentions = 0;
  e->names = g_ptr_array_new_with_free_func (g_free);

  if (list && !json_is_array (list))
    {
      g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_INPUT,
                   "document '%s': meta.entities must be an array of {\"id\", \"label\", "
                   "\"name\"} objects",
                   lector_document_get_id (doc));
      return FALSE;
    }
  id_table_init (&e->ids, json_array_size (list) + n);
  for (gsize i = 0; list && i < json_array_size (list); i++)
    {
      json_t *item = json_array_get (list, i);
      const char *id = json_string_value (json_object_get (item, "id"));
      const char *name = json_string_value (json_object_get (item, "name"));
      QEntity ent;

      if (!json_is_object (item) || !id)
        {
          g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_INPUT,
                       "document '%s': meta.entities[%zu] has no \"id\" string",
                       lector_document_get_id (doc), i);
          return FALSE;
        }
      ent.id = id;
      ent.name = name;
      ent.label = label_from_string (json_string_value (json_object_get (item, "label")));
      g_array_append_val (e->entities, ent);
      id_table_insert (&e->ids, id, e->entities->len);
    }
  for (gsize i = 0; i < n; i++)
    {
      json_t *features = lector_layer_get_features (layer, i);
      const char *id = json_string_value (json_object_get (features, "entity"));
      QMention m;

      if (labels[i] != last_label || i == 0)
        {
          last_label = labels[i];
          last = label_from_string (last_label);
        }
      m = (QMention){ spans[i].start, spans[i].end, last, -1 };
      if (id)
        {
          guint idx = id_table_lookup (&e->ids, id);

          /* An id meta.entities does not list: an entity of its own, named by
           * its longest mention. */
          if (!idx)
            {
              const char *text = json_string_value (json_object_get (features, "text"));
              char *name = text ? g_strdup (text)
                                : g_strndup (lector_document_get_text (doc, NULL) + m.start,
                                             m.end - m.start);
              QEntity ent = { id, name, m.label };

              g_ptr_array_add (e->names, name);
              g_array_append_val (e->entities, ent);
              idx = e->entities->len;
              id_table_insert (&e->ids, id, idx);
            }
          else
            {
              QEntity *ent = &g_array_index (e->entities, QEntity, idx - 1);

              if (!ent->name)
                {
                  char *name
                      = g_strndup (lector_document_get_text (doc, NULL) + m.start, m.end - m.start);

                  g_ptr_array_add (e->names, name);
                  ent->name = name;
                }
            }
          m.entity = (int)idx - 1;
        }
      e->mentions[e->n_mentions++] = m;
    }
  return TRUE;
}

static json_t *
offset_or_null (gsize offset)
{
  return offset == Q_NO_OFFSET ? json_null () : json_integer ((json_int_t)offset);
}

static gboolean
quotes_process (gpointer data, LectorDocument *doc, GError **error)
{
  const QuotesStage *stage = data;
  LectorLayer *tokens, *sentences, *paragraphs, *out;
  Entities ents = { 0 };
  g_autoptr (GArray) quotes = NULL;
  g_autofree guint8 *kinds = NULL;
  QInput in = { 0 };
  gsize n;
  gboolean ok = FALSE;

  tokens = lector_document_require_layer (doc, "tokens", error);
  if (!tokens)
    return FALSE;
  sentences = lector_document_require_layer (doc, "sentences", error);
  if (!sentences)
    return FALSE;
  paragraphs = lector_document_get_layer (doc, "paragraphs");
  if (!read_entities (doc, &ents, error))
    goto out;

  in.text = lector_document_get_text (doc, &in.length);
  n = lector_layer_get_size (tokens);
  kinds = g_new (guint8, n + 1);
  if (n > 0)
    {
      const char *const *labels = lector_layer_get_labels (tokens);

      for (gsize i = 0; i < n; i++)
        kinds[i] = token_kind (labels[i]);
    }
  in.tokens = (const QRange *)lector_layer_get_spans (tokens);
  in.token_kinds = kinds;
  in.n_tokens = n;
  in.sentences = (const QRange *)lector_layer_get_spans (sentences);
  in.n_sentences = lector_layer_get_size (sentences);
  if (paragraphs)
    {
      in.paragraphs = (const QRange *)lector_layer_get_spans (paragraphs);
      in.n_paragraphs = lector_layer_get_size (paragraphs);
    }
  in.mentions = ents.mentions;
  in.n_mentions = ents.n_mentions;
  in.entities = (const QEntity *)(gpointer)ents.entities->data;
  in.n_entities = ents.entities->len;

  quotes = q_quotes_new ();
  q_quoter_extract (stage->quoter, &in, stage->types, quotes);

  out = lector_document_add_layer (doc, "quotes", error);
  if (!out)
    goto out;
  for (guint i = 0; i < quotes->len; i++)
    {
      const QQuote *q = &g_array_index (quotes, QQuote, i);
      LectorSpan span = { q->start, q->end };
      json_t *f;

      if (!q->speaker && !stage->unattributed)
        continue;
      /* The keys are ASCII literals, the type a literal, the entity id a
       * JSON string already and the cue a slice of the document's text between
       * token boundaries (liblector keeps both UTF-8): none needs the UTF-8
       * check of json_object_set_new() / json_string() again.  The speaker,
       * assembled by the engine, keeps it. */
      f = json_object ();
      json_object_set_new_nocheck (f, "type",
                                   json_string_nocheck (q_quote_type_to_string (q->type)));
      json_object_set_new_nocheck (f, "speaker",
                                   q->speaker ? json_string (q->speaker) : json_null ());
      json_object_set_new_nocheck (f, "speaker_start", offset_or_null (q->speaker_start));
      json_object_set_new_nocheck (f, "speaker_end", offset_or_null (q->speaker_end));
      json_object_set_new_nocheck (
          f, "speaker_entity",
          q->entity >= 0 && (guint)q->entity < ents.entities->len
              ? json_string_nocheck (g_array_index (ents.entities, QEntity, q->entity).id)
              : json_null ());
      if (q->cue_start != Q_NO_OFFSET)
        json_object_set_new_nocheck (
            f, "cue", json_stringn_nocheck (in.text + q->cue_start, q->cue_end - q->cue_start));
      else
        json_object_set_new_nocheck (f, "cue", json_null ());
      json_object_set_new_nocheck (f, "cue_start", offset_or_null (q->cue_start));
      json_object_set_new_nocheck (f, "cue_end", offset_or_null (q->cue_end));
      json_object_set_new_nocheck (f, "group", json_integer (q->group));
      if (lector_layer_add (out, span, NULL, NAN, f, error) < 0)
        goto out;
    }
  ok = TRUE;
out:
  entities_clear (&ents);
  return ok;
}

LECTOR_PLUGIN_DEFINE (quotes, .version = "1.0.0",
                      .description = "quotations (direct, indirect, mixed) and their speakers, "
                                     "resolved to entities (rule-based)",
                      .license = "MIT", .provides = LECTOR_STRV ("quotes"),
                      .requires = LECTOR_STRV ("sentences", "tokens", "entities"),
                      .params = quotes_params, .threading = LECTOR_THREADING_SHARED,
                      .create = quotes_create, .process = quotes_process, .free = quotes_free)
