import Lexer

/// A token of prose for the amount extractor.
struct AmountToken {
    enum Kind: Equatable {
        /// A number; `hasSuffix` for k, M, B, bn, T glued to it; `isYear`
        /// for four digits that may be a year.
        case number(Double, hasSuffix: Bool, isYear: Bool)
        /// A folded word.
        case word(String)
        case symbol(Unicode.Scalar)
    }

    let kind: Kind
    /// Scalar offsets in the text.
    let range: Range<Int>
    let spaceBefore: Bool
    let isCapitalized: Bool

    var word: String? {
        if case .word(let word) = kind { return word }
        return nil
    }

    func isWord(_ text: String) -> Bool { word == text }
}

/// Splits prose into numbers (with French and English digit grouping),
/// words and symbols.
enum AmountTokenizer {
    static func tokens(of text: String) -> [AmountToken] {
        let scalars = Array(text.unicodeScalars)
        var tokens: [AmountToken] = []
        var index = 0
        var sawSpace = true
        while index < scalars.count {
            let scalar = scalars[index]
            if Words.isSpace(scalar) {
                sawSpace = true
                index += 1
                continue
            }
            // Apostrophes only join elided words (d’employés, jusqu'à): drop them.
            if scalar == "'" || scalar == "’" {
                index += 1
                continue
            }
            let start = index
            if Words.isWordScalar(scalar) {
                while index < scalars.count, Words.isWordScalar(scalars[index]) { index += 1 }
                if Words.isDigit(scalar), let number = number(scalars, from: start) {
                    index = number.end
                    tokens.append(AmountToken(kind: number.kind, range: start..<index, spaceBefore: sawSpace, isCapitalized: false))
                } else {
                    tokens.append(AmountToken(kind: .word(TextFolding.fold(scalars[start..<index])), range: start..<index,
                                              spaceBefore: sawSpace, isCapitalized: scalar.properties.isUppercase))
                }
            } else {
                index += 1
                tokens.append(AmountToken(kind: .symbol(scalar), range: start..<index, spaceBefore: sawSpace, isCapitalized: false))
            }
            sawSpace = false
        }
        return tokens
    }

    static let magnitudeSuffixes: [([Unicode.Scalar], Double)] = [
        (["b", "n"], 1e9), (["k"], 1e3), (["K"], 1e3), (["M"], 1e6), (["B"], 1e9), (["T"], 1e12),
    ]

    /// `2 000`, `1,700`, `6,4`, `1.5`, `100k`, `60B`, `10bn`: nil when letters
    /// other than a magnitude follow (`H100s`, `3D`).
    static func number(_ scalars: [Unicode.Scalar], from start: Int) -> (kind: AmountToken.Kind, end: Int)? {
        var index = start
        var digits = ""
        func takeDigits() -> Int {
            var count = 0
            while index < scalars.count, Words.isDigit(scalars[index]) {
                digits.unicodeScalars.append(scalars[index])
                index += 1
                count += 1
            }
            return count
        }
        let integerDigits = takeDigits()
        var grouped = false
        // Thousands: "2 000" (spaces, no-break spaces) or "1,700": exactly three digits per group.
        let separators: [Unicode.Scalar] = [" ", "\u{00A0}", "\u{202F}", ","]
        while integerDigits <= 3, index + 3 < scalars.count, separators.contains(scalars[index]),
              (1...3).allSatisfy({ Words.isDigit(scalars[index + $0]) }),
              index + 4 >= scalars.count || !Words.isDigit(scalars[index + 4]) {
            index += 1
            _ = takeDigits()
            grouped = true
        }
        var fraction = ""
        if index + 1 < scalars.count, scalars[index] == "," || scalars[index] == ".", Words.isDigit(scalars[index + 1]) {
            index += 1
            while index < scalars.count, Words.isDigit(scalars[index]) {
                fraction.unicodeScalars.append(scalars[index])
                index += 1
            }
        }
        var scale = 1.0
        var hasSuffix = false
        for (suffix, value) in magnitudeSuffixes where scalars[index...].starts(with: suffix) {
            let after = index + suffix.count
            if after >= scalars.count || !Words.isWordScalar(scalars[after]) {
                scale = value
                hasSuffix = true
                index = after
                break
            }
        }
        if index < scalars.count, scalars[index].properties.isAlphabetic { return nil }
        guard let value = Double(digits + (fraction.isEmpty ? "" : "." + fraction)) else { return nil }
        let isYear = !grouped && fraction.isEmpty && !hasSuffix && integerDigits == 4 && (1900...2100).contains(Int(value))
        return (.number(value * scale, hasSuffix: hasSuffix, isYear: isYear), index)
    }
}

/// Words that are numbers, magnitudes, currencies, months and counted things.
enum NumberWords {
    static let magnitudes: [String: Double] = [
        "milliard": 1e9, "milliards": 1e9, "million": 1e6, "millions": 1e6, "billion": 1e9, "billions": 1e9,
        "trillion": 1e12, "trillions": 1e12, "thousand": 1e3, "mille": 1e3,
    ]
    /// "une centaine" is about a hundred.
    static let collective: [String: (Double, Bool)] = [
        "centaine": (100, true), "dizaine": (10, true), "douzaine": (12, true), "vingtaine": (20, true),
        "cinquantaine": (50, true), "millier": (1000, true), "dozen": (12, false), "hundred": (100, false),
    ]
    static let cardinals: [String: Double] = [
        "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10,
        "douze": 12, "vingt": 20, "trente": 30, "cent": 100,
        "two": 2, "three": 3, "four": 4, "five": 5, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "twenty": 20,
    ]
    static let currencies: [String: Currency] = [
        "dollars": .usd, "dollar": .usd, "usd": .usd, "euros": .eur, "euro": .eur, "eur": .eur,
    ]
    static let months: Set<String> = [
        "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    /// The unit of a counted noun (`employés` → `employees`), or nil.
    static func countedNoun(_ word: String) -> String? {
        let stem = word.hasSuffix("s") ? String(word.dropLast()) : word
        let nouns: [String: String] = [
            "employe": "employees", "employee": "employees", "salarie": "employees", "personne": "people", "people": "people",
            "chercheur": "researchers", "researcher": "researchers", "cadre": "executives", "executive": "executives",
            "junior": "juniors", "ingenieur": "engineers", "engineer": "engineers",
            "telechargement": "downloads", "download": "downloads", "utilisateur": "users", "user": "users",
            "h100": "GPUs", "gpu": "GPUs", "puce": "chips", "chip": "chips", "parametre": "parameters", "parameter": "parameters",
        ]
        return nouns[stem]
    }
}
