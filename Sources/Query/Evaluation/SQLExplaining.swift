import FactStore

/// What `explain sql` prints for a checked statement: SQL over an export
/// of the store that gives the same answer.
public protocol SQLExplaining: Sendable {
    func explain(_ statement: CheckedStatement, kb: KnowledgeBase) -> String
}
