#!/usr/bin/env bash
# cmake/ReadingFormat.cmake, which names the format of the cache's entries: the fingerprint is
# the same for the same sources in any order, and changes when any one of them changes, so
# that an entry written before a change to what parsing gives is never read after it; and
# the fingerprint built into the binary is the one of the sources it was built from.
set -u
source "$(dirname "$0")/lib.sh"
binary_dir=$(cd "$(dirname "$binary")" && pwd)
root=$(cd "$(dirname "$0")/../.." && pwd)

# fingerprint INPUT...: the fingerprint the script writes for these inputs.
fingerprint() {
  local list
  list=$(IFS='|'; echo "$*")
  cmake "-DINPUTS=$list" "-DOUTPUT=$work/out.cpp" -P "$root/cmake/ReadingFormat.cmake" || return 1
  grep -oE '"[0-9a-f]{64}"' "$work/out.cpp" | tr -d '"'
}

cp "$root/src/load/parse/schema.cpp" "$root/src/load/cache/file_codec.cpp" "$root/src/model/date.cpp" "$work/"
inputs=("$work/schema.cpp" "$work/file_codec.cpp" "$work/date.cpp")
first=$(fingerprint "${inputs[@]}")
if [[ ! $first =~ ^[0-9a-f]{64}$ ]]; then
  echo "no fingerprint written: '$first'"
  exit 1
fi
[[ $(fingerprint "${inputs[@]}") == "$first" ]] || { echo "the same sources gave another fingerprint"; status=1; }
[[ $(fingerprint "$work/date.cpp" "$work/schema.cpp" "$work/file_codec.cpp") == "$first" ]] ||
  { echo "the same sources in another order gave another fingerprint"; status=1; }
for changed in "${inputs[@]}"; do
  cp "$changed" "$work/saved"
  printf '// one more line\n' >> "$changed"
  [[ $(fingerprint "${inputs[@]}") != "$first" ]] || { echo "a change to $(basename "$changed") kept the fingerprint"; status=1; }
  cp "$work/saved" "$changed"
done
[[ $(fingerprint "${inputs[@]:0:2}") != "$first" ]] || { echo "a source left out kept the fingerprint"; status=1; }

# The binary's own: its build directory's generated source, made from the sources it lists.
generated="$binary_dir/src/generated/reading_format.cpp"
if [[ ! -f $generated ]]; then
  echo "$generated is missing"
  exit 1
fi
mapfile -t sources < <(find "$root/src/load" "$root/src/model" "$root/src/util" -name '*.cpp' -o -name '*.hpp' | sort)
sources+=("$binary_dir/src/generated/countries_table.inc")
built=$(grep -oE '"[0-9a-f]{64}"' "$generated" | tr -d '"')
[[ $(fingerprint "${sources[@]}") == "$built" ]] ||
  { echo "the binary's fingerprint is not the one of load/, model/, util/ and the country table"; status=1; }
exit $status
