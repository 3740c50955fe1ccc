// MARK: - Numbers, money, percents and dates

extension Lexer {
    /// number  -> ["-"] digits ["." digits] [exponent] [magnitude] ["%" | currency-sign]
    /// date    -> yyyy "-" mm ["-" dd]
    mutating func scanNumber(from start: Int) -> Token {
        if let date = scanDate() { return date }
        switch scanQuantity() {
        case .failure(let token):
            return token
        case .success(let value):
            return scanUnitSuffix(value: value, start: start)
        }
    }

    /// `$6.4B`, `€600`: the sign, then a number without sign.
    mutating func scanPrefixedMoney(currency: Currency, symbolLength: Int) -> Token {
        let start = offset
        offset += symbolLength
        guard isDigit(at: offset) else {
            return invalid("'\(currency.symbol)' must be followed by an amount", start: start, label: "as in \(currency.symbol)6.4B")
        }
        switch scanQuantity() {
        case .failure(let token): return token
        case .success(let value): return Token(.money(value, currency), Span(start: start, end: offset))
        }
    }

    /// `49%`, `49 %`, `600€`, `600 €`: a sign after the number, spaces allowed.
    private mutating func scanUnitSuffix(value: Double, start: Int) -> Token {
        let numberEnd = offset
        var probe = offset
        while probe < bytes.count, bytes[probe] == 0x20 { probe += 1 }
        if probe < bytes.count, bytes[probe] == UInt8(ascii: "%") {
            offset = probe + 1
            return Token(.percent(value), Span(start: start, end: offset))
        }
        if probe < bytes.count, let (scalar, length) = decodeScalar(at: probe), scalar != "$", let currency = Currency(symbol: scalar) {
            offset = probe + length
            return Token(.money(value, currency), Span(start: start, end: offset))
        }
        offset = numberEnd
        return Token(.number(value), Span(start: start, end: offset))
    }

    private enum Quantity { case success(Double), failure(Token) }

    /// Reads `-1_000.5e3k`-like text and returns its value.
    private mutating func scanQuantity() -> Quantity {
        let start = offset
        var mantissa = ""
        if bytes[offset] == UInt8(ascii: "-") { mantissa = "-"; offset += 1 }
        guard scanDigits(into: &mantissa) else { return .failure(malformed(from: start, "misplaced '_' in a number")) }
        if bytes.at(offset) == UInt8(ascii: "."), isDigit(at: offset + 1) {
            mantissa.append(".")
            offset += 1
            guard scanDigits(into: &mantissa) else { return .failure(malformed(from: start, "misplaced '_' in a number")) }
            if bytes.at(offset) == UInt8(ascii: "."), isDigit(at: offset + 1) {
                return .failure(malformed(from: start, "a number has at most one decimal point"))
            }
        }
        var exponent = 0
        if let e = bytes.at(offset), e == UInt8(ascii: "e") || e == UInt8(ascii: "E") {
            guard let value = scanExponent() else {
                return .failure(malformed(from: start, "the exponent has no digits", label: "write 1e9, not 1e"))
            }
            exponent = value
        }
        exponent += scanMagnitude()
        if continuesWord(at: offset) {
            return .failure(malformed(from: start, nil, label: "magnitude suffixes are k, M, B, bn and T"))
        }
        guard let value = Self.decimal(mantissa, exponent: exponent), value.isFinite else {
            return .failure(malformed(from: start, "number out of range"))
        }
        return .success(value)
    }

    /// `mantissa × 10^exponent`, correctly rounded. Small values take the
    /// exact fast path (an integer below 2^53 times an exact power of ten:
    /// one rounding); the rest go through the standard library's parser.
    static func decimal(_ mantissa: String, exponent: Int) -> Double? {
        var digits: UInt64 = 0
        var count = 0
        var fractionDigits = 0
        var afterPoint = false
        var negative = false
        for byte in mantissa.utf8 {
            switch byte {
            case UInt8(ascii: "-"): negative = true
            case UInt8(ascii: "."): afterPoint = true
            default:
                digits = digits &* 10 &+ UInt64(byte - UInt8(ascii: "0"))
                count += 1
                if afterPoint { fractionDigits += 1 }
            }
        }
        let scale = exponent - fractionDigits
        if count <= 15, abs(scale) <= 22 {
            let value = scale >= 0 ? Double(digits) * powersOfTen[scale] : Double(digits) / powersOfTen[-scale]
            return negative ? -value : value
        }
        return Double(mantissa + "e" + String(exponent))
    }

    private static let powersOfTen: [Double] = (0...22).map { power in
        (0..<power).reduce(1.0) { value, _ in value * 10 }
    }

