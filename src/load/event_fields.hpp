#pragma once
// The fields of an event and of a treaty, each written once: its key in a timeline file,
// whether a file must give it, and what its text must be. The schema reader, the codec of
// cache entries and of the built-in data, and the tests' comparisons all go through these
// lists, so that a new field is one member of model::Event (or model::Treaty) and one line
// here, plus what prints it.

#include "model/entity.hpp"
#include "model/event.hpp"
#include "model/text_store.hpp"
#include "model/treaty.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace accords::load {

// Whether a file must give a field.
enum class Need {
  optional,
  required,
  required_but_treaty_wide, // required, except on an entry-into-force of the whole treaty
};

// What a field's text must be, beyond what its C++ type says.
enum class Rule {
  text,           // any text, on one line or several
  line,           // one line
  id,             // one line matching [a-z0-9][a-z0-9-]*
  country_codes,  // a list of party codes, each once (at least one when required)
  country_code,   // one party code
  not_before_date // a date whose last day is not before the first day of the event's `date`
};

// One field of an event or a treaty.
struct Field {
  std::string_view key; // as written in a file
  Need need;
  Rule rule;
};

// Calls `visit(field, member)` for each field of `event` (a model::Event, const or not), in
// the order of the format's documentation and of the codec.
template <typename Event, typename Visit> void visit_event_fields(Event& event, Visit&& visit) {
  visit(Field{"id", Need::required, Rule::id}, event.id);
  visit(Field{"date", Need::required, Rule::line}, event.date);
  visit(Field{"end", Need::optional, Rule::not_before_date}, event.end);
  visit(Field{"effective", Need::optional, Rule::line}, event.effective); // which types take it: event_rules
  visit(Field{"type", Need::required, Rule::line}, event.type);
  visit(Field{"parties", Need::required_but_treaty_wide, Rule::country_codes}, event.parties);
  visit(Field{"mediators", Need::optional, Rule::country_codes}, event.mediators);
  visit(Field{"from", Need::optional, Rule::country_code}, event.from); // which types take it: event_rules
  visit(Field{"title", Need::required, Rule::line}, event.title);
  visit(Field{"treaty", Need::optional, Rule::line}, event.treaty); // the event's own; resolved when linked
  visit(Field{"place", Need::optional, Rule::text}, event.place);
  visit(Field{"sources", Need::optional, Rule::text}, event.sources);
  visit(Field{"notes", Need::optional, Rule::text}, event.notes);
  visit(Field{"tags", Need::optional, Rule::text}, event.tags);
}

// Calls `visit(field, member)` for each field of `treaty` (a model::Treaty, const or not).
template <typename Treaty, typename Visit> void visit_treaty_fields(Treaty& treaty, Visit&& visit) {
  visit(Field{"id", Need::required, Rule::id}, treaty.id);
  visit(Field{"name", Need::required, Rule::text}, treaty.name);
  visit(Field{"summary", Need::optional, Rule::text}, treaty.summary);
  visit(Field{"url", Need::optional, Rule::text}, treaty.url);
  visit(Field{"aliases", Need::optional, Rule::text}, treaty.aliases);
  visit(Field{"joined-by", Need::optional, Rule::line}, treaty.joined_by);
}

// Calls `visit(field, member)` for each field of `entity` (a model::Entity, const or not).
template <typename Entity, typename Visit> void visit_entity_fields(Entity& entity, Visit&& visit) {
  visit(Field{"code", Need::required, Rule::line}, entity.code); // its form: model::entity_code_syntax
  visit(Field{"name", Need::required, Rule::line}, entity.name);
  visit(Field{"until", Need::optional, Rule::line}, entity.until);
}

// The keys of an event's fields, in order.
[[nodiscard]] const std::vector<std::string>& event_keys();
// The keys of a treaty's fields, in order.
[[nodiscard]] const std::vector<std::string>& treaty_keys();
// The keys of an entity's fields, in order.
[[nodiscard]] const std::vector<std::string>& entity_keys();

// Lists of texts read for one event or treaty, each kept apart until the caller is done with
// them (a list's items view what it was read from).
class ListScratch {
public:
  // Starts over for the next event or treaty.
  void reset() { used_ = 0; }
  // An empty list, distinct from those handed out since the last reset.
  std::vector<std::string_view>& next() {
    if (used_ == lists_.size()) {
      lists_.emplace_back(); // the lists handed out keep their items where they are
    }
    auto& list = lists_[used_++];
    list.clear();
    return list;
  }

private:
  std::vector<std::vector<std::string_view>> lists_;
  std::size_t used_ = 0;
};

// Copies every text and list of `event` into `store`, so that the event no longer views what
// it was read from.
void copy_event_texts(model::Event& event, model::TextStore& store);
// Copies the lists of `event` into `store`, their items still viewing the texts they view
// (for texts that outlive the store, as the built-in data's do).
void copy_event_lists(model::Event& event, model::TextStore& store);

} // namespace accords::load
