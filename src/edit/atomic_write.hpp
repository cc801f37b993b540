#pragma once
// Writing a file so that readers see the old bytes or the new, never part of them.

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace accords::edit {

// Writes `bytes` to `path` through a temporary file in the same directory, flushed to disk
// and renamed over `path`: an existing file keeps its permission bits (and its owner and
// group, where the system lets us); a new file gets 0666 less the umask. A symbolic link is
// followed, so the file it names is replaced. nullopt on success, otherwise why it failed
// (`path` is then unchanged and no temporary file is left).
[[nodiscard]] std::optional<std::string> write_atomically(const std::filesystem::path& path, std::string_view bytes);

} // namespace accords::edit
