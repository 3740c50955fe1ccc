import Lexer

/// Boxed values, citations and references in a snapshot: a tag byte, then
/// the parts. Only the columns no typed representation fits (lists of
/// texts) and a fact's further citations are written this way.
extension SnapshotWriter {
    mutating func write(_ value: Value?) {
        switch value {
        case nil: write(0)
        case .text(let text)?: write(1); write(text)
        case .quantity(let quantity)?: write(2); write(quantity)
        case .date(let date)?: write(3); write(date)
        case .boolean(let flag)?: write(4); write(flag)
        case .enumeration(let text)?: write(5); write(text)
        case .entity(let entity)?: write(6); write(entity)
        case .fact(let fact)?: write(7); write(fact)
        case .list(let values)?:
            write(8); write(values.count)
            for member in values { write(member) }
        }
    }

    mutating func write(_ quantity: Quantity) {
        write(quantity.precision.rawValue)
        write(quantity.low != nil); write(quantity.low ?? 0)
        write(quantity.high != nil); write(quantity.high ?? 0)
        write(quantity.unit.code)
        write(quantity.unit == .percent)
        write(quantity.wording)
        write(quantity.approximateLow); write(quantity.approximateHigh)
    }

    mutating func write(_ date: CalendarDate) {
        write(date.year); write(date.month ?? 0); write(date.day ?? 0)
    }

    mutating func write(_ ref: EntityRef) {
        write(ref.kind); write(ref.row)
    }

    mutating func write(_ citation: Citation) {
        write(citation.document); write(citation.line); write(citation.evidence)
    }
}

extension SnapshotReader {
    mutating func value() throws(SnapshotDamage) -> Value? {
        switch try int() {
        case 0: return nil
        case 1: return .text(try string())
        case 2: return .quantity(try quantity())
        case 3: return .date(try date())
        case 4: return .boolean(try bool())
        case 5: return .enumeration(try string())
        case 6: return .entity(try ref())
        case 7: return .fact(try ref())
        case 8:
            return .list(try (0..<count(of: 8)).map { _ throws(SnapshotDamage) in
                guard let member = try value() else { throw SnapshotDamage() }
                return member
            })
        default: throw SnapshotDamage()
        }
    }

    mutating func quantity() throws(SnapshotDamage) -> Quantity {
        guard let precision = Quantity.Precision(rawValue: try string()) else { throw SnapshotDamage() }
        let hasLow = try bool(), low = try double(), hasHigh = try bool(), high = try double()
        let code = try optionalString(), isPercent = try bool()
        let unit: Quantity.Unit
        if let code, !isPercent {
            guard let currency = Currency(code: code) else { throw SnapshotDamage() }
            unit = .currency(currency)
        } else {
            unit = isPercent ? .percent : .none
        }
        return Quantity(precision: precision, low: hasLow ? low : nil, high: hasHigh ? high : nil, unit: unit,
                        wording: try optionalString(), approximateLow: try bool(), approximateHigh: try bool())
    }

    mutating func date() throws(SnapshotDamage) -> CalendarDate {
        let year = try int(), month = try int(), day = try int()
        guard let date = CalendarDate(year: year, month: month == 0 ? nil : month, day: day == 0 ? nil : day) else { throw SnapshotDamage() }
        return date
    }

    mutating func ref() throws(SnapshotDamage) -> EntityRef {
        EntityRef(kind: try int(), row: try int())
    }

    mutating func citation() throws(SnapshotDamage) -> Citation {
        Citation(document: try string(), line: try int(), evidence: try string())
    }
}