    /// Digits with `_` separators between them; false if an `_` is misplaced.
    private mutating func scanDigits(into text: inout String) -> Bool {
        var previousWasDigit = false
        while let byte = bytes.at(offset) {
            if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                text.unicodeScalars.append(Unicode.Scalar(byte))
                previousWasDigit = true
            } else if byte == UInt8(ascii: "_") {
                guard previousWasDigit, isDigit(at: offset + 1) else { return false }
                previousWasDigit = false
            } else {
                break
            }
            offset += 1
        }
        return true
    }

    private mutating func scanExponent() -> Int? {
        var probe = offset + 1
        var sign = 1
        if let byte = bytes.at(probe), byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") {
            sign = byte == UInt8(ascii: "-") ? -1 : 1
            probe += 1
        }
        guard isDigit(at: probe) else { return nil }
        var value = 0
        while isDigit(at: probe) {
            value = min(value * 10 + Int(bytes[probe] - UInt8(ascii: "0")), 100_000)
            probe += 1
        }
        offset = probe
        return sign * value
    }

    /// `k`, `M`, `B`, `bn`, `T` right after the digits, as a power of ten.
    private mutating func scanMagnitude() -> Int {
        guard let byte = bytes.at(offset) else { return 0 }
        let following = bytes.at(offset + 1)
        if byte == UInt8(ascii: "b"), following == UInt8(ascii: "n"), endsWord(at: offset + 2) {
            offset += 2
            return 9
        }
        let power: Int
        switch byte {
        case UInt8(ascii: "k"), UInt8(ascii: "K"): power = 3
        case UInt8(ascii: "M"): power = 6
        case UInt8(ascii: "B"): power = 9
        case UInt8(ascii: "T"): power = 12
        default: return 0
        }
        guard endsWord(at: offset + 1) else { return 0 }
        offset += 1
        return power
    }

    private func endsWord(at index: Int) -> Bool { !continuesWord(at: index) }

    /// True when a letter, digit or `_` follows: the number is glued to a word.
    private func continuesWord(at index: Int) -> Bool {
        guard index < bytes.count, let (scalar, _) = decodeScalar(at: index) else { return false }
        return Self.isNameContinue(scalar)
    }

    /// Consumes the rest of the word so that `12abc` is one error, not two.
    private mutating func malformed(from start: Int, _ reason: String?, label: String? = nil) -> Token {
        while let byte = bytes.at(offset),
              byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_") || byte >= 0x80 || Self.isNameContinue(Unicode.Scalar(byte)) {
            if byte >= 0x80 {
                guard let (scalar, length) = decodeScalar(at: offset), Self.isNameContinue(scalar) else { break }
                offset += length
            } else {
                offset += 1
            }
        }
        let text = source.text(of: Span(start: start, end: offset))
        let message = "malformed number '\(text)'" + (reason.map { ": " + $0 } ?? "")
        return invalid(message, start: start, label: label)
    }

    /// `2024-07-01` or `2024-07`. Returns nil (consuming nothing) when the text
    /// does not have that shape, so it is read as a number instead.
    private mutating func scanDate() -> Token? {
        let start = offset
        guard (0..<4).allSatisfy({ isDigit(at: start + $0) }), bytes.at(start + 4) == UInt8(ascii: "-"),
              isDigit(at: start + 5), isDigit(at: start + 6), !isDigit(at: start + 7) else { return nil }
        let year = number(at: start, length: 4)
        let month = number(at: start + 5, length: 2)
        var day: Int?
        offset = start + 7
        if bytes.at(offset) == UInt8(ascii: "-"), isDigit(at: offset + 1), isDigit(at: offset + 2), !isDigit(at: offset + 3) {
            day = number(at: offset + 1, length: 2)
            offset += 3
        }
        if continuesWord(at: offset) || bytes.at(offset) == UInt8(ascii: "-") {
            return malformed(from: start, "dates are written 2024-07-01 or 2024-07")
        }
        guard let date = CalendarDate(year: year, month: month, day: day) else {
            return invalid("invalid date '\(source.text(of: Span(start: start, end: offset)))'", start: start,
                           label: day == nil ? "months run from 01 to 12" : "this day is not in the calendar")
        }
        return Token(.date(date), Span(start: start, end: offset))
    }

    private func number(at index: Int, length: Int) -> Int {
        (index..<index + length).reduce(0) { $0 * 10 + Int(bytes[$1] - UInt8(ascii: "0")) }
    }
}

extension Array where Element == UInt8 {
    /// The byte at `index`, or nil past the end.
    func at(_ index: Int) -> UInt8? { index < count ? self[index] : nil }
}
