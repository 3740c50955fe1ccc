import Arguments
import FactStore
import Foundation
import Generator
import Lexer
import Shell

/// `repl generate --deals N DIR`: writes a data folder of generated deals
/// that `repl --data DIR` loads, and `DIR/deals.csv` with the same deals
/// for sqlite3 and DuckDB.
struct GenerateCommand: Command {
    static let spec = CommandSpec(
        name: "repl generate",
        abstract: "Write a data folder of generated deals, for measuring the store at scale.",
        discussion: """
        The folder holds the schema, a manifest, articles whose lines state the deals, the
        companies and deals as facts files citing those lines, and deals.csv. The same
        options give the same bytes. Exit status: 0 on success, 2 when the folder cannot
        be written.
        """,
        options: [
            OptionSpec("deals", valueName: "N", help: "How many deals; required."),
            OptionSpec("articles", valueName: "M", help: "How many articles (default: one per 50 deals)."),
            OptionSpec("seed", help: "The seed: the same seed gives the same folder (default: 1)."),
            OptionSpec("companies", valueName: "N", help: "How many companies (2 to 200; default: 200)."),
        ],
        positional: PositionalSpec("DIR", help: "A new or empty folder to write.", completion: .directory)
    )

    let deals: Int
    let articles: Int?
    let seed: UInt64
    let companies: Int
    let directory: String

    init(_ arguments: ParsedArguments) throws(UsageError) {
        guard let deals = try arguments.integer("deals") else { throw UsageError("missing --deals N") }
        guard deals >= 0, deals <= 100_000_000 else { throw UsageError("--deals takes 0 to 100,000,000") }
        self.deals = deals
        articles = try arguments.integer("articles")
        if let articles, articles < 1 || articles > 10_000_000 { throw UsageError("--articles takes 1 to 10,000,000") }
        let seedText = arguments.value("seed") ?? "1"
        guard let seed = UInt64(seedText) else { throw UsageError("--seed takes a whole number from 0, not '\(seedText)'") }
        self.seed = seed
        companies = try arguments.integer("companies", default: 200)
        directory = arguments.positionals[0]
    }

    func run() throws {
        let schema = SeedFiles.bundledDirectory().appendingPathComponent("schema.kb")
        do {
            let generator = DataFolderGenerator(.init(deals: deals, articles: articles, seed: seed, companies: companies))
            let summary = try generator.write(to: URL(fileURLWithPath: directory),
                                              schema: try String(contentsOf: schema, encoding: .utf8))
            StandardError.write("wrote \(summary.deals) deals in \(summary.articles) articles, \(summary.companies) companies, "
                                + "\(summary.bytes / 1_000_000) MB to \(TerminalText.safe(directory))\n")
        } catch {
            StandardError.write("error: \(TerminalText.safe(String(describing: error)))\n")
            throw ExitStatus(2)
        }
    }
}
