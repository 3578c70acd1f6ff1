#!/bin/sh
# Generates configure; finds lector-plugin.m4 in the Lector installation pkg-config knows.
set -e
cd "$(dirname "$0")"
mkdir -p m4 build-aux
aclocal_dir=$(pkg-config --variable=aclocaldir lector 2>/dev/null || true)
if [ -n "$aclocal_dir" ]; then
  ACLOCAL_PATH="$aclocal_dir${ACLOCAL_PATH:+:$ACLOCAL_PATH}"
  export ACLOCAL_PATH
fi
autoreconf --force --install
echo "Now run ./configure && make && make check && make install"
