#!/usr/bin/env bash
# Installation and the Debian package (README "Installation", cmake/Packaging.cmake):
#  1. `cmake --install` into a temporary DESTDIR installs exactly bin/accords, the man pages
#     (when man/ is built) and the shell completions (when completions/ is built);
#  2. `cpack -G DEB` makes accords_<version>_<arch>.deb whose control fields are right, whose
#     Depends line (computed by dpkg-shlibdeps) names the runtime libraries and no -dev package,
#     and which holds the same files under ./usr/, man pages gzipped;
#  3. the binary extracted from the package runs, and its man pages render (with man-db);
#  4. only with ACCORDS_TEST_DPKG_INSTALL=1 (it changes the machine): a real `dpkg -i`,
#     `accords list` and `man accords` from the system, then `dpkg -r accords`.
# Parts whose inputs are absent (man/ or completions/ not there yet) are skipped with a note;
# the binary and Depends checks never are. cpack reuses the build: this takes seconds.
set -u
source "$(dirname "$0")/lib.sh"
build=$(cd "$(dirname "$binary")" && pwd)
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
note() { echo "note: $*"; }
run_env=(env -i PATH=/usr/bin:/bin LC_ALL=C.UTF-8 ACCORDS_TODAY=2026-11-26)

installed_by_us=0
# shellcheck disable=SC2317 # called by the trap
remove_package() {
  if [[ $installed_by_us == 1 ]]; then
    dpkg -r accords > /dev/null 2>&1 || echo "warning: could not remove the accords package"
  fi
}
on_exit remove_package

if [[ ! -f $build/CPackConfig.cmake ]]; then
  echo "FAIL: no CPackConfig.cmake in $build (is cmake/Packaging.cmake included?)"
  exit 1
