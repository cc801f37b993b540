#include "render/treaties.hpp"

#include <nlohmann/json.hpp>

#include <string>

namespace accords::render {
namespace {

// The date as written of an event, or "" when there is none.
std::string date_of(const model::Event* event) { return event != nullptr ? event->date.text() : std::string(); }

// The columns of every format, in order.
namespace column {
constexpr std::size_t id = 0, name = 1, events = 2, first = 3, last = 4, parties = 5;
} // namespace column

std::vector<std::string> headers() { return {"id", "name", "events", "first", "last", "parties"}; }

// On a narrow terminal the name gives way first, then the id, each in turns; the counts and
// the dates, short already, only when nothing else is left.
std::vector<GridShrink> shrink_steps() {
  return {{column::name, 16}, {column::id, 12},     {column::name, 8},   {column::id, 8},   {column::name, 1},
          {column::id, 1},    {column::parties, 1}, {column::events, 1}, {column::last, 1}, {column::first, 1}};
}

// The cells of one treaty, in the order of headers().
std::vector<std::string> cells_of(const engine::TreatySummary& summary) {
  return {summary.treaty->id,     summary.treaty->name,  std::to_string(summary.events),
          date_of(summary.first), date_of(summary.last), std::to_string(summary.parties)};
}

nlohmann::ordered_json date_or_null(const model::Event* event) {
  return event != nullptr ? nlohmann::ordered_json(event->date.text()) : nlohmann::ordered_json(nullptr);
}

} // namespace

void write_treaties_table(std::ostream& out, const std::vector<engine::TreatySummary>& treaties,
                          const GridOptions& options) {
  std::vector<std::vector<GridCell>> rows;
  rows.reserve(treaties.size());
  for (const auto& summary : treaties) {
    auto& row = rows.emplace_back();
    for (auto& cell : cells_of(summary)) {
      row.push_back(GridCell{std::move(cell), {}});
    }
  }
  write_grid(out, headers(), rows, shrink_steps(), options);
}

void write_treaties_tsv(std::ostream& out, const std::vector<engine::TreatySummary>& treaties, bool header) {
  if (header) {
    write_tsv_row(out, headers());
  }
  for (const auto& summary : treaties) {
    if (!out) {
      return;
    }
    write_tsv_row(out, cells_of(summary));
  }
}

void write_treaties_json(std::ostream& out, const std::vector<engine::TreatySummary>& treaties) {
  auto array = nlohmann::ordered_json::array();
  for (const auto& summary : treaties) {
    nlohmann::ordered_json object;
    object["id"] = summary.treaty->id;
    object["name"] = summary.treaty->name;
    object["events"] = summary.events;
    object["first"] = date_or_null(summary.first);
    object["last"] = date_or_null(summary.last);
    object["parties"] = summary.parties;
    array.push_back(std::move(object));
  }
  out << array.dump(2) << '\n';
}

} // namespace accords::render
