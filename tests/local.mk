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
include tests/entities.mk
