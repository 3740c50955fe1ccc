/// Where a fact is stated: a document, a 1-based line, and the words of that
/// line that support it, quoted verbatim. Written `001:10`.
public struct Citation: Hashable, Sendable, CustomStringConvertible {
    public let document: String
    public let line: Int
    public let evidence: String

    public init(document: String, line: Int, evidence: String) {
        self.document = document
        self.line = line
        self.evidence = evidence
    }

    public var description: String { "\(document):\(line)" }
}
