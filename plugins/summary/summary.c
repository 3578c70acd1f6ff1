/* The summary plugin: an extractive summary of a segmented document.
 *
 * The work is done by the engine in summarizer.c; this file maps stage
 * parameters to a SummBudget, the document's layers to a SummInput, and the
 * engine's picks to the `summary` layer and meta key.
 */
#include <math.h>
#include <stddef.h>

#include <lector/lector.h>

#include "summarizer.h"

/* The engine reads the layers' span arrays in place. */
G_STATIC_ASSERT (sizeof (SummRange) == sizeof (LectorSpan));
G_STATIC_ASSERT (offsetof (SummRange, start) == offsetof (LectorSpan, start));
G_STATIC_ASSERT (offsetof (SummRange, end) == offsetof (LectorSpan, end));

/* The length of a summary when none of sentences, words and ratio is set. */
#define SUMMARY_DEFAULT_SENTENCES 3

static const LectorParamSpec summary_params[] = {
  {
      .key = "sentences",
      .type = LECTOR_PARAM_INT,
      /* Unset rather than "3": `lector check` writes every default out as a setting, and
       * sentences = 3 next to an explicit words or ratio would then be refused. */
      .default_value = NULL,
      .help = "the summary's length in sentences (3 when none of sentences, words, ratio is "
              "set; set at most one of them)",
      .min = 1,
      .max = 100000,
  },
  {
      .key = "words",
      .type = LECTOR_PARAM_INT,
      .default_value = NULL,
      .help = "a word budget instead: at most this many words (word and number tokens)",
      .min = 1,
      .max = 100000000,
  },
  {
      .key = "ratio",
      .type = LECTOR_PARAM_DOUBLE,
      .default_value = NULL,
      .help = "a budget as a share of the document's words instead, above 0 and at most 1",
      .min = 0,
      .max = 1,
  },
  {
      .key = "languages",
      .type = LECTOR_PARAM_STRING_LIST,
      .default_value = NULL,
      .help = "summarize only documents whose meta \"lang\" is one of these codes (\"en; de\"); "
              "unset: every language (documents without \"lang\" are always summarized)",
  },
  { .key = NULL },
};

typedef struct
{
  SummBudget budget;
  char **languages; /* NULL: any */
} SummaryStage;

static void
summary_free (gpointer data)
{
  SummaryStage *stage = data;

  g_strfreev (stage->languages);
  g_free (stage);
}

static gpointer
summary_create (const LectorParams *params, GError **error)
{
  static const char *const keys[] = { "sentences", "words", "ratio" };
  const char *chosen = NULL;
  g_autofree SummaryStage *stage = g_new0 (SummaryStage, 1);

  /* At most one length is set; none means SUMMARY_DEFAULT_SENTENCES. */
  for (gsize i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      if (!lector_params_is_explicit (params, keys[i]))
        continue;
      if (chosen != NULL)
        {
          g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_CONFIG,
                       "'%s' and '%s' are both set, but a summary's length is "
                       "given by exactly one of sentences, words and ratio; remove one",
                       chosen, keys[i]);
          return NULL;
        }
      chosen = keys[i];
    }
  if (g_strcmp0 (chosen, "words") == 0)
    {
      stage->budget.kind = SUMM_BUDGET_WORDS;
      stage->budget.words = (guint)CLAMP (lector_params_get_int (params, "words"), 1, G_MAXUINT);
    }
  else if (g_strcmp0 (chosen, "ratio") == 0)
    {
      double ratio = lector_params_get_double (params, "ratio");

      /* The host checks 0 <= ratio <= 1; an empty summary is no summary. */
      if (!(ratio > 0.0 && ratio <= 1.0))
        {
          g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_CONFIG,
                       "ratio: must be above 0 and at most 1, not %g", ratio);
          return NULL;
        }
      stage->budget.kind = SUMM_BUDGET_RATIO;
      stage->budget.ratio = ratio;
    }
  else
    {
      gint64 n = lector_params_is_set (params, "sentences")
                     ? lector_params_get_int (params, "sentences")
                     : SUMMARY_DEFAULT_SENTENCES;

      if (n < 1)
        {
          g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_CONFIG,
                       "sentences: must be at least 1, not %" G_GINT64_FORMAT, n);
          return NULL;
        }
      stage->budget.kind = SUMM_BUDGET_SENTENCES;
      stage->budget.sentences = (guint)MIN (n, G_MAXUINT);
    }
  if (lector_params_is_set (params, "languages"))
    {
      const char *const *languages = lector_params_get_strv (params, "languages");

      if (languages == NULL || languages[0] == NULL)
        {
          /* Every document with a "lang" would be skipped: surely not what was meant. */
          g_set_error_literal (error, LECTOR_ERROR, LECTOR_ERROR_CONFIG,
                               "languages: the list is empty, so no document with a language "
                               "would be summarized; leave it out to summarize every language");
          return NULL;
        }
      if (!lector_language_codes_check ("languages", languages, error))
        return NULL;
      stage->languages = g_strdupv ((char **)languages);
    }
  /* The stage is only read from now on: process() runs on many threads at
   * once (LECTOR_THREADING_SHARED) with its scratch on its own stack and heap. */
  return g_steal_pointer (&stage);
}

