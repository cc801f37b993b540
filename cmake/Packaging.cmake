# CPack configuration for a Debian package: `cpack -G DEB` in the build directory writes
# accords_<version>_<arch>.deb from the installed tree (bin/accords, and the man pages and
# shell completions when their folders are built). cpack reuses the build directory: like
# `make install` it first brings the build up to date (a no-op on a built tree), then runs the
# install rules into a staging tree, so it takes about a second.
#
# The Depends line is not written by hand: dpkg-shlibdeps (Debian's dpkg-dev) reads the
# binary's NEEDED libraries and names the runtime packages that provide them (libyaml-cpp0.7,
# libfmt9, libutf8proc2, libstdc++6, libc6, ...), with the minimum versions the binary needs.

# cpack also runs this file, as CPACK_PRE_BUILD_SCRIPTS, on the staged tree before it builds the
# package: man pages are gzipped in a Debian package (policy 12.1), whatever the install rules did.
if(CPACK_TEMPORARY_INSTALL_DIRECTORY)
  find_program(ACCORDS_GZIP gzip REQUIRED)
  file(GLOB_RECURSE accords_man_pages LIST_DIRECTORIES false
       "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*/share/man/man*/*")
  foreach(page IN LISTS accords_man_pages)
    if(NOT IS_SYMLINK "${page}" AND NOT page MATCHES "\\.gz$")
      execute_process(COMMAND "${ACCORDS_GZIP}" -9n "${page}" COMMAND_ERROR_IS_FATAL ANY)
    endif()
  endforeach()
  return()
endif()

set(ACCORDS_DEB_MAINTAINER "accords maintainers <maintainers@users.noreply.r-seed-83ec649c.example>"
    CACHE STRING "Maintainer field of the Debian package")

set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "accords")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_VENDOR "accords maintainers")
set(CPACK_PACKAGE_CONTACT "${ACCORDS_DEB_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "timelines of treaties on the command line")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
# Debian strips installed binaries; the build keeps its debug information.
set(CPACK_STRIP_FILES ON)
set(CPACK_PRE_BUILD_SCRIPTS "${CMAKE_CURRENT_LIST_FILE}") # gzips the man pages, see above

set(CPACK_DEBIAN_FILE_NAME "DEB-DEFAULT") # accords_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_NAME "accords")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${ACCORDS_DEB_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
# The summary above is the Description's first line; this is the extended description below it.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "accords loads YAML files of dated treaty events (announcements, signings,
ratifications, accessions, withdrawals, embassy openings, summits) into a
sorted timeline and answers questions such as what happened since 2020 or
which events involved a country, as an aligned terminal table or as TSV, CSV,
JSON or Markdown for scripts. It carries sourced timelines of the Abraham
Accords and of Israel-Kazakhstan relations, and reads your own.")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)

find_program(ACCORDS_DPKG dpkg)
if(ACCORDS_DPKG)
  execute_process(
    COMMAND "${ACCORDS_DPKG}" --print-architecture
    OUTPUT_VARIABLE ACCORDS_DEB_ARCHITECTURE
    OUTPUT_STRIP_TRAILING_WHITESPACE
    RESULT_VARIABLE ACCORDS_DPKG_RESULT)
  if(ACCORDS_DPKG_RESULT EQUAL 0 AND ACCORDS_DEB_ARCHITECTURE)
    set(CPACK_DEBIAN_PACKAGE_ARCHITECTURE "${ACCORDS_DEB_ARCHITECTURE}")
  endif()
endif()

include(CPack)
