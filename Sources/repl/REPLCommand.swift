import Arguments
import FactStore
import Foundation
import Lexer
import Query
import Shell
import SQL
import Synchronization

/// `repl`: query the AI-industry news corpus. Interactive on a terminal;
/// otherwise runs `-e` statements, script files, or standard input.
@main
struct REPLCommand: Command {
    static let version = "0.1.0"

    static let spec = CommandSpec(
        name: "repl",
        abstract: "Query a corpus of news articles about the AI industry.",
        discussion: """
        Exit status: 0 when every statement succeeded, 1 when any failed, 2 for usage
        errors or data that cannot be loaded. Answers go to standard output,
        diagnostics to standard error. Type .help in a session for the language.

        Commands of their own (each with --help): repl serve (the pages and a JSON API),
        repl export (SQL tables), repl extract (facts read from articles), repl generate
        (a data folder of generated deals).
        """,
        options: [
            .dataFolder,
            OptionSpec("format", help: "How answers are printed.", completion: .choices(OutputFormat.allCases.map(\.rawValue))),
            OptionSpec("e", .repeated, valueName: "STATEMENT", help: "Run a statement or dot-command, in order."),
            OptionSpec("no-history", .flag, help: "Do not read or write the history file."),
            OptionSpec("no-extract", .flag, help: "Take facts from the facts files only; do not read deals, hires and projects from the articles."),
            OptionSpec("no-init", .flag, help: "Do not run the start-up file ($XDG_CONFIG_HOME/aiquery/init.q)."),
            OptionSpec("engine", valueName: "postgresql://HOST:PORT/DB", help: "Answer statements on a PostgreSQL server holding this data folder's export."),
            OptionSpec("emit-sql", .flag, help: "Print each statement's SQL (as explain sql) instead of running it."),
            OptionSpec("dialect", help: "The SQL that explain sql and --emit-sql write: sqlite (the default) or postgres (the default with --engine).",
                       completion: .choices(SQLDialect.allCases.map(\.rawValue))),
            OptionSpec("bail", .flag, help: "Stop at the first error."),
            OptionSpec("no-snapshot", .flag,
                       help: "Load the data folder from its files and read its articles again, even if .aiquery/ holds snapshots of them, and write none."),
            OptionSpec("quiet", .flag, help: "No banner."),
            OptionSpec("cite", .flag, help: "Print each fact's citation and verbatim evidence under it."),
            OptionSpec("limit", .repeated, valueName: "NAME=N",
                       help: "Raise or lower a limit: " + Limits.Name.allCases.map(\.rawValue).joined(separator: ", ") + "."),
        ],
        positional: PositionalSpec("FILE", help: "Script files to run, in order.", repeats: true, required: false),
        version: version
    )

    let data: String?
    let format: OutputFormat
    let statements: [String]
    let noHistory: Bool
    let noExtract: Bool
    let noInit: Bool
    let engine: String?
    let emitSQL: Bool
    let dialect: SQLDialect?
    let bail: Bool
    let noSnapshot: Bool
    let quiet: Bool
    let cite: Bool
    let limits: Limits
    let files: [String]

    init(_ arguments: ParsedArguments) throws(UsageError) {
        data = arguments.value("data")
        format = try arguments.choice("format", as: OutputFormat.self) ?? .table
        statements = arguments.values("e")
        noHistory = arguments.flag("no-history")
        noExtract = arguments.flag("no-extract")
        noInit = arguments.flag("no-init")
        engine = arguments.value("engine")
        emitSQL = arguments.flag("emit-sql")
        dialect = try arguments.choice("dialect", as: SQLDialect.self)
        bail = arguments.flag("bail")
        noSnapshot = arguments.flag("no-snapshot")
        quiet = arguments.flag("quiet")
        cite = arguments.flag("cite")
        limits = try Self.limits(from: arguments.values("limit"))
        files = arguments.positionals
    }

