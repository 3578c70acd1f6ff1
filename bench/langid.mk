# The langid benchmark: `make bench-langid` (never part of `make check`).
# Builds bench/langid/langid-bench (our engine on `lang<TAB>text` files) and runs
# bench/langid/run, which also builds and runs the CLD2 peer on the same files
# and prints both, with the ratio.  See bench/langid/README.md.
# A check program: built by `make check` (so it keeps compiling) and by this target.
check_PROGRAMS += bench/langid/langid-bench
bench_langid_langid_bench_SOURCES = bench/langid/langid-bench.c
bench_langid_langid_bench_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir)/plugins/langid
bench_langid_langid_bench_LDADD = plugins/langid/liblid.la $(GLIB_LIBS)
EXTRA_DIST += bench/langid/run bench/langid/README.md

# LANGID_DATA: the folder of eval_*.tsv; LANGID_PEERS: the peer harnesses.
LANGID_DATA ?= $(abs_top_srcdir)/../shared/data/langid
LANGID_PEERS ?= $(abs_top_srcdir)/../shared/peers/langid
bench-langid: bench/langid/langid-bench$(EXEEXT)
	$(SHELL) $(top_srcdir)/bench/langid/run --bench $(abs_top_builddir)/bench/langid/langid-bench$(EXEEXT) \
	  --model $(abs_top_srcdir)/plugins/langid/langid.model \
	  --groups $(abs_top_srcdir)/plugins/langid/langid-groups.model \
	  --data $(LANGID_DATA) --peers $(LANGID_PEERS) --out $(abs_top_builddir)/bench/langid/out
.PHONY: bench-langid
