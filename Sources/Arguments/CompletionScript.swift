/// `--generate-completion-script bash|zsh|fish`: a script that teaches a
/// shell the command's options, their values and its subcommands, written
/// from the same `CommandSpec`s the parser reads.
public enum CompletionScript {
    public enum Shell: String, Sendable, CaseIterable {
        case bash, zsh, fish
    }

    static let option = "--generate-completion-script"

    /// `subcommands` are named by their spec's last word (`repl serve`: `serve`).
    public static func render(_ shell: Shell, root: CommandSpec, subcommands: [CommandSpec]) -> String {
        switch shell {
        case .bash: bash(root, subcommands)
        case .zsh: zsh(root, subcommands)
        case .fish: fish(root, subcommands)
        }
    }

    static func word(_ spec: CommandSpec) -> String {
        String(spec.name.split(separator: " ").last ?? "")
    }

    static func function(_ spec: CommandSpec) -> String {
        "_" + spec.name.map { $0.isLetter || $0.isNumber ? String($0) : "_" }.joined()
    }

    /// The spellings a shell offers after a dash.
    static func spellings(_ spec: CommandSpec) -> [String] {
        spec.options.map(\.spelling) + ["--help"] + (spec.version != nil ? ["--version", option] : [])
    }

    // MARK: - bash

    static func bash(_ root: CommandSpec, _ subcommands: [CommandSpec]) -> String {
        let name = word(root), names = subcommands.map(word).joined(separator: " ")
        var script = """
        # bash completion for \(name): source this file, or put it in /etc/bash_completion.d/.
        \(function(root))_dispatch() {
            local cur="${COMP_WORDS[COMP_CWORD]}" prev="${COMP_WORDS[COMP_CWORD-1]}"
            if [[ $COMP_CWORD -gt 1 ]]; then
                case "${COMP_WORDS[1]}" in

        """
        for spec in subcommands { script += "            \(word(spec))) \(function(spec)) \"$cur\" \"$prev\"; return;;\n" }
        script += """
                esac
            fi
            \(function(root)) "$cur" "$prev"
            if [[ $COMP_CWORD -eq 1 && "$cur" != -* ]]; then
                COMPREPLY+=($(compgen -W "\(names)" -- "$cur"))
            fi
        }

        """
        for spec in [root] + subcommands { script += bashFunction(spec) }
        return script + "complete -F \(function(root))_dispatch \(name)\n"
    }

    static func bashFunction(_ spec: CommandSpec) -> String {
        var script = "\(function(spec))() {\n    local cur=\"$1\" prev=\"$2\"\n    COMPREPLY=()\n    case \"$prev\" in\n"
        for option in spec.options where option.takesValue {
            script += "        \(option.spelling)) \(bashValues(option.completion)); return;;\n"
        }
        script += "    esac\n"
        script += "    if [[ \"$cur\" == -* ]]; then\n"
        script += "        COMPREPLY=($(compgen -W \"\(spellings(spec).joined(separator: " "))\" -- \"$cur\"))\n"
        script += "        return\n    fi\n"
        if let positional = spec.positional { script += "    \(bashValues(positional.completion))\n" }
        return script + "}\n\n"
    }

    static func bashValues(_ completion: OptionSpec.Completion) -> String {
        switch completion {
        case .none: "COMPREPLY=()"
        case .file: "COMPREPLY=($(compgen -f -- \"$cur\"))"
        case .directory: "COMPREPLY=($(compgen -d -- \"$cur\"))"
        case .choices(let words): "COMPREPLY=($(compgen -W \"\(words.joined(separator: " "))\" -- \"$cur\"))"
        }
    }

    // MARK: - zsh

