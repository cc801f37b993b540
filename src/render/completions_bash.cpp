// The bash completion script. It needs nothing but bash 4.0 (not the bash-completion
// package): the function finds the command and the option waiting for a value in COMP_WORDS,
// then fills COMPREPLY from the words written here or, for data values, from the program.
#include "render/completions.hpp"

#include <algorithm>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace accords::render {
namespace {

// The word as bash reads it back: as is when it holds only characters bash leaves alone,
// else in single quotes ('\'' for a quote inside).
std::string quote(std::string_view word) {
  return shell_quote(word, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.,/+=@%:-",
                     QuoteStyle::posix);
}

std::string quote_all(const std::vector<std::string>& words) {
  std::string text;
  for (const auto& word : words) {
    text += " " + quote(word);
  }
  return text;
}

// The fixed part: helpers that add candidates to COMPREPLY. Each takes the text to put before
// every candidate (an attached option, "-T" or "--treaty=") and the text typed so far.
constexpr std::string_view helpers =
    R"(# Adds to COMPREPLY each of the words $3... that starts with $2, quoted, after $1.
_@STEM@_add() {
  local prefix=$1 cur=$2 word quoted
  shift 2
  for word; do
    if [[ $word == "$cur"* ]]; then
      printf -v quoted %q "$word"
      COMPREPLY+=("$prefix$quoted")
    fi
  done
}

# Completes the last item of a comma-separated list of the words $3... (as --fields takes).
_@STEM@_add_list() {
  local prefix=$1 cur=$2 head=
  shift 2
  if [[ $cur == *,* ]]; then
    head=${cur%,*},
    cur=${cur##*,}
  fi
  _@STEM@_add "$prefix$head" "$cur" "$@"
  compopt -o nospace 2>/dev/null
}

# Completes file and directory names.
_@STEM@_add_paths() {
  local prefix=$1 path
  compopt -o filenames 2>/dev/null
  while IFS= read -r path; do
    COMPREPLY+=("$prefix$path")
  done < <(compgen -f -- "$2")
}

# Completes the values of kind $3 (treaties, countries, ids, tags) found in the data the
# command line names: its --data paths, else $ACCORDS_PATH, else the built-in timelines. The
# program prints them, one a line, and prints nothing when the data cannot be read.
_@STEM@_add_data() {
  local prefix=$1 cur=$2 value values=()
  while IFS= read -r value; do
    values+=("$value")
  done < <(_@STEM@_data "$3")
  _@STEM@_add "$prefix" "$cur" "${values[@]}"
}
)";

// The values helper: the program on the command line (when it is a path to an executable,
// else the program's name) with every data path given so far, standard input excepted.
void write_data_function(std::ostream& out, const CompletionSpec& spec, const std::string& stem) {
  out << "\n# Prints the values of kind $1 from the data the command line names.\n"
      << "_" << stem << "_data() {\n"
      << "  local program=${COMP_WORDS[0]} word path i args=()\n"
      << "  [[ $program == */* && -x $program ]] || program=" << quote(spec.program) << "\n"
      << "  for ((i = 1; i < COMP_CWORD; i++)); do\n"
      << "    word=${COMP_WORDS[i]} path=\n"
      << "    case $word in\n";
  for (const auto& option : spec.global_options) {
    if (!option.names_data) {
      continue;
    }
    std::string separate;
    for (const auto& word : option_words(option)) {
      separate += (separate.empty() ? "" : "|") + quote(word);
    }
    out << "      " << separate << ")\n"
        << "        [[ ${COMP_WORDS[i + 1]} == = ]] && ((i++)) # bash splits --data=PATH at '='\n"
        << "        ((i + 1 < COMP_CWORD)) && path=${COMP_WORDS[i + 1]}\n"
        << "        ((i++)) ;;\n";
    for (const auto& name : option.long_names) {
      out << "      " << quote("--" + name + "=") << "?*) path=${word#*=} ;;\n";
    }
    for (const auto& name : option.short_names) {
      out << "      " << quote("-" + name) << "?*) path=${word#-?} ;;\n";
    }
  }
  out << "    esac\n"
      << "    [[ -n $path && $path != - ]] || continue\n"
      << "    [[ $path == '~/'* ]] && path=$HOME/${path#'~/'}\n"
      << "    args+=(--data \"$path\")\n"
      << "  done\n"
      << R"(  "$program" "${args[@]}")" << quote_all(spec.values_helper) << R"( "$1" </dev/null 2>/dev/null)"
      << "\n"
      << "}\n";
}

// The call that completes `values`, after the prefix "$3" and from the text "$4".
std::string completer(const CompletionValues& values, const std::string& stem) {
  const auto call = [&](std::string_view helper) { return "_" + stem + "_" + std::string(helper) + R"( "$3" "$4")"; };
  switch (values.source) {
  case CompletionSource::words:
    return call("add") + quote_all(values.words);
  case CompletionSource::word_list:
    return call("add_list") + quote_all(values.words);
  case CompletionSource::paths:
    return call("add_paths");
  case CompletionSource::data:
    return call("add_data") + " " + quote(values.data_kind);
  case CompletionSource::none:
    break;
  }
  return ":"; // free text: nothing to offer, but no fallback to the options either
}

// Case branches in first-seen order, the patterns of equal bodies joined with '|'.
class Branches {
public:
  void add(const std::string& pattern, const std::string& body) {
    auto [it, added] = patterns_.try_emplace(body);
    if (added) {
      order_.push_back(body);
    }
    it->second += (it->second.empty() ? "" : "|") + pattern;
  }
  void write(std::ostream& out) const {
    for (const auto& body : order_) {
      out << "    " << patterns_.at(body) << ") " << body << " ;;\n";
    }
  }

private:
  std::map<std::string, std::string> patterns_;
  std::vector<std::string> order_;
};

// "$1 $2" patterns: "list --format" for a command's option, *" --data" for a global one.
std::string command_pattern(const std::string& command, const std::string& option) {
  return quote(command + " " + option);
}
std::string global_pattern(const std::string& option) { return "*" + quote(" " + option); }

// _PROGRAM_takes_value COMMAND OPTION and _PROGRAM_value COMMAND OPTION PREFIX TEXT (OPTION
// empty: the command's argument). A command's own option comes before a global one of the
// same name.
void write_value_functions(std::ostream& out, const CompletionSpec& spec, const std::string& stem) {
  Branches takes;
  Branches flags;
  Branches values;
  std::vector<std::string> global_value_words;
  for (const auto& global : spec.global_options) {
    if (global.takes_value) {
      const auto words = option_words(global);
      global_value_words.insert(global_value_words.end(), words.begin(), words.end());
    }
  }
  for (const auto& command : spec.commands) {
    for (const auto& option : command.options) {
      for (const auto& word : option_words(option)) {
        if (option.takes_value) {
          takes.add(command_pattern(command.name, word), "return 0");
          values.add(command_pattern(command.name, word), completer(option.values, stem));
        } else if (std::find(global_value_words.begin(), global_value_words.end(), word) != global_value_words.end()) {
          flags.add(command_pattern(command.name, word), "return 1");
        }
      }
    }
    if (command.argument) {
      values.add(command_pattern(command.name, ""), completer(command.argument->values, stem));
    }
  }
  Branches global_values;
  for (const auto& global : spec.global_options) {
    if (global.takes_value) {
      for (const auto& word : option_words(global)) {
        takes.add(global_pattern(word), "return 0");
        global_values.add(global_pattern(word), completer(global.values, stem));
      }
    }
  }
  out << "\n# Succeeds when option $2 of command $1 (\"\" before the command) takes a value.\n"
      << "_" << stem << "_takes_value() {\n"
      << "  case \"$1 $2\" in\n";
  flags.write(out);
  takes.write(out);
  out << "    *) return 1 ;;\n"
      << "  esac\n"
      << "}\n"
      << "\n# Completes the value of option $2 of command $1, or the command's argument when $2 is\n"
      << "# empty, from the text $4, each candidate after $3. Fails when there is nothing to complete.\n"
      << "_" << stem << "_value() {\n"
      << "  case \"$1 $2\" in\n";
  values.write(out);
  global_values.write(out);
  out << "    *) return 1 ;;\n"
      << "  esac\n"
      << "}\n";
}

// _PROGRAM_options COMMAND TEXT: the options after the command (or before any), from TEXT.
void write_options_function(std::ostream& out, const CompletionSpec& spec, const std::string& stem) {
  out << "\n# Completes the options of command $1 (\"\" before the command) from the text $2.\n"
      << "_" << stem << "_options() {\n"
      << "  case $1 in\n";
  for (const auto& command : spec.commands) {
    std::vector<std::string> words;
    for (const auto& option : options_of(spec, command)) {
      const auto names = option_words(option);
      words.insert(words.end(), names.begin(), names.end());
    }
    out << "    " << quote(command.name) << ") _" << stem << R"(_add "" "$2")" << quote_all(words) << " ;;\n";
  }
  std::vector<std::string> global_words;
  for (const auto& option : spec.global_options) {
    const auto names = option_words(option);
    global_words.insert(global_words.end(), names.begin(), names.end());
  }
  out << "    *) _" << stem << R"(_add "" "$2")" << quote_all(global_words) << " ;;\n"
      << "  esac\n"
      << "}\n";
}

// The completion function: where the cursor is, then what to offer there.
constexpr std::string_view main_function = R"(
# The completion function: finds the command and the option whose value is being typed.
_@STEM@() {
  local cur=${COMP_WORDS[COMP_CWORD]} word command= option= prefix= ended= i
  COMPREPLY=()
  for ((i = 1; i < COMP_CWORD; i++)); do
    word=${COMP_WORDS[i]}
    if [[ -n $ended || $word != -?* ]]; then
      [[ -n $command ]] || command=$word
    elif [[ $word == -- ]]; then
      ended=1
    elif [[ $word != *=* ]] && _@STEM@_takes_value "$command" "$word"; then
      [[ $word == --* && ${COMP_WORDS[i + 1]} == = ]] && ((i++)) # bash splits --opt=VALUE at '='
      ((i + 1 >= COMP_CWORD)) && option=$word
      ((i++))
    fi
  done
  [[ -n $option && $cur == = ]] && cur=
  if [[ -z $option && -z $ended ]]; then
    if [[ $cur == --?*=* ]] && _@STEM@_takes_value "$command" "${cur%%=*}"; then
      option=${cur%%=*} prefix=${cur%%=*}= cur=${cur#*=}
    elif [[ $cur == -[!-]?* ]] && _@STEM@_takes_value "$command" "${cur:0:2}"; then
      option=${cur:0:2} prefix=${cur:0:2} cur=${cur:2}
    fi
  fi
  if [[ -n $option ]]; then
    _@STEM@_value "$command" "$option" "$prefix" "$cur"
  elif [[ $cur == -* && -z $ended ]]; then
    _@STEM@_options "$command" "$cur"
  elif [[ -z $command ]]; then
    _@STEM@_add "" "$cur")";

} // namespace

void write_bash_completion(std::ostream& out, const CompletionSpec& spec) {
  const auto stem = completion_function_stem(spec.program);
  out << "# bash completion for " << spec.program << "\n"
      << "# Generated by '" << spec.program << " completions bash'; do not edit. Install it as\n"
      << "# share/bash-completion/completions/" << spec.program << ", or source it from ~/.bashrc.\n\n"
      << with_stem(helpers, stem);
  write_data_function(out, spec, stem);
  write_value_functions(out, spec, stem);
  write_options_function(out, spec, stem);
  std::vector<std::string> names;
  for (const auto& command : spec.commands) {
    names.push_back(command.name);
  }
  out << with_stem(main_function, stem) << quote_all(names) << "\n"
      << with_stem("  elif ! _@STEM@_value \"$command\" \"\" \"\" \"$cur\" && [[ -z $ended ]]; then\n"
                   "    _@STEM@_options \"$command\" \"$cur\"\n"
                   "  fi\n"
                   "  return 0\n"
                   "}\n\n"
                   "complete -F _@STEM@ ",
                   stem)
      << quote(spec.program) << "\n";
}

} // namespace accords::render
