/* The quote engine: reporting frames around cues, and quotations without one.
 *
 * A document is read as units (the segmenter's sentences, joined where a
 * quotation or a title abbreviation spans two of them) in order.  In each unit
 * every reporting cue outside quotation marks is tried against a few frames:
 *
 *   A  content before:    “…,” Blinken said.  / …, Saudi Press Agency reported.
 *   B  content after:     Blinken said (that) …  / He said, “…”  / X told reporters …
 *   C  parenthetical:     The moment, he said, was strangely surreal.
 *   D  participle:        …, saying the move would create a crisis.
 *   E  according to:      …, according to X.  / According to X, …
 *
 * The content of a frame becomes a direct quote when it is quoted text only, a
 * mixed quote when it mixes quoted fragments with reported words, and an
 * indirect quote when it is a finite clause without marks.  Quotations left
 * over (no cue next to them) count only when they stand as sentences of their
 * own; they take the speaker of the latest attribution in the same or the
 * previous paragraph (the convention of "X said: <paragraphs of quotation>").
 * Short quoted words inside a sentence with no cue are scare quotes or titles
 * and are dropped.
 */
#include <string.h>

#include "quoter-private.h"

QQuoter *
q_quoter_new (void)
{
  QQuoter *q = g_new0 (QQuoter, 1);

  q->lexicon = q_lexicon_new ();
  return q;
}

void
q_quoter_free (QQuoter *q)
{
  if (!q)
    return;
  q_lexicon_free (q->lexicon);
  g_free (q);
}

static void
quote_clear (gpointer p)
{
  QQuote *q = p;

  g_clear_pointer (&q->speaker, g_free);
}

GArray *
q_quotes_new (void)
{
  GArray *a = g_array_new (FALSE, TRUE, sizeof (QQuote));

  g_array_set_clear_func (a, quote_clear);
  return a;
}

const char *
q_quote_type_to_string (QQuoteType type)
{
  switch (type)
    {
    case Q_QUOTE_DIRECT:
      return "direct";
    case Q_QUOTE_INDIRECT:
      return "indirect";
    case Q_QUOTE_MIXED:
      return "mixed";
    default:
      return "direct";
    }
}

/* ---- setting up ---------------------------------------------------------------------------- */

