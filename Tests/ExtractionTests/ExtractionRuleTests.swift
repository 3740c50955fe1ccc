import FactStore
import Testing

/// What the extractor reads, and what it must never read, one short text
/// at a time. Each case lists every fact expected from the text, with the
/// fields that matter (other fields are not compared); no fact expected
/// means none may be extracted; `–` means the field must be empty.
@Suite struct ExtractionRuleTests {
    struct Case: CustomStringConvertible, Sendable {
        let text: String
        let expected: [String]
        var description: String { String(text.prefix(60)) }

        init(_ text: String, _ expected: String...) {
            self.text = text
            self.expected = expected
        }
    }

    static func check(_ testCase: Case) throws {
        let found = try Probe.facts(testCase.text)
        #expect(found.count == testCase.expected.count, "found \(found)")
        for (index, expected) in testCase.expected.enumerated() where index < found.count {
            let kind = String(expected.prefix { $0 != " " })
            let key = FactKey(document: "t", line: 0, kind: kind, text: String(expected.dropFirst(kind.count)))
            #expect(found[index].kind == kind, "\(found[index])")
            for (field, value) in key.fields {
                let got = FactKey.partyFields.contains(field) ? found[index].names(field) : [found[index].fields[field] ?? "–"]
                let want = FactKey.partyFields.contains(field) ? (value == "–" ? [] : key.names(field)) : [value]
                #expect(got == want, "\(field) of \(found[index])")
            }
        }
    }

    @Test(arguments: [
        Case("Nvidia a investi 500 millions de dollars dans la start-up Kerys, une opération qui valorise la société à 5 milliards de dollars.",
             "deal buyer=Nvidia; target=Kerys; kind=investment; amount=500M USD; valuation=5B USD; status=completed"),
        Case("SoftBank invested $2 billion in Arcturus AI at a valuation of $30 billion.",
             "deal buyer=SoftBank; target=Arcturus AI; amount=2B USD; valuation=30B USD"),
    ])
    func aValuationIsNeverTheAmount(_ testCase: Case) throws { try Self.check(testCase) }

    @Test(arguments: [
        Case("SoftBank a investi 1,5 milliard d'euros dans la start-up Hexalys.\nUne seconde tranche de 500 millions d'euros sera versée par SoftBank à Hexalys en 2026.",
             "deal buyer=SoftBank; target=Hexalys; amount=1.5B EUR"),
        Case("Nvidia rachète la start-up Kerys pour 2,1 milliards de dollars (1,9 milliard d'euros).\nAvec ce rachat de plus de 2 milliards de dollars, Nvidia prend pied dans l'inférence.",
             "deal buyer=Nvidia; target=Kerys; kind=acquisition; amount=2.1B USD"),
        Case("Amazon agreed to acquire Datavane for $700 million.\nAmazon's acquisition of Datavane is its largest this year.",
             "deal buyer=Amazon; target=Datavane; amount=700M USD; status=announced"),
    ])
    func aTrancheOrARestatementIsTheSameDeal(_ testCase: Case) throws { try Self.check(testCase) }

    @Test(arguments: [
        Case("Nvidia rachète la start-up Kerys. L'action Nvidia a gagné 5 % et sa capitalisation boursière dépasse 4 000 milliards de dollars.",
             "deal buyer=Nvidia; target=Kerys; amount=–; stake=–"),
        Case("Microsoft acquired the start-up Lumen in 2024; Microsoft shares rose 2% and its market capitalisation reached $3 trillion.",
             "deal buyer=Microsoft; target=Lumen; amount=–; stake=–"),
        Case("Apple has acquired Lumo Vision, a Zurich-based start-up, for an undisclosed sum.",
             "deal buyer=Apple; target=Lumo Vision; amount=–"),
        Case("Google rachète la start-up Velora sans en dévoiler le montant. Google a dépensé 3 milliards de dollars en rachats l'an dernier.",
             "deal buyer=Google; target=Velora; amount=–"),
    ])
    func aPriceMoveAMarketValueAYearOrASecretIsNoAmount(_ testCase: Case) throws { try Self.check(testCase) }

