#include "load/diagnostic.hpp"

#include "load/limits.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstddef>
#include <map>

namespace accords::load {

std::string Diagnostic::text() const {
  return fmt::format("{}: {}: {}", where.text(), severity == Severity::error ? "error" : "warning", message);
}

void Diagnostics::store(Diagnostic diagnostic) {
  if (items_.size() < limits::max_diagnostics) {
    items_.push_back(std::move(diagnostic));
  }
}

void Diagnostics::error(const model::Location& where, std::string message) {
  ++errors_;
  store({where, Severity::error, std::move(message)});
}

void Diagnostics::warning(const model::Location& where, std::string message) {
  ++warnings_;
  store({where, Severity::warning, std::move(message)});
}

void Diagnostics::append(const Diagnostics& other) {
  const auto room = limits::max_diagnostics - std::min(items_.size(), limits::max_diagnostics);
  const auto taken = std::min(room, other.items_.size());
  items_.insert(items_.end(), other.items_.begin(), other.items_.begin() + static_cast<std::ptrdiff_t>(taken));
  errors_ += other.errors_;
  warnings_ += other.warnings_;
  files_.insert(files_.end(), other.files_.begin(), other.files_.end());
}

void Diagnostics::add_file(const std::shared_ptr<const std::string>& path) { files_.push_back(path); }

std::vector<Diagnostic> Diagnostics::sorted() const {
  std::map<const std::string*, std::size_t> file_rank;
  for (const auto& file : files_) {
    file_rank.emplace(file.get(), file_rank.size());
  }
  for (const auto& item : items_) {
    file_rank.emplace(item.where.path.get(), file_rank.size());
  }
  auto out = items_;
  std::stable_sort(out.begin(), out.end(), [&](const Diagnostic& a, const Diagnostic& b) {
    const auto ra = file_rank.at(a.where.path.get());
    const auto rb = file_rank.at(b.where.path.get());
    return std::tie(ra, a.where.line, a.where.column) < std::tie(rb, b.where.line, b.where.column);
  });
  return out;
}

} // namespace accords::load
