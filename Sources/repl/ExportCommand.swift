import Arguments
import FactStore
import Foundation
import Lexer
import Shell
import SQL

/// `repl export --to sqlite FILE`: the store as SQL tables, for SQLite,
/// PostgreSQL (and Citus) or any tool that reads CSV.
struct ExportCommand: Command {
    static let spec = CommandSpec(
        name: "repl export",
        abstract: "Write the store as SQL tables: a SQLite database, a PostgreSQL script, or CSV files.",
        discussion: """
        Every kind (the derived sentences, mentions and amounts too), every citation and its
        evidence, entities and their names, and every line of every document. `explain sql`
        prints queries over these tables. A SQLite or PostgreSQL file is written whole or not
        at all. Load a PostgreSQL script with: psql -v ON_ERROR_STOP=1 -f FILE.
        Exit status: 0 on success, 2 when the data does not load or the file cannot be written.
        """,
        options: [
            .dataFolder,
            OptionSpec("no-extract", .flag, help: "Export the facts files' facts only, not those read from the articles."),
            OptionSpec("to", help: "sqlite (a database file), postgres (a script for psql) or csv (a folder of files); required.",
                       completion: .choices(Target.allCases.map(\.rawValue))),
            OptionSpec("distribute", .flag, help: "With --to postgres: distribute the tables with Citus (facts by document; entities on every node)."),
        ],
        positional: PositionalSpec("PATH", help: "The file (a folder for csv) to write.")
    )

    enum Target: String, CaseIterable {
        case sqlite, postgres, csv
    }

    let data: String?
    let noExtract: Bool
    let to: Target
    let distribute: Bool
    let path: String

    init(_ arguments: ParsedArguments) throws(UsageError) {
        data = arguments.value("data")
        noExtract = arguments.flag("no-extract")
        guard let target = try arguments.choice("to", as: Target.self) else { throw UsageError("missing --to sqlite|postgres|csv") }
        to = target
        distribute = arguments.flag("distribute")
        path = arguments.positionals[0]
        if distribute, to != .postgres { throw UsageError("--distribute goes with --to postgres") }
    }

    func run() throws {
        let directory = data.map { URL(fileURLWithPath: $0) } ?? SeedFiles.bundledDirectory()
        let kb = try REPLCommand.loadKnowledgeBase(directory, limits: Limits(), extracting: !noExtract)
        let target: ExportTarget = switch to {
        case .sqlite: .sqlite(path)
        case .postgres: .postgres(path, distributes: distribute)
        case .csv: .csv(path)
        }
        do {
            let summary = try Exporter(kb: kb).export(to: target)
            StandardError.write("wrote \(summary.tables) tables, \(Limits.grouped(summary.rows)) rows to \(TerminalText.safe(path))\n")
        } catch {
            StandardError.write("error: \(TerminalText.safe(error.description))\n")
            throw ExitStatus(2)
        }
    }
}
