#!/bin/sh
# The HTML pages in a real browser (TAP).  Renders examples/news-cairo.txt through the default
# pipeline (lector run --format html) and a hand-written record with quotes and paragraph
# languages (tests/html/quotes-langid.json, through lector render), loads each page in headless
# Chromium, takes screenshots (kept in tests/html-browser/ of the build tree) and checks the DOM
# Chromium built (--dump-dom): the highlighted mentions, the quotes with their speakers linked
# to the entities, the languages, text that looks like markup staying text, and no element the
# HTML parser had to add or move (our markup nests as written).
# Skipped, with a message, when Chromium is not installed (Debian package: chromium); CHROMIUM
# names another binary.
set -u
: "${LECTOR:?LECTOR must name the lector command}"
: "${top_srcdir:?top_srcdir must name the source tree}"

chromium=${CHROMIUM:-}
if [ -z "$chromium" ]; then
  for candidate in chromium chromium-browser google-chrome; do
    if command -v "$candidate" > /dev/null 2>&1; then
      chromium=$(command -v "$candidate")
      break
    fi
  done
fi
if [ -z "$chromium" ]; then
  echo "1..0 # SKIP Chromium not found: install the Debian package chromium (or set CHROMIUM) to check the HTML pages in a browser"
  exit 0
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/lector-html-XXXXXX")
trap 'rm -rf "$work"' EXIT
shots=${top_builddir:-.}/tests/html-browser
mkdir -p "$shots"

: "${top_srcdir:?}"
. "$top_srcdir/tests/tap.sh"
has() { grep -qF -- "$2" "$1"; }
lacks() { ! grep -qiF -- "$2" "$1"; }
occurrences() { grep -oF -- "$2" "$1" | wc -l; }

