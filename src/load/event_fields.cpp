#include "load/event_fields.hpp"

#include <optional>
#include <span>
#include <vector>

namespace accords::load {
namespace {

// The keys `visit` visits on a default-made value.
template <typename Value, typename Visit> std::vector<std::string> keys_of(Visit visit) {
  std::vector<std::string> keys;
  Value value;
  visit(value, [&](const Field& field, const auto& /*member*/) { keys.emplace_back(field.key); });
  return keys;
}

// Copies of a member's lists and, with `texts`, of its texts, by the member's type; dates
// and types hold none.
class Copier {
public:
  Copier(model::TextStore& store, bool texts) : store_(store), texts_(texts) {}

  void operator()(const Field& /*field*/, std::string_view& text) const {
    if (texts_) {
      text = store_.copy(text);
    }
  }
  void operator()(const Field& /*field*/, model::OptionalText& text) const {
    if (texts_ && text) {
      text = store_.copy(*text);
    }
  }
  void operator()(const Field& /*field*/, std::span<const std::string_view>& list) const {
    list = texts_ ? store_.copy_texts(list) : store_.copy_list(list);
  }
  void operator()(const Field& /*field*/, const model::PartialDate& /*date*/) const {}
  void operator()(const Field& /*field*/, const std::optional<model::PartialDate>& /*date*/) const {}
  void operator()(const Field& /*field*/, const model::EventType& /*type*/) const {}

private:
  model::TextStore& store_;
  bool texts_;
};

} // namespace

const std::vector<std::string>& event_keys() {
  static const auto keys = keys_of<model::Event>([](auto& event, auto&& visit) { visit_event_fields(event, visit); });
  return keys;
}

const std::vector<std::string>& treaty_keys() {
  static const auto keys =
      keys_of<model::Treaty>([](auto& treaty, auto&& visit) { visit_treaty_fields(treaty, visit); });
  return keys;
}

const std::vector<std::string>& entity_keys() {
  static const auto keys =
      keys_of<model::Entity>([](auto& entity, auto&& visit) { visit_entity_fields(entity, visit); });
  return keys;
}

void copy_event_texts(model::Event& event, model::TextStore& store) { visit_event_fields(event, Copier(store, true)); }

void copy_event_lists(model::Event& event, model::TextStore& store) { visit_event_fields(event, Copier(store, false)); }

} // namespace accords::load
