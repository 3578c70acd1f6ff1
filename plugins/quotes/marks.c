/* Pairing double quotation marks into quoted spans.
 *
 * News text mixes curly and straight marks, sometimes within one quotation
 * ("Let me be clear, though,” he added), and a quotation that runs over several
 * paragraphs opens each of them and closes only at the end.  So marks are paired
 * per paragraph with a small state machine: a curly mark says which way it faces;
 * a straight one is read from its neighbours (space before and a letter after
 * opens, the reverse closes) and otherwise toggles.  Single marks are left
 * alone where double ones quote: inside a quotation they nest, outside they are
 * apostrophes, titles or scare quotes far more often than quotations.  A
 * paragraph whose first quotation mark is a single one opening on a capital
 * ('We will not …,' Starmer said) is in the British style: its single marks are
 * paired instead, apostrophes aside ("the workers' union", "the '90s"), and
 * double ones nest in them.
 */
#include "quoter-private.h"

typedef enum
{
  DIR_OPEN,
  DIR_CLOSE,
  DIR_EITHER,
} Dir;

/* The character of quotation mark token @i, 0 when @i is none. */
static gunichar
mark_char (const QDoc *d, guint32 i)
{
  return d->tok[i].kind == Q_TOKEN_QUOTE ? g_utf8_get_char (d->text + d->in->tokens[i].start) : 0;
}

/* Whether token @i is a double quotation mark; *@out is its character. */
static gboolean
is_double_mark (const QDoc *d, guint32 i, gunichar *out)
{
  gunichar c = *out = mark_char (d, i);

  return c == '"' || c == 0x201C || c == 0x201D || c == 0x201E || c == 0x201F || c == 0x00AB
         || c == 0x00BB;
}

/* Whether token @i is a single quotation mark (or an apostrophe); *@out is its character. */
static gboolean
is_single_mark (const QDoc *d, guint32 i, gunichar *out)
{
  gunichar c = *out = mark_char (d, i);

  return c == '\'' || c == 0x2018 || c == 0x2019 || c == 0x201A || c == 0x201B;
}

static gboolean
space_before (const QDoc *d, guint32 i, guint32 para_first)
{
  gsize s = d->in->tokens[i].start;
  guchar c;

  if (i == para_first || s == 0)
    return TRUE;
  c = (guchar)d->text[s - 1];
  if (g_ascii_isspace (c))
    return TRUE;
  /* Right after an opening bracket or a dash: "(“…" "—“…" */
  return d->in->tokens[i - 1].end == s
         && (q_tok_char (d, i - 1, "([{") || q_is_dash (d, i - 1)
             || d->tok[i - 1].kind == Q_TOKEN_QUOTE);
}

static gboolean
space_after (const QDoc *d, guint32 i, guint32 para_end)
{
  gsize e = d->in->tokens[i].end;
  guchar c;

  if (i + 1 >= para_end || e >= d->in->length)
    return TRUE;
  c = (guchar)d->text[e];
  if (g_ascii_isspace (c))
    return TRUE;
  return d->in->tokens[i + 1].start == e
         && (q_tok_char (d, i + 1, ",.;:!?)]}") || q_is_dash (d, i + 1)
             || d->tok[i + 1].kind == Q_TOKEN_QUOTE);
}

static Dir
direction (const QDoc *d, guint32 i, gunichar c, guint32 para_first, guint32 para_end)
{
  gboolean before = space_before (d, i, para_first);
  gboolean after = space_after (d, i, para_end);

  if (c == 0x2018 || c == 0x201A || c == 0x201B)
    c = 0x201C;
  else if (c == 0x2019)
    c = 0x201D;
  if (c == 0x201C || c == 0x201E || c == 0x00AB)
    return before || !after ? DIR_OPEN : DIR_EITHER;
  if (c == 0x201D || c == 0x00BB || c == 0x201F)
    /* ”We …: a closing mark used to open, seen in copied text. */
    return before && !after ? DIR_EITHER : DIR_CLOSE;
  if (before && !after)
    return DIR_OPEN;
  if (after && !before)
    return DIR_CLOSE;
  return DIR_EITHER;
}

/* Whether the span holds at least one word or number. */
static gboolean
has_words (const QDoc *d, guint32 open, guint32 last)
{
  for (guint32 k = open + 1; k <= last; k++)
    if (d->tok[k].kind == Q_TOKEN_WORD || d->tok[k].kind == Q_TOKEN_NUMBER)
      return TRUE;
  return FALSE;
}

static void
add_span (QDoc *d, guint32 open, guint32 last, gboolean closed, guint32 para)
{
  QDq q = { open, last, closed, FALSE, para, -1, FALSE };

  if (!has_words (d, open, last))
    return;
  g_array_append_val (d->dqs, q);
  for (guint32 k = open; k <= last; k++)
    d->tok[k].dq = (gint32)(d->dqs->len - 1);
}

