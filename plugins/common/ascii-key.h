/* Short words as padded 64-bit keys, shared by the plugins that look words up in
 * their own lexicons (quotes, summary): a word of up to 16 bytes is compared and
 * hashed as two machine words, and ASCII is lower-cased eight bytes at a time;
 * longer words are hashed byte by byte.
 * Header-only (static inline): each plugin is its own shared object. */
#pragma once

#include <glib.h>
#include <string.h>

/* Reads @len <= 16 bytes at @s into @k, zero-padded, as memcpy() into a zeroed
 * @k would: on a little-endian machine with at most four loads (two of them
 * overlapping) instead of a copy of variable length. */
G_GNUC_UNUSED static inline void
load_padded (const char *s, gsize len, guint64 k[2])
{
#if G_BYTE_ORDER == G_LITTLE_ENDIAN
  if (len >= 8)
    {
      guint64 lo, hi;

      memcpy (&lo, s, 8);
      memcpy (&hi, s + len - 8, 8);
      k[0] = lo;
      k[1] = len > 8 ? hi >> (8 * (16 - len)) : 0;
    }
  else if (len >= 4)
    {
      guint32 lo, hi;

      memcpy (&lo, s, 4);
      memcpy (&hi, s + len - 4, 4);
      k[0] = (guint64)lo | ((guint64)hi << (8 * (len - 4)));
      k[1] = 0;
    }
  else
    {
      k[0] = len == 0 ? 0
                      : (guint64)(guchar)s[0] | ((guint64)(guchar)s[len / 2] << (8 * (len / 2)))
                            | ((guint64)(guchar)s[len - 1] << (8 * (len - 1)));
      k[1] = 0;
    }
#else
  k[0] = k[1] = 0;
  memcpy (k, s, len);
#endif
}

/* Lower-cases the ASCII capitals of eight bytes that are all ASCII: a byte
 * gets bit 0x20 when it is at least 'A' and not above 'Z' (no sum carries
 * into the next byte, as every byte is below 0x80). */
G_GNUC_UNUSED static inline guint64
lower_ascii8 (guint64 x)
{
  const guint64 high = G_GUINT64_CONSTANT (0x8080808080808080);
  guint64 ge_a = x + G_GUINT64_CONSTANT (0x3f3f3f3f3f3f3f3f);
  guint64 gt_z = x + G_GUINT64_CONSTANT (0x2525252525252525);

  return x | (((ge_a & ~gt_z) & high) >> 2);
}

/* The hash of a padded key of @n <= 16 bytes (load_padded()). */
G_GNUC_UNUSED static inline guint32
hash_key (const guint64 k[2], gsize n)
{
  guint64 h = (k[0] * G_GUINT64_CONSTANT (0x9e3779b97f4a7c15))
              ^ (k[1] * G_GUINT64_CONSTANT (0xc2b2ae3d27d4eb4f)) ^ n;

  h ^= h >> 29;
  h *= G_GUINT64_CONSTANT (0xbf58476d1ce4e5b9);
  return (guint32)(h >> 32);
}

/* The hash of a longer word (FNV-1a). */
G_GNUC_UNUSED static inline guint32
hash_bytes (const char *s, gsize n)
{
  guint32 h = 2166136261u;

  for (gsize i = 0; i < n; i++)
    h = (h ^ (guchar)s[i]) * 16777619u;
  return h;
}
