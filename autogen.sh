#!/bin/sh
# Generates configure and the Makefile.in files; run it once after a fresh clone.
set -e
cd "$(dirname "$0")"
mkdir -p m4 build-aux
autoreconf --force --install
# Autoconf's compile checks run `rm -f core …` to delete core dumps; our sources live in
# a directory named core/, so each check would print "cannot remove 'core'".  Only the
# files are meant, so the directory is left out of those commands.
sed -i 's/rm -f core /rm -f /; s/rm -f core \*\.core/rm -f *.core/' configure
echo "Now run ./configure && make"
