import ArgumentParser
import FactStore
import Foundation
import Lexer
import Shell

/// `repl extract FILE…`: prints the facts the extractor reads from the
/// articles as records for a facts file (loaded back, they are curated),
/// or as JSON.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repl extract",
        abstract: "Print the deals, hires and projects read from articles, as facts-file records to review.",
        discussion: """
        Known entities come from the data folder; names it does not know are printed as
        new entity records first. Exit status: 0 on success, 2 when a file cannot be read.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case kb, json
    }

    @Option(name: .customLong("data"), help: ArgumentHelp("A folder laid out like seeds/ (default: the bundled corpus).", valueName: "DIR"))
    var data: String?

    @Option(help: "kb (the facts-file format) or json.")
    var format: Format = .kb

    @Option(name: .customLong("limit"), parsing: .singleValue, help: ArgumentHelp("Raise or lower a limit (repeatable).", valueName: "NAME=N"))
    var limitSettings: [String] = []

    @Argument(help: ArgumentHelp("Articles to read.", valueName: "FILE"))
    var files: [String]

    mutating func validate() throws {
        guard !files.isEmpty else { throw ValidationError("name at least one article to read") }
    }

    mutating func run() throws {
        let limits = try REPLCommand.limits(from: limitSettings)
        let directory = data.map { URL(fileURLWithPath: $0) } ?? SeedFiles.bundledDirectory()
        let kb = try REPLCommand.loadKnowledgeBase(directory, limits: limits)
        do {
            print(try ExtractRun.records(of: files, in: kb, limits: limits, json: format == .json), terminator: "")
        } catch {
            StandardError.write("error: \(TerminalText.safe(String(describing: error)))\n")
            throw ExitCode(2)
        }
    }
}
