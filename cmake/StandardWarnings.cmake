# Compiler policy as an INTERFACE target that every project target links privately.
add_library(accords_warnings INTERFACE)
target_compile_options(accords_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion
  -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Woverloaded-virtual
  -Wdouble-promotion -Wformat=2 -Wimplicit-fallthrough)
if(ACCORDS_WERROR)
  target_compile_options(accords_warnings INTERFACE -Werror)
endif()
