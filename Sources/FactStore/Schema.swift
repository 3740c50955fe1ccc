import Lexer

/// A field of a kind.
public struct FieldSchema: Sendable {
    public let name: String
    public let type: FieldType
}

/// A kind of fact (`deals`) or of entity (`companies`), with its fields.
public struct KindSchema: Sendable {
    public let name: String
    public let singular: String
    public let isEntity: Bool
    /// Built from the text of the documents (sentences, mentions, amounts),
    /// never written in facts files.
    public let isDerived: Bool
    public let fields: [FieldSchema]

    public init(name: String, singular: String, isEntity: Bool, isDerived: Bool = false, fields: [FieldSchema]) {
        self.name = name
        self.singular = singular
        self.isEntity = isEntity
        self.isDerived = isDerived
        self.fields = fields
    }

    /// Fields every fact has, whatever its kind.
    public static let systemFields: [FieldSchema] = [
        FieldSchema(name: "id", type: .text),
        FieldSchema(name: "doc", type: .text),
        FieldSchema(name: "line", type: .number),
        FieldSchema(name: "evidence", type: .text),
    ]

    /// The index of a declared field, matched case-insensitively.
    public func fieldIndex(named name: String) -> Int? {
        fields.firstIndex { TextFolding.sameIgnoringCase($0.name, name) }
    }

    /// Declared fields and system fields, for suggestions and completion.
    public var allFieldNames: [String] {
        fields.map(\.name) + Self.systemFields.map(\.name)
    }
}

/// Every kind the knowledge base knows, read from `schema.kb`.
public struct Schema: Sendable {
    public let kinds: [KindSchema]

    public init(kinds: [KindSchema]) {
        self.kinds = kinds
    }

    /// The kind called `name`, plural or singular, in any case.
    public func kindIndex(named name: String) -> Int? {
        kinds.firstIndex { TextFolding.sameIgnoringCase($0.name, name) || TextFolding.sameIgnoringCase($0.singular, name) }
    }

    public func kind(named name: String) -> KindSchema? {
        kindIndex(named: name).map { kinds[$0] }
    }

    /// Plural and singular names of every kind, for suggestions.
    public var allKindNames: [String] {
        kinds.flatMap { [$0.name, $0.singular] }
    }

    public var entityKinds: [KindSchema] { kinds.filter(\.isEntity) }

    /// `companies` → `company`, `deals` → `deal`; irregular plurals are
    /// declared in the schema file.
    static func singular(of plural: String) -> String {
        if plural.hasSuffix("ies") { return String(plural.dropLast(3)) + "y" }
        if plural.hasSuffix("s") { return String(plural.dropLast()) }
        return plural
    }
}
