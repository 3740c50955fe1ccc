import Foundation

/// Full-text search over the sentences of the corpus, ranked with BM25;
/// sentences holding the query as a phrase rank first.
public struct SearchIndex: Sendable {
    public let sentences: [Sentence]
    private let words: [[Words.Word]]
    private let postings: [String: [Int]]
    private let averageLength: Double

    public init(sentences: [Sentence]) {
        self.init(sentences: sentences, words: sentences.map(Self.indexWords))
    }

    /// With the words of each sentence already split (in parallel, by the text layer).
    init(sentences: [Sentence], words: [[Words.Word]]) {
        self.sentences = sentences
        self.words = words
        var postings: [String: [Int]] = [:]
        for (index, words) in words.enumerated() {
            for word in Set(words.map(\.text)) { postings[word, default: []].append(index) }
        }
        self.postings = postings
        self.averageLength = words.isEmpty ? 1 : Double(words.reduce(0) { $0 + $1.count }) / Double(words.count)
    }

    /// The stemmed words a sentence is indexed by.
    static func indexWords(_ sentence: Sentence) -> [Words.Word] {
        Words.split(sentence.text).map { Words.Word(text: Words.stem($0.text), range: $0.range) }
    }

    /// The sentences (by index) that hold a folded word, or its stem.
    func sentences(containing word: String) -> [Int] {
        postings[Words.stem(word)] ?? []
    }

    public struct Hit: Sendable {
        public let sentence: Sentence
        public let score: Double
        public let isPhrase: Bool
        /// Character ranges of the matched words in the sentence's text.
        public let matches: [Range<Int>]
    }

    /// Sentences holding every word of `query` (in `document` if given),
    /// phrase matches first, then by BM25 score, then in corpus order.
    public func search(_ query: String, in document: String? = nil) -> [Hit] {
        let terms = Words.split(query).map { Words.stem($0.text) }
        guard let first = terms.first else { return [] }
        var candidates = Set(postings[first] ?? [])
        for term in terms.dropFirst() { candidates.formIntersection(postings[term] ?? []) }
        let hits = candidates.filter { document == nil || sentences[$0].document == document }.sorted().map { index in
            Hit(sentence: sentences[index], score: score(index, terms), isPhrase: containsPhrase(index, terms),
                matches: words[index].filter { terms.contains($0.text) }.map(\.range))
        }
        // Sorting is stable and hits start in corpus order, which breaks ties.
        return hits.enumerated().sorted { a, b in
            if a.element.isPhrase != b.element.isPhrase { return a.element.isPhrase }
            if a.element.score != b.element.score { return a.element.score > b.element.score }
            return a.offset < b.offset
        }.map(\.element)
    }

    /// Okapi BM25 with k1 = 1.2, b = 0.75.
    private func score(_ index: Int, _ terms: [String]) -> Double {
        let count = Double(sentences.count)
        let length = Double(words[index].count)
        return Set(terms).reduce(0) { total, term in
            let frequency = Double(words[index].filter { $0.text == term }.count)
            let containing = Double(postings[term]?.count ?? 0)
            let idf = log(1 + (count - containing + 0.5) / (containing + 0.5))
            return total + idf * frequency * 2.2 / (frequency + 1.2 * (0.25 + 0.75 * length / averageLength))
        }
    }

    private func containsPhrase(_ index: Int, _ terms: [String]) -> Bool {
        guard terms.count > 1 else { return true }
        let text = words[index].map(\.text)
        guard text.count >= terms.count else { return false }
        return (0...(text.count - terms.count)).contains { Array(text[$0..<$0 + terms.count]) == terms }
    }
}
