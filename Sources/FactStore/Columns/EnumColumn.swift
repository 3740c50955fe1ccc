/// An enumeration field of one kind as small integers: each row's value as
/// a code into `values` (the distinct spellings, in the order first met),
/// -1 where the row has none. Built on first use
/// (`KnowledgeBase.enumColumn(kind:field:)`) for fields holding one value per row.
public struct EnumColumn: Sendable {
    public let codes: [Int32]
    public let values: [String]

    init(_ table: FactTable, field: Int) {
        var codes: [Int32] = []
        var values: [String] = []
        var known: [String: Int32] = [:]
        codes.reserveCapacity(table.count)
        for row in 0..<table.count {
            guard case .enumeration(let text)? = table.value(row: row, field: field) else {
                codes.append(-1)
                continue
            }
            if let code = known[text] { codes.append(code); continue }
            let code = Int32(values.count)
            known[text] = code
            values.append(text)
            codes.append(code)
        }
        self.codes = codes
        self.values = values
    }
}
