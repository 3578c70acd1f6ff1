# The summary plugin: an extractive summary (layer `summary`, meta key "summary").
# The engine is a convenience library of its own (GLib only, no liblector) so
# that tests/test-summary and bench/summary link it directly.
noinst_LTLIBRARIES += plugins/summary/libsummarizer.la
plugins_summary_libsummarizer_la_SOURCES = \
	plugins/summary/summarizer.c \
	plugins/summary/summarizer.h \
	plugins/common/ascii-key.h
plugins_summary_libsummarizer_la_LIBADD = $(GLIB_LIBS) -lm

plugin_LTLIBRARIES += plugins/summary/summary.la
plugins_summary_summary_la_SOURCES = plugins/summary/summary.c
plugins_summary_summary_la_LIBADD = plugins/summary/libsummarizer.la $(PLUGIN_LINK_LIBS)
# -module is repeated literally: automake does not look inside $(PLUGIN_LINK_FLAGS)
# and would otherwise refuse "summary.la" as not a standard (lib*.la) name.
plugins_summary_summary_la_LDFLAGS = -module $(PLUGIN_LINK_FLAGS)

EXTRA_DIST += plugins/summary/README.md
