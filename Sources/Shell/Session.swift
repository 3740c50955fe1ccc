import FactStore
import Foundation
import Lexer
import Query
import SQL

/// One user's session: the knowledge base, the settings the dot-commands
/// change, and the running of input. The executable only reads lines and
/// hands them here; everything else lives in this library, where tests
/// can reach it.
public final class Session {
    public struct Settings {
        public var format: OutputFormat = .table
        public var citations = false
        public var timer = false
        public var color = false
        public var errorColor = false
        /// The terminal's width; nil when output is not a terminal (nothing is cut).
        public var width: Int?
        /// The terminal's height, for `.pager auto`; nil when not a terminal.
        public var height: Int?
        /// A width set with `.width N`, used instead of the terminal's.
        public var fixedWidth: Int?
        /// Tables and records show at most this many rows on a terminal
        /// (`.maxrows`); nil or 0 shows all. Interactive sessions start at 40.
        public var maxRows: Int?
        /// Whether long answers go through a pager (`.pager`).
        public var pager: PagerMode = .off
        /// How a missing value reads in tables, records and cards (`.nullvalue`).
        public var nullValue = ""
        /// The prompts of an interactive session (`.prompt`).
        public var prompt = "aiq> "
        public var continuationPrompt = " ...> "
        /// Stop at the first error.
        public var bail = false
        /// Bounds on statements and answers (`.limit`, `--limit`).
        public var limits = Limits()
        /// Whether conditions may use indexes and typed columns (the
        /// answers are the same; tests run both ways).
        public var usesPlanner = true
        /// The SQL `explain sql` writes (`.dialect`).
        public var dialect: SQLDialect = .sqlite
        /// Print each statement's SQL instead of running it (`--emit-sql`).
        public var emitsSQL = false
        /// Whether dot-commands may read or write files (`.read`, `.output`,
        /// `.ingest`); off for a session that must touch nothing.
        public var allowsFiles = true

        public init() {}
    }

    public private(set) var kb: KnowledgeBase
    public var settings: Settings
    /// Answers.
    public let output: OutputSink
    /// Diagnostics, timings and warnings.
    public let errors: OutputSink
    /// How many statements or commands failed so far.
    public private(set) var failures = 0
    /// Set by `.quit`; also by `--bail` after an error.
    public private(set) var shouldStop = false
    /// Set from a signal handler when the user presses Ctrl-C.
    public var isInterrupted: @Sendable () -> Bool = { false }
    /// A SQL engine that answers find, count and the aggregates instead of
    /// the embedded one (`--engine`); the rest still runs here.
    public var remote: (any SQLConnection)?
    /// Files being read by `.read`, to refuse a script that reads itself.
    var readStack: [String] = []

    public init(kb: KnowledgeBase, settings: Settings = Settings(),
                output: OutputSink = OutputSink(), errors: OutputSink = OutputSink(.standardError)) {
        self.kb = kb
        self.settings = settings
        self.output = output
        self.errors = errors
    }

    var engine: Engine {
        Engine(kb: kb, usesPlanner: settings.usesPlanner, sql: SQLExplanation(dialect: settings.dialect), isCancelled: isInterrupted)
    }

    /// Runs every dot-command and statement of `text` in order; a long text
    /// runs on a thread with a stack deep enough for the largest statement
    /// the limits allow. Returns false if any failed.
    @discardableResult
    public func run(_ text: String, name: String = "") -> Bool {
        Self.onStackFor(text) { runItems(text, name: name) }
    }

    /// Whether an interactive entry stops too early to run (an open string,
    /// a trailing `and`): the REPL then reads another line.
    public func isIncomplete(_ entry: String) -> Bool {
        Self.onStackFor(entry) { Parser.parse(entry, limits: settings.limits).isIncomplete }
    }

    /// Up to this many bytes, no statement nests deep enough (a few hundred
    /// `and`s at most) to need more than the caller's stack.
    static let shallowInput = 4_096

    static func onStackFor<T>(_ text: String, _ body: () -> T) -> T {
        text.utf8.count <= shallowInput ? body() : DeepStack.run(body)
    }

    private func runItems(_ text: String, name: String) -> Bool {
        let before = failures
        for item in ScriptReader.items(of: text, name: name) {
            if shouldStop || isInterrupted() { break }
            switch item {
            case .command(let line, let number):
                runCommand(line, in: name, line: number)
            case .statements(let source):
                runStatements(source)
            }
        }
        return failures == before
    }

