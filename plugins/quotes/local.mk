# The quotes plugin: quotations and their speakers (layer `quotes`).
# The engine is a convenience library of its own (GLib only, no liblector) so
# that the benchmark can link it directly.
noinst_LTLIBRARIES += plugins/quotes/libquoter.la
plugins_quotes_libquoter_la_SOURCES = \
	plugins/quotes/quoter.c \
	plugins/quotes/quoter.h \
	plugins/quotes/quoter-private.h \
	plugins/quotes/marks.c \
	plugins/quotes/speaker.c \
	plugins/quotes/lexicon.c \
	plugins/quotes/lexicon.h \
	plugins/quotes/base-verbs.h \
	plugins/common/ascii-key.h
plugins_quotes_libquoter_la_LIBADD = $(GLIB_LIBS)

plugin_LTLIBRARIES += plugins/quotes/quotes.la
plugins_quotes_quotes_la_SOURCES = plugins/quotes/quotes.c
plugins_quotes_quotes_la_LIBADD = plugins/quotes/libquoter.la $(PLUGIN_LINK_LIBS)
# -module is repeated literally: automake does not look inside $(PLUGIN_LINK_FLAGS)
# and would otherwise refuse "quotes.la" as not a standard (lib*.la) name.
plugins_quotes_quotes_la_LDFLAGS = -module $(PLUGIN_LINK_FLAGS)

EXTRA_DIST += plugins/quotes/README.md plugins/quotes/build-base-verbs.py
