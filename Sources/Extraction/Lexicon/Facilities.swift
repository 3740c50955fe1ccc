/// What a project builds, and the verbs that say it is being built. Data only.
enum Facilities {
    /// `true` for a facility that is a project on its own; `false` for
    /// « infrastructure », which is one only with a figure.
    static let nouns = PatternSet<Bool>(
        [("centre de donnees", true), ("centres de donnees", true), ("centre de calcul", true), ("data center", true),
         ("data centers", true), ("data centre", true), ("data centres", true), ("datacenter", true), ("datacenters", true),
         ("super ordinateur", true), ("supercalculateur", true), ("supercomputer", true), ("supercomputers", true),
         ("gigafactory", true), ("chip plant", true), ("plant", true), ("fab", true), ("factory", true), ("usine de puces", true), ("ferme de serveurs", true), ("campus", true), ("cluster", true), ("usine", true),
         ("infrastructure", false), ("infrastructures", false)])

    /// Verbs of building: the project is underway.
    static let building = PatternSet<Bool>(
        ["construit", "construisent", "construction", "batit", "developpe", "developpent", "exploite", "ouvre", "inaugure",
         "builds", "building", "is building", "built", "constructing", "opens", "opened", "operates", "develops"]
            .map { ($0, true) })

    /// Verbs of spending on one: with a figure, « infrastructure » is a project.
    static let spending = PatternSet<Bool>(
        ["investit", "investi", "investir", "investissent", "engage", "engagee", "consacre", "depense", "mise", "injecte",
         "invests", "invested", "invest", "spend", "spends", "spent", "commits", "committed", "pours", "poured", "gaspillent"]
            .map { ($0, true) })

    /// Words before a place: « au Texas », "in Finland".
    static let placeMarkers: Set<String> = ["au", "aux", "en", "a", "in", "near", "pres", "dans"]
}
