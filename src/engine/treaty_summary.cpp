#include "engine/treaty_summary.hpp"

#include <map>
#include <set>
#include <string>
#include <string_view>

namespace accords::engine {

std::vector<TreatySummary> summarize_treaties(const Timeline& timeline) {
  std::vector<TreatySummary> summaries;
  summaries.reserve(timeline.treaties().size());
  std::map<std::string_view, std::size_t> index_of; // treaty id -> position in `summaries`
  for (const auto& treaty : timeline.treaties()) {
    index_of.emplace(treaty.id, summaries.size());
    summaries.push_back(TreatySummary{&treaty, 0, nullptr, nullptr, 0});
  }
  std::vector<std::set<std::string_view>> parties(summaries.size());
  for (const auto& event : timeline.events()) { // in timeline order: the first seen is the first
    const auto found = index_of.find(event.treaty);
    if (found == index_of.end()) {
      continue; // the loader resolves every event's treaty; nothing to count it under otherwise
    }
    auto& summary = summaries[found->second];
    ++summary.events;
    if (summary.first == nullptr) {
      summary.first = &event;
    }
    summary.last = &event;
    parties[found->second].insert(event.parties.begin(), event.parties.end());
  }
  for (std::size_t i = 0; i < summaries.size(); ++i) {
    summaries[i].parties = parties[i].size();
  }
  return summaries;
}

} // namespace accords::engine