    func run() throws {
        let directory = data.map { URL(fileURLWithPath: $0) } ?? SeedFiles.bundledDirectory()
        let kb = try Self.loadKnowledgeBase(directory, limits: limits, extracting: !noExtract, snapshot: !noSnapshot)
        var settings = Session.Settings()
        settings.limits = limits
        settings.format = format
        settings.citations = cite
        settings.bail = bail
        settings.emitsSQL = emitSQL
        settings.dialect = dialect ?? (engine == nil ? .sqlite : .postgres)
        settings.color = Terminal.wantsColor(1)
        settings.errorColor = Terminal.wantsColor(2)
        settings.width = Terminal.width()
        let session = Session(kb: kb, settings: settings)
        if let engine {
            do {
                session.remote = try RemoteStore.connect(engine, for: kb)
            } catch {
                StandardError.write("error: \(TerminalText.safe(error.description))\n")
                throw ExitStatus(2)
            }
        }

        if statements.isEmpty, files.isEmpty, Terminal.isTerminal(0) {
            let loop = InteractiveLoop(session: session, historyPath: noHistory ? nil : HistoryFile.path())
            if !quiet { loop.printBanner(version: Self.version) }
            if !noInit { loop.runInitFile(InitFile.path()) }
            loop.run()
            return  // errors were shown as they happened; leaving is a success
        }
        runNonInteractive(session)
        throw ExitStatus(session.failures == 0 ? 0 : 1)
    }

    /// `-e` statements, then files, then (when neither is given) standard input.
    func runNonInteractive(_ session: Session) {
        for statement in statements where !session.shouldStop {
            session.run(statement, name: "-e")
        }
        for file in files where !session.shouldStop {
            do {
                session.run(try ScriptFile.read(file), name: file)
            } catch {
                session.report(error)
            }
        }
        if statements.isEmpty, files.isEmpty {
            var lines: [String] = []
            while let line = readLine(strippingNewline: true) { lines.append(line) }
            session.run(lines.joined(separator: "\n"), name: "<stdin>")
        }
    }

    /// `--limit nesting=300`: a usage error (exit 2) when the name or value is wrong.
    static func limits(from settings: [String]) throws(UsageError) -> Limits {
        var limits = Limits()
        for setting in settings {
            let parts = setting.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let name = Limits.Name(rawValue: parts[0]) else {
                throw UsageError("--limit takes NAME=N, with NAME one of " + Limits.Name.allCases.map(\.rawValue).joined(separator: ", "))
            }
            guard let value = Int(parts[1]) else { throw UsageError("--limit \(parts[0]) takes a whole number") }
            if let problem = limits.set(name, to: value) { throw UsageError(problem) }
        }
        return limits
    }

    static func loadKnowledgeBase(_ directory: URL, limits: Limits, extracting: Bool = true, snapshot: Bool = true) throws -> KnowledgeBase {
        do {
            let opened = try DataFolder.open(directory, limits: limits, extracting: extracting, snapshot: snapshot)
            for note in opened.notes { StandardError.write(TerminalText.safe(note) + "\n") }
            return opened.kb
        } catch let list as DiagnosticList {
            let count = list.diagnostics.count
            StandardError.write(DiagnosticRenderer(useColor: Terminal.wantsColor(2)).render(list.diagnostics))
            StandardError.write("error: the data in \(TerminalText.safe(directory.path)) did not load (\(count) \(count == 1 ? "error" : "errors")); nothing was loaded\n")
            throw ExitStatus(2)
        } catch {
            StandardError.write("error: \(TerminalText.safe(String(describing: error)))\n")
            throw ExitStatus(2)
        }
    }

    /// `repl extract …`, `repl generate …`, `repl export …` and `repl serve …` are commands of their own.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        let rest = Array(arguments.dropFirst())
        switch arguments.first {
        case "extract": CommandRunner.exiting { try CommandRunner.read(ExtractCommand.self, rest).run() }
        case "generate": CommandRunner.exiting { try CommandRunner.read(GenerateCommand.self, rest).run() }
        case "export": CommandRunner.exiting { try CommandRunner.read(ExportCommand.self, rest).run() }
        case "serve": serve(CommandRunner.read(ServeCommand.self, rest))
        default:
            let subcommands = [ServeCommand.spec, ExportCommand.spec, ExtractCommand.spec, GenerateCommand.spec]
            let command = CommandRunner.read(Self.self, arguments, subcommands: subcommands)
            CommandRunner.exiting { try command.run() }
        }
    }

    /// The server runs on Swift's concurrency threads; the main thread waits for it to stop.
    private static func serve(_ command: ServeCommand) -> Never {
        let status = Mutex<Int32>(0)
        let done = DispatchSemaphore(value: 0)
        Task {
            do { try await command.run() } catch let exit as ExitStatus { status.withLock { $0 = exit.code } } catch {
                StandardError.write("error: \(TerminalText.safe(String(describing: error)))\n")
                status.withLock { $0 = 2 }
            }
            done.signal()
        }
        done.wait()
        Foundation.exit(status.withLock { $0 })
    }
}
