import Lexer

/// Text made safe for HTML: everything from the articles and the facts goes
/// through here, so `<script>` in an article shows as text. Control
/// characters are shown as their code, never sent raw.
enum HTML {
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n", "\t": out.unicodeScalars.append(scalar)
            default:
                if TerminalText.isControl(scalar) { out += "\u{FFFD}" } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// An error as the pages show one, as the terminal words it.
    static func error(_ message: String) -> String {
        "<pre class=\"error\">error: \(escape(message))</pre>\n"
    }

    /// A whole page: the shared style and script, a header with the query box.
    static func page(title: String, query: String = "", body: String) -> String {
        """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title)) · aiquery</title>
        <link rel="stylesheet" href="/static/style.css">
        <script src="/static/app.js" defer></script>
        </head>
        <body>
        <header>
        <a class="home" href="/">aiquery</a>
        <form class="query" action="/" method="get">
        <textarea name="q" rows="2" spellcheck="false" aria-label="statement" placeholder="find deals where amount &gt; 1e9 and buyer = Meta">\(escape(query))</textarea>
        <button type="submit">Run</button>
        </form>
        </header>
        <main>
        \(body)
        </main>
        </body>
        </html>

        """
    }
}

/// The addresses of the pages, built in one place so that every link is
/// encoded the same way.
enum Links {
    static func query(_ statement: String) -> String {
        "/?q=" + QueryString.encode(statement)
    }

    static func document(_ id: String, line: Int? = nil, evidence: String? = nil) -> String {
        var link = "/documents/" + QueryString.encode(id)
        var parameters: [String] = []
        if let line { parameters.append("line=\(line)") }
        if let evidence { parameters.append("evidence=" + QueryString.encode(evidence)) }
        if !parameters.isEmpty { link += "?" + parameters.joined(separator: "&") }
        if let line { link += "#L\(line)" }
        return link
    }

    static func entity(_ name: String) -> String {
        "/entities/" + QueryString.encode(name)
    }

    static func download(_ statement: String, format: String) -> String {
        "/download?format=\(format)&q=" + QueryString.encode(statement)
    }
}
