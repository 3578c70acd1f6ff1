# lector-plugin.m4 — configure support for Lector plugins built out of tree.
#
# LECTOR_PLUGIN([MINIMUM-VERSION])
#
# Finds Lector (>= MINIMUM-VERSION, default 0.1.0) with pkg-config and sets:
#   LECTOR_CFLAGS, LECTOR_LIBS                  compile and link a plugin
#   LECTOR_TESTING_CFLAGS, LECTOR_TESTING_LIBS  compile and link its tests (lector/testing.h)
#   LECTOR_PLUGIN_LDFLAGS  libtool flags of a plugin module; use as
#                          NAME_la_LDFLAGS = -module $(LECTOR_PLUGIN_LDFLAGS)
#   lectorplugindir        where Lector looks for plugins (--with-lector-plugindir=DIR)
#   lectordatadir          where plugins' data files go (--with-lector-datadir=DIR);
#                          a plugin installs its files in $(lectordatadir)/NAME/
AC_DEFUN([LECTOR_PLUGIN],
[
  AC_REQUIRE([PKG_PROG_PKG_CONFIG])
  m4_define([lector_min_version], m4_default([$1], [0.1.0]))
  PKG_CHECK_MODULES([LECTOR], [lector >= lector_min_version], [],
    [AC_MSG_ERROR([Lector >= lector_min_version was not found by pkg-config ($LECTOR_PKG_ERRORS).
If it is installed in a non-standard prefix, set PKG_CONFIG_PATH=PREFIX/lib/pkgconfig.])])
  PKG_CHECK_MODULES([LECTOR_TESTING], [lector-testing >= lector_min_version])

  AC_ARG_WITH([lector-plugindir],
    [AS_HELP_STRING([--with-lector-plugindir=DIR],
                    [install the plugin in DIR (default: the plugin directory of the Lector found)])],
    [lectorplugindir=$withval],
    [lectorplugindir=`$PKG_CONFIG --variable=pluginsdir lector`])
  AC_SUBST([lectorplugindir])

  AC_ARG_WITH([lector-datadir],
    [AS_HELP_STRING([--with-lector-datadir=DIR],
                    [install data files under DIR/NAME (default: the data directory of the Lector found)])],
    [lectordatadir=$withval],
    [lectordatadir=`$PKG_CONFIG --variable=lectordatadir lector`])
  AC_SUBST([lectordatadir])

  # A plugin exports only its descriptor, never links undefined symbols, has no soname version.
  LECTOR_PLUGIN_LDFLAGS="-avoid-version -no-undefined -shared -export-symbols-regex _LTX_lector_plugin_info"
  AC_SUBST([LECTOR_PLUGIN_LDFLAGS])
])
