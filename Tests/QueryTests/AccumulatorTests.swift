import FactStore
@testable import Query
import Testing

/// An aggregate over amounts is exactly as sure as they are: the bounds it
/// allows, and which of them are approximate, case by case.
@Suite struct AccumulatorTests {
    static let about5 = Quantity(approximately: 5)
    static let vague = Quantity(unquantified: "des milliards")

    static var atLeastAbout5: Quantity {
        var quantity = Quantity(atLeast: 5)
        quantity.approximateLow = true
        return quantity
    }

    static func range(_ low: Double, _ high: Double, aboutLow: Bool = false, aboutHigh: Bool = false) -> Quantity {
        var quantity = Quantity(from: low, to: high)
        quantity.approximateLow = aboutLow
        quantity.approximateHigh = aboutHigh
        return quantity
    }

    static let cases: [(Aggregate.Function, [Quantity], Quantity?, String)] = [
        (.sum, [Quantity(exactly: 5), Quantity(exactly: 3)], Quantity(exactly: 8), "exact amounts add exactly"),
        (.sum, [about5, Quantity(exactly: 3)], Quantity(approximately: 8), "one approximate amount makes the sum approximate"),
        (.sum, [Quantity(from: 2, to: 4), Quantity(approximately: 0)], range(2, 4, aboutHigh: true),
         "an approximate zero adds nothing to the least value, but its greatest is not sure"),
        (.sum, [Quantity(exactly: 5), vague], Quantity(atLeast: 5), "an unquantified amount leaves the sum open above"),
        (.sum, [vague], Quantity(atLeast: 0), "nothing but unquantified amounts: at least zero"),
        (.avg, [Quantity(exactly: 2), Quantity(from: 4, to: 8)], Quantity(from: 3, to: 5), "the average of bounds"),
        (.avg, [vague], nil, "no average of nothing quantified"),
        (.min, [Quantity(exactly: 3), about5, Quantity(approximately: 3)], Quantity(approximately: 3),
         "a least value equal to an approximate one is approximate"),
        (.min, [Quantity(exactly: 3), about5], Quantity(exactly: 3), "a larger approximate value does not decide the least"),
        (.min, [Quantity(exactly: 3), vague], Quantity(atMost: 3), "an unquantified amount may be the least, down to zero"),
        (.max, [Quantity(exactly: 3), about5], Quantity(approximately: 5), "the greatest is approximate when it is"),
        (.max, [about5, vague], atLeastAbout5, "an unquantified amount may be the greatest; the least of it is about 5"),
        (.max, [Quantity(from: 2, to: 9), Quantity(exactly: 7)], Quantity(from: 7, to: 9), "the greatest lies between the greatest least bound and greatest bound"),
    ]

    @Test(arguments: cases.indices)
    func aggregates(_ index: Int) {
        let (function, amounts, expected, rule) = Self.cases[index]
        var accumulator = Accumulator(function)
        for amount in amounts { accumulator.add(amount) }
        #expect(accumulator.result(in: .none) == expected, Comment(rawValue: rule))
        #expect(accumulator.count == amounts.count)
    }
}
