#!/usr/bin/env bash
# No test, benchmark or fuzzing script uses a fixed name under the temporary directory: ctest -j
# runs tests at the same time, each in a process of its own, and two of them writing one fixed
# path fail by chance. Unit tests take a directory of their own from
# tests/unit/temporary_directory.hpp (mkdtemp); scripts take one from `mktemp -d`.
#
# Refused in tests/, bench/ and fuzz/:
#   - std::filesystem::temp_directory_path() outside tests/unit/temporary_directory.hpp;
#   - a literal path under /tmp, /var/tmp or /dev/shm;
#   - $TMPDIR or ${TMPDIR...} followed by a name (a path made without mktemp);
#   - tmpnam, tempnam, mktemp(3) and `mktemp -u`, which name a file without making it.
# $1 (the binary) is not used.
set -u
cd "$(dirname "$0")/../.." || exit 99
status=0
refuse() { # why, then grep -n output lines
  local why=$1 hits=$2
  [[ -z $hits ]] && return
  echo "$why:"
  echo "$hits"
  status=1
}
files=$(git ls-files tests bench fuzz 2> /dev/null || find tests bench fuzz -type f)
self=tests/scripts/temporary_paths.sh
files=$(grep -vx -e "$self" -e tests/unit/temporary_directory.hpp <<< "$files")
[[ -n $files ]] || { echo "no files found under tests/, bench/ and fuzz/"; exit 1; }
mapfile -t list <<< "$files"
refuse "temp_directory_path() outside tests/unit/temporary_directory.hpp (use TemporaryDirectory)" \
  "$(grep -n 'temp_directory_path' "${list[@]}")"
refuse "a fixed path under a temporary directory (use mktemp -d or TemporaryDirectory)" \
  "$(grep -nE '(^|[^[:alnum:]_.])/(tmp|var/tmp|dev/shm)(/|\b)' "${list[@]}")"
refuse "a path made from \$TMPDIR without mktemp" \
  "$(grep -nE '\$\{?TMPDIR[^/]*\}?/' "${list[@]}" | grep -v 'mktemp')"
refuse "a function or flag that names a temporary file without making it" \
  "$(grep -nE '\b(tmpnam|tempnam)\b|[^[:alnum:]_]mktemp\(|mktemp +(-[a-zA-Z]*u|--dry-run)' "${list[@]}")"
exit $status
