# The entities plugin: named entities (PER, ORG, LOC, MISC) and their grouping.
# The tagger engine is a convenience library (GLib only) shared by the plugin,
# the training tool and the tests, so all three use the same features.
noinst_LTLIBRARIES += plugins/entities/libnertagger.la
plugins_entities_libnertagger_la_SOURCES = \
	plugins/entities/tagger.c \
	plugins/entities/tagger.h
plugins_entities_libnertagger_la_LIBADD = $(GLIB_LIBS) -lm

# The training tool (see plugins/entities/README.md): never installed; listed with
# the check programs so that `make check` keeps it compiling (Makefile.am has no
# noinst_PROGRAMS); build it alone with `make plugins/entities/entities-train`.
check_PROGRAMS += plugins/entities/entities-train
plugins_entities_entities_train_SOURCES = plugins/entities/entities-train.c
plugins_entities_entities_train_LDADD = plugins/entities/libnertagger.la $(GLIB_LIBS) -lm

# Grouping of mentions into entities, also GLib only.
plugins_entities_libnertagger_la_SOURCES += \
	plugins/entities/group.c \
	plugins/entities/group.h

plugin_LTLIBRARIES += plugins/entities/entities.la
plugins_entities_entities_la_SOURCES = plugins/entities/entities.c
plugins_entities_entities_la_LIBADD = plugins/entities/libnertagger.la $(PLUGIN_LINK_LIBS)
# -module is repeated literally: automake does not look inside $(PLUGIN_LINK_FLAGS).
plugins_entities_entities_la_LDFLAGS = -module $(PLUGIN_LINK_FLAGS)

# The model is installed as plugin data, with the notices of the word lists it holds
# words of (wamerican's terms ask that they stay with copies).
entitiesdatadir = $(lectordatadir)/entities
dist_entitiesdata_DATA = plugins/entities/entities.model plugins/entities/wamerican-copyright.txt
EXTRA_DIST += plugins/entities/README.md plugins/entities/gazetteer.tsv \
	plugins/entities/clusters.tsv plugins/entities/vectors.tsv \
	plugins/entities/build-gazetteer.py plugins/entities/build-clusters.py \
	plugins/entities/build-vectors.py plugins/entities/glove.py
