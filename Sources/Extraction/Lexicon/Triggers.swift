/// How a trigger word casts the parties around it.
enum Frame: Sendable, Equatable {
    // Deals: the subject pays or takes, the object is bought or backed.
    case acquire, invest, stake, partner, license, rights, revenueShare, profitShare
    /// A round: the subject is backed, the investors follow « auprès de », "from", "led by".
    case raise
    // Hires.
    /// The subject (an employer) takes a person or staff: « embauche », "poaches".
    case hire
    /// The subject (a person, or staff) goes to the object: « rejoint », "joins".
    case join
    /// The subject leaves the object, perhaps « pour » another: « quitte », "leaves".
    case leave
    /// A person arrives: « l'arrivée de X », "the arrival of X".
    case arrival
    /// Talent flows « vers » the objects: « fuite des talents vers ».
    case exodus
    /// The subject calls on another's staff: « ouvre la porte au personnel de ».
    case staffCall

    var isDeal: Bool {
        switch self {
        case .acquire, .invest, .stake, .partner, .license, .rights, .revenueShare, .profitShare, .raise: true
        default: false
        }
    }

    /// The deal kind it states (a stake read as such when a percentage comes with it).
    var dealKind: String? {
        switch self {
        case .acquire: "acquisition"
        case .invest, .raise: "investment"
        case .stake: "stake"
        case .partner: "partnership"
        case .license: "licensing"
        case .rights: "rights"
        case .revenueShare: "revenue-share"
        case .profitShare: "profit-share"
        default: nil
        }
    }
}

/// A trigger: what it states, and whether it is a noun (« le rachat de »),
/// which gives no tense.
struct Trigger: Sendable {
    let frame: Frame
    let isNoun: Bool
}

/// The words that state a deal or a talent move, French and English, as
/// patterns over folded words (see `Pattern`). Data only.
enum Triggers {
    private static func verbs(_ frame: Frame, _ patterns: [String]) -> [(String, Trigger)] {
        patterns.map { ($0, Trigger(frame: frame, isNoun: false)) }
    }

    private static func nouns(_ frame: Frame, _ patterns: [String]) -> [(String, Trigger)] {
        patterns.map { ($0, Trigger(frame: frame, isNoun: true)) }
    }

    static let all = PatternSet<Trigger>(french + english)

    static let french: [(String, Trigger)] =
        verbs(.acquire, ["rachete", "rachetent", "rachetait", "rachetee", "rachetees", "racheter", "racheterait", "rachetera",
                         "rachetant", "acquiert", "acquierent", "acquis", "acquise", "acquerir", "acquerrait", "acquerra", "acquerant",
                         "achete", "achetee", "acheter", "achetera", "achetant", "absorbe", "absorber", "s empare", "s est empare",
                         "met la main sur", "mis la main sur", "mettre la main sur", "mettra la main sur"])
        + nouns(.acquire, ["rachat", "acquisition", "achat", "prise de controle", "absorption"])
        + verbs(.stake, ["pren* * participation", "pris * participation", "entre au capital", "entre au capital", "entrer au capital",
                         "monte au capital", "entree au capital"])
        + nouns(.stake, ["participation", "prise de participation"])
        + verbs(.invest, ["investit", "investi", "investissent", "investir", "investira", "investirait", "investissant",
                          "injecte", "injectee", "injecter", "finance", "financee", "financer", "financera", "soutient financierement"])
        + nouns(.invest, ["investissement", "financement de"])
        + verbs(.raise, ["leve", "levee", "lever", "levera", "levant", "boucle * tour", "a boucle * tour", "obtient * financement"])
        + nouns(.raise, ["tour de table", "tour de financement", "levee de fonds", "serie a", "serie b", "serie c"])
        + verbs(.partner, ["s associe", "s est associe", "s est associee", "s associent", "se sont associes", "associe a", "s allie",
                           "s est allie", "collaborer avec", "collabore avec", "collaborera avec", "noue un partenariat",
                           "signe un partenariat", "conclu un partenariat", "conclut un partenariat"])
        + nouns(.partner, ["partenariat", "alliance", "collaboration avec", "coentreprise"])
        + verbs(.license, ["concede * licence", "accorde * licence", "obtient * licence", "sous licence"])
        + nouns(.license, ["accord de licence", "contrat de licence", "licence"])
        + verbs(.rights, ["detien* tous les droits", "detien* les droits", "detien* * droits"])
        + nouns(.revenueShare, ["revenus", "chiffre d affaires"])
        + nouns(.profitShare, ["profits", "benefices"])
        + verbs(.hire, ["embauche", "embauchee", "embauches", "embaucher", "embauchera", "embauchant", "recrute", "recrutee",
                        "recrutes", "recruter", "recrutera", "recrutant", "debauche", "debauchee", "debauches", "debaucher",
                        "debauchera", "debauchant", "nomme", "nommee", "nommer", "nommera", "nommant", "engage comme",
                        "s offre les services", "s attache les services", "fait venir", "attire"])
        + nouns(.hire, ["recrutement", "embauche de", "debauchage", "nomination"])
        + verbs(.join, ["rejoint", "rejoignent", "rejoindre", "rejoindra", "rejoindrait", "rejoignant", "passe chez", "arrive chez",
                        "a rejoint", "s engage chez"])
        + verbs(.leave, ["quitte", "quittent", "quitter", "quittera", "quittant", "claque la porte"])
        + nouns(.leave, ["depart de", "demission", "son depart", "sa demission"])
        + nouns(.arrival, ["arrivee de", "arrivee d"])
        + nouns(.exodus, ["fuite * talents vers", "fuite massive * talents vers", "fuite massive de talents vers", "exode * vers",
                          "hemorragie * talents vers"])
        + verbs(.staffCall, ["ouvert la porte", "ouvre la porte", "lance* un appel", "lancer un appel", "courtise", "courtiser"])

