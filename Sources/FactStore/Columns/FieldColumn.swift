/// One field's values in the representation of what the field holds,
/// chosen from its declared type: amounts as bounds and packed parts,
/// dates as integers, texts and enumerations as codes into the distinct
/// spellings, references as packed integers. `value(at:)` gives back
/// exactly the `Value` stored. A value the representation cannot hold
/// (none, as the loader and the extractor type values by the schema)
/// turns the column into boxed values rather than being changed.
struct FieldColumn: Sendable {
    /// Reached through the protocol, so that reading a row borrows the
    /// column's arrays instead of copying them out of an enum.
    private var storage: any ColumnStorage
    private(set) var count = 0

    init(type: FieldType) {
        switch type {
        case .number, .money, .percent, .quantity: storage = QuantityStorage()
        case .date: storage = DateStorage()
        case .text: storage = StringStorage(isEnumeration: false)
        case .enumeration: storage = StringStorage(isEnumeration: true)
        case .boolean: storage = BooleanStorage()
        case .reference, .fact: storage = ReferenceStorage(isList: false)
        case .list(.reference), .list(.fact): storage = ReferenceStorage(isList: true)
        case .list: storage = BoxedStorage()
        }
    }

    func value(at row: Int) -> Value? {
        storage[row]
    }

    /// See `FactTable.internedStrings(field:)`.
    var internedStrings: InternedStrings? {
        (storage as? StringStorage)?.strings
    }

    /// See `FactTable.forEachReference(row:field:_:)`.
    func forEachReference(at row: Int, _ body: (EntityRef) -> Void) -> Bool? {
        storage.forEachReference(at: row, body)
    }

    mutating func append(_ value: Value?) {
        if !storage.put(value, at: nil) { boxAll(); _ = storage.put(value, at: nil) }
        count += 1
    }

    mutating func set(_ value: Value?, row: Int) {
        if !storage.put(value, at: row) { boxAll(); _ = storage.put(value, at: row) }
    }

    private mutating func boxAll() {
        storage = BoxedStorage(values: (0..<count).map(value(at:)))
    }

    /// The representations, numbered for snapshots.
    private static let kinds: [any ColumnStorage.Type] = [QuantityStorage.self, DateStorage.self, StringStorage.self,
                                                          BooleanStorage.self, ReferenceStorage.self, BoxedStorage.self]

    func write(to writer: inout SnapshotWriter) {
        writer.write(count)
        writer.write(Self.kinds.firstIndex { $0 == type(of: storage) }!)
        storage.write(to: &writer)
    }

    init(reading reader: inout SnapshotReader, rows: Int) throws(SnapshotDamage) {
        count = try reader.int()
        let kind = try reader.int()
        guard count == rows, Self.kinds.indices.contains(kind) else { throw SnapshotDamage() }
        storage = try Self.kinds[kind].init(reading: &reader, rows: rows)
    }

    /// Whether every entity or fact the column names passes `test`.
    func referencesAll(_ test: (EntityRef) -> Bool) -> Bool {
        storage.referencesAll(test)
    }
}

/// What every representation of a column does: read a row, and store a
/// value at a row or at the end if it can hold it.
protocol ColumnStorage: Sendable {
    subscript(row: Int) -> Value? { get }
    /// False, with nothing changed, if this representation cannot hold `value`.
    mutating func put(_ value: Value?, at row: Int?) -> Bool
    func write(to writer: inout SnapshotWriter)
    /// What `write` wrote, for `rows` rows, checked so that every row reads.
    init(reading reader: inout SnapshotReader, rows: Int) throws(SnapshotDamage)
    /// References only: see `FactTable.forEachReference(row:field:_:)`.
    func forEachReference(at row: Int, _ body: (EntityRef) -> Void) -> Bool?
    /// Whether every entity or fact the column names passes `test`.
    func referencesAll(_ test: (EntityRef) -> Bool) -> Bool
}

extension ColumnStorage {
    /// Not a column of references.
    func forEachReference(at row: Int, _ body: (EntityRef) -> Void) -> Bool? { nil }
    /// A column of amounts, dates, texts or flags names no entity.
    func referencesAll(_ test: (EntityRef) -> Bool) -> Bool { true }
}

extension Array {
    /// Replaces the element at `row`, or appends when `row` is nil.
    mutating func put(_ element: Element, at row: Int?) {
        if let row { self[row] = element } else { append(element) }
    }
}

/// Values as they are, for the fields no representation fits (lists of texts).
struct BoxedStorage: ColumnStorage {
    var values: [Value?] = []

    init(values: [Value?] = []) { self.values = values }

    func referencesAll(_ test: (EntityRef) -> Bool) -> Bool {
        values.allSatisfy { value in
            (value?.members ?? []).allSatisfy { member in
                switch member {
                case .entity(let ref), .fact(let ref): test(ref)
                default: true
                }
            }
        }
    }

    func write(to writer: inout SnapshotWriter) {
        for value in values { writer.write(value) }
    }

    init(reading reader: inout SnapshotReader, rows: Int) throws(SnapshotDamage) {
        values = try (0..<rows).map { _ throws(SnapshotDamage) in try reader.value() }
    }

    subscript(row: Int) -> Value? { values[row] }

    mutating func put(_ value: Value?, at row: Int?) -> Bool {
        values.put(value, at: row)
        return true
    }
}

/// Texts and enumerations as codes into their distinct spellings.
struct StringStorage: ColumnStorage {
    let isEnumeration: Bool
    private(set) var strings = InternedStrings()

    init(isEnumeration: Bool) { self.isEnumeration = isEnumeration }

    func write(to writer: inout SnapshotWriter) {
        writer.write(isEnumeration)
        strings.write(to: &writer)
    }

    init(reading reader: inout SnapshotReader, rows: Int) throws(SnapshotDamage) {
        isEnumeration = try reader.bool()
        strings = try InternedStrings(reading: &reader)
        guard strings.codes.count == rows else { throw SnapshotDamage() }
    }

    subscript(row: Int) -> Value? {
        strings[row].map { isEnumeration ? .enumeration($0) : .text($0) }
    }

    mutating func put(_ value: Value?, at row: Int?) -> Bool {
        let text: String?
        switch value {
        case nil: text = nil
        case .text(let string)? where !isEnumeration: text = string
        case .enumeration(let string)? where isEnumeration: text = string
        default: return false
        }
        if let row { strings.set(text, row: row) } else { strings.append(text) }
        return true
    }
}

/// Booleans as bytes: 1 true, 0 false, -1 none.
struct BooleanStorage: ColumnStorage {
    private var flags: [Int8] = []

    init() {}

    func write(to writer: inout SnapshotWriter) {
        writer.write(numbers: flags)
    }

    init(reading reader: inout SnapshotReader, rows: Int) throws(SnapshotDamage) {
        flags = try reader.numbers()
        guard flags.count == rows, flags.allSatisfy({ $0 >= -1 && $0 <= 1 }) else { throw SnapshotDamage() }
    }

    subscript(row: Int) -> Value? {
        flags[row] < 0 ? nil : .boolean(flags[row] == 1)
    }

    mutating func put(_ value: Value?, at row: Int?) -> Bool {
        switch value {
        case nil: flags.put(-1, at: row)
        case .boolean(let flag)?: flags.put(flag ? 1 : 0, at: row)
        default: return false
        }
        return true
    }
}
