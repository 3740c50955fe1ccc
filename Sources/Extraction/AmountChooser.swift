import FactStore

/// Picks a deal's figures among the sentence's amounts: the money nearest
/// the trigger that is not a valuation, a market value, a revenue, a share
/// price or a pay packet, and not a restatement in brackets (which do
/// not end the clause: the valuation after « (1,9 milliard d'euros) » is still read); the
/// percentage that is the stake. « sans en dévoiler le montant » leaves no
/// amount at all.
enum AmountChooser {
    struct Figures {
        var amount: Quantity?
        var valuation: Quantity?
        var stake: Quantity?
        var bonus: Quantity?
    }

    /// The figures within `clause` (the sentence when nil) nearest the trigger.
    static func figures(near trigger: Range<Int>, in view: SentenceView, within clause: Range<Int>? = nil) -> Figures {
        let clause = clause ?? view.range
        var figures = Figures()
        let undisclosed = view.has(Cues.undisclosed)
        var candidates: [(Quantity, Int)] = []
        var stakes: [(Quantity, Int)] = []
        var previousEnd = -10
        for (amount, tokens) in view.amounts where clause.contains(tokens.lowerBound) && !view.breaks(between: min(tokens.lowerBound, trigger.upperBound), and: max(tokens.lowerBound, trigger.lowerBound), brackets: false) {
            let restated = view.tokens[tokens.lowerBound].gapOpensBracket && tokens.lowerBound - previousEnd <= 1
            previousEnd = tokens.upperBound
            let cue = Cues.notTheAmount.firstMatch(in: view.tokens, max(view.range.lowerBound, tokens.lowerBound - 4)..<tokens.lowerBound)
            switch amount.measure {
            case .money:
                if let cue {
                    if cue.payload == "valuation", figures.valuation == nil { figures.valuation = amount.value }
                    if ["bonus", "prime", "primes"].contains(view.tokens[cue.start].folded), figures.bonus == nil { figures.bonus = amount.value }
                    continue
                }
                if !restated, !undisclosed { candidates.append((amount.value, distance(tokens, trigger))) }
            case .percent:
                if cue == nil, distance(tokens, trigger) <= 8 { stakes.append((amount.value, distance(tokens, trigger))) }
            default: continue
            }
        }
        figures.amount = candidates.min { $0.1 < $1.1 }?.0
        figures.stake = stakes.min { $0.1 < $1.1 }?.0
        return figures
    }

    /// From the sentence's start to the first name after `parties` (and
    /// the trigger) that is none of them: « Meta acquiert 49 % de Scale AI,
    /// OpenAI développe un centre de 60 milliards » keeps 60 milliards out.
    static func clause(of trigger: Range<Int>, parties: [Party], in view: SentenceView) -> Range<Int> {
        let end = max(trigger.upperBound, parties.map(\.tokens.upperBound).max() ?? 0)
        let next = view.groups.first { group in
            group.tokens.lowerBound >= end && !group.parties.contains { other in parties.contains { $0.isSame(as: other) } }
        }
        return view.range.lowerBound..<(next?.tokens.lowerBound ?? view.range.upperBound)
    }

    static func distance(_ a: Range<Int>, _ b: Range<Int>) -> Int {
        a.lowerBound >= b.upperBound ? a.lowerBound - b.upperBound : b.lowerBound - min(a.upperBound, b.lowerBound)
    }
}
