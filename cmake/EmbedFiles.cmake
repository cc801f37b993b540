# Script mode: writes OUTPUT, a C++ source defining accords::load::builtin_files(),
# from every *.yaml/*.yml file below ROOT (paths relative to ROOT's parent).
file(GLOB_RECURSE inputs RELATIVE "${ROOT}/.." "${ROOT}/*.yaml" "${ROOT}/*.yml")
list(SORT inputs)
set(body "")
set(index 0)
foreach(relative IN LISTS inputs)
  file(READ "${ROOT}/../${relative}" hex HEX)
  string(LENGTH "${hex}" hex_length)
  math(EXPR size "${hex_length} / 2")
  string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${hex}")
  string(APPEND body "constexpr char file${index}[] = {${bytes} '\\0'};\n")
  string(APPEND entries "    {\"builtin:${relative}\", std::string_view(file${index}, ${size})},\n")
  math(EXPR index "${index} + 1")
endforeach()
file(WRITE "${OUTPUT}.tmp" "// Generated from timelines/ by cmake/EmbedFiles.cmake. Do not edit.
#include \"load/builtin.hpp\"

#include <array>

namespace accords::load {
namespace {
${body}
const std::array<BuiltinFile, ${index}> files{{
${entries}}};
} // namespace

std::span<const BuiltinFile> builtin_files() { return files; }
} // namespace accords::load
")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
