#include "load/diagnostic.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

namespace accords::load {

std::string Diagnostic::text() const {
  return fmt::format("{}: {}: {}", where.text(), severity == Severity::error ? "error" : "warning", message);
}

void Diagnostics::error(const model::Location& where, std::string message) {
  items_.push_back({where, Severity::error, std::move(message)});
}

void Diagnostics::warning(const model::Location& where, std::string message) {
  items_.push_back({where, Severity::warning, std::move(message)});
}

void Diagnostics::append(const Diagnostics& other) {
  items_.insert(items_.end(), other.items_.begin(), other.items_.end());
  files_.insert(files_.end(), other.files_.begin(), other.files_.end());
}

void Diagnostics::add_file(const std::shared_ptr<const std::string>& path) { files_.push_back(path); }

bool Diagnostics::has_errors() const {
  return std::any_of(items_.begin(), items_.end(), [](const Diagnostic& d) { return d.severity == Severity::error; });
}

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
