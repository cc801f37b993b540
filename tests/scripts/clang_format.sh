#!/usr/bin/env bash
# Every C++ file is in the project's clang-format style.
set -u
cd "$(dirname "$0")/../.." || exit 99
status=0
while IFS= read -r file; do
  if ! clang-format --dry-run -Werror "$file" 2>/dev/null; then
    echo "not formatted: $file (run clang-format -i $file)"
    status=1
  fi
done < <(find src tools tests bench fuzz -name '*.cpp' -o -name '*.hpp' 2>/dev/null)
exit $status
