/// An ISO 4217 currency. Amounts never convert between currencies: no
/// exchange rate is invented.
public struct Currency: Hashable, Sendable, CustomStringConvertible {
    public let code: String

    public init?(code: String) {
        let upper = code.uppercased()
        guard Self.symbols[upper] != nil else { return nil }
        self.code = upper
    }

    public init?(symbol: Unicode.Scalar) {
        guard let code = Self.bySymbol[symbol] else { return nil }
        self.code = code
    }

    public static let usd = Currency(code: "USD")!
    public static let eur = Currency(code: "EUR")!

    /// The sign written before or after an amount (`$`, `€`), or the code.
    public var symbol: String { Self.symbols[code] ?? code }

    public var description: String { code }

    public static let codes: [String] = symbols.keys.sorted()

    /// The currencies of the AI economy's news: where the money is raised and spent.
    private static let symbols: [String: String] = [
        "USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "CNY": "CN¥", "CHF": "CHF", "CAD": "CA$", "KRW": "₩", "INR": "₹",
        "AUD": "A$", "SEK": "SEK", "AED": "AED", "SAR": "SAR", "HKD": "HK$", "SGD": "S$", "NZD": "NZ$",
    ]
    private static let bySymbol: [Unicode.Scalar: String] = ["$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₩": "KRW", "₹": "INR"]
}
