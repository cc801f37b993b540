#include "engine/report_summary.hpp"

#include "engine/membership.hpp"
#include "model/entity.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace accords::engine {
namespace {

constexpr model::Status status_order[] = {
    model::Status::party,     model::Status::consented,   model::Status::signatory,
    model::Status::announced, model::Status::candidate,   model::Status::declined,
    model::Status::suspended, model::Status::withdrawing, model::Status::withdrawn};

NamedCode named_treaty(const Timeline& timeline, const std::string& id) {
  const auto* treaty = timeline.find_treaty(id);
  return {id, treaty ? treaty->name : id};
}

// The latest first day of --since and --on; nullopt when neither is given.
std::optional<date::sys_days> asked_first(const Filter& filter) {
  std::optional<date::sys_days> first;
  for (const auto& lower : {filter.since, filter.on}) {
    if (lower && (!first || lower->first_day() > *first)) {
      first = lower->first_day();
    }
  }
  return first;
}

// The earliest last day of --until and --on; nullopt when neither is given.
std::optional<date::sys_days> asked_last(const Filter& filter) {
  std::optional<date::sys_days> last;
  for (const auto& upper : {filter.until, filter.on}) {
    if (upper && (!last || upper->last_day() < *last)) {
      last = upper->last_day();
    }
  }
  return last;
}

int year_of(date::sys_days day) { return static_cast<int>(date::year_month_day{day}.year()); }

std::vector<PartyCount> count_parties(const std::vector<const model::Event*>& events) {
  std::map<std::string, std::size_t> counts;
  for (const auto* event : events) {
    // A party named twice in one event still counts that event once.
    const std::set<std::string> parties(event->parties.begin(), event->parties.end());
    for (const auto& party : parties) {
      ++counts[party];
    }
  }
  std::vector<PartyCount> out;
  for (const auto& [party, count] : counts) {
    out.push_back({party, model::party_name(party), count});
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const PartyCount& a, const PartyCount& b) { return a.events > b.events; });
  return out;
}

// Every party code the filter names, alone or joined by '+'.
std::vector<std::string> every_country(const Filter& filter) {
  auto codes = filter.countries;
  for (const auto& group : filter.joint_countries) {
    codes.insert(codes.end(), group.begin(), group.end());
  }
  return codes;
}

// The memberships of a treaty as of `day`, only of `countries` when any are given (a report
// about Kazakhstan lists Kazakhstan's status, not every candidate's).
TreatyMembers members_of(const Timeline& timeline, const NamedCode& treaty, date::sys_days day,
                         const std::vector<std::string>& countries) {
  TreatyMembers out{treaty, {}};
  const auto memberships = memberships_as_of(timeline, treaty.code, day);
  const auto wanted = [&](const std::string& party) {
    return countries.empty() || std::find(countries.begin(), countries.end(), party) != countries.end();
  };
  for (const auto status : status_order) {
    StatusGroup group{status, {}};
    for (const auto& membership : memberships) {
      if (membership.status == status && wanted(membership.party)) {
        group.members.push_back(
            {membership.party, model::party_name(membership.party), membership.since, membership.since_date});
      }
    }
    if (!group.members.empty()) {
      out.groups.push_back(std::move(group));
    }
  }
  return out;
}

} // namespace

ReportFilters describe_filter(const Filter& filter, const Timeline& timeline) {
  ReportFilters out;
  out.since = filter.since;
  out.until = filter.until;
  out.on = filter.on;
  for (const auto& code : filter.countries) {
    out.countries.push_back({code, model::party_name(code)});
  }
  for (const auto& group : filter.joint_countries) { // -c A+B: "IL+KZ", "Israel + Kazakhstan"
    std::vector<std::string> names;
    for (const auto& code : group) {
      names.push_back(model::party_name(code));
    }
    out.countries.push_back({util::join(group, "+"), util::join(names, " + ")});
  }
  out.types = filter.types;
  for (const auto& id : filter.treaties) {
    out.treaties.push_back(named_treaty(timeline, id));
  }
  out.grep = filter.grep;
  out.tags = filter.tags;
  return out;
}

std::span<const model::Status> report_status_order() { return status_order; }

date::sys_days members_day(const Filter& filter, date::sys_days today) { return asked_last(filter).value_or(today); }

ReportSummary summarize(const std::vector<const model::Event*>& events, const Timeline& timeline,
                        const ReportRequest& request) {
  ReportSummary summary;
  summary.data = request.data;
  summary.filters = describe_filter(request.filter, timeline);
  summary.asked = {asked_first(request.filter), asked_last(request.filter)};
  summary.events = events.size();
  summary.members_as_of = request.members_as_of;

  std::set<std::string> treaty_ids;
  std::set<std::string> parties;
  std::set<std::string> mediators;
  std::map<int, std::size_t> years;
  std::map<model::EventType, std::size_t> types;
  for (const auto* event : events) {
    treaty_ids.emplace(event->treaty);
    parties.insert(event->parties.begin(), event->parties.end());
    mediators.insert(event->mediators.begin(), event->mediators.end());
    ++years[year_of(event->date.first_day())];
    ++types[event->type];
    const auto interval = event->interval();
    if (!summary.covered) {
      summary.covered = interval;
    } else {
      summary.covered->first = std::min(summary.covered->first, interval.first);
      summary.covered->last = std::max(summary.covered->last, interval.last);
    }
  }
  summary.parties = parties.size();
  summary.mediators = mediators.size();
  // Every year from the first to the last with events, the empty ones too: a gap in the
  // timeline is part of its story.
  if (!years.empty()) {
    for (auto year = years.begin()->first; year <= years.rbegin()->first; ++year) {
      const auto found = years.find(year);
      summary.per_year.push_back({year, found == years.end() ? 0 : found->second});
    }
  }
  for (const auto type : model::all_event_types()) {
    if (const auto found = types.find(type); found != types.end()) {
      summary.per_type.push_back({type, found->second});
    }
  }
  summary.per_party = count_parties(events);
  if (request.top && summary.per_party.size() > *request.top) {
    summary.parties_not_shown = summary.per_party.size() - *request.top;
    summary.per_party.resize(*request.top);
  }
  if (!events.empty()) {
    summary.first = events.front();
    summary.last = events.back();
  }
  for (const auto& id : treaty_ids) {
    summary.treaties.push_back(named_treaty(timeline, id));
    summary.members.push_back(
        members_of(timeline, summary.treaties.back(), request.members_as_of, every_country(request.filter)));
  }
  return summary;
}

} // namespace accords::engine
