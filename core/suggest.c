/* "Did you mean …": the nearest known name to a mistyped one. */
#include "config.h"

#include <string.h>

#include "private.h"

/* Optimal string alignment distance: insertions, deletions, substitutions and swaps of
 * two neighbours each cost one, so "wrods" is one edit from "words". */
static gsize
edit_distance (const char *a, const char *b)
{
  gsize la = strlen (a), lb = strlen (b);
  g_autofree gsize *d = g_new (gsize, (la + 1) * (lb + 1));
#define D(i, j) d[(i) * (lb + 1) + (j)]

  for (gsize i = 0; i <= la; i++)
    D (i, 0) = i;
  for (gsize j = 0; j <= lb; j++)
    D (0, j) = j;
  for (gsize i = 1; i <= la; i++)
    for (gsize j = 1; j <= lb; j++)
      {
        gsize cost = a[i - 1] == b[j - 1] ? 0 : 1;
        gsize best = MIN (D (i - 1, j) + 1, D (i, j - 1) + 1);
        best = MIN (best, D (i - 1, j - 1) + cost);
        if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
          best = MIN (best, D (i - 2, j - 2) + 1);
        D (i, j) = best;
      }
  gsize distance = D (la, lb);
#undef D
  return distance;
}

const char *
lector_suggest (const char *word, const char *const *candidates, gsize n_candidates)
{
  /* A third of the word's length: "sentense" finds "sentences", "x" finds nothing. */
  gsize limit = MAX (1, strlen (word) / 3);
  const char *best = NULL;
  gsize best_distance = limit + 1;

  for (gsize i = 0; i < n_candidates; i++)
    {
      gsize d = edit_distance (word, candidates[i]);
      if (d < best_distance)
        {
          best = candidates[i];
          best_distance = d;
        }
    }
  return best;
}
