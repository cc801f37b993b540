#pragma once
// Hands yaml-cpp's parser events to another handler on a second thread, so that parsing a
// file and building what it holds run at the same time on two cores.

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/mark.h>

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <mutex>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace accords::load {

// Thrown into the parser when the target has failed: parsing stops, and finish() then
// rethrows what the target threw.
struct RelayStopped : std::runtime_error {
  RelayStopped() : std::runtime_error("parsing stopped") {}
};

// An EventHandler that records each event and replays it, in order, into `target` on its
// own thread. Call finish() before looking at what the target built.
class EventRelay : public YAML::EventHandler {
public:
  // Starts the thread that feeds `target`.
  explicit EventRelay(YAML::EventHandler& target);
  EventRelay(const EventRelay&) = delete;
  EventRelay& operator=(const EventRelay&) = delete;
  // Waits for the thread (what the target threw, if anything, is dropped).
  ~EventRelay() override;

  // Waits until the target has handled every event recorded so far and the thread has
  // ended; rethrows the first exception the target threw.
  void finish();

  void OnDocumentStart(const YAML::Mark& mark) override;
  void OnDocumentEnd() override;
  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override;
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override;
  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override;
  void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value style) override;
  void OnSequenceEnd() override;
  void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value style) override;
  void OnMapEnd() override;
  void OnAnchor(const YAML::Mark& mark, const std::string& anchor_name) override;

private:
  // One parser event, copied.
  struct Event {
    enum class Kind {
      document_start,
      document_end,
      null,
      alias,
      scalar,
      sequence_start,
      sequence_end,
      map_start,
      map_end,
      anchor
    };
    Kind kind;
    YAML::Mark mark{};
    YAML::anchor_t anchor = YAML::NullAnchor;
    YAML::EmitterStyle::value style = YAML::EmitterStyle::Default;
    std::string tag{};   // a collection's or scalar's tag, or an anchor's name
    std::string value{}; // a scalar's text
  };
  using Batch = std::vector<Event>;

  // Adds `event` to the batch being filled, handing the batch over when it is full.
  void record(Event event);
  // Queues the batch being filled, waiting while the queue is full.
  void hand_over();
  // The thread: replays batches until the last one.
  void replay();
  void replay_one(const Event& event);

  YAML::EventHandler& target_;
  Batch filling_;
  std::mutex lock_;
  std::condition_variable changed_;
  std::deque<Batch> queue_;          // batches waiting for the thread
  bool done_ = false;                // no batch will follow
  std::exception_ptr target_failed_; // what the target threw
  bool finished_ = false;            // finish() has run
  std::thread thread_;
};

} // namespace accords::load
