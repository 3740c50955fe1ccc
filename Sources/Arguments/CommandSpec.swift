/// What a command takes on its command line, declared once: the parser,
/// the help text and the shell completion scripts are all read from it.
public struct CommandSpec: Sendable {
    public let name: String
    public let abstract: String
    public let discussion: String
    public let options: [OptionSpec]
    public let positional: PositionalSpec?
    /// Printed by `--version`; commands without one take no `--version`.
    /// (`--help` is every command's; `--generate-completion-script` the one with a version's.)
    public let version: String?

    public init(name: String, abstract: String, discussion: String = "", options: [OptionSpec],
                positional: PositionalSpec? = nil, version: String? = nil) {
        self.name = name
        self.abstract = abstract
        self.discussion = discussion
        self.options = options
        self.positional = positional
        self.version = version
    }

    /// The option a command-line word names: `--data`, `-e`.
    func option(named word: String) -> OptionSpec? {
        options.first { $0.spelling == word }
    }
}

/// One option: a flag (`--quiet`), or one that takes a value (`--data DIR`),
/// possibly again and again (`-e STATEMENT`, kept in order).
public struct OptionSpec: Sendable {
    public enum Kind: Sendable, Equatable {
        case flag
        case value
        case repeated
    }

    /// What a shell may offer as the option's value.
    public enum Completion: Sendable, Equatable {
        case none
        case file
        case directory
        case choices([String])
    }

    /// The long name, without its dashes (`data`), or one character for a short option (`e`).
    public let name: String
    public let kind: Kind
    public let valueName: String
    public let help: String
    public let completion: Completion

    public init(_ name: String, _ kind: Kind = .value, valueName: String = "", help: String, completion: Completion = .none) {
        self.name = name
        self.kind = kind
        self.valueName = valueName.isEmpty ? name.uppercased() : valueName
        self.help = help
        self.completion = completion
    }

    /// `-e` for a one-letter name, `--data` otherwise.
    public var spelling: String { ParsedArguments.spelling(name) }

    var takesValue: Bool { kind != .flag }
}

/// The words that are not options: script files, a folder to write.
public struct PositionalSpec: Sendable {
    public let valueName: String
    public let help: String
    public let repeats: Bool
    public let required: Bool
    public let completion: OptionSpec.Completion

    public init(_ valueName: String, help: String, repeats: Bool = false, required: Bool = true,
                completion: OptionSpec.Completion = .file) {
        self.valueName = valueName
        self.help = help
        self.repeats = repeats
        self.required = required
        self.completion = completion
    }
}