# Headless Chromium with a fresh profile and nothing that reaches the network.
browser() {
  profile=$(mktemp -d "$work/profile-XXXXXX")
  timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" --hide-scrollbars "$@" 2>> "$work/chromium.log"
}
dump_dom() { browser --dump-dom "file://$1" > "$2"; }
screenshot() { # screenshot PAGE PNG WIDTH,HEIGHT
  rm -f "$2"
  browser --window-size="$3" --screenshot="$2" "file://$1" > /dev/null
  # A PNG, and not a blank one: a page of text compresses to more than a few kilobytes.
  [ -s "$2" ] && [ "$(head -c 8 "$2" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] \
    && [ "$(wc -c < "$2")" -gt 20000 ]
}
# The parser adds no element when the markup nests: each tag is as often in the DOM as written.
same_tags() { # same_tags PAGE DOM
  for tag in '<p ' '<mark ' '<q ' '<span ' '<a ' '<bdi>' '<section ' '<table>' '<tr' '</p>' \
    '</mark>' '</q>' '</span>' '</a>'; do
    [ "$(occurrences "$1" "$tag")" -eq "$(occurrences "$2" "$tag")" ] || {
      echo "# $tag: $(occurrences "$1" "$tag") written, $(occurrences "$2" "$tag") in the DOM"
      return 1
    }
  done
}

# --- the example article through the default pipeline ----------------------------------------
page="$work/news-cairo.html"
dom="$work/news-cairo.dom"
"$LECTOR" run -q --format html -o "$page" "$top_srcdir/examples/news-cairo.txt"
check "lector run --format html writes the example's page" test -s "$page"
dump_dom "$page" "$dom"
check "Chromium loads the page and dumps its DOM" has "$dom" '<article class="doc" id="d1"'
check "the DOM holds every element as written (no parser repairs)" same_tags "$page" "$dom"
check "Antony Blinken is highlighted as a person" \
  has "$dom" '<mark class="ent ent-per" data-label="PER" data-entity="E3" title="Antony Blinken (person)">Antony Blinken</mark>'
check "a short mention links to its entity: Blinken as Antony Blinken" \
  has "$dom" 'title="Antony Blinken (person)">Blinken</mark>'
check "Hamas is highlighted as an organization" has "$dom" 'title="Hamas (organization)">Hamas</mark>'
check "Cairo is highlighted as a place" has "$dom" 'title="Cairo (place)">Cairo</mark>'
check "Benjamin Netanyahu is highlighted as a person" has "$dom" 'title="Benjamin Netanyahu (person)">Benjamin Netanyahu</mark>'
mentions=$(occurrences "$dom" '<mark class="ent ')
check "at least 40 mentions are highlighted ($mentions)" test "$mentions" -ge 40
check "the side list has Antony Blinken's row" has "$dom" '<tr id="d1-E3"><th scope="row"><mark class="ent ent-per" data-label="PER" dir="auto">Antony Blinken</mark></th>'
check "the legend names the entity types" has "$dom" 'data-label="PER">person</mark>'
check "the summary is at the top" has "$dom" '<h2 id="d1-summary">Summary</h2>'
check "summary sentences are emphasised in the text, the best with rank 1" has "$dom" 'data-rank="1" title="summary sentence, chosen first: rank 1"'
check "no script in the page" lacks "$dom" '<script'
check "a screenshot of the page (1280 wide)" screenshot "$page" "$shots/news-cairo.png" 1280,1600
check "a screenshot at phone width (390)" screenshot "$page" "$shots/news-cairo-phone.png" 390,1600

# --- quotes, speakers, paragraph languages, escaping: a hand-written record -------------------
page="$work/quotes-langid.html"
dom="$work/quotes-langid.dom"
"$LECTOR" render -o "$page" "$top_srcdir/tests/html/quotes-langid.json"
check "lector render writes the page of a saved record" test -s "$page"
dump_dom "$page" "$dom"
check "Chromium loads it" has "$dom" '<article class="doc" id="d1"'
check "the DOM holds every element as written (no parser repairs)" same_tags "$page" "$dom"
check "a direct quote is marked, its speaker's entity named" \
  has "$dom" '<q class="quote direct" id="d1-q1" data-speaker="E2" title="direct quote by Antony Blinken (cue: said)">“We will rebuild <mark class="ent ent-loc" data-label="LOC" data-entity="E1" title="Gaza (place)">Gaza</mark>,”</q>'
check "the speaker is shown beside the quote, linked to the entity" \
  has "$dom" '</q><span class="who" dir="ltr"><span class="vh">speaker: </span><a href="#d1-E2"><bdi>Antony Blinken</bdi></a></span>'
check "the link's target is the entity's row" has "$dom" '<tr id="d1-E2">'
check "reported speech is marked as indirect, with its speaker" \
  has "$dom" '<a href="#d1-E5"><bdi>Egyptian Foreign Ministry</bdi></a>'
check "a right-to-left quote has its speaker" has "$dom" '<a href="#d1-E8"><bdi>أنطونيو غوتيريش</bdi></a>'
check "the quotes list names each speaker" has "$dom" '<a class="who" href="#d1-E6">Jean-Yves Le Drian</a>'
check "the document language is shown" has "$dom" 'Language: <strong>English (en)</strong>'
check "a French paragraph is marked fr" has "$dom" '<p dir="auto" lang="fr"><span class="plang"'
check "an Arabic paragraph is marked ar" has "$dom" '<p dir="auto" lang="ar"><span class="plang"'
check "<script> in the text stays text" has "$dom" '&lt;script&gt;alert("x")&lt;/script&gt; &amp; '"'quotes'"' &amp; &amp;amp; stay text'
check "no script element in the DOM" lacks "$dom" '<script'
check "the id with markup is the page's title, as text" has "$dom" '<title>multilingual &lt;sample&gt; &amp; "test" · Lector</title>'
check "a screenshot of the page" screenshot "$page" "$shots/quotes-langid.png" 1280,1000

if [ "$failed" -gt 0 ]; then
  sed 's/^/# chromium: /' "$work/chromium.log" | tail -n 20
fi
tap_done
