#pragma once
// Timeline files as they were at a git revision (`git:REV[:PATH]`), read by running git in
// the current directory's repository.

#include "load/source/source.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace accords::cli {

// A file or directory at a revision, as `git:REV[:PATH]` names it.
struct GitPath {
  std::string revision; // REV: anything git takes as a revision but a word starting with '-'
  std::string path;     // PATH as git reads REV:PATH (from the repository's root, or from the
                        // current directory when it starts with ./ or ../); empty: the whole tree
};

// The GitPath `text` names when it starts with "git:"; nullopt when it does not. Throws
// UsageError for an empty revision or one starting with '-' (it would be read as an option).
[[nodiscard]] std::optional<GitPath> parse_git_path(std::string_view text);

// "git:REV:PATH", or "git:REV" for the whole tree.
[[nodiscard]] std::string git_path_name(const GitPath& path);

// The timeline files of a GitPath, each named "git:REV:PATH" for its diagnostics.
struct GitSources {
  std::vector<load::Source> sources; // a file, or a directory's *.yaml/*.yml files (any case, hidden
                                     // ones skipped) in byte-wise order of their paths
  std::vector<std::string> warnings; // what the directory held that was not read, or that it held
                                     // no timeline file
};

// Reads `path` through git: `git cat-file -t` tells a file from a directory, `git ls-tree`
// lists a directory, `git cat-file blob` gives each file's bytes. Throws RuntimeFailure with
// git's own message when git cannot be run or fails (no repository, unknown revision,
// missing path), or when the files pass the limits of load/limits.hpp.
[[nodiscard]] GitSources read_git_sources(const GitPath& path);

} // namespace accords::cli
