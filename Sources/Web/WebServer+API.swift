import FactStore
import HTTPTypes
import Hummingbird
import Query

// MARK: - The JSON API (documented in /openapi.json)

extension WebServer {
    func apiQuery(_ request: Request) async -> Response {
        let statement = Self.statement(of: request)
        guard !statement.isEmpty else { return Self.json(.badRequest, APIResponse.error(status: 400, "give a statement as ?q=")) }
        guard let outcome = await evaluate(statement) else { return Self.json(.serviceUnavailable, APIResponse.error(status: 503, Self.busy)) }
        guard case .answered(let answers) = outcome else { return apiError(outcome) }
        return Self.json(.ok, APIResponse.answers(statement, answers))
    }

    func apiDocument(id: String) -> Response {
        guard let document = kb.document(id) else {
            return Self.json(.notFound, APIResponse.error(status: 404, "no document has the id '\(id)'"))
        }
        return Self.json(.ok, APIResponse.document(document))
    }

    func apiError(_ outcome: QueryRunner.Outcome) -> Response {
        let status = Self.status(of: outcome)
        switch outcome {
        case .answered: preconditionFailure("not an error")
        case .refused(let diagnostics):
            return Self.json(status, APIResponse.error(status: 400, diagnostics.count == 1 ? diagnostics[0].message : "\(diagnostics.count) errors",
                                                       diagnostics: diagnostics))
        case .tooLarge(let message, let diagnostics): return Self.json(status, APIResponse.error(status: 413, message, diagnostics: diagnostics))
        case .tooSlow(let message): return Self.json(status, APIResponse.error(status: 503, message))
        }
    }

    /// Adds an article and makes it the store every later request sees. The text
    /// layer is derived outside the lock (requests go on meanwhile); the swap
    /// happens only if no other article came in between, else it starts again.
    func addArticle(_ text: String, id wanted: String?) throws -> String {
        while true {
            let current = kb
            let taken = Set(current.documents.map(\.id))
            let id = (wanted?.isEmpty ?? true) ? KnowledgeBase.documentID(forFile: "web", avoiding: taken) : wanted!
            let updated = try current.adding(id: id, file: "web/\(id).txt", bytes: Array(text.utf8))
            updated.deriveTextLayer(isCancelled: { false })
            if replaceStore(current, with: updated) { return id }
        }
    }
}
