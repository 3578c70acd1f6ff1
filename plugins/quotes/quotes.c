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
                       "stage '%s': types: unknown quotation type '%s' (expected direct, "
                       "indirect or mixed)",
                       lector_params_get_stage_name (params), types[i]);
          return NULL;
        }
    }
  if (!stage->types)
    {
      g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_CONFIG,
                   "stage '%s': types: name at least one of direct, indirect, mixed",
                   lector_params_get_stage_name (params));
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

/* The entities of meta.entities (or, without it, of the layer's "entity"
 * features) and the mentions of the `entities` layer. */
typedef struct
{
  GArray *entities; /* QEntity */
  GArray *mentions; /* QMention */
  GHashTable *ids;  /* id -> index + 1 */
  GPtrArray *names; /* names made here, owned */
} Entities;

static void
entities_clear (Entities *e)
{
  g_clear_pointer (&e->entities, g_array_unref);
  g_clear_pointer (&e->mentions, g_array_unref);
  g_clear_pointer (&e->ids, g_hash_table_unref);
  g_clear_pointer (&e->names, g_ptr_array_unref);
}

static gboolean
read_entities (LectorDocument *doc, Entities *e, GError **error)
{
  json_t *list = json_object_get (lector_document_get_meta (doc), "entities");
  LectorLayer *layer = lector_document_get_layer (doc, "entities");
  gsize n = layer ? lector_layer_get_size (layer) : 0;
  const LectorSpan *spans = layer ? lector_layer_get_spans (layer) : NULL;

  e->entities = g_array_new (FALSE, FALSE, sizeof (QEntity));
  e->mentions = g_array_sized_new (FALSE, FALSE, sizeof (QMention), (guint)n);
  e->ids = g_hash_table_new (g_str_hash, g_str_equal);
  e->names = g_ptr_array_new_with_free_func (g_free);

  if (list && !json_is_array (list))
    {
      g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_INPUT,
                   "document '%s': meta.entities must be an array of {\"id\", \"label\", "
                   "\"name\"} objects",
                   lector_document_get_id (doc));
      return FALSE;
    }
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
      g_hash_table_insert (e->ids, (gpointer)id, GUINT_TO_POINTER (e->entities->len));
    }
  for (gsize i = 0; i < n; i++)
    {
      json_t *features = lector_layer_get_features (layer, i);
      const char *id = json_string_value (json_object_get (features, "entity"));
      QMention m = { spans[i].start, spans[i].end,
                     label_from_string (lector_layer_get_label (layer, i)), -1 };

      if (id)
        {
          guint idx = GPOINTER_TO_UINT (g_hash_table_lookup (e->ids, id));

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
              g_hash_table_insert (e->ids, (gpointer)id, GUINT_TO_POINTER (idx));
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
      g_array_append_val (e->mentions, m);
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
  for (gsize i = 0; i < n; i++)
    kinds[i] = token_kind (lector_layer_get_label (tokens, i));
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
  in.mentions = (const QMention *)(gpointer)ents.mentions->data;
  in.n_mentions = ents.mentions->len;
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
      f = json_object ();
      json_object_set_new (f, "type", json_string (q_quote_type_to_string (q->type)));
      json_object_set_new (f, "speaker", q->speaker ? json_string (q->speaker) : json_null ());
      json_object_set_new (f, "speaker_start", offset_or_null (q->speaker_start));
      json_object_set_new (f, "speaker_end", offset_or_null (q->speaker_end));
      json_object_set_new (f, "speaker_entity",
                           q->entity >= 0 && (guint)q->entity < ents.entities->len
                               ? json_string (g_array_index (ents.entities, QEntity, q->entity).id)
                               : json_null ());
      if (q->cue_start != Q_NO_OFFSET)
        json_object_set_new (f, "cue",
                             json_stringn (in.text + q->cue_start, q->cue_end - q->cue_start));
      else
        json_object_set_new (f, "cue", json_null ());
      json_object_set_new (f, "cue_start", offset_or_null (q->cue_start));
      json_object_set_new (f, "cue_end", offset_or_null (q->cue_end));
      json_object_set_new (f, "group", json_integer (q->group));
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
