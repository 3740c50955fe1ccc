/// References to entities or facts as packed integers (kind, row, whether
/// it names a fact, and whether more members follow), the first member of
/// a list beside the row and further members apart: most deals name one
/// buyer and one target, and reading them looks nothing up.
struct ReferenceStorage: ColumnStorage {
    let isList: Bool
    private var first: [Int64] = []
    /// Members after the first, for the rows of lists of two or more.
    private var rest: [Int: [Int64]] = [:]

    private static let none: Int64 = -1
    private static let emptyList: Int64 = -2
    private static let factFlag: Int64 = 1 << 62
    /// Set on the first member of a list with more in `rest`.
    private static let moreFlag: Int64 = 1 << 61

    init(isList: Bool) { self.isList = isList }

    func write(to writer: inout SnapshotWriter) {
        writer.write(isList)
        writer.write(numbers: first)
        writer.write(rest.count)
        for (row, members) in rest.sorted(by: { $0.key < $1.key }) { writer.write(row); writer.write(numbers: members) }
    }

    init(reading reader: inout SnapshotReader, rows: Int) throws(SnapshotDamage) {
        isList = try reader.bool()
        first = try reader.numbers()
        for _ in 0..<(try reader.count(of: 16)) {
            let row = try reader.int()
            guard (0..<first.count).contains(row) else { throw SnapshotDamage() }
            rest[row] = try reader.numbers()
        }
        let lowest = isList ? Self.emptyList : Self.none
        guard first.count == rows, first.allSatisfy({ $0 >= lowest }), rest.values.allSatisfy({ $0.allSatisfy { $0 >= 0 } }),
              rest.keys.allSatisfy({ first[$0] >= 0 && first[$0] & Self.moreFlag != 0 }),
              first.reduce(0, { $0 + ($1 >= 0 && $1 & Self.moreFlag != 0 ? 1 : 0) }) == rest.count else {
            throw SnapshotDamage()
        }
    }

    subscript(row: Int) -> Value? {
        let head = first[row]
        if head == Self.none { return nil }
        guard isList else { return Self.unpack(head) }
        if head == Self.emptyList { return .list([]) }
        guard head & Self.moreFlag != 0 else { return .list([Self.unpack(head)]) }
        return .list([Self.unpack(head)] + (rest[row] ?? []).map(Self.unpack))
    }

    /// False if the row has no value; else true, each member handed to `body`.
    func forEachReference(at row: Int, _ body: (EntityRef) -> Void) -> Bool? {
        guard first[row] != Self.none else { return false }
        guard first[row] >= 0 else { return true }
        body(Self.ref(first[row]))
        if first[row] & Self.moreFlag != 0 {
            for member in rest[row] ?? [] { body(Self.ref(member)) }
        }
        return true
    }

    /// Whether every entity or fact named passes `test`.
    func referencesAll(_ test: (EntityRef) -> Bool) -> Bool {
        first.allSatisfy { $0 < 0 || test(Self.ref($0)) } && rest.values.allSatisfy { $0.allSatisfy { test(Self.ref($0)) } }
    }

    mutating func put(_ value: Value?, at row: Int?) -> Bool {
        let index = row ?? first.count
        guard let value else {
            first.put(Self.none, at: row)
            if row != nil { rest[index] = nil }
            return true
        }
        let members: [Value]
        switch value {
        case .list(let values) where isList: members = values
        case .entity, .fact: guard !isList else { return false }; members = [value]
        default: return false
        }
        let packed = members.compactMap(Self.pack)
        guard packed.count == members.count else { return false }
        first.put(packed.count > 1 ? packed[0] | Self.moreFlag : packed.first ?? Self.emptyList, at: row)
        if row != nil || packed.count > 1 { rest[index] = packed.count > 1 ? Array(packed.dropFirst()) : nil }
        return true
    }

    private static func pack(_ value: Value) -> Int64? {
        switch value {
        case .entity(let entity): pack(entity)
        case .fact(let fact): pack(fact).map { $0 | factFlag }
        default: nil
        }
    }

    private static func pack(_ ref: EntityRef) -> Int64? {
        guard (0..<(1 << 29)).contains(ref.kind), (0..<(1 << 32)).contains(ref.row) else { return nil }
        return Int64(ref.kind) << 32 | Int64(ref.row)
    }

    private static func unpack(_ packed: Int64) -> Value {
        packed & factFlag != 0 ? .fact(ref(packed)) : .entity(ref(packed))
    }

    private static func ref(_ packed: Int64) -> EntityRef {
        EntityRef(kind: Int(packed >> 32 & 0x1fff_ffff), row: Int(packed & 0xffff_ffff))
    }
}
