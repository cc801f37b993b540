// The fish completions: `complete` commands conditioned on the command typed, which a
// helper function finds on the command line.
#include "render/completions.hpp"
#include "render/report_words.hpp" // one_line

#include <algorithm>
#include <string>
#include <vector>

namespace accords::render {
namespace {

// The text as fish reads it back: as is when it holds only characters fish leaves alone,
// else in single quotes (where only \\ and \' are escapes).
std::string quote(std::string_view text) {
  return shell_quote(text, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.,/+=@:-", QuoteStyle::fish);
}

std::string quote_all(const std::vector<std::string>& words) {
  std::string text;
  for (const auto& word : words) {
    text += (text.empty() ? "" : " ") + quote(word);
  }
  return text;
}

// The `-a` argument of `complete` that offers `values` ("" for paths and free text). fish
// expands that text when completing, so the words in it are quoted twice.
std::string candidates(const CompletionValues& values, const std::string& stem) {
  switch (values.source) {
  case CompletionSource::words:
    return " -a " + quote(quote_all(values.words));
  case CompletionSource::word_list:
    return " -a " + quote("(__" + stem + "_list " + quote_all(values.words) + ")");
  case CompletionSource::data:
    return " -a " + quote("(__" + stem + "_data " + quote(values.data_kind) + ")");
  case CompletionSource::paths:
  case CompletionSource::none:
    break;
  }
  return "";
}

// The `complete` lines of an option: the values first, then the option with its description
// (fish would give the option's description to every value on a line with both).
void write_option(std::ostream& out, const std::string& head, const CompletionOption& option, const std::string& stem) {
  std::string names;
  for (const auto& name : option.short_names) {
    names += " -s " + quote(name);
  }
  for (const auto& name : option.long_names) {
    names += " -l " + quote(name);
  }
  if (option.takes_value) {
    names += option.values.source == CompletionSource::paths ? " -r -F" : " -x";
  }
  const auto offered = option.takes_value ? candidates(option.values, stem) : std::string();
  if (!offered.empty()) {
    out << head << names << offered << "\n";
  }
  out << head << names << " -d " << quote(one_line(option.description)) << "\n";
}

constexpr std::string_view helpers = R"(
# Succeeds when the command typed is $argv[1], or when none is typed yet if no argument is given.
function __@STEM@_using
    set -l command (__@STEM@_command)
    test "$command" = "$argv[1]"
end

# Prints each of the words $argv after the current token's text up to its last comma, for
# the items of a comma-separated list (--fields a,b).
function __@STEM@_list
    set -l head (commandline -ct | string replace -r -- '^-[^=]*=' '' | string replace -r -- '[^,]*$' '')
    for word in $argv
        printf '%s%s\n' "$head" $word
    end
end
)";

// __PROGRAM_command: the first word that is neither an option nor a global option's value.
void write_command_function(std::ostream& out, const CompletionSpec& spec, const std::string& stem) {
  std::vector<std::string> separate;
  for (const auto& option : spec.global_options) {
    if (option.takes_value) {
      const auto words = option_words(option);
      separate.insert(separate.end(), words.begin(), words.end());
    }
  }
  out << "# Prints the command on the command line; fails before one is typed.\n"
      << "function __" << stem << "_command\n"
      << "    set -l tokens (commandline -opc)\n"
      << "    set -e tokens[1]\n"
      << "    while set -q tokens[1]\n"
      << "        switch $tokens[1]\n";
  if (!separate.empty()) {
    out << "            case " << quote_all(separate) << "\n"
        << "                set -e tokens[1] # and its value\n";
  }
  out << "            case '-*'\n"
      << "            case '*'\n"
      << "                printf '%s\\n' $tokens[1]\n"
      << "                return 0\n"
      << "        end\n"
      << "        set -e tokens[1]\n"
      << "    end\n"
      << "    return 1\n"
      << "end\n";
}

// __PROGRAM_data KIND: the program on the command line (when it is a path to an executable,
// else the program's name) asked for the values, with every data path given so far.
void write_data_function(std::ostream& out, const CompletionSpec& spec, const std::string& stem) {
  out << "\n# Prints the values of kind $argv[1] (treaties, countries, ids, tags) found in the data the\n"
      << "# command line names: its --data paths, else $ACCORDS_PATH, else the built-in timelines. The\n"
      << "# program prints nothing when the data cannot be read.\n"
      << "function __" << stem << "_data\n"
      << "    set -l tokens (commandline -opc)\n"
      << "    set -l program $tokens[1]\n"
      << "    if not string match -q -- '*/*' $program; or not test -x $program\n"
      << "        set program " << quote(spec.program) << "\n"
      << "    end\n"
      << "    set -l args\n"
      << "    set -e tokens[1]\n"
      << "    while set -q tokens[1]\n"
      << "        set -l path\n"
      << "        switch $tokens[1]\n";
  for (const auto& option : spec.global_options) {
    if (!option.names_data) {
      continue;
    }
    out << "            case " << quote_all(option_words(option)) << "\n"
        << "                set -q tokens[2]; and set path $tokens[2]\n"
        << "                set -e tokens[1]\n";
    for (const auto& name : option.long_names) {
      out << "            case " << quote("--" + name + "=?*") << "\n"
          << "                set path (string replace -r -- '^[^=]*=' '' $tokens[1])\n";
    }
    for (const auto& name : option.short_names) {
      out << "            case " << quote("-" + name + "?*") << "\n"
          << "                set path (string sub -s 3 -- $tokens[1])\n";
    }
  }
  out << "        end\n"
      << "        if test -n \"$path\" -a \"$path\" != -\n"
      << "            set -a args --data (string replace -r -- '^~/' \"$HOME/\" $path)\n"
      << "        end\n"
      << "        set -e tokens[1]\n"
      << "    end\n"
      << "    $program $args " << quote_all(spec.values_helper) << " $argv[1] </dev/null 2>/dev/null\n"
      << "end\n";
}

} // namespace

void write_fish_completion(std::ostream& out, const CompletionSpec& spec) {
  const auto stem = completion_function_stem(spec.program);
  const auto program = quote(spec.program);
  out << "# fish completion for " << spec.program << "\n"
      << "# Generated by '" << spec.program << " completions fish'; do not edit. Install it as " << spec.program
      << ".fish in a\n"
      << "# directory of $fish_complete_path (share/fish/vendor_completions.d), or load it with\n"
      << "#   " << spec.program << " completions fish | source\n\n";
  write_command_function(out, spec, stem);
  out << with_stem(helpers, stem);
  write_data_function(out, spec, stem);

  out << "\n# No file names unless an option or argument takes paths.\n"
      << "complete -c " << program << " -f\n"
      << "\n# Commands.\n";
  for (const auto& command : spec.commands) {
    out << "complete -c " << program << " -n __" << stem << "_using -a " << quote(command.name) << " -d "
        << quote(one_line(command.description)) << "\n";
  }
  out << "\n# Global options, before or after the command.\n";
  std::vector<std::string> global_words;
  for (const auto& option : spec.global_options) {
    write_option(out, "complete -c " + program, option, stem);
    const auto words = option_words(option);
    global_words.insert(global_words.end(), words.begin(), words.end());
  }
  for (const auto& command : spec.commands) {
    out << "\n# " << spec.program << " " << command.name << "\n";
    const auto head = "complete -c " + program + " -n " + quote("__" + stem + "_using " + quote(command.name));
    for (const auto& option : command.options) {
      const auto words = option_words(option);
      const bool global = std::all_of(words.begin(), words.end(), [&](const auto& word) {
        return std::find(global_words.begin(), global_words.end(), word) != global_words.end();
      });
      if (!global) { // -h/--help is already there
        write_option(out, head, option, stem);
      }
    }
    if (command.argument && command.argument->values.source == CompletionSource::paths) {
      out << head << " -F\n";
    } else if (command.argument && command.argument->values.source != CompletionSource::none) {
      out << head << candidates(command.argument->values, stem) << "\n";
    }
  }
}

} // namespace accords::render
