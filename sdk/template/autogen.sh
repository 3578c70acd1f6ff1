#!/bin/sh
# Generates configure; finds lector-plugin.m4 in the Lector installation pkg-config knows.
set -e
cd "$(dirname "$0")"
mkdir -p m4 build-aux
if ! aclocal_dir=$(pkg-config --variable=aclocaldir lector 2>/dev/null) || [ -z "$aclocal_dir" ]; then
  echo "autogen.sh: pkg-config does not find Lector; if it is installed in a non-standard" >&2
  echo "prefix, set PKG_CONFIG_PATH=PREFIX/lib/pkgconfig and run ./autogen.sh again." >&2
  exit 1
fi
# aclocal copies lector-plugin.m4 into m4/ (ACLOCAL_AMFLAGS has --install), so later
# automatic reruns of aclocal by make find it there.
ACLOCAL_PATH="$aclocal_dir${ACLOCAL_PATH:+:$ACLOCAL_PATH}"
export ACLOCAL_PATH
autoreconf --force --install
echo "Now run ./configure && make && make check && make install"
