import Lexer
/// How answers are printed.
public enum OutputFormat: String, CaseIterable, Sendable {
    case table, csv, tsv, json, jsonl, markdown
}

/// Settings of the renderers.
public struct RenderOptions: Sendable {
    /// Columns available; tables are cut to fit.
    public var width: Int
    public var color: Bool
    /// Print under each row its citation and the verbatim evidence.
    public var citations: Bool

    public init(width: Int = 100, color: Bool = false, citations: Bool = false) {
        self.width = width
        self.color = color
        self.citations = citations
    }
}

/// Renders any answer in any format.
public enum Renderer {
    public static func render(_ result: QueryResult, as format: OutputFormat, options: RenderOptions = RenderOptions()) -> String {
        switch (result, format) {
        case (.table(let table), .table): TableRenderer(options: options).render(table.forPeople)
        case (.table(let table), .markdown): MarkdownRenderer(options: options).render(table.forPeople)
        case (.table(let table), .csv): DelimitedRenderer(separator: ",", options: options).render(table)
        case (.table(let table), .tsv): DelimitedRenderer(separator: "\t", options: options).render(table)
        case (.table(let table), .json): JSONRenderer(options: options).render(table, lines: false)
        case (.table(let table), .jsonl): JSONRenderer(options: options).render(table, lines: true)
        case (.card(let card), .json), (.card(let card), .jsonl): JSONRenderer(options: options).render(card)
        case (.card(let card), _): CardRenderer(options: options).render(card)
        case (.text(let text), .json), (.text(let text), .jsonl): JSONRenderer.object(["text": .string(text)]) + "\n"
        case (.text(let text), _): TerminalText.safe(text, keepingLineBreaks: true) + "\n"
        }
    }
}
