#include "cli/members_command.hpp"

#include "cli/exit_status.hpp"
#include "cli/filter_args.hpp"
#include "cli/flags.hpp"
#include "cli/session.hpp"
#include "engine/membership.hpp"
#include "model/event_type.hpp"
#include "render/members.hpp"
#include "util/spell.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <array>

namespace accords::cli {
namespace {

// The values of --format.
constexpr std::array<std::string_view, 3> members_formats{"table", "tsv", "json"};

// Options of `members`, as written.
struct MembersOptions {
  std::optional<std::string> as_of;   // --as-of DATE; default: today
  std::vector<std::string> treaties;  // -T/--treaty, repeatable
  std::vector<std::string> statuses;  // --status, repeatable
  std::vector<std::string> countries; // -c/--country, repeatable
  std::optional<std::string> format;  // --format; default: table on a terminal, tsv otherwise
  bool no_header = false;             // --no-header (table)
  bool header = false;                // --header (tsv)
};

// A status by name; throws UsageError with the closest names.
model::Status resolve_status(std::string_view text) {
  if (const auto status = model::parse_status(text)) {
    return *status;
  }
  const auto& names = model::status_names();
  auto candidates = names;
  candidates.emplace_back("member"); // schema 1's name of party, still taken
  throw UsageError(
      util::unknown_name({.kind = "status", .word = text}, candidates, util::name_list("statuses", names)));
}

// The help of --status: every status.
std::string status_help() {
  const auto& names = model::status_names();
  std::string help;
  for (std::size_t index = 0; index < names.size(); ++index) {
    help += index == 0 ? "" : (index + 1 == names.size() ? " or " : ", ");
    help += names[index];
  }
  return help + " (repeatable; 'member' means party)";
}

// Which memberships to keep: any of the statuses and any of the parties (empty: all).
struct MembershipFilter {
  std::vector<model::Status> statuses;
  std::vector<std::string> parties;

  [[nodiscard]] bool matches(const engine::Membership& membership) const {
    return (statuses.empty() || std::find(statuses.begin(), statuses.end(), membership.status) != statuses.end()) &&
           (parties.empty() || std::find(parties.begin(), parties.end(), membership.party) != parties.end());
  }
};

// The sections to show, in load order: the treaties named (even when no party matches), else
// the only treaty loaded, else every treaty with at least one matching party.
std::vector<render::MembersSection> sections_of(const engine::Timeline& timeline, const std::vector<std::string>& named,
                                                const MembershipFilter& filter, date::sys_days day) {
  std::vector<render::MembersSection> sections;
  for (const auto& treaty : timeline.treaties()) {
    const bool is_named = std::find(named.begin(), named.end(), treaty.id) != named.end();
    if (!named.empty() && !is_named) {
      continue;
    }
    render::MembersSection section{&treaty, {}};
    for (auto& membership : engine::memberships_as_of(timeline, treaty.id, day)) {
      if (filter.matches(membership)) {
        section.memberships.push_back(std::move(membership));
      }
    }
    if (is_named || timeline.treaties().size() == 1 || !section.memberships.empty()) {
      sections.push_back(std::move(section));
    }
  }
  return sections;
}

// `accords members`.
class MembersCommand : public Command {
public:
  [[nodiscard]] std::string_view name() const override { return "members"; }
  [[nodiscard]] std::span<const std::string_view> formats() const override { return members_formats; }
  CLI::App* add_to(CLI::App& app) override;
  void run(const GlobalOptions& global, Context& context) override;

private:
  MembersOptions options_;
};

CLI::App* MembersCommand::add_to(CLI::App& app) {
  auto& options = options_;
  auto* members = app.add_subcommand(std::string(name()), "Each party of a treaty with its status as of a day");
  const std::string filters = "Filters";
  members
      ->add_option("--as-of", options.as_of,
                   "The day to tell the statuses on (default: today); a month or year means its last day")
      ->option_text("DATE")
      ->group(filters);
  add_repeatable(*members, "-T,--treaty", options.treaties,
                 "Treaty id or alias (repeatable; default: the only treaty loaded, else every treaty with a party that "
                 "passes --status and -c)",
                 "ID", filters);
  add_repeatable(*members, "--status", options.statuses, status_help(), "STATUS", filters);
  add_repeatable(*members, "-c,--country", options.countries, "Party: ISO code, English name or entity (repeatable)",
                 "X", filters);
  add_format_flag(*members, options.format, formats(), "default: table on a terminal, tsv otherwise");
  members->add_flag("--no-header", options.no_header, "Leave out the header row of table")->group("Output");
  members->add_flag("--header", options.header, "Print a header line in tsv")->group("Output");
  return members;
}

void MembersCommand::run(const GlobalOptions& global, Context& context) {
  const auto& options = options_;
  const auto today = resolve_today(global, context);
  const auto format = choose_format(options.format, context.out_is_terminal ? "table" : "tsv", formats(), name());
  if (options.header && options.no_header) {
    throw UsageError("--header and --no-header contradict each other");
  }
  const auto day = options.as_of ? resolve_date("--as-of", *options.as_of, today).last_day() : date::sys_days{today};
  MembershipFilter filter;
  for (const auto& status : options.statuses) {
    filter.statuses.push_back(resolve_status(status));
  }
  const auto timeline = load_timeline(global, context);
  for (const auto& country : options.countries) { // after loading: entities are parties too
    if (country.find('+') != std::string::npos) {
      throw UsageError(fmt::format("'{}': members lists one party a row, so '+' joins nothing here; give -c once "
                                   "for each party",
                                   country));
    }
    filter.parties.push_back(resolve_country(country));
  }
  std::vector<std::string> named;
  for (const auto& treaty : options.treaties) {
    named.push_back(resolve_treaty(treaty, timeline));
  }
  const auto sections = sections_of(timeline, named, filter, day);
  if (format == "table") {
    render::GridOptions table;
    table.color = use_color(global, context);
    table.header = !options.no_header;
    table.width = context.terminal_width;
    render::write_members_table(context.out, sections, day, table);
  } else if (format == "tsv") {
    render::write_members_tsv(context.out, sections, options.header);
  } else {
    render::write_members_json(context.out, sections);
  }
}

} // namespace

std::unique_ptr<Command> make_members_command() { return std::make_unique<MembersCommand>(); }

} // namespace accords::cli
