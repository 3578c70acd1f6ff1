/* UTF-8 validation with a fast path for ASCII, shared by liblector and the lector command.
 * Not installed. */
#pragma once

#include <string.h>

#include <glib.h>

/* What g_utf8_validate_len (text, length, bad) says, with *bad at the same byte, but
 * eight ASCII bytes a step: GLib checks every byte on its own, and texts are mostly
 * ASCII.  Non-ASCII stretches go to GLib cut at a character boundary, so it sees whole
 * characters, or the invalid sequence it would have stopped at. */
static inline gboolean
lector_utf8_validate (const char *text, gsize length, const char **bad)
{
  const guint64 ones = 0x0101010101010101u, highs = 0x8080808080808080u;
  const guchar *p = (const guchar *) text, *end = p + length;
  while (p < end)
    {
      while (end - p >= 8)
        {
          guint64 word;
          memcpy (&word, p, 8);
          /* Any byte with its high bit set, or any NUL byte (which GLib refuses). */
          if ((word & highs) != 0 || ((word - ones) & ~word & highs) != 0)
            break;
          p += 8;
        }
      if (p == end)
        break;
      const guchar *stop = p + MIN ((gsize) (end - p), 16);
      while (stop < end && (*stop & 0xC0) == 0x80)
        stop++;
      const gchar *where = NULL;
      if (!g_utf8_validate_len ((const char *) p, (gsize) (stop - p), &where))
        {
          if (bad != NULL)
            *bad = where;
          return FALSE;
        }
      p = stop;
    }
  if (bad != NULL)
    *bad = text + length;
  return TRUE;
}
