/// The words the amount reader knows, per language: number words,
/// magnitudes, currencies, units and the cues of bounds. Data only; the
/// reader (`AmountScanner` and its extensions) applies them. Words are
/// folded (lower case, no accents, apostrophes and hyphens as separate
/// tokens), except abbreviations and codes, which are matched as written.
enum AmountLexicon {
    // MARK: - Number words

    /// Cardinals below a hundred that combine by addition (`vingt-trois`,
    /// `forty-two`, `soixante et onze`).
    static let cardinals: [Language: [String: Int]] = [
        .english: [
            "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
            "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
            "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
            "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
        ],
        .french: [
            "zero": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
            "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
            "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "septante": 70,
            "huitante": 80, "octante": 80, "nonante": 90,
        ],
    ]
    /// Words that multiply what precedes them inside a number word.
    static let hundreds: Set<String> = ["hundred", "cent", "cents"]
    static let thousands: Set<String> = ["thousand", "mille"]
    /// Joins inside number words: `vingt et un`, `one hundred and five`.
    static let numberJoiners: Set<String> = ["et", "and"]
    /// Indefinite articles that stand for one before a magnitude, a
    /// currency or a unit of time (`a dollar`, `un milliard`, `une semaine`).
    static let articles: [Language: Set<String>] = [.english: ["a", "an"], .french: ["un", "une"]]
    /// `un seul chercheur`, "a single deal".
    static let single: Set<String> = ["seul", "seule", "single"]

    /// `une centaine` is about a hundred; "a dozen" is twelve.
    static let collectives: [String: (value: Int, approximate: Bool)] = [
        "dizaine": (10, true), "douzaine": (12, true), "quinzaine": (15, true), "vingtaine": (20, true),
        "trentaine": (30, true), "quarantaine": (40, true), "cinquantaine": (50, true), "soixantaine": (60, true),
        "centaine": (100, true), "millier": (1000, true), "dozen": (12, false),
    ]
    /// Words before a magnitude that say "some number of": `des milliards`,
    /// `plusieurs millions`, "several billion", `des dizaines de milliards`.
    static let unquantifiers: Set<String> = [
        "des", "plusieurs", "quelques", "several", "few", "many", "dizaines", "centaines", "milliers", "tens", "hundreds",
        "thousands", "dozens",
    ]

    // MARK: - Magnitudes

    /// Powers of ten written as words after a number. « billion » is 10¹²
    /// in French (the long scale), "billion" 10⁹ in English.
    static let magnitudes: [Language: [String: Int]] = [
        .english: [
            "thousand": 3, "thousands": 3, "million": 6, "millions": 6, "billion": 9, "billions": 9, "trillion": 12,
            "trillions": 12, "lakh": 5, "lakhs": 5, "crore": 7, "crores": 7, "milliard": 9, "milliards": 9,
        ],
        .french: [
            "mille": 3, "million": 6, "millions": 6, "milliard": 9, "milliards": 9, "billion": 12, "billions": 12,
            "trillion": 18, "trillions": 18, "lakh": 5, "lakhs": 5, "crore": 7, "crores": 7,
        ],
    ]

    /// Magnitudes abbreviated after a number, glued (`$10bn`, `20K$`) or
    /// spaced (`25 M€`), matched as written. `needsCurrency`: only with a
    /// currency beside them (`5m` may be metres, `5G` a network).
    static let abbreviations: [String: (exponent: Int, needsCurrency: Bool)] = [
        "k": (3, true), "K": (3, true),
        "m": (6, true), "mn": (6, true), "Mn": (6, true), "mln": (6, true), "mio": (6, true), "Mio": (6, true), "M": (6, false),
        "b": (9, true), "bn": (9, false), "Bn": (9, false), "B": (9, false), "md": (9, true), "Md": (9, true),
        "mds": (9, true), "Mds": (9, true), "Mrd": (9, true), "G": (9, true),
        "tn": (12, false), "trn": (12, false), "Tn": (12, false), "T": (12, false),
    ]

    // MARK: - Currencies

