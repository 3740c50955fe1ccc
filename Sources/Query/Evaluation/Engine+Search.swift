import FactStore

// MARK: - search

extension Engine {
    func search(_ text: String, in document: String?, limit: Int?) -> ResultTable {
        var hits = kb.text.search(text, in: document)
        let total = hits.count
        if let limit { hits = Array(hits.prefix(limit)) }
        let rows = hits.map { hit -> [Cell] in
            [.text("\(hit.sentence.document):\(hit.sentence.line)"), .highlighted(hit.sentence.text, hit.matches)]
        }
        let citations = hits.map { [Citation(document: $0.sentence.document, line: $0.sentence.line, evidence: $0.sentence.text)] }
        var footer = "\(hits.count) \(hits.count == 1 ? "sentence" : "sentences")"
        if hits.count < total { footer += " (of \(total))" }
        var notes: [String] = []
        if total == 0 {
            notes.append("no sentence\(document.map { " of document \($0)" } ?? "") holds every word of “\(text)”")
        }
        return ResultTable(columns: [ResultColumn("source"), ResultColumn("sentence")], rows: rows, citations: citations,
                           footer: footer, notes: notes, cited: true, evidenceColumn: "sentence")
    }
}
