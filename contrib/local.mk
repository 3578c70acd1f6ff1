# Running Lector on engines beyond one machine.
#
# Slurm: lector-slurm (bindir) submits a configured job as a job array whose tasks run
# $(lectordatadir)/slurm/lector-array.sbatch, one shard each, then a dependent merge job.  Both
# are generated from their .in files with the installed paths (by make, not configure, so that
# $(bindir) and $(lectordatadir) are fully expanded).
bin_SCRIPTS = contrib/slurm/lector-slurm
slurmdir = $(lectordatadir)/slurm
slurm_SCRIPTS = contrib/slurm/lector-array.sbatch
dist_man_MANS += contrib/slurm/lector-slurm.1
EXTRA_DIST += contrib/slurm/lector-slurm.in contrib/slurm/lector-array.sbatch.in
CLEANFILES += $(bin_SCRIPTS) $(slurm_SCRIPTS)

contrib_edit = sed -e 's|@bindir[@]|$(bindir)|g' -e 's|@lectordatadir[@]|$(lectordatadir)|g' \
	-e 's|@PACKAGE_VERSION[@]|$(PACKAGE_VERSION)|g'
contrib/slurm/lector-slurm: $(srcdir)/contrib/slurm/lector-slurm.in Makefile
contrib/slurm/lector-array.sbatch: $(srcdir)/contrib/slurm/lector-array.sbatch.in Makefile
contrib/slurm/lector-slurm contrib/slurm/lector-array.sbatch:
	$(AM_V_GEN)$(MKDIR_P) contrib/slurm && rm -f $@ $@.tmp \
	  && $(contrib_edit) $(srcdir)/$@.in > $@.tmp && chmod +x $@.tmp && mv $@.tmp $@

# The Slurm job end to end on a private single-node Slurm (skipped when Slurm is not
# installed), and the stdin/stdout contract that Hadoop Streaming and Spark's RDD.pipe rely on.
TESTS += tests/slurm/test-slurm.sh tests/test-stream.sh
EXTRA_DIST += tests/slurm/test-slurm.sh tests/test-stream.sh