fi
version=$("$binary" --version)
version=${version#accords }
arch=$(dpkg --print-architecture)

# What must be installed, relative to the prefix. Man pages may be installed gzipped or not;
# the package always gzips them.
expected=(bin/accords)
man_pages=(share/man/man1/accords.1 share/man/man5/accords-timeline.5)
completion_files=(share/bash-completion/completions/accords share/zsh/vendor-completions/_accords
                  share/fish/vendor_completions.d/accords.fish)
have_man=0
if [[ -f $source_dir/man/CMakeLists.txt ]]; then
  have_man=1
else
  note "no man/CMakeLists.txt: man pages not checked"
fi
have_completions=0
if [[ -f $source_dir/completions/CMakeLists.txt ]]; then
  have_completions=1
  expected+=("${completion_files[@]}")
else
  note "no completions/CMakeLists.txt: shell completions not checked"
fi

# check_tree ROOT WHAT MAN_SUFFIX: every expected file is under ROOT, and nothing else is.
# MAN_SUFFIX is ".gz" when the man pages must be gzipped, "?" when either form is fine.
check_tree() {
  local root=$1 what=$2 man_suffix=$3 file page found
  local -A allowed=()
  for file in "${expected[@]}"; do
    allowed[$file]=1
    [[ -f $root/$file && -s $root/$file ]] || fail "$what: missing or empty $file"
  done
  [[ -x $root/bin/accords ]] || fail "$what: bin/accords is not executable"
  if [[ $have_man == 1 ]]; then
    for page in "${man_pages[@]}"; do
      found=""
      if [[ $man_suffix != ".gz" && -s $root/$page ]]; then found=$page; fi
      if [[ -s $root/$page.gz ]]; then found=$page.gz; fi
      if [[ -n $found ]]; then
        allowed[$found]=1
      elif [[ $man_suffix == ".gz" ]]; then
        fail "$what: missing $page.gz"
      else
        fail "$what: missing $page (or $page.gz)"
      fi
    done
  fi
  while IFS= read -r file; do
    [[ -n ${allowed[${file#./}]:-} ]] || fail "$what: unexpected file ${file#./}"
  done < <(cd "$root" && find . -type f -o -type l)
}

# 1. cmake --install into a DESTDIR.
stage=$work/stage
if ! DESTDIR=$stage cmake --install "$build" --prefix /usr > "$work/install.log" 2>&1; then
  fail "cmake --install failed:"
  cat "$work/install.log"
fi
check_tree "$stage/usr" "cmake --install" "?"
if [[ -x $stage/usr/bin/accords ]]; then
  out=$("${run_env[@]}" "$stage/usr/bin/accords" --version)
  [[ $out == "accords $version" ]] || fail "installed accords --version printed '$out'"
fi

# 2. cpack -G DEB, into a temporary directory.
if ! (cd "$build" && cpack -G DEB -B "$work/package") > "$work/cpack.log" 2>&1; then
  echo "FAIL: cpack -G DEB failed:"
  cat "$work/cpack.log"
  exit 1
fi
deb=$work/package/accords_${version}_${arch}.deb
if [[ ! -f $deb ]]; then
  echo "FAIL: cpack did not write accords_${version}_${arch}.deb; it wrote:"
  ls "$work/package"
  exit 1
fi
dpkg-deb -I "$deb" > "$work/info" || fail "dpkg-deb -I failed"
field() { dpkg-deb -f "$deb" "$1"; }
[[ $(field Package) == accords ]] || fail "Package is '$(field Package)', expected accords"
[[ $(field Version) == "$version" ]] || fail "Version is '$(field Version)', expected $version"
[[ $(field Architecture) == "$arch" ]] || fail "Architecture is '$(field Architecture)', expected $arch"
[[ $(field Section) == utils ]] || fail "Section is '$(field Section)', expected utils"
[[ -n $(field Maintainer) ]] || fail "no Maintainer"
[[ -n $(field Description) ]] || fail "no Description"
[[ -z $(field Homepage) ]] || fail "unexpected Homepage: $(field Homepage)"
depends=$(field Depends)
echo "Depends: $depends"
# Package names, without versions; alternatives ("a | b") count as names too.
mapfile -t depend_names < <(sed -E 's/[,|]/\n/g' <<< "$depends" | sed -E 's/\(.*\)//; s/:.*//; s/[[:space:]]//g' | grep -v '^$')
for name in libyaml-cpp0.7 libfmt9 libutf8proc2 libstdc++6 libc6; do
  printf '%s\n' "${depend_names[@]}" | grep -qxF "$name" || fail "Depends does not name $name"
done
for name in "${depend_names[@]}"; do
  [[ $name != *-dev ]] || fail "Depends names a development package: $name"
done

# The package's files: the same paths under ./usr/, owned by root, man pages gzipped.
dpkg-deb -c "$deb" > "$work/contents" || fail "dpkg-deb -c failed"
while read -r mode owner _ _ _ path _; do
  [[ $owner == root/root ]] || fail "$path is owned by $owner, expected root/root"
  [[ $path == ./usr/* || $path == ./ ]] || fail "$path is not under ./usr/"
  case $mode in
    d*) ;;
    -*) if [[ $path == ./usr/bin/* ]]; then
          [[ $mode == -rwxr-xr-x ]] || fail "$path has mode $mode, expected -rwxr-xr-x"
        else
          [[ $mode == -rw-r--r-- ]] || fail "$path has mode $mode, expected -rw-r--r--"
        fi ;;
  esac
done < "$work/contents"
root=$work/root
mkdir -p "$root"
dpkg-deb -x "$deb" "$root" || fail "dpkg-deb -x failed"
mkdir -p "$work/listed/usr"
awk '$1 !~ /^d/ { print $6 }' "$work/contents" | while read -r path; do
  mkdir -p "$work/listed/$(dirname "$path")" && touch "$work/listed/$path"
done
# dpkg-deb -c must list what dpkg-deb -x extracts, and both must be the expected tree.
[[ $(cd "$root" && find . ! -type d | sort) == $(cd "$work/listed" && find . ! -type d | sort) ]] ||
  fail "dpkg-deb -c and dpkg-deb -x disagree"
check_tree "$root/usr" ".deb" ".gz"
if command -v readelf > /dev/null && readelf -S "$root/usr/bin/accords" | grep -q '\.debug_'; then
  fail "usr/bin/accords in the package is not stripped"
fi

# 3. The extracted binary runs from its own tree; the man pages render.
out=$(cd / && "${run_env[@]}" "$root/usr/bin/accords" list --since 2020)
code=$?
[[ $code == 0 ]] || fail "extracted accords list --since 2020 exited $code"
[[ -n $out ]] || fail "extracted accords list --since 2020 printed nothing"
if [[ $have_man == 0 ]]; then
  :
elif ! command -v man > /dev/null; then
  note "man-db is not installed: man pages not rendered"
else
  for page in "1 accords" "5 accords-timeline"; do
    # shellcheck disable=SC2086
    out=$("${run_env[@]}" MANPAGER=cat PAGER=cat MANPATH="$root/usr/share/man" man $page 2>&1)
    code=$?
    [[ $code == 0 && $out == *NAME* && $out == *accords* ]] ||
      fail "man $page from the package did not render (exit $code): $(head -5 <<< "$out")"
  done
  out=$("${run_env[@]}" MANPAGER=cat PAGER=cat man -l "$root/usr/share/man/man1/accords.1.gz" 2>&1)
  [[ $? == 0 && $out == *NAME* ]] || fail "man -l usr/share/man/man1/accords.1.gz did not render"
fi

# 4. A real installation, only when asked for.
if [[ ${ACCORDS_TEST_DPKG_INSTALL:-} != 1 ]]; then
  note "ACCORDS_TEST_DPKG_INSTALL is not 1: dpkg -i not tried"
elif [[ $(id -u) != 0 ]]; then
  fail "ACCORDS_TEST_DPKG_INSTALL=1 needs root for dpkg -i"
elif dpkg-query -W -f='${Status}' accords 2> /dev/null | grep -q 'ok installed'; then
  fail "accords is already installed; remove it (dpkg -r accords) before ACCORDS_TEST_DPKG_INSTALL=1"
else
  installed_by_us=1
  if ! dpkg -i "$deb" > "$work/dpkg.log" 2>&1; then
    fail "dpkg -i failed:"
    cat "$work/dpkg.log"
  else
    out=$(cd / && "${run_env[@]}" accords list)
    code=$?
    [[ $code == 0 && -n $out ]] || fail "accords list after dpkg -i exited $code or printed nothing"
    [[ $("${run_env[@]}" sh -c 'command -v accords') == /usr/bin/accords ]] ||
      fail "accords is not /usr/bin/accords after dpkg -i"
    if [[ $have_completions == 1 ]]; then
      for file in "${completion_files[@]}"; do
        [[ -s /usr/$file ]] || fail "dpkg -i did not install /usr/$file"
      done
    fi
    if [[ $have_man == 1 ]] && command -v man > /dev/null; then
      if [[ ! -e /usr/share/man/man1/accords.1.gz ]] &&
        grep -qs 'path-exclude=/usr/share/man' /etc/dpkg/dpkg.cfg.d/*; then
        note "dpkg is set to leave out /usr/share/man here: man accords not checked"
      else
        out=$("${run_env[@]}" MANPAGER=cat PAGER=cat man accords 2>&1)
        [[ $? == 0 && $out == *NAME* ]] || fail "man accords after dpkg -i did not render: $(head -5 <<< "$out")"
      fi
    fi
  fi
  if dpkg -r accords > "$work/dpkg-r.log" 2>&1; then
    installed_by_us=0
    [[ ! -e /usr/bin/accords ]] || fail "/usr/bin/accords is still there after dpkg -r accords"
  else
    fail "dpkg -r accords failed:"
    cat "$work/dpkg-r.log"
  fi
fi

[[ $status == 0 ]] && echo "deb_package: all checks passed"
exit $status
