#include "cli/add_command.hpp"

#include "cli/candidate_file.hpp"
#include "cli/exit_status.hpp"
#include "cli/filter_args.hpp"
#include "cli/flags.hpp"
#include "cli/prompt.hpp"
#include "cli/session.hpp"
#include "edit/atomic_write.hpp"
#include "edit/event_draft.hpp"
#include "edit/event_id.hpp"
#include "edit/file_fields.hpp"
#include "edit/insert_event.hpp"
#include "engine/date_argument.hpp"
#include "load/parse/yaml_tree.hpp"
#include "model/entity.hpp"
#include "model/event_type.hpp"
#include "util/text.hpp"
#include "util/utf8.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace accords::cli {
namespace {

// Options of `add`, as written.
struct AddOptions {
  std::string file;                     // FILE
  std::optional<std::string> id;        // --id; default: made from the date and the title
  std::optional<std::string> date;      // --date
  std::optional<std::string> end;       // --end
  std::optional<std::string> effective; // --effective
  std::optional<std::string> type;      // --type
  std::vector<std::string> parties;     // -c/--party, repeatable
  std::vector<std::string> mediators;   // --mediator, repeatable
  std::optional<std::string> title;     // --title
  std::optional<std::string> treaty;    // --treaty; default: the file's
  std::optional<std::string> place;     // --place
  std::vector<std::string> sources;     // --source, repeatable
  std::optional<std::string> notes;     // --notes
  std::vector<std::string> tags;        // --tag, repeatable
  bool dry_run = false;                 // --dry-run: print the event, write nothing
  bool no_input = false;                // --no-input: never ask, even at a terminal
};

// The bytes of `path`; nullopt when it does not exist. Throws RuntimeFailure when it cannot be read.
std::optional<std::string> read_file(const std::string& path, Context& context) {
  std::error_code error;
  if (!std::filesystem::exists(path, error)) {
    return std::nullopt;
  }
  return std::string(open_one_file(path, context).bytes.view());
}

// Throws UsageError when `text`, given to `flag`, holds a control character that a timeline
// text may not hold (util::is_disallowed_control).
void check_controls(std::string_view flag, std::string_view text) {
  if (const auto at = util::first_disallowed_control(text); at != std::string_view::npos) {
    throw UsageError(fmt::format("{}: control character U+{:04X} is not allowed: a text holds only printable "
                                 "characters, tabs and line breaks",
                                 flag, static_cast<unsigned>(util::control_at(text, at))));
  }
}

// check_controls for every value given by a flag.
void check_controls(const AddOptions& o) {
  const std::pair<std::string_view, const std::optional<std::string>*> texts[] = {
      {"--id", &o.id},      {"--date", &o.date},   {"--end", &o.end},       {"--effective", &o.effective},
      {"--type", &o.type},  {"--title", &o.title}, {"--treaty", &o.treaty}, {"--place", &o.place},
      {"--notes", &o.notes}};
  for (const auto& [flag, value] : texts) {
    if (*value) {
      check_controls(flag, **value);
    }
  }
  const std::pair<std::string_view, const std::vector<std::string>*> lists[] = {
      {"--party", &o.parties}, {"--mediator", &o.mediators}, {"--source", &o.sources}, {"--tag", &o.tags}};
  for (const auto& [flag, values] : lists) {
    for (const auto& value : *values) {
      check_controls(flag, value);
    }
  }
}

// What the checks of one field need: today (for dates) and the loaded treaties.
struct FieldChecks {
  date::year_month_day today;
  const std::vector<model::Treaty>* treaties = nullptr;

  // A date argument (YYYY, YYYY-MM, YYYY-MM-DD, today, 3d...) as the file writes it.
  [[nodiscard]] std::string date(std::string_view flag, const std::string& text) const {
    std::string why;
    if (const auto parsed = engine::parse_date_argument(text, today, &why)) {
      return parsed->text();
    }
    throw UsageError(fmt::format("{}: {}", flag, why));
  }
  // An event type's name.
  [[nodiscard]] static std::string type(const std::string& text) {
    return std::string(model::event_type_name(resolve_type(text)));
  }
  // A party code, from a code or a name.
  [[nodiscard]] static std::string party(const std::string& text) { return resolve_country(text); }
  // One line of text, kept exactly as given (spaces at either end included).
  [[nodiscard]] static std::string line(std::string_view flag, const std::string& text) {
    if (text.find_first_of("\r\n") != std::string::npos) {
      throw UsageError(fmt::format("{} must be one line", flag));
    }
    check_controls(flag, text);
    return text;
  }
  // A loaded treaty's id, from its id or an alias.
  [[nodiscard]] std::string treaty(const std::string& text) const { return resolve_treaty(text, *treaties); }
};

// `accords add`.
class AddCommand : public Command {
public:
  [[nodiscard]] std::string_view name() const override { return "add"; }
  [[nodiscard]] bool pages_output() const override { return false; }
  CLI::App* add_to(CLI::App& app) override;
  void run(const GlobalOptions& global, Context& context) override;

private:
  // Fills the draft from the flags, asking at a terminal for what they leave out.
  [[nodiscard]] edit::EventDraft draft_from_flags(const FieldChecks& checks, Context& context,
                                                  bool has_default_treaty) const;

