/// Where each fact of a table is first stated, stored by part: the
/// document as a code (a table's facts cite few documents each many
/// times), the line as an integer, and the evidence as the range of the
/// article's bytes it quotes, not a copy. Evidence that the article given
/// with it does not hold (or cited with none) is copied, packed with the
/// others. Reads as a collection of `Citation?`, one per row.
public struct CitationColumn: RandomAccessCollection, Sendable {
    private var documents = InternedStrings()
    /// The article of each document code, where one was given.
    private var articles: [Document?] = []
    private var lines: [Int32] = []
    /// Each row's evidence: where it starts in its article's bytes, or, if
    /// negative, `-(start + 1)` is its place in `copies`. Articles are at
    /// most 1 GiB, so 32 bits hold any offset.
    private var evidenceStarts: [Int32] = []
    private var evidenceLengths: [Int32] = []
    private(set) var copies = PackedStrings()

    init() {}

    public var startIndex: Int { 0 }
    public var endIndex: Int { lines.count }

    public subscript(row: Int) -> Citation? {
        guard let document = documents[row] else { return nil }
        return Citation(document: document, line: Int(lines[row]), evidence: withEvidence(row: row) { String(decoding: $0, as: UTF8.self) })
    }

    /// A row's citation by part, as a writer of many rows wants it: the
    /// document's code among `documentNames`, the line, and the evidence's
    /// UTF-8 bytes (valid within `body`); false if the row has none.
    public func withParts(row: Int, _ body: (_ document: Int32, _ line: Int, _ evidence: UnsafeBufferPointer<UInt8>) -> Void) -> Bool {
        let document = documents.codes[row]
        guard document >= 0 else { return false }
        withEvidence(row: row) { body(document, Int(lines[row]), $0) }
        return true
    }

    /// The documents' names, by the codes `withParts` gives.
    public var documentNames: InternedStrings { documents }

    /// A cited row's evidence bytes: from its article, or its copy.
    private func withEvidence<Result>(row: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let start = Int(evidenceStarts[row])
        if start < 0 { return copies.withBytes(-(start + 1), body) }
        // A range is kept only beside its article (`append`, and the snapshot check).
        guard let article = articles[Int(documents.codes[row])] else { preconditionFailure("evidence kept as a range without its article") }
        return article.withBytes(in: start..<start + Int(evidenceLengths[row]), body)
    }

    /// `article` is the document the citation names, if the caller has it.
    mutating func append(_ citation: Citation?, article: Document?) {
        documents.append(citation?.document)
        // Lines past Int32 would need a file of more than two billion lines.
        lines.append(Int32(clamping: citation?.line ?? 0))
        guard let citation else { return appendEvidence(at: 0..<0) }
        let code = Int(documents.codes[documents.codes.count - 1])
        // Codes are given in the order first met: a new one is the next index.
        if code == articles.count { articles.append(nil) }
        if articles[code] == nil, let article, article.id == citation.document { articles[code] = article }
        if let range = articles[code]?.range(of: citation.evidence, onLine: citation.line) {
            appendEvidence(at: range)
        } else {
            evidenceStarts.append(-Int32(copies.count) - 1)
            evidenceLengths.append(0)
            copies.append(citation.evidence)
        }
    }

    private mutating func appendEvidence(at range: Range<Int>) {
        evidenceStarts.append(Int32(range.lowerBound))
        evidenceLengths.append(Int32(range.count))
    }
}

extension CitationColumn {
    func write(to writer: inout SnapshotWriter) {
        documents.write(to: &writer)
        writer.write(numbers: lines)
        writer.write(numbers: evidenceStarts)
        writer.write(numbers: evidenceLengths)
        copies.write(to: &writer)
    }

    /// `articles`: the store's documents by id. Evidence kept as a range
    /// must lie within its article (whose size and hash the snapshot
    /// checked), and a copy must be one the snapshot holds.
    init(reading reader: inout SnapshotReader, articles byID: [String: Document]) throws(SnapshotDamage) {
        documents = try InternedStrings(reading: &reader)
        lines = try reader.numbers()
        evidenceStarts = try reader.numbers()
        evidenceLengths = try reader.numbers()
        copies = try PackedStrings(reading: &reader)
        articles = documents.values.map { byID[$0] }
        let rows = documents.codes.count
        guard lines.count == rows, evidenceStarts.count == rows, evidenceLengths.count == rows else { throw SnapshotDamage() }
        for row in 0..<rows where documents.codes[row] >= 0 {
            let start = Int(evidenceStarts[row]), length = Int(evidenceLengths[row])
            if start < 0 {
                guard -(start + 1) < copies.count else { throw SnapshotDamage() }
            } else {
                guard length >= 0, let article = articles[Int(documents.codes[row])], article.holds(start..<start + length) else { throw SnapshotDamage() }
            }
        }
    }
}
