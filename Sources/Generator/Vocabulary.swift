/// The words generated articles are made of, kept apart from the code
/// that assembles them.
enum Vocabulary {
    /// Company names are a stem and an ending: 20 × 10 names.
    static let stems = ["Vel", "Kes", "Orv", "Nal", "Quen", "Tal", "Mir", "Sol", "Zan", "Bri",
                        "Cor", "Lum", "Prax", "Hel", "Drav", "Fen", "Gal", "Isk", "Jun", "Kai"]
    static let endings = ["oria", "tra", "ion", "ex", "ara", "is", "en", "yx", "ova", "ent"]
    /// Every tenth company takes a second word, so that some names need quotes.
    static let secondWords = ["Labs", "AI", "Systems", "Robotics", "Cloud"]

    static let categories = ["lab", "startup", "bigtech", "chipmaker", "cloud", "investor", "software"]

    static let months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                         "septembre", "octobre", "novembre", "décembre"]

    static let outlets = ["La Dépêche IA", "Le Fil Tech", "Revue des Puces"]

    /// Currencies and the share of amounts in each.
    static let currencies: [(code: String, share: Double)] = [("USD", 0.6), ("EUR", 0.3), ("GBP", 0.1)]

    /// What follows "millions" or "milliards" for each currency.
    static let currencyWords = ["USD": "de dollars", "EUR": "d'euros", "GBP": "de livres sterling"]
}
