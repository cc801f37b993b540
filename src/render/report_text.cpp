#include "render/report_text.hpp"

#include "render/report_words.hpp"
#include "render/style.hpp"
#include "util/utf8.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace accords::render {
namespace {

// Eighths of a block, from one eighth to seven eighths.
constexpr std::array<std::string_view, 7> partial_blocks{"▏", "▎", "▍", "▌", "▋", "▊", "▉"};
constexpr std::string_view full_block = "█";
constexpr std::size_t min_bar_width = 10; // bars keep this much room on a very narrow terminal

// `text` followed by spaces up to `width` display columns.
std::string pad(std::string_view text, std::size_t width) {
  const auto used = util::display_width(text);
  return std::string(text) + std::string(width > used ? width - used : 0, ' ');
}

// `text` preceded by spaces up to `width` columns (for numbers).
std::string pad_left(std::string_view text, std::size_t width) {
  return std::string(width > text.size() ? width - text.size() : 0, ' ') + std::string(text);
}

// A bar of `eighths` eighths of a block.
std::string bar(std::size_t eighths) {
  std::string out;
  for (std::size_t i = 0; i < eighths / 8; ++i) {
    out += full_block;
  }
  if (eighths % 8 != 0) {
    out += partial_blocks[eighths % 8 - 1];
  }
  return out;
}

class TextReport {
public:
  TextReport(std::ostream& out, const engine::ReportSummary& summary, const ReportTextOptions& options)
      : out_(out), summary_(summary), options_(options) {}

  void write() {
    header();
    if (summary_.events == 0) {
      out_ << "\nNo events match.\n";
    }
    totals();
    if (summary_.events == 0) {
      return;
    }
    per_year();
    per_type();
    per_party();
    event_block("First event", *summary_.first);
    event_block("Last event", *summary_.last);
    members();
  }

private:
  void heading(std::string_view text, bool first = false) {
    out_ << (first ? "" : "\n") << styled(text, header_style(), options_.color) << '\n';
  }

  [[nodiscard]] std::string type_name(model::EventType type, std::size_t width) const {
    const auto name = model::event_type_name(type);
    // Pad outside the colour so that the reset does not count in the width.
    return styled(name, type_color(type), options_.color) + std::string(width - name.size(), ' ');
  }

  // Label-value lines with the values aligned.
  void pairs(const std::vector<std::pair<std::string, std::string>>& rows, std::string_view indent = "  ") {
    std::size_t width = 0;
    for (const auto& row : rows) {
      width = std::max(width, row.first.size());
    }
    for (const auto& [label, value] : rows) {
      out_ << indent << pad(label, width) << "  " << value << '\n';
    }
  }

  void header() {
    heading(report_title(summary_), true);
    pairs({{"Data", data_words(summary_.data)},
           {"Filters", filter_words(summary_.filters)},
           {"Range", range_words(summary_.covered, summary_.asked)}});
  }

  void totals() {
    heading("Totals");
    const std::vector<std::pair<std::string, std::size_t>> rows{{"events", summary_.events},
                                                                {"treaties", summary_.treaties.size()},
                                                                {"parties", summary_.parties},
                                                                {"mediators", summary_.mediators}};
    std::size_t width = 0;
    for (const auto& row : rows) {
      width = std::max(width, fmt::formatted_size("{}", row.second));
    }
    for (const auto& [label, count] : rows) {
      out_ << "  " << pad(label, 9) << "  " << pad_left(std::to_string(count), width) << '\n';
    }
  }

  void per_year() {
    heading("Per year");
    std::size_t largest = 0;
    for (const auto& year : summary_.per_year) {
      largest = std::max(largest, year.events);
    }
    const auto count_width = std::to_string(largest).size();
    const auto prefix = 2 + 4 + 2 + count_width + 2; // indent, year, gap, count, gap
    auto bar_width = max_bar_width;
    if (options_.width != 0) {
      bar_width = std::clamp(options_.width > prefix ? options_.width - prefix : 0, min_bar_width, max_bar_width);
    }
    for (const auto& year : summary_.per_year) {
      const auto marks = bar(scaled(year.events, largest, bar_width * 8));
      out_ << "  " << fmt::format("{:04}", year.year) << "  " << pad_left(std::to_string(year.events), count_width)
           << (marks.empty() ? "" : "  ") << marks << '\n'; // an empty year leaves no trailing blanks
    }
  }

  void per_type() {
    heading("Per type");
    std::size_t name_width = 0;
    std::size_t count_width = 0;
    for (const auto& type : summary_.per_type) {
      name_width = std::max(name_width, model::event_type_name(type.type).size());
      count_width = std::max(count_width, std::to_string(type.events).size());
    }
    for (const auto& type : summary_.per_type) {
      out_ << "  " << type_name(type.type, name_width) << "  " << pad_left(std::to_string(type.events), count_width)
           << '\n';
    }
  }

  void per_party() {
    heading("Per party");
    std::size_t name_width = 0;
    std::size_t count_width = 0;
    for (const auto& party : summary_.per_party) {
      name_width = std::max(name_width, util::display_width(party.name));
      count_width = std::max(count_width, std::to_string(party.events).size());
    }
    for (const auto& party : summary_.per_party) {
      out_ << "  " << pad(party.party, 2) << "  " << pad(party.name, name_width) << "  "
           << pad_left(std::to_string(party.events), count_width) << '\n';
    }
    if (summary_.parties_not_shown != 0) {
      out_ << "  and " << count_of(summary_.parties_not_shown, "more party", "more parties") << '\n';
    }
  }

  void event_block(std::string_view title, const model::Event& event) {
    heading(title);
    pairs({{"date", event_dates(event)},
           {"type", std::string(model::event_type_name(event.type))},
           {"parties", party_codes(event)},
           {"title", one_line(event.title)},
           {"id", std::string(event.id)}});
  }

  void members() {
    heading("Members as of " + day_text(summary_.members_as_of));
    for (const auto& treaty : summary_.members) {
      out_ << "  " << one_line(treaty.treaty.name) << '\n';
      if (treaty.groups.empty()) {
        out_ << "    no party has a status\n";
        continue;
      }
      std::size_t name_width = 0;
      for (const auto& group : treaty.groups) {
        for (const auto& member : group.members) {
          name_width = std::max(name_width, util::display_width(member.name));
        }
      }
      for (const auto& group : treaty.groups) {
        out_ << "    " << model::status_name(group.status) << " (" << group.members.size() << ")\n";
        for (const auto& member : group.members) {
          out_ << "      " << pad(member.party, 2) << "  " << pad(member.name, name_width) << "  since "
               << member.since_date.text() << '\n';
        }
      }
    }
  }

  std::ostream& out_;
  const engine::ReportSummary& summary_;
  const ReportTextOptions& options_;
};

} // namespace

void write_report_text(std::ostream& out, const engine::ReportSummary& summary, const ReportTextOptions& options) {
  TextReport(out, summary, options).write();
}

} // namespace accords::render
