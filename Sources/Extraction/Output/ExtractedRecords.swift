import FactStore
import Foundation

/// The facts the extractor read from some documents, as records to review:
/// in the facts-file format (docs/data-format.md), ready to append to a
/// facts file, where they load as curated; or as JSON. The new entities
/// they name come first, so that the records load on their own.
public struct ExtractedRecords {
    struct Record {
        let singular: String
        let id: String
        let fields: [(name: String, value: Value)]
        let citations: [Citation]
    }

    let kb: KnowledgeBase
    let records: [Record]

    /// The extracted entities and facts citing any of `documents`.
    public init(kb: KnowledgeBase, documents: Set<String>) {
        self.kb = kb
        var facts: [Record] = []
        var entities: [EntityRef] = []
        for (kind, schema) in kb.schema.kinds.enumerated() where !schema.isDerived && !schema.isEntity {
            let table = kb.table(kind)
            for row in 0..<table.count where Self.isExtracted(table, row) && table.citations[row].map({ documents.contains($0.document) }) == true {
                let record = Self.record(table, row)
                facts.append(record)
                for field in record.fields {
                    for case .entity(let ref) in field.value.members where !entities.contains(ref) { entities.append(ref) }
                }
            }
        }
        let newEntities = entities.filter { Self.isExtracted(kb.table($0.kind), $0.row) }.sorted { ($0.kind, $0.row) < ($1.kind, $1.row) }
        records = newEntities.map { Self.record(kb.table($0.kind), $0.row) } + facts
    }

    public var isEmpty: Bool { records.isEmpty }

    private static func isExtracted(_ table: FactTable, _ row: Int) -> Bool {
        table.value(row: row, named: "origin") == .enumeration(Origin.extracted.rawValue)
    }

    private static func record(_ table: FactTable, _ row: Int) -> Record {
        let fields = table.kind.fields.enumerated().compactMap { index, field -> (String, Value)? in
            guard field.name != "origin", let value = table.value(row: row, field: index) else { return nil }
            return (field.name, value)
        }
        return Record(singular: table.kind.singular, id: table.ids[row], fields: fields, citations: table.allCitations(row: row))
    }

    // MARK: - Facts-file format

    /// Records as a facts file holds them.
    public var factsFile: String {
        records.map { record in
            var lines = ["\(record.singular) \(record.id) {"]
            for field in record.fields { lines.append("  \(field.name): \(text(field.value))") }
            if let first = record.citations.first { lines.append("  cite: \(citation(first))") }
            let also = record.citations.dropFirst()
            if !also.isEmpty { lines.append("  also: " + also.map(citation).joined(separator: ",\n        ")) }
            return (lines + ["}"]).joined(separator: "\n") + "\n"
        }.joined(separator: "\n")
    }

    private func citation(_ citation: Citation) -> String {
        "\(citation.document):\(citation.line) \(KBLiteral.string(citation.evidence))"
    }

    private func text(_ value: Value) -> String {
        switch value {
        case .text(let text): KBLiteral.string(text)
        case .quantity(let quantity): KBLiteral.quantity(quantity)
        case .date(let date): date.description
        case .boolean(let flag): flag ? "true" : "false"
        case .enumeration(let member): member
        case .entity(let ref): KBLiteral.name(kb.name(of: ref))
        case .fact(let ref): kb.table(ref.kind).ids[ref.row]
        case .list(let members): members.map(text).joined(separator: ", ")
        }
    }

    // MARK: - JSON

    /// One object per record: `record` (its kind, singular), `id`, the
    /// fields, `cite` and `also`.
    public var json: String {
        let objects: [[String: Any]] = records.map { record in
            var object: [String: Any] = ["record": record.singular, "id": record.id]
            for field in record.fields { object[field.name] = jsonValue(field.value) }
            let places = record.citations.map { ["doc": $0.document, "line": $0.line, "evidence": $0.evidence] as [String: Any] }
            object["cite"] = places.first
            object["also"] = Array(places.dropFirst())
            return object
        }
        let data = (try? JSONSerialization.data(withJSONObject: objects, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private func jsonValue(_ value: Value) -> Any {
        switch value {
        case .quantity(let quantity):
            var object: [String: Any] = ["precision": quantity.precision.rawValue, "text": KBLiteral.quantity(quantity)]
            if let low = quantity.low { object["low"] = low }
            if let high = quantity.high, high.isFinite { object["high"] = high }
            if let unit = quantity.unit.code { object["unit"] = unit }
            return object
        case .list(let members): return members.map(jsonValue)
        case .boolean(let flag): return flag
        case .text(let text), .enumeration(let text): return text
        case .entity(let ref): return kb.name(of: ref)
        default: return text(value)
        }
    }
}
