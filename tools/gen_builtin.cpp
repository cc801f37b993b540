// Build-time generator: embeds every built-in timeline in a C++ source, each file's bytes
// with what loading them all gives (as the program would at run time), in the form of
// load/cache/file_codec (encode_loaded), so that the program neither parses nor checks the
// built-in data on every run. Fails when loading them gives any diagnostic.
//
// usage: accords_gen_builtin ROOT OUTPUT   (ROOT is the timelines/ folder)
#include "load/cache/file_codec.hpp"
#include "load/link.hpp"
#include "load/parse_sources.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

namespace {
namespace fs = std::filesystem;

// The timeline files below `root`, as paths relative to root's parent, in byte-wise order.
std::vector<std::string> timeline_files(const fs::path& root) {
  std::vector<std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    const auto extension = entry.path().extension();
    if (entry.is_regular_file() && (extension == ".yaml" || extension == ".yml")) {
      files.push_back(entry.path().lexically_relative(root.parent_path()).generic_string());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

// The bytes as the items of a C++ char array.
std::string char_items(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size() * 8);
  for (const char byte : bytes) {
    out += fmt::format("'\\x{:02x}',", static_cast<unsigned char>(byte));
  }
  return out;
}

} // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: accords_gen_builtin ROOT OUTPUT\n";
    return 2;
  }
  const fs::path root = fs::absolute(argv[1]).lexically_normal();
  std::string arrays;
  std::string entries;
  std::size_t index = 0;
  const auto relatives = timeline_files(root);
  std::vector<accords::load::Source> sources;
  for (const auto& relative : relatives) {
    std::ifstream in(root.parent_path() / relative, std::ios::binary);
    const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    if (!in.good() && !in.eof()) {
      std::cerr << "accords_gen_builtin: cannot read " << relative << '\n';
      return 1;
    }
    const auto name = "builtin:" + relative;
    arrays += fmt::format("constexpr char file{}[] = {{{}'\\0'}};\n", index, char_items(bytes));
    entries += fmt::format("    {{\"{}\", std::string_view(file{}, {})}},\n", name, index, bytes.size());
    sources.push_back({name, bytes});
    ++index;
  }

  // What a run would load from them: it must load cleanly.
  const auto loaded = accords::load::link(accords::load::parse_sources(sources));
  if (!loaded.diagnostics.all().empty()) {
    for (const auto& diagnostic : loaded.diagnostics.all()) {
      std::cerr << diagnostic.text() << '\n';
    }
    std::cerr << "accords_gen_builtin: the built-in timelines must load without diagnostics\n";
    return 1;
  }
  std::vector<std::string> names;
  for (const auto& source : sources) {
    names.push_back(source.name);
  }
  const auto encoded = accords::load::encode_loaded(loaded, names);

  std::ofstream out(argv[2], std::ios::binary | std::ios::trunc);
  out << "// Generated from timelines/ by tools/gen_builtin.cpp. Do not edit.\n"
         "#include \"load/builtin.hpp\"\n\n#include <array>\n\nnamespace accords::load {\nnamespace {\n"
      << arrays << fmt::format("const std::array<BuiltinFile, {}> files{{{{\n", index) << entries << "}};\n"
      << fmt::format("constexpr char loaded[] = {{{}'\\0'}};\n", char_items(encoded))
      << "} // namespace\n\nstd::span<const BuiltinFile> builtin_files() { return files; }\n"
      << fmt::format("std::string_view builtin_loaded() {{ return {{loaded, {}}}; }}\n", encoded.size())
      << "} // namespace accords::load\n";
  out.close();
  if (!out) {
    std::cerr << "accords_gen_builtin: cannot write " << argv[2] << '\n';
    return 1;
  }
  return 0;
}
