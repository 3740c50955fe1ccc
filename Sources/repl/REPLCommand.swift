import ArgumentParser
import FactStore
import Foundation
import Lexer
import Query
import Shell
import SQL
import Synchronization

extension SQLDialect: ExpressibleByArgument {}

/// `repl`: query the AI-industry news corpus. Interactive on a terminal;
/// otherwise runs `-e` statements, script files, or standard input.
@main
struct REPLCommand: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "repl",
        abstract: "Query a corpus of news articles about the AI industry.",
        discussion: """
        Exit status: 0 when every statement succeeded, 1 when any failed, 2 for usage
        errors or data that cannot be loaded. Answers go to standard output,
        diagnostics to standard error. Type .help in a session for the language.

        Commands of their own (each with --help): repl serve (the pages and a JSON API),
        repl export (SQL tables), repl extract (facts read from articles), repl generate
        (a data folder of generated deals).
        """,
        version: version
    )

    @Option(name: .customLong("data"), help: ArgumentHelp("A folder laid out like seeds/ (default: the bundled corpus).", valueName: "DIR"))
    var data: String?

    @Option(name: .customLong("format"), help: "How answers are printed.")
    var format: OutputFormat = .table

    @Option(name: .customShort("e"), parsing: .singleValue, help: ArgumentHelp("Run a statement or dot-command (repeatable, in order).", valueName: "STATEMENT"))
    var statements: [String] = []

    @Flag(name: .customLong("no-history"), help: "Do not read or write the history file.")
    var noHistory = false

    @Flag(name: .customLong("no-extract"), help: "Take facts from the facts files only; do not read deals, hires and projects from the articles.")
    var noExtract = false

    @Flag(name: .customLong("no-init"), help: "Do not run the start-up file ($XDG_CONFIG_HOME/aiquery/init.q).")
    var noInit = false

    @Option(name: .customLong("engine"), help: ArgumentHelp("Answer statements on a PostgreSQL server holding this data folder's export.", valueName: "postgresql://HOST:PORT/DB"))
    var engine: String?

    @Flag(name: .customLong("emit-sql"), help: "Print each statement's SQL (as explain sql) instead of running it.")
    var emitSQL = false

    @Option(help: "The SQL that explain sql and --emit-sql write: sqlite (the default) or postgres (the default with --engine).")
    var dialect: SQLDialect?

    @Flag(help: "Stop at the first error.")
    var bail = false

    @Flag(name: .customLong("no-snapshot"),
          help: "Load the data folder from its files and read its articles again, even if .aiquery/ holds snapshots of them, and write none.")
    var noSnapshot = false

    @Flag(help: "No banner.")
    var quiet = false

    @Flag(help: "Print each fact's citation and verbatim evidence under it.")
    var cite = false

    @Option(name: .customLong("limit"), parsing: .singleValue,
            help: ArgumentHelp("Raise or lower a limit (repeatable): " + Limits.Name.allCases.map(\.rawValue).joined(separator: ", ") + ".",
                               valueName: "NAME=N"))
    var limitSettings: [String] = []

    @Argument(help: ArgumentHelp("Script files to run, in order.", valueName: "FILE"))
    var files: [String] = []

    mutating func run() throws {
        let limits = try Self.limits(from: limitSettings)
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
                throw ExitCode(2)
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
        throw ExitCode(session.failures == 0 ? 0 : 1)
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
    static func limits(from settings: [String]) throws -> Limits {
        var limits = Limits()
        for setting in settings {
            let parts = setting.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let name = Limits.Name(rawValue: parts[0]) else {
                throw ValidationError("--limit takes NAME=N, with NAME one of " + Limits.Name.allCases.map(\.rawValue).joined(separator: ", "))
            }
            guard let value = Int(parts[1]) else { throw ValidationError("--limit \(parts[0]) takes a whole number") }
            if let problem = limits.set(name, to: value) { throw ValidationError(problem) }
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
            throw ExitCode(2)
        } catch {
            StandardError.write("error: \(TerminalText.safe(String(describing: error)))\n")
            throw ExitCode(2)
        }
    }

    /// Usage errors exit with 2, not ArgumentParser's 64. `repl extract …`,
    /// `repl generate …`, `repl export …` and `repl serve …` are commands of their own.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if arguments.first == "extract" {
            run(ExtractCommand.self, Array(arguments.dropFirst()))
        }
        if arguments.first == "generate" {
            run(GenerateCommand.self, Array(arguments.dropFirst()))
        }
        if arguments.first == "export" {
            run(ExportCommand.self, Array(arguments.dropFirst()))
        }
        if arguments.first == "serve" {
            serve(Array(arguments.dropFirst()))
        }
        run(Self.self, arguments)
    }

    /// The server runs on Swift's concurrency threads; the main thread waits for it to stop.
    private static func serve(_ arguments: [String]) -> Never {
        let command: ServeCommand
        do {
            command = try ServeCommand.parseAsRoot(arguments) as! ServeCommand
        } catch {
            if ServeCommand.exitCode(for: error) == .success { ServeCommand.exit(withError: error) }
            StandardError.write(ServeCommand.fullMessage(for: error) + "\n")
            Foundation.exit(2)
        }
        let status = Mutex<Int32>(0)
        let done = DispatchSemaphore(value: 0)
        Task {
            var running = command
            do { try await running.run() } catch let code as ExitCode { status.withLock { $0 = code.rawValue } } catch {
                StandardError.write("error: \(TerminalText.safe(String(describing: error)))\n")
                status.withLock { $0 = 2 }
            }
            done.signal()
        }
        done.wait()
        Foundation.exit(status.withLock { $0 })
    }

    private static func run<Command: ParsableCommand>(_ type: Command.Type, _ arguments: [String]) -> Never {
        do {
            var command = try type.parseAsRoot(arguments)
            try command.run()
            Foundation.exit(0)
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch {
            if type.exitCode(for: error) == .success { type.exit(withError: error) }
            StandardError.write(type.fullMessage(for: error) + "\n")
            Foundation.exit(2)
        }
    }
}

extension OutputFormat: ExpressibleByArgument {}
