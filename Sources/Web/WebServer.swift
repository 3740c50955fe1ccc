import FactStore
import Foundation
import HTTPTypes
import Hummingbird
import Logging
import Lexer
import Query
import Synchronization

/// `repl serve`: the query page, article and entity pages, downloads and
/// the JSON API over one store, read-only unless ingest is allowed.
/// Hummingbird (over SwiftNIO) serves HTTP/1.1 with keep-alive and stops
/// cleanly on SIGINT and SIGTERM.
public final class WebServer: Sendable {
    let settings: WebSettings
    /// Replaced whole when an article is ingested, so a request sees one store throughout.
    private let store: Mutex<KnowledgeBase>
    let gate: Gate

    public init(kb: KnowledgeBase, settings: WebSettings) {
        self.settings = settings
        self.store = Mutex(kb)
        self.gate = Gate(running: settings.concurrent, queued: settings.queued)
    }

    var kb: KnowledgeBase { store.withLock { $0 } }

    /// Puts `updated` in place of `expected`, unless the store changed meanwhile: two ingests never lose one another.
    func replaceStore(_ expected: KnowledgeBase, with updated: KnowledgeBase) -> Bool {
        store.withLock { kb in
            guard kb === expected else { return false }
            kb = updated
            return true
        }
    }

    /// Serves until SIGINT or SIGTERM; `started` is told the address, with the port chosen when 0 was asked.
    public func run(started: @escaping @Sendable (String) -> Void) async throws {
        let application = Application(
            router: router(),
            configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: "aiquery"),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? self.settings.port
                started("http://\(self.settings.host.contains(":") ? "[\(self.settings.host)]" : self.settings.host):\(port)")
            },
            logger: Logger(label: "aiquery.serve", factory: { _ in SwiftLogNoOpLogHandler() })
        )
        try await application.runService()
    }

    func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.get("/") { request, _ in await self.queryPage(request) }
        router.get("/download") { request, _ in await self.download(request) }
        router.get("/documents/:id") { request, context in self.articlePage(request, id: Self.parameter("id", of: context)) }
        router.get("/entities/:name") { _, context in await self.entityPage(name: Self.parameter("name", of: context)) }
        router.get("/api/query") { request, _ in await self.apiQuery(request) }
        router.get("/api/documents/:id") { _, context in self.apiDocument(id: Self.parameter("id", of: context)) }
        router.post("/ingest") { request, _ in try await self.ingest(request) }
        router.get("/static/style.css") { _, _ in Self.respond(.ok, Assets.css, type: "text/css; charset=utf-8", cache: true) }
        router.get("/static/app.js") { _, _ in Self.respond(.ok, Assets.javascript, type: "text/javascript; charset=utf-8", cache: true) }
        router.get("/openapi.json") { _, _ in Self.respond(.ok, OpenAPI.document, type: "application/json") }
        // Anything else is not here: JSON under /api, a page elsewhere.
        router.get("/api/**") { request, _ in
            Self.json(.notFound, APIResponse.error(status: 404, "no such endpoint: \(request.uri.path) (see /openapi.json)"))
        }
        router.get("/**") { _, _ in
            Self.errorPage(.notFound, title: "not found", "no such page", more: "<p><a href=\"/\">the query page</a></p>")
        }
        return router
    }

    // MARK: - Running statements

    /// Runs a request's statements when the gate lets it in; nil when the server is busy.
    /// Evaluation is CPU work: it runs on threads of its own, never on the ones
    /// Swift's concurrency shares, so that the gate, the pages and "busy" stay quick.
    func evaluate(_ statement: String) async -> QueryRunner.Outcome? {
        guard await gate.enter() else { return nil }
        let runner = QueryRunner(kb: kb, settings: settings)
        let outcome = await withCheckedContinuation { done in
            Self.evaluation.async { done.resume(returning: runner.run(statement)) }
        }
        await gate.leave()
        return outcome
    }

    private static let evaluation = DispatchQueue(label: "aiquery.serve.evaluation", qos: .userInitiated, attributes: .concurrent)

    /// A path parameter, percent-decoded (`/entities/Scale%20AI`); a `+` stays a plus in a path.
    static func parameter(_ name: String, of context: BasicRequestContext) -> String {
        QueryString.decodePath(context.parameters.get(name) ?? "")
    }

    static func statement(of request: Request) -> String {
        QueryString.parameters(request.uri.query)["q"] ?? ""
    }

    // MARK: - Responses

    static func respond(_ status: HTTPResponse.Status, _ body: String, type: String, cache: Bool = false,
                        headers extra: [(HTTPField.Name, String)] = []) -> Response {
        var headers: HTTPFields = [.contentType: type, .init("X-Content-Type-Options")!: "nosniff"]
        // Nothing from outside the machine, no inline script: the page's own files only.
        headers[.contentSecurityPolicy] = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'"
        if cache { headers[.cacheControl] = "max-age=3600" }
        for (name, value) in extra { headers[name] = value }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: body)))
    }

    static func html(_ status: HTTPResponse.Status, _ page: String) -> Response {
        respond(status, page, type: "text/html; charset=utf-8")
    }

    /// A page that says only what went wrong (and, in `more`, markup that helps).
    static func errorPage(_ status: HTTPResponse.Status, title: String, _ message: String, more: String = "") -> Response {
        html(status, HTML.page(title: title, body: HTML.error(message) + more))
    }

    static func json(_ status: HTTPResponse.Status, _ body: String) -> Response {
        respond(status, body, type: "application/json; charset=utf-8")
    }

    static let busy = "the server is busy: every place is taken; try again in a moment"
}
