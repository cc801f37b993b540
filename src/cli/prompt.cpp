#include "cli/prompt.hpp"

#include "cli/exit_status.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

namespace accords::cli {
namespace {

// Writes the question's line, without a line end.
void write_prompt(std::ostream& out, const Question& question, bool more) {
  out << question.label;
  if (more) {
    out << " (another, or empty to finish)";
  } else if (!question.hint.empty()) {
    out << " (" << question.hint << ')';
  }
  out << (question.choices.empty() ? "" : " [? lists them]") << ": " << std::flush;
}

// The accepted value of `answer`, or nullopt after telling why it is not.
std::optional<std::string> accept(std::ostream& out, const Question& question, const std::string& answer) {
  if (answer == "?" && !question.choices.empty()) {
    out << fmt::format("  {}\n", fmt::join(question.choices, ", "));
    return std::nullopt;
  }
  // An answer that begins exactly one choice is that choice ("entry" for entry-into-force).
  std::string completed = answer;
  const auto begins = [&](const std::string& choice) { return choice.starts_with(answer); };
  if (std::count_if(question.choices.begin(), question.choices.end(), begins) == 1) {
    completed = *std::find_if(question.choices.begin(), question.choices.end(), begins);
    if (completed != answer) {
      out << "  " << completed << '\n';
    }
  }
  if (!question.check) {
    return completed;
  }
  try {
    return question.check(completed);
  } catch (const UsageError& error) {
    out << "  " << error.what() << '\n';
    return std::nullopt;
  }
}

} // namespace

std::optional<std::string> ask(std::istream& in, std::ostream& out, const Question& question) {
  std::string line;
  while (true) {
    write_prompt(out, question, false);
    if (!std::getline(in, line)) {
      out << '\n';
      return std::nullopt;
    }
    const auto answer = std::string(util::trim(line));
    if (answer.empty()) {
      if (!question.required) {
        return std::string();
      }
      out << "  " << question.label << " is required\n";
      continue;
    }
    if (auto value = accept(out, question, answer)) {
      return value;
    }
  }
}

std::optional<std::vector<std::string>> ask_list(std::istream& in, std::ostream& out, const Question& question) {
  std::vector<std::string> items;
  std::string line;
  while (true) {
    write_prompt(out, question, !items.empty());
    if (!std::getline(in, line)) {
      out << '\n';
      return std::nullopt;
    }
    const auto answer = std::string(util::trim(line));
    if (answer.empty()) {
      if (items.empty() && question.required) {
        out << "  at least one is required\n";
        continue;
      }
      return items;
    }
    if (auto value = accept(out, question, answer)) {
      items.push_back(*std::move(value));
    }
  }
}

} // namespace accords::cli
