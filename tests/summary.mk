# Tests of the summary plugin through "segment; summary" pipelines of the built plugins
# (LECTOR_PLUGIN_PATH is set by the test environment), with the golden summary of
# examples/news-cairo.txt in tests/summary/.
check_PROGRAMS += tests/test-summary
TESTS += tests/test-summary
tests_test_summary_SOURCES = tests/test-summary.c
tests_test_summary_CFLAGS = $(TEST_CFLAGS)
tests_test_summary_LDADD = $(TEST_LIBS) -lm
EXTRA_DIST += tests/summary
