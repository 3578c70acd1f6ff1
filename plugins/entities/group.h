/* Grouping entity mentions of one document into entities.
 *
 * "Blinken", "Secretary Blinken" and "Antony Blinken" are one person; "PLO"
 * after "Palestine Liberation Organization" is that organisation; "U.S." and
 * "United States" are one place.  GLib only, so tests can call it directly.
 */
#pragma once

#include <glib.h>

#include "tagger.h"

G_BEGIN_DECLS

typedef struct {
  char *text;    /* the mention as written, possessive and title removed */
  NerType type;  /* PER, ORG, LOC or MISC; may be changed by grouping */
  guint entity;  /* set by ent_group(): index into the entities array */
} EntMention;

typedef struct {
  NerType type;
  char *name;     /* the fullest form in the document */
  GArray *mentions; /* guint indices into the mention array, in order */
} EntEntity;

/**
 * ent_group:
 * @mentions: the mentions of a document, in text order
 *
 * Groups @mentions into entities, numbered in order of first mention.  Every
 * mention of an entity gets the entity's type (the type most of its mentions
 * had; the first mention's on a tie).
 *
 * Returns: (transfer full): an array of EntEntity; free with g_array_unref()
 */
GArray *ent_group (EntMention *mentions, guint n);

G_END_DECLS
