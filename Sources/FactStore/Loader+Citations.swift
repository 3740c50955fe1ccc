import Lexer

// MARK: - Citations and documents

extension Loader {
    /// `cite: 001:10 "evidence"`
    mutating func parseCitation(_ field: RawField) -> Citation? {
        let citations = parseCitations(field)
        if citations.count > 1 {
            error("a fact has one 'cite'; further places go in 'also'", in: field.source, at: field.valueSpan)
        }
        return citations.first
    }

    /// `also: 004:7 "evidence", 004:15 "evidence"`
    mutating func parseCitations(_ field: RawField) -> [Citation] {
        split(field.tokens).compactMap { checkedCitation($0, field: field) }
    }

    /// DOC ":" LINE STRING, with the evidence found verbatim on that line.
    mutating func checkedCitation(_ tokens: [Token], field: RawField) -> Citation? {
        let source = field.source
        guard tokens.count == 4, tokens[1].kind == .symbol(.colon), case .number(let lineValue) = tokens[2].kind,
              case .string(let evidence) = tokens[3].kind else {
            mismatch(tokens, field: field, expected: "a citation such as 001:10 \"the words of that line\"")
            return nil
        }
        let documentID = source.text(of: tokens[0].span)
        // A document that could not be read was reported once; its citations are not checked.
        if unreadableDocuments.contains(documentID) { return nil }
        guard let document = documentIndex[documentID].map({ documents[$0] }) else {
            error("no document has the id '\(documentID)'", in: source, at: tokens[0].span,
                  suggestion: Suggestion.nearest(to: documentID, in: documents.map(\.id)),
                  notes: ["documents: " + documents.map(\.id).joined(separator: ", ")])
            return nil
        }
        let line = Int(lineValue)
        guard Double(line) == lineValue, let text = document.line(line) else {
            error("document \(documentID) has no line \(source.text(of: tokens[2].span))", in: source, at: tokens[2].span,
                  notes: [document.lineCount == 1 ? "it has 1 line" : "it has \(document.lineCount) lines"])
            return nil
        }
        guard document.line(line, contains: evidence) else {
            error("the evidence is not on \(documentID):\(line) word for word", in: source, at: tokens[3].span,
                  notes: evidenceNotes(evidence, line: text))
            return nil
        }
        return Citation(document: documentID, line: line, evidence: evidence)
    }

    /// Where the first byte that is not UTF-8 is: "line 3, byte 17".
    static func firstInvalidByte(_ bytes: [UInt8]) -> [String] {
        var line = 1
        var lineStart = 0
        var index = 0
        while index < bytes.count {
            let length = utf8Length(bytes, at: index)
            guard length > 0 else { return ["the first byte that is not UTF-8 is on line \(line), byte \(index - lineStart + 1)"] }
            if bytes[index] == UInt8(ascii: "\n") {
                line += 1
                lineStart = index + 1
            }
            index += length
        }
        return []
    }

    /// The length of the UTF-8 sequence at `index`, or 0 if it is not valid.
    static func utf8Length(_ bytes: [UInt8], at index: Int) -> Int {
        let lead = bytes[index]
        let length = lead < 0x80 ? 1 : lead >> 5 == 0b110 ? 2 : lead >> 4 == 0b1110 ? 3 : lead >> 3 == 0b11110 ? 4 : 0
        guard length > 0, index + length <= bytes.count else { return 0 }
        guard length == 1 || String(validating: bytes[index..<index + length], as: UTF8.self) != nil else { return 0 }
        return length
    }

    /// What the line says, and a hint when only apostrophes or case differ.
    func evidenceNotes(_ evidence: String, line: String) -> [String] {
        var notes: [String] = []
        if !evidence.isEmpty, TextFolding.fold(line).contains(TextFolding.fold(evidence)) {
            notes.append("it is there once case, accents or apostrophes (’ and ') are ignored: copy it exactly")
        }
        let shown = line.count > 120 ? String(line.prefix(119)) + "…" : line
        notes.append("the line reads: \(shown)")
        return notes
    }

    /// `manifest.kb`: one `document ID { file: ... }` record per article,
    /// typed by the schema's `documents` kind; each file is read and must be
    /// UTF-8 text.
    mutating func loadManifest(_ source: SourceFile, read: (String) -> Result<[UInt8], SeedError>) {
        let (records, problems) = RecordParser.parse(source)
        diagnostics += problems
        guard let kindIndex = schema.kindIndex(named: "documents") else { return }
        let kind = schema.kinds[kindIndex]
        for record in records {
            guard schema.kindIndex(named: record.kindName) == kindIndex else {
                error("manifest.kb lists documents, found '\(record.kindName)'", in: source, at: record.kind.span,
                      suggestion: Suggestion.nearest(to: record.kindName, in: [kind.singular]))
                continue
            }
            loadDocument(record, kind: kind, kindIndex: kindIndex, read: read)
        }
    }

    mutating func loadDocument(_ record: RawRecord, kind: KindSchema, kindIndex: Int, read: (String) -> Result<[UInt8], SeedError>) {
        let id = recordID(record)
        guard !id.isEmpty else {
            error("a document id cannot be empty", in: record.source, at: record.id.span, notes: ["citations name documents by id, as in 001:10"])
            return
        }
        guard claim(id: id, source: record.source, span: record.id.span) else { return }
        var values = [Value?](repeating: nil, count: kind.fields.count)
        for field in record.fields {
            guard let index = kind.fieldIndex(named: field.nameText) else {
                error("documents have no field '\(field.nameText)'", in: record.source, at: field.name.span,
                      suggestion: Suggestion.nearest(to: field.nameText, in: kind.fields.map(\.name)))
                continue
            }
            values[index] = typedValue(field, type: kind.fields[index].type, kind: kindIndex, row: tables[kindIndex].count, fieldIndex: index)
        }
        func text(_ name: String) -> String? {
            guard let index = kind.fieldIndex(named: name), case .text(let value)? = values[index] else { return nil }
            return value
        }
        guard let file = text("file"), let fileField = record.fields.first(where: { $0.nameText == "file" }) else {
            error("document '\(id)' has no 'file'", in: record.source, at: record.id.span)
            return
        }
        let bytes: [UInt8]
        switch read(file) {
        case .success(let content): bytes = SeedFiles.withoutByteOrderMark(content)
        case .failure(let problem):
            unreadableDocuments.insert(id)
            error(problem.description, in: record.source, at: fileField.valueSpan, notes: ["paths are relative to the data folder"])
            return
        }
        guard String(validating: bytes, as: UTF8.self) != nil else {
            unreadableDocuments.insert(id)
            error("'\(file)' is not UTF-8 text", in: record.source, at: fileField.valueSpan, notes: Self.firstInvalidByte(bytes))
            return
        }
        var date: CalendarDate?
        if let index = kind.fieldIndex(named: "date"), case .date(let value)? = values[index] { date = value }
        documentIndex[id] = documents.count
        documentDigests[file] = (bytes.count, ContentHash.of(bytes))
        documents.append(Document(id: id, file: file, title: text("title"), outlet: text("outlet"), date: date,
                                  language: text("language") ?? "und", bytes: bytes))
        tables[kindIndex].append(id: id, values: values, citation: nil, also: [], article: nil)
    }
}
