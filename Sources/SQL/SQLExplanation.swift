import FactStore
import Query

/// `explain sql`: the translation, for the statements SQL answers, and
/// for the others the reason there is none.
public struct SQLExplanation: SQLExplaining {
    let dialect: SQLDialect

    public init(dialect: SQLDialect) {
        self.dialect = dialect
    }

    public func explain(_ statement: CheckedStatement, kb: KnowledgeBase) -> String {
        if let translation = Translator(kb: kb, dialect: dialect).translate(statement) {
            return "-- \(dialect.title), over the tables of `repl export`\n" + translation.sql + ";"
        }
        let name: String = switch statement {
        case .describe: "describe"
        case .search: "search"
        default: "explain"
        }
        return "-- '\(name)' has no SQL translation: it runs on the embedded engine"
    }
}
