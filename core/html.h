/* Rendering one output record (doc/output-format.md) as HTML: an <article> with the text,
 * its entity mentions, quotes, summary sentences and languages, and the page around it. */
#pragma once

#include <glib.h>
#include <jansson.h>

#include <lector/lector.h>

/* One record rendered, with what an index of many records shows about it. */
typedef struct
{
  char *html;     /* <article>…</article> */
  char *title;    /* the record's id, as text */
  char *language; /* (nullable) the document's language, as text: "English (en)" */
  int n_entities; /* entities (not mentions); -1: the record has none */
  int n_quotes;   /* -1: the record has no quotes layer */
  char *lead;     /* (nullable) the summary, or the start of the text, shortened */
  char *error;    /* (nullable) an error record's message ("stage 'x': …") */
} HtmlArticle;

void html_article_free (HtmlArticle *article);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HtmlArticle, html_article_free)

/* Renders @record, a document record or an error record, whose offsets are in @unit.  The
 * ids of the article's elements start with @prefix (unique within a page: "d1", "d2", …).
 * Layers and meta keys that are absent are left out of the page; unknown layers are only
 * listed.  Fails with LECTOR_ERROR_INPUT when @record is not a record or a span does not fit
 * its text in @unit (the message says which and suggests the right --offsets). */
HtmlArticle *html_article_new (json_t *record, LectorOffsetUnit unit, const char *prefix,
                               GError **error);

/* An article telling that @record (any JSON value, or NULL) could not be rendered. */
HtmlArticle *html_article_new_failure (json_t *record, const char *prefix, const char *message);

/* Appends @length bytes of UTF-8 @text (-1: up to its NUL) escaped for HTML text and
 * attribute values; control characters become their visible Control Pictures (U+2400…). */
void html_append_escaped (GString *out, const char *text, gssize length);

/* The start of a self-contained page, up to and including <body>; @nav (nullable) is HTML
 * for a navigation bar.  Pages have their style sheet inline and a Content-Security-Policy
 * that forbids scripts and every external resource. */
void html_append_page_start (GString *out, const char *title, const char *nav);
/* The end of a page, after the last article. */
void html_append_page_end (GString *out);
