/* Eight bytes at a time over JSON string text, shared by the JSON Lines reader and the
 * record writer of the lector command.  Not installed. */
#pragma once

#include <glib.h>

/* Whether any of the 8 bytes of @word is special inside a JSON string: a control
 * character (< 0x20), '"' or '\\' (the bytes a reader must decode and a writer must
 * escape).  Each test is exact for "any byte" (no false result), see "Determine if a word
 * has a byte less than n" in Bit Twiddling Hacks. */
static inline gboolean
json_word_is_special (guint64 word)
{
  const guint64 ones = 0x0101010101010101u, highs = 0x8080808080808080u;
  guint64 quote = word ^ (ones * '"');
  guint64 backslash = word ^ (ones * '\\');
  guint64 control = (word - ones * 0x20) & ~word;
  return ((control | ((quote - ones) & ~quote) | ((backslash - ones) & ~backslash)) & highs) != 0;
}