    /// Signs written before or after the number.
    static let currencySigns: [Unicode.Scalar: String] = [
        "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₩": "KRW", "₹": "INR",
    ]
    /// Letters glued before `$` or `¥` that name another currency (`C$`, `HK$`, `CN¥`).
    static let signPrefixes: [String: String] = [
        "US": "USD", "C": "CAD", "CA": "CAD", "CAN": "CAD", "A": "AUD", "AU": "AUD", "AUS": "AUD",
        "HK": "HKD", "S": "SGD", "SG": "SGD", "NZ": "NZD", "CN": "CNY", "RMB": "CNY",
    ]
    /// Codes written before or after the number, as written (upper case).
    static let codes: [String: String] = [
        "USD": "USD", "EUR": "EUR", "GBP": "GBP", "JPY": "JPY", "CNY": "CNY", "RMB": "CNY", "KRW": "KRW", "INR": "INR",
        "CHF": "CHF", "CAD": "CAD", "AUD": "AUD", "SEK": "SEK", "AED": "AED", "SAR": "SAR", "HKD": "HKD", "SGD": "SGD",
        "NZD": "NZD", "Rs": "INR", "RS": "INR",
    ]
    /// Currency names after the number (folded).
    static let currencyNames: [String: String] = [
        "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "yen": "JPY", "yens": "JPY", "yuan": "CNY",
        "yuans": "CNY", "renminbi": "CNY", "won": "KRW", "wons": "KRW", "rupee": "INR", "rupees": "INR", "roupie": "INR",
        "roupies": "INR", "dirham": "AED", "dirhams": "AED", "riyal": "SAR", "riyals": "SAR", "rial": "SAR", "rials": "SAR",
        "krona": "SEK", "kronor": "SEK", "sterling": "GBP", "pound": "GBP", "pounds": "GBP",
    ]
    /// Names that are a currency only with a word that says which (`livres
    /// sterling`, "Swiss francs", `couronnes suédoises`): alone they are
    /// books, old francs or crowns.
    static let qualifiedCurrencyNames: Set<String> = ["livre", "livres", "franc", "francs", "couronne", "couronnes"]
    /// "pounds" is a currency only after a magnitude or beside a sign
    /// ("10 pounds" may weigh).
    static let namesNeedingMagnitude: Set<String> = ["pound", "pounds"]
    /// Words before a currency name that say which (`Canadian dollars`).
    static let currencyAdjectivesBefore: [String: String] = [
        "us": "USD", "american": "USD", "canadian": "CAD", "australian": "AUD", "singapore": "SGD", "swiss": "CHF",
        "swedish": "SEK", "saudi": "SAR", "emirati": "AED", "uae": "AED", "british": "GBP", "japanese": "JPY",
        "chinese": "CNY", "indian": "INR", "korean": "KRW", "zealand": "NZD",
    ]
    /// Two-word forms before a currency name: "Hong Kong dollars".
    static let currencyPhrasesBefore: [[String]: String] = [["hong", "kong"]: "HKD", ["new", "zealand"]: "NZD"]
    /// Words after a currency name that say which (`dollars canadiens`).
    static let currencyAdjectivesAfter: [String: String] = [
        "americains": "USD", "us": "USD", "canadiens": "CAD", "canadien": "CAD", "australiens": "AUD", "australien": "AUD",
        "singapouriens": "SGD", "suisses": "CHF", "suisse": "CHF", "suedoises": "SEK", "suedoise": "SEK",
        "saoudiens": "SAR", "saoudien": "SAR", "emiratis": "AED", "sterling": "GBP", "hongkongais": "HKD",
        "neo": "NZD",
    ]
    /// `dollars de Hong Kong`, `dollars de Singapour`.
    static let currencyPhrasesAfter: [[String]: String] = [
        ["de", "hong", "kong"]: "HKD", ["de", "singapour"]: "SGD", ["de", "hongkong"]: "HKD",
    ]
    /// The small unit that joins the main one: `14 dollars 99 cents`.
    static let cents: Set<String> = ["cent", "cents", "centime", "centimes"]
    /// Hundredths named alone: "99 cents" (English; French `cent` is a
    /// hundred), `quatre-vingt-dix-neuf centimes`.
    static let hundredths: [Language: [String: String]] = [.english: ["cents": "USD"], .french: ["centimes": "EUR", "centime": "EUR"]]
    /// Halves: "half a billion", `un demi-milliard`, `un million et demi`.
    static let half: Set<String> = ["half", "demi"]
    static let andAHalf: [[String]] = [["et", "demi"], ["et", "demie"], ["and", "a", "half"]]

    // MARK: - Other units

    static let percentWords: [[String]] = [["pour", "cent"], ["pourcent"], ["percent"], ["per", "cent"], ["pct"]]

