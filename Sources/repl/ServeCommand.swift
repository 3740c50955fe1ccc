import Arguments
import FactStore
import Foundation
import Lexer
import Shell
import Web

/// `repl serve`: the language in a browser, and a JSON API, over one store.
struct ServeCommand: Command {
    static let spec = CommandSpec(
        name: "repl serve",
        abstract: "Serve the query page, article and entity pages and a JSON API over the store.",
        discussion: """
        Listens on 127.0.0.1:8080 unless told otherwise; prints its address, and stops on
        Ctrl-C or SIGTERM. Read-only unless --allow-ingest. The API is described at
        /openapi.json. Exit status: 0 after a clean stop, 2 when the data does not load or
        the address cannot be listened on.
        """,
        options: [
            .dataFolder,
            OptionSpec("no-extract", .flag, help: "Take facts from the facts files only."),
            OptionSpec("host", help: "The address to listen on (default: 127.0.0.1, this machine only)."),
            OptionSpec("port", help: "The port (default: 8080; 0: any free port, the address printed says which)."),
            OptionSpec("allow-ingest", .flag, help: "Let the page add articles to the store."),
            OptionSpec("time-limit", valueName: "MS", help: "Milliseconds a request may run (default: 5000)."),
            OptionSpec("max-rows", help: "Rows an answer may have (default: 10000)."),
            OptionSpec("max-statement", valueName: "BYTES", help: "Bytes a request's statements may have (default: 10000)."),
            OptionSpec("concurrent", help: "Requests evaluated at once, the others wait (default: one per core)."),
            OptionSpec("queued", help: "Requests that may wait; beyond, the server answers 503, busy (default: 64)."),
        ]
    )

    let data: String?
    let noExtract: Bool
    let host: String
    let port: Int
    let allowIngest: Bool
    let timeLimit: Int
    let maxRows: Int
    let maxStatement: Int
    let concurrent: Int
    let queued: Int

    init(_ arguments: ParsedArguments) throws(UsageError) {
        data = arguments.value("data")
        noExtract = arguments.flag("no-extract")
        host = arguments.value("host") ?? "127.0.0.1"
        port = try arguments.integer("port", default: 8080)
        allowIngest = arguments.flag("allow-ingest")
        timeLimit = try arguments.integer("time-limit", default: 5_000)
        maxRows = try arguments.integer("max-rows", default: 10_000)
        maxStatement = try arguments.integer("max-statement", default: 10_000)
        concurrent = try arguments.integer("concurrent", default: max(1, ProcessInfo.processInfo.activeProcessorCount))
        queued = try arguments.integer("queued", default: 64)
        guard (0...65_535).contains(port) else { throw UsageError("--port takes 0 to 65535") }
        guard timeLimit >= 1, maxRows >= 1, maxStatement >= 1, concurrent >= 1, queued >= 0 else {
            throw UsageError("--time-limit, --max-rows, --max-statement and --concurrent take a positive number, --queued 0 or more")
        }
    }

    func run() async throws {
        let directory = data.map { URL(fileURLWithPath: $0) } ?? SeedFiles.bundledDirectory()
        let kb = try REPLCommand.loadKnowledgeBase(directory, limits: Limits(), extracting: !noExtract)
        var settings = WebSettings()
        settings.host = host
        settings.port = port
        settings.allowsIngest = allowIngest
        settings.timeLimitMilliseconds = timeLimit
        settings.maxRows = maxRows
        settings.maxStatementBytes = maxStatement
        settings.concurrent = concurrent
        settings.queued = queued
        // Derived now, so that the first request does not wait for the text layer.
        kb.deriveTextLayer(isCancelled: { false })
        let mode = allowIngest ? "articles may be added" : "read-only"
        do {
            try await WebServer(kb: kb, settings: settings).run { address in
                let line = "serving \(kb.documents.count) documents on \(address) (\(mode); Ctrl-C stops)\n"
                FileHandle.standardOutput.write(Data(line.utf8))
            }
        } catch {
            StandardError.write("error: cannot serve on \(TerminalText.safe(host)):\(port): \(TerminalText.safe(String(describing: error)))\n")
            throw ExitStatus(2)
        }
        StandardError.write("stopped\n")
    }
}
