@testable import FactStore
import Lexer
import Testing

/// A field's column stores values in its type's own representation and
/// gives back exactly the value stored: every precision, unit and flag of
/// an amount, partial dates, references of both sorts, lists of none, one
/// and several members, and missing values; replaced in place as well as
/// appended. A value the representation cannot hold is kept all the same.
@Suite struct FieldColumnTests {
    static let meta = EntityRef(kind: 0, row: 3)
    static let openAI = EntityRef(kind: 0, row: 1_000_000)

    static var joint: Quantity {
        var quantity = Quantity(atMost: 2e11, unit: .currency(.usd))
        quantity.approximateHigh = true
        return quantity
    }

    static let cases: [(type: FieldType, values: [Value?])] = [
        (.money, [.quantity(Quantity(exactly: 6.4e9, unit: .currency(.usd))), nil,
                  .quantity(Quantity(approximately: 2e11, unit: .currency(.eur))),
                  .quantity(Quantity(from: 600, to: 2000, unit: .currency(Currency(code: "GBP")!))),
                  .quantity(Quantity(atLeast: 1e9, unit: .currency(.usd))),
                  .quantity(Quantity(unquantified: "des milliards", unit: .currency(.usd))),
                  .quantity(joint), .quantity(Quantity(exactly: -0.0))]),
        (.percent, [.quantity(Quantity(atMost: 51, unit: .percent)), nil, .quantity(Quantity(exactly: 49, unit: .percent))]),
        (.date, [.date(CalendarDate(year: 2024, month: 7, day: 15)!), .date(CalendarDate(year: 2025, month: 6)!),
                 .date(CalendarDate(year: 2023)!), nil, .date(CalendarDate(year: 0)!)]),
        (.text, [.text("suggèrent"), .text(""), nil, .text("suggèrent"), .text("semble être")]),
        (.enumeration(["completed", "announced"]), [.enumeration("completed"), nil, .enumeration("announced"), .enumeration("completed")]),
        (.boolean, [.boolean(true), nil, .boolean(false)]),
        (.reference("companies"), [.entity(meta), nil, .entity(openAI)]),
        (.fact, [.fact(meta), nil]),
        (.list(.reference("companies")), [.list([.entity(meta)]), .list([]), nil, .list([.entity(meta), .entity(openAI), .entity(meta)])]),
        (.list(.fact), [.list([.fact(openAI), .fact(meta)]), nil]),
        (.list(.text), [.list([.text("Open AI"), .text("OpenAI")]), nil, .list([])]),
    ]

    @Test(arguments: cases.indices)
    func everyValueComesBackAsStored(_ index: Int) {
        let (type, values) = Self.cases[index]
        var column = FieldColumn(type: type)
        for value in values { column.append(value) }
        #expect(column.count == values.count)
        #expect(values.indices.map(column.value(at:)) == values)
        // Replaced in place, each row by the value of the row after it.
        let shifted = Array(values.dropFirst()) + [values[0]]
        for (row, value) in shifted.enumerated() { column.set(value, row: row) }
        #expect(values.indices.map(column.value(at:)) == shifted)
    }

    @Test func aValueOfAnotherTypeIsKeptAllTheSame() {
        var column = FieldColumn(type: .money)
        column.append(.quantity(Quantity(exactly: 1, unit: .currency(.usd))))
        column.append(.text("not an amount"))
        column.append(nil)
        column.set(.date(CalendarDate(year: 12_345)!), row: 2)
        #expect(column.value(at: 0) == .quantity(Quantity(exactly: 1, unit: .currency(.usd))))
        #expect(column.value(at: 1) == .text("not an amount"))
        #expect(column.value(at: 2) == .date(CalendarDate(year: 12_345)!))
    }

    /// A citation, the article given with it, and whether its evidence is
    /// copied (rather than kept as a range of the article's bytes).
    static let article = Document(id: "004", file: "004.txt", title: nil, outlet: nil, date: nil, language: "fr",
                                  text: "Titre\r\nl’IA rachète, pour 6,4 milliards de dollars, l’IA\nfin")
    static let citationRows: [(citation: Citation?, article: Document?, copied: Bool)] = [
        (Citation(document: "004", line: 2, evidence: "pour 6,4 milliards de dollars"), nil, true),
        (Citation(document: "004", line: 2, evidence: "l’IA"), article, false),
        (nil, nil, false),
        (Citation(document: "004", line: 2, evidence: "pour 6,4 milliards de dollars"), nil, false),
        (Citation(document: "004", line: 1, evidence: "l’IA"), article, true),
        (Citation(document: "004", line: 2, evidence: "IA\n"), article, true),
        (Citation(document: "004", line: 3, evidence: "fin"), article, false),
        (Citation(document: "a", line: 1, evidence: ""), article, true),
        (Citation(document: "a", line: 1, evidence: "Titre"), article, true),
    ]

    @Test func citationsComeBackAsStoredAndThroughASnapshot() throws {
        var column = CitationColumn()
        for row in Self.citationRows { column.append(row.citation, article: row.article) }
        #expect(Array(column) == Self.citationRows.map(\.citation))
        #expect(column.copies.count == Self.citationRows.filter(\.copied).count)
        var writer = SnapshotWriter()
        column.write(to: &writer)
        var reader = try SnapshotReader(sealed: MappedFile(writer.sealed))
        let read = try CitationColumn(reading: &reader, articles: Document.byID([Self.article]))
        #expect(Array(read) == Self.citationRows.map(\.citation))
        let parts = read.indices.map { row in
            var part: String?
            _ = read.withParts(row: row) { code, line, evidence in
                part = "\(read.documentNames.values[Int(code)]):\(line) \(String(decoding: evidence, as: UTF8.self))"
            }
            return part
        }
        #expect(parts == Self.citationRows.map { $0.citation.map { "\($0.document):\($0.line) \($0.evidence)" } })
    }

    @Test func aSnapshotWhoseEvidenceLiesPastItsArticleIsDamaged() throws {
        var column = CitationColumn()
        column.append(Citation(document: "004", line: 3, evidence: "fin"), article: Self.article)
        var writer = SnapshotWriter()
        column.write(to: &writer)
        let short = Document(id: "004", file: "004.txt", title: nil, outlet: nil, date: nil, language: "fr", text: "Titre")
        var reader = try SnapshotReader(sealed: MappedFile(writer.sealed))
        #expect(throws: SnapshotDamage.self) { try CitationColumn(reading: &reader, articles: Document.byID([short])) }
    }
}
