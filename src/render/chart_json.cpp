#include "render/chart_json.hpp"

#include <nlohmann/json.hpp>

namespace accords::render {

void write_chart_json(std::ostream& out, const EventList& events, std::span<const model::Treaty> treaties,
                      ChartGrouping by) {
  const auto layout = layout_chart(chart_rows(events, treaties, by), {});
  nlohmann::ordered_json chart;
  chart["by"] = chart_grouping_name(by);
  chart["first_year"] = layout.event_count == 0 ? nlohmann::ordered_json() : nlohmann::ordered_json(layout.first_year);
  chart["last_year"] = layout.event_count == 0 ? nlohmann::ordered_json() : nlohmann::ordered_json(layout.last_year);
  chart["events"] = layout.event_count;
  chart["rows"] = nlohmann::ordered_json::array();
  for (const auto& row : layout.rows) {
    nlohmann::ordered_json object;
    object["key"] = row.key;
    object["name"] = row.name;
    object["events"] = nlohmann::ordered_json::array();
    for (const auto* event : row.events) {
      nlohmann::ordered_json item;
      item["id"] = event->id;
      item["date"] = event->date.text();
      item["end"] = event->end ? nlohmann::ordered_json(event->end->text()) : nlohmann::ordered_json();
      item["type"] = model::event_type_name(event->type);
      item["title"] = event->title;
      object["events"].push_back(std::move(item));
    }
    chart["rows"].push_back(std::move(object));
  }
  out << chart.dump(2) << '\n';
}

} // namespace accords::render
