#pragma once
// An optional text in 16 bytes, where std::optional<std::string_view> takes 24: a view whose
// null data pointer means "absent". An event holds two, and a timeline may hold a million
// events.

#include <cstddef>
#include <optional>
#include <ostream>
#include <string_view>

namespace accords::model {

// A text that may be absent; an empty text is present. Reads like std::optional<std::string_view>.
class OptionalText {
public:
  // Absent.
  constexpr OptionalText() = default;
  // Absent, as std::nullopt.
  constexpr OptionalText(std::nullopt_t /*none*/) {} // implicit, as std::optional
  // `text`, present even when empty.
  constexpr OptionalText(std::string_view text) // implicit, as std::optional
      : data_(text.data() != nullptr ? text.data() : ""), size_(text.size()) {}
  // `text`, present even when empty.
  constexpr OptionalText(const char* text) : OptionalText(std::string_view(text)) {} // implicit
  // What `text` holds, if anything.
  constexpr OptionalText(const std::optional<std::string_view>& text) // implicit
      : OptionalText(text ? OptionalText(*text) : OptionalText()) {}

  // Whether there is a text.
  [[nodiscard]] constexpr bool has_value() const { return data_ != nullptr; }
  constexpr explicit operator bool() const { return has_value(); }
  // The text, when there is one.
  [[nodiscard]] constexpr std::string_view operator*() const { return {data_, size_}; }
  // The text, or `fallback` when there is none.
  [[nodiscard]] constexpr std::string_view value_or(std::string_view fallback) const {
    return has_value() ? **this : fallback;
  }
  // The same as a std::optional, for code that takes one.
  constexpr operator std::optional<std::string_view>() const { // implicit
    return has_value() ? std::optional<std::string_view>(**this) : std::nullopt;
  }

  // Both absent, or both present with the same text.
  friend constexpr bool operator==(const OptionalText& a, const OptionalText& b) {
    return a.has_value() == b.has_value() && (!a.has_value() || *a == *b);
  }
  // Present, with the text `b`.
  friend constexpr bool operator==(const OptionalText& a, std::string_view b) { return a.has_value() && *a == b; }
  // Present, with the text `b`.
  friend constexpr bool operator==(const OptionalText& a, const char* b) {
    return a.has_value() && *a == std::string_view(b);
  }
  // The text, or "(none)", for test messages.
  friend std::ostream& operator<<(std::ostream& out, const OptionalText& text) {
    return text.has_value() ? out << '"' << *text << '"' : out << "(none)";
  }

private:
  const char* data_ = nullptr;
  std::size_t size_ = 0;
};

} // namespace accords::model
