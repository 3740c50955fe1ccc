import FactStore
import Foundation
import Lexer
import Query
import Shell
import SQL
import TestSupport
import Testing

/// The same statements answered by the embedded engine and by PostgreSQL
/// through `--engine` (a session whose remote engine is the server), after
/// the export was loaded with psql: every answer as the user sees it must
/// be the same, byte for byte.
@Suite(.enabled(if: PostgresServer.url != nil, "needs AIQUERY_POSTGRES_URL (.ci/run starts a throw-away server)"))
struct PostgresTests {
    static let statements = 600

    @Test(arguments: ["bundled", "generated", "sql fixture"])
    func postgresAgreesWithTheEngine(store: String) throws {
        let kb = Stores.named(store)
        let url = try PostgresServer.database(holding: kb, named: store.replacingOccurrences(of: " ", with: "_"))
        let connection = try RemoteStore.connect(url, for: kb)
        var maker = StatementMaker(kb: kb, seed: UInt64(store.count) + 100)
        var compared = 0
        var failed = 0
        var refused = 0
        while compared < Self.statements {
            let text = maker.statement()
            let embedded = Self.answer(text, kb: kb, remote: nil)
            guard embedded.succeeded else {
                refused += 1
                #expect(refused < Self.statements, "too many refused statements; the last: \(text)")
                if refused >= Self.statements { return }
                continue
            }
            let served = Self.answer(text, kb: kb, remote: connection)
            compared += 1
            if served.output != embedded.output || !served.succeeded {
                failed += 1
                Issue.record("\(text)\nembedded:\n\(embedded.output)\nPostgreSQL:\n\(served.output)")
                if failed > 3 { return }
            }
        }
        print("PostgreSQL (\(store)): \(compared) statements answered the same as the embedded engine")
    }

    /// A statement's answer as CSV with its notes and diagnostics, as `repl --format csv` prints them.
    static func answer(_ text: String, kb: KnowledgeBase, remote: (any SQLConnection)?) -> (succeeded: Bool, output: String) {
        let sink = OutputSink.memory()
        var settings = Session.Settings()
        settings.format = .csv
        let session = Session(kb: kb, settings: settings, output: sink, errors: sink)
        session.remote = remote
        let succeeded = session.run(text)
        return (succeeded, sink.captured)
    }
}
