#include "render/completions.hpp"

#include <algorithm>

namespace accords::render {

std::vector<std::string> completion_shells() { return {"bash", "zsh", "fish"}; }

bool write_completion(std::ostream& out, std::string_view shell, const CompletionSpec& spec) {
  if (shell == "bash") {
    write_bash_completion(out, spec);
  } else if (shell == "zsh") {
    write_zsh_completion(out, spec);
  } else if (shell == "fish") {
    write_fish_completion(out, spec);
  } else {
    return false;
  }
  return true;
}

std::vector<CompletionOption> options_of(const CompletionSpec& spec, const CompletionCommand& command) {
  auto options = command.options;
  std::vector<std::string> taken;
  for (const auto& option : command.options) {
    const auto words = option_words(option);
    taken.insert(taken.end(), words.begin(), words.end());
  }
  for (const auto& global : spec.global_options) {
    const auto words = option_words(global);
    if (std::none_of(words.begin(), words.end(),
                     [&](const auto& word) { return std::find(taken.begin(), taken.end(), word) != taken.end(); })) {
      options.push_back(global);
    }
  }
  return options;
}

std::string completion_function_stem(std::string_view program) {
  std::string stem;
  for (const char c : program) {
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    stem += alnum ? c : '_';
  }
  return stem;
}

std::vector<std::string> option_words(const CompletionOption& option) {
  std::vector<std::string> words;
  for (const auto& name : option.short_names) {
    words.push_back("-" + name);
  }
  for (const auto& name : option.long_names) {
    words.push_back("--" + name);
  }
  return words;
}

std::string with_stem(std::string_view script, std::string_view stem) {
  constexpr std::string_view mark = "@STEM@";
  std::string text;
  std::size_t start = 0;
  for (auto at = script.find(mark); at != std::string_view::npos; at = script.find(mark, start)) {
    text.append(script.substr(start, at - start)).append(stem);
    start = at + mark.size();
  }
  return text.append(script.substr(start));
}

std::string shell_quote(std::string_view word, std::string_view safe, QuoteStyle style) {
  if (!word.empty() && word.find_first_not_of(safe) == std::string_view::npos) {
    return std::string(word);
  }
  std::string quoted = "'";
  for (const char c : word) {
    if (style == QuoteStyle::posix && c == '\'') {
      quoted += "'\\''";
      continue;
    }
    if (style == QuoteStyle::fish && (c == '\\' || c == '\'')) {
      quoted += '\\';
    }
    quoted += c;
  }
  return quoted + "'";
}

} // namespace accords::render
