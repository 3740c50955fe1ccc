import Lexer

/// A command line that cannot be run as written: exit status 2, and a
/// message that says what was wrong and how to see the command's options.
public struct UsageError: Error, Sendable, Equatable {
    public let message: String

    public init(_ message: String) {
        self.message = message
    }

    /// `error: unknown option '--fromat'; did you mean '--format'?`, then where help is.
    public func rendered(for spec: CommandSpec) -> String {
        "error: \(TerminalText.safe(message))\nUsage: \(HelpText.usage(of: spec))\n  See '\(spec.name) --help' for more information.\n"
    }
}
