#include "cli/show_command.hpp"

#include "cli/exit_status.hpp"
#include "cli/flags.hpp"
#include "cli/options.hpp"
#include "cli/session.hpp"
#include "render/event_writers.hpp"
#include "render/show.hpp"
#include "util/spell.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <tuple>

namespace accords::cli {
namespace {

// The values of --format.
constexpr std::array<std::string_view, 2> show_formats{"text", "json"};

// Options of `show`, as written.
struct ShowOptions {
  std::vector<std::string> ids;      // the event ids, in the order given
  std::optional<std::string> format; // --format; default: text
  std::string hyperlinks = "auto";   // --hyperlinks WHEN
};

// Whether `show` writes its sources as terminal hyperlinks: --hyperlinks always or never, or
// by default when standard output is a terminal whose TERM is known to take them (neither
// unset, "dumb" nor the Linux console).
bool use_hyperlinks(const std::string& when, const Context& context) {
  if (when != "auto") {
    return when == "always";
  }
  const auto term = context.env("TERM");
  return context.out_is_terminal && term && !term->empty() && *term != "dumb" && *term != "linux";
}

// The usage error for an id that names no event, with the closest ids: those that start with
// the text first, then the nearest (did_you_mean keeps ties in the order given, and ids that
// share a prefix such as "aa-2020-" all tie as sharing a stem).
UsageError unknown_id(const std::string& id, const engine::Timeline& timeline) {
  std::vector<std::tuple<bool, std::size_t, std::string>> ranked;
  for (const auto& candidate : timeline.events()) {
    ranked.emplace_back(!candidate.id.starts_with(id), util::edit_distance(id, candidate.id), candidate.id);
  }
  std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
    return std::tie(std::get<0>(a), std::get<1>(a)) < std::tie(std::get<0>(b), std::get<1>(b));
  });
  std::vector<std::string> ids;
  for (auto& candidate : ranked) {
    ids.push_back(std::move(std::get<2>(candidate)));
  }
  return UsageError(
      util::unknown_name({.kind = "event id", .word = id}, ids, " ('accords list --fields id,title' lists them)"));
}

// The named events, in the order first named (a repeated id is shown once); throws UsageError
// for the first id that names no event.
render::EventList find_events(const std::vector<std::string>& ids, const engine::Timeline& timeline) {
  render::EventList events;
  for (const auto& id : ids) {
    const auto* event = timeline.find_event(id);
    if (event == nullptr) {
      throw unknown_id(id, timeline);
    }
    if (std::find(events.begin(), events.end(), event) == events.end()) {
      events.push_back(event);
    }
  }
  return events;
}

// `accords show`.
class ShowCommand : public Command {
public:
  [[nodiscard]] std::string_view name() const override { return "show"; }
  [[nodiscard]] std::span<const std::string_view> formats() const override { return show_formats; }
  CLI::App* add_to(CLI::App& app) override;
  void run(const GlobalOptions& global, Context& context) override;

private:
  ShowOptions options_;
};

CLI::App* ShowCommand::add_to(CLI::App& app) {
  auto* show = app.add_subcommand(std::string(name()), "Every field of the named events, sources included");
  show->add_option("ID", options_.ids, "Event ids, shown in the order given (a repeated id once)")
      ->required()
      ->expected(1, -1);
  add_format_flag(*show, options_.format, formats(),
                  "default: text; json is an array of event objects, as list --format json");
  show->add_option("--hyperlinks", options_.hyperlinks,
                   "Sources as clickable links in text: auto (at a terminal), always or never")
      ->option_text("WHEN")
      ->check(CLI::IsMember(std::vector<std::string>(color_choices.begin(), color_choices.end())))
      ->group("Output");
  return show;
}

void ShowCommand::run(const GlobalOptions& global, Context& context) {
  const auto format = choose_format(options_.format, "text", formats(), name());
  const auto timeline = load_timeline(global, context);
  const auto events = find_events(options_.ids, timeline);
  if (format == "json") {
    render::write_json(context.out, events);
  } else {
    render::write_event_details(context.out, events, timeline.treaties(),
                                {use_color(global, context), use_hyperlinks(options_.hyperlinks, context)});
  }
}

} // namespace

std::unique_ptr<Command> make_show_command() { return std::make_unique<ShowCommand>(); }

} // namespace accords::cli