    @Test(arguments: [
        Case("La start-up Novacline lève 300 millions d'euros auprès de Sequoia et Accel.",
             "deal buyer=Sequoia, Accel; target=Novacline; kind=investment; amount=300M EUR"),
        Case("Quantix raised $1.2 billion from Intel, AMD and other backers.",
             "deal buyer=Intel, AMD; target=Quantix; amount=1.2B USD"),
        Case("La start-up Velora lève 50 millions d'euros auprès de plusieurs investisseurs.",
             "deal target=Velora; buyer=–; amount=50M EUR"),
    ])
    func everyNamedPartyAndNoUnnamedGroup(_ testCase: Case) throws { try Self.check(testCase) }

    @Test(arguments: [
        Case("Meta n'a pas racheté la start-up Velora."),
        Case("Microsoft denied reports that it would acquire Synthetica."),
        Case("Nvidia did not buy the start-up Aerolith."),
        Case("Selon la presse, Apple rachèterait Mistral AI, mais l'entreprise a démenti."),
    ])
    func aDenialGivesNoFact(_ testCase: Case) throws { try Self.check(testCase) }

    @Test(arguments: [
        Case("Meta aurait racheté la start-up Velora.", "deal buyer=Meta; target=Velora; status=reported; hedge=aurait"),
        Case("OpenAI négocierait le rachat de la start-up Lumora.", "deal buyer=OpenAI; target=Lumora; status=in-talks"),
        Case("Meta is in talks to acquire the start-up Velora.", "deal buyer=Meta; target=Velora; status=in-talks"),
        Case("Oracle reportedly bought the start-up Corvex.", "deal buyer=Oracle; target=Corvex; status=reported"),
        Case("Google will acquire the start-up Windsor Code.", "deal buyer=Google; target=Windsor Code; status=announced"),
        Case("Amazon a racheté la start-up Datavane.", "deal buyer=Amazon; target=Datavane; status=completed"),
    ])
    func theStatusComesFromTheVerbAndTheHedges(_ testCase: Case) throws { try Self.check(testCase) }

    @Test(arguments: [
        Case("OpenAI rachète la start-up Lumora pour un montant pouvant atteindre 2 milliards de dollars.", "deal amount=up to 2B USD"),
        Case("OpenAI rachète la start-up Lumora pour plus de 2 milliards de dollars.", "deal amount=at least 2B USD"),
        Case("Meta rachète la start-up Sonalis pour près de 80 millions d'euros.", "deal amount=about 80M EUR"),
        Case("Oracle bought the start-up Corvex for roughly $1 billion.", "deal amount=about 1B USD"),
    ])
    func anAmountKeepsItsUncertainty(_ testCase: Case) throws { try Self.check(testCase) }

    @Test(arguments: [
        Case("Priya Natarajan quitte Google pour rejoindre Anthropic.", "hire person=Priya Natarajan; from=Google; to=Anthropic; status=joined"),
        Case("Le chercheur Marc Olivier quitte Mistral AI.", "hire person=Marc Olivier; from=Mistral AI; to=–; status=left"),
        Case("Anthropic has poached researcher Priya Natarajan from Google.", "hire person=Priya Natarajan; from=Google; to=Anthropic"),
        Case("Meta a débauché Inès Morel et Karim Benali, deux chercheurs d'OpenAI.",
             "hire person=Inès Morel; from=OpenAI; to=Meta", "hire person=Karim Benali; from=OpenAI; to=Meta"),
        Case("Quantix appointed Daniel Okafor, previously at Nvidia, as chief operating officer.",
             "hire person=Daniel Okafor; from=Nvidia; to=Quantix; role=chief operating officer"),
    ])
    func talentMoves(_ testCase: Case) throws { try Self.check(testCase) }

    @Test(arguments: [
        Case("OpenAI va construire un centre de données de 10 milliards de dollars en Finlande.",
             "project owner=OpenAI; amount=10B USD; place=Finlande; status=planned"),
        Case("Oracle is building a $5 billion data center in Texas.", "project owner=Oracle; amount=5B USD; place=Texas; status=underway"),
    ])
    func projects(_ testCase: Case) throws { try Self.check(testCase) }
}