    static let english: [(String, Trigger)] =
        verbs(.acquire, ["acquire", "acquires", "acquired", "acquiring", "buy", "buys", "bought", "buying", "purchase", "purchases",
                         "purchased", "purchasing", "snap* up", "snapped up", "take* over", "took over", "taking over"])
        + nouns(.acquire, ["acquisition", "takeover", "buyout", "purchase of"])
        + verbs(.stake, ["take* * stake", "took * stake", "taking * stake", "take* * * stake", "took * * stake"])
        + nouns(.stake, ["stake"])
        + verbs(.invest, ["invest", "invests", "invested", "investing", "pour* * into", "backs"])
        + nouns(.invest, ["investment"])
        + verbs(.raise, ["raise", "raises", "raised", "raising", "secure* * funding", "close* * round", "closed * round"])
        + nouns(.raise, ["funding round", "round of funding", "series a", "series b", "series c", "series d", "seed round"])
        + verbs(.partner, ["partner", "partners", "partnered", "partnering", "team* up", "teamed up", "ally", "allied",
                           "collaborate", "collaborates", "collaborated"])
        + nouns(.partner, ["partnership", "alliance", "joint venture", "collaboration with"])
        + verbs(.license, ["license", "licenses", "licensed", "licensing", "licence", "licences", "licenced"])
        + nouns(.license, ["licensing deal", "licensing agreement", "license agreement"])
        + verbs(.rights, ["hold* * rights", "holds the rights", "own* the rights"])
        + nouns(.revenueShare, ["revenue", "revenues"])
        + nouns(.profitShare, ["profits"])
        + verbs(.hire, ["hire", "hires", "hired", "hiring", "poach", "poaches", "poached", "poaching", "recruit", "recruits",
                        "recruited", "recruiting", "appoint", "appoints", "appointed", "appointing", "lure", "lures", "lured",
                        "names", "named", "taps", "tapped"])
        + nouns(.hire, ["recruitment", "appointment", "hiring of"])
        + verbs(.join, ["join", "joins", "joined", "joining", "move* to", "moved to", "defect* to", "defected to"])
        + verbs(.leave, ["leave", "leaves", "left", "leaving", "quit", "quits", "depart", "departs", "departed", "exit", "exits"])
        + nouns(.leave, ["departure of", "exit of"])
        + nouns(.arrival, ["arrival of"])
        + nouns(.exodus, ["exodus * to", "talent drain to", "brain drain to"])
        + verbs(.staffCall, ["open* * door to", "opened the door to", "courting", "courts", "courted"])
}
