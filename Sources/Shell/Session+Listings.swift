import FactStore
import Lexer
import Query

// MARK: - .kinds, .schema, .docs

extension Session {
    func listKinds() {
        let rows = kb.schema.kinds.enumerated().map { index, kind -> [Cell] in
            [.text(kind.name), .text(kind.isEntity ? "entity" : kind.isDerived ? "derived" : "fact"), .count(kb.table(index).count),
             .text(kind.fields.map(\.name).joined(separator: ", "))]
        }
        write(.table(ResultTable(columns: ["kind", "is", "count", "fields"].map { ResultColumn($0) }, rows: rows,
                                 footer: "\(rows.count) kinds")))
    }

    func showSchema(_ name: String?) throws {
        var kinds = kb.schema.kinds
        if let name {
            guard let kind = kb.schema.kind(named: name) else {
                let suggestion = Suggestion.nearest(to: name, in: kb.schema.allKindNames)
                throw ShellError("unknown kind '\(TerminalText.safe(name))'" + (suggestion.map { "; did you mean '\($0)'?" } ?? ""), argument: 0)
            }
            kinds = [kind]
        }
        let rows = kinds.flatMap { kind in
            (kind.fields + KindSchema.systemFields).map { field -> [Cell] in
                [.text(kind.name), .text(field.name), .text(field.type.description)]
            }
        }
        write(.table(ResultTable(columns: ["kind", "field", "type"].map { ResultColumn($0) }, rows: rows,
                                 footer: "\(rows.count) fields")))
    }

    func listDocuments() {
        let rows = kb.documents.map { document -> [Cell] in
            [.text(document.id), document.title.map(Cell.text) ?? .missing, document.outlet.map(Cell.text) ?? .missing,
             document.date.map(Cell.date) ?? .missing, .text(document.language), .count(document.lineCount)]
        }
        write(.table(ResultTable(columns: ["id", "title", "outlet", "date", "language", "lines"].map { ResultColumn($0) },
                                 rows: rows, footer: "\(rows.count) documents")))
    }
}
