import Lexer

/// Builds a `KnowledgeBase` from seed files, checking everything: kinds,
/// fields and types against the schema, entity names, ids, and every
/// citation against the corpus. It loads nothing if anything is wrong, and
/// reports every error it finds, not only the first.
public struct Loader {
    var schema = Schema(kinds: [])
    var documents: [Document] = []
    /// Where each document is in `documents`: a citation finds its document at once.
    var documentIndex: [String: Int] = [:]
    var tables: [FactTable] = []
    var entities = EntityIndex()
    var diagnostics: [Diagnostic] = []
    /// Where each id was first defined, to report duplicates.
    var idSites: [String: (SourceFile, Span)] = [:]
    /// Documents that could not be read: reported once, their citations left unchecked.
    var unreadableDocuments: Set<String> = []
    /// Size and content hash of each document's bytes as loaded, for a snapshot.
    var documentDigests: [String: (size: Int, hash: UInt64)] = [:]
    /// Fact references resolved once every id is known.
    var pendingFactReferences: [(kind: Int, row: Int, field: Int, ids: [(String, Span)], source: SourceFile)] = []
    /// Reading in one pass: names are registered as their records are met.
    var registersAsItLoads = false
    /// The row the next record of each kind takes, as names are registered.
    var nextRow: [Int] = []
    /// Reading in one pass: fields naming an entity not yet met, typed once every record is read.
    var deferredFields: [(kind: Int, row: Int, field: Int, raw: RawField)] = []
    /// Reading in one pass: what each name was found to mean before every
    /// record was read, checked against what it means after.
    var earlyLookups: [String: [String: [EntityRef]]] = [:]
    /// Reading in one pass: a name resolved early was later found to mean something else.
    var earlyLookupChanged = false
    /// What names stand for, by kind, until another name is registered.
    var candidateMemo: [String: [String: [EntityRef]]] = [:]

    /// Facts files are read once, record by record, each name registered as
    /// its record is met and references to names not yet met typed at the
    /// end. If a name met later changes what an earlier reference meant (an
    /// alias declared twice, a family name shadowed), the files are read
    /// again with every name registered first: the answer never depends on
    /// the order of the records.
    public static func load(_ files: SeedFiles) throws(DiagnosticList) -> KnowledgeBase {
        try loadWithDigests(files).0
    }

    /// The store, and the size and hash of each document's bytes as they
    /// were loaded (by file): what a snapshot of this store was made from.
    static func loadWithDigests(_ files: SeedFiles) throws(DiagnosticList) -> (KnowledgeBase, [String: (size: Int, hash: UInt64)]) {
        if let loaded = try load(files, registeringFirst: false) { return loaded }
        return try load(files, registeringFirst: true)!
    }

    /// Nil when reading in one pass was not enough (see `load(_:)`).
    static func load(_ files: SeedFiles, registeringFirst: Bool) throws(DiagnosticList) -> (KnowledgeBase, [String: (size: Int, hash: UInt64)])? {
        var loader = Loader()
        loader.loadSchema(files.schema)
        guard loader.diagnostics.isEmpty else { throw DiagnosticList(loader.diagnostics) }
        loader.loadManifest(files.manifest, read: files.readDocument)
        if registeringFirst {
            for source in files.facts { loader.registerRecords(in: source) }
        } else {
            loader.registersAsItLoads = true
        }
        for source in files.facts { loader.loadRecords(in: source) }
        loader.typeDeferredFields()
        if !registeringFirst, !loader.earlyReferencesHold() { return nil }
        loader.resolveFactReferences()
        guard loader.diagnostics.isEmpty else { throw DiagnosticList(loader.diagnosticsInReadingOrder(files)) }
        return (KnowledgeBase(schema: loader.schema, documents: loader.documents, tables: loader.tables, entities: loader.entities, proposer: nil),
                loader.documentDigests)
    }

