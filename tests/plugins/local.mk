# Test-only plugins, built by `make check` and never installed: two that work (words,
# needs_words) and one for each way the registry must refuse a file.  Each module is
# named after its plugin, like an installed one.
check_LTLIBRARIES += \
	tests/plugins/words.la \
	tests/plugins/needs_words.la \
	tests/plugins/abi_mismatch.la \
	tests/plugins/api_too_new.la \
	tests/plugins/no_entry.la \
	tests/plugins/misnamed.la \
	tests/plugins/libtestgone.la \
	tests/plugins/missing_lib.la \
	tests/plugins/missing_symbol.la \
	tests/plugins/meta_not_provided.la

tests_plugins_words_la_SOURCES = tests/plugins/words.c
tests_plugins_words_la_LDFLAGS = $(TEST_PLUGIN_LINK_FLAGS) -no-undefined
tests_plugins_words_la_LIBADD = $(PLUGIN_LINK_LIBS)

tests_plugins_needs_words_la_SOURCES = tests/plugins/needs_words.c
tests_plugins_needs_words_la_LDFLAGS = $(TEST_PLUGIN_LINK_FLAGS) -no-undefined
tests_plugins_needs_words_la_LIBADD = $(PLUGIN_LINK_LIBS)

tests_plugins_abi_mismatch_la_SOURCES = tests/plugins/abi_mismatch.c
tests_plugins_abi_mismatch_la_LDFLAGS = $(TEST_PLUGIN_LINK_FLAGS) -no-undefined
tests_plugins_abi_mismatch_la_LIBADD = $(PLUGIN_LINK_LIBS)

tests_plugins_api_too_new_la_SOURCES = tests/plugins/api_too_new.c
tests_plugins_api_too_new_la_LDFLAGS = $(TEST_PLUGIN_LINK_FLAGS) -no-undefined
tests_plugins_api_too_new_la_LIBADD = $(PLUGIN_LINK_LIBS)

tests_plugins_no_entry_la_SOURCES = tests/plugins/no_entry.c
tests_plugins_no_entry_la_LDFLAGS = $(TEST_PLUGIN_LINK_FLAGS) -no-undefined

tests_plugins_misnamed_la_SOURCES = tests/plugins/misnamed.c
tests_plugins_misnamed_la_LDFLAGS = $(TEST_PLUGIN_LINK_FLAGS) -no-undefined
tests_plugins_misnamed_la_LIBADD = $(PLUGIN_LINK_LIBS)

# A real shared library (not a module) that is never installed: -rpath /nowhere makes
# libtool build it shared, and /nowhere is where missing_lib will look for it.
tests_plugins_libtestgone_la_SOURCES = tests/plugins/libtestgone.c tests/plugins/testgone.h
tests_plugins_libtestgone_la_LDFLAGS = -avoid-version -shared -no-undefined -rpath /nowhere

# missing_lib is linked with the shared object itself, behind libtool's back: given
# libtestgone.la, libtool would put the build directory in the module's RUNPATH and the
# library would be found after all (and libtool drops a bare .so from LIBADD).
tests_plugins_missing_lib_la_SOURCES = tests/plugins/missing_lib.c tests/plugins/testgone.h
tests_plugins_missing_lib_la_LDFLAGS = $(TEST_PLUGIN_LINK_FLAGS) -no-undefined \
	-Wl,--no-as-needed -Wl,$(top_builddir)/tests/plugins/.libs/libtestgone.so
tests_plugins_missing_lib_la_LIBADD = $(PLUGIN_LINK_LIBS)
EXTRA_tests_plugins_missing_lib_la_DEPENDENCIES = tests/plugins/libtestgone.la

# No -no-undefined here: the module must build with its undefined variable.
tests_plugins_missing_symbol_la_SOURCES = tests/plugins/missing_symbol.c
tests_plugins_missing_symbol_la_LDFLAGS = $(TEST_PLUGIN_LINK_FLAGS)
tests_plugins_missing_symbol_la_LIBADD = $(PLUGIN_LINK_LIBS)

tests_plugins_meta_not_provided_la_SOURCES = tests/plugins/meta_not_provided.c
tests_plugins_meta_not_provided_la_LDFLAGS = $(TEST_PLUGIN_LINK_FLAGS) -no-undefined
tests_plugins_meta_not_provided_la_LIBADD = $(PLUGIN_LINK_LIBS)
