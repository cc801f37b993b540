// Build-time generator: embeds every built-in timeline in a C++ source, each file's bytes
// with what reading them (as the program would at run time) gives, in file_codec's form, so
// that the program decodes the built-in data instead of parsing its YAML on every run.
//
// usage: accords_gen_builtin ROOT OUTPUT   (ROOT is the timelines/ folder)
#include "load/document_reader.hpp"
#include "load/file_codec.hpp"

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
  for (const auto& relative : timeline_files(root)) {
    std::ifstream in(root.parent_path() / relative, std::ios::binary);
    const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    if (!in.good() && !in.eof()) {
      std::cerr << "accords_gen_builtin: cannot read " << relative << '\n';
      return 1;
    }
    const auto name = "builtin:" + relative;
    // Read as a run reads the embedded bytes: texts written plainly are encoded as their
    // place in them, so that a run's events view the embedded bytes.
    accords::load::FileReading reading;
    reading.content = accords::load::read_shared_file(accords::load::SourceBytes::static_bytes(bytes),
                                                      std::make_shared<const std::string>(name), reading.diagnostics);
    const auto encoded = accords::load::encode_file_reading(reading, bytes);
    arrays += fmt::format("constexpr char file{}[] = {{{}'\\0'}};\n", index, char_items(bytes));
    arrays += fmt::format("constexpr char reading{}[] = {{{}'\\0'}};\n", index, char_items(encoded));
    entries += fmt::format("    {{\"{}\", std::string_view(file{}, {}), std::string_view(reading{}, {})}},\n", name,
                           index, bytes.size(), index, encoded.size());
    ++index;
  }
  std::ofstream out(argv[2], std::ios::binary | std::ios::trunc);
  out << "// Generated from timelines/ by tools/gen_builtin.cpp. Do not edit.\n"
         "#include \"load/builtin.hpp\"\n\n#include <array>\n\nnamespace accords::load {\nnamespace {\n"
      << arrays << fmt::format("const std::array<BuiltinFile, {}> files{{{{\n", index) << entries
      << "}};\n} // namespace\n\nstd::span<const BuiltinFile> builtin_files() { return files; }\n"
         "} // namespace accords::load\n";
  out.close();
  if (!out) {
    std::cerr << "accords_gen_builtin: cannot write " << argv[2] << '\n';
    return 1;
  }
  return 0;
}
