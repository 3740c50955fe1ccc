import FactStore
import Lexer

/// The French sentence that states a deal, written as the press writes
/// it: « Le 15 juillet 2024, Velora a finalisé le rachat de Kesis pour
/// environ 2,1 milliards de dollars. » The whole line is the evidence.
struct DealSentence {
    let names: [String]

    func text(_ deal: GeneratedDeal) -> String {
        var opening = deal.date.map(Self.date) ?? ""
        if deal.hedge != nil { opening = "Selon la presse" + (opening.isEmpty ? "" : ", " + lowercasedFirst(opening)) }
        let buyers = deal.buyers.map { names[$0] }.joined(separator: " et ")
        let sentence = buyers + " " + predicate(deal) + "."
        return opening.isEmpty ? sentence : opening + ", " + sentence
    }

    private func predicate(_ deal: GeneratedDeal) -> String {
        let target = names[deal.target]
        let price = deal.amount.map { " pour " + Self.amount($0) } ?? ""
        switch (deal.kind, deal.status) {
        case (.acquisition, .completed): return "a finalisé le rachat de \(target)\(price)"
        case (.acquisition, .inTalks): return "négocie le rachat de \(target)\(price)"
        case (.acquisition, .announced): return "annonce le rachat de \(target)\(price)"
        case (.acquisition, _): return "rachète \(target)\(price)"
        case (.stake, _): return "prend \(deal.stake ?? 0) % de \(target)\(price)"
        case (.investment, _):
            let verb = deal.buyers.count > 1 ? "investissent" : "investit"
            return deal.amount.map { "\(verb) \(Self.amount($0)) dans \(target)" } ?? "\(verb) dans \(target), sans montant annoncé"
        case (.partnership, .negotiated): return "a conclu un partenariat avec \(target)"
        case (.partnership, _): return "annonce un partenariat avec \(target)"
        }
    }

    /// « Le 15 juillet 2024 », « En juillet 2024 », « En 2024 ».
    static func date(_ date: CalendarDate) -> String {
        guard let month = date.month else { return "En \(date.year)" }
        let name = Vocabulary.months[month - 1]
        guard let day = date.day else { return "En \(name) \(date.year)" }
        return "Le \(day == 1 ? "1er" : String(day)) \(name) \(date.year)"
    }

    /// « environ 2,1 milliards de dollars », « jusqu'à 650 millions d'euros »,
    /// « entre 1 et 2 milliards de dollars ».
    static func amount(_ quantity: Quantity) -> String {
        let code = quantity.unit.code ?? "USD"
        let words = Vocabulary.currencyWords[code] ?? "de dollars"
        switch quantity.precision {
        case .approximate: return "environ " + money(quantity.low ?? 0, words)
        case .atMost: return "jusqu'à " + money(quantity.high ?? 0, words)
        case .range:
            let (low, high) = (quantity.low ?? 0, quantity.high ?? 0)
            if (low >= 1e9) == (high >= 1e9) {
                let (lowNumber, _) = scaled(low)
                return "entre " + lowNumber + " et " + money(high, words)
            }
            return "entre " + scaled(low).number + " " + scaled(low).unit + " et " + money(high, words)
        default: return money(quantity.low ?? 0, words)
        }
    }

    /// « 2,1 milliards de dollars », « 1 milliard d'euros ».
    static func money(_ value: Double, _ words: String) -> String {
        let (number, unit) = scaled(value)
        return number + " " + unit + " " + words
    }

    /// 2.1e9 → ("2,1", "milliards"); 1e9 → ("1", "milliard"); 6.5e6 → ("6,5", "millions").
    static func scaled(_ value: Double) -> (number: String, unit: String) {
        let (count, singular) = value >= 1e9 ? (value / 1e9, "milliard") : (value / 1e6, "million")
        let number = NumberText.decimal(count, maxFractionDigits: 1).replacingDot()
        return (number, count < 2 ? singular : singular + "s")
    }

    private func lowercasedFirst(_ text: String) -> String {
        text.prefix(1).lowercased() + text.dropFirst()
    }
}

private extension String {
    func replacingDot() -> String {
        String(map { $0 == "." ? "," : $0 })
    }
}
