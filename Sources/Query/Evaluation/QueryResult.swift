import FactStore
import Lexer

/// One cell of an answer, independent of the store: names are resolved,
/// numbers keep their unit and uncertainty.
public enum Cell: Sendable, Equatable {
    case missing
    case text(String)
    case quantity(Quantity)
    case date(CalendarDate)
    case boolean(Bool)
    case list([Cell])
    case count(Int)
    /// A bar's length as a fraction of the longest (table format only).
    case bar(Double)
    /// Text with the character ranges a search matched.
    case highlighted(String, [Range<Int>])
}

public struct ResultColumn: Sendable, Equatable {
    public let name: String
    /// Bars are drawn in tables and left out of machine formats.
    public let isBar: Bool
    /// Left out of what people read (tables, Markdown) because no row has
    /// a value in it; machine formats keep it, so that their columns
    /// depend on the statement only.
    public let isEmptyForPeople: Bool

    public init(_ name: String, isBar: Bool = false, isEmptyForPeople: Bool = false) {
        self.name = name
        self.isBar = isBar
        self.isEmptyForPeople = isEmptyForPeople
    }
}

/// Rows and columns, with the citation of each row when it is a fact.
public struct ResultTable: Sendable {
    public var columns: [ResultColumn]
    public var rows: AnswerRows
    /// Per row: the fact's id. Empty for aggregates and search.
    public var ids: [String]
    /// Per row: every place the fact is stated. Empty for aggregates.
    public var citations: AnswerCitations
    /// "3 deals", "4 groups".
    public var footer: String
    /// Why an answer is empty, why sums are split by currency...
    public var notes: [String]
    /// Whether its rows are facts with ids (`find`) and places (`find`,
    /// `search`), whether or not any row came: machine formats write the
    /// same columns for an empty answer as for a full one.
    public var identified: Bool
    public var cited: Bool
    /// The column that already holds each row's evidence (a search's
    /// `sentence`, the `text` of a derived kind), so it is not written twice.
    public var evidenceColumn: String?

    public init(columns: [ResultColumn], rows: [[Cell]], ids: [String] = [], citations: [[Citation]] = [],
                footer: String, notes: [String] = [], identified: Bool = false, cited: Bool = false, evidenceColumn: String? = nil) {
        self.init(columns: columns, rows: AnswerRows(rows), ids: ids, citations: AnswerCitations(citations), footer: footer,
                  notes: notes, identified: identified, cited: cited, evidenceColumn: evidenceColumn)
    }

    /// The answer of a `find`: its rows read from the store as they are read.
    init(columns: [ResultColumn], facts: FactRows, footer: String, notes: [String], cited: Bool, evidenceColumn: String?) {
        self.init(columns: columns, rows: AnswerRows(facts), ids: facts.rows.map { facts.table.ids[$0] },
                  citations: AnswerCitations(facts), footer: footer, notes: notes, identified: true, cited: cited,
                  evidenceColumn: evidenceColumn)
    }

    private init(columns: [ResultColumn], rows: AnswerRows, ids: [String], citations: AnswerCitations, footer: String,
                 notes: [String], identified: Bool, cited: Bool, evidenceColumn: String?) {
        self.columns = columns
        self.rows = rows
        self.ids = ids
        self.citations = citations
        self.footer = footer
        self.notes = notes
        self.identified = identified || !ids.isEmpty
        self.cited = cited || !citations.isEmpty
        self.evidenceColumn = evidenceColumn
    }
}

extension ResultTable {
    /// The table as people read it: without the columns no row fills.
    public var forPeople: ResultTable {
        selecting(columns: columns.indices.filter { !columns[$0].isEmptyForPeople })
    }
}

/// An entity's card, for `describe`.
public struct EntityCard: Sendable {
    public struct Mention: Sendable {
        public let id: String
        public let summary: String
        public let citation: Citation?
    }

    public let name: String
    public let kind: String
    public let fields: [(String, Cell)]
    public let citation: Citation?
    /// Every fact that refers to the entity, grouped by kind.
    public let mentions: [(kind: String, facts: [Mention])]
    /// How often the articles name it (the derived `mentions`).
    public let textMentions: (count: Int, documents: Int)?
}

/// What running a statement gives.
public enum QueryResult: Sendable {
    case table(ResultTable)
    case card(EntityCard)
    case text(String)
}

extension ResultTable {
    /// Only the rows at `indices`, with their ids and citations.
    func selecting(rows indices: [Int]) -> ResultTable {
        var table = self
        table.rows = rows.selecting(indices)
        if !ids.isEmpty { table.ids = indices.map { ids[$0] } }
        if !citations.isEmpty { table.citations = citations.selecting(indices) }
        return table
    }

    /// The same answer with its cells made and held, for a renderer that
    /// reads each row more than once.
    func holdingCells() -> ResultTable {
        var table = self
        table.rows = AnswerRows(Array(rows))
        return table
    }

    /// Only the columns at `indices`, in order.
    func selecting(columns indices: [Int]) -> ResultTable {
        guard indices.count < columns.count else { return self }
        var table = self
        table.columns = indices.map { columns[$0] }
        table.rows = rows.selecting(columns: indices)
        return table
    }
}
