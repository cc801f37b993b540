#pragma once
// Shell completion scripts (bash, zsh, fish) for a command line described as plain data.
// The description is built from the CLI11 app by cli/completions_command; the writers here
// know nothing of CLI11, only of the shells.

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace accords::render {

// Where the values of an option or argument come from when completing.
enum class CompletionSource {
  none,      // free text (a date, a count, search text): nothing to offer
  words,     // one of `words`
  word_list, // a comma-separated list of `words`, as --fields takes
  paths,     // file and directory names
  data,      // values of the loaded data, asked from the program at completion time
};

// The values an option or argument completes.
struct CompletionValues {
  CompletionSource source = CompletionSource::none;
  std::vector<std::string> words; // for words and word_list, in the order to offer them
  std::string data_kind;          // for data: what the values helper is asked for, e.g. "treaties"
};

// An option: names, whether it takes a value and which.
struct CompletionOption {
  std::vector<std::string> short_names; // letters without the dash, e.g. "t"
  std::vector<std::string> long_names;  // without the dashes, e.g. "type"
  std::string description;              // for the shells that show one (on one line)
  bool takes_value = false;             // false for a flag
  bool repeatable = false;              // may be given more than once
  bool names_data = false;              // its values are data paths, passed on to the values helper
  std::string value_name;               // e.g. "TYPE"; shown by zsh while typing the value
  CompletionValues values;              // what the value completes (none for a flag)
};

// A positional argument of a command.
struct CompletionArgument {
  std::string name;        // e.g. "ID"
  std::string description; // for the shells that show one
  bool repeatable = false; // takes more than one word
  CompletionValues values;
};

// A command and what follows it.
struct CompletionCommand {
  std::string name;                           // e.g. "list"
  std::string description;                    // for the shells that show one
  std::vector<CompletionOption> options;      // its own options (the global ones are added to them)
  std::optional<CompletionArgument> argument; // its positional argument, if it takes one
};

// A whole command line: `program [GLOBAL OPTIONS] COMMAND [OPTIONS] [ARGS]`, global options
// accepted before and after the command.
struct CompletionSpec {
  std::string program;                          // the command name, e.g. "accords"
  std::vector<CompletionOption> global_options; // accepted anywhere
  std::vector<CompletionCommand> commands;      // in the order to offer them
  // The arguments that make the program print data values, one per line, the kind appended:
  // `program [--data PATH]... completions --values KIND`.
  std::vector<std::string> values_helper;
};

// The shells there is a script for: "bash", "zsh", "fish".
[[nodiscard]] std::vector<std::string> completion_shells();

// Writes the completion script for `shell` (one of completion_shells()); returns false,
// writing nothing, for any other name.
[[nodiscard]] bool write_completion(std::ostream& out, std::string_view shell, const CompletionSpec& spec);

// Writes a bash script that defines the completion function and registers it with `complete`.
void write_bash_completion(std::ostream& out, const CompletionSpec& spec);
// Writes a zsh completion function file (`#compdef`), to be installed as `_PROGRAM` in $fpath.
void write_zsh_completion(std::ostream& out, const CompletionSpec& spec);
// Writes fish `complete` commands, to be installed as `PROGRAM.fish` in a completions directory.
void write_fish_completion(std::ostream& out, const CompletionSpec& spec);

// The options after `command` on its command line: its own, then each global option none of
// whose names it already uses (every command has its own -h/--help).
[[nodiscard]] std::vector<CompletionOption> options_of(const CompletionSpec& spec, const CompletionCommand& command);
// A name fit for a shell function: the program name with every byte but letters and digits
// turned into '_', e.g. "accords".
[[nodiscard]] std::string completion_function_stem(std::string_view program);
// The option's names as typed, short ones first: "-t", "--type".
[[nodiscard]] std::vector<std::string> option_words(const CompletionOption& option);
// `script` with every "@STEM@" replaced by `stem`: the writers' fixed text names its
// functions "_@STEM@_..." so that two programs' scripts can be loaded side by side.
[[nodiscard]] std::string with_stem(std::string_view script, std::string_view stem);

// How a word that needs quoting is put in single quotes: POSIX shells (bash, zsh) close the
// quotes around an escaped quote ('\''); fish escapes a backslash or quote with a backslash.
enum class QuoteStyle { posix, fish };

// The word as the shell reads it back: as is when it is non-empty and holds only characters
// from `safe`, else in single quotes written in `style`.
[[nodiscard]] std::string shell_quote(std::string_view word, std::string_view safe, QuoteStyle style);

} // namespace accords::render
