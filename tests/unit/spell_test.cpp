// util/spell: edit distance and "did you mean" suggestions.
#include "util/spell.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace accords::util {
namespace {

using Words = std::vector<std::string>;

const Words event_keys{"id",    "date",   "end",   "type",    "parties", "mediators",
                       "title", "treaty", "place", "sources", "notes",   "tags"};
const Words type_names{"report",           "announcement", "signing",    "accession", "ratification",
                       "entry-into-force", "withdrawal",   "suspension", "relations", "embassy",
                       "agreement",        "summit",       "sanctions",  "other"};

TEST(EditDistance, Levenshtein) {
  EXPECT_EQ(edit_distance("", ""), 0U);
  EXPECT_EQ(edit_distance("abc", ""), 3U);
  EXPECT_EQ(edit_distance("", "abcd"), 4U);
  EXPECT_EQ(edit_distance("kitten", "sitting"), 3U);
  EXPECT_EQ(edit_distance("sitting", "kitten"), 3U);
  EXPECT_EQ(edit_distance("flaw", "lawn"), 2U);
  EXPECT_EQ(edit_distance("source", "sources"), 1U);
  EXPECT_EQ(edit_distance("ab", "ba"), 2U); // no transpositions
  EXPECT_EQ(edit_distance("same", "same"), 0U);
}

TEST(EditDistance, IgnoresAsciiCase) {
  EXPECT_EQ(edit_distance("SOURCES", "sources"), 0U);
  EXPECT_EQ(edit_distance("Israel", "iSRAEL"), 0U);
  EXPECT_EQ(edit_distance("Signing", "signin"), 1U);
}

TEST(Closest, PicksTheNearestOnly) {
  EXPECT_EQ(closest("source", event_keys), (Words{"sources"}));
  EXPECT_EQ(closest("titel", event_keys), (Words{"title"}));
  EXPECT_EQ(closest("mediator", event_keys), (Words{"mediators"}));
}

TEST(Closest, TiesGoToTheLongestSharedBeginningThenTheOrderGiven) {
  EXPECT_EQ(closest("c", {"b", "a", "abc"}), (Words{"b", "a"}));
  EXPECT_EQ(closest("cat", {"bat", "hat", "cart", "dog"}), (Words{"cart", "bat", "hat"}));
}

TEST(Closest, LongIdsSuggestTheIdsThatShareMostOfTheirBeginning) {
  const Words ids{"aa-2020-08-13-announcement", "aa-2020-09-15-white-house-signing", "aa-2022-03-27-negev-summit",
                  "aa-2020-09-15-israel-uae-treaty-signed"};
  EXPECT_EQ(closest("aa-2020-09-15-signing", ids),
            (Words{"aa-2020-09-15-white-house-signing", "aa-2020-09-15-israel-uae-treaty-signed"}));
}

TEST(Closest, AtMostMaxResults) {
  EXPECT_EQ(closest("c", {"a", "b", "d", "e"}), (Words{"a", "b", "d"}));
  EXPECT_EQ(closest("c", {"a", "b", "d", "e"}, 1), (Words{"a"}));
}

TEST(Closest, ACloserCandidateReplacesEarlierOnes) {
  EXPECT_EQ(closest("sourcs", {"course", "sources"}), (Words{"sources"}));
}

TEST(Closest, NoDuplicates) { EXPECT_EQ(closest("titl", {"title", "title", "Title"}), (Words{"title", "Title"})); }

TEST(Closest, KeepsTheCandidateSpelling) { EXPECT_EQ(closest("ISREAL", {"Israel"}), (Words{"Israel"})); }

TEST(Closest, LimitIsHalfTheWordAtLeastTwo) {
  // "abcdefgh": limit 4
  EXPECT_EQ(closest("abcdefgh", {"xbcdexyz"}), (Words{"xbcdexyz"}));
  EXPECT_EQ(closest("abcdefgh", {"vbcdwxyz"}), Words{});
  // three letters: limit 2
  EXPECT_EQ(closest("tbl", {"table", "tsv"}), (Words{"table", "tsv"}));
  EXPECT_EQ(closest("abc", {"xyz"}), Words{});
}

TEST(Closest, TwoLetterWordsAllowOneEdit) {
  // Any two two-letter words are within two edits, so only one is allowed.
  EXPECT_EQ(closest("ab", {"xy"}), Words{});
  EXPECT_EQ(closest("ab", {"ax"}), (Words{"ax"}));
  EXPECT_EQ(closest("ab", {"xyz"}), Words{});
}

TEST(Closest, SharedStemOfFourLettersIsClose) {
  EXPECT_EQ(closest("signature", type_names), (Words{"signing"}));
  EXPECT_EQ(closest("entry", type_names), (Words{"entry-into-force"}));
  EXPECT_EQ(closest("ENTRY", type_names), (Words{"entry-into-force"}));
  // three letters in common are not a stem
  EXPECT_EQ(closest("sumxxxxxxx", {"summit"}), Words{});
}

TEST(Closest, AStemLosesToACloserCandidate) {
  EXPECT_EQ(closest("signature", {"signing", "signatures"}), (Words{"signatures"}));
}

TEST(Closest, NothingClose) {
  EXPECT_EQ(closest("zzzzzzzz", event_keys), Words{});
  EXPECT_EQ(closest("anything", {}), Words{});
}

TEST(DidYouMean, OneSuggestion) {
  EXPECT_EQ(did_you_mean("source", event_keys), " (did you mean 'sources'?)");
  EXPECT_EQ(did_you_mean("Signin", type_names), " (did you mean 'signing'?)");
}

TEST(DidYouMean, TwoSuggestions) { EXPECT_EQ(did_you_mean("c", {"a", "b"}), " (did you mean 'a' or 'b'?)"); }

TEST(DidYouMean, ThreeSuggestions) {
  EXPECT_EQ(did_you_mean("c", {"a", "b", "d", "e"}), " (did you mean 'a', 'b' or 'd'?)");
}

TEST(DidYouMean, SharedStem) {
  EXPECT_EQ(did_you_mean("signature", type_names), " (did you mean 'signing'?)");
  EXPECT_EQ(did_you_mean("entry", type_names), " (did you mean 'entry-into-force'?)");
}

TEST(DidYouMean, NothingCloseGivesNothing) {
  EXPECT_EQ(did_you_mean("zzzzzzzz", event_keys), "");
  EXPECT_EQ(did_you_mean("treaties-and-more", type_names), "");
  EXPECT_EQ(did_you_mean("source", {}), "");
}

TEST(Closest, VeryLongWordsGetNoSuggestion) {
  const std::string long_word(max_suggested_length + 1, 'a');
  EXPECT_TRUE(closest(long_word, {long_word + "b", "a"}).empty());
  const std::string longest(max_suggested_length, 'a');
  EXPECT_EQ(closest(longest, {longest + "b"}), std::vector<std::string>{longest + "b"});
}

TEST(Closest, VeryLongCandidatesAreSkippedByLength) {
  // 10^6 characters: the edit distance alone would take seconds.
  const std::string huge(1000000, 'x');
  EXPECT_EQ(closest("signing", {huge, "signed"}), std::vector<std::string>{"signed"});
  EXPECT_EQ(closest("xxxxxxxx", {huge}), std::vector<std::string>{huge}); // a shared stem still counts
}

TEST(UnknownName, SuggestsTheClosestNames) {
  EXPECT_EQ(unknown_name({.kind = "event type", .word = "sumit"}, type_names, name_list("types", type_names)),
            "unknown event type 'sumit' (did you mean 'summit'?)");
  EXPECT_EQ(unknown_name({.kind = "command", .word = "lst"}, {"list", "show"}),
            "unknown command 'lst' (did you mean 'list'?)");
}

TEST(UnknownName, FallsBackWhenNoneIsClose) {
  EXPECT_EQ(unknown_name({.kind = "shell", .word = "powershell"}, {"bash", "zsh", "fish"},
                         name_list("shells", {"bash", "zsh", "fish"})),
            "unknown shell 'powershell' (shells: bash, zsh, fish)");
  EXPECT_EQ(unknown_name({.kind = "country", .word = "Qqqqqqqq"}, {"Norway", "NOR"}, ": give a code or a name"),
            "unknown country 'Qqqqqqqq': give a code or a name");
  EXPECT_EQ(unknown_name({.kind = "command", .word = "zzzzzzz"}, {"list", "show"}), "unknown command 'zzzzzzz'");
  EXPECT_EQ(unknown_name({.kind = "option", .word = "-x"}, {}), "unknown option '-x'");
}

TEST(UnknownName, ContextComesAfterTheWordAndBeforeTheHint) {
  const Words formats{"table", "tsv", "json"};
  EXPECT_EQ(
      unknown_name({.kind = "format", .word = "tbl", .context = " for list"}, formats, name_list("formats", formats)),
      "unknown format 'tbl' for list (did you mean 'table' or 'tsv'?)");
  EXPECT_EQ(
      unknown_name({.kind = "format", .word = "zzzzz", .context = " for list"}, formats, name_list("formats", formats)),
      "unknown format 'zzzzz' for list (formats: table, tsv, json)");
}

TEST(UnknownName, SuggestsFromOtherNamesThanTheFallbackLists) {
  const Words ids{"fisheries-compact"};
  const Words ids_and_aliases{"fisheries-compact", "north-fish"};
  EXPECT_EQ(unknown_name({.kind = "treaty", .word = "north-fis"}, ids_and_aliases, name_list("loaded treaties", ids)),
            "unknown treaty 'north-fis' (did you mean 'north-fish'?)");
  EXPECT_EQ(unknown_name({.kind = "treaty", .word = "nope"}, ids_and_aliases, name_list("loaded treaties", ids)),
            "unknown treaty 'nope' (loaded treaties: fisheries-compact)");
}

TEST(UnknownName, SaysTheMessagesOfTheLoader) {
  EXPECT_EQ(unknown_name({.kind = "key", .word = "qqqqqqq", .context = " in event"}, event_keys,
                         name_list("known keys", event_keys)),
            "unknown key 'qqqqqqq' in event (known keys: id, date, end, type, parties, mediators, title, treaty, "
            "place, sources, notes, tags)");
  EXPECT_EQ(unknown_name({.kind = "key", .word = "source", .context = " in event"}, event_keys,
                         name_list("known keys", event_keys)),
            "unknown key 'source' in event (did you mean 'sources'?)");
  EXPECT_EQ(
      unknown_name({.kind = "event type", .word = "normalization"}, type_names, name_list("known types", type_names)),
      "unknown event type 'normalization' (known types: report, announcement, signing, accession, "
      "ratification, entry-into-force, withdrawal, suspension, relations, embassy, agreement, summit, "
      "sanctions, other)");
  const Words treaty_ids{"abraham-accords", "fisheries-compact"};
  EXPECT_EQ(unknown_name({.kind = "treaty", .word = "abraham-acords", .adjective = "undefined"}, treaty_ids),
            "undefined treaty 'abraham-acords' (did you mean 'abraham-accords'?)");
  EXPECT_EQ(unknown_name({.kind = "treaty", .word = "zzzzzzzzzz", .adjective = "undefined"}, treaty_ids),
            "undefined treaty 'zzzzzzzzzz'");
}

TEST(NameList, ListsEveryNameWithTheSeparatorGiven) {
  EXPECT_EQ(name_list("fields", {"id", "date", "title"}), " (fields: id, date, title)");
  EXPECT_EQ(name_list("fields", {"id", "date", "title"}, ","), " (fields: id,date,title)");
  EXPECT_EQ(name_list("choices", {"party"}), " (choices: party)");
}

} // namespace
} // namespace accords::util
