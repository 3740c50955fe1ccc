/// Words around a name that say what it names. Data only, folded.
enum NameCues {
    /// Nouns before a name that make it an organisation: « la start-up X »,
    /// « le groupe X », "the company X", "rival X".
    static let organisationBefore: Set<String> = [
        "start", "up", "startup", "pousse", "societe", "entreprise", "groupe", "firme", "fonds", "laboratoire", "labo",
        "licorne", "editeur", "fabricant", "constructeur", "geant", "specialiste", "plateforme", "company", "firm", "lab",
        "fund", "rival", "giant", "maker", "developer", "unicorn", "group", "platform", "concurrent", "investisseur",
        "investor", "operateur", "operator", "provider", "fournisseur", "chipmaker", "pepite",
    ]

    /// Nouns after a name and a comma that make it an organisation: "X, the
    /// start-up", « X, une jeune pousse ».
    static let organisationAfter: Set<String> = [
        "start", "startup", "pousse", "societe", "entreprise", "groupe", "firme", "company", "firm", "lab", "laboratoire",
        "licorne", "unicorn", "fund", "fonds", "maker", "developer", "specialiste", "specialist", "editeur",
    ]

    /// Titles and roles before a name that make it a person: « le chercheur
    /// X », "researcher X", « le PDG X ».
    static let personBefore: Set<String> = [
        "chercheur", "chercheuse", "ingenieur", "ingenieure", "scientifique", "pdg", "directeur", "directrice", "president",
        "presidente", "cofondateur", "cofondatrice", "fondateur", "fondatrice", "dirigeant", "dirigeante", "responsable",
        "patron", "patronne", "expert", "experte", "m", "mme", "researcher", "engineer", "scientist", "ceo", "cto", "cfo",
        "coo", "founder", "cofounder", "co", "executive", "director", "head", "chief", "president", "vp", "dr", "mr", "mrs", "ms",
        "chef", "vice", "star", "pionnier", "pioneer", "veteran",
    ]

    /// Staff: a hire may name no one (« quatre cadres d'OpenAI »).
    static let staff: Set<String> = [
        "chercheur", "chercheurs", "chercheuse", "chercheuses", "ingenieur", "ingenieurs", "employe", "employes", "salarie",
        "salaries", "cadre", "cadres", "talents", "talent", "personnel", "dirigeant", "dirigeants", "experts", "expert",
        "equipe", "equipes", "collaborateurs", "scientifiques", "researcher", "researchers", "engineer", "engineers",
        "employee", "employees", "staff", "staffers", "executive", "executives", "team", "scientists", "people", "hires",
        "specialists", "specialistes", "developpeurs", "developers",
    ]

    /// Pronouns standing for the company the text is about.
    static let pronouns: Set<String> = [
        "il", "elle", "ils", "elles", "leur", "leurs", "son", "sa", "ses", "it", "its", "they", "their", "lui",
    ]

    /// Capitalised words that start sentences or are common nouns in
    /// headlines, never names on their own.
    static let notNames: Set<String> = [
        "le", "la", "les", "l", "un", "une", "des", "de", "du", "d", "dans", "en", "au", "aux", "pour", "par", "sur", "avec",
        "selon", "mais", "et", "ou", "ce", "cet", "cette", "ces", "il", "elle", "ils", "elles", "on", "nous", "vous", "je",
        "tu", "apres", "avant", "depuis", "lors", "face", "outre", "enfin", "ainsi", "alors", "pourtant", "cependant",
        "toutefois", "parallelement", "the", "a", "an", "in", "on", "at", "for", "by", "with", "from", "to", "of", "and",
        "but", "or", "it", "its", "they", "their", "this", "that", "these", "those", "he", "she", "we", "you", "i", "as",
        "after", "before", "while", "since", "according", "meanwhile", "however", "also", "last", "next", "earlier",
        "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre",
        "decembre", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "monday",
        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "ia", "ai", "pdg", "ceo", "cto", "cfo", "m",
        "mme", "dr", "mr", "mrs", "ms", "usd", "eur", "us", "gpu", "gpus", "llm", "ipo", "ue", "eu", "etats", "unis",
        "europe", "france", "paris", "londres", "london", "berlin", "chine", "china", "japon", "japan", "inde", "india",
        "texas", "californie", "california", "amerique", "america", "series", "serie", "round", "seed", "nasdaq", "bourse",
        "sources", "source", "breaking", "exclusif", "exclusive", "update", "officiel", "official", "news",
        "lire", "read", "plus", "more", "via", "chez", "vers", "among", "including", "dont", "notamment", "voici", "here",
        "who", "qui", "que", "quoi", "quand", "when", "where", "ou", "why", "pourquoi", "comment", "how",
        "tous", "tout", "toute", "toutes", "ip", "api", "ceo", "vp", "agi", "asi", "llms", "ong", "ngo",
    ]

