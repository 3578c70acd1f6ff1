# Tests of the segmentation engine: unit tests and the golden cases in
# tests/segment/CASE/ (see tests/segment/README), one TAP line each.
# The program finds its data with g_test_build_filename (G_TEST_DIST, "segment"),
# i.e. under $G_TEST_SRCDIR, which the test environment sets to $(abs_top_srcdir)/tests.
check_PROGRAMS += tests/test-segment
TESTS += tests/test-segment
tests_test_segment_SOURCES = tests/test-segment.c
tests_test_segment_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir)/plugins/segment
tests_test_segment_LDADD = plugins/segment/libsegmenter.la $(GLIB_LIBS)

# The whole directory: a new case is a new folder, with nothing to list here.
EXTRA_DIST += tests/segment
