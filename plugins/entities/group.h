/* Grouping entity mentions of one document into entities.
 *
 * "Blinken", "Secretary Blinken" and "Antony Blinken" are one person; "PLO"
 * after "Palestine Liberation Organization" is that organisation, and so is
 * "JAXA" in parentheses after "Japan Aerospace Exploration Agency"; "U.S." and
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
  gboolean defined_after_previous; /* in parentheses right after the mention before it,
                                    * "Japan Aerospace Exploration Agency (JAXA)" */
} EntMention;

typedef struct {
  NerType type;
  const char *name;      /* the fullest form in the document: one of the mentions' texts */
  const guint *mentions; /* indices into the mention array, in order */
  guint n_mentions;
} EntEntity;

/* The entities of a document, in one allocation (this runs for every document). */
typedef struct {
  guint n_entities;
  EntEntity *entities;
  guint *members; /* the entities' mention lists, one after the other */
} EntGroups;

/**
 * ent_group:
 * @mentions: the mentions of a document, in text order
 *
 * Groups @mentions into entities, numbered in order of first mention.  Every
 * mention of an entity gets the entity's type (the type most of its mentions
 * had; the first mention's on a tie).  The entities' names point to the
 * mentions' texts, which must outlive the result.
 *
 * Returns: (transfer full): the entities; free with ent_groups_free()
 */
EntGroups *ent_group (EntMention *mentions, guint n);
void ent_groups_free (EntGroups *groups);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EntGroups, ent_groups_free)

G_END_DECLS
