#pragma once
// `accords completions SHELL`: a completion script for bash, zsh or fish, generated from the
// command line itself (every command and option CLI11 knows), and the hidden
// `accords [--data PATH]... completions --values KIND` that the scripts run while completing
// to list treaties, countries, event ids or tags from the data the user's command line names.

#include "cli/command.hpp"
#include "engine/timeline.hpp"
#include "render/completions.hpp"

#include <CLI/App.hpp>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace accords::cli {

// The completions command. Its add_to keeps the app it is added to (the whole command line),
// which run() walks once every command has been added.
[[nodiscard]] std::unique_ptr<Command> make_completions_command();

// The completion description of `app`: its options as the global options, and each command
// with its options and its first positional argument. Hidden options and commands (CLI11's
// empty group) are left out. What values complete comes from tables in the .cpp: the model's
// and renderers' vocabularies by option name, the choices of --color, paths and the data kinds
// below; a command's --format completes the formats of the one of `commands` named as it is
// (all_commands(); none for a command not among them).
[[nodiscard]] render::CompletionSpec completion_spec(const CLI::App& app,
                                                     const std::vector<std::unique_ptr<Command>>& commands);

// The kinds `completions --values` takes: "treaties", "countries", "ids", "tags".
[[nodiscard]] std::vector<std::string> data_value_kinds();

// The values of `kind` in `timeline`, for completion: treaties: each treaty's id then its
// aliases, in load order; countries: the codes of every party and mediator, sorted; ids: the
// event ids in timeline order; tags: every tag, sorted. Values a line cannot hold (empty or
// with a line break) are left out. Empty for an unknown kind.
[[nodiscard]] std::vector<std::string> data_values(const engine::Timeline& timeline, std::string_view kind);

} // namespace accords::cli