static SummTokenKind
kind_of_label (const char *label)
{
  if (label == NULL)
    return SUMM_TOKEN_OTHER;
  if (g_str_equal (label, "word"))
    return SUMM_TOKEN_WORD;
  if (g_str_equal (label, "number"))
    return SUMM_TOKEN_NUMBER;
  if (g_str_equal (label, "quote"))
    return SUMM_TOKEN_QUOTE;
  return SUMM_TOKEN_OTHER;
}

static gboolean
language_allowed (const SummaryStage *stage, LectorDocument *doc)
{
  const char *lang;

  if (stage->languages == NULL)
    return TRUE;
  lang = lector_document_get_language (doc);
  return lang == NULL || lector_language_in (lang, (const char *const *)stage->languages);
}

/* Appends a sentence to the summary text on one line: line breaks inside it
 * (a sentence of a paragraph wrapped at fixed width) become spaces, so that
 * each line of meta.summary.text is one sentence. */
static void
append_line (GString *out, const char *text, LectorSpan span)
{
  char *p, *end;

  if (out->len > 0)
    g_string_append_c (out, '\n');
  /* One copy, then the breaks replaced in place. */
  g_string_append_len (out, text + span.start, (gssize)(span.end - span.start));
  end = out->str + out->len;
  for (p = end - (span.end - span.start); p < end; p++)
    if (*p == '\n' || *p == '\r')
      *p = ' ';
}

/* The quotations of a quotes layer that are quoted words: all but indirect
 * speech.  A summary reports what was said, so "Officials said the talks would
 * resume" is as good a summary sentence as any; counting it as quoted made the
 * default pipeline's summaries worse (R1 41.47 against 41.65 on the dev articles,
 * plugins/summary/README.md).  A quotation without a type (another plugin's)
 * counts as quoted. */
static GArray *
direct_quotations (const LectorLayer *quotes)
{
  const gsize n = lector_layer_get_size (quotes);
  const LectorSpan *spans = n > 0 ? lector_layer_get_spans (quotes) : NULL;
  json_t *const *features = n > 0 ? lector_layer_get_all_features (quotes) : NULL;
  GArray *ranges = g_array_sized_new (FALSE, FALSE, sizeof (SummRange), n);

  for (gsize i = 0; i < n; i++)
    {
      json_t *f = features != NULL ? features[i] : NULL;
      SummRange range = { spans[i].start, spans[i].end };

      if (g_strcmp0 (json_string_value (json_object_get (f, "type")), "indirect") != 0)
        g_array_append_val (ranges, range);
    }
  return ranges;
}