  AddOptions options_;
};

CLI::App* AddCommand::add_to(CLI::App& app) {
  auto& o = options_;
  auto* add =
      app.add_subcommand(std::string(name()), "Appends one event to a timeline file, checked before it is written");
  add->add_option("FILE", o.file, "The timeline file (created when it does not exist; --treaty then names its treaty)")
      ->required();
  const std::string group = "Event";
  add->add_option("--date", o.date, "Its date: YYYY, YYYY-MM, YYYY-MM-DD or today")->option_text("DATE")->group(group);
  add->add_option("--type", o.type, "Its type (accords help list shows them)")->option_text("TYPE")->group(group);
  add_repeatable(*add, "-c,--party", o.parties, "A party: code or name (repeatable)", "X", group);
  add->add_option("--title", o.title, "One line saying what happened")->option_text("TEXT")->group(group);
  add_repeatable(*add, "--source", o.sources, "A source, as a full web address (repeatable)", "URL", group);
  add->add_option("--treaty", o.treaty, "Treaty id or alias (default: the file's treaty)")
      ->option_text("ID")
      ->group(group);
  add->add_option("--place", o.place, "Where it happened")->option_text("TEXT")->group(group);
  add->add_option("--notes", o.notes, "Free text")->option_text("TEXT")->group(group);
  add->add_option("--end", o.end, "The last day of an event of several days")->option_text("DATE")->group(group);
  add->add_option("--effective", o.effective, "The day a consent or a withdrawal notice takes effect")
      ->option_text("DATE")
      ->group(group);
  add_repeatable(*add, "--mediator", o.mediators, "A broker or witness: code or name (repeatable)", "X", group);
  add_repeatable(*add, "--tag", o.tags, "A free label (repeatable)", "TAG", group);
  add->add_option("--id", o.id, "Its id (default: made from the date and the title, unique)")
      ->option_text("ID")
      ->group(group);
  add->add_flag("--dry-run", o.dry_run, "Check the event and print it, but write nothing")->group("Output");
  add->add_flag("--no-input", o.no_input, "Never ask for a field, even at a terminal: a missing one is an error")
      ->group("Output");
  add->footer("Without --date, --type, --party or --title, add asks for each at a terminal ('?' lists the "
              "types); elsewhere they are required. A value is written exactly as given, spaces included. The file is "
              "written only when it loads without error with "
              "the event added (with the data paths, if any), through a temporary file renamed over it: every "
              "byte it held is kept.");
  return add;
}

edit::EventDraft AddCommand::draft_from_flags(const FieldChecks& checks, Context& context,
                                              bool has_default_treaty) const {
  const auto& o = options_;
  edit::EventDraft draft;
  const bool can_ask = context.in_is_terminal && !o.no_input;
  std::vector<std::string> missing;
  // A required text field: the flag's value, else asked for, else missing.
  const auto required = [&](std::string_view key, const std::optional<std::string>& flag, std::string_view hint,
                            std::span<const std::string> choices,
                            const std::function<std::string(const std::string&)>& check) {
    if (flag) {
      draft.set(key, check(*flag));
      return;
    }
    if (!can_ask) {
      missing.push_back(fmt::format("--{}", key));
      return;
    }
    const auto answer = ask(context.in, context.err, {key, hint, true, choices, check});
    if (!answer) {
      throw UsageError("no answer: nothing was added");
    }
    draft.set(key, *answer);
  };
  const auto& type_names = model::event_type_names();
  required("date", o.date, "YYYY, YYYY-MM, YYYY-MM-DD or today", {},
           [&](const std::string& text) { return checks.date("--date", text); });
  required("type", o.type, "", type_names, [](const std::string& text) { return FieldChecks::type(text); });
  std::vector<std::string> parties;
  for (const auto& party : o.parties) {
    parties.push_back(FieldChecks::party(party));
  }
  if (parties.empty() && can_ask) {
    const auto answer =
        ask_list(context.in, context.err,
                 {"party", "code or name", draft.text("type") != "entry-into-force", {}, [](const std::string& text) {
                    return FieldChecks::party(text);
                  }});
    if (!answer) {
      throw UsageError("no answer: nothing was added");
    }
    parties = *answer;
  } else if (parties.empty() && draft.text("type") != "entry-into-force") {
    missing.emplace_back("--party");
  }
  draft.set_list("parties", parties);
  required("title", o.title, "one line", {},
           [](const std::string& text) { return FieldChecks::line("--title", text); });
  if (!missing.empty()) {
    throw UsageError(
        fmt::format("missing {}: give them as flags, or run add at a terminal to be asked", util::join(missing, ", ")));
  }
  if (o.treaty) {
    draft.set("treaty", checks.treaty(*o.treaty));
  } else if (!has_default_treaty) {
    throw UsageError(fmt::format("'{}' has no treaty of its own: give --treaty", o.file));
  }
  std::vector<std::string> mediators;
  for (const auto& mediator : o.mediators) {
    mediators.push_back(FieldChecks::party(mediator));
  }
  draft.set_list("mediators", mediators);
  if (o.end) {
    draft.set("end", checks.date("--end", *o.end));
  }
  if (o.effective) {
    draft.set("effective", checks.date("--effective", *o.effective));
  }
  draft.set("place", o.place ? FieldChecks::line("--place", *o.place) : std::string());
  draft.set("notes", o.notes.value_or(""));
  draft.set_list("sources", o.sources);
  draft.set_list("tags", o.tags);
  if (o.id) {
    draft.set("id", *o.id);
  }
  return draft;
}

void AddCommand::run(const GlobalOptions& global, Context& context) {
  const auto& o = options_;
  check_controls(o);
  const auto today = resolve_today(global, context);
  auto original = read_file(o.file, context);
  const bool created = !original;
  if (created) {
    if (!o.treaty) {
      throw UsageError(
          fmt::format("'{}' does not exist: give --treaty to start it with an event of that treaty", o.file));
    }
    original = "schema: 2\nevents:\n";
  }
  // The data as it is now: the treaties and parties the flags may name, the ids in use.
  auto before = load_candidate(o.file, *original, global, context);
  if (o.treaty && !find_treaty(*o.treaty, before.result.treaties) && data_paths(global, context).empty()) {
    // Without data paths, a treaty the file does not define is a built-in one, also while the
    // file does not name it yet (a new file, a file with no treaty of its own).
    before = load_candidate(o.file, *original, global, context, Builtin::always);
  }
  model::use_entities(before.result.entities);
  FieldChecks checks{today, &before.result.treaties};
  load::Diagnostics ignored;
  const auto path = std::make_shared<const std::string>(o.file);
  const auto root = load::parse_yaml(load::SourceBytes(*original), path, ignored);
  const auto default_treaty = std::find_if(root->pairs.begin(), root->pairs.end(),
                                           [](const auto& pair) { return pair.first.value == "treaty"; });
  auto draft = draft_from_flags(checks, context, default_treaty != root->pairs.end());
  if (created) {
    original = fmt::format("schema: 2\ntreaty: {}\nevents:\n", draft.text("treaty"));
    draft.set("treaty", "");
  } else if (default_treaty != root->pairs.end()) {
    const auto& value = default_treaty->second;
    const auto own = value.kind == load::YamlNode::Kind::mapping
                         ? std::find_if(value.pairs.begin(), value.pairs.end(),
                                        [](const auto& pair) { return pair.first.value == "id"; })
                         : value.pairs.end();
    const std::string file_treaty = own != value.pairs.end() ? own->second.value : value.value;
    if (draft.text("treaty") == file_treaty) {
      draft.set("treaty", ""); // the file's own: left to the file
    }
  }
  if (draft.text("id").empty()) {
    std::vector<std::string_view> file_ids;
    for (const auto& event : before.result.events) {
      if (event.defined_at.path && *event.defined_at.path == o.file) {
        file_ids.push_back(event.id);
      }
    }
    const auto taken = [&](std::string_view id) {
      return std::any_of(before.result.events.begin(), before.result.events.end(),
                         [&](const model::Event& event) { return event.id == id; });
    };
    draft.set("id",
              edit::make_event_id(edit::common_id_prefix(file_ids), draft.text("date"), draft.text("title"), taken));
  }

  const auto tree = created ? load::parse_yaml(load::SourceBytes(*original), path, ignored) : root;
  auto inserted = edit::insert_event(*original, *tree, draft);
  if (const auto* why = std::get_if<std::string>(&inserted)) {
    print_error(context.err, fmt::format("{}: {}", o.file, *why));
    throw DataError();
  }
  const auto& result = std::get<edit::Inserted>(inserted);
  const auto after = load_candidate(o.file, result.text, global, context);
  if (!edit::holds_the_same_and_one_event_more(o.file, *original, result.text)) {
    throw RuntimeFailure(fmt::format("adding the event would change what '{}' already holds (a fault of accords: "
                                     "please report it with the file): nothing was written",
                                     o.file));
  }
  const auto id = std::string(draft.text("id"));
  if (std::none_of(after.result.events.begin(), after.result.events.end(),
                   [&](const model::Event& event) { return event.id == id; })) {
    throw RuntimeFailure(
        fmt::format("the event '{}' was not found in '{}' once added: nothing was written", id, o.file));
  }
  if (o.dry_run) {
    context.out << draft.yaml_item(0);
    return;
  }
  if (const auto failure = edit::write_atomically(o.file, result.text)) {
    throw RuntimeFailure(*failure);
  }
  context.out << fmt::format("{}:{}: added {}\n", o.file, result.line, id);
}

} // namespace

std::unique_ptr<Command> make_add_command() { return std::make_unique<AddCommand>(); }

} // namespace accords::cli