    /// Units of time (folded), singular and plural; `an` is French only.
    static let durations: [Language: [String: String]] = [
        .english: [
            "second": "seconds", "seconds": "seconds", "minute": "minutes", "minutes": "minutes", "hour": "hours",
            "hours": "hours", "day": "days", "days": "days", "week": "weeks", "weeks": "weeks", "month": "months",
            "months": "months", "quarter": "quarters", "quarters": "quarters", "year": "years", "years": "years",
            "decade": "decades", "decades": "decades",
        ],
        .french: [
            "seconde": "seconds", "secondes": "seconds", "minute": "minutes", "minutes": "minutes", "heure": "hours",
            "heures": "hours", "jour": "days", "jours": "days", "semaine": "weeks", "semaines": "weeks", "mois": "months",
            "trimestre": "quarters", "trimestres": "quarters", "an": "years", "ans": "years", "annee": "years",
            "annees": "years", "decennie": "decades", "decennies": "decades",
        ],
    ]
    /// Words between a number and its unit of time: `cinq prochaines années`, "two more years".
    static let durationAdjectives: Set<String> = [
        "prochain", "prochaine", "prochains", "prochaines", "dernier", "derniers", "derniere", "dernieres",
        "premier", "premiers", "premiere", "premieres", "supplementaire", "supplementaires", "consecutif",
        "consecutifs", "consecutive", "consecutives", "bonnes", "longues", "longs", "more", "additional", "further",
        "consecutive", "straight", "full", "long", "extra",
    ]
    /// After a number of years: an age or a point in time, not a length (`35 years old`, "10 years ago").
    static let notDurationAfter: Set<String> = ["old", "ago", "olds"]
    /// Before a number of years: an age (`âgé de 40 ans`, `il a 35 ans`, "aged 35") or `il y a dix ans`.
    static let notDurationBefore: [[String]] = [
        ["age", "de"], ["agee", "de"], ["ages", "de"], ["agees", "de"], ["aged"], ["age"], ["y", "a"], ["il", "a"],
        ["elle", "a"], ["avait"], ["aura"], ["aurait"], ["ont"], ["avaient"], ["l", "age", "de"],
    ]
    /// Before an article and a unit of time, the prepositions that make
    /// it a length (`pendant une semaine`, "for a year"); elsewhere "a
    /// year" is a rate (`$5bn a year`).
    static let durationPrepositions: Set<String> = [
        "for", "in", "within", "over", "after", "than", "during", "pendant", "durant", "sur", "en", "dans", "depuis",
        "d", "de", "apres", "about", "nearly", "almost", "under", "only", "just",
        // verbs of lasting: "lasted a week", `dure une semaine`
        "lasted", "lasting", "lasts", "last", "took", "takes", "take", "spent", "dure", "durer", "durera", "durait",
        "durerait", "dureront", "duree", "prend", "prendra", "pris",
    ]

    /// Counted things: the unit of `300 chercheurs`, `100k H100s`.
    static let countedNouns: [String: String] = [
        "employe": "employees", "employee": "employees", "salarie": "employees", "personne": "people", "people": "people",
        "chercheur": "researchers", "researcher": "researchers", "cadre": "executives", "executive": "executives",
        "junior": "juniors", "ingenieur": "engineers", "engineer": "engineers",
        "telechargement": "downloads", "download": "downloads", "utilisateur": "users", "user": "users",
        "h100": "GPUs", "gpu": "GPUs", "puce": "chips", "chip": "chips", "parametre": "parameters", "parameter": "parameters",
        "gigawatt": "GW", "gw": "GW", "megawatt": "MW", "mw": "MW", "startup": "startups", "start": "startups",
        "entreprise": "companies", "company": "companies", "companie": "companies", "societe": "companies", "firm": "firms",
    ]

    /// Plural words after a number word that are not what it counts.
    static let notCountedNouns: Set<String> = [
        "dollars", "euros", "cents", "centimes", "plus", "moins", "fois", "times", "pour", "sous", "dans", "apres", "avant", "depuis", "jours",
        "others", "autres", "ones", "seuls", "seules", "premiers", "derniers", "prochains", "always", "was", "this", "thus",
    ]

    // MARK: - Bounds

