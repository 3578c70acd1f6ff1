#!/bin/sh
# Installs the Debian packages Lector needs to build and test (Debian 12 or newer).
# Runs apt-get only when something is missing; uses sudo when not run as root.
set -e
packages="build-essential autoconf automake libtool libltdl-dev pkg-config libglib2.0-dev libjansson-dev libjemalloc-dev strace"
missing=""
for p in $packages; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
as_root=""
[ "$(id -u)" -eq 0 ] || as_root="sudo"
echo "install-deps: installing$missing" >&2
$as_root apt-get update -qq
DEBIAN_FRONTEND=noninteractive $as_root apt-get install -y -qq $missing >/dev/null
