// load/cache/file_codec: what parsing a file gives, and a loaded timeline, survive encoding
// and decoding exactly, and damaged bytes are refused, never misread or crashed on.
#include "load/cache/file_codec.hpp"

#include "field_texts.hpp"
#include "load/parse/schema.hpp"
#include "load_sources.hpp"
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

// A file with entities, a treaty, events using every key, and problems of both kinds.
const std::string rich_file = "schema: 2\n"
                              "entities:\n"
                              "  - {code: CS, name: Czechoslovakia, until: 1992-12-31}\n"
                              "  - {code: XK, name: Kosovo}\n"
                              "treaty:\n"
                              "  id: t\n"
                              "  name: T \"quoted\"\n"
                              "  summary: Ünïcödé\n"
                              "  url: https://example.org/t\n"
                              "  aliases: [tt, t2]\n"
                              "  joined-by: consent\n"
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
                              "  - id: c\n"
                              "    date: 1993-01-01\n"
                              "    type: succession\n"
                              "    from: CS\n"
                              "    parties: [CZ]\n"
                              "    mediators: [XK]\n"
                              "    title: Succeeded\n"
                              "  - id: d\n"
                              "    date: 2002-02-10\n"
                              "    effective: 2002-04-11\n"
                              "    type: accession\n"
                              "    parties: [SE]\n"
                              "    title: Acceded\n"
                              "  - id: Bad\n"
                              "    sorces: []\n";

FileReading read_rich() {
  auto reading = accords::testing::parsed(rich_file, path);
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
  for (const auto& entity : content.entities) {
    const auto fields = accords::testing::field_texts(entity);
    out.insert(out.end(), fields.begin(), fields.end());
  }
  for (const auto& use : content.entity_codes) {
    out.push_back(
        fmt::format("code {} in {} at {}:{} of event {}", use.code, use.key, use.line, use.column, use.event));
  }
  if (content.treaty) {
    const auto fields = accords::testing::field_texts(*content.treaty);
    out.insert(out.end(), fields.begin(), fields.end());
  }
  out.push_back(content.default_treaty
                    ? fmt::format("{}@{}", content.default_treaty->id, content.default_treaty->where.text())
                    : "no default");
  out.push_back(content.broken_treaty.value_or("not broken") + (content.treaty_broken ? " broken" : " fine"));
  for (const auto& head : content.heads) {
    out.push_back(fmt::format("{} {} at {}:{}, id at {}:{}, treaty at {}:{}", head.id, head.treaty, head.line,
                              head.column, head.id_line, head.id_column, head.treaty_line, head.treaty_column));
    if (head.kept != EventHead::not_kept) {
      const auto fields = accords::testing::field_texts(content.events[head.kept]);
      out.insert(out.end(), fields.begin(), fields.end());
    }
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
  ASSERT_EQ(reading.content->events.size(), 4U);
  ASSERT_EQ(reading.content->entities.size(), 2U);
  ASSERT_EQ(reading.content->entity_codes.size(), 2U); // CS in `from`, XK in `mediators`
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
  EXPECT_EQ(decoded->content->events[0].defined_at.text(), "elsewhere/u.yaml:13:5");
  EXPECT_EQ(decoded->content->entities[0].defined_at.text(), "elsewhere/u.yaml:3:5");
  EXPECT_EQ(decoded->diagnostics.all()[0].where.path, other);
}

TEST(FileCodec, FileWithoutTreeRoundTrips) {
  const auto reading = accords::testing::parsed("events: [\n", path);
  ASSERT_FALSE(reading.content);
  const auto decoded = decode_kept(encode_file_reading(reading), path);
  ASSERT_TRUE(decoded);
  EXPECT_EQ(describe(*decoded), describe(reading));
}

TEST(FileCodec, DecodedTextsAreCopiesThatOutliveTheEncoding) {
  std::optional<FileReading> decoded;
  {
    auto entry = encode_file_reading(read_rich());
    decoded = decode_file_reading(entry, path);
    ASSERT_TRUE(decoded && decoded->content);
    const auto& event = decoded->content->events[0];
    for (const auto text : {event.id, event.title, *event.place, event.sources[1], decoded->content->heads[1].treaty,
                            decoded->content->default_treaty->id}) {
      EXPECT_FALSE(util::lies_in(entry, text)) << text << " views the encoding";
    }
    entry.assign(entry.size(), '\0');
  }
  EXPECT_EQ(describe(*decoded), describe(read_rich()));
}

// ---- a loaded timeline ---------------------------------------------------------------

TEST(LoadedCodec, RoundTripKeepsEveryTreatyAndEventWithItsFile) {
  const auto loaded = accords::testing::load_sources(
      {{"a.yaml", rich_file.substr(0, rich_file.find("  - id: Bad"))},
       {"b.yaml", "treaty: {id: elsewhere, name: E}\nevents:\n  - {id: e, date: 2022-02-02, type: report, "
                  "parties: [KZ], title: Seen}\n"}});
  ASSERT_FALSE(loaded.diagnostics.has_errors());
  ASSERT_EQ(loaded.events.size(), 5U);
  ASSERT_EQ(loaded.entities.size(), 2U);
  const auto bytes = encode_loaded(loaded, {"a.yaml", "b.yaml"});
  const auto decoded = decode_loaded(bytes);
  ASSERT_TRUE(decoded);
  const auto describe_loaded = [](const LoadResult& result) {
    std::vector<std::string> out;
    for (const auto& entity : result.entities) {
      const auto fields = accords::testing::field_texts(entity);
      out.insert(out.end(), fields.begin(), fields.end());
    }
    for (const auto& treaty : result.treaties) {
      const auto fields = accords::testing::field_texts(treaty);
      out.insert(out.end(), fields.begin(), fields.end());
    }
    for (const auto& event : result.events) {
      const auto fields = accords::testing::field_texts(event);
      out.insert(out.end(), fields.begin(), fields.end());
    }
    return out;
  };
  EXPECT_EQ(describe_loaded(*decoded), describe_loaded(loaded));
  // A window keeps the events it admits, numbered among themselves.
  const auto day = [](const char* text) { return model::PartialDate::parse(text)->first_day(); };
  const auto windowed = decode_loaded(bytes, model::DayWindow{day("2021-01-01"), day("2022-12-31")});
  ASSERT_TRUE(windowed);
  ASSERT_EQ(windowed->events.size(), 2U);
  EXPECT_EQ(windowed->events[0].id, "b");
  EXPECT_EQ(windowed->events[1].id, "e");
  EXPECT_EQ(windowed->events[1].load_index, 1U);
  EXPECT_EQ(windowed->treaties.size(), 2U);
  for (std::size_t size = 0; size < bytes.size(); ++size) {
    EXPECT_FALSE(decode_loaded(std::string_view(bytes).substr(0, size))) << size;
  }
  // Texts copied, or viewing bytes that outlive the result; lists are the result's own either way.
  const auto copied = decode_loaded(bytes);
  const auto viewed = decode_loaded(bytes, {}, Texts::viewed);
  ASSERT_TRUE(copied && viewed);
  EXPECT_EQ(describe_loaded(*viewed), describe_loaded(loaded));
  const auto& first = viewed->events[0];
  EXPECT_TRUE(util::lies_in(bytes, first.title));
  EXPECT_TRUE(util::lies_in(bytes, first.parties[0]));
  EXPECT_FALSE(util::lies_in(bytes, copied->events[0].title));
  EXPECT_FALSE(util::lies_in(bytes, copied->events[0].parties[0]));
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
