# Manual pages and the documentation of the output format.
# (A later issue adds doc/lector-plugin.7.)
dist_man_MANS = doc/lector.1 doc/lector.conf.5
EXTRA_DIST += doc/output-format.md
