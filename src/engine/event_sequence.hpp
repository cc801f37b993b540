#pragma once
// A read-only sequence of events held elsewhere, in an order of its own: iterating it gives
// `const model::Event&`, like iterating a std::vector<model::Event>.

#include "model/event.hpp"

#include <cstddef>
#include <iterator>
#include <vector>

namespace accords::engine {

// Events in the order of a list of pointers to them.
class EventSequence {
public:
  // Walks the pointers, giving the events they point to.
  class Iterator {
  public:
    using iterator_category = std::random_access_iterator_tag;
    using value_type = model::Event;
    using difference_type = std::ptrdiff_t;
    using pointer = const model::Event*;
    using reference = const model::Event&;

    Iterator() = default;
    explicit Iterator(std::vector<const model::Event*>::const_iterator at) : at_(at) {}
    reference operator*() const { return **at_; }
    pointer operator->() const { return *at_; }
    reference operator[](difference_type offset) const { return *at_[offset]; }
    Iterator& operator++() {
      ++at_;
      return *this;
    }
    Iterator operator++(int) { return Iterator(at_++); }
    Iterator& operator--() {
      --at_;
      return *this;
    }
    Iterator operator--(int) { return Iterator(at_--); }
    Iterator& operator+=(difference_type offset) {
      at_ += offset;
      return *this;
    }
    Iterator& operator-=(difference_type offset) {
      at_ -= offset;
      return *this;
    }
    friend Iterator operator+(Iterator it, difference_type offset) { return it += offset; }
    friend Iterator operator+(difference_type offset, Iterator it) { return it += offset; }
    friend Iterator operator-(Iterator it, difference_type offset) { return it -= offset; }
    friend difference_type operator-(const Iterator& a, const Iterator& b) { return a.at_ - b.at_; }
    friend bool operator==(const Iterator& a, const Iterator& b) = default;
    friend auto operator<=>(const Iterator& a, const Iterator& b) = default;

  private:
    std::vector<const model::Event*>::const_iterator at_;
  };

  // The events `order` points to, in its order; `order` must outlive the sequence.
  explicit EventSequence(const std::vector<const model::Event*>& order) : order_(&order) {}

  [[nodiscard]] Iterator begin() const { return Iterator(order_->begin()); }
  [[nodiscard]] Iterator end() const { return Iterator(order_->end()); }
  [[nodiscard]] std::size_t size() const { return order_->size(); }
  [[nodiscard]] bool empty() const { return order_->empty(); }
  [[nodiscard]] const model::Event& operator[](std::size_t index) const { return *(*order_)[index]; }
  [[nodiscard]] const model::Event& front() const { return *order_->front(); }
  [[nodiscard]] const model::Event& back() const { return *order_->back(); }

private:
  const std::vector<const model::Event*>* order_;
};

} // namespace accords::engine