    mutating func loadRecords(in source: SourceFile) {
        var parser = RecordParser(source)
        while let record = parser.nextRecord() {
            if registersAsItLoads { register(record) }
            loadRecord(record)
        }
        diagnostics += parser.diagnostics
    }

    /// Diagnostics by file (schema, manifest, then the facts files) and by
    /// place in the file, as a reader meets them.
    func diagnosticsInReadingOrder(_ files: SeedFiles) -> [Diagnostic] {
        let names = [files.schema, files.manifest] + files.facts
        let order = Dictionary(names.enumerated().map { ($0.element.name, $0.offset) }, uniquingKeysWith: { first, _ in first })
        return diagnostics.enumerated().sorted { a, b in
            let keyA = (order[a.element.source.name] ?? names.count, a.element.span.start, a.offset)
            let keyB = (order[b.element.source.name] ?? names.count, b.element.span.start, b.offset)
            return keyA < keyB
        }.map(\.element)
    }

    mutating func loadSchema(_ source: SourceFile) {
        let (schema, problems) = SchemaParser.parse(source)
        self.schema = schema
        diagnostics += problems
        checkNotCutShort(source)
        tables = schema.kinds.map(FactTable.init)
        nextRow = Array(repeating: 0, count: schema.kinds.count)
        if problems.isEmpty, schema.kindIndex(named: "documents") == nil {
            error("the schema has no 'documents' kind", in: source, at: .point(0))
        }
    }

    /// A schema whose last line is a comment with no line break after it
    /// was most likely cut short: whatever that comment described is lost.
    mutating func checkNotCutShort(_ source: SourceFile) {
        guard let last = source.bytes.last, last != UInt8(ascii: "\n") else { return }
        let lineIndex = source.lineStarts.count - 1
        guard source.lineText(lineIndex).drop(while: { $0 == " " || $0 == "\t" }).hasPrefix("--") else { return }
        let start = source.lineStarts[lineIndex]
        error("the schema ends inside a comment, with no line break after it", in: source,
              at: Span(start: start, end: source.bytes.count), notes: ["was the file cut short? end it with a line break"])
    }

    mutating func error(_ message: String, in source: SourceFile, at span: Span, suggestion: String? = nil, notes: [String] = []) {
        diagnostics.append(Diagnostic(.error, message, in: source, at: span, suggestion: suggestion, notes: notes))
    }

    // MARK: - Records

    /// Put every entity's name and aliases in the index before any record
    /// is loaded, so that references may point forward. Problems reading
    /// the records are reported by the pass that loads them.
    /// (If a record is later rejected, rows shift, but then nothing loads.)
    mutating func registerRecords(in source: SourceFile) {
        var parser = RecordParser(source)
        while let record = parser.nextRecord() { register(record) }
    }

    /// Registers one record's names at the row it will take in its kind.
    mutating func register(_ record: RawRecord) {
        guard let kind = schema.kindIndex(named: record.kindName) else { return }
        let entity = EntityRef(kind: kind, row: nextRow[kind])
        nextRow[kind] += 1
        guard schema.kinds[kind].isEntity else { return }
        candidateMemo = [:]
        for field in record.fields where ["name", "aliases"].contains(field.nameText) {
            for token in field.tokens {
                switch token.kind {
                case .string(let text):
                    entities.add(text, for: entity)
                    if schema.kinds[kind].name == "people", field.nameText == "name" { entities.addFamilyName(of: text, for: entity) }
                case .name: entities.add(record.source.text(of: token.span), for: entity)
                default: break
                }
            }
        }
    }

