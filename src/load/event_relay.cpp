#include "load/event_relay.hpp"

#include <utility>

namespace accords::load {
namespace {

// Events per batch: enough that handing a batch over costs nothing next to parsing it.
constexpr std::size_t batch_events = 1024;
// Batches waiting at most: bounds the memory held between the two threads.
constexpr std::size_t max_queued_batches = 8;

} // namespace

EventRelay::EventRelay(YAML::EventHandler& target) : target_(target), thread_([this] { replay(); }) {
  filling_.reserve(batch_events);
}

EventRelay::~EventRelay() {
  if (!finished_) {
    try {
      finish();
    } catch (...) { // NOLINT(bugprone-empty-catch): already failing; the first problem is reported
    }
  }
}

void EventRelay::finish() {
  finished_ = true;
  if (!thread_.joinable()) {
    return;
  }
  {
    std::unique_lock guard(lock_);
    if (!filling_.empty()) {
      queue_.push_back(std::move(filling_));
    }
    done_ = true;
  }
  changed_.notify_all();
  thread_.join();
  if (target_failed_) {
    std::rethrow_exception(target_failed_);
  }
}

void EventRelay::record(Event event) {
  filling_.push_back(std::move(event));
  if (filling_.size() >= batch_events) {
    hand_over();
  }
}

void EventRelay::hand_over() {
  std::unique_lock guard(lock_);
  changed_.wait(guard, [this] { return queue_.size() < max_queued_batches || target_failed_; });
  if (target_failed_) {
    throw RelayStopped{};
  }
  queue_.push_back(std::move(filling_));
  guard.unlock();
  changed_.notify_all();
  filling_ = Batch();
  filling_.reserve(batch_events);
}

void EventRelay::replay() {
  for (;;) {
    Batch batch;
    {
      std::unique_lock guard(lock_);
      changed_.wait(guard, [this] { return !queue_.empty() || done_; });
      if (queue_.empty()) {
        return; // done, and everything replayed
      }
      batch = std::move(queue_.front());
      queue_.pop_front();
    }
    changed_.notify_all();
    try {
      for (const auto& event : batch) {
        replay_one(event);
      }
    } catch (...) {
      const std::lock_guard guard(lock_);
      target_failed_ = std::current_exception();
      queue_.clear();
      changed_.notify_all();
      return;
    }
  }
}

void EventRelay::replay_one(const Event& event) {
  switch (event.kind) {
  case Event::Kind::document_start:
    target_.OnDocumentStart(event.mark);
    break;
  case Event::Kind::document_end:
    target_.OnDocumentEnd();
    break;
  case Event::Kind::null:
    target_.OnNull(event.mark, event.anchor);
    break;
  case Event::Kind::alias:
    target_.OnAlias(event.mark, event.anchor);
    break;
  case Event::Kind::scalar:
    target_.OnScalar(event.mark, event.tag, event.anchor, event.value);
    break;
  case Event::Kind::sequence_start:
    target_.OnSequenceStart(event.mark, event.tag, event.anchor, event.style);
    break;
  case Event::Kind::sequence_end:
    target_.OnSequenceEnd();
    break;
  case Event::Kind::map_start:
    target_.OnMapStart(event.mark, event.tag, event.anchor, event.style);
    break;
  case Event::Kind::map_end:
    target_.OnMapEnd();
    break;
  case Event::Kind::anchor:
    target_.OnAnchor(event.mark, event.tag);
    break;
  }
}

void EventRelay::OnDocumentStart(const YAML::Mark& mark) { record({Event::Kind::document_start, mark}); }
void EventRelay::OnDocumentEnd() { record({Event::Kind::document_end, {}}); }
void EventRelay::OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) { record({Event::Kind::null, mark, anchor}); }
void EventRelay::OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) { record({Event::Kind::alias, mark, anchor}); }
void EventRelay::OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                          const std::string& value) {
  record({Event::Kind::scalar, mark, anchor, YAML::EmitterStyle::Default, tag, value});
}
void EventRelay::OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                                 YAML::EmitterStyle::value style) {
  record({Event::Kind::sequence_start, mark, anchor, style, tag});
}
void EventRelay::OnSequenceEnd() { record({Event::Kind::sequence_end, {}}); }
void EventRelay::OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                            YAML::EmitterStyle::value style) {
  record({Event::Kind::map_start, mark, anchor, style, tag});
}
void EventRelay::OnMapEnd() { record({Event::Kind::map_end, {}}); }
void EventRelay::OnAnchor(const YAML::Mark& mark, const std::string& anchor_name) {
  record({Event::Kind::anchor, mark, YAML::NullAnchor, YAML::EmitterStyle::Default, anchor_name});
}

} // namespace accords::load