    static func zsh(_ root: CommandSpec, _ subcommands: [CommandSpec]) -> String {
        let name = word(root)
        var script = "#compdef \(name)\n\n\(function(root))_dispatch() {\n    if (( CURRENT > 2 )); then\n        case $words[2] in\n"
        for spec in subcommands {
            script += "            \(word(spec))) shift words; (( CURRENT-- )); \(function(spec)); return;;\n"
        }
        script += "        esac\n    fi\n"
        script += "    if (( CURRENT == 2 )) && [[ $words[2] != -* ]]; then compadd -- \(subcommands.map(word).joined(separator: " ")); fi\n"
        script += "    \(function(root))\n}\n\n"
        for spec in [root] + subcommands { script += zshFunction(spec) }
        return script + "compdef \(function(root))_dispatch \(name)\n"
    }

    static func zshFunction(_ spec: CommandSpec) -> String {
        var lines = spec.options.map { option in
            let repeatable = option.kind == .repeated ? "*" : ""
            let value = option.takesValue ? ":\(zshQuoted(option.valueName)):\(zshAction(option.completion))" : ""
            return "'\(repeatable)\(option.spelling)[\(zshQuoted(option.help))]\(value)'"
        }
        lines.append("'(- *)--help[Show this help.]'")
        if spec.version != nil {
            lines.append("'(- *)--version[Show the version.]'")
            lines.append("'(- *)\(option)[Print a completion script.]:SHELL:(bash zsh fish)'")
        }
        if let positional = spec.positional {
            lines.append("'\(positional.repeats ? "*" : "1"):\(positional.valueName):\(zshAction(positional.completion))'")
        }
        return "\(function(spec))() {\n    _arguments -s \\\n        " + lines.joined(separator: " \\\n        ") + "\n}\n\n"
    }

    static func zshAction(_ completion: OptionSpec.Completion) -> String {
        switch completion {
        case .none: " "
        case .file: "_files"
        case .directory: "_files -/"
        case .choices(let words): "(\(words.joined(separator: " ")))"
        }
    }

    /// Help inside `[...]` of a single-quoted `_arguments` spec.
    static func zshQuoted(_ help: String) -> String {
        help.replacingAll("'", with: "'\\''").replacingAll("[", with: "(").replacingAll("]", with: ")").replacingAll(":", with: "\\:")
    }

    // MARK: - fish

    static func fish(_ root: CommandSpec, _ subcommands: [CommandSpec]) -> String {
        let name = word(root), names = subcommands.map(word).joined(separator: " ")
        var script = "# fish completion for \(name): put it in ~/.config/fish/completions/\(name).fish\n"
        script += "complete -c \(name) -f\n"
        script += "complete -c \(name) -n '__fish_use_subcommand' -a '\(names)'\n"
        script += fishLines(root, name: name, condition: "not __fish_seen_subcommand_from \(names)")
        for spec in subcommands { script += fishLines(spec, name: name, condition: "__fish_seen_subcommand_from \(word(spec))") }
        return script
    }

    static func fishLines(_ spec: CommandSpec, name: String, condition: String) -> String {
        let head = "complete -c \(name) -n '\(condition)'"
        var script = ""
        for option in spec.options {
            let flag = option.name.count == 1 ? "-s \(option.name)" : "-l \(option.name)"
            let value = option.takesValue ? " " + fishValues(option.completion) : ""
            script += "\(head) \(flag)\(value) -d '\(fishQuoted(option.help))'\n"
        }
        script += "\(head) -l help -d 'Show this help.'\n"
        if spec.version != nil {
            script += "\(head) -l version -d 'Show the version.'\n"
            script += "\(head) -l \(option.dropFirst(2)) -x -a 'bash zsh fish' -d 'Print a completion script.'\n"
        }
        if let positional = spec.positional, positional.completion != .none {
            script += "\(head) \(fishValues(positional.completion))\n"
        }
        return script
    }

    static func fishValues(_ completion: OptionSpec.Completion) -> String {
        switch completion {
        case .none: "-x"
        case .file: "-r -F"
        case .directory: "-x -a '(__fish_complete_directories)'"
        case .choices(let words): "-x -a '\(words.joined(separator: " "))'"
        }
    }

    static func fishQuoted(_ help: String) -> String {
        help.replacingAll("\\", with: "\\\\").replacingAll("'", with: "\\'")
    }
}

extension String {
    /// Every `target` replaced, without Foundation.
    func replacingAll(_ target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