static gboolean
summary_process (gpointer data, LectorDocument *doc, GError **error)
{
  const SummaryStage *stage = data;
  LectorLayer *sentences, *tokens, *quotes, *layer;
  g_autoptr (GArray) picks = g_array_new (FALSE, FALSE, sizeof (SummPick));
  g_autofree SummToken *toks = NULL;
  g_autoptr (GArray) quoted = NULL;
  g_autoptr (GString) text_out = g_string_new (NULL);
  SummInput in = { 0 };
  guint words = 0;
  json_t *summary;

  sentences = lector_document_require_layer (doc, "sentences", error);
  if (sentences == NULL)
    return FALSE;
  tokens = lector_document_require_layer (doc, "tokens", error);
  if (tokens == NULL)
    return FALSE;
  /* A layer of a stage that may or may not be in the pipeline. */
  quotes = lector_document_get_layer (doc, "quotes");

  in.text = lector_document_get_text (doc, &in.length);
  in.n_sentences = lector_layer_get_size (sentences);
  in.sentences = (const SummRange *)lector_layer_get_spans (sentences);
  in.n_tokens = lector_layer_get_size (tokens);
  toks = g_new (SummToken, in.n_tokens + 1);
  if (in.n_tokens > 0)
    {
      const LectorSpan *spans = lector_layer_get_spans (tokens);
      const char *const *labels = lector_layer_get_labels (tokens);
      /* Labels are interned, and a token layer has a handful of them (word,
       * punct, number…) that alternate: a few remembered pointers spare a string
       * comparison per token. */
      const char *seen[4] = { NULL, NULL, NULL, NULL };
      SummTokenKind seen_kind[4]
          = { SUMM_TOKEN_OTHER, SUMM_TOKEN_OTHER, SUMM_TOKEN_OTHER, SUMM_TOKEN_OTHER };
      guint n_seen = 0;

      for (gsize i = 0; i < in.n_tokens; i++)
        {
          const char *label = labels[i];
          SummTokenKind kind;
          guint k;

          for (k = 0; k < n_seen && seen[k] != label; k++)
            ;
          if (k < n_seen)
            kind = seen_kind[k];
          else
            {
              kind = kind_of_label (label);
              if (n_seen < G_N_ELEMENTS (seen))
                {
                  seen[n_seen] = label;
                  seen_kind[n_seen++] = kind;
                }
            }
          toks[i] = (SummToken){ spans[i].start, spans[i].end, kind };
        }
    }
  in.tokens = toks;
  if (quotes != NULL)
    {
      quoted = direct_quotations (quotes);
      in.n_quotes = quoted->len;
      in.quotes = (const SummRange *)quoted->data;
    }

  if (language_allowed (stage, doc))
    words = summ_summarize (&in, &stage->budget, NULL, picks);

  layer = lector_document_add_layer (doc, "summary", error);
  if (layer == NULL)
    return FALSE;
  for (guint i = 0; i < picks->len; i++)
    {
      const SummPick *pick = &g_array_index (picks, SummPick, i);
      LectorSpan span = lector_layer_get_span (sentences, pick->sentence);
      /* Built by hand rather than with json_pack(), which parses its format
       * string on every call. */
      json_t *features = json_object ();

      json_object_set_new_nocheck (features, "rank", json_integer ((json_int_t)pick->rank));
      if (lector_layer_add (layer, span, NULL, pick->score, features, error) < 0)
        return FALSE;
      append_line (text_out, in.text, span);
    }
  /* The document's text is valid UTF-8 and spans lie on character boundaries
   * (liblector checks both), so the sentences joined by line breaks are too:
   * no second validation. */
  summary = json_stringn_nocheck (text_out->str, text_out->len);
  if (summary != NULL)
    {
      json_t *meta_summary = json_object ();

      json_object_set_new_nocheck (meta_summary, "text", summary);
      json_object_set_new_nocheck (meta_summary, "sentences",
                                   json_integer ((json_int_t)picks->len));
      json_object_set_new_nocheck (meta_summary, "words", json_integer ((json_int_t)words));
      json_object_set_new (lector_document_get_meta (doc), "summary", meta_summary);
    }
  return TRUE;
}

LECTOR_PLUGIN_DEFINE (summary, .version = "1.0.0",
                      .description = "extractive summary: the most central, informative sentences "
                                     "of the lead, without repeats (language-independent)",
                      .license = "MIT", .provides = LECTOR_STRV ("summary"),
                      .requires = LECTOR_STRV ("sentences", "tokens"), .params = summary_params,
                      .threading = LECTOR_THREADING_SHARED, .create = summary_create,
                      .process = summary_process, .free = summary_free)
