import FactStore
import Lexer
import Query

/// The JSON API's bodies. An answer is the same JSON as `--format json`
/// (under `rows`), with its footer and notes; errors carry their HTTP
/// status, a message, and the statement's diagnostics with their place.
enum APIResponse {
    static func answers(_ statement: String, _ answers: [QueryRunner.Answer]) -> String {
        let items = answers.map { answer -> String in
            var pairs = [("statement", Renderer.jsonString(answer.statement)),
                         ("rows", Renderer.render(answer.result, as: .json).trimmingTrailingNewline)]
            if case .table(let table) = answer.result {
                pairs.append(("footer", Renderer.jsonString(table.footer)))
                pairs.append(("notes", array(table.notes.map(Renderer.jsonString))))
            }
            return object(pairs)
        }
        return object([("statement", Renderer.jsonString(statement)), ("answers", array(items)), ("diagnostics", "[]")]) + "\n"
    }

    static func error(status: Int, _ message: String, diagnostics: [Diagnostic] = []) -> String {
        object([("error", Renderer.jsonString(message)), ("status", String(status)),
                ("diagnostics", array(diagnostics.map(diagnostic)))]) + "\n"
    }

    static func diagnostic(_ diagnostic: Diagnostic) -> String {
        let location = diagnostic.source.location(of: diagnostic.span.start)
        var pairs = [("message", Renderer.jsonString(diagnostic.message)), ("line", String(location.line)), ("column", String(location.column))]
        if let suggestion = diagnostic.suggestion { pairs.append(("suggestion", Renderer.jsonString(suggestion))) }
        pairs.append(("notes", array(diagnostic.notes.map(Renderer.jsonString))))
        pairs.append(("rendered", Renderer.jsonString(DiagnosticRenderer().render(diagnostic))))
        return object(pairs)
    }

    static func document(_ document: Document) -> String {
        var pairs = [("id", Renderer.jsonString(document.id)), ("file", Renderer.jsonString(document.file))]
        if let title = document.title { pairs.append(("title", Renderer.jsonString(title))) }
        if let outlet = document.outlet { pairs.append(("outlet", Renderer.jsonString(outlet))) }
        if let date = document.date { pairs.append(("date", Renderer.jsonString(date.description))) }
        pairs.append(("language", Renderer.jsonString(document.language)))
        pairs.append(("lines", array(document.lines.map(Renderer.jsonString))))
        return object(pairs) + "\n"
    }

    private static func object(_ pairs: [(String, String)]) -> String {
        "{" + pairs.map { Renderer.jsonString($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
    }

    private static func array(_ items: [String]) -> String {
        "[" + items.joined(separator: ",") + "]"
    }
}

extension String {
    var trimmingTrailingNewline: String { hasSuffix("\n") ? String(dropLast()) : self }
}
