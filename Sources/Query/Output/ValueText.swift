import FactStore
import Lexer

/// Values as text: `human` as people write them (`$6.4B`, `€600–2,000`,
/// `≤51%`, `≈$200B`), `machine` exact and unambiguous (`6400000000 USD`).
public enum ValueText {
    // MARK: - Human

    /// A cell as people read it; `missing` is what an absent value shows.
    public static func human(_ cell: Cell, missing: String = "") -> String {
        switch cell {
        case .missing: missing
        case .text(let text): text
        case .quantity(let quantity): human(quantity)
        case .date(let date): date.description
        case .boolean(let flag): flag ? "true" : "false"
        case .list(let members): members.map { human($0, missing: missing) }.joined(separator: ", ")
        case .count(let count): grouped(Double(count))
        case .bar: ""
        case .highlighted(let text, _): text
        }
    }

    public static func human(_ quantity: Quantity) -> String {
        guard let low = quantity.low, let high = quantity.high else {
            return "“" + (quantity.wording ?? "unquantified") + "”"
        }
        let aboutLow = quantity.approximateLow ? "≈" : ""
        let aboutHigh = quantity.approximateHigh ? " ≈" : ""
        switch quantity.precision {
        case .exact: return withUnit(short(low), quantity.unit)
        case .approximate: return "≈" + withUnit(short(low), quantity.unit)
        case .atMost: return "≤" + aboutHigh + withUnit(short(high), quantity.unit)
        case .atLeast: return "≥" + (quantity.approximateLow ? " ≈" : "") + withUnit(short(low), quantity.unit)
        case .range:
            // A range too narrow to show reads as one approximate value.
            if short(low) == short(high) { return "≈" + withUnit(short(low), quantity.unit) }
            if quantity.approximateLow || quantity.approximateHigh {
                return aboutLow + withUnit(short(low), quantity.unit) + " –" + (quantity.approximateHigh ? " ≈" : " ")
                    + withUnit(short(high), quantity.unit)
            }
            return withUnit(short(low) + "–" + short(high), quantity.unit)
        case .unquantified: return "“" + (quantity.wording ?? "") + "”"
        }
    }

    static func withUnit(_ number: String, _ unit: Quantity.Unit) -> String {
        switch unit {
        case .none: return number
        case .percent: return number + "%"
        case .currency(let currency):
            return currency.symbol.count == 1 ? currency.symbol + number : number + " " + currency.code
        }
    }

    /// `6.4B`, `100M`, `2,000`, `0.5`: magnitudes from a million up, digits
    /// grouped below.
    public static func short(_ value: Double) -> String {
        guard let (scaled, suffix) = NumberText.scaled(value) else { return grouped(value) }
        return NumberText.decimal(scaled, maxFractionDigits: 2) + suffix
    }

    /// Thousands separated by commas: `1,700`, `2,000.5`.
    static func grouped(_ value: Double) -> String {
        let text = NumberText.decimal(abs(value), maxFractionDigits: 2)
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        var integer = Array(parts[0])
        var out = ""
        while integer.count > 3 {
            out = "," + String(integer.suffix(3)) + out
            integer.removeLast(3)
        }
        out = String(integer) + out
        if parts.count > 1 { out += "." + parts[1] }
        return (value < 0 ? "-" : "") + out
    }

    // MARK: - Machine

    /// Exact text for CSV and TSV: `6400000000 USD`, `<=51%`, `600..2000 EUR`.
    public static func machine(_ cell: Cell) -> String {
        switch cell {
        case .missing, .bar: ""
        case .text(let text): text
        case .quantity(let quantity): machine(quantity)
        case .date(let date): date.description
        case .boolean(let flag): flag ? "true" : "false"
        case .list(let members): members.map(machine).joined(separator: "; ")
        case .count(let count): String(count)
        case .highlighted(let text, _): text
        }
    }

    public static func machine(_ quantity: Quantity) -> String {
        guard let low = quantity.low, let high = quantity.high else { return quantity.wording ?? "" }
        let unit = quantity.unit.code.map { $0 == "%" ? "%" : " " + $0 } ?? ""
        let aboutLow = quantity.approximateLow ? "~" : ""
        let aboutHigh = quantity.approximateHigh ? "~" : ""
        switch quantity.precision {
        case .exact: return NumberText.plain(low) + unit
        case .approximate: return "~" + NumberText.plain(low) + unit
        case .atMost: return "<=" + aboutHigh + NumberText.plain(high) + unit
        case .atLeast: return ">=" + aboutLow + NumberText.plain(low) + unit
        case .range: return aboutLow + NumberText.plain(low) + ".." + aboutHigh + NumberText.plain(high) + unit
        case .unquantified: return quantity.wording ?? ""
        }
    }
}
