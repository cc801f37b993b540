#include "cli/git_source.hpp"

#include "cli/child_process.hpp"
#include "cli/exit_status.hpp"
#include "load/limits.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace accords::cli {
namespace {

// One file of a tree, as `git ls-tree` lists it.
struct TreeEntry {
  std::string mode;   // e.g. "100644"; "120000" for a symbolic link
  std::string type;   // "blob", "tree" or "commit" (a submodule)
  std::string object; // its object id
  std::string name;   // its path inside the tree listed
};

// What git said on standard error, on one line: each line without git's "fatal: " or
// "error: ", joined with "; ".
std::string git_message(const std::string& err) {
  std::vector<std::string> lines;
  for (auto& line : util::split(err, '\n')) {
    for (const std::string_view prefix : {"fatal: ", "error: "}) {
      if (line.starts_with(prefix)) {
        line.erase(0, prefix.size());
      }
    }
    if (!line.empty()) {
      lines.push_back(std::move(line));
    }
  }
  return lines.empty() ? std::string("git failed") : util::join(lines, "; ");
}

// Runs git with `args` and returns its standard output; throws RuntimeFailure naming `what`
// (the git:REV:PATH read) with git's message when it cannot be run or fails, or when it
// writes more than `limit` bytes.
std::string run_git(const std::vector<std::string>& args, const std::string& what, std::size_t limit) {
  std::vector<std::string> argv{"git"};
  argv.insert(argv.end(), args.begin(), args.end());
  auto result = capture_output(argv, limit);
  if (!result.started) {
    throw RuntimeFailure(fmt::format("cannot read '{}': cannot run git: {}", what, result.error));
  }
  if (result.over_limit) {
    throw RuntimeFailure(fmt::format("cannot read '{}': larger than the {} limit", what, load::limits::max_file_text));
  }
  if (result.exit_status != 0) {
    throw RuntimeFailure(fmt::format("cannot read '{}': {}", what, git_message(result.err)));
  }
  return std::move(result.out);
}

// The entries of `git ls-tree --full-tree -r -z`: "MODE TYPE OBJECT<tab>NAME", each ended by a NUL.
std::vector<TreeEntry> parse_tree(const std::string& listing) {
  std::vector<TreeEntry> entries;
  for (const auto& record : util::split(listing, '\0')) {
    const auto tab = record.find('\t');
    if (tab == std::string::npos) {
      continue; // the empty piece after the last NUL
    }
    const auto words = util::split(std::string_view(record).substr(0, tab), ' ');
    if (words.size() == 3) {
      entries.push_back({words[0], words[1], words[2], record.substr(tab + 1)});
    }
  }
  return entries;
}

// Whether a path inside a tree is hidden: any of its parts starts with '.'.
bool is_hidden(std::string_view name) {
  const auto parts = util::split(name, '/');
  return std::any_of(parts.begin(), parts.end(), [](const std::string& part) { return part.starts_with('.'); });
}

// Whether a file name is a timeline file's: *.yaml or *.yml, in any case.
bool is_timeline_name(std::string_view name) {
  const auto dot = name.rfind('.');
  if (dot == std::string_view::npos || name.find('/', dot) != std::string_view::npos) {
    return false;
  }
  const auto extension = name.substr(dot);
  return util::iequals(extension, ".yaml") || util::iequals(extension, ".yml");
}

// The object git reads for `path`: REV:PATH, or the revision's whole tree.
std::string object_of(const GitPath& path) {
  return path.path.empty() ? path.revision + "^{tree}" : path.revision + ":" + path.path;
}

// "git:REV:PATH/NAME" for a file of the directory `path`.
std::string file_name(const GitPath& path, const std::string& name) {
  const bool joined = path.path.empty() || path.path.ends_with('/');
  return fmt::format("git:{}:{}{}{}", path.revision, path.path, joined ? "" : "/", name);
}

// What is left of the total limit once `sources` hold what they hold.
std::size_t budget_left(const std::vector<load::Source>& sources) {
  std::size_t used = 0;
  for (const auto& source : sources) {
    used += source.bytes.size();
  }
  return used >= load::limits::max_total_bytes ? 0 : load::limits::max_total_bytes - used;
}

} // namespace

std::optional<GitPath> parse_git_path(std::string_view text) {
  constexpr std::string_view prefix = "git:";
  if (!text.starts_with(prefix)) {
    return std::nullopt;
  }
  text.remove_prefix(prefix.size());
  const auto colon = text.find(':');
  GitPath path{std::string(text.substr(0, colon)),
               colon == std::string_view::npos ? std::string() : std::string(text.substr(colon + 1))};
  if (path.revision.empty()) {
    throw UsageError(fmt::format("'git:{}': a revision is needed after 'git:', e.g. git:HEAD:timelines", text));
  }
  if (path.revision.starts_with('-')) {
    throw UsageError(fmt::format("'git:{}': a revision cannot start with '-'", text));
  }
  return path;
}

std::string git_path_name(const GitPath& path) {
  return path.path.empty() ? "git:" + path.revision : fmt::format("git:{}:{}", path.revision, path.path);
}

GitSources read_git_sources(const GitPath& path) {
  const auto name = git_path_name(path);
  const auto object = object_of(path);
  constexpr std::size_t small_output = std::size_t{1} << 10;
  auto type = run_git({"cat-file", "-t", object}, name, small_output);
  while (!type.empty() && (type.back() == '\n' || type.back() == '\r')) {
    type.pop_back();
  }
  GitSources result;
  if (type == "blob") {
    auto bytes = run_git({"cat-file", "blob", object}, name, load::limits::max_file_bytes);
    result.sources.push_back({name, load::SourceBytes(std::move(bytes))});
    return result;
  }
  if (type != "tree") {
    throw RuntimeFailure(fmt::format("cannot read '{}': a {} in git, not a file or directory", name, type));
  }
  auto entries =
      parse_tree(run_git({"ls-tree", "--full-tree", "-r", "-z", object}, name, load::limits::max_file_bytes));
  std::sort(entries.begin(), entries.end(), [](const TreeEntry& a, const TreeEntry& b) { return a.name < b.name; });
  for (const auto& entry : entries) {
    if (is_hidden(entry.name) || !is_timeline_name(entry.name)) {
      continue;
    }
    const auto file = file_name(path, entry.name);
    if (entry.type != "blob" || entry.mode == "120000") {
      result.warnings.push_back(fmt::format("skipped '{}': {}, not a regular file", file,
                                            entry.mode == "120000" ? "a symbolic link" : "a submodule"));
      continue;
    }
    const auto budget = std::min(budget_left(result.sources), load::limits::max_file_bytes);
    auto bytes = run_git({"cat-file", "blob", entry.object}, file, budget);
    result.sources.push_back({file, load::SourceBytes(std::move(bytes))});
  }
  if (result.sources.empty()) {
    result.warnings.push_back(fmt::format("no timeline file (*.yaml, *.yml) in '{}'", name));
  }
  return result;
}

} // namespace accords::cli
