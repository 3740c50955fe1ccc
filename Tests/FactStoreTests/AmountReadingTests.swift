import FactStore
import Query
import Testing

/// One case per form the amount reader understands or deliberately leaves
/// out: the phrase and every amount it must give, as machine text and unit
/// (`-` for none). The forms that were once read wrongly are here as
/// regression cases.
@Suite struct AmountReadingTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let phrase: String
        let expected: [String]
        var testDescription: String { phrase }

        init(_ phrase: String, _ expected: String...) {
            self.phrase = phrase
            self.expected = expected
        }
    }

    static let readWrongly: [Case] = [
        // French grouping with dots, and the decimal comma after it
        Case("La société a levé 4.500.000 euros.", "4500000 EUR EUR"),
        Case("Le forfait coûte 7.200,50 € par an.", "7200.5 EUR EUR"),
        // compound number words
        Case("Elle a reçu vingt-trois millions d'euros.", "23000000 EUR EUR"),
        Case("They raised forty-two million dollars.", "42000000 USD USD"),
        Case("Le devis atteint quatre mille trois cents euros.", "4300 EUR EUR"),
        // signs
        Case("Le résultat net ressort à -3,4 milliards de dollars.", "-3400000000 USD USD"),
        Case("Operating income was -$12 million in the quarter.", "-12000000 USD USD"),
        // a decimal with no leading zero
        Case("Each call costs .25 dollars.", "0.25 USD USD"),
        // negated bounds
        Case("The round will raise no more than $80 million.", "<=80000000 USD USD"),
        Case("Le ticket ne coûte pas plus de 15 euros.", "<=15 EUR EUR"),
        Case("The fee is no less than €3 per user.", ">=3 EUR EUR"),
        Case("Le budget ne dépassera pas 200 millions d'euros.", "<=200000000 EUR EUR"),
        // French billion is 10¹²; milliard 10⁹; English billion 10⁹
        Case("La dette atteint 2 billions de dollars.", "2000000000000 USD USD"),
        Case("Il a investi un milliard d'euros.", "1000000000 EUR EUR"),
        Case("The fund holds 2 billion dollars.", "2000000000 USD USD"),
        // ranges with the currency on both ends
        Case("The stake is worth between $3bn and $4bn.", "3000000000..4000000000 USD USD"),
        Case("Le repas coûte entre 10 euros et 20 euros.", "10..20 EUR EUR"),
    ]

    static let newlyRead: [Case] = [
        Case("The bank lent EUR 40 million.", "40000000 EUR EUR"),
        Case("Arm raised GBP 2.5bn.", "2500000000 GBP GBP"),
        Case("The licence fee was USD1.5m.", "1500000 USD USD"),
        Case("La banque apporte CHF 300 millions.", "300000000 CHF CHF"),
        Case("Le tour de table atteint 25 M€.", "25000000 EUR EUR"),
        Case("L'État apporte 1,5 Md€.", "1500000000 EUR EUR"),
        Case("Le fonds lève 3 Mds$.", "3000000000 USD USD"),
        Case("The app costs 15$.", "15 USD USD"),
        Case("Seed rounds start at 20K$.", "20000 USD USD"),
        Case("Le stagiaire touche 10 k€.", "10000 EUR EUR"),
        Case("Samsung will invest 2.4 trillion won.", "2400000000000 KRW KRW"),
        Case("SoftBank a engagé 500 milliards de yens.", "500000000000 JPY JPY"),
        Case("Reliance will spend ₹500 crore.", "5000000000 INR INR"),
        Case("Tencent spent 10 billion yuan.", "10000000000 CNY CNY"),
        Case("It sells for 14 dollars 99 cents.", "14.99 USD USD"),
        Case("Le café coûte 3 euros et 50 centimes.", "3.5 EUR EUR"),
        Case("It costs ten dollars.", "10 USD USD"),
        Case("Le badge coûte dix euros.", "10 EUR EUR"),
        Case("He sold it for a dollar.", "1 USD USD"),
        Case("The grant is at most $5 million.", "<=5000000 USD USD"),
        Case("Budgets go up to $3bn.", "<=3000000000 USD USD"),
        Case("Le prix reste en dessous de 20 euros.", "<=20 EUR EUR"),
        Case("Le contrat est pouvant atteindre 10 milliards de dollars.", "<=10000000000 USD USD"),
        Case("Le budget sera de 200 millions d'euros au maximum.", "<=200000000 EUR EUR"),
        Case("The deal is valued north of $2 billion.", ">=2000000000 USD USD"),
        Case("Revenue came in excess of $400 million.", ">=400000000 USD USD"),
        Case("La facture est plus que 5 000 euros.", ">=5000 EUR EUR"),
        Case("The company will raise $5bn or more.", ">=5000000000 USD USD"),
        Case("Le site consomme 10 gigawatts.", "10 GW"),
        Case("Meta a débauché un seul chercheur.", "1 researchers"),
        Case("Ok, peut-être 80%.", "~80% %"),
    ]

    /// The other examples of docs/reference.md's table of forms.
    static let documented: [Case] = [
        Case("Le chiffre d'affaires atteint 2 000 euros.", "2000 EUR EUR"),
        Case("The total was $1,234.56.", "1234.56 USD USD"),
        Case("Il y a soixante et onze chercheurs.", "71 researchers"),
        Case("They hired a hundred engineers.", "100 engineers"),
        Case("Le rachat s'est fait pour un demi-milliard d'euros.", "500000000 EUR EUR"),
        Case("La pépite a levé un million et demi d'euros.", "1500000 EUR EUR"),
        Case("It sold for half a billion dollars.", "500000000 USD USD"),
        Case("Le projet mobilise une dizaine de milliards de dollars.", "~10000000000 USD USD"),
        Case("Nvidia is worth $3tn and raised $4mn in 2012.", "3000000000000 USD USD", "4000000 USD USD"),
        Case("Les ventes progressent de +5 %.", "5% %"),
        Case("Le menu coûte € 600.", "600 EUR EUR"),
        Case("Shopify raised C$2 billion and Atlassian A$1 billion.", "2000000000 CAD CAD", "1000000000 AUD AUD"),
        Case("Alibaba spent CN¥5 billion.", "5000000000 CNY CNY"),
        Case("The plug-in costs 49USD.", "49 USD USD"),
        Case("La start-up a levé 150 millions AUD.", "150000000 AUD AUD"),
        Case("Spotify a investi 2 milliards de SEK.", "2000000000 SEK SEK"),
        Case("Le fonds a reçu 3 milliards de francs suisses.", "3000000000 CHF CHF"),
        Case("They invested 2 billion Swedish kronor.", "2000000000 SEK SEK"),
        Case("SenseTime a levé 2,5 milliards de dollars de Hong Kong.", "2500000000 HKD HKD"),
        Case("The stock dropped 99 cents.", "0.99 USD USD"),
        Case("Le tarif passe à quatre-vingt-dix-neuf centimes.", "0.99 EUR EUR"),
        Case("Elle détient 49 pour cent du capital.", "49% %"),
        Case("It owns 49 per cent, up from forty percent.", "49% %", "40% %"),
        Case("The company raised $60 million or so.", "~60000000 USD USD"),
        Case("Le budget atteint 200 millions environ.", "~200000000 -"),
        Case("Le fonds apportera 10 milliards au moins.", ">=10000000000 -"),
        Case("The check was $3bn at most.", "<=3000000000 USD USD"),
        Case("Revenue rose from $3bn to $4bn.", "3000000000 USD USD", "4000000000 USD USD"),
        Case("Revenue rose from 3 to 4 billion dollars.", "3000000000 USD USD", "4000000000 USD USD"),
        Case("Sa part est passée de 3 à 4 %.", "3% %", "4% %"),
        Case("Le contrat vaut entre 5 et 7 milliards d'euros.", "5000000000..7000000000 EUR EUR"),
        Case("Le prix va de 10 à 20 euros.", "10..20 EUR EUR"),
        Case("It costs $3-4bn.", "3000000000..4000000000 USD USD"),
        Case("The chips cost $30,000 to $40,000.", "30000..40000 USD USD"),
        Case("Microsoft a investi des milliards de dollars.", "des milliards de dollars USD"),
        Case("Ils ont levé plusieurs millions.", "plusieurs millions -"),
        Case("They spent several billion dollars and tens of billions of yen.", "several billion dollars USD", "tens of billions of yen JPY"),
        Case("Le moratoire durerait une dizaine d'années.", "~10 years"),
        Case("La France compte plus de 1 000 start-up.", ">=1000 startups"),
        Case("Cette divergence révèle deux visions distinctes, et il y a trois options.", "2 visions", "3 options"),
    ]

    static let durations: [Case] = [
        Case("Le chantier a été suspendu pendant deux mois.", "2 months"),
        Case("Le prêt est remboursable sur sept ans.", "7 years"),
        Case("The trial ran for 30 days.", "30 days"),
        Case("They signed a two-year deal.", "2 years"),
        Case("Le plan couvre les cinq prochaines années.", "5 years"),
        Case("OpenAI a fait une pause d'une semaine.", "1 weeks"),
        Case("The review must end within 90 days.", "<=90 days"),
        Case("It took an 18-month effort.", "18 months"),
    ]

    static let notAmounts: [Case] = [
        Case("The 35-year-old founder left."),
        Case("Elle est âgée de 40 ans."),
        Case("Il a 35 ans."),
        Case("Ten years ago, nobody cared."),
        Case("Il y a dix ans, personne n'y croyait."),
        Case("The company was founded in 2015."),
        Case("Le 12 décembre, Grok 3 et GPT-4.5 ont été annoncés."),
        Case("At 5:13 AM on Jul 1, 2024, the post went up."),
        Case("Llama 3.1 405B was trained on 24/7 clusters."),
        Case("The 5G network and a 4K screen ship in Q3 2024."),
        Case("The server is at 192.168.1.1 and runs version 3.1.2."),
        Case("Meta spends $5bn a year."),
    ]

    static func read(_ phrase: String) -> [String] {
        AmountExtractor().amounts(in: phrase).map { ValueText.machine($0.value) + " " + ($0.unit ?? "-") }
    }

    @Test(arguments: readWrongly) func onceReadWrongly(_ example: Case) {
        #expect(Self.read(example.phrase) == example.expected)
    }

    @Test(arguments: newlyRead) func newForms(_ example: Case) {
        #expect(Self.read(example.phrase) == example.expected)
    }

    @Test(arguments: documented) func documentedForms(_ example: Case) {
        #expect(Self.read(example.phrase) == example.expected)
    }

    @Test(arguments: durations) func lengthsOfTime(_ example: Case) {
        #expect(Self.read(example.phrase) == example.expected)
    }

    /// "$5bn a year" is money; "a year" there is a rate, not a length.
    @Test(arguments: notAmounts) func notAmountsOrNotLengths(_ example: Case) {
        let read = Self.read(example.phrase).filter { !$0.hasSuffix(" USD") }
        #expect(read == example.expected)
    }

    @Test func theLanguageSettlesAmbiguousGrouping() {
        let french = AmountExtractor().amounts(in: "1.500 euros", language: .french)
        let english = AmountExtractor().amounts(in: "1.500 euros", language: .english)
        #expect(french.map { ValueText.machine($0.value) } == ["1500 EUR"])
        #expect(english.map { ValueText.machine($0.value) } == ["1.5 EUR"])
    }

    @Test func eachAmountSaysWhatItMeasures() {
        let amounts = AmountExtractor().amounts(in: "OpenAI a levé 6,6 milliards de dollars, soit 5 % de plus, en deux mois, avec 300 chercheurs.")
        #expect(amounts.map(\.measure) == [.money, .percent, .duration, .counted])
    }
}