    /// Small words that never go on a name once it has begun: « Meta et … », "Google in …".
    static let neverInNames: Set<String> = [
        "le", "la", "les", "l", "un", "une", "des", "de", "du", "d", "dans", "en", "au", "aux", "pour", "par", "sur", "avec",
        "et", "ou", "mais", "ce", "cette", "ces", "il", "elle", "ils", "elles", "qui", "que", "the", "a", "an", "in", "on",
        "at", "for", "by", "with", "from", "to", "of", "and", "or", "but", "it", "its", "they", "their", "this", "that",
        "he", "she", "who", "which", "as", "after", "before", "while", "since", "according", "selon",
    ]

    /// Places: a name among them is where something is, not a party. Data.
    static let places: Set<String> = [
        "france", "allemagne", "germany", "espagne", "spain", "italie", "italy", "royaume", "uni", "uk", "britain",
        "irlande", "ireland", "finlande", "finland", "suede", "sweden", "norvege", "norway", "danemark", "denmark",
        "pays", "bas", "netherlands", "belgique", "belgium", "suisse", "switzerland", "pologne", "poland", "portugal",
        "autriche", "austria", "islande", "iceland", "europe", "afrique", "africa", "asie", "asia", "amerique", "america",
        "chine", "china", "japon", "japan", "coree", "korea", "inde", "india", "singapour", "singapore", "taiwan",
        "israel", "emirats", "uae", "arabie", "saudi", "qatar", "canada", "mexique", "mexico", "bresil", "brazil",
        "argentine", "argentina", "chili", "chile", "australie", "australia", "texas", "californie", "california",
        "arizona", "nevada", "ohio", "virginie", "virginia", "georgie", "georgia", "wisconsin", "oregon", "washington",
        "new", "york", "floride", "florida", "louisiane", "louisiana", "tennessee", "memphis", "abilene", "utah",
        "iowa", "indiana", "pennsylvanie", "pennsylvania", "caroline", "carolina", "michigan", "illinois", "chicago",
        "paris", "londres", "london", "berlin", "munich", "dresde", "dresden", "francfort", "frankfurt", "madrid",
        "barcelone", "barcelona", "milan", "rome", "amsterdam", "bruxelles", "brussels", "zurich", "geneve", "geneva",
        "stockholm", "oslo", "helsinki", "copenhague", "copenhagen", "dublin", "lisbonne", "lisbon", "varsovie",
        "warsaw", "tokyo", "osaka", "seoul", "pekin", "beijing", "shanghai", "shenzhen", "hong", "kong", "bangalore",
        "mumbai", "dubai", "abou", "abu", "dhabi", "riyad", "riyadh", "toronto", "montreal", "vancouver", "sydney",
        "lyon", "marseille", "toulouse", "bordeaux", "nantes", "lille", "grenoble", "strasbourg", "nice", "rennes",
        "essonne", "saclay", "silicon", "valley", "san", "francisco", "seattle", "austin", "boston", "los", "angeles",
        "bruxelles", "luxembourg", "monaco", "quebec", "ecosse", "scotland", "pays-bas",
    ]

    /// Words before a name that make it a complement, never a subject.
    static let prepositions: Set<String> = [
        "a", "au", "aux", "de", "d", "du", "des", "par", "avec", "pour", "sur", "chez", "vers", "selon", "contre", "envers",
        "to", "with", "by", "for", "of", "from", "at", "in", "on", "into", "about", "according", "against",
    ]

    /// Object pronouns that stand for staff named before: « Meta pourrait les recruter », "hire them".
    static let staffPronouns: Set<String> = ["les", "them"]
}
