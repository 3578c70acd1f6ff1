# Fuzzing (fuzz/README.md).  Each fuzz/fuzz-*.c target is built twice from the same sources:
#  - fuzz/fuzz-TARGET, a libFuzzer program, only on request (EXTRA_PROGRAMS) in a build
#    configured with clang and -fsanitize=fuzzer-no-link, which fuzz/run.sh makes;
#  - tests/test-fuzz-TARGET, a check program built with the normal compiler, which replays
#    the target's seed corpus and every past crasher (tests/fuzz-regressions/TARGET/).
# The plugins are compiled into both, registered with lector_registry_add_static(), so
# that their code is instrumented for coverage like the rest.

FUZZ_TARGETS = config jsonl segmenter langid entities quotes summary
FUZZ_SECONDS = 60

FUZZ_COMPILE_FLAGS = $(AM_CPPFLAGS) -DFUZZ_DATA_DIR='"$(abs_top_srcdir)/plugins"' \
	-DFUZZ_TOP_SRCDIR='"$(abs_top_srcdir)"'
FUZZ_COMMON = fuzz/fuzz.h fuzz/fuzz-common.c
FUZZ_LIBS = core/liblector.la $(GLIB_LIBS) $(JANSSON_LIBS)
# libFuzzer's main; -no-install: a real program, not a libtool wrapper script.
FUZZ_LINK_FLAGS = -no-install -fsanitize=fuzzer

# Plugins, each with what it needs: a plugin's file and its engine library.
FUZZ_SEGMENT_SRC = plugins/segment/segment.c
FUZZ_SEGMENT_LIBS = plugins/segment/libsegmenter.la
FUZZ_LANGID_SRC = $(FUZZ_SEGMENT_SRC) plugins/langid/langid.c
FUZZ_LANGID_LIBS = $(FUZZ_SEGMENT_LIBS) plugins/langid/liblid.la
FUZZ_ENTITIES_SRC = $(FUZZ_LANGID_SRC) plugins/entities/entities.c
FUZZ_ENTITIES_LIBS = $(FUZZ_LANGID_LIBS) plugins/entities/libnertagger.la
FUZZ_QUOTES_SRC = $(FUZZ_ENTITIES_SRC) plugins/quotes/quotes.c
FUZZ_QUOTES_LIBS = $(FUZZ_ENTITIES_LIBS) plugins/quotes/libquoter.la
FUZZ_ALL_SRC = $(FUZZ_QUOTES_SRC) plugins/summary/summary.c
FUZZ_ALL_LIBS = $(FUZZ_QUOTES_LIBS) plugins/summary/libsummarizer.la

EXTRA_PROGRAMS = fuzz/fuzz-config fuzz/fuzz-jsonl fuzz/fuzz-segmenter fuzz/fuzz-langid \
	fuzz/fuzz-entities fuzz/fuzz-quotes fuzz/fuzz-summary
FUZZ_REPLAY_TESTS = tests/test-fuzz-config tests/test-fuzz-jsonl tests/test-fuzz-segmenter \
	tests/test-fuzz-langid tests/test-fuzz-entities tests/test-fuzz-quotes tests/test-fuzz-summary
check_PROGRAMS += $(FUZZ_REPLAY_TESTS)
TESTS += $(FUZZ_REPLAY_TESTS)
CLEANFILES += $(EXTRA_PROGRAMS)

# config: key files and JSON, overrides, lector_pipeline_new against every plugin.
fuzz_fuzz_config_SOURCES = fuzz/fuzz-config.c $(FUZZ_COMMON) $(FUZZ_ALL_SRC)
fuzz_fuzz_config_CPPFLAGS = $(FUZZ_COMPILE_FLAGS)
fuzz_fuzz_config_LDADD = $(FUZZ_ALL_LIBS) $(FUZZ_LIBS)
fuzz_fuzz_config_LDFLAGS = $(FUZZ_LINK_FLAGS)
tests_test_fuzz_config_SOURCES = fuzz/replay.c $(fuzz_fuzz_config_SOURCES)
tests_test_fuzz_config_CPPFLAGS = $(FUZZ_COMPILE_FLAGS) -DFUZZ_TARGET='"config"'
tests_test_fuzz_config_LDADD = $(fuzz_fuzz_config_LDADD)

# jsonl: the lector command's input reader and output formatting.
fuzz_fuzz_jsonl_SOURCES = fuzz/fuzz-jsonl.c $(FUZZ_COMMON) $(FUZZ_SEGMENT_SRC) \
	core/input.c core/output.c core/html.c core/pages.c
# A read buffer of 61 bytes instead of 1 MiB: lines cross buffer refills.
fuzz_fuzz_jsonl_CPPFLAGS = $(FUZZ_COMPILE_FLAGS) -I$(top_srcdir)/core -DREAD_BUFFER=61
fuzz_fuzz_jsonl_LDADD = $(FUZZ_SEGMENT_LIBS) $(FUZZ_LIBS)
fuzz_fuzz_jsonl_LDFLAGS = $(FUZZ_LINK_FLAGS)
tests_test_fuzz_jsonl_SOURCES = fuzz/replay.c $(fuzz_fuzz_jsonl_SOURCES)
tests_test_fuzz_jsonl_CPPFLAGS = $(fuzz_fuzz_jsonl_CPPFLAGS) -DFUZZ_TARGET='"jsonl"'
tests_test_fuzz_jsonl_LDADD = $(fuzz_fuzz_jsonl_LDADD)

