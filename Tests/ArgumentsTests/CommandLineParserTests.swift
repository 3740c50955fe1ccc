@testable import Arguments
import Testing

/// The command line of a small command, read as the usual tools read theirs.
@Suite struct CommandLineParserTests {
    static let spec = CommandSpec(
        name: "tool",
        abstract: "A command for tests.",
        options: [
            OptionSpec("data", valueName: "DIR", help: "A folder.", completion: .directory),
            OptionSpec("format", help: "How answers are printed.", completion: .choices(["table", "csv"])),
            OptionSpec("e", .repeated, valueName: "STATEMENT", help: "A statement."),
            OptionSpec("quiet", .flag, help: "No banner."),
            OptionSpec("port", help: "A port."),
        ],
        positional: PositionalSpec("FILE", help: "Files.", repeats: true, required: false),
        version: "1.2.3"
    )

    enum Format: String, CaseIterable { case table, csv }

    /// A command line, then what it reads as: data, format, statements, quiet, files.
    static let runs: [([String], String)] = [
        ([], "nil nil [] false []"),
        (["--data", "d", "--format=csv"], "d csv [] false []"),
        (["-e", "count deals", "-e", "-1", "a.q"], "nil nil [count deals, -1] false [a.q]"),
        (["--quiet", "-", "b.q"], "nil nil [] true [-, b.q]"),
        (["--data", "x", "--data", "y"], "y nil [] false []"),
        (["--", "--quiet", "-e"], "nil nil [] false [--quiet, -e]"),
        (["--data="], " nil [] false []"),
    ]

    @Test(arguments: runs)
    func readsAsWritten(_ arguments: [String], _ expected: String) throws {
        guard case .run(let parsed) = try CommandLineParser.parse(arguments, as: Self.spec) else {
            Issue.record("not a run")
            return
        }
        let format = try parsed.choice("format", as: Format.self)
        let read = "\(parsed.value("data") ?? "nil") \(format?.rawValue ?? "nil") [\(parsed.values("e").joined(separator: ", "))] \(parsed.flag("quiet")) [\(parsed.positionals.joined(separator: ", "))]"
        #expect(read == expected, "\(arguments)")
    }

    /// A command line that cannot run, and what its error says.
    static let errors: [([String], String)] = [
        (["--fromat", "csv"], "unknown option '--fromat'; did you mean '--format'?"),
        (["--no-such-flag"], "unknown option '--no-such-flag'"),
        (["--qiet"], "unknown option '--qiet'; did you mean '--quiet'?"),
        (["-x"], "unknown option '-x'"),
        (["--data"], "--data takes a value (DIR)"),
        (["-e"], "-e takes a value (STATEMENT)"),
        (["--quiet=yes"], "--quiet takes no value"),
        (["--generate-completion-script"], "--generate-completion-script takes a shell: bash, zsh or fish"),
        (["--generate-completion-script", "tcsh"], "--generate-completion-script takes bash, zsh or fish, not 'tcsh'"),
    ]

    @Test(arguments: errors)
    func refusesWithAMessage(_ arguments: [String], _ message: String) {
        #expect(throws: UsageError(message)) { try CommandLineParser.parse(arguments, as: Self.spec) }
    }

    @Test func valuesOfTheWrongKindAreUsageErrors() throws {
        guard case .run(let parsed) = try CommandLineParser.parse(["--format", "xml", "--port", "80a"], as: Self.spec) else {
            Issue.record("not a run")
            return
        }
        #expect(throws: UsageError("--format takes one of table, csv, not 'xml'")) { try parsed.choice("format", as: Format.self) }
        #expect(throws: UsageError("--port takes a whole number, not '80a'")) { try parsed.integer("port", default: 1) }
    }

    @Test func positionalsAreCheckedAgainstTheSpec() {
        let one = CommandSpec(name: "one", abstract: "", options: [], positional: PositionalSpec("PATH", help: "A path."))
        let none = CommandSpec(name: "none", abstract: "", options: [])
        #expect(throws: UsageError("missing PATH")) { try CommandLineParser.parse([], as: one) }
        #expect(throws: UsageError("unexpected argument 'b'")) { try CommandLineParser.parse(["a", "b"], as: one) }
        #expect(throws: UsageError("unexpected argument 'a'")) { try CommandLineParser.parse(["a"], as: none) }
        #expect(throws: UsageError("unknown option '--version'")) { try CommandLineParser.parse(["--version"], as: none) }
    }

    @Test func helpVersionAndCompletionAnswerByThemselves() throws {
        guard case .version(let version) = try CommandLineParser.parse(["a.q", "--version"], as: Self.spec),
              case .help(let help) = try CommandLineParser.parse(["--data", "d", "-h"], as: Self.spec),
              case .completionScript(let shell) = try CommandLineParser.parse(["--generate-completion-script=zsh"], as: Self.spec) else {
            Issue.record("not answered")
            return
        }
        #expect(version == "1.2.3\n")
        #expect(shell == .zsh)
        #expect(help == """
        OVERVIEW: A command for tests.

        USAGE: tool [<options>] [<FILE> ...]

        ARGUMENTS:
          <FILE>                  Files.

        OPTIONS:
          --data <DIR>            A folder.
          --format <FORMAT>       How answers are printed. One of: table, csv.
          -e <STATEMENT>          A statement. Repeatable.
          --quiet                 No banner.
          --port <PORT>           A port.
          --version               Show the version.
          --generate-completion-script <SHELL>
                                  Print a completion script for bash, zsh or fish.
          -h, --help              Show this help.

        """)
    }

    @Test func aUsageErrorSaysWhereHelpIs() {
        #expect(UsageError("unknown option '--x\u{1B}[2J'").rendered(for: Self.spec) == """
        error: unknown option '--x\\u{1B}[2J'
        Usage: tool [<options>] [<FILE> ...]
          See 'tool --help' for more information.

        """)
    }

    @Test func helpIsWrappedUnderItsOption() {
        let words = Array(repeating: "word", count: 30).joined(separator: " ")
        let lines = HelpText.entry("--long", words).split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines.allSatisfy { $0.count <= HelpText.width })
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix(String(repeating: " ", count: HelpText.helpColumn) + "word") })
    }
}
