#pragma once
// Readable ids for new events: the date, then the first words of the title.

#include <functional>
#include <span>
#include <string>
#include <string_view>

namespace accords::edit {

// The prefix most of `ids` put before their date ("aa-" for "aa-2020-09-15-signing"), so
// that a new id reads like its neighbours; empty when no prefix is used by more than half.
[[nodiscard]] std::string common_id_prefix(std::span<const std::string_view> ids);

// "<prefix><date>-<the first words of the title>", in lower-case ASCII letters, digits and
// dashes (accents dropped: "Türkiye" gives "turkiye"), at most 64 characters, cut at a word.
[[nodiscard]] std::string event_id_base(std::string_view prefix, std::string_view date, std::string_view title);

// The first id of `base`, "<base>-2", "<base>-3", ..., from the `number`th on (1 is `base`
// itself), that `taken` does not hold; `number` becomes that id's. One who makes many ids
// from one base starts each search where the last one ended, and so tries each id once.
[[nodiscard]] std::string numbered_event_id(const std::string& base, const std::function<bool(std::string_view)>& taken,
                                            int& number);

// The first id of event_id_base(prefix, date, title), "-2", "-3", ... added, that `taken`
// does not hold.
[[nodiscard]] std::string make_event_id(std::string_view prefix, std::string_view date, std::string_view title,
                                        const std::function<bool(std::string_view)>& taken);

} // namespace accords::edit
