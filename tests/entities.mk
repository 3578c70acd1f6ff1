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

# The engine tests again on the tagger built without its AVX2 code and clones
# (NER_NO_SIMD): the scores of the generic vector path must be those of the plain sums too.
check_PROGRAMS += tests/test-entities-generic
TESTS += tests/test-entities-generic
tests_test_entities_generic_SOURCES = tests/test-entities.c plugins/entities/tagger.c \
	plugins/entities/group.c
tests_test_entities_generic_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir)/plugins/entities -DNER_NO_SIMD
tests_test_entities_generic_LDADD = $(TEST_LIBS) -lm
