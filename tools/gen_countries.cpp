// Build-time generator: turns Debian's iso-codes ISO 3166-1 JSON into the C++ tables
// that model/country.cpp includes, so no country code is typed in by hand: every text in
// one array, `country_texts`, and each country's texts as their places in it,
// `country_places`.
#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

namespace {

struct Row {
  std::string alpha2, alpha3, name, common_name, official_name;
};

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
  if (argc != 3) {
    std::cerr << "usage: accords_gen_countries ISO_3166-1.json OUTPUT.inc\n";
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
  std::ofstream out(argv[2]);
  out << "// Generated from " << argv[1] << " by tools/gen_countries.cpp. Do not edit.\n";
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
  out << "constexpr char country_texts[] =\n" << texts << ";\n";
  out << "constexpr CountryPlaces country_places[] = {\n" << places << "};\n";
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
