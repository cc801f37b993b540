// load/file_codec: what reading a file gives survives encoding and decoding exactly, and
// damaged bytes are refused, never misread or crashed on.
#include "load/file_codec.hpp"
#include "util/text.hpp"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <memory>
#include <random>
#include <string>
#include <vector>

namespace accords::load {
namespace {

const auto path = std::make_shared<const std::string>("t.yaml");

// A file with a treaty, events using every key, and problems of both kinds.
const std::string rich_file = "schema: 1\n"
                              "treaty:\n"
                              "  id: t\n"
                              "  name: T \"quoted\"\n"
                              "  summary: Ünïcödé\n"
                              "  url: https://example.org/t\n"
                              "  aliases: [tt, t2]\n"
                              "events:\n"
                              "  - id: a\n"
                              "    date: 2020-09\n"
                              "    end: 2020-10-02\n"
                              "    type: entry-into-force\n"
                              "    parties: [IL, AE]\n"
                              "    mediators: [US]\n"
                              "    title: Signed\n"
                              "    place: Washington, D.C.\n"
                              "    sources: [s1, s2]\n"
                              "    notes: |\n"
                              "      two\n"
                              "      lines\n"
                              "    tags: [x]\n"
                              "  - id: b\n"
                              "    date: 2021\n"
                              "    type: other\n"
                              "    treaty: elsewhere\n"
                              "    parties: [MA]\n"
                              "    title: Other\n"
                              "  - id: Bad\n"
                              "    sorces: []\n";

FileReading read_rich() {
  FileReading reading;
  reading.content = read_file(rich_file, path, reading.diagnostics);
  reading.diagnostics.warning({path, 3, 4}, "a warning");
  return reading;
}

// Everything a reading holds, as text, for comparing two readings.
std::vector<std::string> describe(const FileReading& reading) {
  std::vector<std::string> out;
  for (const auto& diagnostic : reading.diagnostics.all()) {
    out.push_back(diagnostic.text());
  }
  if (!reading.content) {
    out.emplace_back("no content");
    return out;
  }
  const auto& content = *reading.content;
  if (content.treaty) {
    const auto& treaty = *content.treaty;
    out.push_back(treaty.id + "|" + treaty.name + "|" + treaty.summary.value_or("-") + "|" + treaty.url.value_or("-") +
                  "|" + treaty.defined_at.text());
    for (const auto& alias : treaty.aliases) {
      out.push_back("alias " + alias);
    }
  }
  out.push_back(content.default_treaty
                    ? fmt::format("{}@{}", content.default_treaty->id, content.default_treaty->where.text())
                    : "no default");
  out.push_back(content.broken_treaty.value_or("not broken") + (content.treaty_broken ? " broken" : " fine"));
  for (std::size_t index = 0; index < content.events.size(); ++index) {
    const auto& event = content.events[index];
    const auto* treaty_ref = content.own_treaty_ref(index);
    std::string line =
        fmt::format("{}|{}|{}|{}|{}|{}|{}|{}|{}|{}", event.id, event.date.text(), event.end ? event.end->text() : "-",
                    static_cast<int>(event.type), event.title, event.place.value_or("-"), event.notes.value_or("-"),
                    event.defined_at.text(), content.id_at(index).text(),
                    treaty_ref != nullptr ? fmt::format("{}@{}", treaty_ref->id, treaty_ref->where.text()) : "-");
    for (const auto* list : {&event.parties, &event.mediators, &event.sources, &event.tags}) {
      line += "|";
      for (const auto& item : *list) {
        line += fmt::format("{},", item);
      }
    }
    out.push_back(line);
  }
  return out;
}

// Decodes `bytes`, dropped as soon as they are decoded: the result must not view them.
std::optional<FileReading> decode_kept(std::string bytes, const std::shared_ptr<const std::string>& where) {
  return decode_file_reading(bytes, where);
}

TEST(FileCodec, RoundTripKeepsEverything) {
  const auto reading = read_rich();
  ASSERT_TRUE(reading.content);
  ASSERT_EQ(reading.content->events.size(), 2U);
  // Event 'Bad': an invalid id, an unknown key and four missing keys; and the warning.
  ASSERT_EQ(reading.diagnostics.error_count(), 6U);
  ASSERT_EQ(reading.diagnostics.warning_count(), 1U);
  const auto decoded = decode_kept(encode_file_reading(reading), path);
  ASSERT_TRUE(decoded);
  EXPECT_EQ(describe(*decoded), describe(reading));
  EXPECT_EQ(decoded->diagnostics.error_count(), 6U);
  EXPECT_EQ(decoded->diagnostics.warning_count(), 1U);
}

TEST(FileCodec, LocationsTakeTheGivenPath) {
  const auto other = std::make_shared<const std::string>("elsewhere/u.yaml");
  const auto decoded = decode_kept(encode_file_reading(read_rich()), other);
  ASSERT_TRUE(decoded && decoded->content);
  EXPECT_EQ(decoded->content->events[0].defined_at.text(), "elsewhere/u.yaml:9:5");
  EXPECT_EQ(decoded->diagnostics.all()[0].where.path, other);
}

TEST(FileCodec, FileWithoutTreeRoundTrips) {
  FileReading reading;
  reading.content = read_file("events: [\n", path, reading.diagnostics);
  ASSERT_FALSE(reading.content);
  const auto decoded = decode_kept(encode_file_reading(reading), path);
  ASSERT_TRUE(decoded);
  EXPECT_EQ(describe(*decoded), describe(reading));
}

TEST(FileCodec, TextsInTheFileAreWrittenAsTheirPlaceAndViewItWhenDecoded) {
  const SourceBytes bytes(
      std::string("treaty: t\nevents:\n"
                  "  - {id: plain-id, date: 2020, type: other, parties: [NO], title: \"Esc\\u00e9\",\n"
                  "     place: Oslo, sources: [a source, b], tags: [t]}\n"));
  FileReading reading;
  reading.content = read_shared_file(bytes, path, reading.diagnostics);
  ASSERT_TRUE(reading.content);
  ASSERT_EQ(reading.content->events.size(), 1U);
  const auto in_place = encode_file_reading(reading, bytes);
  const auto copied = encode_file_reading(reading);
  EXPECT_LT(in_place.size(), copied.size());
  EXPECT_EQ(in_place.find("plain-id"), std::string::npos) << "written as its place in the file";
  EXPECT_NE(copied.find("plain-id"), std::string::npos);
  EXPECT_NE(in_place.find("Esc\xC3\xA9"), std::string::npos) << "not in the file as read: written out";

  std::optional<FileReading> decoded;
  {
    std::string entry = in_place; // dropped before the decoded texts are read
    decoded = decode_file_reading(entry, path, bytes);
    entry.assign(entry.size(), '\0');
  }
  ASSERT_TRUE(decoded && decoded->content);
  EXPECT_EQ(describe(*decoded), describe(reading));
  const auto& event = decoded->content->events[0];
  const auto viewed = [&](std::string_view text) { return util::lies_in(bytes, text); };
  EXPECT_TRUE(viewed(event.id));
  EXPECT_TRUE(viewed(*event.place));
  EXPECT_TRUE(viewed(event.sources[0]));
  EXPECT_FALSE(viewed(event.title));
  EXPECT_EQ(event.title, "Esc\xC3\xA9");

  // Places in other bytes are refused, never read out of bounds.
  EXPECT_FALSE(decode_file_reading(in_place, path));
  EXPECT_FALSE(decode_file_reading(in_place, path, SourceBytes(std::string(20, 'x'))));
  EXPECT_TRUE(decode_file_reading(copied, path)) << "a reading written out needs no bytes";
}

TEST(FileCodec, EveryTruncationIsRefused) {
  const auto bytes = encode_file_reading(read_rich());
  for (std::size_t size = 0; size < bytes.size(); ++size) {
    EXPECT_FALSE(decode_file_reading(std::string_view(bytes).substr(0, size), path)) << size;
  }
  EXPECT_FALSE(decode_file_reading(bytes + "x", path));
}

TEST(FileCodec, DamagedBytesNeverCrash) {
  // The cache checks a checksum before decoding; the decoder must still be safe alone.
  const auto bytes = encode_file_reading(read_rich());
  std::mt19937 random(7);
  int refused = 0;
  for (int round = 0; round < 3000; ++round) {
    auto damaged = bytes;
    for (int flips = 0; flips < 1 + round % 4; ++flips) {
      damaged[random() % damaged.size()] = static_cast<char>(random());
    }
    refused += decode_file_reading(damaged, path) ? 0 : 1;
  }
  EXPECT_GT(refused, 0);
}

TEST(FileCodec, HugeCountsAreRefusedWithoutAllocating) {
  // A count of 2^63 items must be refused, not reserved.
  EXPECT_FALSE(decode_file_reading(std::string("\xff\xff\xff\xff\xff\xff\xff\xff\x7f", 9), path));
}

} // namespace
} // namespace accords::load
