# cmake -DACCORDS=BINARY -DACCORDS_SHELL=SHELL -DOUTPUT=FILE -P generate.cmake
# Writes FILE with what `BINARY completions SHELL` prints. The file appears only once complete;
# a failing run (or anything on standard error) fails the build and leaves no file behind.
get_filename_component(directory "${OUTPUT}" DIRECTORY)
file(MAKE_DIRECTORY "${directory}")
execute_process(
  COMMAND "${ACCORDS}" completions "${ACCORDS_SHELL}"
  OUTPUT_FILE "${OUTPUT}.tmp"
  ERROR_VARIABLE errors
  RESULT_VARIABLE status)
if(NOT status EQUAL 0 OR NOT errors STREQUAL "")
  file(REMOVE "${OUTPUT}.tmp")
  message(FATAL_ERROR "${ACCORDS} completions ${ACCORDS_SHELL} failed (${status}): ${errors}")
endif()
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
