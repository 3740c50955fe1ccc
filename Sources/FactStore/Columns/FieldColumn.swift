/// One field's values in the representation of what the field holds,
/// chosen from its declared type: amounts as bounds and packed parts,
/// dates as integers, texts and enumerations as codes into the distinct
/// spellings, references as packed integers. `value(at:)` gives back
/// exactly the `Value` stored. A value the representation cannot hold
/// (none, as the loader and the extractor type values by the schema)
/// turns the column into boxed values rather than being changed.
struct FieldColumn: Sendable {
    private enum Storage: Sendable {
        case quantities(QuantityStorage)
        case dates(DateStorage)
        case strings(StringStorage)
        case booleans(BooleanStorage)
        case references(ReferenceStorage)
        case boxed(BoxedStorage)
    }

    private var storage: Storage
    private(set) var count = 0

    init(type: FieldType) {
        switch type {
        case .number, .money, .percent, .quantity: storage = .quantities(QuantityStorage())
        case .date: storage = .dates(DateStorage())
        case .text: storage = .strings(StringStorage(isEnumeration: false))
        case .enumeration: storage = .strings(StringStorage(isEnumeration: true))
        case .boolean: storage = .booleans(BooleanStorage())
        case .reference, .fact: storage = .references(ReferenceStorage(isList: false))
        case .list(.reference), .list(.fact): storage = .references(ReferenceStorage(isList: true))
        case .list: storage = .boxed(BoxedStorage())
        }
    }

    func value(at row: Int) -> Value? {
        switch storage {
        case .quantities(let column): column[row]
        case .dates(let column): column[row]
        case .strings(let column): column[row]
        case .booleans(let column): column[row]
        case .references(let column): column[row]
        case .boxed(let column): column[row]
        }
    }

    mutating func append(_ value: Value?) {
        if !put(value, at: nil) { boxAll(); _ = put(value, at: nil) }
        count += 1
    }

    mutating func set(_ value: Value?, row: Int) {
        if !put(value, at: row) { boxAll(); _ = put(value, at: row) }
    }

    /// Each case takes its column out of `storage` while it changes, so
    /// that the column's arrays are changed in place, not copied.
    private mutating func put(_ value: Value?, at row: Int?) -> Bool {
        switch storage {
        case .quantities(var column): storage = .boxed(BoxedStorage()); defer { storage = .quantities(column) }; return column.put(value, at: row)
        case .dates(var column): storage = .boxed(BoxedStorage()); defer { storage = .dates(column) }; return column.put(value, at: row)
        case .strings(var column): storage = .boxed(BoxedStorage()); defer { storage = .strings(column) }; return column.put(value, at: row)
        case .booleans(var column): storage = .boxed(BoxedStorage()); defer { storage = .booleans(column) }; return column.put(value, at: row)
        case .references(var column): storage = .boxed(BoxedStorage()); defer { storage = .references(column) }; return column.put(value, at: row)
        case .boxed(var column): storage = .boxed(BoxedStorage()); defer { storage = .boxed(column) }; return column.put(value, at: row)
        }
    }

    private mutating func boxAll() {
        storage = .boxed(BoxedStorage(values: (0..<count).map(value(at:))))
    }

    func write(to writer: inout SnapshotWriter) {
        writer.write(count)
        switch storage {
        case .quantities(let column): writer.write(0); column.write(to: &writer)
        case .dates(let column): writer.write(1); column.write(to: &writer)
        case .strings(let column): writer.write(2); column.write(to: &writer)
        case .booleans(let column): writer.write(3); column.write(to: &writer)
        case .references(let column): writer.write(4); column.write(to: &writer)
        case .boxed(let column): writer.write(5); column.write(to: &writer)
        }
    }

    init(reading reader: inout SnapshotReader, rows: Int) throws(SnapshotDamage) {
        count = try reader.int()
        guard count == rows else { throw SnapshotDamage() }
        switch try reader.int() {
        case 0: storage = .quantities(try QuantityStorage(reading: &reader, rows: rows))
        case 1: storage = .dates(try DateStorage(reading: &reader, rows: rows))
        case 2: storage = .strings(try StringStorage(reading: &reader, rows: rows))
        case 3: storage = .booleans(try BooleanStorage(reading: &reader, rows: rows))
        case 4: storage = .references(try ReferenceStorage(reading: &reader, rows: rows))
        case 5: storage = .boxed(try BoxedStorage(reading: &reader, rows: rows))
        default: throw SnapshotDamage()
        }
    }

    /// Whether every entity or fact the column names passes `test`.
    func referencesAll(_ test: (EntityRef) -> Bool) -> Bool {
        switch storage {
        case .references(let column): column.referencesAll(test)
        case .boxed(let column): column.values.allSatisfy { value in
            (value?.members ?? []).allSatisfy { member in
                switch member {
                case .entity(let ref), .fact(let ref): test(ref)
                default: true
                }
            }
        }
        default: true
        }
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
    private var strings = InternedStrings()

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
