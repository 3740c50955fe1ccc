import FactStore
import Foundation
import HTTPTypes
import Hummingbird
import Lexer
import Query

// MARK: - Pages

extension WebServer {
    func queryPage(_ request: Request) async -> Response {
        let statement = Self.statement(of: request)
        let page = QueryPage(answerHTML: AnswerHTML(shownRows: settings.shownRows), allowsIngest: settings.allowsIngest)
        guard !statement.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            return Self.html(.ok, page.render(statement: statement, outcome: nil))
        }
        guard let outcome = await evaluate(statement) else {
            return Self.html(.serviceUnavailable, page.render(statement: statement, outcome: .tooSlow(Self.busy)))
        }
        return Self.html(Self.status(of: outcome), page.render(statement: statement, outcome: outcome))
    }

    func articlePage(_ request: Request, id: String) -> Response {
        let kb = self.kb
        guard let document = kb.document(id) else {
            let known = kb.documents.map(\.id)
            let hint = Suggestion.nearest(to: id, in: known).map { " — did you mean <a href=\"\(HTML.escape(Links.document($0)))\">\(HTML.escape($0))</a>?" } ?? ""
            return Self.errorPage(.notFound, title: "no such document", "no document has the id '\(id)'", more: "<p>\(hint)</p>")
        }
        let parameters = QueryString.parameters(request.uri.query)
        let body = ArticlePage(kb: kb).render(document, line: parameters["line"].flatMap { Int($0) }, evidence: parameters["evidence"])
        return Self.html(.ok, HTML.page(title: document.title ?? document.id, body: body))
    }

    func entityPage(name: String) async -> Response {
        let statement = "describe " + CanonicalPrinter.quote(name)
        guard let outcome = await evaluate(statement) else {
            return Self.errorPage(.serviceUnavailable, title: name, Self.busy)
        }
        guard case .answered(let answers) = outcome, case .card(let card)? = answers.first?.result else {
            let page = QueryPage(answerHTML: AnswerHTML(shownRows: settings.shownRows), allowsIngest: false)
            let status: HTTPResponse.Status = if case .tooSlow = outcome { .serviceUnavailable } else { .notFound }
            return Self.html(status, page.render(statement: statement, outcome: outcome))
        }
        return Self.html(.ok, HTML.page(title: card.name, body: EntityPage(kb: kb).render(card)))
    }

    /// An answer as the REPL's CSV or JSON, as a file.
    func download(_ request: Request) async -> Response {
        let parameters = QueryString.parameters(request.uri.query)
        let format: OutputFormat = parameters["format"] == "json" ? .json : .csv
        guard let statement = parameters["q"], !statement.isEmpty else { return Self.json(.badRequest, APIResponse.error(status: 400, "give a statement as ?q=")) }
        guard let outcome = await evaluate(statement) else { return Self.json(.serviceUnavailable, APIResponse.error(status: 503, Self.busy)) }
        guard case .answered(let answers) = outcome else { return apiError(outcome) }
        let body = answers.map { Renderer.render($0.result, as: format) }.joined()
        let name = format == .json ? "answer.json" : "answer.csv"
        return Self.respond(.ok, body, type: format == .json ? "application/json; charset=utf-8" : "text/csv; charset=utf-8",
                            headers: [(.contentDisposition, "attachment; filename=\"\(name)\"")])
    }

    // MARK: - Ingest (only with --allow-ingest)

    func ingest(_ request: Request) async throws -> Response {
        guard settings.allowsIngest else {
            return Self.errorPage(.forbidden, title: "read-only", "this server is read-only (start it with --allow-ingest to add articles)")
        }
        // Only this server's own page may add an article: another site's form posting here is refused.
        guard Self.isSameOrigin(request) else {
            return Self.errorPage(.forbidden, title: "refused", "articles are added from this server's own page")
        }
        let body: ByteBuffer
        do {
            body = try await request.body.collect(upTo: settings.maxArticleBytes * 3 + 1_000)
        } catch {
            return Self.errorPage(.contentTooLarge, title: "too large", "an article has at most \(Limits.grouped(settings.maxArticleBytes)) bytes here")
        }
        let form = QueryString.parameters(String(buffer: body))
        let text = form["text"] ?? ""
        guard !text.isEmpty, text.utf8.count <= settings.maxArticleBytes else {
            return Self.errorPage(.badRequest, title: "ingest", "give the article's text (at most \(Limits.grouped(settings.maxArticleBytes)) bytes)")
        }
        guard await gate.enter() else { return Self.errorPage(.serviceUnavailable, title: "busy", Self.busy) }
        let added = await withCheckedContinuation { done in
            DispatchQueue.global(qos: .userInitiated).async { done.resume(returning: Result { try self.addArticle(text, id: form["id"]) }) }
        }
        await gate.leave()
        switch added {
        case .success(let id):
            return Response(status: .seeOther, headers: [.location: Links.document(id)])
        case .failure(let error):
            return Self.errorPage(.badRequest, title: "ingest", Self.ingestProblem(error))
        }
    }

    /// The `Origin` a browser sends with a form, when it sends one, names this server.
    static func isSameOrigin(_ request: Request) -> Bool {
        if request.headers[HTTPField.Name("Sec-Fetch-Site")!].map({ $0 != "same-origin" && $0 != "none" }) == true { return false }
        guard let origin = request.headers[.origin] else { return true }
        guard let host = request.head.authority else { return false }
        return origin == "http://" + host || origin == "https://" + host
    }

    /// The loader's refusal in the words of the form (not of `.ingest`).
    static func ingestProblem(_ error: any Error) -> String {
        let text = String(describing: error)
        guard let advice = text.range(of: "; give another") else { return text }
        return String(text[..<advice.lowerBound]) + "; give another id in the form"
    }

    static func status(of outcome: QueryRunner.Outcome) -> HTTPResponse.Status {
        switch outcome {
        case .answered: .ok
        case .refused: .badRequest
        case .tooLarge: .contentTooLarge
        case .tooSlow: .serviceUnavailable
        }
    }
}
