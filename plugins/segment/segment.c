/* The segment plugin: paragraphs, sentences and tokens of a document.
 *
 * The work is done by the engine in segmenter.c; this file only maps stage
 * parameters to a SegSegmenter and the engine's arrays to document layers.
 */
#include <math.h>

#include <lector/lector.h>

#include "segmenter.h"

static const LectorParamSpec segment_params[] = {
  {
      .key = "abbreviations",
      .type = LECTOR_PARAM_STRING_LIST,
      .default_value = NULL,
      .help = "extra abbreviations, without their final period (\"Amb; Cllr\"), added to the "
              "built-in list",
  },
  {
      .key = "paragraphs",
      .type = LECTOR_PARAM_STRING,
      .default_value = "line",
      .help = "where a paragraph ends: at every line break (line) or only at blank lines (blank)",
      .choices = "line|blank",
  },
  { .key = NULL },
};

static gpointer
segment_create (const LectorParams *params, GError **error)
{
  const char *const *abbreviations = NULL;
  const char *mode = lector_params_get_string (params, "paragraphs");
  SegParagraphMode paragraphs;

  if (lector_params_is_set (params, "abbreviations"))
    abbreviations = lector_params_get_strv (params, "abbreviations");
  /* The host checks the choices; this guards against a host that did not. */
  if (g_strcmp0 (mode, "blank") == 0)
    {
      paragraphs = SEG_PARAGRAPHS_BLANK;
    }
  else if (mode == NULL || g_str_equal (mode, "line"))
    {
      paragraphs = SEG_PARAGRAPHS_LINE;
    }
  else
    {
      g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_CONFIG,
                   "paragraphs: must be 'line' or 'blank', not '%s'", mode);
      return NULL;
    }
  /* Everything the stage needs is built here; afterwards it is only read, so
   * process() may run on many threads at once (LECTOR_THREADING_SHARED). */
  return seg_segmenter_new (abbreviations, paragraphs);
}

static void
segment_free (gpointer stage)
{
  seg_segmenter_free (stage);
}

/* A SegRange is laid out as a LectorSpan, so the engine's ranges are the layer's spans. */
G_STATIC_ASSERT (sizeof (SegRange) == sizeof (LectorSpan));
G_STATIC_ASSERT (G_STRUCT_OFFSET (SegRange, start) == G_STRUCT_OFFSET (LectorSpan, start));
G_STATIC_ASSERT (G_STRUCT_OFFSET (SegRange, end) == G_STRUCT_OFFSET (LectorSpan, end));

/* Adds one layer of unlabelled ranges, which the engine makes in text order. */
static gboolean
add_ranges (LectorDocument *doc, const char *name, const GArray *ranges, GError **error)
{
  LectorLayer *layer = lector_document_add_layer (doc, name, error);

  if (!layer)
    return FALSE;
  return lector_layer_append (layer, (const LectorSpan *)(const void *)ranges->data, NULL,
                              ranges->len, error);
}

/* The token kinds' names as interned strings, made once: the layer then takes them as
 * they are, without comparing or interning them again for every token. */
static const char *const *
kind_labels (void)
{
  static const char *labels[SEG_N_KINDS];
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      for (guint k = 0; k < SEG_N_KINDS; k++)
        labels[k] = g_intern_static_string (seg_kind_to_string ((SegKind)k));
      g_once_init_leave (&initialized, 1);
    }
  return labels;
}

/* The engine's arrays and the tokens layer's input, kept per thread between documents:
 * the stage is shared by every worker, and a document's arrays would otherwise be
 * allocated, grown and freed again for each one. */
typedef struct
{
  GArray *tokens;     /* SegToken */
  GArray *paragraphs; /* SegRange */
  GArray *sentences;  /* SegRange */
  GArray *spans;      /* LectorSpan */
  GArray *labels;     /* const char * */
} SegScratch;

static void
seg_scratch_free (gpointer data)
{
  SegScratch *s = data;

  g_array_unref (s->tokens);
  g_array_unref (s->paragraphs);
  g_array_unref (s->sentences);
  g_array_unref (s->spans);
  g_array_unref (s->labels);
  g_free (s);
}

static GPrivate scratch_key = G_PRIVATE_INIT (seg_scratch_free);

/* Documents longer than this do not leave their arrays to the next ones. */
#define SEG_SCRATCH_KEEP_BYTES (1 << 20)

static SegScratch *
thread_scratch (void)
{
  SegScratch *s = g_private_get (&scratch_key);

  if (s == NULL)
    {
      s = g_new (SegScratch, 1);
      s->tokens = g_array_new (FALSE, FALSE, sizeof (SegToken));
      s->paragraphs = g_array_new (FALSE, FALSE, sizeof (SegRange));
      s->sentences = g_array_new (FALSE, FALSE, sizeof (SegRange));
      s->spans = g_array_new (FALSE, FALSE, sizeof (LectorSpan));
      s->labels = g_array_new (FALSE, FALSE, sizeof (const char *));
      g_private_set (&scratch_key, s);
    }
  g_array_set_size (s->tokens, 0);
  g_array_set_size (s->paragraphs, 0);
  g_array_set_size (s->sentences, 0);
  return s;
}

static gboolean
segment_process (gpointer stage, LectorDocument *doc, GError **error)
{
  const SegSegmenter *seg = stage;
  gsize len;
  const char *text = lector_document_get_text (doc, &len);
  SegScratch *s = thread_scratch ();
  GArray *tokens = s->tokens;
  LectorLayer *layer;

  seg_tokenize (seg, text, len, tokens);
  seg_paragraphs (seg, text, len, tokens, s->paragraphs);
  seg_sentences (seg, text, len, tokens, s->paragraphs, s->sentences);

  gboolean ok = FALSE;
  if (!add_ranges (doc, "paragraphs", s->paragraphs, error)
      || !add_ranges (doc, "sentences", s->sentences, error))
    goto done;

  layer = lector_document_add_layer (doc, "tokens", error);
  if (!layer)
    goto done;
  /* Appended in one call, with only the kind as label and no features, so tokens stay
   * cheap. */
  g_array_set_size (s->spans, tokens->len);
  g_array_set_size (s->labels, tokens->len);
  LectorSpan *spans = (LectorSpan *)(void *)s->spans->data;
  const char **labels = (const char **)(void *)s->labels->data;
  const char *const *kinds = kind_labels ();
  for (guint i = 0; i < tokens->len; i++)
    {
      const SegToken *t = &g_array_index (tokens, SegToken, i);
      spans[i] = (LectorSpan){ t->start, t->end };
      labels[i] = kinds[t->kind];
    }
  ok = lector_layer_append (layer, spans, labels, tokens->len, error);

done:
  /* After a very long document, the arrays are not kept for the next ones (a 50 MB text
   * has arrays of hundreds of megabytes). */
  if (len > SEG_SCRATCH_KEEP_BYTES)
    g_private_replace (&scratch_key, NULL);
  return ok;
}

LECTOR_PLUGIN_DEFINE (segment, .version = "1.0.0",
                      .description = "splits text into paragraphs, sentences and tokens "
                                     "(Unicode-aware, rule-based)",
                      .license = "MIT",
                      .provides = LECTOR_STRV ("paragraphs", "sentences", "tokens"),
                      .requires = NULL, .params = segment_params,
                      .threading = LECTOR_THREADING_SHARED, .create = segment_create,
                      .process = segment_process, .free = segment_free)
