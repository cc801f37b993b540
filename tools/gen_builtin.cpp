// Build-time generator: embeds every built-in timeline in a C++ source, each file's bytes
// with the treaties and events loading them all gives (as the program would at run time),
// as constant tables, so that the program neither parses nor checks the built-in data on
// every run. Fails when loading them gives any diagnostic.
//
// usage: accords_gen_builtin ROOT OUTPUT   (ROOT is the timelines/ folder)
#include "load/loader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
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

// Texts and lists of texts as items of two constant arrays, each text written once.
class TextTables {
public:
  // A BuiltinText initialiser for `text`, its place in the texts array.
  std::string text(std::string_view text) { return fmt::format("{{{}, {}}}", place(text), text.size()); }
  // The same for a text that may be absent.
  std::string optional_text(const accords::model::OptionalText& value) { return value ? text(*value) : absent_text(); }
  // The same for a string that may be absent.
  std::string optional_text(const std::optional<std::string>& value) { return value ? text(*value) : absent_text(); }
  // The BuiltinText initialiser for no text.
  static std::string absent_text() { return "{0, util::TextPlace::absent}"; }
  // A BuiltinList initialiser for the list, its place in the lists array.
  std::string list(std::span<const std::string_view> items) {
    const auto start = lists_.size();
    for (const auto item : items) {
      lists_.push_back(fmt::format("std::string_view(texts + {}, {})", place(item), item.size()));
    }
    return fmt::format("{{{}, {}}}", start, items.size());
  }
  // The same for a list of strings.
  std::string list(const std::vector<std::string>& items) {
    std::vector<std::string_view> views(items.begin(), items.end());
    return list(views);
  }
  // The definitions of both arrays (never empty: C++ has no arrays of none).
  [[nodiscard]] std::string definitions() const {
    std::string lists;
    for (const auto& item : lists_) {
      lists += item + ",\n";
    }
    return fmt::format("constexpr char texts[] = {{{}'\\0'}};\nconstexpr std::string_view lists[] = {{\n{}{{}}}};\n",
                       char_items(bytes_), lists);
  }

private:
  // The offset of `text` in the texts array, where it is added unless it is there.
  std::size_t place(std::string_view text) {
    auto [place, added] = offsets_.emplace(std::string(text), bytes_.size());
    if (added) {
      bytes_ += text;
    }
    return place->second;
  }

  std::string bytes_;
  std::map<std::string, std::size_t, std::less<>> offsets_;
  std::vector<std::string> lists_;
};

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
  std::vector<accords::load::SourceText> sources;
  std::vector<std::string> contents; // what sources[i] views
  contents.reserve(relatives.size());
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
    contents.push_back(bytes);
    sources.push_back({name, accords::load::SourceBytes::static_bytes(contents.back())});
    ++index;
  }

  // What a run would load from them: it must load cleanly.
  const auto loaded = accords::load::load_sources(sources);
  if (!loaded.diagnostics.all().empty()) {
    for (const auto& diagnostic : loaded.diagnostics.all()) {
      std::cerr << diagnostic.text() << '\n';
    }
    std::cerr << "accords_gen_builtin: the built-in timelines must load without diagnostics\n";
    return 1;
  }
  const auto file_index = [&](const accords::model::Location& where) {
    const auto found =
        std::find_if(sources.begin(), sources.end(), [&](const auto& source) { return source.name == *where.path; });
    return static_cast<std::size_t>(found - sources.begin());
  };
  TextTables tables;
  std::string treaties;
  for (const auto& treaty : loaded.treaties) {
    treaties +=
        fmt::format("    {{{}, {}, {}, {}, {}, {}, {}, {}}},\n", tables.text(treaty.id), tables.text(treaty.name),
                    tables.optional_text(treaty.summary), tables.optional_text(treaty.url), tables.list(treaty.aliases),
                    file_index(treaty.defined_at), treaty.defined_at.line, treaty.defined_at.column);
  }
  std::string events;
  for (const auto& event : loaded.events) {
    events += fmt::format(
        "    {{{}, {}, {}, {}, static_cast<model::EventType>({}), {}, {}, {}, {}, {}, {}, {}, {}, {}, {}}},\n",
        tables.text(event.id), tables.text(event.treaty), tables.text(event.date.text()),
        event.end ? tables.text(event.end->text()) : TextTables::absent_text(), static_cast<int>(event.type),
        tables.list(event.parties), tables.list(event.mediators), tables.text(event.title),
        tables.optional_text(event.place), tables.list(event.sources), tables.optional_text(event.notes),
        tables.list(event.tags), file_index(event.defined_at), event.defined_at.line, event.defined_at.column);
  }

  std::ofstream out(argv[2], std::ios::binary | std::ios::trunc);
  out << "// Generated from timelines/ by tools/gen_builtin.cpp. Do not edit.\n"
         "#include \"load/builtin.hpp\"\n\n#include <array>\n\nnamespace accords::load {\nnamespace {\n"
      << arrays << fmt::format("const std::array<BuiltinFile, {}> files{{{{\n", index) << entries << "}};\n"
      << tables.definitions()
      << fmt::format("constexpr std::array<BuiltinTreaty, {}> treaties{{{{\n", loaded.treaties.size()) << treaties
      << "}};\n"
      << fmt::format("constexpr std::array<BuiltinEvent, {}> events{{{{\n", loaded.events.size()) << events
      << "}};\n} // namespace\n\nstd::span<const BuiltinFile> builtin_files() { return files; }\n"
         "std::string_view builtin_texts() { return {texts, sizeof texts - 1}; }\n"
         "std::span<const std::string_view> builtin_lists() { return {lists, sizeof lists / sizeof lists[0] - 1}; }\n"
         "std::span<const BuiltinTreaty> builtin_treaties() { return treaties; }\n"
         "std::span<const BuiltinEvent> builtin_events() { return events; }\n"
         "} // namespace accords::load\n";
  out.close();
  if (!out) {
    std::cerr << "accords_gen_builtin: cannot write " << argv[2] << '\n';
    return 1;
  }
  return 0;
}
