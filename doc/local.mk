# Manual pages and the documentation of the output format.
dist_man_MANS = doc/lector.1 doc/lector.conf.5 doc/lector-plugin.7
EXTRA_DIST += doc/output-format.md doc/html-example.png
