/// A run of folded words to find in a sentence, written as text: `rachet*`
/// matches any word starting with `rachet`, a lone `*` any one word after
/// the first: `pren* * participation` finds « prend une participation ».
struct Pattern: Sendable {
    enum Word: Sendable {
        case exact(String)
        case prefix(String)
        case any
    }

    let words: [Word]

    init(_ text: String) {
        words = text.split(separator: " ").map { part in
            if part == "*" { return .any }
            if part.hasSuffix("*") { return .prefix(String(part.dropLast())) }
            return .exact(String(part))
        }
    }

    /// The first word, when it is exact: patterns are looked up by it.
    var key: String? {
        if case .exact(let word)? = words.first { return word }
        return nil
    }

    /// How many tokens it covers if it matches at `start`.
    func match(_ tokens: [Token], at start: Int) -> Int? {
        guard start + words.count <= tokens.count else { return nil }
        for (offset, word) in words.enumerated() {
            let text = tokens[start + offset].folded
            switch word {
            case .exact(let expected): if text != expected { return nil }
            case .prefix(let prefix): if !text.hasPrefix(prefix) { return nil }
            case .any: continue
            }
        }
        return words.count
    }
}

/// Patterns to find, indexed by first word (exact) with the rest tried in turn.
struct PatternSet<Payload: Sendable>: Sendable {
    private var byFirstWord: [String: [(Pattern, Payload)]] = [:]
    /// Patterns whose first word is a prefix (`rachet*`), by its first letter.
    private var byFirstLetter: [Character: [(Pattern, Payload)]] = [:]

    init(_ entries: [(String, Payload)]) {
        for (text, payload) in entries {
            let pattern = Pattern(text)
            if let key = pattern.key {
                byFirstWord[key, default: []].append((pattern, payload))
            } else if case .prefix(let prefix)? = pattern.words.first, let letter = prefix.first {
                byFirstLetter[letter, default: []].append((pattern, payload))
            }
        }
        // Longest first, so `met la main sur` wins over a shorter pattern.
        byFirstWord = byFirstWord.mapValues { $0.sorted { $0.0.words.count > $1.0.words.count } }
        byFirstLetter = byFirstLetter.mapValues { $0.sorted { $0.0.words.count > $1.0.words.count } }
    }

    /// The longest pattern matching at `start`, with its length.
    func match(_ tokens: [Token], at start: Int) -> (payload: Payload, length: Int)? {
        let word = tokens[start].folded
        for (pattern, payload) in byFirstWord[word] ?? [] {
            if let length = pattern.match(tokens, at: start) { return (payload, length) }
        }
        guard let letter = word.first, let candidates = byFirstLetter[letter] else { return nil }
        for (pattern, payload) in candidates {
            if let length = pattern.match(tokens, at: start) { return (payload, length) }
        }
        return nil
    }

    /// Whether any pattern matches in `range`.
    func contains(in tokens: [Token], _ range: Range<Int>) -> Bool {
        firstMatch(in: tokens, range) != nil
    }

    /// The first match in `range`: its start and length.
    func firstMatch(in tokens: [Token], _ range: Range<Int>) -> (start: Int, length: Int, payload: Payload)? {
        for start in range {
            if let found = match(tokens, at: start), start + found.length <= range.upperBound { return (start, found.length, found.payload) }
        }
        return nil
    }
}
