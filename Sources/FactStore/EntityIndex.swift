import Lexer

/// Finds entities by name or alias, ignoring case, accents and the kind of
/// apostrophe: `meta`, `Théo`/`Theo` and `l’IA`/`l'IA` all match.
public struct EntityIndex: Sendable {
    private var byKey: [String: [EntityRef]] = [:]
    /// People by the last word of their name (`Wang` for Alexandr Wang),
    /// used only where no name or alias matches and only one person has it.
    private var byFamilyName: [String: [EntityRef]] = [:]
    /// Every name and alias as written, for suggestions and completion.
    public private(set) var spellings: [String] = []

    public init() {}

    mutating func add(_ name: String, for entity: EntityRef) {
        let key = Self.key(name)
        if byKey[key, default: []].contains(entity) { return }
        byKey[key, default: []].append(entity)
        spellings.append(name)
    }

    mutating func addFamilyName(of name: String, for entity: EntityRef) {
        let words = Words.split(name)
        guard words.count > 1, let last = words.last?.text, !byFamilyName[last, default: []].contains(entity) else { return }
        byFamilyName[last, default: []].append(entity)
    }

    /// Names compare by their words, ignoring case, accents and what joins
    /// them: `Grok-3` is `Grok 3`, `etats unis` is `États-Unis`, `GPT 4.5`
    /// is `GPT-4.5`; never a part of a longer word.
    static func key(_ name: String) -> String {
        Words.split(name).map(\.text).joined(separator: " ")
    }

    /// All entities with that name or alias (usually one); else the one
    /// person whose family name it is.
    public func lookup(_ name: String) -> [EntityRef] {
        let key = Self.key(name)
        if let found = byKey[key] { return found }
        if let people = byFamilyName[key], people.count == 1 { return people }
        return []
    }

    /// The one person a family name stands for, if only one has it.
    public func person(withFamilyName word: String) -> EntityRef? {
        guard let people = byFamilyName[word], people.count == 1, byKey[word] == nil else { return nil }
        return people[0]
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

extension EntityIndex {
    func write(to writer: inout SnapshotWriter) {
        for entries in [byKey, byFamilyName] {
            writer.write(entries.count)
            for (key, refs) in entries.sorted(by: { $0.key < $1.key }) {
                writer.write(key)
                writer.write(refs.count)
                for ref in refs { writer.write(ref) }
            }
        }
        writer.write(spellings)
    }

    init(reading reader: inout SnapshotReader) throws(SnapshotDamage) {
        func entries() throws(SnapshotDamage) -> [String: [EntityRef]] {
            var entries: [String: [EntityRef]] = [:]
            for _ in 0..<(try reader.count(of: 16)) {
                let key = try reader.string()
                entries[key] = try (0..<reader.count(of: 16)).map { _ throws(SnapshotDamage) in try reader.ref() }
            }
            return entries
        }
        byKey = try entries()
        byFamilyName = try entries()
        spellings = try reader.strings()
    }

    /// Every entity named, to check them against the tables.
    var references: [EntityRef] {
        Array(byKey.values.joined()) + Array(byFamilyName.values.joined())
    }
}
