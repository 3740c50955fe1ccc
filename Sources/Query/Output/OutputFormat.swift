import Lexer
/// How answers are printed.
public enum OutputFormat: String, CaseIterable, Sendable {
    case table, line, csv, tsv, json, jsonl, markdown

    /// Formats for programs: every row, every column, notes on standard error.
    public var isMachine: Bool {
        switch self {
        case .csv, .tsv, .json, .jsonl: true
        case .table, .line, .markdown: false
        }
    }
}

/// Settings of the renderers.
public struct RenderOptions: Sendable {
    /// Columns available; tables are cut to fit.
    public var width: Int
    public var color: Bool
    /// Print under each row its citation and the verbatim evidence.
    public var citations: Bool
    /// Tables and records show at most this many rows (the first and the
    /// last), saying how many were left out; nil shows them all.
    public var maxRows: Int?
    /// How a missing value reads in tables, records and cards.
    public var nullValue: String

    public init(width: Int = 100, color: Bool = false, citations: Bool = false, maxRows: Int? = nil, nullValue: String = "") {
        self.width = width
        self.color = color
        self.citations = citations
        self.maxRows = maxRows
        self.nullValue = nullValue
    }
}

/// Renders any answer in any format.
public enum Renderer {
    public static func render(_ result: QueryResult, as format: OutputFormat, options: RenderOptions = RenderOptions()) -> String {
        switch (result, format) {
        case (.table(let table), .table): TableRenderer(options: options).render(table.forPeople)
        case (.table(let table), .line): LineRenderer(options: options).render(table.forPeople)
        case (.table(let table), .markdown): MarkdownRenderer(options: options).render(table.forPeople)
        case (.table(let table), .csv): DelimitedRenderer(separator: ",", options: options).render(table)
        case (.table(let table), .tsv): DelimitedRenderer(separator: "\t", options: options).render(table)
        case (.table(let table), .json): JSONRenderer(options: options).render(table, lines: false)
        case (.table(let table), .jsonl): JSONRenderer(options: options).render(table, lines: true)
        case (.card(let card), .json), (.card(let card), .jsonl): JSONRenderer(options: options).render(card)
        case (.card(let card), .csv), (.card(let card), .tsv), (.card(let card), .markdown): render(.table(card.rows), as: format, options: options)
        case (.card(let card), .table), (.card(let card), .line): CardRenderer(options: options).render(card)
        case (.text(let text), .json), (.text(let text), .jsonl): JSONRenderer.object(["text": .string(text)]) + "\n"
        case (.text(let text), .csv), (.text(let text), .tsv):
            render(.table(ResultTable(columns: [ResultColumn("text")], rows: [[.text(text)]], footer: "")), as: format, options: options)
        case (.text(let text), _): TerminalText.safe(text, keepingLineBreaks: true) + "\n"
        }
    }

    /// What machine formats leave out of the answer, for standard error:
    /// why it is empty, what a sum left out. Other formats print them.
    public static func notes(of result: QueryResult, as format: OutputFormat) -> [String] {
        guard format.isMachine, case .table(let table) = result else { return [] }
        return table.notes
    }
}
