/// What a fact's status is read from, and what keeps a figure out of it.
/// Patterns over folded words (see `Pattern`). Data only.
enum Cues {
    enum Status: String, Sendable {
        case inTalks = "in-talks", reported, announced, offered, considered
    }

    /// Words that hedge or qualify a statement, with the status they give.
    static let status = PatternSet<Status>(
        [("negocie", .inTalks), ("negocient", .inTalks), ("negocierait", .inTalks), ("negocieraient", .inTalks),
         ("en pourparlers", .inTalks), ("en negociation", .inTalks), ("en negociations", .inTalks), ("en discussion", .inTalks),
         ("en discussions", .inTalks), ("discussions avancees", .inTalks), ("in talks", .inTalks), ("in advanced talks", .inTalks),
         ("in discussions", .inTalks), ("negotiating", .inTalks), ("negotiations", .inTalks), ("is negotiating", .inTalks),
         ("aurait", .reported), ("auraient", .reported), ("serait", .reported), ("seraient", .reported),
         ("selon plusieurs medias", .reported), ("selon des sources", .reported), ("selon nos informations", .reported),
         ("selon plusieurs sources", .reported), ("selon la presse", .reported), ("selon des medias", .reported),
         ("selon des personnes", .reported), ("d apres des sources", .reported), ("rumeur", .reported), ("rumeurs", .reported), ("reportedly", .reported),
         ("according to", .reported), ("sources say", .reported), ("sources said", .reported), ("people familiar", .reported),
         ("rumored", .reported), ("rumoured", .reported), ("is said to", .reported), ("are said to", .reported),
         ("pourrait", .considered), ("pourraient", .considered), ("could", .considered),
         ("might", .considered), ("envisage", .considered), ("envisagerait", .considered), ("considering", .considered),
         ("va", .announced), ("vont", .announced), ("prevoit", .announced), ("prevoient", .announced),
         ("s apprete", .announced), ("annonce", .announced), ("a annonce", .announced), ("ont annonce", .announced),
         ("projette", .announced), ("a signe un accord", .announced), ("a conclu un accord", .announced),
         ("ont signe un accord", .announced), ("accord definitif", .announced), ("will", .announced), ("plans to", .announced),
         ("plan to", .announced), ("agreed to", .announced), ("has agreed", .announced), ("have agreed", .announced),
         ("announced", .announced), ("announces", .announced), ("is set to", .announced), ("signed an agreement", .announced),
         ("definitive agreement", .announced), ("intends to", .announced),
         ("offr*", .offered), ("propose", .offered), ("proposer", .offered), ("proposant", .offered), ("offered", .offered),
         ("offers", .offered), ("offering", .offered)])

    /// A statement denied gives no fact, wherever the denial is in the sentence.
    static let denials = PatternSet<Bool>(
        ["aucun accord", "aucune acquisition", "aucun rachat", "aucune transaction", "dement", "dementi", "dementent",
         "a dementi", "no deal", "no agreement", "denied", "denies", "deny", "dismissed", "ruled out", "rejected reports"]
            .map { ($0, true) })

    /// Negations just before the trigger (« n'a pas racheté », "did not acquire").
    static let negations = PatternSet<Bool>(
        ["pas", "jamais", "plus", "not", "never", "t"].map { ($0, true) })

    /// Figures that say the amount is not given: the deal has none, and
    /// none is taken from elsewhere.
    static let undisclosed = PatternSet<Bool>(
        ["sans en devoiler le montant", "sans devoiler le montant", "montant non divulgue", "montant non communique",
         "montant n a pas ete", "montant reste confidentiel", "sans preciser le montant", "pour un montant non",
         "undisclosed", "did not disclose", "not disclosed", "were not disclosed", "was not disclosed", "declined to disclose",
         "terms were not", "without disclosing"].map { ($0, true) })

    /// Words before a figure that make it something other than a deal's
    /// amount, with the field it belongs to (`valuation`) or nil (dropped).
    static let notTheAmount = PatternSet<String?>(
        [("valoris*", "valuation"), ("valorisation", "valuation"), ("valuation", "valuation"), ("valued", "valuation"),
         ("valuing", "valuation"), ("valeur de", "valuation"), ("vaut", "valuation"), ("worth of", "valuation"),
         ("capitalisation", nil), ("market cap", nil), ("market capitalization", nil), ("market value", nil),
         ("boursiere", nil), ("chiffre d affaires", nil), ("revenue", nil), ("revenues", nil), ("sales", nil),
         ("benefice", nil), ("profit", nil), ("action", nil), ("actions", nil), ("titre", nil), ("shares", nil),
         ("stock", nil), ("cours", nil), ("share price", nil), ("bourse", nil), ("hausse", nil), ("baisse", nil),
         ("rose", nil), ("fell", nil), ("jumped", nil), ("dropped", nil), ("gagne", nil), ("perd", nil), ("recule", nil),
         ("bonus", nil), ("prime", nil), ("primes", nil), ("salaire", nil), ("salary", nil), ("pay", nil)])

    /// Words before a party that make it the agent: « par », "by".
    static let agent = PatternSet<Bool>(["par", "by", "aupres", "led by"].map { ($0, true) })

    /// Words before a party that make it where someone goes.
    static let destination = PatternSet<Bool>(
        ["chez", "vers", "pour", "pour rejoindre", "a", "au", "aux", "at", "to", "for", "to join", "join", "rejoindre"].map { ($0, true) })

    /// Words before a party that make it where someone comes from.
    static let origin = PatternSet<Bool>(
        ["de", "d", "du", "des", "de chez", "from", "of", "ancien de", "ex", "formerly", "former", "en provenance de",
         "depuis"].map { ($0, true) })

    /// Where a clause ends inside a sentence: nothing before it is a party
    /// of what comes after.
    static let clauseBreaks: Set<String> = ["mais", "tandis", "alors", "but", "while", "whereas", "although"]

    /// Words in an apposition after a person that make the company in it
    /// where they come from: « jusqu'ici chercheur chez X », "previously at X".
    static let formerly: Set<String> = ["previously", "formerly", "former", "ex", "ancien", "ancienne", "jusqu", "ici",
                                        "auparavant", "until", "recently"]

    /// Where the new position follows: « en tant que », « au poste de », "as".
    static let roleMarkers = PatternSet<Bool>(["en tant que", "au poste de", "comme", "as", "to be", "to become"].map { ($0, true) })
}
