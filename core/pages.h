/* Writing rendered records as HTML pages: one page (one document, or all of them in order),
 * or a directory with index.html and one page per document. */
#pragma once

#include <glib.h>
#include <jansson.h>

#include <lector/lector.h>

typedef struct _HtmlPages HtmlPages;

/* Pages go to @path: a file (standard output when NULL or "-") that gets one page holding
 * every record, or, when @directory is TRUE, a directory (created when missing) that gets
 * doc-NNNNN.html for the n-th record (from 1) and, when closed, index.html. */
HtmlPages *html_pages_new (const char *path, gboolean directory, GError **error);

/* Renders @record (offsets in @unit) and writes it.  A record that cannot be rendered is
 * shown as such in the pages and its reason returned in @problem (free it); FALSE only for
 * a write error. */
gboolean html_pages_add (HtmlPages *pages, json_t *record, LectorOffsetUnit unit, char **problem,
                         GError **error);

/* Finishes the page (or writes the index) and closes the output; reports a write error that
 * happened at any point. */
gboolean html_pages_close (HtmlPages *pages, GError **error);
void html_pages_free (HtmlPages *pages);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HtmlPages, html_pages_free)
