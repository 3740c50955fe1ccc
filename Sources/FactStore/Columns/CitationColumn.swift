/// Where each fact of a table is first stated, stored by part: the
/// document as a code (a table's facts cite few documents each many
/// times), the line as an integer, the evidence packed with the others.
/// Reads as a collection of `Citation?`, one per row.
public struct CitationColumn: RandomAccessCollection, Sendable {
    private var documents = InternedStrings()
    private var lines: [Int32] = []
    private var evidence = PackedStrings()

    init() {}

    public var startIndex: Int { 0 }
    public var endIndex: Int { lines.count }

    public subscript(row: Int) -> Citation? {
        guard let document = documents[row] else { return nil }
        return Citation(document: document, line: Int(lines[row]), evidence: evidence[row])
    }

    /// A row's citation by part, as a writer of many rows wants it: the
    /// document's code among `documentNames`, the line, and the evidence's
    /// UTF-8 bytes (valid within `body`); false if the row has none.
    public func withParts(row: Int, _ body: (_ document: Int32, _ line: Int, _ evidence: UnsafeBufferPointer<UInt8>) -> Void) -> Bool {
        let document = documents.codes[row]
        guard document >= 0 else { return false }
        evidence.withBytes(row) { body(document, Int(lines[row]), $0) }
        return true
    }

    /// The documents' names, by the codes `withParts` gives.
    public var documentNames: InternedStrings { documents }

    mutating func append(_ citation: Citation?) {
        documents.append(citation?.document)
        // Lines past Int32 would need a file of more than two billion lines.
        lines.append(Int32(clamping: citation?.line ?? 0))
        evidence.append(citation?.evidence ?? "")
    }
}

extension CitationColumn {
    func write(to writer: inout SnapshotWriter) {
        documents.write(to: &writer)
        writer.write(numbers: lines)
        evidence.write(to: &writer)
    }

    init(reading reader: inout SnapshotReader) throws(SnapshotDamage) {
        documents = try InternedStrings(reading: &reader)
        lines = try reader.numbers()
        evidence = try PackedStrings(reading: &reader)
        guard lines.count == documents.codes.count, evidence.count == lines.count else { throw SnapshotDamage() }
    }
}
