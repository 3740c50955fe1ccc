import Lexer
import Query

/// The query page: the statement (also in the address, so an answer is a
/// link), its answers or its errors with the caret and "did you mean",
/// downloads, and a few statements to start from.
struct QueryPage {
    let answerHTML: AnswerHTML
    /// Whether the page offers to add an article (`--allow-ingest`).
    let allowsIngest: Bool

    static let examples = [
        "find deals where amount > 1e9 and buyer = OpenAI",
        "find hires where to = Meta show person, from, date",
        "count deals by buyer",
        "search \"superintelligence\"",
        "describe Meta",
    ]

    func render(statement: String, outcome: QueryRunner.Outcome?) -> String {
        var html = ""
        switch outcome {
        case nil:
            html += "<section class=\"start\"><p>Ask the articles a question in the query language, for example:</p>\n<ul>\n"
            html += Self.examples.map { "<li><a href=\"\(HTML.escape(Links.query($0)))\"><code>\(HTML.escape($0))</code></a></li>\n" }.joined()
            html += "</ul></section>\n"
            if allowsIngest { html += Self.ingestForm }
        case .answered(let answers)?:
            for answer in answers {
                if answers.count > 1 { html += "<h2 class=\"statement\"><code>\(HTML.escape(answer.statement))</code></h2>\n" }
                html += answerHTML.render(answer.result)
            }
            html += "<p class=\"downloads\">Download: <a href=\"\(HTML.escape(Links.download(statement, format: "csv")))\">CSV</a> · "
                + "<a href=\"\(HTML.escape(Links.download(statement, format: "json")))\">JSON</a> · "
                + "<a href=\"\(HTML.escape("/api/query?q=" + QueryString.encode(statement)))\">API</a></p>\n"
        case .refused(let diagnostics)?:
            html += Self.errors(diagnostics)
        case .tooLarge(let message, let diagnostics)?:
            html += diagnostics.isEmpty ? HTML.error(message) : Self.errors(diagnostics)
        case .tooSlow(let message)?:
            html += HTML.error(message)
        }
        return HTML.page(title: statement.isEmpty ? "query" : statement, query: statement, body: html)
    }

    static let ingestForm = """
        <section class="ingest"><h2>Add an article</h2>
        <form action="/ingest" method="post">
        <label>id <input name="id" size="12" placeholder="(from the text)"></label>
        <textarea name="text" rows="6" placeholder="the article's text, line by line"></textarea>
        <button type="submit">Add</button>
        </form></section>

        """

    /// Each error as the terminal shows it: the place, the line, the caret, the suggestion.
    static func errors(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map { "<pre class=\"error\">\(HTML.escape(DiagnosticRenderer().render($0)))</pre>\n" }.joined()
    }
}
