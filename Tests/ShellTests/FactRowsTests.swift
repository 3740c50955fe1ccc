import FactStore
import Query
import Testing

/// A `find` answer reads its rows from the store's columns as they are
/// written (`FactRows`); every format must write exactly what it writes
/// from the same rows held as cells.
@Suite struct FactRowsTests {
    @Test(arguments: ["bundled", "generated", "fixture", "sql fixture"])
    func everyFormatWritesWhatTheHeldCellsWrite(store: String) throws {
        let kb = Stores.named(store)
        let engine = Engine(kb: kb)
        let machine = OutputFormat.allCases.filter(\.isMachine)
        var compared = 0
        for table in kb.tables {
            let kind = table.kind.name
            let shown = table.kind.fields.prefix(3).map(\.name).joined(separator: ", ")
            let statements = [("find \(kind)", machine), ("find \(kind) show id, \(shown), doc, line", machine),
                              ("find \(kind) limit 5", OutputFormat.allCases)]
            for (statement, formats) in statements {
                guard case .table(let answer)? = try engine.run(statement).first else { continue }
                let held = ResultTable(columns: answer.columns, rows: Array(answer.rows), ids: answer.ids,
                                       citations: Array(answer.citations), footer: answer.footer, notes: answer.notes,
                                       identified: answer.identified, cited: answer.cited, evidenceColumn: answer.evidenceColumn)
                for format in formats {
                    for citations in [false, true] {
                        let options = RenderOptions(citations: citations)
                        #expect(Renderer.render(.table(answer), as: format, options: options)
                                    == Renderer.render(.table(held), as: format, options: options), "\(store): \(statement) as \(format)")
                    }
                }
                compared += answer.rows.count
            }
        }
        #expect(compared > 0)
    }
}
