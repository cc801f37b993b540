// accords: the executable is the library's program on the real streams and environment.
#include "cli/app.hpp"

int main(int argc, char** argv) { return accords::cli::run_process(argc, argv); }
