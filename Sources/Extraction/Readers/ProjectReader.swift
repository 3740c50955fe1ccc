import FactStore

/// Reads an infrastructure project: a facility (« centre de données »,
/// "data center", « super-ordinateur »), its owner, its amount and place,
/// and its status. « Infrastructure » alone is a project only with a
/// figure and a verb of spending.
enum ProjectReader {
    struct Project {
        var owners: [Party]
        var what: String
        var place: String?
        var amount: Quantity?
        var status: String?
        var hedge: String?
    }

    static func read(at span: Range<Int>, concrete: Bool, in view: SentenceView, context: DocumentContext) -> Project? {
        let roles = Roles(around: span, in: view, accept: \.canBeCompany)
        var owners = roles.subject?.parties ?? []
        if owners.isEmpty, let after = roles.object(introducedBy: Cues.origin, in: view, within: 1), after.offset == 0, after.group.parties[0].isKnown {
            owners = after.group.parties
        }
        // « Leur super-ordinateur », or a person speaking for the company the text is about.
        let speaker = view.groupBefore(span.lowerBound, subjectOnly: true, accept: \.canBePerson) != nil
        if owners.isEmpty, let topic = context.topic, possessive(before: span, in: view) || roles.pronounSubject || speaker { owners = [topic] }
        guard !owners.isEmpty else { return nil }
        let figures = AmountChooser.figures(near: span, in: view, within: AmountChooser.clause(of: span, parties: owners, in: view))
        guard concrete || (figures.amount != nil && view.has(Facilities.spending)) else { return nil }
        let reading = StatusReader.read(span, in: view)
        return Project(owners: owners, what: view.line.written(span), place: place(after: span, in: view), amount: figures.amount,
                       status: StatusReader.projectStatus(reading, building: view.has(Facilities.building)),
                       hedge: StatusReader.hedge(reading))
    }

    /// « Leur super-ordinateur », "its data center".
    private static func possessive(before span: Range<Int>, in view: SentenceView) -> Bool {
        let window = max(view.range.lowerBound, span.lowerBound - 3)..<span.lowerBound
        return window.contains { NameCues.pronouns.contains(view.tokens[$0].folded) }
    }

    /// A capitalised word after « au », « en », "in" (or « de » right after
    /// the facility: « le super-ordinateur de Memphis »), that is no company.
    private static func place(after span: Range<Int>, in view: SentenceView) -> String? {
        let tokens = view.tokens
        var index = span.upperBound
        while index + 1 < view.range.upperBound, index < span.upperBound + 12 {
            let marker = tokens[index].folded
            let next = tokens[index + 1]
            let isMarker = Facilities.placeMarkers.contains(marker) || (index == span.upperBound && marker == "de")
            if isMarker, next.isCapitalized, !view.groups.contains(where: { $0.tokens.contains(index + 1) && $0.parties.contains(where: \.isKnown) }) {
                var end = index + 2
                while end < view.range.upperBound, tokens[end].isCapitalized, tokens[end].gap == " " || tokens[end].gap == "-" { end += 1 }
                return view.line.written(index + 1..<end)
            }
            if view.breaks(between: index, and: index + 1) { return nil }
            index += 1
        }
        return nil
    }
}
