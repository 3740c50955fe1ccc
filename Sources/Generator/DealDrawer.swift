import FactStore
import Foundation
import Lexer

/// Draws deals with the skew of real news: Zipf-distributed buyers, a
/// fifth of amounts missing, uncertain amounts, several currencies,
/// partial dates, a few deals with two buyers, some only reported.
struct DealDrawer {
    let companies: Int
    private let buyers: Zipf
    private var random: SplitMix

    init(companies: Int, seed: UInt64) {
        self.companies = companies
        buyers = Zipf(count: companies)
        random = SplitMix(seed: seed)
    }

    mutating func draw(number: Int, year: Int) -> GeneratedDeal {
        let buyer = buyers.draw(using: &random)
        var partners = [buyer]
        let kind = drawKind()
        if kind == .investment, random.chance(0.08) { partners.append(other(than: partners)) }
        let hedged = random.chance(0.1)
        return GeneratedDeal(
            id: "d" + String(number).leftPadded(to: 7),
            buyers: partners,
            target: other(than: partners),
            kind: kind,
            amount: kind == .partnership || random.chance(0.2) ? nil : drawAmount(in: drawCurrency()),
            stake: kind == .stake ? Int.random(in: 2...49, using: &random) : nil,
            date: drawDate(year: year),
            status: hedged ? .reported : drawStatus(kind),
            hedge: hedged ? "selon la presse" : nil
        )
    }

    private mutating func drawKind() -> GeneratedDeal.Kind {
        let roll = Double.random(in: 0..<1, using: &random)
        return roll < 0.35 ? .investment : roll < 0.6 ? .acquisition : roll < 0.85 ? .stake : .partnership
    }

    private mutating func drawStatus(_ kind: GeneratedDeal.Kind) -> GeneratedDeal.Status {
        switch kind {
        case .acquisition: random.pick([.completed, .completed, .announced, .inTalks])
        case .stake: .completed
        case .investment: .announced
        case .partnership: random.pick([.announced, .negotiated])
        }
    }

    /// From 5 million to 50 billion, log-uniform, with two significant digits.
    private mutating func drawAmount(in currency: Currency) -> Quantity {
        let value = Self.rounded(pow(10, Double.random(in: 6.7..<10.7, using: &random)))
        let unit = Quantity.Unit.currency(currency)
        let roll = Double.random(in: 0..<1, using: &random)
        if roll < 0.62 { return Quantity(exactly: value, unit: unit) }
        if roll < 0.8 { return Quantity(approximately: value, unit: unit) }
        if roll < 0.9 { return Quantity(atMost: value, unit: unit) }
        return Quantity(from: value, to: value * 2, unit: unit)
    }

    private mutating func drawCurrency() -> Currency {
        let roll = Double.random(in: 0..<1, using: &random)
        var total = 0.0
        for (currency, weight) in Vocabulary.currencies {
            total += weight
            if roll < total { return Currency(code: currency)! }
        }
        return .usd
    }

    private mutating func drawDate(year: Int) -> CalendarDate? {
        let roll = Double.random(in: 0..<1, using: &random)
        let month = Int.random(in: 1...12, using: &random)
        if roll < 0.35 { return CalendarDate(year: year, month: month, day: Int.random(in: 1...28, using: &random)) }
        if roll < 0.7 { return CalendarDate(year: year, month: month) }
        if roll < 0.85 { return CalendarDate(year: year) }
        return nil
    }

    private mutating func other(than taken: [Int]) -> Int {
        var pick = Int.random(in: 0..<companies, using: &random)
        while taken.contains(pick) { pick = (pick + 1) % companies }
        return pick
    }

    /// Two significant digits: 2,143,000,000 → 2,100,000,000.
    static func rounded(_ value: Double) -> Double {
        let scale = pow(10, (log10(value)).rounded(.down) - 1)
        return (value / scale).rounded() * scale
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
