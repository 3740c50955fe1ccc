import Lexer

/// Finds every occurrence of a known entity's name or alias in a text:
/// whole words only, ignoring case and accents, through French elision
/// (`d’OpenAI`) and possessives (`OpenAI's`); the longest name wins
/// (`Claude 3.5 Opus` over `Claude`).
public struct MentionFinder: Sendable {
    public struct Mention: Sendable, Equatable {
        public let entity: EntityRef
        /// The words as written.
        public let text: String
    }

    /// Names by their first folded word, longest first.
    private let names: [String: [(words: [String], entity: EntityRef)]]

    public init(entities: EntityIndex) {
        var names: [String: [(words: [String], entity: EntityRef)]] = [:]
        for spelling in entities.spellings {
            let words = Words.split(spelling).map(\.text)
            guard let first = words.first else { continue }
            for entity in entities.lookup(spelling) where !(names[first] ?? []).contains(where: { $0.words == words && $0.entity == entity }) {
                names[first, default: []].append((words, entity))
            }
        }
        self.names = names.mapValues { $0.sorted { $0.words.count > $1.words.count } }
    }

    public func mentions(in text: String) -> [Mention] {
        let words = Words.split(text)
        let scalars = Array(text.unicodeScalars)
        var found: [Mention] = []
        var index = 0
        while index < words.count {
            guard let candidates = names[words[index].text],
                  let match = candidates.first(where: { matches($0.words, words, at: index) }) else {
                index += 1
                continue
            }
            let last = words[index + match.words.count - 1]
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[words[index].range.lowerBound..<last.range.upperBound])
            found.append(Mention(entity: match.entity, text: String(view)))
            index += match.words.count
        }
        return found
    }

    private func matches(_ name: [String], _ words: [Words.Word], at index: Int) -> Bool {
        guard index + name.count <= words.count else { return false }
        return name.indices.allSatisfy { words[index + $0].text == name[$0] }
    }
}