/* The first character of the token after @i in its paragraph, 0 when none or not adjacent. */
static gunichar
char_after (const QDoc *d, guint32 i, guint32 para_end)
{
  if (i + 1 >= para_end || d->in->tokens[i + 1].start != d->in->tokens[i].end)
    return 0;
  return g_utf8_get_char (d->text + d->in->tokens[i + 1].start);
}

/* How far ahead a closing mark after -s looks for another one (tokens): a bound keeps a
 * paragraph of "s' s' s' …" linear. */
#define APOSTROPHE_LOOKAHEAD 400

/* Whether the word after an opening single mark @i makes it an apostrophe: a decade ("the
 * '90s"), an elision ("rock 'n' roll", "'Tis") or no word at all; a year ("Feb 24, '90") unless,
 * with @look, the next single mark closes, as after a quotation that starts with a number ("'20
 * people died,' she said").  (Without @look a year is an apostrophe: the lookahead of
 * is_apostrophe() calls this for every mark it passes, and must not look ahead again.) */
static gboolean
opens_elision (const QDoc *d, guint32 i, guint32 para_first, guint32 para_end, gboolean look)
{
  static const char *const elisions[] = { "n", "em", "til", "cause", "tis", "twas", "bout" };
  const QRange *r;
  gsize len;
  const char *w;

  if (!g_unichar_isalnum (char_after (d, i, para_end)))
    return TRUE;
  r = &d->in->tokens[i + 1];
  w = d->text + r->start;
  len = r->end - r->start;
  if (g_ascii_isdigit (w[0]))
    {
      if (!look || (len == 3 && g_ascii_isdigit (w[1]) && w[2] == 's'))
        return TRUE;
      for (guint32 j = i + 1; j < para_end && j - i <= APOSTROPHE_LOOKAHEAD; j++)
        {
          gunichar c;

          if (is_single_mark (d, j, &c))
            return direction (d, j, c, para_first, para_end) == DIR_OPEN;
        }
      return TRUE;
    }
  for (gsize k = 0; k < G_N_ELEMENTS (elisions); k++)
    if (len == strlen (elisions[k]) && g_ascii_strncasecmp (w, elisions[k], len) == 0)
      return TRUE;
  return FALSE;
}

/* How many tokens a quotation must already hold for a closing mark after -s with no other mark
 * after it in the paragraph to be an apostrophe: a scare quote is shorter ("the
 * 'flirtatious' teacher."), a quotation that goes on in the next paragraph longer. */
#define OPEN_QUOTATION_TOKENS 4

/* Whether the single mark @i is an apostrophe: one that opens before an elision (above), or one
 * that closes a word in -s before a lower-case word when another mark closes the quotation before
 * the next one opens ("'The workers' union will strike,' he said", but "the 'flirtatious'
 * teacher"), or when none follows in the paragraph and the quotation opened at @open
 * (G_MAXUINT32: none is open) is long (one that goes on in the next paragraph). */
static gboolean
is_apostrophe (const QDoc *d, guint32 i, Dir dir, guint32 para_first, guint32 para_end,
               guint32 open)
{
  const QRange *r = &d->in->tokens[i];

  if (dir == DIR_OPEN)
    return opens_elision (d, i, para_first, para_end, TRUE);
  if (dir != DIR_CLOSE || i == para_first || d->in->tokens[i - 1].end != r->start
      || (d->text[r->start - 1] != 's' && d->text[r->start - 1] != 'S') || i + 1 >= para_end
      || r->end >= d->in->length || !g_unichar_isspace (g_utf8_get_char (d->text + r->end))
      || !g_unichar_islower (g_utf8_get_char (d->text + d->in->tokens[i + 1].start)))
    return FALSE;
  for (guint32 j = i + 1; j < para_end && j - i <= APOSTROPHE_LOOKAHEAD; j++)
    {
      gunichar c;
      Dir next;

      if (!is_single_mark (d, j, &c))
        continue;
      next = direction (d, j, c, para_first, para_end);
      if (next == DIR_OPEN && !opens_elision (d, j, para_first, para_end, FALSE))
        return FALSE;
      if (next != DIR_OPEN)
        return TRUE;
    }
  return open != G_MAXUINT32 && i - open > OPEN_QUOTATION_TOKENS;
}

/* The marks a paragraph quotes with. */
typedef enum
{
  MARKS_NONE,   /* no double mark, and no sign of the British style */
  MARKS_DOUBLE, /* it has a double mark */
  MARKS_SINGLE, /* the British style (below) */
} ParaMarks;

