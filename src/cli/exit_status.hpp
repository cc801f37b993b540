#pragma once
// Exit statuses of cli.md and the errors that lead to them.

#include <ostream>
#include <stdexcept>
#include <string>
#include <string_view>

namespace accords::cli {

// The documented exit statuses.
enum class ExitStatus : int {
  success = 0,     // including a filter that matches nothing
  failure = 1,     // invalid data, unreadable file, unwritable output
  usage_error = 2, // unknown option, bad date, unknown country/type/treaty
  different = 1,   // diff: the two timelines differ
  trouble = 2,     // diff: unreadable or invalid data, or git failed
};

// A usage error: printed as "accords: error: MESSAGE" with a hint to --help, status 2.
class UsageError : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

// A failure whose diagnostics were already printed: status 1, nothing more to print.
class DataError : public std::runtime_error {
public:
  DataError() : std::runtime_error("invalid data") {}
};

// An end with `status` once everything was printed: how `diff` tells a difference (1) or
// trouble (2) apart from the other commands' statuses.
class ExitWith : public std::runtime_error {
public:
  explicit ExitWith(ExitStatus status) : std::runtime_error("exit"), status_(status) {}
  [[nodiscard]] ExitStatus status() const { return status_; }

private:
  ExitStatus status_;
};

// A failure still to be printed as "accords: error: MESSAGE", status 1.
class RuntimeFailure : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

// Writes "accords: error: MESSAGE" and a line end on `err`: every error of the program, but
// the diagnostics of data files, is printed this way.
void print_error(std::ostream& err, std::string_view message);
// Writes "accords: warning: MESSAGE" and a line end to `err`: the one place warnings that
// belong to no file's line are printed.
void print_warning(std::ostream& err, std::string_view message);

} // namespace accords::cli
