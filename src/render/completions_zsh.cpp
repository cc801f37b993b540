// The zsh completion function: one `_arguments` call for the global options and the
// command, then one per command with its options (the global ones included) and argument.
#include "render/completions.hpp"
#include "render/report_words.hpp" // one_line

#include <string>
#include <vector>

namespace accords::render {
namespace {

// The word as zsh reads it back: as is when it holds only characters zsh leaves alone, else
// in single quotes ('\'' for a quote inside).
std::string quote(std::string_view word) {
  return shell_quote(word, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.,/+@%-", QuoteStyle::posix);
}

// The text with a backslash before each of `specials` (and before a backslash).
std::string escape(std::string_view text, std::string_view specials) {
  std::string escaped;
  for (const char c : text) {
    if (c == '\\' || specials.find(c) != std::string_view::npos) {
      escaped += '\\';
    }
    escaped += c;
  }
  return escaped;
}

// A word inside an action's "(a b c)", which _arguments evaluates: every character that is
// not a letter or digit escaped.
std::string action_word(std::string_view word) {
  std::string escaped;
  for (const char c : word) {
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (!alnum) {
      escaped += '\\';
    }
    escaped += c;
  }
  return escaped;
}

std::string action_words(const std::vector<std::string>& words) {
  std::string text;
  for (const auto& word : words) {
    text += (text.empty() ? "" : " ") + action_word(word);
  }
  return text;
}

// The _arguments action that completes `values`; a space (nothing to offer, the message
// shown) for free text.
std::string action(const CompletionValues& values, const std::string& stem) {
  switch (values.source) {
  case CompletionSource::words:
    return "(" + action_words(values.words) + ")";
  case CompletionSource::word_list:
    return "_sequence compadd - " + action_words(values.words);
  case CompletionSource::paths:
    return "_files";
  case CompletionSource::data:
    return "_" + stem + "_data " + action_word(values.data_kind);
  case CompletionSource::none:
    break;
  }
  return " ";
}

// The _arguments specs of an option, one per name: "(-t --type)-t+[Event type]:TYPE:(...)",
// or "*-t+[...]..." when it may be repeated.
std::vector<std::string> option_specs(const CompletionOption& option, const std::string& stem) {
  const auto names = option_words(option);
  std::string head;
  if (option.repeatable) {
    head = "*";
  } else if (names.size() > 1) {
    std::string list;
    for (const auto& name : names) {
      list += (list.empty() ? "" : " ") + name;
    }
    head = "(" + list + ")";
  }
  const auto description = "[" + escape(one_line(option.description), "[]:") + "]";
  std::string value;
  if (option.takes_value) {
    const auto message = option.value_name.empty() ? std::string("value") : option.value_name;
    value = ":" + escape(message, ":") + ":" + action(option.values, stem);
  }
  const auto tail = description + value;
  std::vector<std::string> specs;
  for (const auto& short_name : option.short_names) {
    specs.push_back(
        std::string(head).append("-").append(short_name).append(option.takes_value ? "+" : "").append(tail));
  }
  for (const auto& long_name : option.long_names) {
    specs.push_back(
        std::string(head).append("--").append(long_name).append(option.takes_value ? "=" : "").append(tail));
  }
  return specs;
}

// The spec of a command's argument: ":ID:action", "*:ID:action" when it takes several words.
std::string argument_spec(const CompletionArgument& argument, const std::string& stem) {
  return std::string(argument.repeatable ? "*" : "") + ":" + escape(argument.name, ":") + ":" +
         action(argument.values, stem);
}

// `_arguments FLAGS -s -S : SPEC...` with one spec a line, at `indent`.
void write_arguments(std::ostream& out, std::string_view flags, const std::vector<std::string>& specs,
                     const std::string& indent) {
  out << indent << "_arguments " << flags << "-s -S : \\\n";
  for (const auto& spec : specs) {
    out << indent << "  " << quote(spec) << " \\\n";
  }
  out << indent << "  && ret=0\n";
}

// The values helper: the program on the command line (when it is a path to an executable,
// else the program's name) with every data path given so far, standard input excepted.
// Each path is held in `given`: a `path` variable, even local, would be zsh's $PATH.
void write_data_function(std::ostream& out, const CompletionSpec& spec, const std::string& stem) {
  out << "# Completes the values of kind ${@[-1]} (treaties, countries, ids, tags) found in the data the\n"
      << "# command line names: its --data paths, else $ACCORDS_PATH, else the built-in timelines. The\n"
      << "# program prints them, one a line, and prints nothing when the data cannot be read. The\n"
      << "# arguments before the kind are compadd options from _arguments, passed on.\n"
      << "_" << stem << "_data() {\n"
      << "  local kind=${@[-1]} program=${_" << stem << "_line[1]} word given i expl\n"
      << "  local -a args values\n"
      << "  [[ $program == */* && -x $program ]] || program=" << quote(spec.program) << "\n"
      << "  for ((i = 2; i < _" << stem << "_cword; i++)); do\n"
      << "    word=${_" << stem << "_line[i]} given=\n"
      << "    case $word in\n";
  for (const auto& option : spec.global_options) {
    if (!option.names_data) {
      continue;
    }
    std::string separate;
    for (const auto& word : option_words(option)) {
      separate += (separate.empty() ? "" : "|") + quote(word);
    }
    out << "      (" << separate << ")\n"
        << "        ((i + 1 < _" << stem << "_cword)) && given=${_" << stem << "_line[i + 1]}\n"
        << "        ((i++)) ;;\n";
    for (const auto& name : option.long_names) {
      out << "      (" << quote("--" + name + "=") << "?*) given=${word#*=} ;;\n";
    }
    for (const auto& name : option.short_names) {
      out << "      (" << quote("-" + name) << "?*) given=${word#-?} ;;\n";
    }
  }
  std::string helper;
  for (const auto& word : spec.values_helper) {
    helper += " " + quote(word);
  }
  out << "    esac\n"
      << "    given=${(Q)given}\n"
      << "    [[ -n $given && $given != - ]] || continue\n"
      << "    [[ $given == '~/'* ]] && given=$HOME/${given#'~/'}\n"
      << "    args+=(--data $given)\n"
      << "  done\n"
      << "  values=(${(f)\"$($program $args" << helper << " $kind </dev/null 2>/dev/null)\"})\n"
      << "  _wanted $kind expl $kind compadd \"${@[1,-2]}\" -a values\n"
      << "}\n\n";
}

} // namespace

void write_zsh_completion(std::ostream& out, const CompletionSpec& spec) {
  const auto stem = completion_function_stem(spec.program);
  out << "#compdef " << spec.program << "\n"
      << "# zsh completion for " << spec.program << "\n"
      << "# Generated by '" << spec.program << " completions zsh'; do not edit. Install it as _" << stem << " in a\n"
      << "# directory of $fpath (share/zsh/vendor-completions), or, after compinit, load it with\n"
      << "#   source <(" << spec.program << " completions zsh)\n\n";
  write_data_function(out, spec, stem);

  out << "# The completion function: the global options and the command, then the command's own.\n"
      << "_" << stem << "() {\n"
      << "  local -a _" << stem << "_line=(\"${words[@]}\") # the whole line, for _" << stem << "_data\n"
      << "  local _" << stem << "_cword=$CURRENT\n"
      << "  local curcontext=$curcontext state state_descr line ret=1\n"
      << "  typeset -A opt_args\n";
  std::vector<std::string> top;
  for (const auto& option : spec.global_options) {
    const auto specs = option_specs(option, stem);
    top.insert(top.end(), specs.begin(), specs.end());
  }
  top.emplace_back(": :->command");
  top.emplace_back("*:: :->argument");
  // -A '-*': after the command, options are the command's (the global ones are among them).
  write_arguments(out, "-C -A '-*' ", top, "  ");
  out << "  case $state in\n"
      << "    (command)\n"
      << "      local -a commands=(\n";
  for (const auto& command : spec.commands) {
    out << "        " << quote(escape(command.name, ":") + ":" + one_line(command.description)) << "\n";
  }
  out << "      )\n"
      << "      _describe -t commands " << quote(spec.program + " command") << " commands && ret=0\n"
      << "      ;;\n"
      << "    (argument)\n"
      << "      curcontext=${curcontext%:*:*}:" << stem << "-$words[1]:\n"
      << "      case $words[1] in\n";
  for (const auto& command : spec.commands) {
    std::vector<std::string> specs;
    for (const auto& option : options_of(spec, command)) {
      const auto option_lines = option_specs(option, stem);
      specs.insert(specs.end(), option_lines.begin(), option_lines.end());
    }
    if (command.argument) {
      specs.push_back(argument_spec(*command.argument, stem));
    }
    out << "        (" << quote(command.name) << ")\n";
    write_arguments(out, "", specs, "          ");
    out << "          ;;\n";
  }
  out << "      esac\n"
      << "      ;;\n"
      << "  esac\n"
      << "  return ret\n"
      << "}\n\n"
      << "if [[ $zsh_eval_context[-1] == loadautofunc ]]; then\n"
      << "  _" << stem << " \"$@\" # autoloaded from $fpath: this is the first completion\n"
      << "else\n"
      << "  compdef _" << stem << " " << quote(spec.program) << " # sourced\n"
      << "fi\n";
}

} // namespace accords::render
