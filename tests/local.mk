# Tests: GLib test programs and shell scripts, all speaking TAP through automake's driver.
TEST_EXTENSIONS = .sh
LOG_DRIVER = env AM_TAP_AWK='$(AWK)' $(SHELL) $(top_srcdir)/build-aux/tap-driver.sh
SH_LOG_DRIVER = $(LOG_DRIVER)
SH_LOG_COMPILER = $(SHELL)
AM_TESTS_ENVIRONMENT = \
	G_TEST_SRCDIR=$(abs_top_srcdir)/tests; export G_TEST_SRCDIR; \
	G_TEST_BUILDDIR=$(abs_top_builddir)/tests; export G_TEST_BUILDDIR; \
	LECTOR_PLUGIN_PATH=$(LECTOR_BUILD_PLUGIN_PATH); export LECTOR_PLUGIN_PATH; \
	LECTOR_DATA_PATH=$(abs_top_srcdir)/plugins; export LECTOR_DATA_PATH; \
	LECTOR_TEMPLATE_DIR=$(abs_top_srcdir)/sdk/template; export LECTOR_TEMPLATE_DIR; \
	LECTOR=$(abs_top_builddir)/core/lector; export LECTOR; \
	top_srcdir=$(abs_top_srcdir); export top_srcdir; \
	top_builddir=$(abs_top_builddir); export top_builddir;

# Test programs link the library and GLib; each fragment below adds its own.
TEST_CFLAGS = $(AM_CFLAGS)
TEST_LIBS = core/liblector.la $(GLIB_LIBS) $(JANSSON_LIBS)
# Test-only plugins (some broken on purpose) are built as modules that are never installed.
TEST_PLUGIN_LINK_FLAGS = -module -avoid-version -shared -rpath /nowhere

include tests/plugins/local.mk
include tests/segment.mk

check_PROGRAMS += tests/test-config tests/test-cli
TESTS += tests/test-config tests/test-cli
tests_test_config_LDADD = $(TEST_LIBS)
tests_test_cli_LDADD = $(GLIB_LIBS) $(JANSSON_LIBS)
EXTRA_DIST += tests/config
include tests/registry.mk

# The SDK end to end, against the installed Lector (make installcheck; make distcheck).
EXTRA_DIST += tests/sdk-installcheck.sh
installcheck-local:
	$(SHELL) $(srcdir)/tests/sdk-installcheck.sh "$(DESTDIR)$(bindir)" "$(DESTDIR)$(libdir)"

# The SDK template's plugin and its own tests, built in this tree so that `make check`
# keeps them working (sdk-installcheck.sh builds them out of tree against an install).
check_LTLIBRARIES += tests/sdk/keywords.la
tests_sdk_keywords_la_SOURCES = sdk/template/keywords.c
tests_sdk_keywords_la_LDFLAGS = -module $(TEST_PLUGIN_LINK_FLAGS)
tests_sdk_keywords_la_LIBADD = $(PLUGIN_LINK_LIBS)
check_PROGRAMS += tests/test-keywords
TESTS += tests/test-keywords
tests_test_keywords_SOURCES = sdk/template/test-keywords.c
tests_test_keywords_CPPFLAGS = $(AM_CPPFLAGS) -DPLUGIN_FILE='"$(abs_top_builddir)/tests/sdk/keywords.la"'
tests_test_keywords_LDADD = sdk/liblector-testing.la $(TEST_LIBS)

# The lector command's own formatting code, tested directly.
check_PROGRAMS += tests/test-output
TESTS += tests/test-output
tests_test_output_SOURCES = tests/test-output.c core/output.c core/input.c core/html.c core/pages.c
tests_test_output_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir)/core
tests_test_output_LDADD = $(TEST_LIBS)

# Configured jobs through the lector command: threads, shards, parts, signals, [job];
# a poison corpus through the default pipeline.
TESTS += tests/test-jobs.sh tests/test-poison.sh
EXTRA_DIST += tests/test-jobs.sh tests/test-poison.sh tests/tap.sh

# Each plugin's tests.
include tests/summary.mk
include tests/entities.mk

# Memory checks: `make check-valgrind` runs the test programs (and the lector command under
# test-cli) under valgrind.  Not part of `make check`: it takes minutes.
VALGRIND_TESTS = tests/test-document tests/test-registry tests/test-pipeline tests/test-config \
	tests/test-output tests/test-html tests/test-keywords tests/test-segment tests/test-cli
EXTRA_DIST += tests/valgrind.sh tests/valgrind.supp
check-valgrind: $(check_PROGRAMS) $(check_LTLIBRARIES) all
	$(AM_TESTS_ENVIRONMENT) $(SHELL) $(srcdir)/tests/valgrind.sh "$(abs_top_builddir)" \
	  "$(abs_top_srcdir)" $(VALGRIND_TESTS) $(VALGRIND_PLUGIN_TESTS) | tee check-valgrind.log; \
	  test "$$(grep -c '^not ok' check-valgrind.log)" -eq 0
.PHONY: check-valgrind
CLEANFILES += check-valgrind.log
VALGRIND_PLUGIN_TESTS = tests/test-summary tests/test-entities tests/test-quotes
include tests/langid.mk
include tests/quotes.mk

# Crash isolation: a test-only plugin that crashes on purpose, in its own directory so that
# the registry tests' plugin lists do not change.
check_LTLIBRARIES += tests/plugins-crash/crashy.la
tests_plugins_crash_crashy_la_SOURCES = tests/plugins-crash/crashy.c
tests_plugins_crash_crashy_la_LDFLAGS = -module $(TEST_PLUGIN_LINK_FLAGS)
tests_plugins_crash_crashy_la_LIBADD = $(PLUGIN_LINK_LIBS)
TESTS += tests/test-isolate.sh
EXTRA_DIST += tests/test-isolate.sh

# The HTML renderer and page writer of the lector command, tested directly; the pages in a
# browser (skipped without Chromium).
check_PROGRAMS += tests/test-html
TESTS += tests/test-html tests/test-html-browser.sh
tests_test_html_SOURCES = tests/test-html.c core/html.c core/pages.c
tests_test_html_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir)/core
tests_test_html_LDADD = $(TEST_LIBS)
EXTRA_DIST += tests/test-html-browser.sh tests/html/quotes-langid.json
CLEANFILES += tests/html-browser/news-cairo.png tests/html-browser/news-cairo-phone.png \
	tests/html-browser/quotes-langid.png
