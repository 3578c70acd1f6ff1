# The segment plugin: paragraphs, sentences and tokens.
# The engine is a convenience library of its own (GLib only, no liblector) so
# that tests/test-segment links it directly.
noinst_LTLIBRARIES += plugins/segment/libsegmenter.la
plugins_segment_libsegmenter_la_SOURCES = \
	plugins/segment/segmenter.c \
	plugins/segment/segmenter.h
plugins_segment_libsegmenter_la_LIBADD = $(GLIB_LIBS)

plugin_LTLIBRARIES += plugins/segment/segment.la
plugins_segment_segment_la_SOURCES = plugins/segment/segment.c
plugins_segment_segment_la_LIBADD = plugins/segment/libsegmenter.la $(PLUGIN_LINK_LIBS)
# -module is repeated literally: automake does not look inside $(PLUGIN_LINK_FLAGS)
# and would otherwise refuse "segment.la" as not a standard (lib*.la) name.
plugins_segment_segment_la_LDFLAGS = -module $(PLUGIN_LINK_FLAGS)
