#pragma once
// A CSV table of events (a header row of field names, as `list --fields` names them, lists
// in the list encoding of `list --format csv`) turned into the text of a timeline file, with
// where in the CSV each line of that text comes from.

#include "load/diagnostic.hpp"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace accords::edit {

// What the import needs besides the table.
struct CsvImportOptions {
  std::string treaty;                             // the file's treaty (`treaty: ID`); empty: each row names its own
  std::function<bool(std::string_view)> id_taken; // ids loaded already
  std::function<std::optional<std::string>(std::string_view)> party_code; // a code for a name, if any
};

// A place in the CSV.
struct CsvPlace {
  int line = 0;
  int column = 0;
};

// What the import gives.
class CsvImport {
public:
  std::string text;           // the timeline file: schema 2, the file's treaty, the events
  load::Diagnostics problems; // what is wrong in the table itself, at its places in the CSV
  std::size_t events = 0;     // rows made events

  // Where in the CSV the timeline's line `line` (1-based) comes from: the cell of the field
  // written there, or the row's first cell for a field no cell gives (a made id); nullopt
  // for a line of no row.
  [[nodiscard]] std::optional<CsvPlace> place_of(int line) const;

  // Notes that the lines from `line` on come from `place` (lines in increasing order).
  void add_place(int line, CsvPlace place) { places_.push_back({line, place}); }
  // Notes that no row's lines follow `line`.
  void end_places(int line) { last_line_ = line; }

private:
  struct LinePlace {
    int line;
    CsvPlace place;
  };
  std::vector<LinePlace> places_;
  int last_line_ = 0;
};

// Turns `csv` (named `csv_path` in the problems) into a timeline file. Every row with a
// field becomes an event; a row with no id gets one made from its date and title
// (make_event_id); a party or mediator given by name is written as its code when
// `party_code` knows it (else as written, for the loader to report). Problems of the table
// itself (invalid UTF-8, a control character, CSV syntax, an unknown or repeated column, a required column
// missing, a row of another width) and those the loader would report at a line of the text
// made rather than at a place of the table (an id given twice, a cell over the limits on a
// value or a line) are in `problems`; the other checks of the events are the loader's.
[[nodiscard]] CsvImport import_csv(std::string_view csv, const std::shared_ptr<const std::string>& csv_path,
                                   const CsvImportOptions& options);

} // namespace accords::edit
