import FactStore
import Extraction
import Lexer

/// A fact as the answer keys write it: its kind, the line it is first
/// stated on, and its fields as text (`buyer=Meta; target=Scale AI;
/// amount=700M USD`), names folded so that case and accents do not count.
struct FactKey: CustomStringConvertible, Sendable {
    let document: String
    let line: Int
    let kind: String
    let fields: [String: String]
    /// Every place (`DOC:LINE`) a curated fact is stated, when the key is one.
    var places: Set<String> = []

    var description: String {
        "\(document):\(line) \(kind) " + fields.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")
    }

    /// Fields that name parties: compared as sets of folded names.
    static let partyFields: Set<String> = ["buyer", "target", "person", "from", "to", "owner"]

    init(document: String, line: Int, kind: String, fields: [String: String]) {
        self.document = document
        self.line = line
        self.kind = kind
        self.fields = fields
    }

    /// `buyer=Nvidia; target=Run:ai, Velora; amount=700M USD`
    init(document: String, line: Int, kind: String, text: String) {
        var fields: [String: String] = [:]
        for pair in text.split(separator: ";") {
            let parts = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if parts.count == 2, !parts[1].isEmpty { fields[parts[0]] = parts[1] }
        }
        self.init(document: document, line: line, kind: kind, fields: fields)
    }

    /// The key of a row of the store, its quantities as facts files write them.
    init(_ table: FactTable, row: Int, kb: KnowledgeBase, line: Int? = nil) {
        var fields: [String: String] = [:]
        for (index, field) in table.kind.fields.enumerated() {
            guard let value = table.value(row: row, field: index) else { continue }
            fields[field.name] = Self.text(value, kb: kb)
        }
        let citation = table.citations[row]!
        self.init(document: citation.document, line: line ?? citation.line, kind: String(table.kind.singular), fields: fields)
    }

    static func text(_ value: Value, kb: KnowledgeBase) -> String {
        switch value {
        case .text(let text), .enumeration(let text): text
        case .quantity(let quantity): KBLiteral.quantity(quantity)
        case .entity(let ref): kb.name(of: ref)
        case .list(let members): members.map { text($0, kb: kb) }.joined(separator: ", ")
        default: "\(value)"
        }
    }

    func names(_ field: String) -> Set<String> {
        Set((fields[field] ?? "").split(separator: ",").map { TextFolding.fold($0.trimmingCharacters(in: .whitespaces)) }.filter { !$0.isEmpty })
    }

    /// The party fields this key sets.
    var parties: [String] { Self.partyFields.filter { fields[$0] != nil }.sorted() }
}
