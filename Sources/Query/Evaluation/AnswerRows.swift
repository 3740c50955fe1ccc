import FactStore

/// The cells of an answer's rows: held, or, for a `find`, read from the
/// store as each row is read (`FactRows`).
public struct AnswerRows: RandomAccessCollection, Sendable, Equatable, ExpressibleByArrayLiteral {
    private enum Source: Sendable {
        case held([[Cell]])
        case facts(FactRows)
    }

    private let source: Source

    public init(_ rows: [[Cell]]) { source = .held(rows) }
    public init(arrayLiteral rows: [Cell]...) { source = .held(rows) }
    init(_ facts: FactRows) { source = .facts(facts) }

    /// The store's rows behind the cells, when they come from there.
    var facts: FactRows? {
        if case .facts(let facts) = source { facts } else { nil }
    }

    public var startIndex: Int { 0 }

    public var endIndex: Int {
        switch source {
        case .held(let rows): rows.count
        case .facts(let facts): facts.count
        }
    }

    public subscript(index: Int) -> [Cell] {
        switch source {
        case .held(let rows): rows[index]
        case .facts(let facts): facts.cells(at: index)
        }
    }

    /// Only the rows at `indices`.
    func selecting(_ indices: [Int]) -> AnswerRows {
        switch source {
        case .held(let rows): AnswerRows(indices.map { rows[$0] })
        case .facts(let facts): AnswerRows(facts.selecting(indices))
        }
    }

    /// Only the cells of the columns at `indices`, in order; rows read
    /// from the store stay unread.
    func selecting(columns indices: [Int]) -> AnswerRows {
        switch source {
        case .held(let rows): AnswerRows(rows.map { row in indices.map { row[$0] } })
        case .facts(let facts): AnswerRows(facts.selecting(columns: indices))
        }
    }

    public static func == (a: AnswerRows, b: AnswerRows) -> Bool {
        a.elementsEqual(b)
    }
}

/// Per row of an answer, every place that states it: held, or read from
/// the store as each row is read.
public struct AnswerCitations: RandomAccessCollection, Sendable, ExpressibleByArrayLiteral {
    private enum Source: Sendable {
        case held([[Citation]])
        case facts(FactRows)
    }

    private let source: Source

    public init(_ citations: [[Citation]]) { source = .held(citations) }
    public init(arrayLiteral citations: [Citation]...) { source = .held(citations) }
    init(_ facts: FactRows) { source = .facts(facts) }

    public var startIndex: Int { 0 }

    public var endIndex: Int {
        switch source {
        case .held(let citations): citations.count
        case .facts(let facts): facts.count
        }
    }

    public subscript(index: Int) -> [Citation] {
        switch source {
        case .held(let citations): citations[index]
        case .facts(let facts): facts.citations(at: index)
        }
    }

    /// Only the rows at `indices`.
    func selecting(_ indices: [Int]) -> AnswerCitations {
        switch source {
        case .held(let citations): AnswerCitations(indices.map { citations[$0] })
        case .facts(let facts): AnswerCitations(facts.selecting(indices))
        }
    }
}
