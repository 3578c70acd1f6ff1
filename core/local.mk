# liblector: the shared library plugins and programs link against.
lib_LTLIBRARIES += core/liblector.la
core_liblector_la_SOURCES = \
	core/config.c \
	core/data.c \
	core/document.c \
	core/error.c \
	core/json.c \
	core/json-autoptr.h \
	core/param-bound.h \
	core/params.c \
	core/pipeline.c \
	core/private.h \
	core/registry.c \
	core/suggest.c \
	core/utf8.h
# Warnings and criticals of the library say they come from it ("lector-WARNING **").
core_liblector_la_CPPFLAGS = $(AM_CPPFLAGS) -DLECTOR_COMPILATION -DG_LOG_DOMAIN=\"lector\"
core_liblector_la_CFLAGS = $(AM_CFLAGS) -fvisibility=hidden
core_liblector_la_LIBADD = $(GLIB_LIBS) $(JANSSON_LIBS) $(LTDL_LIBS) $(LIBS)
# Only the public lector_* functions are exported; everything else stays hidden.
core_liblector_la_LDFLAGS = -version-info $(LECTOR_LT_VERSION) -no-undefined \
	-export-symbols-regex '^lector_'

lectorincludedir = $(includedir)/lector
lectorinclude_HEADERS = \
	include/lector/config.h \
	include/lector/document.h \
	include/lector/error.h \
	include/lector/json.h \
	include/lector/lector.h \
	include/lector/macros.h \
	include/lector/pipeline.h \
	include/lector/plugin.h \
	include/lector/registry.h
nodist_lectorinclude_HEADERS = include/lector/version.h
EXTRA_DIST += include/lector/version.h.in

# The lector command.
bin_PROGRAMS += core/lector
core_lector_SOURCES = \
	core/cli.h \
	core/html.c \
	core/html.h \
	core/input.c \
	core/input.h \
	core/json-bytes.h \
	core/isolate.c \
	core/job.h \
	core/json-autoptr.h \
	core/main.c \
	core/output.c \
	core/output.h \
	core/pages.c \
	core/pages.h \
	core/param-bound.h \
	core/render.c \
	core/render.h \
	core/runner.c \
	core/runner.h \
	core/scaffold.c \
	core/scaffold.h \
	core/utf8.h
core_lector_LDADD = core/liblector.la $(GLIB_LIBS) $(JANSSON_LIBS) $(JEMALLOC_LIBS)
