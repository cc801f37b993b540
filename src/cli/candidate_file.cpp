#include "cli/candidate_file.hpp"

#include "cli/diagnostic_printer.hpp"
#include "cli/exit_status.hpp"
#include "cli/session.hpp"
#include "load/builtin.hpp"
#include "load/parse_sources.hpp"
#include "load/source/open.hpp"

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace accords::cli {
namespace {

// Whether `name` (a source's name) is the file at `path`.
bool same_file(const std::string& name, const std::string& path) {
  std::error_code error;
  return name == path || std::filesystem::equivalent(name, path, error);
}

// Whether the file's content names a treaty it does not define.
bool names_other_treaty(const load::FileReading& reading) {
  if (!reading.content) {
    return false;
  }
  const auto& content = *reading.content;
  const std::string_view own = content.treaty ? std::string_view(content.treaty->id) : std::string_view();
  if (content.default_treaty && content.default_treaty->id != own) {
    return true;
  }
  return std::any_of(content.heads.begin(), content.heads.end(),
                     [&](const load::EventHead& head) { return !head.treaty.empty() && head.treaty != own; });
}

} // namespace

load::Loaded read_candidate(const std::string& path, std::string text, const GlobalOptions& global, Context& context,
                            Builtin builtin) {
  load::Source candidate{path, load::SourceBytes(std::move(text)), false};
  load::Loaded loaded;
  auto paths = data_paths(global, context);
  if (!paths.empty()) {
    // The file itself is the candidate, also when it does not exist yet.
    std::erase_if(paths, [&](const std::string& given) { return same_file(given, path); });
    auto opened = load::open_sources(paths, context.in);
    loaded.unreadable = std::move(opened.errors);
    for (auto& source : opened.sources) { // the file again, when a directory given holds it
      if (!same_file(source.name, path)) {
        loaded.sources.push_back(std::move(source));
      }
    }
  } else if (builtin == Builtin::always || names_other_treaty(load::parse_sources({candidate}).front())) {
    loaded.sources = load::builtin_sources();
  }
  loaded.sources.push_back(std::move(candidate));
  loaded.result = load::link(load::parse_sources(loaded.sources));
  return loaded;
}

void report_candidate(const load::Loaded& loaded, Context& context) {
  for (const auto& unreadable : loaded.unreadable) {
    print_error(context.err, unreadable);
  }
  print_diagnostics(context.err, loaded.result.diagnostics, loaded.sources, context.err_is_terminal);
  if (!loaded.unreadable.empty() || loaded.result.diagnostics.error_count() > 0) {
    throw DataError();
  }
}

load::Loaded load_candidate(const std::string& path, std::string text, const GlobalOptions& global, Context& context,
                            Builtin builtin) {
  auto loaded = read_candidate(path, std::move(text), global, context, builtin);
  report_candidate(loaded, context);
  return loaded;
}

} // namespace accords::cli
