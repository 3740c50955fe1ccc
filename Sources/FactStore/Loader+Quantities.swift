import Lexer

// MARK: - Numbers, money and percents, with their uncertainty

extension Loader {
    /// quantity -> amount
    ///           | "about" amount | "up" "to" amount | "at" "least" amount
    ///           | "between" amount "and" amount
    ///           | "unquantified" STRING [ CURRENCY_CODE ]
    /// amount   -> NUMBER [ CURRENCY_CODE ] | MONEY | PERCENT
    mutating func quantityValue(_ tokens: [Token], type: FieldType, field: RawField) -> Value? {
        let words = tokens.map { wordOrString($0, field.source)?.lowercased() }
        let quantity: Quantity?
        switch words.first ?? nil {
        case "about":
            quantity = amount(Array(tokens.dropFirst()), field: field).map { Quantity(approximately: $0.0, unit: $0.1) }
        case "up" where words.count > 1 && words[1] == "to":
            quantity = amount(Array(tokens.dropFirst(2)), field: field).map { Quantity(atMost: $0.0, unit: $0.1) }
        case "at" where words.count > 1 && words[1] == "least":
            quantity = amount(Array(tokens.dropFirst(2)), field: field).map { Quantity(atLeast: $0.0, unit: $0.1) }
        case "between":
            quantity = range(Array(tokens.dropFirst()), field: field)
        case "unquantified":
            quantity = unquantified(Array(tokens.dropFirst()), field: field)
        default:
            quantity = amount(tokens, field: field).map { Quantity(exactly: $0.0, unit: $0.1) }
        }
        guard let quantity else { return nil }
        // "des milliards" may leave the currency unsaid: it is kept unsaid.
        guard fits(quantity.unit, type) || (quantity.precision == .unquantified && quantity.unit == .none) else {
            mismatch(tokens, field: field, expected: Self.describe(type))
            return nil
        }
        return .quantity(quantity)
    }

    static func describe(_ type: FieldType) -> String {
        switch type {
        case .money: "an amount of money (6.4B USD, $100M, about 200B USD)"
        case .percent: "a percentage (49%, up to 51%)"
        case .number: "a number without unit (4, about 100, between 3 and 4)"
        default: "a number, an amount of money or a percentage"
        }
    }

    func fits(_ unit: Quantity.Unit, _ type: FieldType) -> Bool {
        switch (type, unit) {
        case (.money, .currency), (.percent, .percent), (.number, .none), (.quantity, _): true
        default: false
        }
    }

    /// One amount and its unit.
    mutating func amount(_ tokens: [Token], field: RawField) -> (Double, Quantity.Unit)? {
        switch tokens.map(\.kind).first {
        case .number(let value)? where tokens.count == 1:
            return (value, .none)
        case .number(let value)? where tokens.count == 2:
            if tokens[1].kind == .name, let currency = Currency(code: field.source.text(of: tokens[1].span)) {
                return (value, .currency(currency))
            }
        case .money(let value, let currency)? where tokens.count == 1:
            return (value, .currency(currency))
        case .percent(let value)? where tokens.count == 1:
            return (value, .percent)
        default:
            break
        }
        mismatch(tokens, field: field, expected: "an amount such as 42, 6.4B USD, $100M or 49%")
        return nil
    }

    mutating func range(_ tokens: [Token], field: RawField) -> Quantity? {
        guard let andIndex = tokens.firstIndex(where: { $0.keyword == .and }) else {
            mismatch(tokens, field: field, expected: "a range such as between 600 EUR and 2000 EUR")
            return nil
        }
        guard let low = amount(Array(tokens[..<andIndex]), field: field),
              let high = amount(Array(tokens[(andIndex + 1)...]), field: field) else { return nil }
        guard low.1 == high.1, low.0 <= high.0 else {
            mismatch(tokens, field: field, expected: "a range from a lower to a higher amount in one unit")
            return nil
        }
        return Quantity(from: low.0, to: high.0, unit: low.1)
    }

    /// `unquantified "des milliards"`: stated, but with no number to compare.
    mutating func unquantified(_ tokens: [Token], field: RawField) -> Quantity? {
        guard let first = tokens.first, case .string(let wording) = first.kind else {
            mismatch(tokens, field: field, expected: "the words of the text after 'unquantified', in quotes")
            return nil
        }
        var unit = Quantity.Unit.none
        if tokens.count == 2, let currency = Currency(code: field.source.text(of: tokens[1].span)) {
            unit = .currency(currency)
        } else if tokens.count != 1 {
            mismatch(tokens, field: field, expected: "unquantified \"words\" and an optional currency code")
            return nil
        }
        return Quantity(unquantified: wording, unit: unit)
    }
}
