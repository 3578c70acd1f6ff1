# The langid plugin: meta.lang and the `languages` layer.
# The engine (model file + scoring) is a convenience library of its own (GLib
# only, no liblector) so that tests/test-langid and bench/langid link it directly.
noinst_LTLIBRARIES += plugins/langid/liblid.la
plugins_langid_liblid_la_SOURCES = \
	plugins/langid/lid-model.c \
	plugins/langid/lid-model.h \
	plugins/langid/lid-detect.c \
	plugins/langid/lid-detect.h \
	plugins/langid/lid-groups.c \
	plugins/langid/lid-groups.h
plugins_langid_liblid_la_LIBADD = $(GLIB_LIBS) -lm

plugin_LTLIBRARIES += plugins/langid/langid.la
plugins_langid_langid_la_SOURCES = plugins/langid/langid.c
plugins_langid_langid_la_LIBADD = plugins/langid/liblid.la $(PLUGIN_LINK_LIBS)
# -module is repeated literally: automake does not look inside $(PLUGIN_LINK_FLAGS)
# and would otherwise refuse "langid.la" as not a standard (lib*.la) name.
plugins_langid_langid_la_LDFLAGS = -module $(PLUGIN_LINK_FLAGS)

# The models, built by train/langid-train.py and train/langid-groups-train.py (see plugins/langid/README.md), is
# installed where lector_find_data_file ("langid", "langid.model") finds it.
langiddatadir = $(lectordatadir)/langid
dist_langiddata_DATA = plugins/langid/langid.model plugins/langid/langid-groups.model
EXTRA_DIST += plugins/langid/README.md plugins/langid/train/langid-train.py \
	plugins/langid/train/langid-groups-train.py plugins/langid/train/langid-dev.py

# The accuracy/speed benchmark (`make bench-langid`), never part of `make check`.
include $(top_srcdir)/bench/langid.mk