    /// Second pass: type every field and check the citations.
    mutating func loadRecord(_ record: RawRecord) {
        let source = record.source
        guard let kindIndex = schema.kindIndex(named: record.kindName) else {
            error("unknown kind '\(record.kindName)'", in: source, at: record.kind.span,
                  suggestion: Suggestion.nearest(to: record.kindName, in: schema.allKindNames))
            return
        }
        let kind = schema.kinds[kindIndex]
        guard kind.name != "documents" else {
            error("documents are listed in manifest.kb, not among the facts", in: source, at: record.kind.span)
            return
        }
        guard !kind.isDerived else {
            error("\(kind.name) are derived from the text of the documents; facts files do not hold them",
                  in: source, at: record.kind.span)
            return
        }
        let id = recordID(record)
        guard claim(id: id, source: source, span: record.id.span) else { return }
        var values = [Value?](repeating: nil, count: kind.fields.count)
        var citation: Citation?
        var also: [Citation] = []
        var seen: [String] = []
        let row = tables[kindIndex].count
        for field in record.fields {
            let name = field.nameText
            guard !seen.contains(where: { TextFolding.sameIgnoringCase($0, name) }) else {
                error("field '\(name)' is given twice", in: source, at: field.name.span)
                continue
            }
            seen.append(name)
            switch name {
            case "cite": citation = parseCitation(field)
            case "also": also += parseCitations(field)
            default:
                guard let index = kind.fieldIndex(named: name) else {
                    error("kind '\(kind.name)' has no field '\(name)'", in: source, at: field.name.span,
                          suggestion: Suggestion.nearest(to: name, in: kind.fields.map(\.name) + ["cite", "also"]),
                          notes: ["its fields are " + kind.fields.map(\.name).joined(separator: ", ")])
                    continue
                }
                values[index] = typedValue(field, type: kind.fields[index].type, kind: kindIndex, row: row, fieldIndex: index)
            }
        }
        if !record.fields.contains(where: { $0.nameText == "cite" }) {
            error("\(kind.singular) '\(id)' has no citation", in: source, at: record.id.span,
                  notes: ["every fact says where it is stated: cite: DOC:LINE \"the words of that line\""])
        }
        if kind.isEntity, let nameIndex = kind.fieldIndex(named: "name"), values[nameIndex] == nil {
            error("\(kind.singular) '\(id)' has no name", in: source, at: record.id.span)
        }
        if let origin = kind.fieldIndex(named: "origin"), values[origin] == nil { values[origin] = .enumeration(Origin.curated.rawValue) }
        let article = citation.flatMap { documentIndex[$0.document] }.map { documents[$0] }
        tables[kindIndex].append(id: id, values: values, citation: citation, also: also, article: article)
    }

    func recordID(_ record: RawRecord) -> String {
        if case .string(let text) = record.id.kind { return text }
        return record.source.text(of: record.id.span)
    }

    /// Ids are unique across the whole knowledge base.
    mutating func claim(id: String, source: SourceFile, span: Span) -> Bool {
        if let (firstSource, firstSpan) = idSites[id] {
            error("duplicate id '\(id)'", in: source, at: span, notes: ["first defined at \(firstSource.position(of: firstSpan.start))"])
            return false
        }
        idSites[id] = (source, span)
        return true
    }

    /// `contradictions` name other facts by id: resolved last.
    mutating func resolveFactReferences() {
        var byID: [String: FactRef] = [:]
        for (kind, table) in tables.enumerated() {
            for (row, id) in table.ids.enumerated() { byID[id] = FactRef(kind: kind, row: row) }
        }
        // A record that was rejected never took its row; its error is already reported.
        for pending in pendingFactReferences where pending.row < tables[pending.kind].count {
            var refs: [Value] = []
            for (id, span) in pending.ids {
                guard let ref = byID[id] else {
                    error("no fact has the id '\(id)'", in: pending.source, at: span, suggestion: Suggestion.nearest(to: id, in: byID.keys))
                    continue
                }
                refs.append(.fact(ref))
            }
            let isList = schema.kinds[pending.kind].fields[pending.field].type.isList
            tables[pending.kind].set(isList ? .list(refs) : refs.first, row: pending.row, field: pending.field)
        }
    }
}
