import ArgumentParser
import FactStore
import Foundation
import Lexer
import Shell
import Web

/// `repl serve`: the language in a browser, and a JSON API, over one store.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repl serve",
        abstract: "Serve the query page, article and entity pages and a JSON API over the store.",
        discussion: """
        Listens on 127.0.0.1:8080 unless told otherwise; prints its address, and stops on
        Ctrl-C or SIGTERM. Read-only unless --allow-ingest. The API is described at
        /openapi.json. Exit status: 0 after a clean stop, 2 when the data does not load or
        the address cannot be listened on.
        """
    )

    @Option(name: .customLong("data"), help: ArgumentHelp("A folder laid out like seeds/ (default: the bundled corpus).", valueName: "DIR"))
    var data: String?

    @Flag(name: .customLong("no-extract"), help: "Take facts from the facts files only.")
    var noExtract = false

    @Option(help: "The address to listen on (127.0.0.1: this machine only).")
    var host = "127.0.0.1"

    @Option(help: "The port (0: any free port; the address printed says which).")
    var port = 8080

    @Flag(name: .customLong("allow-ingest"), help: "Let the page add articles to the store.")
    var allowIngest = false

    @Option(name: .customLong("time-limit"), help: ArgumentHelp("Milliseconds a request may run.", valueName: "MS"))
    var timeLimit = 5_000

    @Option(name: .customLong("max-rows"), help: "Rows an answer may have.")
    var maxRows = 10_000

    @Option(name: .customLong("max-statement"), help: ArgumentHelp("Bytes a request's statements may have.", valueName: "BYTES"))
    var maxStatement = 10_000

    @Option(help: "Requests evaluated at once (the others wait).")
    var concurrent = max(1, ProcessInfo.processInfo.activeProcessorCount)

    @Option(help: "Requests that may wait; beyond, the server answers 503 (busy).")
    var queued = 64

    mutating func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port takes 0 to 65535") }
        guard timeLimit >= 1, maxRows >= 1, maxStatement >= 1, concurrent >= 1, queued >= 0 else {
            throw ValidationError("--time-limit, --max-rows, --max-statement and --concurrent take a positive number, --queued 0 or more")
        }
    }

    mutating func run() async throws {
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
            throw ExitCode(2)
        }
        StandardError.write("stopped\n")
    }
}
