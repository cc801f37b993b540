#include "load/file_content.hpp"

namespace accords::load {

void FileContent::keep_only(const model::DayWindow& days) {
  std::uint32_t next = 0; // the events kept move to the front, in order
  for (auto& head : heads) {
    if (head.kept == EventHead::not_kept) {
      continue;
    }
    auto& event = events[head.kept];
    if (!days.admits(event.interval())) {
      head.kept = EventHead::not_kept;
      continue;
    }
    if (head.kept != next) {
      events[next] = std::move(event);
    }
    head.kept = next++;
  }
  events.resize(next);
}

} // namespace accords::load