# segmenter: the segmentation engine alone.
fuzz_fuzz_segmenter_SOURCES = fuzz/fuzz-segmenter.c $(FUZZ_COMMON)
fuzz_fuzz_segmenter_CPPFLAGS = $(FUZZ_COMPILE_FLAGS) -I$(top_srcdir)/plugins/segment
fuzz_fuzz_segmenter_LDADD = $(FUZZ_SEGMENT_LIBS) $(FUZZ_LIBS)
fuzz_fuzz_segmenter_LDFLAGS = $(FUZZ_LINK_FLAGS)
tests_test_fuzz_segmenter_SOURCES = fuzz/replay.c $(fuzz_fuzz_segmenter_SOURCES)
tests_test_fuzz_segmenter_CPPFLAGS = $(fuzz_fuzz_segmenter_CPPFLAGS) -DFUZZ_TARGET='"segmenter"'
tests_test_fuzz_segmenter_LDADD = $(fuzz_fuzz_segmenter_LDADD)

# langid, entities, quotes, summary: a plugin's process function, through a pipeline.
fuzz_fuzz_langid_SOURCES = fuzz/fuzz-plugin.c $(FUZZ_COMMON) $(FUZZ_LANGID_SRC)
fuzz_fuzz_langid_CPPFLAGS = $(FUZZ_COMPILE_FLAGS) -DFUZZ_PLUGIN_LANGID
fuzz_fuzz_langid_LDADD = $(FUZZ_LANGID_LIBS) $(FUZZ_LIBS)
fuzz_fuzz_langid_LDFLAGS = $(FUZZ_LINK_FLAGS)
tests_test_fuzz_langid_SOURCES = fuzz/replay.c $(fuzz_fuzz_langid_SOURCES)
tests_test_fuzz_langid_CPPFLAGS = $(fuzz_fuzz_langid_CPPFLAGS) -DFUZZ_TARGET='"langid"'
tests_test_fuzz_langid_LDADD = $(fuzz_fuzz_langid_LDADD)

fuzz_fuzz_entities_SOURCES = fuzz/fuzz-plugin.c $(FUZZ_COMMON) $(FUZZ_ENTITIES_SRC)
fuzz_fuzz_entities_CPPFLAGS = $(FUZZ_COMPILE_FLAGS) -DFUZZ_PLUGIN_ENTITIES
fuzz_fuzz_entities_LDADD = $(FUZZ_ENTITIES_LIBS) $(FUZZ_LIBS)
fuzz_fuzz_entities_LDFLAGS = $(FUZZ_LINK_FLAGS)
tests_test_fuzz_entities_SOURCES = fuzz/replay.c $(fuzz_fuzz_entities_SOURCES)
tests_test_fuzz_entities_CPPFLAGS = $(fuzz_fuzz_entities_CPPFLAGS) -DFUZZ_TARGET='"entities"'
tests_test_fuzz_entities_LDADD = $(fuzz_fuzz_entities_LDADD)

fuzz_fuzz_quotes_SOURCES = fuzz/fuzz-plugin.c $(FUZZ_COMMON) $(FUZZ_QUOTES_SRC)
fuzz_fuzz_quotes_CPPFLAGS = $(FUZZ_COMPILE_FLAGS) -DFUZZ_PLUGIN_QUOTES
fuzz_fuzz_quotes_LDADD = $(FUZZ_QUOTES_LIBS) $(FUZZ_LIBS)
fuzz_fuzz_quotes_LDFLAGS = $(FUZZ_LINK_FLAGS)
tests_test_fuzz_quotes_SOURCES = fuzz/replay.c $(fuzz_fuzz_quotes_SOURCES)
tests_test_fuzz_quotes_CPPFLAGS = $(fuzz_fuzz_quotes_CPPFLAGS) -DFUZZ_TARGET='"quotes"'
tests_test_fuzz_quotes_LDADD = $(fuzz_fuzz_quotes_LDADD)

fuzz_fuzz_summary_SOURCES = fuzz/fuzz-plugin.c $(FUZZ_COMMON) $(FUZZ_ALL_SRC)
fuzz_fuzz_summary_CPPFLAGS = $(FUZZ_COMPILE_FLAGS) -DFUZZ_PLUGIN_SUMMARY
fuzz_fuzz_summary_LDADD = $(FUZZ_ALL_LIBS) $(FUZZ_LIBS)
fuzz_fuzz_summary_LDFLAGS = $(FUZZ_LINK_FLAGS)
tests_test_fuzz_summary_SOURCES = fuzz/replay.c $(fuzz_fuzz_summary_SOURCES)
tests_test_fuzz_summary_CPPFLAGS = $(fuzz_fuzz_summary_CPPFLAGS) -DFUZZ_TARGET='"summary"'
tests_test_fuzz_summary_LDADD = $(fuzz_fuzz_summary_LDADD)

# The libFuzzer programs; fuzz/run.sh builds them with `make fuzz-targets` in its build.
fuzz-targets: $(EXTRA_PROGRAMS)

# `make fuzz [FUZZ_SECONDS=N]`: builds the targets with clang in $(FUZZ_BUILDDIR) and runs
# each for N seconds; fails if one crashes (fuzz/README.md).
FUZZ_BUILDDIR = $(abs_top_builddir)/_build-fuzz
fuzz:
	FUZZ_BUILDDIR='$(FUZZ_BUILDDIR)' $(SHELL) '$(abs_top_srcdir)/fuzz/run.sh' all '$(FUZZ_SECONDS)'
.PHONY: fuzz fuzz-targets

EXTRA_DIST += fuzz/README.md fuzz/run.sh fuzz/corpus fuzz/dict tests/fuzz-regressions