    /// Words before an amount that bound or soften it, longest first when
    /// applied. Negated forms come before the plain ones they contain
    /// (`pas plus de` is at most, `plus de` at least).
    static let qualifiersBefore: [([String], Quantity.Precision)] = [
        // about
        (["pres", "de"], .approximate), (["pres", "d"], .approximate), (["environ"], .approximate),
        (["quelque"], .approximate), (["presque"], .approximate), (["quasiment"], .approximate),
        (["autour", "de"], .approximate), (["autour", "des"], .approximate), (["autour", "d"], .approximate),
        (["de", "l", "ordre", "de"], .approximate), (["de", "l", "ordre", "d"], .approximate),
        (["approximativement"], .approximate), (["a", "peu", "pres"], .approximate),
        (["aux", "alentours", "de"], .approximate), (["peut", "etre"], .approximate), (["pas", "loin", "de"], .approximate),
        (["plus", "ou", "moins"], .approximate), (["grosso", "modo"], .approximate), (["dans", "les"], .approximate),
        (["about"], .approximate), (["around"], .approximate), (["nearly"], .approximate), (["almost"], .approximate),
        (["roughly"], .approximate), (["approximately"], .approximate), (["some"], .approximate), (["circa"], .approximate),
        (["close", "to"], .approximate), (["an", "estimated"], .approximate), (["estimated"], .approximate),
        (["in", "the", "region", "of"], .approximate), (["on", "the", "order", "of"], .approximate),
        (["more", "or", "less"], .approximate), (["just", "about"], .approximate), (["perhaps"], .approximate),
        (["maybe"], .approximate),
        // at most
        (["jusqu", "a"], .atMost), (["au", "maximum"], .atMost), (["au", "plus"], .atMost), (["tout", "au", "plus"], .atMost),
        (["pas", "plus", "de"], .atMost), (["pas", "plus", "d"], .atMost), (["moins", "de"], .atMost), (["moins", "d"], .atMost),
        (["en", "dessous", "de"], .atMost), (["en", "dessous", "d"], .atMost), (["au", "dessous", "de"], .atMost),
        (["inferieur", "a"], .atMost), (["inferieure", "a"], .atMost), (["inferieurs", "a"], .atMost),
        (["inferieures", "a"], .atMost), (["sous", "la", "barre", "des"], .atMost), (["sous", "la", "barre", "de"], .atMost),
        (["pouvant", "atteindre"], .atMost), (["pourrait", "atteindre"], .atMost), (["pourraient", "atteindre"], .atMost),
        (["allant", "jusqu", "a"], .atMost), (["plafonne", "a"], .atMost), (["plafonnee", "a"], .atMost),
        (["plafonnes", "a"], .atMost), (["ne", "depassera", "pas"], .atMost), (["ne", "depasse", "pas"], .atMost),
        (["ne", "depassant", "pas"], .atMost), (["ne", "devrait", "pas", "depasser"], .atMost), (["pas", "depasse"], .atMost),
        (["ne", "depasseront", "pas"], .atMost), (["ne", "depassent", "pas"], .atMost), (["n", "excedera", "pas"], .atMost),
        (["n", "excede", "pas"], .atMost), (["dans", "la", "limite", "de"], .atMost), (["un", "maximum", "de"], .atMost),
        (["un", "peu", "moins", "de"], .atMost), (["limite", "a"], .atMost), (["sous"], .atMost),
        (["up", "to"], .atMost), (["as", "much", "as"], .atMost), (["as", "many", "as"], .atMost), (["as", "high", "as"], .atMost),
        (["at", "most"], .atMost), (["no", "more", "than"], .atMost), (["not", "more", "than"], .atMost),
        (["less", "than"], .atMost), (["fewer", "than"], .atMost), (["under"], .atMost), (["below"], .atMost),
        (["lower", "than"], .atMost), (["a", "maximum", "of"], .atMost), (["maximum", "of"], .atMost),
        (["not", "exceeding"], .atMost), (["capped", "at"], .atMost), (["just", "under"], .atMost),
        (["no", "higher", "than"], .atMost), (["not", "to", "exceed"], .atMost), (["won", "t", "exceed"], .atMost),
        (["will", "not", "exceed"], .atMost), (["would", "not", "exceed"], .atMost), (["does", "not", "exceed"], .atMost),
        (["did", "not", "exceed"], .atMost), (["limited", "to"], .atMost), (["within"], .atMost), (["no", "greater", "than"], .atMost),
        // at least
        (["plus", "de"], .atLeast), (["plus", "d"], .atLeast), (["au", "moins"], .atLeast), (["au", "minimum"], .atLeast),
        (["pas", "moins", "de"], .atLeast), (["pas", "moins", "d"], .atLeast), (["plus", "que"], .atLeast),
        (["au", "dela", "de"], .atLeast), (["au", "dela", "des"], .atLeast), (["au", "dessus", "de"], .atLeast),
        (["superieur", "a"], .atLeast), (["superieure", "a"], .atLeast), (["superieurs", "a"], .atLeast),
        (["superieures", "a"], .atLeast), (["depassant"], .atLeast), (["depasse", "le"], .atLeast),
        (["depasse", "les"], .atLeast), (["depasse"], .atLeast), (["depasser"], .atLeast), (["franchi", "la", "barre", "des"], .atLeast),
        (["franchit", "la", "barre", "des"], .atLeast), (["bien", "plus", "de"], .atLeast), (["un", "peu", "plus", "de"], .atLeast),
        (["un", "minimum", "de"], .atLeast), (["excedant"], .atLeast),
        (["more", "than"], .atLeast), (["over"], .atLeast), (["at", "least"], .atLeast), (["no", "less", "than"], .atLeast),
        (["not", "less", "than"], .atLeast), (["no", "fewer", "than"], .atLeast), (["above"], .atLeast),
        (["in", "excess", "of"], .atLeast), (["north", "of"], .atLeast), (["upwards", "of"], .atLeast),
        (["upward", "of"], .atLeast), (["exceeding"], .atLeast), (["exceeded"], .atLeast), (["exceeds"], .atLeast),
        (["topped"], .atLeast), (["topping"], .atLeast), (["surpassed"], .atLeast), (["greater", "than"], .atLeast),
        (["higher", "than"], .atLeast), (["a", "minimum", "of"], .atLeast), (["minimum", "of"], .atLeast),
        (["just", "over"], .atLeast), (["well", "over"], .atLeast), (["beyond"], .atLeast),
    ]
    /// Prepositions that bound a length of time only loosely: "over five years" is during, not more than.
    static let notBoundingDurations: Set<[String]> = [["over"], ["dans", "les"], ["sur"]]

