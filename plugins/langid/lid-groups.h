/* The second stage of langid: word-level re-scoring inside groups of close languages.
 *
 * Letter n-grams inside words tell most languages apart, but not Malay from
 * Indonesian or Bosnian from Croatian reliably: their differences are whole
 * words and word endings ("ikkje"/"ikke", "tko"/"ko").  When the first stage's
 * winner and a runner-up belong to one group, the text is read again for word
 * features (a short word whole, a longer one's first and last four letters,
 * its inner 5-grams); each has, per member, a clipped log-likelihood ratio
 * against the group's best member, trained from the same count tables
 * (train/langid-groups-train.py).  lid_decide() then re-divides the group's
 * probability among its members by those sums.
 *
 * A member may be known by its words only ("sr/Latn" in the file): Serbian in
 * Latin letters, which the first stage (Cyrillic Serbian) cannot score; its
 * features are the Cyrillic counts transliterated.  Its group is read whenever
 * Croatian or Bosnian wins.
 *
 * The file (langid-groups.model, little-endian):
 *   0   magic "LGIDGRP1"
 *   8   u32 version (2), u32 groups G, u32 bucket bits B, u32 entries E, f32 scale
 *   28  per group: u8 members, char code[8] x 3 (a model code; "xx/Script": words only)
 *       padding to a multiple of 8
 *       u32 bucket_start[2^B + 1] (entry indexes)
 *       entries, sorted by bucket: u16 fingerprint (the 16 hash bits below the
 *       top B), u8 group, i8 value[3] (x scale: nats)
 *   end magic "LGIDEND1"
 */
#pragma once

#include "lid-detect.h"

G_BEGIN_DECLS

#define LID_GROUP_MEMBERS 3
#define LID_MAX_GROUPS    16

/**
 * lid_groups_open:
 * Maps and checks @path; resolves the members' codes against @model (a
 * group with a member @model lacks is left out).  A missing or corrupt file
 * is an error naming @path.
 */
LidGroups *lid_groups_open (const char *path, const LidModel *model, GError **error);
void lid_groups_free (LidGroups *groups);

/** lid_groups_wanted: Returns: whether @result's winner shares a group with a runner-up. */
gboolean lid_groups_wanted (const LidGroups *groups, const LidResult *result);

/**
 * lid_groups_add_text:
 * Adds the word features of @text (the words lid_scores_add_text() reads) to
 * @scores' group sums.
 */
void lid_groups_add_text (const LidGroups *groups, LidScores *scores, const char *text,
                          gsize length);

/* For lid_decide(): moves the log-likelihoods @ll of the members of @winner's
 * group so that they share the group's probability by the word evidence. */
void lid_groups_adjust (const LidGroups *groups, const LidScores *scores, guint winner, double *ll,
                        double temperature);

G_END_DECLS
