/// A sentence of a document: where it is and what it says.
public struct Sentence: Sendable, Equatable {
    public let document: String
    /// 1-based line of the document.
    public let line: Int
    /// 1-based position of the sentence in its line.
    public let number: Int
    public let text: String
}
