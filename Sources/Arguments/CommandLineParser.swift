import Lexer

/// What a command line asks for: a run with its arguments, or one of the
/// answers every command gives by itself.
public enum ParseOutcome: Sendable {
    case run(ParsedArguments)
    case help(String)
    case version(String)
    case completionScript(CompletionScript.Shell)
}

/// Reads a command line against its `CommandSpec`, in the usual way:
/// `--name value` or `--name=value`, `-e value`, flags alone, `--` before
/// words that only look like options, and `-` as an ordinary word.
/// An option's value is the next word whatever it looks like (`-e "-1"`).
public enum CommandLineParser {
    public static func parse(_ arguments: [String], as spec: CommandSpec) throws(UsageError) -> ParseOutcome {
        var parsed = ParsedArguments(spec: spec)
        var words = arguments[...]
        while let word = words.popFirst() {
            if word == "--" {
                parsed.positionals += words
                break
            }
            guard word.hasPrefix("-"), word != "-" else {
                parsed.positionals.append(word)
                continue
            }
            let (spelling, attached) = split(word)
            if let answer = try builtIn(spelling, attached: attached, words: &words, spec: spec) { return answer }
            guard let option = spec.option(named: spelling) else { throw unknown(spelling, in: spec) }
            try take(option, attached: attached, words: &words, into: &parsed)
        }
        try check(parsed.positionals, against: spec.positional)
        return .run(parsed)
    }

    /// `--data=DIR` is `--data` and `DIR`; a short option takes no `=`.
    private static func split(_ word: String) -> (String, String?) {
        guard word.hasPrefix("--"), let equals = word.firstIndex(of: "=") else { return (word, nil) }
        return (String(word[..<equals]), String(word[word.index(after: equals)...]))
    }

    private static func builtIn(_ spelling: String, attached: String?, words: inout ArraySlice<String>,
                                spec: CommandSpec) throws(UsageError) -> ParseOutcome? {
        if spelling == "--help" || spelling == "-h" { return .help(HelpText.render(spec)) }
        guard let version = spec.version else { return nil }
        switch spelling {
        case "--version": return .version(version + "\n")
        case CompletionScript.option:
            guard let name = attached ?? words.popFirst() else { throw UsageError("\(spelling) takes a shell: bash, zsh or fish") }
            guard let shell = CompletionScript.Shell(rawValue: name) else {
                throw UsageError("\(spelling) takes bash, zsh or fish, not '\(name)'")
            }
            return .completionScript(shell)
        default: return nil
        }
    }

    private static func take(_ option: OptionSpec, attached: String?, words: inout ArraySlice<String>,
                             into parsed: inout ParsedArguments) throws(UsageError) {
        guard option.takesValue else {
            if attached != nil { throw UsageError("\(option.spelling) takes no value") }
            parsed.flags.insert(option.name)
            return
        }
        guard let value = attached ?? words.popFirst() else {
            throw UsageError("\(option.spelling) takes a value (\(option.valueName))")
        }
        parsed.values[option.name, default: []].append(value)
    }

    private static func unknown(_ spelling: String, in spec: CommandSpec) -> UsageError {
        var known = spec.options.map(\.spelling) + ["--help"]
        if spec.version != nil { known += ["--version", CompletionScript.option] }
        // Any one-letter option is one edit from another: only long ones get a suggestion.
        let nearest = spelling.hasPrefix("--") ? Suggestion.nearest(to: spelling, in: known) : nil
        let hint = nearest.map { "; did you mean '\($0)'?" } ?? ""
        return UsageError("unknown option '\(spelling)'\(hint)")
    }

    private static func check(_ positionals: [String], against spec: PositionalSpec?) throws(UsageError) {
        guard let spec else {
            if let first = positionals.first { throw UsageError("unexpected argument '\(first)'") }
            return
        }
        if spec.required, positionals.isEmpty { throw UsageError("missing \(spec.valueName)") }
        if !spec.repeats, positionals.count > 1 { throw UsageError("unexpected argument '\(positionals[1])'") }
    }
}