/* First index in @ranges[0..n) whose start is >= @offset. */
static gsize
lower_bound (const QRange *ranges, gsize n, gsize offset)
{
  gsize lo = 0, hi = n;

  while (lo < hi)
    {
      gsize mid = lo + (hi - lo) / 2;

      if (ranges[mid].start < offset)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

static void
classify_tokens (QDoc *d)
{
  const QInput *in = d->in;
  g_autofree QWord *words = g_new (QWord, d->n);

  q_lexicon_lookup_tokens (d->lex, d->text, in->tokens, in->token_kinds, d->n, words);
  for (guint32 i = 0; i < d->n; i++)
    {
      QTok *t = &d->tok[i];
      const char *s = d->text + in->tokens[i].start;
      gsize len = in->tokens[i].end - in->tokens[i].start;

      /* Every field, once: the array is not zeroed beforehand. */
      *t = (QTok){
        .kind = in->token_kinds ? in->token_kinds[i] : Q_TOKEN_WORD,
        .mention = -1,
        .dq = -1,
      };
      if (t->kind == Q_TOKEN_WORD && len > 0)
        {
          QWord w = words[i];
          guint upper = 0, lower = 0;

          t->flags = w.flags;
          t->cue = w.cue;
          t->gender = w.gender;
          if ((guchar)s[0] < 0x80 ? (s[0] >= 'A' && s[0] <= 'Z')
                                  : g_unichar_isupper (g_utf8_get_char (s)))
            t->flags |= T_CAP;
          /* Two capitals and no small letter; nearly every word has a small
           * letter among its first two bytes, which ends the scan. */
          for (gsize k = 0; k < len; k++)
            {
              if (s[k] >= 'a' && s[k] <= 'z')
                {
                  lower++;
                  break;
                }
              if (s[k] >= 'A' && s[k] <= 'Z')
                upper++;
            }
          if (upper >= 2 && lower == 0)
            t->flags |= T_ALLCAPS;
          if ((len > 2 && s[len - 1] == 's' && s[len - 2] == '\'')
              || (len > 4 && s[len - 1] == 's' && memcmp (s + len - 4, "\xE2\x80\x99", 3) == 0)
              || (len > 2 && s[len - 1] == '\'' && s[len - 2] == 's')
              || (len > 4 && memcmp (s + len - 3, "\xE2\x80\x99", 3) == 0 && s[len - 4] == 's'))
            t->flags |= T_POSS;
          /* "the colonel's": the role word under its possessive */
          if ((t->flags & T_POSS) && !(w.flags & W_TITLE))
            {
              char buf[48];
              gsize n = q_lower (s, len, buf, sizeof buf, TRUE);

              if (n > 0)
                t->flags |= q_lexicon_lookup (d->lex, buf, n).flags & W_TITLE;
            }
        }
    }
  /* Mentions onto their tokens: a token belongs to the mention its start is in
   * (so "Netanyahu" marks the token "Netanyahu’s"). */
  {
    gsize k = 0;

    for (gsize m = 0; m < in->n_mentions; m++)
      {
        /* Mentions come sorted: walk the tokens along with them. */
        if (m > 0 && in->mentions[m].start < in->mentions[m - 1].start)
          k = 0;
        while (k < d->n && in->tokens[k].end <= in->mentions[m].start)
          k++;
        for (gsize j = k; j < d->n && in->tokens[j].start < in->mentions[m].end; j++)
          if (d->tok[j].mention < 0 && d->tok[j].kind == Q_TOKEN_WORD)
            {
              d->tok[j].mention = (gint32)m;
              /* A name is no -ly adverb ("Reilly said", "Kelly told"), nor a participle
               * ("Kessling thanked …", "Ahmed said"). */
              if (d->tok[j].flags & T_CAP)
                d->tok[j].flags &= ~(guint32)(W_LY | W_ING | W_ED);
            }
      }
  }
}

/* Paragraphs as token ranges: from the paragraphs layer, or a line break
 * between two sentences. */
static void
build_paragraphs (QDoc *d)
{
  const QInput *in = d->in;
  GArray *paras = g_array_new (FALSE, FALSE, sizeof (QTokRange));

  if (in->paragraphs && in->n_paragraphs > 0)
    {
      for (gsize p = 0; p < in->n_paragraphs; p++)
        {
          QTokRange r;

          r.first = (guint32)lower_bound (in->tokens, d->n, in->paragraphs[p].start);
          r.end = (guint32)lower_bound (in->tokens, d->n, in->paragraphs[p].end);
          if (r.end > r.first)
            g_array_append_val (paras, r);
        }
    }
  else
    {
      QTokRange r = { 0, 0 };

      for (guint32 i = 0; i < d->n; i++)
        {
          if (i > 0
              && memchr (d->text + in->tokens[i - 1].end, '\n',
                         in->tokens[i].start - in->tokens[i - 1].end))
            {
              r.end = i;
              g_array_append_val (paras, r);
              r.first = i;
            }
        }
      r.end = d->n;
      if (d->n > 0)
        g_array_append_val (paras, r);
    }
  /* Tokens outside every paragraph join the one before. */
  for (guint p = 0; p < paras->len; p++)
    {
      QTokRange *r = &g_array_index (paras, QTokRange, p);
      guint32 next = p + 1 < paras->len ? g_array_index (paras, QTokRange, p + 1).first : d->n;

      if (p == 0)
        r->first = 0;
      r->end = next;
    }
  d->n_paras = paras->len;
  d->paras = (QTokRange *)g_array_free (paras, FALSE);
  for (guint32 p = 0; p < d->n_paras; p++)
    for (guint32 k = d->paras[p].first; k < d->paras[p].end; k++)
      d->tok[k].para = p;
}

/* Whether token @i is a title abbreviation ("Spc.", "Lt."), after which the
 * segmenter may have ended a sentence inside a name. */
static gboolean
is_title_abbrev (const QDoc *d, guint32 i)
{
  const QRange *r = &d->in->tokens[i];

  return (q_is_word (d, i) && (d->tok[i].flags & W_TITLE) && r->end > r->start
          && d->text[r->end - 1] == '.')
         || q_is_title_dot (d, i);
}

/* Units: sentences, joined where a quotation or a title spans the boundary. */
static void
build_units (QDoc *d)
{
  const QInput *in = d->in;
  GArray *units = g_array_new (FALSE, FALSE, sizeof (QTokRange));

  for (gsize s = 0; s < in->n_sentences; s++)
    {
      QTokRange r;

      r.first = (guint32)lower_bound (in->tokens, d->n, in->sentences[s].start);
      r.end = (guint32)lower_bound (in->tokens, d->n, in->sentences[s].end);
      if (r.end <= r.first)
        continue;
      if (units->len > 0)
        {
          QTokRange *prev = &g_array_index (units, QTokRange, units->len - 1);
          guint32 a = prev->end - 1, b = r.first;
          gboolean join = FALSE;

          if (prev->end > r.first)
            continue; /* overlapping sentences: keep the first */
          if (d->tok[a].para == d->tok[b].para)
            {
              if (d->tok[a].dq >= 0 && d->tok[a].dq == d->tok[b].dq)
                join = TRUE;
              else if (is_title_abbrev (d, a) && (d->tok[b].flags & T_CAP))
                join = TRUE;
              /* “…here.” said Maj. Joe Foster */
              else if (q_is_word (d, b) && !(d->tok[b].flags & T_CAP) && d->tok[b].cue && a > 0
                       && d->tok[a].kind == Q_TOKEN_QUOTE)
                join = TRUE;
            }
          if (join)
            {
              prev->end = r.end;
              continue;
            }
        }
      g_array_append_val (units, r);
    }
  /* No sentences: paragraphs stand in for them. */
  if (units->len == 0)
    for (guint32 p = 0; p < d->n_paras; p++)
      g_array_append_val (units, d->paras[p]);
  /* Cover every token: a gap joins the unit before it. */
  for (guint u = 0; u < units->len; u++)
    {
      QTokRange *r = &g_array_index (units, QTokRange, u);

      if (u == 0)
        r->first = 0;
      if (u + 1 < units->len)
        r->end = MAX (r->end, MIN (g_array_index (units, QTokRange, u + 1).first, d->n));
      else
        r->end = d->n;
    }
  d->n_units = units->len;
  d->units = (QTokRange *)g_array_free (units, FALSE);
  for (guint32 u = 0; u < d->n_units; u++)
    for (guint32 k = d->units[u].first; k < d->units[u].end && k < d->n; k++)
      d->tok[k].unit = u;
}

/* ---- small tests on tokens ----------------------------------------------------------------- */

static const QDq *
dq_at (const QDoc *d, guint32 i)
{
  if (i >= d->n || d->tok[i].dq < 0)
    return NULL;
  return &g_array_index (d->dqs, QDq, d->tok[i].dq);
}

static QDq *
dq_mut (QDoc *d, gint32 index)
{
  return &g_array_index (d->dqs, QDq, index);
}

/* Whether token @i opens a quotation. */
static gboolean
is_dq_open (const QDoc *d, guint32 i)
{
  const QDq *q = dq_at (d, i);

  return q && q->open == i;
}

/* Whether token @i closes a quotation. */
static gboolean
is_dq_close (const QDoc *d, guint32 i)
{
  const QDq *q = dq_at (d, i);

  return q && q->last == i && q->closed;
}

/* Whether a quotation's text ends with its own punctuation: “…,” “….” “…?” */
static gboolean
dq_self_ended (const QDoc *d, const QDq *q)
{
  if (!q->closed)
    return TRUE;
  return q->last > q->open + 1 && d->tok[q->last - 1].kind == Q_TOKEN_PUNCT
         && (q_tok_char (d, q->last - 1, ",.?!") || q_tok_is (d, q->last - 1, "…")
             || q_tok_is (d, q->last - 1, "..."));
}

static guint
dq_words (const QDoc *d, const QDq *q)
{
  guint n = 0;

  for (guint32 k = q->open + 1; k <= q->last; k++)
    n += d->tok[k].kind == Q_TOKEN_WORD || d->tok[k].kind == Q_TOKEN_NUMBER;
  return n;
}

static gboolean
is_final_punct (const QDoc *d, guint32 i)
{
  return q_tok_char (d, i, ".!?") || q_tok_is (d, i, "...") || q_tok_is (d, i, "…");
}

static gboolean
ends_in_s (const QDoc *d, guint32 i)
{
  const QRange *r = &d->in->tokens[i];
  gsize n = r->end - r->start;
  const char *s = d->text + r->start;

  return n > 3 && s[n - 1] == 's' && s[n - 2] != 's' && s[n - 2] != 'u' && s[n - 2] != 'i';
}

/* Whether token @i ends in @suffix (lower case, ASCII), with more before it. */
static gboolean
tok_ends_with (const QDoc *d, guint32 i, const char *suffix)
{
  const QRange *r = &d->in->tokens[i];
  gsize n = strlen (suffix);

  return r->end - r->start > n && g_ascii_strncasecmp (d->text + r->end - n, suffix, n) == 0;
}

/* A unit that is a headline: a paragraph of its own without final punctuation,
 * most long words capitalised ("NSC’s Johndroe: Government of Burma Does Not
 * Want …", "NASA ADMINISTRATOR SAYS …"). */
static gboolean
is_headline (const QDoc *d, guint32 u)
{
  guint32 first = d->units[u].first, end = d->units[u].end;
  guint32 last = end - 1;
  guint words = 0, caps = 0;
  const QTokRange *p = &d->paras[d->tok[first].para];

  if (p->first != first || p->end != end)
    return FALSE;
  while (last > first && d->tok[last].kind == Q_TOKEN_QUOTE)
    last--;
  if (is_final_punct (d, last))
    return FALSE;
  for (guint32 k = first; k < end; k++)
    {
      const QRange *r = &d->in->tokens[k];

      if (!q_is_word (d, k) || d->tok[k].dq >= 0 || r->end - r->start < 4)
        continue;
      words++;
      caps += (d->tok[k].flags & T_CAP) != 0;
    }
  return words >= 3 && caps * 10 >= words * 7;
}

/* ---- clauses ------------------------------------------------------------------------------- */

/* The most tokens outside quotation marks a reported clause may hold.  News sentences are far
 * shorter; the bound keeps the frames that fail on a huge unpunctuated unit from scanning the
 * rest of it for every cue in it, which made such a document quadratic. */
#define MAX_REPORT_TOKENS 500

/* Whether the comma at @k joins two modifiers or nouns inside a phrase ("higher, cooler
 * areas", "masks, gloves and gowns"): lower-case content words on both sides, the one after
 * it followed by another word.  Such a comma is no clause boundary. */
static gboolean
list_comma (const QDoc *d, guint32 k, guint32 to)
{
  const guint32 closed = W_DET | W_PRON | W_PRON_OBJ | W_PREP | W_CONJ | W_SUBORD | W_REL | W_THAT
                         | W_AUX | W_BE | W_VERB | W_CUE | W_ING | W_ED | W_TIME | W_ADV | W_LY
                         | W_OPENER | W_FUNCTION | W_NEG | T_CAP;

  return k > 0 && k + 2 < to && q_is_word (d, k - 1) && !(d->tok[k - 1].flags & closed)
         && q_is_word (d, k + 1) && !(d->tok[k + 1].flags & closed) && q_is_word (d, k + 2)
         && d->tok[k - 1].dq < 0 && d->tok[k + 1].dq < 0;
}

/* The first token at or after @k that is not an adverb ("also", "nearly", "not" when @also
 * is W_NEG), before @limit: callers pass a limit a few words ahead, since a run of adverbs
 * longer than that is no predicate, and an unbounded scan per token would not be linear.
 * Words that are also pronouns, determiners, auxiliaries or time words ("that", "don't",
 * "later") end the run: they are what the callers test next. */
static guint32
skip_adverbs (const QDoc *d, guint32 k, guint32 limit, guint32 also)
{
  while (k < limit && q_is_word (d, k) && (d->tok[k].flags & (W_ADV | W_LY | also))
         && !(d->tok[k].flags & (W_PRON | W_DET | W_AUX | W_TIME)))
    k++;
  return k;
}

/* Whether a quotation opens at @k with a finite verb, the predicate of the words before it:
 * Washington “will not stand by”. */
static gboolean
quoted_predicate (const QDoc *d, guint32 k)
{
  const QDq *q = dq_at (d, k);

  return q && k == q->open && q->open + 1 <= q->last && q_is_word (d, q->open + 1)
         && !(d->tok[q->open + 1].flags & (T_CAP | W_ING))
         && (d->tok[q->open + 1].flags & (W_AUX | W_VERB));
}

/* Whether the comma at @k opens a parenthesis inside the subject, closed by a comma that the
 * finite verb follows: "warm water in the region, between Africa and the islands, is …",
 * "the director, a former pilot, “has never flown …”".  The parenthesis holds no verb, clause
 * or quotation, only a phrase. */
static gboolean
parenthesis_then_verb (const QDoc *d, guint32 k, guint32 to)
{
  const guint32 no_phrase = W_AUX | W_BE | W_VERB | W_CUE | W_REL | W_THAT | W_PRON | W_CONJ;
  guint32 c = k + 1, f;

  if (c >= to || !q_is_word (d, c)
      || ((d->tok[c].flags & (no_phrase | W_ING | W_SUBORD)) && !(d->tok[c].flags & W_PREP)))
    return FALSE;
  for (; c < to && c - k < 16; c++)
    {
      if (q_tok_char (d, c, ","))
        break;
      if (!q_is_word (d, c) && d->tok[c].kind != Q_TOKEN_NUMBER)
        return FALSE;
      f = d->tok[c].flags;
      if (d->tok[c].dq >= 0 || ((f & (no_phrase & ~W_CONJ)) && !(f & T_CAP))
          || ((f & W_ED) && !(f & T_CAP) && !(d->tok[c - 1].flags & (W_DET | W_PREP))))
        return FALSE;
    }
  if (c + 1 >= to || !q_tok_char (d, c, ",") || c == k + 1)
    return FALSE;
  c++;
  if (is_dq_open (d, c))
    return quoted_predicate (d, c);
  f = d->tok[c].flags;
  return q_is_word (d, c) && !(f & (T_CAP | W_ING | W_PRON | W_DET))
         && (f & (W_AUX | W_VERB | W_ED));
}

/* Whether a relative clause that starts at @rel inside a subject is followed by the verb of
 * the main clause: "changes for applicants who fall short of the standards have made …"
 * ("recommends shots for people who are at risk" has none, and is no clause).  The relative
 * clause's verb comes first: the word after "who"/"which" (past adverbs), the first finite
 * verb after "whose"/"whom"/"where"; the main verb is an auxiliary or a known finite verb right
 * after a noun, before any comma, coordinated verb or further clause. */
static gboolean
verb_after_relative (const QDoc *d, guint32 rel, guint32 to)
{
  const guint32 verbish = W_AUX | W_VERB | W_CUE | W_BE | W_ED | W_BASE_VERB;
  const guint32 not_noun = W_PRON | W_PRON_OBJ | W_CONJ | W_PREP | W_DET | W_ADV | W_LY | W_THAT
                           | W_REL | W_SUBORD | W_NEG | W_FUNCTION | W_TIME;
  guint32 k = rel + 1;

  /* Not skip_adverbs(): a negated auxiliary goes with the adverbs here ("who don't vote"), as
   * the word after them is taken as the relative clause's verb.  Bounded like it: this runs for
   * every relative pronoun of every clause tested. */
  while (k < to && k - rel <= 5 && q_is_word (d, k) && (d->tok[k].flags & (W_ADV | W_LY | W_NEG))
         && !(d->tok[k].flags & (W_PRON | W_DET)))
    k++;
  if (q_tok_is (d, rel, "who") || q_tok_is (d, rel, "which"))
    k++;
  else
    {
      while (k < to && k - rel < 12 && q_is_word (d, k)
             && !((d->tok[k].flags & verbish) && !(d->tok[k].flags & (W_ING | T_CAP))))
        k++;
      k++;
    }
  for (; k < to && k - rel < 30; k++)
    {
      guint32 f = d->tok[k].flags;

      /* (or a quoted predicate: "candidates who lose “are free to appeal”") */
      if (d->tok[k].dq >= 0)
        return quoted_predicate (d, k) && q_is_word (d, k - 1)
               && !(d->tok[k - 1].flags & (not_noun | verbish | T_CAP));
      if (!q_is_word (d, k) || (f & (W_REL | W_THAT | W_SUBORD)))
        return FALSE;
      /* ("of fitness or academic standards", not "who are at risk and have …") */
      if ((f & W_CONJ)
          && (!q_is_word (d, k + 1) || (d->tok[k + 1].flags & (verbish | W_PRON))))
        return FALSE;
      if ((f & (W_AUX | W_VERB)) && !(f & (W_ING | T_CAP)) && q_is_word (d, k - 1)
          && !(d->tok[k - 1].flags & (not_noun | verbish | T_CAP)) && !q_tok_is (d, k - 1, "to"))
        return TRUE;
    }
  return FALSE;
}

/* Whether the word at @k is a plural noun: "-s" ("Americans", not "his" or "the group's"),
 * "-men" that is no name or follows a determiner ("her Airmen", not "Yemen"), "people",
 * "children". */
static gboolean
plural_noun (const QDoc *d, guint32 k)
{
  const guint32 not_noun = W_DET | W_PRON | W_PRON_OBJ | W_AUX | W_VERB | W_CUE | W_PREP | W_CONJ
                           | W_SUBORD | W_REL | W_ADV | W_FUNCTION | W_TIME | W_QUANT | W_NEG
                           | W_BE | T_POSS;

  if (!q_is_word (d, k) || (d->tok[k].flags & not_noun) || d->tok[k].dq >= 0)
    return FALSE;
  if (ends_in_s (d, k))
    return TRUE;
  if (d->in->tokens[k].end - d->in->tokens[k].start > 4 && tok_ends_with (d, k, "men")
      && (d->tok[k].mention < 0 || (k > 0 && q_is_word (d, k - 1) && (d->tok[k - 1].flags & W_DET))))
    return TRUE;
  return q_tok_is (d, k, "people") || q_tok_is (d, k, "children");
}

/* Whether [from, k) is a subject coordinated with "and", with adverbs after it: "Zambia,
 * Malawi and Mozambique (together)", "the army and the police", "mining and ranching".  A
 * verb's base form after it is a plural verb ("… account for …"), as after a plural noun. */
static gboolean
coordinated_subject (const QDoc *d, guint32 from, guint32 k)
{
  const guint32 not_np = W_PRON | W_PRON_OBJ | W_AUX | W_VERB | W_CUE | W_CONJ | W_SUBORD | W_REL
                         | W_THAT | W_FUNCTION | W_NEG | W_BE | W_ING;
  gboolean and_seen = FALSE;
  guint32 last = k;

  while (last > from + 2 && q_is_word (d, last - 1) && (d->tok[last - 1].flags & (W_ADV | W_LY))
         && !(d->tok[last - 1].flags & (W_PRON | W_DET | W_AUX)))
    last--;
  if (last - from < 3 || last - from > 10 || !q_is_word (d, last - 1)
      || (d->tok[last - 1].flags & ((not_np & ~(guint32)W_ING) | W_DET | W_PREP)))
    return FALSE;
  for (guint32 j = from; j < last; j++)
    {
      if (q_tok_char (d, j, ",") && j > from)
        continue;
      if (!q_is_word (d, j) || d->tok[j].dq >= 0)
        return FALSE;
      if (q_tok_is (d, j, "and") && j > from && j + 1 < last)
        {
          and_seen = TRUE;
          continue;
        }
      /* (a gerund may head a conjunct, "illegal mining and cattle ranching remain …", when it
       * ends it: one with an object, "cutting trees and …", is a verb phrase) */
      if ((d->tok[j].flags & W_ING) && !(d->tok[j].flags & (not_np & ~(guint32)W_ING))
          && (j + 1 == last || q_tok_is (d, j + 1, "and") || q_tok_char (d, j + 1, ",")))
        continue;
      if ((d->tok[j].flags & not_np) || ((d->tok[j].flags & W_ED) && !(d->tok[j].flags & T_CAP)))
        return FALSE;
    }
  return and_seen;
}

/* Whether the word at @k is a past tense that looks like the base form ("the quake hit
 * …"): after a singular noun it is finite, since the present would be "hits", unless "by"
 * makes it a participle ("a town hit by floods").  After a plural noun it may be a
 * participle ("villages cut off …"), so it is not taken there. */
static gboolean
past_as_base (const QDoc *d, guint32 k, guint32 to)
{
  static const char *const forms[] = { "hit", "cut", "hurt", "quit", "shut", "spread", "burst" };
  const guint32 not_noun = W_DET | W_PRON | W_PRON_OBJ | W_AUX | W_VERB | W_CUE | W_PREP | W_CONJ
                           | W_SUBORD | W_REL | W_ADV | W_LY | W_FUNCTION | W_TIME | W_QUANT | W_NEG
                           | W_BE | W_ING | W_THAT | T_POSS;

  static const char *const time_modifiers[] = { "last", "this", "next", "that", "same", "early",
                                                 "late" };
  guint32 n = k;

  if (!q_tok_among (d, k, forms, G_N_ELEMENTS (forms)) || k == 0)
    return FALSE;
  /* A time phrase may close the subject: "a campaign last year cut …", "the storm Monday hit
   * …"; the noun before it is the subject's head. */
  if (n > 1 && q_is_word (d, n - 1) && (d->tok[n - 1].flags & W_TIME)
      && !(d->tok[n - 1].flags & T_CAP && d->tok[n - 1].mention >= 0))
    {
      n--;
      if (n > 1 && q_tok_among (d, n - 1, time_modifiers, G_N_ELEMENTS (time_modifiers)))
        n--;
    }
  if (!q_is_word (d, n - 1) || (d->tok[n - 1].flags & not_noun) || d->tok[n - 1].dq >= 0
      || plural_noun (d, n - 1))
    return FALSE;
  return !(k + 1 < to && q_tok_is (d, k + 1, "by"));
}

/* Whether the word at @k is a verb's base form by the list of base-verbs.h. */
static gboolean
base_verb (const QDoc *d, guint32 k)
{
  char buf[32];

  return q_is_word (d, k)
         && q_lower (d->text + d->in->tokens[k].start,
                     d->in->tokens[k].end - d->in->tokens[k].start, buf, sizeof buf, FALSE)
         && q_lexicon_base_verb (buf);
}

/* Whether an approximate number starts at @k: "about 300", "nearly 40", "more than 2,000".
 * After a noun, a word in -s before one is a verb with its object ("the clinic treats about
 * 300 patients"); a plain number is not enough ("the attacks 10 days ago"). */
static gboolean
approximate_number (const QDoc *d, guint32 k, guint32 to)
{
  static const char *const approx[] = { "about", "nearly", "almost", "roughly", "approximately",
                                        "some", "around" };

  if (!q_is_word (d, k) || k + 1 >= to)
    return FALSE;
  if (d->tok[k + 1].kind == Q_TOKEN_NUMBER)
    return q_tok_among (d, k, approx, G_N_ELEMENTS (approx));
  /* "more than 2,000", "up to 40", "at least 14" */
  return k + 2 < to && d->tok[k + 2].kind == Q_TOKEN_NUMBER
         && (((q_tok_is (d, k, "more") || q_tok_is (d, k, "fewer") || q_tok_is (d, k, "less"))
              && q_tok_is (d, k + 1, "than"))
             || (q_tok_is (d, k, "up") && q_tok_is (d, k + 1, "to"))
             || (q_tok_is (d, k, "at")
                 && (q_tok_is (d, k + 1, "least") || q_tok_is (d, k + 1, "most"))));
}

/* Whether the word after the subject pronoun at @k (past adverbs) is its verb: "she
 * receives …", "she nearly quit …", "they train …".  A subject pronoun stands before a
 * finite verb, so any lower-case content word there is one, whether the lexicon knows it or
 * not; closed-class words, reflexives ("they themselves") and -ing forms are not.  "it" and
 * "you" can be objects ("explained it to reporters"), so after them only an -s form counts
 * ("it takes …"), as after "he" or "she" when the word is not capitalised. */
static gboolean
verb_after_pronoun (const QDoc *d, guint32 k, guint32 to)
{
  const guint32 closed = W_DET | W_PRON | W_PRON_OBJ | W_PREP | W_CONJ | W_SUBORD | W_REL | W_THAT
                         | W_FUNCTION | W_TIME | W_ING | W_QUANT | W_OPENER | T_CAP;
  gboolean object_too = q_tok_is (d, k, "it") || q_tok_is (d, k, "you");
  guint32 n = skip_adverbs (d, k + 1, MIN (to, k + 4), W_NEG);
  if (n >= to || !q_is_word (d, n) || d->tok[n].dq >= 0 || (d->tok[n].flags & closed))
    return FALSE;
  if (ends_in_s (d, n) && !(d->tok[n].flags & T_POSS))
    return TRUE;
  return !object_too && !tok_ends_with (d, n, "self") && !tok_ends_with (d, n, "selves");
}

/* Whether tokens [from, to) hold a finite clause.  Strict: the words right
 * after a reporting verb, which must read as subject + verb before any
 * relative pronoun ("recommends booster shots for people who are …" is not a
 * clause).  Lenient: any finite verb (the content of a frame A or C). */
static gboolean
clause_ok (const QDoc *d, guint32 from, guint32 to, gboolean strict)
{
  guint32 k = from, seen = 0;

  if (from >= to)
    return FALSE;
  /* A fronted adverbial: "here in the capital, we heard …" (not the start of a subject
   * with an approximate number: "about 300 people were …", "at least 14 people …") */
  if (strict && q_is_word (d, from) && (d->tok[from].flags & W_PREP)
      && !approximate_number (d, from, to))
    {
      while (k < to && k - from < 12 && !q_tok_char (d, k, ",") && d->tok[k].dq < 0)
        k++;
      if (k >= to || !q_tok_char (d, k, ","))
        return FALSE;
      k++;
    }
  for (; k < to; k++)
    {
      guint32 f = d->tok[k].flags;
      gboolean blocked;

      if (d->tok[k].dq >= 0)
        {
          const QDq *q = dq_at (d, k);

          /* A quoted predicate after the subject: Washington “will not stand by”. */
          if (k > from && quoted_predicate (d, k))
            return TRUE;
          k = q->last;
          continue;
        }
      if (++seen > MAX_REPORT_TOKENS)
        return FALSE;
      if (!q_is_word (d, k))
        {
          if (q_tok_char (d, k, ","))
            {
              if (k + 1 < to && (d->tok[k + 1].flags & W_PRON))
                continue;
              if (strict && k > from && parenthesis_then_verb (d, k, to))
                return TRUE;
              if (strict && !list_comma (d, k, to))
                return FALSE;
            }
          else if (strict && (q_tok_char (d, k, ";:") || q_is_dash (d, k)))
            {
              return FALSE;
            }
          continue;
        }
      if ((f & W_REL) && strict)
        return k > from && verb_after_relative (d, k, to);
      if (f & W_PRON)
        {
          if (verb_after_pronoun (d, k, to))
            return TRUE;
          continue;
        }
      blocked = k == from
                || (q_is_word (d, k - 1) && (d->tok[k - 1].flags & (W_DET | W_PREP))
                    && !(d->tok[k - 1].flags & W_PRON))
                || q_tok_is (d, k - 1, "to");
      if ((f & W_AUX) && k > from && !q_tok_is (d, k - 1, "to"))
        return TRUE;
      if (q_tok_is (d, k, "be") && k > from && !q_tok_is (d, k - 1, "to"))
        return TRUE;
      /* (a capitalised verb form inside the range is a name: "the United States") */
      if ((f & (W_VERB | W_CUE)) && !(f & W_ING) && !blocked && !((f & T_CAP) && k > from))
        return TRUE;
      if ((f & W_ED) && !(f & T_CAP) && !blocked)
        return TRUE;
      if ((f & W_BASE_VERB) && k > from && !blocked && q_is_word (d, k - 1)
          && (((d->tok[k - 1].flags & W_PRON) && d->tok[k - 1].gender != Q_GENDER_MALE
               && d->tok[k - 1].gender != Q_GENDER_FEMALE
               && d->tok[k - 1].gender != Q_GENDER_NEUTER)
              || (ends_in_s (d, k - 1) && !(d->tok[k - 1].flags & T_POSS))))
        return TRUE;
      /* Any verb's base form after a plural noun: "young people qualify for …", "her
       * Airmen train …" (the list holds nouns too, but "Xs" + noun seldom stands where a
       * reported clause starts). */
      if (k > from && !blocked && !(f & ~(guint32)(W_ED | W_VERB | W_BASE_VERB))
          && (plural_noun (d, k - 1) || coordinated_subject (d, from, k)) && base_verb (d, k))
        return TRUE;
      if (k > from && !blocked && !(f & T_CAP) && past_as_base (d, k, to))
        return TRUE;
      /* A present-tense -s verb between a noun and its object: "the group
       * recommends a …". */
      if (ends_in_s (d, k) && !(f & (T_CAP | T_POSS)) && !blocked && q_is_word (d, k - 1)
          && !(d->tok[k - 1].flags & (W_ADV | W_LY)) && k + 1 < to && q_is_word (d, k + 1)
          && (((d->tok[k + 1].flags & (W_DET | W_PRON_OBJ | W_THAT))
               && !(d->tok[k + 1].flags & W_QUANT))
              || approximate_number (d, k + 1, to)))
        return TRUE;
    }
  return FALSE;
}

/* Whether the words from @n are a cue-after attribution: "…, he said." "…,
 * officials said Tuesday." "…, said X." */
static gboolean
attribution_follows (const QDoc *d, guint32 n, guint32 end)
{
  guint32 k = n;

  if (k >= end || !q_is_word (d, k))
    return FALSE;
  if (d->tok[k].cue && (q_lexicon_cue (d->lex, d->tok[k].cue)->flags & (C_AFTER | C_DIRECT)))
    return TRUE;
  k = q_np_forward (d, n, end);
  if (k == n || k - n > 10)
    return FALSE;
  while (k < end && q_is_word (d, k) && (d->tok[k].flags & (W_ADV | W_LY | W_AUX)))
    k++;
  if (k >= end || !q_is_word (d, k) || !d->tok[k].cue)
    return FALSE;
  if (!(q_lexicon_cue (d->lex, d->tok[k].cue)->flags & C_AFTER))
    return FALSE;
  k++;
  /* Nothing but adverbials after it up to the end. */
  for (guint32 j = k; j < end && j - k < 12; j++)
    {
      if (is_final_punct (d, j) || j + 1 == end)
        return TRUE;
      if (q_tok_char (d, j, ",;") || d->tok[j].dq >= 0 || (d->tok[j].flags & W_THAT))
        return q_tok_char (d, j, ",");
    }
  return FALSE;
}

/* Whether the word at @k is a finite verb of a speech act that is not a report: the
 * speaker's own act when it is coordinated with the reporting verb ("says A and accuses the
 * army of …", "said A and thanked the donors"). */
static gboolean
speech_act_verb (const QDoc *d, guint32 k)
{
  static const char *const forms[] = {
    "accuses",    "accused",    "blames",     "blamed",     "criticizes", "criticized",
    "criticises", "criticised", "condemns",   "condemned",  "praises",    "praised",
    "welcomes",   "welcomed",   "rejects",    "rejected",   "thanks",     "thanked",
    "dismisses",  "dismissed",  "defends",    "defended",   "appeals",    "appealed",
    "apologizes", "apologized", "apologises", "apologised", "questions",  "questioned",
    "underscores", "underscored", "offers",   "offered",    "expresses",  "expressed",
    "reaffirms",  "reaffirmed",
  };

  return q_is_word (d, k) && !(d->tok[k].flags & T_CAP)
         && q_tok_among (d, k, forms, G_N_ELEMENTS (forms));
}

/* Whether the words at @k refuse a report: "declined to say whether …", "refused to comment"
 * (the speaker's act, after "but", not part of what was said). */
static gboolean
declined_to_say (const QDoc *d, guint32 k, guint32 end)
{
  static const char *const refusals[] = { "declined", "declines", "refused", "refuses" };
  static const char *const speech[] = { "comment", "elaborate", "discuss", "specify", "speculate",
                                        "name", "identify", "give", "provide", "answer" };

  return k + 2 < end && q_tok_among (d, k, refusals, G_N_ELEMENTS (refusals))
         && !(d->tok[k].flags & T_CAP) && q_tok_is (d, k + 1, "to")
         && (d->tok[k + 2].cue || q_tok_among (d, k + 2, speech, G_N_ELEMENTS (speech)));
}

/* Whether "and"/"but" at @k (or a comma before one) coordinates a second report with the
 * reporting verb: "said A but stressed B", "insists A and says B", "told X that “A,” but
 * that “B.”".  A finite reporting verb there belongs to the main clause, not to the reported one; so
 * does a speech act with no subject of its own ("says A and accuses the army of …").  After a
 * comma, a report with a subject of its own ends the clause too: "said business was up,
 * though many complained about …" (also after "although"). */
static gboolean
coordinated_report (const QDoc *d, guint32 k, guint32 end)
{
  guint32 n = k;
  gboolean comma = FALSE;

  if (q_tok_char (d, n, ","))
    {
      n++;
      comma = TRUE;
    }
  if (n + 1 >= end)
    return FALSE;
  if (comma && (q_tok_is (d, n, "though") || q_tok_is (d, n, "although")))
    {
      guint32 v = q_np_forward (d, n + 1, end);

      if (v == n + 1 || v - n > 7)
        return FALSE;
      v = skip_adverbs (d, v, MIN (end, n + 10), 0);
      return v < end && q_is_word (d, v) && d->tok[v].cue
             && !(d->tok[v].flags & (W_ING | T_CAP | W_BASE_VERB | W_DET | W_PRON));
    }
  if (!(q_tok_is (d, n, "and") || q_tok_is (d, n, "but")))
    return FALSE;
  n++;
  /* A second "that" ends the first part only after a quotation ("told X that “A,” but that
   * “B.”"): without marks, "said that A and that B" is one contiguous span, so one record
   * (GUIDELINES.md).  (Nor the pronoun: "…, and that is what we did".) */
  if (q_tok_is (d, n, "that"))
    return k > 0 && is_dq_close (d, k - 1) && n + 1 < end && q_is_word (d, n + 1)
           && !(d->tok[n + 1].flags & (W_AUX | W_BE | W_VERB | W_ED | W_CUE));
  n = skip_adverbs (d, n, MIN (end, k + 6), 0);
  /* (a perfect: "… and have appealed for help") */
  if (n + 1 < end && (q_tok_is (d, n, "have") || q_tok_is (d, n, "has") || q_tok_is (d, n, "had"))
      && speech_act_verb (d, n + 1))
    return TRUE;
  if (n < end && (speech_act_verb (d, n) || declined_to_say (d, n, end)))
    return TRUE;
  return n < end && q_is_word (d, n) && d->tok[n].cue
         && !(d->tok[n].flags & (W_ING | T_CAP | W_BASE_VERB | W_DET | W_PRON));
}

/* Where a reported clause that starts at @from ends (one past its last token). */
static guint32
clause_end (const QDoc *d, guint32 from, guint32 end)
{
  guint32 seen = 0;

  for (guint32 k = from; k < end; k++)
    {
      if (d->tok[k].dq >= 0)
        {
          const QDq *q = dq_at (d, k);

          k = q->last;
          /* A quotation closed by a period ends the sentence even when the segmenter kept
           * the next one with it: "…, “We are hopeful.” Roux said cases fell …". */
          if (q->closed && k > q->open + 1 && q_tok_char (d, k - 1, ".") && k + 1 < end
              && q_is_word (d, k + 1) && (d->tok[k + 1].flags & T_CAP))
            return k + 1;
          continue;
        }
      if (++seen > MAX_REPORT_TOKENS)
        return end; /* too long to be reported: no end is looked for */
      if (q_tok_char (d, k, ";") || (q_is_dash (d, k) && k > from))
        return k;
      if (k > from && coordinated_report (d, k, end))
        return k;
      if (q_tok_char (d, k, ","))
        {
          guint32 n = k + 1;
          guint32 f;

          if (n >= end)
            return k;
          f = d->tok[n].flags;
          /* "…, citing irregularities" (not the preposition: "…, including …" goes on
           * with a noun phrase of the clause) */
          if (q_is_word (d, n) && (f & W_ING) && !(f & (T_CAP | W_PREP)))
            return k;
          if (q_tok_is (d, n, "just") || q_tok_is (d, n, "according") || q_tok_is (d, n, "while")
              || q_tok_is (d, n, "whereas"))
            return k;
          if ((f & W_CONJ) && n + 1 < end && q_is_word (d, n + 1)
              && (d->tok[n + 1].flags
                  & (W_AUX | W_BE | W_VERB | W_ED | W_BASE_VERB | W_ADV | W_CUE))
              && !(d->tok[n + 1].flags & (W_PRON | W_DET | W_THAT)))
            return k; /* "…, and are demanding" */
          if (attribution_follows (d, n, end))
            return k;
        }
      if (is_final_punct (d, k))
        return k + 1;
    }
  return end;
}

/* ---- records ------------------------------------------------------------------------------- */

static void
record_clear (gpointer p)
{
  QRecord *r = p;

  q_speaker_clear (&r->speaker);
}

static guint
new_group (QDoc *d)
{
  return ++d->next_group;
}

static int
add_record (QDoc *d, gsize start, gsize end, QQuoteType type, const QSpeaker *spk,
            guint32 cue_first, guint32 cue_end, guint group, guint32 para, guint32 anchor_tok)
{
  QRecord r = { 0 };

  r.start = start;
  r.end = end;
  r.type = type;
  if (spk)
    q_speaker_copy (&r.speaker, spk);
  else
    r.speaker.entity = -1;
  r.cue_first = cue_first;
  r.cue_end = cue_end;
  r.group = group;
  r.para = para;
  r.anchor_tok = anchor_tok;
  g_array_append_val (d->records, r);
  return (int)d->records->len - 1;
}

static void
add_anchor (QDoc *d, const QSpeaker *spk, guint32 cue_first, guint32 cue_end, guint32 at)
{
  QRecord r = { 0 };

  q_speaker_copy (&r.speaker, spk);
  r.cue_first = cue_first;
  r.cue_end = cue_end;
  r.para = d->tok[at].para;
  r.anchor_tok = at;
  g_array_append_val (d->anchors, r);
}

static void
mark_used (QDoc *d, guint32 first, guint32 end)
{
  for (guint32 k = first; k < end && k < d->n; k++)
    d->tok[k].used = TRUE;
}

static int
add_direct (QDoc *d, gint32 dqi, const QSpeaker *spk, guint32 cue_first, guint32 cue_end,
            guint group)
{
  QDq *q = dq_mut (d, dqi);
  int r;

  r = add_record (d, d->in->tokens[q->open].start, d->in->tokens[q->last].end, Q_QUOTE_DIRECT, spk,
                  cue_first, cue_end, group, q->para, cue_end > cue_first ? cue_first : q->open);
  q->record = r;
  q->used = TRUE;
  mark_used (d, q->open, q->last + 1);
  return r;
}

static gboolean
is_connector (const QDoc *d, guint32 k)
{
  return q_tok_char (d, k, ",.;:") || q_tok_is (d, k, "that") || q_tok_is (d, k, "but")
         || q_tok_is (d, k, "and") || q_tok_is (d, k, "or") || q_is_dash (d, k);
}

enum
{
  R_INDIRECT = 1 << 0, /* an unquoted clause may be reported */
  R_STRICT = 1 << 1,   /* the clause must pass the strict test */
  R_FRAGMENTS = 1 << 2, /* quoted fragments are direct quotes of their own ("called for “…”") */
  R_ANY = 1 << 3,       /* any words will do: they follow a complementiser "that" */
};

/* Whether [from, to) holds a finite verb, inside quotation marks or not. */
static gboolean
any_finite_verb (const QDoc *d, guint32 from, guint32 to)
{
  for (guint32 k = from; k < to; k++)
    {
      guint32 f = d->tok[k].flags;

      if (!q_is_word (d, k) || (f & T_CAP))
        continue;
      if ((f & (W_AUX | W_VERB | W_CUE)) && !(f & W_ING))
        return TRUE;
      if ((f & W_ED) && k > from && !(d->tok[k - 1].flags & (W_DET | W_PREP)))
        return TRUE;
      if ((f & W_BASE_VERB) && k > from && (d->tok[k - 1].flags & W_PRON))
        return TRUE;
      if (ends_in_s (d, k) && k > from && q_is_word (d, k - 1) && k + 1 < to && q_is_word (d, k + 1)
          && (d->tok[k + 1].flags & (W_DET | W_PRON_OBJ)))
        return TRUE;
    }
  return FALSE;
}

/* Makes the quote records for the content [rf, re) of a frame.  Returns the
 * group, or 0 when the content is not a report. */
static guint
emit_region (QDoc *d, guint32 rf, guint32 re, const QSpeaker *spk, guint32 cue_first,
             guint32 cue_end, guint how)
{
  guint32 n_dq = 0, outside = 0;
  gboolean quote_only = TRUE, direct_only;
  guint group;
  guint32 para;

  /* A dateline ("NAIROBI — ", "HILL AIR FORCE BASE, Utah -- ") opens the story, not what
   * its first sentence reports. */
  if (rf < re && rf == d->paras[d->tok[rf].para].first)
    rf = q_skip_dateline (d, rf, re);
  while (rf < re && (q_tok_char (d, rf, ",:") || q_tok_is (d, rf, "that") || q_is_dash (d, rf)))
    rf++;
  while (re > rf && (q_tok_char (d, re - 1, ",;:") || q_is_dash (d, re - 1)))
    re--;
  if (rf >= re)
    return 0;
  /* A quotation that starts inside the region is wholly inside it. */
  for (guint32 k = rf; k < re; k++)
    {
      const QDq *q = dq_at (d, k);

      if (q)
        {
          if (q->open < rf || q->used)
            return 0;
          n_dq++;
          if (q->last + 1 > re)
            re = q->last + 1;
          k = q->last;
          continue;
        }
      if (d->tok[k].used)
        return 0;
      if (++outside > MAX_REPORT_TOKENS)
        return 0;
      if (!is_connector (d, k))
        quote_only = FALSE;
    }
  para = d->tok[rf].para;
  if (n_dq == 0)
    {
      if (!(how & R_INDIRECT))
        return 0;
      if ((how & R_ANY) ? re - rf < 3 : !clause_ok (d, rf, re, (how & R_STRICT) != 0))
        return 0;
      group = new_group (d);
      add_record (d, d->in->tokens[rf].start, d->in->tokens[re - 1].end, Q_QUOTE_INDIRECT, spk,
                  cue_first, cue_end, group, para, cue_end > cue_first ? cue_first : rf);
      mark_used (d, rf, re);
      return group;
    }
  direct_only = (how & R_FRAGMENTS) || quote_only
                || (is_dq_open (d, rf) && dq_self_ended (d, dq_at (d, rf)));
  /* Reported words right after the verb must hold a clause, quoted or not: "noted “serious
   * delays” in the delivery" is a noun phrase with a scare quote. */
  if (!direct_only && (how & R_STRICT) && !any_finite_verb (d, rf, re))
    return 0;
  group = new_group (d);
  if (direct_only)
    {
      /* Quotations only, or a complete quotation followed by words that are
       * not part of it ("said, “…,” at the time of her removal"). */
      for (guint32 k = rf; k < re; k++)
        {
          if (is_dq_open (d, k))
            {
              add_direct (d, d->tok[k].dq, spk, cue_first, cue_end, group);
              k = dq_at (d, k)->last;
              continue;
            }
          if (!(how & R_FRAGMENTS) && !is_connector (d, k))
            break;
        }
      return group;
    }
  add_record (d, d->in->tokens[rf].start, d->in->tokens[re - 1].end, Q_QUOTE_MIXED, spk, cue_first,
              cue_end, group, para, cue_end > cue_first ? cue_first : rf);
  for (guint32 k = rf; k < re; k++)
    if (is_dq_open (d, k))
      {
        QDq *q = dq_mut (d, d->tok[k].dq);

        q->used = TRUE;
        q->record = (int)d->records->len - 1;
      }
  mark_used (d, rf, re);
  return group;
}

/* ---- frames -------------------------------------------------------------------------------- */

/* Whether the -ly word at @j modifies the noun after it ("said early results …", "said
 * elderly residents …"): an adverb after a reporting verb stands before "that", a
 * determiner, a pronoun, a preposition or a comma, not right before a lower-case noun.  Not
 * the listed adverbs ("said publicly …"), nor before a time word ("said early Monday"). */
static gboolean
ly_adjective (const QDoc *d, guint32 j, guint32 end)
{
  const guint32 closed = W_DET | W_PRON | W_PRON_OBJ | W_PREP | W_CONJ | W_SUBORD | W_REL | W_THAT
                         | W_AUX | W_BE | W_VERB | W_CUE | W_ING | W_ED | W_TIME | W_ADV | W_LY
                         | W_FUNCTION | W_NEG | W_QUANT | T_CAP;

  return (d->tok[j].flags & W_LY) && !(d->tok[j].flags & (W_ADV | T_CAP)) && j + 2 < end
         && q_is_word (d, j + 1) && d->tok[j + 1].dq < 0 && !(d->tok[j + 1].flags & closed)
         && q_is_word (d, j + 2);
}

/* Skips the adverbials after a reporting verb: "said Thursday", "said in a
 * statement", "told reporters in Washington", "said on Tuesday that". */
static guint32
skip_adverbials (const QDoc *d, guint32 j, guint32 end)
{
  while (j < end && q_is_word (d, j))
    {
      guint32 f = d->tok[j].flags;

      /* "said nearly 40 people …", "said at least 14 …": the number's modifier opens the
       * subject of the content. */
      if (approximate_number (d, j, end))
        break;
      if (ly_adjective (d, j, end))
        break;
      if ((f & (W_TIME | W_LY)) && !(f & (W_THAT | W_PRON)) && !(f & W_ADV && (f & W_DET)))
        {
          j++;
          continue;
        }
      if ((f & W_ADV) && !(f & (W_DET | W_PRON)) && !q_tok_is (d, j, "that"))
        {
          j++;
          continue;
        }
      if (f & W_PLACE_WORD)
        {
          /* A short prepositional phrase, if what follows it is where the
           * content starts. */
          guint32 k = j + 1;

          if (k < end && q_is_word (d, k) && (d->tok[k].flags & W_DET))
            k++;
          while (k < end && k - j < 8
                 && (d->tok[k].kind == Q_TOKEN_NUMBER /* "on Channel 4", "in 2019" */
                     || q_is_word (d, k))
                 && ((d->tok[k].kind == Q_TOKEN_NUMBER || (d->tok[k].flags & (T_CAP | T_POSS))
                      || !(d->tok[k].flags
                           & (W_PRON | W_AUX | W_VERB | W_THAT | W_PREP | W_CONJ | W_REL | W_CUE
                              | W_BE)))
                     || q_tok_is (d, k, "of") || q_tok_is (d, k, "with"))
                 && !(d->tok[k].flags & W_THAT) && !(d->tok[k].flags & W_PRON))
            k++;
          if (k > j + 1
              && (k >= end || q_tok_is (d, k, "that") || q_tok_char (d, k, ",:.")
                  || is_dq_open (d, k) || (q_is_word (d, k) && (d->tok[k].flags & W_PLACE_WORD))))
            {
              j = k;
              continue;
            }
        }
      break;
    }
  return j;
}

/* "warned, however, that …", "said, too, that …": an adverb set off by commas between the
 * verb and its "that" clause is the reporting clause's own, not where the content starts.
 * Returns the "that", or @j when the words at @j are not such an adverb.  (Only before
 * "that": ", he said, however, was …" is a parenthetical cue whose predicate follows.) */
static guint32
past_comma_adverb (const QDoc *d, guint32 j, guint32 end)
{
  guint32 f;

  if (j + 3 >= end || !q_tok_char (d, j, ",") || !q_is_word (d, j + 1)
      || !q_tok_char (d, j + 2, ",") || !q_tok_is (d, j + 3, "that"))
    return j;
  f = d->tok[j + 1].flags;
  if ((f & (W_CONJ | W_PRON | W_DET)) || d->tok[j + 1].dq >= 0)
    return j;
  if ((f & (W_ADV | W_LY | W_OPENER)) || q_tok_is (d, j + 1, "though")
      || q_tok_is (d, j + 1, "too"))
    return j + 3;
  return j;
}

/* The hearer of "told reporters (that)", "told the protesters their …". */
static guint32
skip_object (const QDoc *d, guint32 j, guint32 end)
{
  if (j >= end || !q_is_word (d, j))
    return j;
  if (d->tok[j].flags & W_PRON_OBJ)
    return j + 1;
  if (d->tok[j].flags & (W_THAT | W_PRON))
    return j;
  /* "that" not far ahead, with no verb before it. */
  for (guint32 k = j; k < end && k - j < 14; k++)
    {
      guint32 f = d->tok[k].flags;

      if (q_tok_is (d, k, "that") && k > j)
        return k;
      if (d->tok[k].dq >= 0 || q_tok_char (d, k, ",;:") || is_final_punct (d, k)
          || (q_is_word (d, k) && (f & (W_AUX | W_VERB | W_BASE_VERB | W_CUE | W_BE))))
        break;
      if (q_is_word (d, k) && (f & W_ED) && !(f & T_CAP) && k > j)
        break;
    }
  return q_np_forward (d, j, end);
}

/* Where the subject of a clause without "that" starts when the words after the verb ran it
 * into the hearer or an adverbial: "tells VOA rescue teams are …" (a name, then a lower-case
 * noun), "told reporters in Nairobi the government had …", "said in a statement the agency
 * would …" (a determiner or pronoun after a noun).  The words from @o up to it must be a
 * hearer (@object) or a prepositional phrase with no verb or comma; the rest must pass the
 * strict clause test.  Returns @o when there is no such point. */
static guint32
subject_after_phrase (const QDoc *d, guint32 o, guint32 end, gboolean object)
{
  if (!object && !(q_is_word (d, o) && (d->tok[o].flags & W_PLACE_WORD)))
    return o;
  for (guint32 s = o + 1; s < end && s - o < 12; s++)
    {
      guint32 pf = d->tok[s - 1].flags, f = d->tok[s].flags;
      gboolean split;

      if (!q_is_word (d, s - 1) && d->tok[s - 1].kind != Q_TOKEN_NUMBER)
        return o;
      if (d->tok[s - 1].dq >= 0
          || (q_is_word (d, s - 1)
              && ((pf & (W_AUX | W_VERB | W_CUE | W_BE | W_THAT | W_REL | W_CONJ | W_SUBORD))
                  || ((pf & W_ED) && !(pf & T_CAP)))))
        return o;
      if (!q_is_word (d, s) || d->tok[s].dq >= 0)
        return o;
      /* (after a noun, not after "of", "the" or "in") */
      if (pf & (W_DET | W_PREP | W_PRON_OBJ) && !(pf & T_CAP))
        continue;
      split = ((f & (W_DET | W_PRON | W_QUANT)) && !(f & W_PRON_OBJ))
              || (object && (pf & T_CAP) && !(f & T_CAP) && s == o + 1
                  && !(f & (W_PREP | W_FUNCTION | W_ADV | W_LY | W_TIME | W_PLACE_WORD)));
      if (split && clause_ok (d, s, clause_end (d, s, end), TRUE))
        return s;
    }
  return o;
}

/* Whether [from, to) holds anything but sentence openers ("But", "Moreover,"). */
static gboolean
has_content (const QDoc *d, guint32 from, guint32 to)
{
  for (guint32 k = from; k < to; k++)
    if (!(q_is_word (d, k) && (d->tok[k].flags & W_OPENER)) && !q_tok_char (d, k, ",")
        && !q_is_dash (d, k))
      return TRUE;
  return FALSE;
}

/* Whether a predicate starts at @from: the finite verb whose subject stands before a
 * parenthetical cue ("The findings, she said, are consistent …", "Pay, he said, still lags
 * …", "The academy, she added, “is a bottleneck …”").  Adverbs may come first; a quotation
 * that opens there must go on in lower case, as the rest of a sentence does. */
static gboolean
predicate_starts (const QDoc *d, guint32 from, guint32 to)
{
  guint32 k = from, f;

  if (k < to && is_dq_open (d, k))
    k++;
  k = skip_adverbs (d, k, MIN (to, from + 5), 0);
  if (k >= to || !q_is_word (d, k))
    return FALSE;
  f = d->tok[k].flags;
  if (f & (T_CAP | W_PRON | W_DET | W_PREP | W_ING | W_CONJ | W_THAT | W_REL))
    return FALSE;
  if (f & (W_AUX | W_VERB | W_CUE | W_ED | W_BASE_VERB))
    return TRUE;
  return ends_in_s (d, k) && !(f & T_POSS);
}

/* predicate_starts(), or else a verb's base form after a plural subject ending at
 * @subj_last: "Ships, she said, often wait outside …", where the verb has no -s to show it
 * (the base-verbs.h list, as the clause test reads it after a plural noun). */
static gboolean
parenthetical_predicate (const QDoc *d, guint32 subj_last, guint32 from, guint32 to)
{
  guint32 k;

  if (predicate_starts (d, from, to))
    return TRUE;
  if (!plural_noun (d, subj_last))
    return FALSE;
  k = skip_adverbs (d, from, MIN (to, from + 5), 0);
  return k < to && !(d->tok[k].flags & (T_CAP | W_PRON | W_DET | W_PREP | W_ING | W_CONJ))
         && base_verb (d, k);
}

/* Whether the words from @from, after "…, X said,", are an adjunct of the sentence (a
 * participle, a subordinate or coordinated clause, an appositive) rather than a clause with
 * a subject of its own, which would be what X said ("Of course, she added, it is hard"). */
static gboolean
adjunct_follows (const QDoc *d, guint32 from, guint32 to)
{
  if (from >= to || !q_is_word (d, from))
    return FALSE;
  if ((d->tok[from].flags & (W_SUBORD | W_ING | W_CONJ)) && !(d->tok[from].flags & W_PRON))
    return TRUE;
  return !clause_ok (d, from, clause_end (d, from, to), TRUE);
}

/* Whether the comma at @k opens an appositive that ends the unit: "…, said X, a scientist
 * with the center in Boulder, Colorado." (no quotation, no clause of its own). */
static gboolean
appositive_ends (const QDoc *d, guint32 k, guint32 to)
{
  guint32 a = k + 1;

  if (!q_tok_char (d, k, ",") || a >= to || !q_is_word (d, a)
      || (d->tok[a].flags & (W_PRON | W_CONJ | W_SUBORD | W_REL | W_ING | W_THAT)))
    return FALSE;
  for (guint32 j = a; j < to && j - a < 40; j++)
    {
      if (d->tok[j].dq >= 0)
        return FALSE;
      if (is_final_punct (d, j) || j + 1 == to)
        return !clause_ok (d, a, j + 1, TRUE) && !predicate_starts (d, a, to);
    }
  return FALSE;
}

/* Whether [from, to) before a parenthetical cue is the subject of a sentence the cue
 * interrupts, rather than a clause of its own ("…, he said, …" after "The talks will be
 * held in Hanoi") or nothing but openers ("Moreover, he said, …"). */
static gboolean
interrupted_subject (const QDoc *d, guint32 from, guint32 to)
{
  return has_content (d, from, to) && !clause_ok (d, from, to, FALSE);
}

/* The subject of the unit, for a participle ("…, saying …"). */
static gboolean
unit_speaker (QDoc *d, guint32 u, guint32 before, QSpeaker *s)
{
  guint32 i = d->units[u].first, end = before;
  guint32 np_end;

  /* A record of this unit already has it. */
  for (guint r = d->records->len; r-- > 0;)
    {
      const QRecord *rec = &g_array_index (d->records, QRecord, r);

      if (rec->anchor_tok < d->units[u].first)
        break;
      if (rec->speaker.found && rec->anchor_tok < before)
        {
          q_speaker_copy (s, &rec->speaker);
          return TRUE;
        }
    }
  i = q_subject_start (d, i, end);
  return i < end && q_speaker_after (d, i, end, s, &np_end);
}

typedef struct
{
  guint32 u, uf, ue;
  guint32 cstart; /* first token of the unit not yet consumed */
} Unit;

/* Whether a speaker after the cue phrase ending at @ce closes the unit, alone or with an
 * appositive: "…, said Sgt. X." / "…, said X, the shop chief." */
static gboolean
inverted_speaker (QDoc *d, const Unit *un, guint32 ce)
{
  QSpeaker s = { .entity = -1 };
  guint32 np_end, k;
  gboolean ok;

  if (!q_speaker_after (d, skip_adverbials (d, ce, un->ue), un->ue, &s, &np_end))
    return FALSE;
  q_speaker_clear (&s);
  k = skip_adverbials (d, np_end, un->ue);
  ok = k >= un->ue || is_final_punct (d, k) || appositive_ends (d, k, un->ue);
  return ok;
}

/* Whether the phrase [from, np_end) after "according to" names no speaker: a norm
 * ("according to plan", "according to the law") or a document ("according to a study
 * published Monday", "according to census figures", "according to court records").  A document
 * says nothing itself; the annotation guidelines give speakers as people and organisations,
 * and the annotated development texts mark "according to X" only for those.  The head is
 * the last word before the phrase's modifiers (a preposition, a relative pronoun, a
 * participle: "a survey of 3,000 voters", "a report released Tuesday"). */
static gboolean
according_to_no_speaker (const QDoc *d, guint32 from, guint32 np_end)
{
  static const char *const not_speakers[] = {
    "plan",      "plans",     "schedule",   "law",        "laws",      "rules",     "constitution",
    "tradition", "custom",    "study",      "studies",    "report",    "reports",   "survey",
    "surveys",   "poll",      "polls",      "data",       "figures",   "statistics", "census",
    "estimate",  "estimates", "records",    "documents",  "research",  "analysis",  "findings",
    "results",   "complaint", "affidavit",  "indictment", "filing",    "filings",   "website",
    "tally",     "count",     "projections", "forecast",
  };
  guint32 head = from;

  for (guint32 k = from + 1; k < np_end; k++)
    {
      guint32 f = d->tok[k].flags;

      if (!q_is_word (d, k) && d->tok[k].kind != Q_TOKEN_NUMBER)
        break;
      if ((f & (W_PREP | W_REL | W_THAT)) || ((f & (W_ED | W_ING)) && !(f & T_CAP)))
        break;
      head = k;
    }
  return q_tok_among (d, head, not_speakers, G_N_ELEMENTS (not_speakers));
}

/* "…, according to X." / "According to X, …" */
static void
frame_according (QDoc *d, Unit *un, guint32 i)
{
  QSpeaker s = { .entity = -1 };
  guint32 np_end;
  guint32 rf, re;

  if (!q_speaker_after (d, i + 2, un->ue, &s, &np_end))
    return;
  if (according_to_no_speaker (d, i + 2, np_end))
    {
      q_speaker_clear (&s);
      return;
    }
  if (!has_content (d, un->cstart, i))
    {
      if (np_end >= un->ue || !q_tok_char (d, np_end, ","))
        {
          q_speaker_clear (&s);
          return;
        }
      rf = np_end + 1;
      re = clause_end (d, rf, un->ue);
      if (emit_region (d, rf, re, &s, i, i + 2, R_INDIRECT))
        {
          mark_used (d, i, np_end + 1);
          un->cstart = re;
        }
    }
  else if (q_tok_char (d, i - 1, ",") && np_end < un->ue && q_tok_char (d, np_end, ",")
           && interrupted_subject (d, un->cstart, i - 1) && predicate_starts (d, np_end + 1, un->ue))
    {
      /* "Early results, according to the team, show …": the whole sentence. */
      rf = un->cstart;
      re = clause_end (d, np_end + 1, un->ue);
      if (emit_region (d, rf, re, &s, i, i + 2, R_INDIRECT | R_ANY))
        un->cstart = re;
    }
  else if (q_tok_char (d, i - 1, ","))
    {
      rf = un->cstart;
      re = i - 1;
      if (emit_region (d, rf, re, &s, i, i + 2, R_INDIRECT))
        {
          mark_used (d, i, np_end);
          un->cstart = np_end;
        }
    }
  q_speaker_clear (&s);
}

/* The direct quotation right after an attribution: “A,” he said, “B.” */
static void
split_continuation (QDoc *d, Unit *un, guint32 j, const QSpeaker *s, guint32 cf, guint32 ce,
                    guint group)
{
  while (j < un->ue && q_tok_char (d, j, ",:"))
    j++;
  if (j < un->ue && is_dq_open (d, j) && !dq_at (d, j)->used)
    {
      add_direct (d, d->tok[j].dq, s, cf, ce, group);
      un->cstart = dq_at (d, j)->last + 1;
    }
}

/* "wrote that A and that B", "told X that “A,” but that “B.”": the clauses after the first
 * are reported by the same verb, pieces of one quotation. */
static void
more_that_clauses (QDoc *d, Unit *un, const QSpeaker *s, guint32 cf, guint32 ce, guint group)
{
  guint32 k = un->cstart;

  while (k < un->ue && coordinated_report (d, k, un->ue))
    {
      guint32 rf = k + (q_tok_char (d, k, ",") ? 3 : 2), re;
      guint first = d->records->len;

      if (rf > un->ue || !q_tok_is (d, rf - 1, "that"))
        return;
      re = clause_end (d, rf, un->ue);
      if (!emit_region (d, rf, re, s, cf, ce, R_INDIRECT | R_ANY))
        return;
      for (guint r = first; r < d->records->len; r++)
        g_array_index (d->records, QRecord, r).group = group;
      mark_used (d, k, rf);
      un->cstart = k = re;
    }
}

/* Whether the cue after a quotation closed by a period reports a clause of its own: "“We are
 * hopeful.” Roux said cases fell …" is two sentences (the segmenter keeps a quotation and a
 * name with a speech verb together, for "“Why?” Roux asked."), and the verb's content is
 * the clause after it, not the quotation before it. */
static gboolean
report_after_sentence (const QDoc *d, const Unit *un, guint32 prev, guint32 ce, guint32 cflags)
{
  guint32 j;

  if (!is_dq_close (d, prev) || prev == 0 || !q_tok_char (d, prev - 1, "."))
    return FALSE;
  j = skip_adverbials (d, ce, un->ue);
  if (cflags & C_OBJECT)
    j = skip_adverbials (d, skip_object (d, j, un->ue), un->ue);
  if (q_tok_is (d, j, "that"))
    return (cflags & (C_THAT | C_CLAUSE)) != 0;
  return (cflags & C_CLAUSE) && j < un->ue && q_is_word (d, j)
         && clause_ok (d, j, clause_end (d, j, un->ue), TRUE);
}

/* Tries the frames for the cue at @i whose phrase ends before @ce. */
static void
try_cue (QDoc *d, Unit *un, guint32 i, guint32 ce, guint32 cflags)
{
  QSpeaker s = { .entity = -1 };
  guint32 subj_first = i, j, prev;
  gboolean have_subj, after_dq, after_comma, shared_subj = FALSE;
  guint group;

  /* D: a participle after a comma: "…, saying the move would …". */
  if ((d->tok[i].flags & W_ING) && i > un->uf && q_tok_char (d, i - 1, ","))
    {
      gboolean ok;

      if (!(cflags & (C_CLAUSE | C_THAT)))
        return;
      /* "quoted X as saying" */
      ok = unit_speaker (d, un->u, i, &s);
      if (!ok)
        return;
      j = skip_adverbials (d, ce, un->ue);
      if (cflags & C_OBJECT)
        j = skip_object (d, j, un->ue);
      {
        gboolean that = q_tok_is (d, j, "that");
        guint32 rf = that ? j + 1 : j;
        guint32 re = clause_end (d, rf, un->ue);

        if (that || is_dq_open (d, rf) || (cflags & C_CLAUSE))
          if (emit_region (d, rf, re, &s, i, ce, R_INDIRECT | (that ? 0 : R_STRICT)))
            {
              mark_used (d, i, ce);
              un->cstart = re;
            }
      }
      q_speaker_clear (&s);
      return;
    }
  if (d->tok[i].flags & W_ING)
    {
      /* "is saying": a progressive; anything else (-ing noun) is no cue. */
      if (!(i > un->uf && q_is_word (d, i - 1) && (d->tok[i - 1].flags & W_BE)))
        return;
    }

  have_subj = q_speaker_before (d, i, un->cstart, &s, &subj_first);
  if (have_subj && i > un->uf && q_tok_char (d, i - 1, ",") && !(cflags & C_OBJECT)
      && inverted_speaker (d, un, ce))
    {
      /* "The tool, a guide that …, has cut …, said Sgt. X, the shop chief.": what stands
       * before the comma is the report, not a subject with an appositive ("X, a
       * spokesman, said"), when a speaker closes the sentence after the verb (after
       * "told" it is the hearer: "X, 25, told the Post."). */
      q_speaker_clear (&s);
      s.entity = -1;
      have_subj = FALSE;
    }
  if (!have_subj)
    {
      /* "…, but said it depends on funding": the subject of the verb before. */
      guint32 k = i;

      while (k > un->uf && q_is_word (d, k - 1) && (d->tok[k - 1].flags & (W_ADV | W_LY | W_AUX))
             && !(d->tok[k - 1].flags & (W_PRON | W_NEG)))
        k--;
      if (k > un->uf + 1 && q_is_word (d, k - 1) && (d->tok[k - 1].flags & W_CONJ)
          && !q_tok_is (d, k - 1, "or") && unit_speaker (d, un->u, k - 1, &s))
        {
          have_subj = TRUE;
          shared_subj = TRUE;
          subj_first = k - 1;
          /* The speaker mention is the earlier subject's; the cue is this verb. */
        }
      else
        subj_first = i;
    }
  /* (after a verb phrase the subject shares with the cue, what stands before the "and" is
   * that phrase, not content the cue reports: "called the results “a remarkable start” and
   * said …" names, and the report is what follows "said") */
  prev = subj_first > un->uf && !shared_subj ? subj_first - 1 : G_MAXUINT32;
  /* (a quotation that a record already holds is reported by an earlier verb: in "said he
   * would not “go,” but added that …" the second verb reports what follows it) */
  after_dq = prev != G_MAXUINT32
             && ((is_dq_close (d, prev) && !dq_at (d, prev)->used)
                 || (q_tok_char (d, prev, ",") && prev > un->uf && is_dq_close (d, prev - 1)
                     && !dq_at (d, prev - 1)->used));
  after_comma = prev != G_MAXUINT32 && q_tok_char (d, prev, ",");

  if (!have_subj)
    {
      guint32 np_end, k;

      /* An inverted subject: "…,” said X" / "…, said X." / "Moreover, added X, …" */
      if (!(after_dq || after_comma || prev == G_MAXUINT32))
        return;
      if (!q_speaker_after (d, skip_adverbials (d, ce, un->ue), un->ue, &s, &np_end))
        return;
      q_speaker_apposition (d, un->ue, &s, &np_end);
      k = np_end;
      if (after_dq)
        {
          guint32 re = prev + 1;

          if (!(cflags & C_DIRECT))
            goto out;
          while (re > un->cstart && q_tok_char (d, re - 1, ","))
            re--;
          group = emit_region (d, un->cstart, re, &s, i, ce, 0);
          if (group)
            {
              mark_used (d, i, np_end);
              un->cstart = np_end;
              /* past an appositive ("said Yao Agbetse, a U.N. expert,") */
              if (k < un->ue && q_tok_char (d, k, ","))
                {
                  guint32 a = k + 1;

                  while (a < un->ue && !q_tok_char (d, a, ",") && d->tok[a].dq < 0
                         && !is_final_punct (d, a))
                    a++;
                  if (a < un->ue && q_tok_char (d, a, ",") && a + 1 < un->ue
                      && is_dq_open (d, a + 1))
                    k = a;
                }
              split_continuation (d, un, k, &s, i, ce, group);
            }
          goto out;
        }
      k = skip_adverbials (d, k, un->ue);
      if (after_comma && has_content (d, un->cstart, prev)
          && (k >= un->ue || is_final_punct (d, k)
              || (appositive_ends (d, k, un->ue) && !interrupted_subject (d, un->cstart, prev)))
          && (cflags & C_AFTER))
        {
          if (emit_region (d, un->cstart, prev, &s, i, ce, R_INDIRECT))
            {
              mark_used (d, i, np_end);
              un->cstart = np_end;
            }
          goto out;
        }
      if (after_comma && (cflags & C_AFTER) && interrupted_subject (d, un->cstart, prev)
          && k < un->ue && q_tok_char (d, k, ","))
        {
          /* "The tool, said Sgt. X, the shop chief, has cut …": the whole sentence, as for
           * "The tool, he said, has cut …"; the predicate follows the name or its
           * appositive. */
          guint32 a = k + 1;

          if (!predicate_starts (d, a, un->ue))
            {
              while (a < un->ue && a - k < 16 && !q_tok_char (d, a, ",") && d->tok[a].dq < 0
                     && !is_final_punct (d, a))
                a++;
              a = a < un->ue && q_tok_char (d, a, ",") ? a + 1 : un->ue;
            }
          if (a < un->ue && predicate_starts (d, a, un->ue))
            {
              guint32 re = clause_end (d, a, un->ue);

              if (emit_region (d, un->cstart, re, &s, i, ce, R_INDIRECT))
                un->cstart = re;
            }
          goto out;
        }
      if (!has_content (d, un->cstart, i) && k < un->ue && q_tok_char (d, k, ","))
        {
          /* "Moreover, added Johndroe during an interview, the U.S. “wants …”" */
          guint32 rf = k + 1, re = clause_end (d, rf, un->ue);

          if (emit_region (d, rf, re, &s, i, ce, R_INDIRECT | R_STRICT))
            {
              mark_used (d, i, k);
              un->cstart = re;
            }
        }
      goto out;
    }

  /* A: the attribution follows a quotation: “A,” Blinken said (, “B.”) */
  if (after_dq)
    {
      guint32 re = prev + 1;
      guint32 k;
      gboolean report = report_after_sentence (d, un, prev, ce, cflags);

      if (!(cflags & C_DIRECT) && !report)
        goto out;
      while (re > un->cstart && q_tok_char (d, re - 1, ","))
        re--;
      group = (cflags & C_DIRECT) ? emit_region (d, un->cstart, re, &s, i, ce, 0) : 0;
      if (report)
        {
          /* The verb reports what follows it too: on to B. */
          if (group)
            un->cstart = subj_first;
        }
      else if (group)
        {
          k = skip_adverbials (d, ce, un->ue);
          if (cflags & C_OBJECT)
            k = skip_object (d, k, un->ue);
          mark_used (d, subj_first, k);
          un->cstart = k;
          split_continuation (d, un, k, &s, i, ce, group);
        }
      if (!report)
        goto out;
    }

  j = skip_adverbials (d, ce, un->ue);
  if (cflags & C_OBJECT)
    {
      j = skip_object (d, j, un->ue);
      j = skip_adverbials (d, j, un->ue);
    }

  j = past_comma_adverb (d, j, un->ue);

  /* "called for “…” and the “…”" */
  if (cflags & C_FRAGMENT)
    {
      guint32 rf = j, re = clause_end (d, rf, un->ue);

      if (emit_region (d, rf, re, &s, i, ce, R_FRAGMENTS))
        {
          mark_used (d, subj_first, rf);
          un->cstart = re;
        }
      goto out;
    }

  /* B: the content follows. */
  {
    gboolean that = q_tok_is (d, j, "that") && (cflags & (C_THAT | C_CLAUSE));
    gboolean colon = q_tok_char (d, j, ":");
    /* (not the rest of an interrupted sentence: "The academy, she added, “is …”") */
    gboolean comma_dq = q_tok_char (d, j, ",") && is_dq_open (d, j + 1)
                        && !(after_comma && interrupted_subject (d, un->cstart, prev)
                             && predicate_starts (d, j + 1, un->ue));
    gboolean dq = is_dq_open (d, j);
    guint32 rf, re;

    /* (a preposition right after the verb or its hearer, with no comma, belongs to the
     * reporting verb when a clause starts after it: "told reporters in Tokyo the money
     * would …", even when the strict test would read "in Tokyo … insurance," as a fronted
     * adverbial of the content) */
    if ((cflags & C_CLAUSE) && !that && !colon && !comma_dq && !dq && !q_tok_char (d, j, ",")
        && !is_final_punct (d, j)
        && ((q_is_word (d, j) && (d->tok[j].flags & W_PREP))
            || !clause_ok (d, j, clause_end (d, j, un->ue), TRUE)))
      {
        guint32 o = skip_adverbials (d, ce, un->ue), sp;

        if (o == j || (cflags & C_OBJECT))
          {
            sp = subject_after_phrase (d, o, un->ue, (cflags & C_OBJECT) != 0);
            if (sp > o)
              j = sp;
          }
      }
    rf = j;

    if (colon || comma_dq || that)
      rf = j + 1;
    if (that || ((colon || comma_dq || dq) && (cflags & (C_DIRECT | C_CLAUSE)))
        || ((cflags & (C_CLAUSE | C_SUBJUNCTIVE)) && !q_tok_char (d, j, ",")
            && !is_final_punct (d, j) && clause_ok (d, j, clause_end (d, j, un->ue), TRUE)))
      {
        re = clause_end (d, rf, un->ue);
        /* An introduction whose quotation is the next paragraph ("issued the
         * following statement:") is an anchor. */
        if (colon && rf >= un->ue)
          {
            add_anchor (d, &s, i, ce, i);
            mark_used (d, subj_first, j + 1);
            un->cstart = j + 1;
            goto out;
          }
        group = emit_region (d, rf, re, &s, i, ce,
                             (that ? R_INDIRECT | R_ANY : R_INDIRECT) | (that || colon ? 0 : R_STRICT));
        if (group)
          {
            mark_used (d, subj_first, rf);
            un->cstart = re;
            more_that_clauses (d, un, &s, i, ce, group);
          }
        goto out;
      }
  }

  /* A: the cue ends the sentence: "…, a statement from the ministry said." */
  if (j >= un->ue || is_final_punct (d, j) || (j + 1 == un->ue))
    {
      if (after_comma && has_content (d, un->cstart, prev) && (cflags & C_AFTER))
        {
          if (emit_region (d, un->cstart, prev, &s, i, ce, R_INDIRECT))
            {
              mark_used (d, subj_first, j);
              un->cstart = j;
              goto out;
            }
        }
      /* "Hamas said in a statement." introduces what follows. */
      add_anchor (d, &s, i, ce, i);
      goto out;
    }

  /* C: a parenthetical cue: "The moment, he said, was strangely surreal." */
  if (q_tok_char (d, j, ",") && after_comma && (cflags & C_AFTER))
    {
      if (interrupted_subject (d, un->cstart, prev)
          && (parenthetical_predicate (d, prev - 1, j + 1, un->ue)
              || clause_ok (d, j + 1, un->ue, FALSE)))
        {
          guint32 re = clause_end (d, j + 1, un->ue);

          if (emit_region (d, un->cstart, re, &s, i, ce, R_INDIRECT))
            un->cstart = re;
        }
      else if (has_content (d, un->cstart, prev) && adjunct_follows (d, j + 1, un->ue))
        {
          /* The clause before the attribution, with an adjunct after it: "…, the ministry
           * said Tuesday, easing tensions …", "…, officials said, as talks resumed." */
          if (emit_region (d, un->cstart, prev, &s, i, ce, R_INDIRECT))
            {
              mark_used (d, subj_first, j);
              un->cstart = j;
            }
        }
      else
        {
          guint32 rf = j + 1, re = clause_end (d, rf, un->ue);

          if (emit_region (d, rf, re, &s, i, ce, R_INDIRECT | R_STRICT))
            {
              mark_used (d, subj_first, rf);
              un->cstart = re;
            }
        }
      goto out;
    }
  /* A colon introduction with the statement in the next paragraph, or a cue
   * with a speaker and nothing reported: an anchor for what follows. */
  add_anchor (d, &s, i, ce, i);
out:
  q_speaker_clear (&s);
}

/* Whether the cue form in -s at @i is a plural noun: "no immediate reports of damage",
 * "several recent claims".  After "no" or a determiner of plurals and one modifier, a verb
 * would have no noun for its subject ("the agency reports" has one, and "the", "a" or "his"
 * stand before singular nouns, so they do not decide). */
static gboolean
plural_noun_cue (const QDoc *d, guint32 i)
{
  static const char *const plural_dets[] = { "no", "any", "few", "several", "many", "numerous",
                                             "various", "these", "those", "both", "other" };
  const guint32 closed = W_DET | W_PRON | W_PRON_OBJ | W_PREP | W_CONJ | W_SUBORD | W_REL | W_THAT
                         | W_AUX | W_BE | W_VERB | W_CUE | W_QUANT | W_FUNCTION | W_NEG | T_CAP;

  return i > 1 && ends_in_s (d, i) && q_is_word (d, i - 1) && !(d->tok[i - 1].flags & closed)
         && d->tok[i - 1].dq < 0 && q_tok_among (d, i - 2, plural_dets, G_N_ELEMENTS (plural_dets));
}

/* Whether the verb at @i is a reporting use worth trying, and its phrase. */
static gboolean
cue_at (QDoc *d, guint32 i, guint32 *ce, guint32 *cflags)
{
  const QTok *t = &d->tok[i];
  guint32 f = t->flags;

  *ce = i + 1;
  *cflags = 0;
  if (!(f & (W_CUE | W_PHRASE)))
    return FALSE;
  /* A capitalised verb form inside a sentence is part of a name ("the United
   * States pressed …"). */
  if ((f & T_CAP)
      && (t->mention >= 0
          || (i > d->units[t->unit].first && !q_tok_char (d, i - 1, ",:")
              && d->tok[i - 1].kind != Q_TOKEN_QUOTE)))
    return FALSE;
  /* Phrases. */
  if ((q_tok_is (d, i, "point") || q_tok_is (d, i, "points") || q_tok_is (d, i, "pointed")
       || q_tok_is (d, i, "pointing"))
      && q_tok_is (d, i + 1, "out"))
    {
      *ce = i + 2;
      *cflags = C_THAT | C_CLAUSE | C_AFTER;
    }
  else if ((q_tok_is (d, i, "made") || q_tok_is (d, i, "make") || q_tok_is (d, i, "makes")
            || q_tok_is (d, i, "making"))
           && q_tok_is (d, i + 1, "clear"))
    {
      *ce = i + 2;
      *cflags = C_THAT | C_CLAUSE;
    }
  else if ((q_tok_is (d, i, "expressed") || q_tok_is (d, i, "expresses")
            || q_tok_is (d, i, "expressing"))
           && (q_tok_is (d, i + 1, "concern") || q_tok_is (d, i + 1, "concerns")
               || q_tok_is (d, i + 1, "hope") || q_tok_is (d, i + 1, "confidence")
               || q_tok_is (d, i + 1, "fear") || q_tok_is (d, i + 1, "fears")
               || q_tok_is (d, i + 1, "doubt") || q_tok_is (d, i + 1, "doubts")
               || q_tok_is (d, i + 1, "optimism") || q_tok_is (d, i + 1, "regret"))
           && q_tok_is (d, i + 2, "that"))
    {
      *ce = i + 2;
      *cflags = C_THAT;
    }
  else if ((q_tok_is (d, i, "issued") || q_tok_is (d, i, "released") || q_tok_is (d, i, "provided")
            || q_tok_is (d, i, "gave") || q_tok_is (d, i, "delivered") || q_tok_is (d, i, "issues")
            || q_tok_is (d, i, "releases") || q_tok_is (d, i, "made"))
           && q_tok_is (d, i + 1, "the") && q_tok_is (d, i + 2, "following")
           && q_is_word (d, i + 3))
    {
      *ce = i + 4;
      *cflags = C_DIRECT;
      /* the statement itself follows after a colon, or a paragraph break */
      return TRUE;
    }
  else if ((q_tok_is (d, i, "put") || q_tok_is (d, i, "puts")) && q_tok_is (d, i + 1, "it"))
    {
      /* "put it this way:", "put it bluntly:": the whole expression introduces a quotation */
      guint32 k = i + 2;

      while (k < d->n && k < i + 5 && q_is_word (d, k) && d->tok[k].dq < 0)
        k++;
      if (!q_tok_char (d, k, ":"))
        return FALSE;
      *ce = k;
      *cflags = C_DIRECT;
      return TRUE;
    }
  else if (t->cue)
    {
      const QCue *c = q_lexicon_cue (d->lex, t->cue);

      *cflags = c->flags;
      if ((c->flags & C_FRAGMENT))
        {
          /* "called for “…”": a quotation close behind */
          if (!q_tok_is (d, i + 1, "for"))
            return FALSE;
          *ce = i + 2;
          for (guint32 k = i + 2; k < d->n && k < i + 6; k++)
            if (is_dq_open (d, k))
              return TRUE;
          return FALSE;
        }
    }
  if (!*cflags)
    return FALSE;
  /* Not a report: "is said to", "the said", "to say", "that said,", "having
   * said that", "said farewell". */
  if (i > 0 && q_is_word (d, i - 1))
    {
      guint32 pf = d->tok[i - 1].flags;

      if (q_tok_is (d, i - 1, "to") || q_tok_is (d, i - 1, "having")
          || ((pf & W_DET) && !(pf & W_PRON)))
        return FALSE;
      if ((pf & W_BE) && !(f & W_ING))
        return FALSE; /* passive: "was told", "is said" */
      if (q_tok_is (d, i - 1, "that") && q_tok_char (d, i + 1, ","))
        return FALSE;
      if (plural_noun_cue (d, i))
        return FALSE;
    }
  /* ("said Grace Atieno" is a name after an inverted cue, not "said grace".) */
  if (*ce < d->n && q_is_word (d, *ce) && (d->tok[*ce].flags & W_NONREPORT)
      && !(d->tok[*ce].flags & (W_DET | W_PRON))
      && !((d->tok[*ce].flags & T_CAP) && (d->tok[*ce].mention >= 0 || q_is_name_word (d, *ce + 1))))
    return FALSE;
  return TRUE;
}

/* A noun anchor: "a statement from NASA Administrator Sean O'Keefe". */
static void
noun_anchor (QDoc *d, Unit *un, guint32 i)
{
  QSpeaker s = { .entity = -1 };
  guint32 end;

  if (!(q_tok_is (d, i + 1, "from") || q_tok_is (d, i + 1, "by")))
    return;
  end = q_np_forward (d, i + 2, un->ue);
  if (end <= i + 2)
    return;
  if (q_speaker_from_np (d, i, end, &s) && (s.entity >= 0 || s.name))
    add_anchor (d, &s, i, i + 2, i);
  q_speaker_clear (&s);
}

static void
process_cues (QDoc *d, guint32 u)
{
  Unit un = { u, d->units[u].first, d->units[u].end, d->units[u].first };
  gboolean headline = is_headline (d, u);

  for (guint32 i = un.uf; i < un.ue; i++)
    {
      guint32 ce, cflags;

      if (d->tok[i].dq >= 0 || d->tok[i].used || !q_is_word (d, i))
        continue;
      if (i < un.cstart)
        continue;
      if (d->tok[i].flags & W_SPEECH_NOUN)
        noun_anchor (d, &un, i);
      if (headline)
        continue;
      if ((d->tok[i].flags & W_PHRASE) && q_tok_is (d, i, "according") && q_tok_is (d, i + 1, "to"))
        {
          frame_according (d, &un, i);
          continue;
        }
      if (!cue_at (d, i, &ce, &cflags))
        continue;
      try_cue (d, &un, i, ce, cflags);
    }
}

/* ---- quotations without a cue -------------------------------------------------------------- */

/* "…” was the colonel's first reaction." */
static gboolean
reaction_frame (QDoc *d, gint32 qi)
{
  const QDq *q = dq_mut (d, qi);
  guint32 k = q->last + 1, end = d->units[d->tok[q->open].unit].end;
  QSpeaker s = { .entity = -1 };

  if (k >= end || !q_is_word (d, k) || !(d->tok[k].flags & W_BE))
    return FALSE;
  for (guint32 p = k + 1; p < end && p < k + 6; p++)
    {
      if (!q_is_word (d, p))
        return FALSE;
      if (!(d->tok[p].flags & T_POSS))
        continue;
      for (guint32 r = p + 1; r < end && r < p + 4; r++)
        if (q_is_word (d, r) && (d->tok[r].flags & W_REACTION))
          {
            guint32 first = k + 1;

            q_speaker_from_np (d, first, p + 1, &s);
            add_direct (d, qi, &s, p + 1, r + 1, new_group (d));
            mark_used (d, k, r + 1);
            q_speaker_clear (&s);
            return TRUE;
          }
      return FALSE;
    }
  return FALSE;
}

/* Whether the quotation starts its unit (after openers, a dateline or a dash). */
static gboolean
starts_unit (const QDoc *d, const QDq *q)
{
  guint32 uf = d->units[d->tok[q->open].unit].first;

  for (guint32 k = uf; k < q->open; k++)
    {
      if (q_is_word (d, k) && (d->tok[k].flags & (W_OPENER | T_ALLCAPS)))
        continue;
      if (q_is_dash (d, k) || q_tok_char (d, k, ",.("))
        continue;
      return FALSE;
    }
  return TRUE;
}

/* How many of the latest records, and of the latest anchors, a quotation with no cue looks at
 * for its attribution.  Two news paragraphs hold a few; the bound keeps a long text of
 * attributions and quotations with no cue linear. */
#define MAX_ATTRIBUTION_LOOKBACK 100

/* The latest record or anchor before token @at in this or the previous paragraph, among the
 * latest MAX_ATTRIBUTION_LOOKBACK of each. */
static const QRecord *
latest_attribution (const QDoc *d, guint32 at, gboolean *is_record)
{
  const QRecord *best = NULL;
  guint32 para = d->tok[at].para;
  guint n_anchors = d->anchors->len;

  for (guint r = d->records->len; r-- > 0 && d->records->len - r <= MAX_ATTRIBUTION_LOOKBACK;)
    {
      const QRecord *rec = &g_array_index (d->records, QRecord, r);

      if (rec->anchor_tok < at && rec->para + 1 >= para && rec->speaker.found)
        {
          if (!best || rec->anchor_tok > best->anchor_tok)
            best = rec;
        }
    }
  *is_record = best != NULL;
  for (guint r = n_anchors > MAX_ATTRIBUTION_LOOKBACK ? n_anchors - MAX_ATTRIBUTION_LOOKBACK : 0;
       r < n_anchors; r++)
    {
      const QRecord *a = &g_array_index (d->anchors, QRecord, r);

      if (a->anchor_tok < at && a->para + 1 >= para && (!best || a->anchor_tok > best->anchor_tok))
        {
          best = a;
          *is_record = FALSE;
        }
    }
  return best;
}

static void
process_leftover_quotes (QDoc *d, guint32 u)
{
  for (guint32 i = d->units[u].first; i < d->units[u].end; i++)
    {
      gint32 qi = d->tok[i].dq;
      QDq *q;
      const QRecord *src;
      gboolean is_record = FALSE;
      guint group;

      if (qi < 0 || !is_dq_open (d, i))
        continue;
      q = dq_mut (d, qi);
      i = q->last;
      if (q->used)
        continue;
      if (reaction_frame (d, qi))
        continue;
      /* "“It doesn't look good” are four words…": words as words. */
      if (q->last + 1 < d->units[u].end && q_is_word (d, q->last + 1)
          && (d->tok[q->last + 1].flags & (W_BE | W_AUX)))
        continue;
      /* A continued paragraph of a long quotation. */
      if (q->continues && qi > 0 && dq_mut (d, qi - 1)->record >= 0)
        {
          const QRecord *prev = &g_array_index (d->records, QRecord, dq_mut (d, qi - 1)->record);
          QSpeaker s;

          q_speaker_copy (&s, &prev->speaker);
          add_direct (d, qi, &s, prev->cue_first, prev->cue_end, prev->group);
          q_speaker_clear (&s);
          continue;
        }
      /* Only a quotation that stands as a sentence of its own. */
      if (!starts_unit (d, q) || (dq_words (d, q) < 4 && !dq_self_ended (d, q))
          || dq_words (d, q) < 2)
        continue;
      src = latest_attribution (d, q->open, &is_record);
      group = 0;
      if (src && is_record && src->type == Q_QUOTE_DIRECT && src->para == q->para)
        group = src->group;
      if (!group)
        group = new_group (d);
      if (src)
        {
          QSpeaker s;

          q_speaker_copy (&s, &src->speaker);
          add_direct (d, qi, &s, src->cue_first, src->cue_end, group);
          q_speaker_clear (&s);
        }
      else
        {
          add_direct (d, qi, NULL, 0, 0, group);
        }
    }
}

/* ---- the whole document -------------------------------------------------------------------- */

static gint
record_cmp (gconstpointer a, gconstpointer b)
{
  const QQuote *x = a, *y = b;

  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  if (x->end != y->end)
    return x->end < y->end ? -1 : 1;
  return 0;
}

static gboolean
input_ok (const QInput *in)
{
  for (gsize i = 0; i < in->n_tokens; i++)
    if (in->tokens[i].end < in->tokens[i].start || in->tokens[i].end > in->length
        || (i > 0 && in->tokens[i].start < in->tokens[i - 1].end))
      return FALSE;
  return in->text != NULL;
}

void
q_quoter_extract (const QQuoter *quoter, const QInput *in, guint types, GArray *out)
{
  QDoc d = { 0 };
  g_autofree guint *group_map = NULL;
  guint next = 0;

  if (!input_ok (in) || in->n_tokens == 0 || in->n_tokens >= G_MAXINT32)
    return;
  d.quoter = quoter;
  d.lex = quoter->lexicon;
  d.in = in;
  d.text = in->text;
  d.n = (guint32)in->n_tokens;
  d.tok = g_new (QTok, d.n); /* classify_tokens() sets every field */
  d.dqs = g_array_new (FALSE, FALSE, sizeof (QDq));
  d.records = g_array_new (FALSE, TRUE, sizeof (QRecord));
  g_array_set_clear_func (d.records, record_clear);
  d.anchors = g_array_new (FALSE, TRUE, sizeof (QRecord));
  g_array_set_clear_func (d.anchors, record_clear);
  d.title_keys
      = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify)g_array_unref);
  d.entity_gender = g_new0 (guint8, in->n_entities + 1);
  d.entity_alias = g_new (int, in->n_entities + 1);
  d.entity_name = g_new0 (char *, in->n_entities + 1);
  for (gsize e = 0; e <= in->n_entities; e++)
    d.entity_alias[e] = -1;

  classify_tokens (&d);
  build_paragraphs (&d);
  q_pair_marks (&d);
  build_units (&d);
  d.unit_subject = g_new (int, d.n_units + 1);
  for (guint32 u = 0; u <= d.n_units; u++)
    d.unit_subject[u] = -1;
  q_collect_titles (&d);
  q_entity_genders (&d);

  for (guint32 u = 0; u < d.n_units; u++)
    {
      guint before = d.records->len;

      process_cues (&d, u);
      process_leftover_quotes (&d, u);
      /* The unit's subject, for the pronouns of later units: its speaker if
       * it reports one, else its grammatical subject. */
      for (guint r = before; r < d.records->len; r++)
        {
          const QRecord *rec = &g_array_index (d.records, QRecord, r);

          if (rec->speaker.entity >= 0)
            {
              d.unit_subject[u] = rec->speaker.entity;
              break;
            }
        }
      q_unit_subject (&d, u);
    }

  /* Records to quotes, groups renumbered in document order. */
  group_map = g_new0 (guint, d.next_group + 1);
  {
    guint first = out->len;

    for (guint r = 0; r < d.records->len; r++)
      {
        QRecord *rec = &g_array_index (d.records, QRecord, r);
        QQuote q = { 0 };

        if (!(rec->type & types))
          continue;
        q.start = rec->start;
        q.end = rec->end;
        q.type = rec->type;
        q.speaker = q_speaker_text (&d, &rec->speaker);
        q.entity = q_speaker_entity (&d, &rec->speaker);
        if (rec->speaker.found && rec->speaker.end > rec->speaker.first)
          {
            q.speaker_start = in->tokens[rec->speaker.first].start;
            q.speaker_end = in->tokens[rec->speaker.end - 1].end;
          }
        else
          {
            q.speaker_start = q.speaker_end = Q_NO_OFFSET;
          }
        if (rec->cue_end > rec->cue_first)
          {
            q.cue_start = in->tokens[rec->cue_first].start;
            q.cue_end = in->tokens[rec->cue_end - 1].end;
          }
        else
          {
            q.cue_start = q.cue_end = Q_NO_OFFSET;
          }
        q.group = rec->group;
        g_array_append_val (out, q);
      }
    g_array_sort (out, record_cmp);
    for (guint k = first; k < out->len; k++)
      {
        QQuote *q = &g_array_index (out, QQuote, k);

        if (q->group <= d.next_group)
          {
            if (!group_map[q->group])
              group_map[q->group] = ++next;
            q->group = group_map[q->group];
          }
      }
  }

  g_free (d.tok);
  g_free (d.paras);
  g_free (d.units);
  g_array_unref (d.dqs);
  g_array_unref (d.records);
  g_array_unref (d.anchors);
  g_hash_table_unref (d.title_keys);
  if (d.runs)
    {
      g_array_unref (d.runs);
      g_hash_table_unref (d.run_initials);
      g_hash_table_unref (d.run_or);
    }
  g_free (d.entity_acronym);
  g_free (d.entity_first);
  if (d.entity_by_name)
    g_hash_table_unref (d.entity_by_name);
  g_free (d.entity_next_named);
  if (d.org_heads)
    g_hash_table_unref (d.org_heads);
  q_name_index_free (d.names);
  if (d.person_last_words)
    g_hash_table_unref (d.person_last_words);
  if (d.appositions)
    g_hash_table_unref (d.appositions);
  g_free (d.unit_subject);
  for (guint g = 0; g < G_N_ELEMENTS (d.prev_mention); g++)
    g_free (d.prev_mention[g]);
  g_free (d.entity_gender);
  for (gsize e = 0; e < in->n_entities; e++)
    g_free (d.entity_name[e]);
  g_free (d.entity_name);
  g_free (d.entity_alias);
}
