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

    @Test func citationsComeBackAsStored() {
        var column = CitationColumn()
        let citations: [Citation?] = [Citation(document: "004", line: 15, evidence: "pour 6,4 milliards de dollars"), nil,
                                      Citation(document: "004", line: 7, evidence: "l’IA"), Citation(document: "a", line: 1, evidence: "")]
        for citation in citations { column.append(citation) }
        #expect(Array(column) == citations)
    }
}
