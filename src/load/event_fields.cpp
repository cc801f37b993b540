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

// Copies of a member's texts, by the member's type; dates and types hold none.
class TextCopier {
public:
  explicit TextCopier(model::TextStore& store) : store_(store) {}

  void operator()(const Field& /*field*/, std::string_view& text) const { text = store_.copy(text); }
  void operator()(const Field& /*field*/, model::OptionalText& text) const {
    if (text) {
      text = store_.copy(*text);
    }
  }
  void operator()(const Field& /*field*/, std::span<const std::string_view>& list) {
    items_.clear();
    for (const auto item : list) {
      items_.push_back(store_.copy(item));
    }
    list = store_.copy_list(items_);
  }
  void operator()(const Field& /*field*/, const model::PartialDate& /*date*/) const {}
  void operator()(const Field& /*field*/, const std::optional<model::PartialDate>& /*date*/) const {}
  void operator()(const Field& /*field*/, const model::EventType& /*type*/) const {}

private:
  model::TextStore& store_;
  std::vector<std::string_view> items_; // a list being copied, reused
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

void copy_event_texts(model::Event& event, model::TextStore& store) {
  TextCopier copy(store);
  visit_event_fields(event, copy);
}

} // namespace accords::load