/* The marks paragraph [first, end) quotes with, in one pass over it.  It quotes with single
 * ones when it ends with a full stop (or "!", "?", ":", ";"), a single mark opens before a
 * capital letter (the first quotation mark of the paragraph if it has double ones too: in a
 * paragraph that quotes with double marks, a single mark before a capital is inside a quotation,
 * where singles nest), and a later one closes after punctuation, as a quotation does ('We will
 * not …,' Starmer said) and a title does not ("the film 'Blue Horizon' opened"). */
static ParaMarks
paragraph_marks (const QDoc *d, guint32 first, guint32 end)
{
  guint32 last = end;
  gboolean doubles = FALSE, opens = FALSE, closes = FALSE;
  gboolean double_first = FALSE, other_single_first = FALSE;

  for (guint32 i = first; i < end; i++)
    {
      gunichar c;

      if (is_double_mark (d, i, &c))
        {
          doubles = TRUE;
          double_first = double_first || !opens; /* else nested in the single ones */
        }
      else if (is_single_mark (d, i, &c))
        {
          Dir dir = direction (d, i, c, first, end);

          if (!opens && dir == DIR_OPEN && g_unichar_isupper (char_after (d, i, end)))
            opens = TRUE;
          else if (opens && dir != DIR_OPEN && i > first && q_tok_char (d, i - 1, ",.?!"))
            closes = TRUE;
          else if (!opens && dir != DIR_CLOSE
                   && !is_apostrophe (d, i, dir, first, end, G_MAXUINT32))
            other_single_first = TRUE;
        }
    }
  /* Not a headline, which ends without a full stop and uses single marks in American news
   * too ("Biden: 'We Will Not Back Down'") */
  while (last > first && d->tok[last - 1].kind == Q_TOKEN_QUOTE)
    last--;
  if (opens && closes && !double_first && !(doubles && other_single_first) && last > first
      && q_tok_char (d, last - 1, ".!?:;"))
    return MARKS_SINGLE;
  return doubles ? MARKS_DOUBLE : MARKS_NONE;
}

void
q_pair_marks (QDoc *d)
{
  gboolean prev_open_ended = FALSE;
  gboolean british = FALSE;
  g_autofree guint8 *marks = g_new (guint8, d->n_paras + 1);

  /* Once a paragraph quotes in the British style, so do the others without double marks,
   * whatever their first single mark opens on ("… was 'well prepared'"). */
  for (guint32 p = 0; p < d->n_paras; p++)
    {
      marks[p] = (guint8)paragraph_marks (d, d->paras[p].first, d->paras[p].end);
      british = british || marks[p] == MARKS_SINGLE;
    }

  for (guint32 p = 0; p < d->n_paras; p++)
    {
      guint32 first = d->paras[p].first, end = d->paras[p].end;
      guint depth = 0;
      guint32 open = 0;
      guint before = d->dqs->len;
      gboolean (*is_mark) (const QDoc *, guint32, gunichar *)
          = marks[p] == MARKS_SINGLE || (british && marks[p] == MARKS_NONE) ? is_single_mark
                                                                             : is_double_mark;

      for (guint32 i = first; i < end; i++)
        {
          gunichar c;
          Dir dir;

          if (!is_mark (d, i, &c))
            continue;
          dir = direction (d, i, c, first, end);
          if (is_mark == is_single_mark
              && is_apostrophe (d, i, dir, first, end, depth > 0 ? open : G_MAXUINT32))
            continue;
          if (depth == 0)
            {
              /* A lone closing mark with nothing open is stray (an inch sign,
               * a typo): skip it. */
              if (dir == DIR_CLOSE)
                continue;
              open = i;
              depth = 1;
            }
          else if (dir == DIR_OPEN && space_before (d, i, first) && !space_after (d, i, end))
            {
              if (is_mark == is_single_mark && depth == 1)
                {
                  /* British quotations nest double marks, never single ones: this opens
                   * the next quotation of a text whose paragraph breaks were lost ("… a
                   * no-brainer. 'We may have to …'"), as the multi-paragraph convention
                   * leaves the one before unclosed. */
                  add_span (d, open, i - 1, TRUE, p);
                  open = i;
                }
              else
                depth++; /* a quotation inside a quotation, marked alike */
            }
          else if (--depth == 0)
            {
              add_span (d, open, i, TRUE, p);
            }
        }
      if (depth > 0 && end > open + 1)
        add_span (d, open, end - 1, FALSE, p);

      /* A paragraph that opens with a mark right after an unclosed quotation
       * continues it (the multi-paragraph convention). */
      if (d->dqs->len > before)
        {
          QDq *q = &g_array_index (d->dqs, QDq, before);

          q->continues = prev_open_ended && q->open == first;
          prev_open_ended = !g_array_index (d->dqs, QDq, d->dqs->len - 1).closed;
        }
      else
        {
          prev_open_ended = FALSE;
        }
    }
}
