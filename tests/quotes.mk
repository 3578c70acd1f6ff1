# Tests of the quotes plugin through "segment; entities; quotes" pipelines of the built
# plugins, with a test-only stand-in for the entities plugin (tests/plugins-quotes/) that
# tags the names of a gazetteer written for each test text.  Golden quotes of
# examples/news-cairo.txt and of the test texts in tests/quotes/.
check_LTLIBRARIES += tests/plugins-quotes/fake_entities.la
tests_plugins_quotes_fake_entities_la_SOURCES = tests/plugins-quotes/fake_entities.c
tests_plugins_quotes_fake_entities_la_LDFLAGS = -module $(TEST_PLUGIN_LINK_FLAGS) -no-undefined
tests_plugins_quotes_fake_entities_la_LIBADD = $(PLUGIN_LINK_LIBS)

check_PROGRAMS += tests/test-quotes
TESTS += tests/test-quotes
tests_test_quotes_SOURCES = tests/test-quotes.c
tests_test_quotes_CFLAGS = $(TEST_CFLAGS)
tests_test_quotes_CPPFLAGS = $(AM_CPPFLAGS) \
	-DFAKE_ENTITIES='"$(abs_top_builddir)/tests/plugins-quotes/fake_entities.la"'
tests_test_quotes_LDADD = $(TEST_LIBS)
EXTRA_tests_test_quotes_DEPENDENCIES = tests/plugins-quotes/fake_entities.la
EXTRA_DIST += tests/quotes
