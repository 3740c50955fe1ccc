import Lexer

/// Values written as a facts file writes them (docs/data-format.md):
/// `6.4B USD`, `about 200B USD`, `up to 51%`, `unquantified "des milliards"`,
/// names bare when they are one plain word, else quoted.
public enum KBLiteral {
    public static func quantity(_ quantity: Quantity) -> String {
        let unit: String
        switch quantity.unit {
        case .none: unit = ""
        case .percent: unit = "%"
        case .currency(let currency): unit = " " + currency.code
        }
        func amount(_ value: Double) -> String { number(value) + unit }
        switch quantity.precision {
        case .unquantified: return "unquantified " + string(quantity.wording ?? "")
        case .exact: return amount(quantity.low ?? 0)
        case .approximate: return "about " + amount(quantity.low ?? 0)
        case .atMost: return "up to " + amount(quantity.high ?? 0)
        case .atLeast: return "at least " + amount(quantity.low ?? 0)
        case .range: return "between " + amount(quantity.low ?? 0) + " and " + amount(quantity.high ?? 0)
        }
    }

    /// `700M`, `1.5B`, `2T`, `49`, `0.25`: magnitudes from a million up.
    public static func number(_ value: Double) -> String {
        guard let (scaled, suffix) = NumberText.scaled(value) else { return NumberText.decimal(value, maxFractionDigits: 3) }
        return NumberText.decimal(scaled, maxFractionDigits: 3) + suffix
    }

    public static func name(_ text: String) -> String {
        let plainWord = text.first?.isLetter == true && text.allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "_" }
        return plainWord ? text : string(text)
    }

    public static func string(_ text: String) -> String {
        var escaped = "\""
        for character in text {
            switch character {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            case "\n": escaped += "\\n"
            case "\t": escaped += "\\t"
            default: escaped.append(character)
            }
        }
        return escaped + "\""
    }
}
