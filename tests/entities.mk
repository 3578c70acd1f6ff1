# Tests of the entities plugin (tests/test-entities.c): the golden entities of
# examples/news-cairo.txt (tests/entities/news-cairo.expected) and behaviour tests.
# They run segment and entities through the library with the committed model,
# found through LECTOR_DATA_PATH (the source tree's plugins/).
check_PROGRAMS += tests/test-entities
TESTS += tests/test-entities
tests_test_entities_SOURCES = tests/test-entities.c
tests_test_entities_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir)/plugins/entities
tests_test_entities_LDADD = plugins/entities/libnertagger.la $(TEST_LIBS) -lm
EXTRA_DIST += tests/entities

# The training tool (plugins/entities/entities-train, a check program): clusters, determinism, errors.
TESTS += tests/test-entities-train.sh
EXTRA_DIST += tests/test-entities-train.sh
