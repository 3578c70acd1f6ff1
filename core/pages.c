/* Writing rendered records as HTML pages.
 *
 * To one file, records come as they are rendered: the page is started at the second record
 * (one record makes a page titled by its id, so the first is held until more come or the end),
 * and each record is an <article> of it.  To a directory, each record is its own page,
 * doc-NNNNN.html, written as soon as it comes, and index.html lists them all when the pages
 * are closed; only the index's lines are kept in memory. */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include <glib/gstdio.h>

#include "html.h"
#include "pages.h"

#define INDEX_NAME "index.html"

struct _HtmlPages
{
  char *name; /* for messages */
  FILE *stream;
  gboolean owns_stream;
  char *dir;            /* directory mode */
  guint64 count;        /* records added */
  guint64 failed;       /* error records and records that could not be rendered */
  HtmlArticle *first;   /* one page: the first record, until a second comes */
  GPtrArray *entries;   /* directory: HtmlArticle without html, for the index */
  GPtrArray *files;     /* directory: the page of each entry */
  gboolean write_error; /* a write to the stream failed */
  int saved_errno;
};

HtmlPages *
html_pages_new (const char *path, gboolean directory, GError **error)
{
  g_return_val_if_fail (!directory || path != NULL, NULL);

  HtmlPages *pages = g_new0 (HtmlPages, 1);
  if (directory)
    {
      if (g_mkdir_with_parents (path, 0755) != 0)
        {
          g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_IO, "cannot create %s: %s", path,
                       g_strerror (errno));
          g_free (pages);
          return NULL;
        }
      pages->dir = g_strdup (path);
      pages->name = g_strdup (path);
      pages->entries = g_ptr_array_new_with_free_func ((GDestroyNotify)html_article_free);
      pages->files = g_ptr_array_new_with_free_func (g_free);
      return pages;
    }
  pages->stream = stdout;
  if (path != NULL && strcmp (path, "-") != 0)
    {
      pages->stream = fopen (path, "wb");
      if (pages->stream == NULL)
        {
          g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_IO, "cannot write %s: %s", path,
                       g_strerror (errno));
          g_free (pages);
          return NULL;
        }
      pages->owns_stream = TRUE;
    }
  pages->name = g_strdup (pages->owns_stream ? path : "standard output");
  return pages;
}

static gboolean
write_string (HtmlPages *pages, const GString *text, GError **error)
{
  if (fwrite (text->str, 1, text->len, pages->stream) != text->len)
    {
      pages->write_error = TRUE;
      pages->saved_errno = errno;
      g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_IO, "cannot write %s: %s", pages->name,
                   g_strerror (errno));
      return FALSE;
    }
  return TRUE;
}

static gboolean
write_file (const char *path, const GString *text, GError **error)
{
  g_autoptr (GError) local = NULL;
  /* Not atomic and not synced: a page is cheap to make again, and thousands of fsyncs are not. */
  if (!g_file_set_contents_full (path, text->str, (gssize)text->len, G_FILE_SET_CONTENTS_NONE, 0666,
                                 &local))
    {
      g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_IO, "cannot write %s: %s", path,
                   local->message);
      return FALSE;
    }
  return TRUE;
}

gboolean
html_pages_add (HtmlPages *pages, json_t *record, LectorOffsetUnit unit, char **problem,
                GError **error)
{
  pages->count++;
  g_autofree char *prefix = g_strdup_printf ("d%" G_GUINT64_FORMAT, pages->count);
  g_autoptr (GError) render_error = NULL;
  g_autoptr (HtmlArticle) article = html_article_new (record, unit, prefix, &render_error);
  if (article == NULL)
    {
      article = html_article_new_failure (record, prefix, render_error->message);
      if (problem != NULL)
        *problem = g_strdup (render_error->message);
    }
  if (article->error != NULL)
    pages->failed++;

  if (pages->dir != NULL)
    {
      g_autofree char *name = g_strdup_printf ("doc-%05" G_GUINT64_FORMAT ".html", pages->count);
      g_autofree char *path = g_build_filename (pages->dir, name, NULL);
      g_autoptr (GString) page = g_string_new (NULL);
      html_append_page_start (page, article->title, "<a href=\"" INDEX_NAME "\">All documents</a>");
      g_string_append (page, article->html);
      html_append_page_end (page);
      if (!write_file (path, page, error))
        return FALSE;
      g_clear_pointer (&article->html, g_free);
      g_ptr_array_add (pages->entries, g_steal_pointer (&article));
      g_ptr_array_add (pages->files, g_steal_pointer (&name));
      return TRUE;
    }

  if (pages->count == 1)
    {
      pages->first = g_steal_pointer (&article);
      return TRUE;
    }
  g_autoptr (GString) text = g_string_new (NULL);
  if (pages->count == 2)
    {
      html_append_page_start (text, "Documents", NULL);
      g_string_append (text, pages->first->html);
      g_clear_pointer (&pages->first, html_article_free);
    }
  g_string_append (text, article->html);
  return write_string (pages, text, error);
}

