#include "cli/context.hpp"

#include "cli/pager.hpp"

#include <charconv>
#include <cstdlib>
#include <ctime>
#include <string_view>
#include <sys/ioctl.h>
#include <unistd.h>

namespace accords::cli {
namespace {

std::optional<std::string> read_env(const char* name) {
  const char* value = std::getenv(name);
  return value != nullptr ? std::optional<std::string>(value) : std::nullopt;
}

std::size_t columns_of(int fd) {
  if (const auto columns = read_env("COLUMNS")) {
    std::size_t value = 0;
    const auto [end, error] = std::from_chars(columns->data(), columns->data() + columns->size(), value);
    if (error == std::errc() && end == columns->data() + columns->size() && value > 0) {
      return value;
    }
  }
  winsize size{};
  if (::ioctl(fd, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) {
    return size.ws_col;
  }
  return 0;
}

date::year_month_day local_today() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return date::year{local.tm_year + 1900} / date::month{static_cast<unsigned>(local.tm_mon + 1)} /
         date::day{static_cast<unsigned>(local.tm_mday)};
}

} // namespace

Context system_context(std::istream& in, std::ostream& out, std::ostream& err) {
  return Context{in,
                 out,
                 err,
                 ::isatty(STDOUT_FILENO) == 1,
                 ::isatty(STDERR_FILENO) == 1,
                 columns_of(STDOUT_FILENO),
                 read_env,
                 local_today,
                 start_pager,
                 ::isatty(STDIN_FILENO) == 1};
}

} // namespace accords::cli
