# Sanitizer and fuzzing policy, added to the accords_warnings INTERFACE target that every project
# target links privately (include after StandardWarnings.cmake).
#
# ACCORDS_SANITIZE: AddressSanitizer and UndefinedBehaviorSanitizer on every target, any
#   compiler, so that the whole test suite runs under them (`cmake -B build-asan -DACCORDS_SANITIZE=ON`).
# ACCORDS_FUZZ: the same sanitizers plus libFuzzer's coverage instrumentation on every target,
#   and the fuzz targets of fuzz/ (clang only: `-DCMAKE_CXX_COMPILER=clang++`).
option(ACCORDS_SANITIZE "Build every target with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(ACCORDS_FUZZ "Build the libFuzzer targets of fuzz/ (clang only), everything instrumented" OFF)

if(ACCORDS_FUZZ AND NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
  message(FATAL_ERROR "ACCORDS_FUZZ needs clang (libFuzzer): configure with -DCMAKE_CXX_COMPILER=clang++")
endif()

if(ACCORDS_SANITIZE OR ACCORDS_FUZZ)
  set(ACCORDS_SANITIZER_FLAGS -fsanitize=address,undefined -fno-sanitize-recover=undefined)
  if(ACCORDS_FUZZ)
    list(APPEND ACCORDS_SANITIZER_FLAGS -fsanitize=fuzzer-no-link)
  endif()
  target_compile_options(accords_warnings INTERFACE ${ACCORDS_SANITIZER_FLAGS} -fno-omit-frame-pointer)
  target_link_options(accords_warnings INTERFACE ${ACCORDS_SANITIZER_FLAGS})
  # GCC 12's flow analysis is confused by ASan's instrumentation and warns of uninitialized
  # members inside libstdc++ (std::regex's std::function in <regex>), which -Werror turns
  # into failures. The normal build keeps the warning.
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    target_compile_options(accords_warnings INTERFACE -Wno-maybe-uninitialized)
  endif()
endif()
