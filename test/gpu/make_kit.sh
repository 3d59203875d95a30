#!/bin/sh
# test/gpu/make_kit.sh TARBALL KITDIR: the kit with which test/gpu/check.sh
# builds gpt23 on a bare machine (no flex, bison, autotools, pkg-config,
# OpenBLAS, Jansson or PCRE2 headers).  `make gpu-kit` runs it.  KITDIR gets
#
#   gpt23-VERSION.tar.gz   the distribution (configure, the generated lexer
#                          and parser: builds with cc and make alone)
#   prefix.tar.gz          prefix/{lib,include,lib/pkgconfig}: the libraries
#                          the build and the CPU side of the comparisons
#                          need, unpacked from Debian's packages (apt-get
#                          download, dpkg-deb -x; nothing is installed):
#                          OpenBLAS (the OpenMP build) with libgfortran and
#                          libquadmath, Jansson and PCRE2 (8-bit), their
#                          headers and .pc files (relocatable: ${pcfiledir})
#   MANIFEST               the packages and versions, the files
#
# Needs apt-get and dpkg-deb (Debian or Ubuntu, amd64) and the network.
set -eu
tarball=$1
kit=$2
[ -f "$tarball" ] || { echo "make_kit.sh: no $tarball"; exit 1; }
command -v apt-get >/dev/null && command -v dpkg-deb >/dev/null ||
  { echo "make_kit.sh: needs apt-get and dpkg-deb (a Debian or Ubuntu machine)"; exit 1; }
pkgs="libopenblas0-openmp libgfortran5 libquadmath0 libjansson4 libjansson-dev libpcre2-8-0 libpcre2-dev"
rm -rf "$kit"
mkdir -p "$kit"
kit=$(cd "$kit" && pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gpt23-kit.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/debs" "$tmp/root"
# shellcheck disable=SC2086
(cd "$tmp/debs" && apt-get download $pkgs 2>&1) | grep -v '^W: Download is performed unsandboxed' || true
for p in $pkgs; do
  ls "$tmp/debs/${p}_"*.deb >/dev/null 2>&1 || { echo "make_kit.sh: apt-get download $p failed"; exit 1; }
done
for deb in "$tmp"/debs/*.deb; do dpkg-deb -x "$deb" "$tmp/root"; done
ma=$(cd "$tmp/root/usr/lib" && ls -d ./*-linux-gnu | head -1)
src=$tmp/root/usr/lib/$ma
p=$tmp/prefix
mkdir -p "$p/lib/pkgconfig" "$p/include"
# OpenBLAS under the names the build links (-lopenblas) and the runtime
# loads (libopenblas.so.0).
cp -P "$src"/openblas-openmp/libopenblasp-r*.so "$p/lib/"
real=$(cd "$p/lib" && ls libopenblasp-r*.so)
ln -s "$real" "$p/lib/libopenblas.so.0"
ln -s libopenblas.so.0 "$p/lib/libopenblas.so"
for lib in libgfortran.so.5 libquadmath.so.0 libjansson.so.4 libpcre2-8.so.0; do
  cp -L "$src/$lib" "$p/lib/$lib"
done
ln -s libjansson.so.4 "$p/lib/libjansson.so"
ln -s libpcre2-8.so.0 "$p/lib/libpcre2-8.so"
cp "$tmp"/root/usr/include/jansson.h "$tmp"/root/usr/include/jansson_config.h "$tmp"/root/usr/include/pcre2.h \
  "$p/include/"
for pc in jansson.pc libpcre2-8.pc; do
  sed -e 's|^prefix=.*|prefix=${pcfiledir}/../..|' -e 's|^libdir=.*|libdir=${prefix}/lib|' \
    -e 's|^includedir=.*|includedir=${prefix}/include|' "$src/pkgconfig/$pc" > "$p/lib/pkgconfig/$pc"
done
(cd "$tmp" && tar czf "$kit/prefix.tar.gz" prefix)
cp "$tarball" "$kit/"
{
  echo "gpt23 GPU kit, made $(date -u '+%Y-%m-%d %H:%M UTC') on $(uname -m)"
  echo "distribution: $(basename "$tarball")"
  echo "packages (Debian, unpacked into prefix/):"
  for deb in "$tmp"/debs/*.deb; do
    echo "  $(dpkg-deb -f "$deb" Package) $(dpkg-deb -f "$deb" Version)"
  done
  echo "prefix/:"
  (cd "$tmp" && find prefix -type f -o -type l | sort | sed 's/^/  /')
} > "$kit/MANIFEST"
du -sh "$kit" | sed 's/\t.*//;s/^/make_kit.sh: gpu-kit is /'
