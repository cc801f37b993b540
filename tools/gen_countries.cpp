// Build-time generator: turns Debian's iso-codes ISO 3166-1 JSON and the project's own list
// of other country names (src/model/country_aliases.tsv) into the C++ tables that
// model/country.cpp includes, so no country code is typed in by hand: every text in one
// array, `country_texts`; each country's texts as their places in it, `country_places`; and
// each other name with its code, `country_alias_places`.
#include "util/utf8.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

struct Row {
  std::string alpha2, alpha3, name, common_name, official_name;
};

// One line of the list of other names.
struct Alias {
  std::string name, code;
  bool entity = false; // the code is no ISO 3166-1 code but one timelines define as an entity
};

// Reads the list of other names and checks each line against the ISO table: the code exists
// (or, for an entity, does not), the name is plain ASCII and, folded as the program folds names
// (util::fold_name), is neither a name ISO already gives nor a name listed twice. Throws with
// the line number on the first problem.
std::vector<Alias> read_aliases(const char* path, const std::vector<Row>& rows) {
  std::ifstream in(path);
  if (!in) {
    throw std::runtime_error(std::string("cannot read ") + path);
  }
  std::map<std::string, std::string> taken; // folded name -> what already names it
  for (const auto& row : rows) {
    for (const auto* text : {&row.alpha2, &row.alpha3, &row.name, &row.common_name, &row.official_name}) {
      if (!text->empty()) {
        taken.emplace(accords::util::fold_name(*text), row.alpha2);
      }
    }
  }
  const auto iso_code = [&](const std::string& code) {
    return std::any_of(rows.begin(), rows.end(), [&](const Row& row) { return row.alpha2 == code; });
  };
  std::vector<Alias> aliases;
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    const auto fail = [&](const std::string& why) {
      throw std::runtime_error(std::string(path) + ":" + std::to_string(number) + ": " + why);
    };
    if (line.empty() || line.front() == '#') {
      continue;
    }
    std::vector<std::string> fields;
    std::istringstream split(line);
    for (std::string field; std::getline(split, field, '\t');) {
      fields.push_back(field);
    }
    if (fields.size() < 2 || fields.size() > 3 || (fields.size() == 3 && fields[2] != "entity")) {
      fail("expected NAME<tab>CODE, or NAME<tab>CODE<tab>entity");
    }
    Alias alias{fields[0], fields[1], fields.size() == 3};
    if (std::any_of(alias.name.begin(), alias.name.end(),
                    [](char c) { return static_cast<unsigned char>(c) >= 0x80; })) {
      fail("write the name in ASCII: accents are folded when names are compared");
    }
    if (iso_code(alias.code) == alias.entity) {
      fail(alias.entity ? "'" + alias.code + "' is an ISO 3166-1 code: drop 'entity'"
                        : "'" + alias.code + "' is no ISO 3166-1 alpha-2 code");
    }
    if (const auto [place, added] = taken.emplace(accords::util::fold_name(alias.name), alias.code); !added) {
      fail("'" + alias.name + "' already names '" + place->second + "'");
    }
    aliases.push_back(alias);
  }
  return aliases;
}

// Writes a C++ string literal with every byte outside printable ASCII escaped.
std::string literal(const std::string& text) {
  std::string out = "\"";
  for (const char byte : text) {
    const auto c = static_cast<unsigned char>(byte);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c < 0x20 || c >= 0x7f) {
      static const char* digits = "01234567";
      out += '\\';
      out += digits[(c >> 6) & 7];
      out += digits[(c >> 3) & 7];
      out += digits[c & 7];
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

} // namespace

// Writes the table; throws on a JSON file that is not iso-codes' table.
int generate(int argc, char** argv) {
  if (argc != 4) {
    std::cerr << "usage: accords_gen_countries ISO_3166-1.json ALIASES.tsv OUTPUT.inc\n";
    return 2;
  }
  std::ifstream in(argv[1]);
  if (!in) {
    std::cerr << "accords_gen_countries: cannot read " << argv[1] << "\n";
    return 1;
  }
  const auto document = nlohmann::json::parse(in);
  std::vector<Row> rows;
  for (const auto& entry : document.at("3166-1")) {
    rows.push_back({entry.at("alpha_2").get<std::string>(), entry.at("alpha_3").get<std::string>(),
                    entry.at("name").get<std::string>(), entry.value("common_name", std::string()),
                    entry.value("official_name", std::string())});
  }
  std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.alpha2 < b.alpha2; });
  const auto aliases = read_aliases(argv[2], rows);
  std::ofstream out(argv[3]);
  out << "// Generated from " << argv[1] << " and " << argv[2] << " by tools/gen_countries.cpp. Do not edit.\n";
  std::string texts;  // the literals of country_texts, one line a country
  std::string places; // the items of country_places
  std::size_t size = 0;
  for (const auto& row : rows) {
    places += "{";
    for (const auto* text : {&row.alpha2, &row.alpha3, &row.name, &row.common_name, &row.official_name}) {
      texts += literal(*text);
      places += "{" + std::to_string(size) + ", " + std::to_string(text->size()) + "}, ";
      size += text->size();
    }
    texts += "\n";
    places += "},\n";
  }
  std::string alias_places; // the items of country_alias_places
  for (const auto& alias : aliases) {
    alias_places += "{";
    for (const auto* text : {&alias.name, &alias.code}) {
      texts += literal(*text);
      alias_places += "{" + std::to_string(size) + ", " + std::to_string(text->size()) + "}, ";
      size += text->size();
    }
    texts += "\n";
    alias_places += alias.entity ? "true},\n" : "false},\n";
  }
  out << "constexpr char country_texts[] =\n" << texts << ";\n";
  out << "constexpr CountryPlaces country_places[] = {\n" << places << "};\n";
  out << "constexpr CountryAliasPlaces country_alias_places[] = {\n" << alias_places << "};\n";
  return out ? 0 : 1;
}

int main(int argc, char** argv) {
  try {
    return generate(argc, argv);
  } catch (const std::exception& e) {
    std::cerr << "accords_gen_countries: " << e.what() << "\n";
    return 1;
  }
}
