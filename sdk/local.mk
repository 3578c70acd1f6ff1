# The SDK: pkg-config file (with a pluginsdir variable) for plugins built out of tree.
pkgconfigdir = $(libdir)/pkgconfig
pkgconfig_DATA = sdk/lector.pc
EXTRA_DIST += sdk/lector.pc.in
