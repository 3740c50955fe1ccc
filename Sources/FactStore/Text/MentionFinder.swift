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
        /// Where they are: offsets of Unicode scalars in the text searched.
        public let range: Range<Int>
    }

    /// Names by their first folded word, longest first.
    private let names: [String: [(words: [String], entity: EntityRef)]]

    private let entities: EntityIndex

    public init(entities: EntityIndex) {
        self.entities = entities
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
        var known: Set<EntityRef> = []
        return mentions(in: text, known: &known)
    }

    /// The mentions of one line of a document; `known` carries the people
    /// the document has named so far, whose family name alone (`Wang`,
    /// after « Alexandr Wang ») is then a mention of them too.
    public func mentions(in text: String, known: inout Set<EntityRef>) -> [Mention] {
        let scalars = Array(text.unicodeScalars)
        return mentions(words: Words.split(scalars), scalars: scalars, known: &known)
    }

    /// The same, over a line already cut into scalars and words.
    public func mentions(words: [Words.Word], scalars: [Unicode.Scalar], known: inout Set<EntityRef>) -> [Mention] {
        var found: [Mention] = []
        var index = 0
        while index < words.count {
            guard let candidates = names[words[index].text],
                  let match = candidates.first(where: { matches($0.words, words, at: index) }) else {
                if let person = entities.person(withFamilyName: words[index].text), known.contains(person) {
                    found.append(mention(person, scalars, words[index].range))
                }
                index += 1
                continue
            }
            known.insert(match.entity)
            let last = words[index + match.words.count - 1]
            found.append(mention(match.entity, scalars, words[index].range.lowerBound..<last.range.upperBound))
            index += match.words.count
        }
        return found
    }

    private func mention(_ entity: EntityRef, _ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Mention {
        Mention(entity: entity, text: String(String.UnicodeScalarView(scalars[range])), range: range)
    }

    private func matches(_ name: [String], _ words: [Words.Word], at index: Int) -> Bool {
        guard index + name.count <= words.count else { return false }
        return name.indices.allSatisfy { words[index + $0].text == name[$0] }
    }
}
