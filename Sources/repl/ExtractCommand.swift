import Arguments
import FactStore
import Foundation
import Lexer
import Shell

/// `repl extract FILE…`: prints the facts the extractor reads from the
/// articles as records for a facts file (loaded back, they are curated),
/// or as JSON.
struct ExtractCommand: Command {
    static let spec = CommandSpec(
        name: "repl extract",
        abstract: "Print the deals, hires and projects read from articles, as facts-file records to review.",
        discussion: """
        Known entities come from the data folder; names it does not know are printed as
        new entity records first. Exit status: 0 on success, 2 when a file cannot be read.
        """,
        options: [
            .dataFolder,
            OptionSpec("format", help: "kb (the facts-file format) or json.", completion: .choices(Format.allCases.map(\.rawValue))),
            OptionSpec("limit", .repeated, valueName: "NAME=N", help: "Raise or lower a limit."),
        ],
        positional: PositionalSpec("FILE", help: "Articles to read.", repeats: true)
    )

    enum Format: String, CaseIterable {
        case kb, json
    }

    let data: String?
    let format: Format
    let limits: Limits
    let files: [String]

    init(_ arguments: ParsedArguments) throws(UsageError) {
        data = arguments.value("data")
        format = try arguments.choice("format", as: Format.self) ?? .kb
        limits = try REPLCommand.limits(from: arguments.values("limit"))
        files = arguments.positionals
    }

    func run() throws {
        let directory = data.map { URL(fileURLWithPath: $0) } ?? SeedFiles.bundledDirectory()
        let kb = try REPLCommand.loadKnowledgeBase(directory, limits: limits)
        do {
            print(try ExtractRun.records(of: files, in: kb, limits: limits, json: format == .json), terminator: "")
        } catch {
            StandardError.write("error: \(TerminalText.safe(String(describing: error)))\n")
            throw ExitStatus(2)
        }
    }
}
