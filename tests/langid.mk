# Tests of the langid plugin (tests/test-langid.c): behaviour through real
# pipelines with the shipped model, and the engine's model loader.  The program
# links the engine (plugins/langid/liblid.la) directly, and finds the model in
# the source tree ($G_TEST_SRCDIR/../plugins/langid) and, through the pipeline,
# with LECTOR_DATA_PATH.  Accuracy and speed are measured by `make bench-langid`.
check_PROGRAMS += tests/test-langid
TESTS += tests/test-langid
tests_test_langid_SOURCES = tests/test-langid.c
tests_test_langid_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir)/plugins/langid
tests_test_langid_LDADD = plugins/langid/liblid.la $(TEST_LIBS)

# Under valgrind too (make check-valgrind): no definite leaks, no invalid reads.
VALGRIND_PLUGIN_TESTS += tests/test-langid
