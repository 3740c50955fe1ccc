/// What a command line said, by option name, and its other words in order.
/// Asking for a name the command does not declare is a programming error.
public struct ParsedArguments: Sendable {
    let spec: CommandSpec
    var flags: Set<String> = []
    var values: [String: [String]] = [:]
    public internal(set) var positionals: [String] = []

    init(spec: CommandSpec) {
        self.spec = spec
    }

    public func flag(_ name: String) -> Bool {
        precondition(declared(name, .flag), "no flag --\(name)")
        return flags.contains(name)
    }

    /// The value given last, if the option was given.
    public func value(_ name: String) -> String? {
        precondition(declared(name, .value), "no option --\(name)")
        return values[name]?.last
    }

    /// Every value of a repeatable option, in the order given.
    public func values(_ name: String) -> [String] {
        precondition(declared(name, .repeated), "no repeatable option \(name)")
        return values[name] ?? []
    }

    /// A whole number, or `default` if the option was not given.
    public func integer(_ name: String, default fallback: Int) throws(UsageError) -> Int {
        try integer(name) ?? fallback
    }

    public func integer(_ name: String) throws(UsageError) -> Int? {
        guard let text = value(name) else { return nil }
        guard let number = Int(text) else { throw UsageError("\(Self.spelling(name)) takes a whole number, not '\(text)'") }
        return number
    }

    /// One of a fixed set of words (`--format csv`), or nil if not given.
    public func choice<Choice: RawRepresentable & CaseIterable>(_ name: String, as type: Choice.Type) throws(UsageError) -> Choice?
    where Choice.RawValue == String {
        guard let text = value(name) else { return nil }
        if let choice = Choice(rawValue: text) { return choice }
        let words = Choice.allCases.map(\.rawValue)
        throw UsageError("\(Self.spelling(name)) takes one of \(words.joined(separator: ", ")), not '\(text)'")
    }

    static func spelling(_ name: String) -> String { name.count == 1 ? "-" + name : "--" + name }

    private func declared(_ name: String, _ kind: OptionSpec.Kind) -> Bool {
        spec.options.contains { $0.name == name && $0.kind == kind }
    }
}