    /// Parses the statements of `source` and runs them, reporting parse
    /// errors and results in the order they appear.
    func runStatements(_ source: SourceFile) {
        let parsed = Parser.parse(source, limits: settings.limits)
        enum Event { case statement(Statement), problem(Diagnostic) }
        let events = (parsed.statements.map { (start: $0.span.start, event: Event.statement($0)) }
            + parsed.diagnostics.map { (start: $0.span.start, event: Event.problem($0)) }).sorted { $0.start < $1.start }
        for (_, event) in events {
            if shouldStop || isInterrupted() { return }
            switch event {
            case .problem(let diagnostic): fail(diagnostic)
            case .statement(let statement): execute(statement, in: source)
            }
        }
    }

    func execute(_ written: Statement, in source: SourceFile) {
        let statement = settings.emitsSQL ? Statement(kind: .explainSQL(written), span: written.span) : written
        let start = DispatchTime.now().uptimeNanoseconds
        do {
            let result: QueryResult
            if let answer = try remoteAnswer(statement, in: source) { result = answer } else { result = try engine.run(statement, in: source) }
            if case .table(let table) = result, table.rows.count > settings.limits[.resultRows] {
                fail(Diagnostic(.error, "the answer has \(Limits.grouped(table.rows.count)) rows", in: source,
                                at: Span(start: statement.span.start, end: min(statement.span.end, statement.span.start + 1)),
                                label: "add a limit clause or a condition", notes: ["an answer has " + settings.limits.explain(.resultRows)]))
            } else {
                write(result)
            }
        } catch {
            fail(error)
        }
        if settings.timer {
            let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
            errors.write("time: \(ValueText.short((elapsed * 100).rounded() / 100)) ms\n")
        }
    }

    /// The answer of the remote engine, for what it answers; nil otherwise.
    func remoteAnswer(_ statement: Statement, in source: SourceFile) throws(Diagnostic) -> QueryResult? {
        guard let remote else { return nil }
        let checked = try Checker(kb: kb, source: source).check(statement)
        do {
            return try SQLEngine(engine: engine, dialect: .postgres, connection: remote).run(checked).map(QueryResult.table)
        } catch {
            throw Diagnostic(.error, "the engine failed: \(error.description)", in: source, at: statement.span,
                             label: "this statement was sent to the server")
        }
    }

    /// Writes an answer: on a terminal capped to `.maxrows` and paged when
    /// long; in machine formats with its notes on standard error, so that
    /// the answer stays a clean table for the program that reads it.
    func write(_ result: QueryResult) {
        let onTerminal = output.isStandardOutput && settings.width != nil
        let options = RenderOptions(width: settings.fixedWidth ?? settings.width ?? 100_000,
                                    color: settings.color && output.isStandardOutput, citations: settings.citations,
                                    maxRows: onTerminal && !settings.format.isMachine ? settings.maxRows : nil,
                                    nullValue: settings.nullValue)
        let text = Renderer.render(result, as: settings.format, options: options)
        if onTerminal, Pager.wanted(settings.pager, lines: text.lineCount, height: settings.height) {
            Pager.show(text, fallback: output)
        } else {
            output.write(text)
        }
        for note in Renderer.notes(of: result, as: settings.format) { errors.write("note: " + TerminalText.safe(note) + "\n") }
        output.endOfAnswer()
    }

    /// Reports a diagnostic on standard error and counts the failure.
    func fail(_ diagnostic: Diagnostic) {
        errors.write(DiagnosticRenderer(useColor: settings.errorColor).render(diagnostic))
        countFailure()
    }

    /// Reports a message that has no source position.
    func fail(_ message: String) {
        errors.write((settings.errorColor ? "\u{1B}[1;31merror\u{1B}[0m" : "error") + ": " + TerminalText.safe(message) + "\n")
        countFailure()
    }

    private func countFailure() {
        failures += 1
        if settings.bail { shouldStop = true }
    }

    func requestStop() {
        shouldStop = true
    }

    /// Reports an error that is not a diagnostic (a script that cannot be read).
    public func report(_ error: Error) {
        fail(String(describing: error))
    }

    func replaceKnowledgeBase(_ kb: KnowledgeBase) {
        self.kb = kb
    }
}
