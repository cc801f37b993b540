#include "cli/exit_status.hpp"

namespace accords::cli {

void print_error(std::ostream& err, std::string_view message) { err << "accords: error: " << message << '\n'; }

void print_warning(std::ostream& err, std::string_view message) { err << "accords: warning: " << message << '\n'; }

} // namespace accords::cli
