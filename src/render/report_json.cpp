#include "render/report_json.hpp"

#include "render/event_json.hpp"
#include "render/report_words.hpp"

namespace accords::render {
namespace {

using Json = nlohmann::ordered_json;

Json date_or_null(const std::optional<model::PartialDate>& date) { return date ? Json(date->text()) : Json(nullptr); }

Json day_or_null(const std::optional<date::sys_days>& day) { return day ? Json(day_text(*day)) : Json(nullptr); }

Json event_or_null(const model::Event* event) { return event ? event_to_json(*event) : Json(nullptr); }

Json codes(const std::vector<engine::NamedCode>& items) {
  auto out = Json::array();
  for (const auto& item : items) {
    out.push_back(item.code);
  }
  return out;
}

Json filters(const engine::ReportFilters& filters) {
  Json out;
  out["since"] = date_or_null(filters.since);
  out["until"] = date_or_null(filters.until);
  out["on"] = date_or_null(filters.on);
  out["countries"] = codes(filters.countries);
  auto types = Json::array();
  for (const auto type : filters.types) {
    types.push_back(model::event_type_name(type));
  }
  out["types"] = types;
  out["treaties"] = codes(filters.treaties);
  out["grep"] = filters.grep ? Json(*filters.grep) : Json(nullptr);
  out["tags"] = filters.tags;
  return out;
}

Json range(const engine::ReportSummary& summary) {
  Json out;
  out["asked"] = {{"first", day_or_null(summary.asked.first)}, {"last", day_or_null(summary.asked.last)}};
  if (summary.covered) {
    out["covered"] = {{"first", day_text(summary.covered->first)}, {"last", day_text(summary.covered->last)}};
  } else {
    out["covered"] = nullptr;
  }
  return out;
}

Json members(const engine::ReportSummary& summary) {
  auto out = Json::array();
  for (const auto& treaty : summary.members) {
    for (const auto& group : treaty.groups) {
      for (const auto& member : group.members) {
        Json entry;
        entry["treaty"] = treaty.treaty.code;
        entry["party"] = member.party;
        entry["name"] = member.name;
        entry["status"] = model::status_name(group.status);
        entry["since"] = member.since_date.text();
        entry["event"] = member.since->id;
        out.push_back(std::move(entry));
      }
    }
  }
  return out;
}

} // namespace

Json report_to_json(const engine::ReportSummary& summary) {
  Json out;
  out["data"] = summary.data.empty() ? std::vector<std::string>{"builtin:timelines"} : summary.data;
  auto treaties = Json::array();
  for (const auto& treaty : summary.treaties) {
    treaties.push_back({{"id", treaty.code}, {"name", treaty.name}});
  }
  out["treaties"] = treaties;
  out["filters"] = filters(summary.filters);
  out["range"] = range(summary);
  out["totals"] = {{"events", summary.events},
                   {"treaties", summary.treaties.size()},
                   {"parties", summary.parties},
                   {"mediators", summary.mediators}};
  auto years = Json::array();
  for (const auto& year : summary.per_year) {
    years.push_back({{"year", year.year}, {"events", year.events}});
  }
  out["per_year"] = years;
  auto types = Json::array();
  for (const auto& type : summary.per_type) {
    types.push_back({{"type", model::event_type_name(type.type)}, {"events", type.events}});
  }
  out["per_type"] = types;
  auto parties = Json::array();
  for (const auto& party : summary.per_party) {
    parties.push_back({{"party", party.party}, {"name", party.name}, {"events", party.events}});
  }
  out["per_party"] = parties;
  out["parties_not_shown"] = summary.parties_not_shown;
  out["first"] = event_or_null(summary.first);
  out["last"] = event_or_null(summary.last);
  out["members_as_of"] = day_text(summary.members_as_of);
  out["members"] = members(summary);
  return out;
}

void write_report_json(std::ostream& out, const engine::ReportSummary& summary) {
  // The grep text and the data paths come from the command line and need not be UTF-8.
  out << report_to_json(summary).dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
}

} // namespace accords::render
