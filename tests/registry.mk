# Tests of the library: the document model, the plugin registry (over the test plugins
# of tests/plugins/) and pipelines built from configs.
check_PROGRAMS += tests/test-document tests/test-registry tests/test-pipeline
TESTS += tests/test-document tests/test-registry tests/test-pipeline

tests_test_document_SOURCES = tests/test-document.c
tests_test_document_CFLAGS = $(TEST_CFLAGS)
tests_test_document_LDADD = $(TEST_LIBS)

tests_test_registry_SOURCES = tests/test-registry.c
tests_test_registry_CFLAGS = $(TEST_CFLAGS)
tests_test_registry_LDADD = $(TEST_LIBS)

tests_test_pipeline_SOURCES = tests/test-pipeline.c
tests_test_pipeline_CFLAGS = $(TEST_CFLAGS)
tests_test_pipeline_LDADD = $(TEST_LIBS)
