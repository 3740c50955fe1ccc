import FactStore

/// Reads a deal around a trigger: who pays or takes (`buyer`), who is
/// bought, backed or partnered (`target`), the kind, the amount, stake and
/// valuation, and the status. A deal needs a target; a round needs money.
enum DealReader {
    struct Deal {
        var buyers: [Party]
        var targets: [Party]
        var kind: String
        var figures: AmountChooser.Figures
        var status: String?
        var hedge: String?
    }

    static func read(_ trigger: Trigger, at span: Range<Int>, in view: SentenceView, context: DocumentContext) -> Deal? {
        let roles = Roles(around: span, in: view, accept: \.canBeCompany)
        guard var (buyers, targets) = cast(trigger.frame, roles, view: view) else { return nil }
        let figures = AmountChooser.figures(near: span, in: view, within: AmountChooser.clause(of: span, parties: buyers + targets, in: view))
        if buyers.isEmpty, roles.pronounSubject || context.inList, let topic = context.inList ? context.listSubject : context.topic {
            buyers = [topic]
        }
        if targets.isEmpty, context.inList, let object = context.listObject, trigger.frame != .raise { targets = [object] }
        targets.removeAll { target in buyers.contains { $0.isSame(as: target) } }
        guard !targets.isEmpty, buyers.count + targets.count >= (trigger.frame == .raise ? 1 : 2) else { return nil }
        guard requirements(trigger, figures: figures, view: view) else { return nil }
        let reading = StatusReader.read(span, in: view)
        var kind = trigger.frame.dealKind ?? "investment"
        if [.acquire, .invest].contains(trigger.frame), figures.stake != nil, figures.amount == nil || trigger.frame == .acquire { kind = "stake" }
        return Deal(buyers: buyers, targets: targets, kind: kind, figures: figures,
                    status: StatusReader.dealStatus(reading, isNoun: trigger.isNoun), hedge: StatusReader.hedge(reading))
    }

    private static func cast(_ frame: Frame, _ roles: Roles, view: SentenceView) -> ([Party], [Party])? {
        let subject = roles.subject?.parties ?? []
        let first = roles.objects.first?.group.parties ?? []
        switch frame {
        case .raise:
            // The subject is backed; every group after it is an investor.
            return (roles.objects.flatMap(\.group.parties), subject)
        case .license:
            if let licensee = roles.object(introducedBy: Cues.destination, in: view) { return (licensee.group.parties, subject) }
            return (subject, first)
        case .partner:
            if !subject.isEmpty, !first.isEmpty { return (subject, first) }
            let all = subject.isEmpty ? first : subject
            guard all.count >= 2 else { return nil }
            return ([all[0]], Array(all.dropFirst()))
        default:
            if let agent = roles.object(introducedBy: Cues.agent, in: view) {
                let before = roles.objects.prefix(agent.offset).flatMap(\.group.parties)
                return (agent.group.parties, before.isEmpty ? subject : before)
            }
            return (subject, first)
        }
    }

    /// Shares of revenue or profit need the percentage; a round (unless
    /// its amount is withheld) and « une participation » need a figure.
    private static func requirements(_ trigger: Trigger, figures: AmountChooser.Figures, view: SentenceView) -> Bool {
        switch trigger.frame {
        case .revenueShare, .profitShare: figures.stake != nil
        case .raise: figures.amount != nil || view.has(Cues.undisclosed)
        case .stake where trigger.isNoun: figures.stake != nil || figures.amount != nil
        default: true
        }
    }
}
