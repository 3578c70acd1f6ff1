# The SDK: pkg-config files (lector.pc has pluginsdir, lectordatadir and aclocaldir
# variables), the configure macro, the test helper library and the plugin template that
# `lector new-plugin` copies.
pkgconfigdir = $(libdir)/pkgconfig
pkgconfig_DATA = sdk/lector.pc sdk/lector-testing.pc
EXTRA_DIST += sdk/lector.pc.in sdk/lector-testing.pc.in sdk/README.md

aclocaldir = $(datadir)/aclocal
dist_aclocal_DATA = sdk/lector-plugin.m4

lib_LTLIBRARIES += sdk/liblector-testing.la
sdk_liblector_testing_la_SOURCES = sdk/testing.c
sdk_liblector_testing_la_CPPFLAGS = $(AM_CPPFLAGS) -DLECTOR_COMPILATION
sdk_liblector_testing_la_CFLAGS = $(AM_CFLAGS) -fvisibility=hidden
sdk_liblector_testing_la_LIBADD = core/liblector.la $(GLIB_LIBS) $(JANSSON_LIBS)
sdk_liblector_testing_la_LDFLAGS = -version-info $(LECTOR_LT_VERSION) -no-undefined \
	-export-symbols-regex '^lector_test_'
lectorinclude_HEADERS += include/lector/testing.h

# The template is installed as data; new-plugin renames it.  (gitignore is installed
# without its dot so that tools that skip dot files still copy it.)
templatedir = $(lectordatadir)/sdk/template
dist_template_DATA = \
	sdk/template/Makefile.am \
	sdk/template/README.md \
	sdk/template/configure.ac \
	sdk/template/gitignore \
	sdk/template/keywords.c \
	sdk/template/test-keywords.c
templatescriptdir = $(templatedir)
dist_templatescript_SCRIPTS = sdk/template/autogen.sh
