import Lexer

/// A number as the text states it, with its unit and its uncertainty:
/// "6,4 milliards de dollars" is exact, "près de 200 milliards" approximate,
/// "jusqu'à 51 %" at most, "entre 600 et 2 000 euros" a range, and
/// "des milliards" stated but unquantified.
public struct Quantity: Hashable, Sendable {
    public enum Precision: String, Hashable, Sendable {
        case exact, approximate, atMost = "at-most", atLeast = "at-least", range, unquantified
    }

    public enum Unit: Hashable, Sendable {
        case none
        case currency(Currency)
        case percent

        public var code: String? {
            switch self {
            case .none: nil
            case .currency(let currency): currency.code
            case .percent: "%"
            }
        }
    }

    public let precision: Precision
    /// The least and greatest values the text allows; for exact and
    /// approximate values both are the stated value. Nil when unquantified.
    public let low: Double?
    public let high: Double?
    public let unit: Unit
    /// The words of an unquantified amount ("des milliards").
    public let wording: String?
    /// Bounds that are themselves approximate: an owner's share of a joint
    /// « près de 200 milliards » is at most about $200B; a sum keeps them.
    public var approximateLow = false
    public var approximateHigh = false

    /// Whether each bound is only approximately known: an approximate
    /// amount's both are, as are bounds marked so.
    public var isLowApproximate: Bool { approximateLow || precision == .approximate }
    public var isHighApproximate: Bool { approximateHigh || precision == .approximate }

    public init(exactly value: Double, unit: Unit = .none) {
        self.init(.exact, low: value, high: value, unit: unit)
    }

    public init(approximately value: Double, unit: Unit = .none) {
        self.init(.approximate, low: value, high: value, unit: unit)
    }

    /// "jusqu'à": from zero up to the value (stated amounts are not negative).
    public init(atMost value: Double, unit: Unit = .none) {
        self.init(.atMost, low: min(0, value), high: value, unit: unit)
    }

    public init(atLeast value: Double, unit: Unit = .none) {
        self.init(.atLeast, low: value, high: .infinity, unit: unit)
    }

    public init(from low: Double, to high: Double, unit: Unit = .none) {
        self.init(.range, low: low, high: high, unit: unit)
    }

    public init(unquantified wording: String, unit: Unit = .none) {
        self.precision = .unquantified
        self.low = nil
        self.high = nil
        self.unit = unit
        self.wording = wording
    }

    /// Every part as stored apart by a column (`QuantityStorage`).
    init(precision: Precision, low: Double?, high: Double?, unit: Unit, wording: String?, approximateLow: Bool, approximateHigh: Bool) {
        self.precision = precision
        self.low = low
        self.high = high
        self.unit = unit
        self.wording = wording
        self.approximateLow = approximateLow
        self.approximateHigh = approximateHigh
    }

    private init(_ precision: Precision, low: Double, high: Double, unit: Unit) {
        self.precision = precision
        self.low = low
        self.high = high
        self.unit = unit
        self.wording = nil
    }

    /// A share of this amount held jointly with others: anything from
    /// nothing up to the whole (an unquantified amount stays as it is).
    public var share: Quantity {
        guard let high, precision != .unquantified else { return self }
        var share = Quantity(atMost: high, unit: unit)
        share.approximateHigh = isHighApproximate
        return share
    }

    /// The single value the text gives, for exact and approximate amounts.
    public var statedValue: Double? {
        precision == .exact || precision == .approximate ? low : nil
    }

    /// What an aggregate's bounds amount to: a single value (approximate
    /// only if a value that decides it is), at most, at least, or a range.
    public static func combined(low: Double, high: Double, unit: Unit, approximateLow: Bool, approximateHigh: Bool) -> Quantity {
        var result: Quantity
        if high == .infinity {
            result = Quantity(atLeast: low, unit: unit)
        } else if low == high {
            return approximateLow || approximateHigh ? Quantity(approximately: low, unit: unit) : Quantity(exactly: low, unit: unit)
        } else if low == 0 {
            result = Quantity(atMost: high, unit: unit)
        } else {
            result = Quantity(from: low, to: high, unit: unit)
        }
        result.approximateLow = approximateLow && result.precision != .atMost
        result.approximateHigh = approximateHigh && result.precision != .atLeast
        return result
    }
}

extension Quantity.Unit {
    /// How a typed column stores a unit: 0 for none, 1 for percent, 2 + the
    /// currency's index in `currencies`, added there when first met.
    func key(in currencies: inout [Currency]) -> Int {
        switch self {
        case .none: return 0
        case .percent: return 1
        case .currency(let currency):
            if let index = currencies.firstIndex(of: currency) { return index + 2 }
            currencies.append(currency)
            return currencies.count + 1
        }
    }
}
