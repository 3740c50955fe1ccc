import Lexer

/// Finds entities by name or alias, ignoring case, accents and the kind of
/// apostrophe: `meta`, `Théo`/`Theo` and `l’IA`/`l'IA` all match.
public struct EntityIndex: Sendable {
    private var byKey: [String: [EntityRef]] = [:]
    /// Every name and alias as written, for suggestions and completion.
    public private(set) var spellings: [String] = []

    public init() {}

    mutating func add(_ name: String, for entity: EntityRef) {
        let key = TextFolding.fold(name)
        if byKey[key, default: []].contains(entity) { return }
        byKey[key, default: []].append(entity)
        spellings.append(name)
    }

    /// All entities with that name or alias (usually one).
    public func lookup(_ name: String) -> [EntityRef] {
        byKey[TextFolding.fold(name)] ?? []
    }

    /// Entities of one kind with that name or alias.
    public func lookup(_ name: String, kind: Int) -> [EntityRef] {
        lookup(name).filter { $0.kind == kind }
    }

    /// The closest spelling, for "did you mean".
    public func suggestion(for name: String) -> String? {
        Suggestion.nearest(to: name, in: spellings)
    }
}
