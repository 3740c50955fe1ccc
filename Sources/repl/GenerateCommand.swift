import ArgumentParser
import FactStore
import Foundation
import Generator
import Lexer
import Shell

/// `repl generate --deals N DIR`: writes a data folder of generated deals
/// that `repl --data DIR` loads, and `DIR/deals.csv` with the same deals
/// for sqlite3 and DuckDB.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repl generate",
        abstract: "Write a data folder of generated deals, for measuring the store at scale.",
        discussion: """
        The folder holds the schema, a manifest, articles whose lines state the deals, the
        companies and deals as facts files citing those lines, and deals.csv. The same
        options give the same bytes. Exit status: 0 on success, 2 when the folder cannot
        be written.
        """
    )

    @Option(help: "How many deals.")
    var deals: Int

    @Option(help: ArgumentHelp("How many articles (default: one per 50 deals).", valueName: "M"))
    var articles: Int?

    @Option(help: "The seed: the same seed gives the same folder.")
    var seed: UInt64 = 1

    @Option(help: "How many companies (2 to 200).")
    var companies: Int = 200

    @Argument(help: ArgumentHelp("A new or empty folder to write.", valueName: "DIR"))
    var directory: String

    mutating func validate() throws {
        guard deals >= 0, deals <= 100_000_000 else { throw ValidationError("--deals takes 0 to 100,000,000") }
        if let articles, articles < 1 || articles > 10_000_000 { throw ValidationError("--articles takes 1 to 10,000,000") }
    }

    mutating func run() throws {
        let schema = SeedFiles.bundledDirectory().appendingPathComponent("schema.kb")
        do {
            let generator = DataFolderGenerator(.init(deals: deals, articles: articles, seed: seed, companies: companies))
            let summary = try generator.write(to: URL(fileURLWithPath: directory),
                                              schema: try String(contentsOf: schema, encoding: .utf8))
            StandardError.write("wrote \(summary.deals) deals in \(summary.articles) articles, \(summary.companies) companies, "
                                + "\(summary.bytes / 1_000_000) MB to \(TerminalText.safe(directory))\n")
        } catch {
            StandardError.write("error: \(TerminalText.safe(String(describing: error)))\n")
            throw ExitCode(2)
        }
    }
}