    /// Words after an amount that bound it: `200 millions au maximum`, "$5bn or more".
    static let qualifiersAfter: [([String], Quantity.Precision)] = [
        (["au", "maximum"], .atMost), (["au", "plus"], .atMost), (["at", "most"], .atMost), (["at", "the", "most"], .atMost),
        (["or", "less"], .atMost), (["ou", "moins"], .atMost), (["maximum"], .atMost), (["max"], .atMost),
        (["au", "moins"], .atLeast), (["au", "minimum"], .atLeast), (["at", "least"], .atLeast), (["or", "more"], .atLeast),
        (["ou", "plus"], .atLeast), (["et", "plus"], .atLeast), (["minimum"], .atLeast), (["or", "above"], .atLeast),
        (["environ"], .approximate), (["or", "so"], .approximate),
    ]

    // MARK: - Ranges

    /// `entre 5 et 7`, "between 3 and 4": the pair of words around a range.
    static let rangeOpeners: [String: String] = ["entre": "et", "between": "and"]
    /// `de 10 à 20`, "from 3 to 4" (unless a change: "rose from 3 to 4").
    static let rangeFrom: [String: String] = ["de": "a", "from": "to"]
    /// Joiners of a range with no opener: `3 à 4 juniors`, "3 to 4 billion", `10-20`.
    static let bareRangeJoiners: Set<String> = ["a", "to"]
    static let rangeDashes: Set<Unicode.Scalar> = ["-", "–", "—"]
    /// Verbs of change: after them `de X à Y` and "from X to Y" are two
    /// amounts, a before and an after.
    static let changeVerbs: Set<String> = [
        "rose", "risen", "rising", "rises", "rise", "grew", "grown", "growing", "grows", "increased", "increase", "increases",
        "jumped", "jumps", "climbed", "climbs", "fell", "fallen", "falls", "falling", "dropped", "drops", "declined",
        "declines", "decreased", "slipped", "slid", "surged", "soared", "went", "cut", "cuts", "raised", "raises", "lifted",
        "lowered", "boosted", "revised", "moved", "shrank", "shrunk", "expanded", "doubled", "tripled", "up", "down",
        // French: only the verbs whose `de` is "from"; after `augmenté de`, `de 3 à 4 %` is by how much.
        "passe", "passee", "passes", "passant", "passera", "passer", "porte", "portee", "releve", "relevee", "abaisse",
        "abaissee", "ramene", "ramenee", "evolue",
    ]

    // MARK: - Not amounts

    static let months: Set<String> = [
        "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]
}
