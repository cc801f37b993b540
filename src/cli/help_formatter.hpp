#pragma once
// The help `--help` and `accords help` print: CLI11's layout, wrapped to fit 80 columns.

#include <CLI/CLI.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace accords::cli {

// The widest a help line gets.
inline constexpr std::size_t help_width = 80;

// `text` with each line wider than `width` display columns wrapped at spaces. A line's
// continuation is indented as far as its description starts, for an option row ("  -c,--country
// X    Party or ..."), else as far as the line itself. A word wider than the room stays whole.
// Runs of blank lines become one.
[[nodiscard]] std::string wrap_help(std::string_view text, std::size_t width = help_width);

// CLI11's formatter whose help is wrapped by wrap_help, with COMMAND for SUBCOMMAND.
class HelpFormatter : public CLI::Formatter {
public:
  HelpFormatter();
  // The help of `app`, as CLI11 makes it, wrapped.
  std::string make_help(const CLI::App* app, std::string name, CLI::AppFormatMode mode) const override;
};

} // namespace accords::cli