static void
append_index (HtmlPages *pages, GString *out)
{
  g_autofree char *title = g_strdup_printf ("%" G_GUINT64_FORMAT " document%s", pages->count,
                                            pages->count == 1 ? "" : "s");
  html_append_page_start (out, title, NULL);
  g_string_append (out, "<section class=\"index\" aria-labelledby=\"index-title\">\n"
                        "<h1 id=\"index-title\">");
  g_string_append (out, title);
  if (pages->failed > 0)
    g_string_append_printf (out, ", %" G_GUINT64_FORMAT " failed", pages->failed);
  g_string_append (out, "</h1>\n");
  if (pages->count == 0)
    {
      g_string_append (out, "<p>The input held no records.</p>\n</section>\n");
      html_append_page_end (out);
      return;
    }
  g_string_append (out, "<table>\n<thead><tr><th scope=\"col\">#</th>"
                        "<th scope=\"col\">Document</th><th scope=\"col\">Language</th>"
                        "<th scope=\"col\">Entities</th><th scope=\"col\">Quotes</th>"
                        "<th scope=\"col\">Summary</th></tr></thead>\n<tbody>\n");
  for (guint i = 0; i < pages->entries->len; i++)
    {
      const HtmlArticle *entry = pages->entries->pdata[i];
      g_string_append_printf (out, "<tr><td class=\"n\">%u</td><td><a href=\"%s\"><bdi>", i + 1,
                              (const char *)pages->files->pdata[i]);
      html_append_escaped (out, entry->title, -1);
      g_string_append (out, "</bdi></a></td>");
      if (entry->error != NULL)
        {
          g_string_append (out, "<td colspan=\"4\" class=\"error\">Failed: ");
          html_append_escaped (out, entry->error, -1);
          g_string_append (out, "</td></tr>\n");
          continue;
        }
      g_string_append (out, "<td>");
      if (entry->language != NULL)
        html_append_escaped (out, entry->language, -1);
      g_string_append (out, "</td><td class=\"n\">");
      if (entry->n_entities >= 0)
        g_string_append_printf (out, "%d", entry->n_entities);
      g_string_append (out, "</td><td class=\"n\">");
      if (entry->n_quotes >= 0)
        g_string_append_printf (out, "%d", entry->n_quotes);
      g_string_append (out, "</td><td dir=\"auto\">");
      if (entry->lead != NULL)
        html_append_escaped (out, entry->lead, -1);
      g_string_append (out, "</td></tr>\n");
    }
  g_string_append (out, "</tbody></table>\n</section>\n");
  html_append_page_end (out);
}

gboolean
html_pages_close (HtmlPages *pages, GError **error)
{
  g_autoptr (GString) text = g_string_new (NULL);
  if (pages->dir != NULL)
    {
      if (pages->entries == NULL)
        return TRUE; /* closed already */
      append_index (pages, text);
      g_autofree char *path = g_build_filename (pages->dir, INDEX_NAME, NULL);
      g_clear_pointer (&pages->entries, g_ptr_array_unref);
      return write_file (path, text, error);
    }
  if (pages->stream == NULL)
    return TRUE;

  gboolean ok = !pages->write_error;
  int saved = pages->saved_errno;
  if (ok)
    {
      if (pages->count == 0)
        {
          html_append_page_start (text, "No documents", NULL);
          g_string_append (text, "<p>The input held no records.</p>\n");
        }
      else if (pages->first != NULL)
        {
          html_append_page_start (text, pages->first->title, NULL);
          g_string_append (text, pages->first->html);
        }
      html_append_page_end (text);
      ok = fwrite (text->str, 1, text->len, pages->stream) == text->len;
      ok = fflush (pages->stream) == 0 && !ferror (pages->stream) && ok;
      saved = errno;
    }
  if (pages->owns_stream)
    {
      gboolean closed = fclose (pages->stream) == 0;
      if (ok && !closed)
        saved = errno;
      ok = closed && ok;
    }
  pages->stream = NULL;
  if (!ok)
    g_set_error (error, LECTOR_ERROR, LECTOR_ERROR_IO, "cannot write %s: %s", pages->name,
                 g_strerror (saved));
  return ok;
}

void
html_pages_free (HtmlPages *pages)
{
  if (pages == NULL)
    return;
  if (pages->stream != NULL || pages->entries != NULL)
    html_pages_close (pages, NULL);
  html_article_free (pages->first);
  if (pages->files != NULL)
    g_ptr_array_unref (pages->files);
  g_free (pages->dir);
  g_free (pages->name);
  g_free (pages);
}
