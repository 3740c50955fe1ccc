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
            return Self.html(.notFound, HTML.page(title: "no such document",
                                                  body: "<pre class=\"error\">error: no document has the id '\(HTML.escape(id))'</pre><p>\(hint)</p>"))
        }
        let parameters = QueryString.parameters(request.uri.query)
        let body = ArticlePage(kb: kb).render(document, line: parameters["line"].flatMap { Int($0) }, evidence: parameters["evidence"])
        return Self.html(.ok, HTML.page(title: document.title ?? document.id, body: body))
    }

    func entityPage(name: String) async -> Response {
        let statement = "describe " + CanonicalPrinter.quote(name)
        guard let outcome = await evaluate(statement) else {
            return Self.html(.serviceUnavailable, HTML.page(title: name, body: "<pre class=\"error\">error: \(HTML.escape(Self.busy))</pre>"))
        }
        guard case .answered(let answers) = outcome, case .card(let card)? = answers.first?.result else {
            let page = QueryPage(answerHTML: AnswerHTML(shownRows: settings.shownRows), allowsIngest: false)
            return Self.html(.notFound, page.render(statement: statement, outcome: outcome))
        }
        return Self.html(.ok, HTML.page(title: card.name, body: EntityPage(kb: kb).render(card)))
    }

    /// An answer as the REPL's CSV or JSON, as a file.
    func download(_ request: Request) async -> Response {
        let parameters = QueryString.parameters(request.uri.query)
        let format: OutputFormat = parameters["format"] == "json" ? .json : .csv
        guard let outcome = await evaluate(parameters["q"] ?? "") else { return Self.json(.serviceUnavailable, APIResponse.error(status: 503, Self.busy)) }
        guard case .answered(let answers) = outcome else { return apiError(outcome) }
        let body = answers.map { Renderer.render($0.result, as: format) }.joined()
        let name = format == .json ? "answer.json" : "answer.csv"
        return Self.respond(.ok, body, type: format == .json ? "application/json; charset=utf-8" : "text/csv; charset=utf-8",
                            headers: [(.contentDisposition, "attachment; filename=\"\(name)\"")])
    }

    // MARK: - Ingest (only with --allow-ingest)

    func ingest(_ request: Request) async throws -> Response {
        guard settings.allowsIngest else {
            return Self.html(.forbidden, HTML.page(title: "read-only", body: "<pre class=\"error\">error: this server is read-only (start it with --allow-ingest to add articles)</pre>"))
        }
        let body: ByteBuffer
        do {
            body = try await request.body.collect(upTo: settings.maxArticleBytes * 3 + 1_000)
        } catch {
            return Self.html(.contentTooLarge, HTML.page(title: "too large", body: "<pre class=\"error\">error: an article has at most \(Limits.grouped(settings.maxArticleBytes)) bytes here</pre>"))
        }
        let form = QueryString.parameters(String(buffer: body))
        let text = form["text"] ?? ""
        guard !text.isEmpty, text.utf8.count <= settings.maxArticleBytes else {
            return Self.html(.badRequest, HTML.page(title: "ingest", body: "<pre class=\"error\">error: give the article's text (at most \(Limits.grouped(settings.maxArticleBytes)) bytes)</pre>"))
        }
        do {
            let id = try addArticle(text, id: form["id"])
            return Response(status: .seeOther, headers: [.location: Links.document(id)])
        } catch {
            return Self.html(.badRequest, HTML.page(title: "ingest", body: "<pre class=\"error\">error: \(HTML.escape(String(describing: error)))</pre>"))
        }
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
