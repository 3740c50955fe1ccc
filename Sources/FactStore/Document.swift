import Lexer

/// An article of the corpus, with its text split into lines (1-based in
/// citations) and the metadata of the manifest.
public struct Document: Sendable {
    public let id: String
    public let file: String
    public let title: String?
    public let outlet: String?
    public let date: CalendarDate?
    public let language: String
    public let lines: [String]

    public init(id: String, file: String, title: String?, outlet: String?, date: CalendarDate?, language: String, text: String) {
        self.id = id
        self.file = file
        self.title = title
        self.outlet = outlet
        self.date = date
        self.language = language
        self.lines = Self.splitLines(text)
    }

    /// The text of a 1-based line, if the document has it.
    public func line(_ number: Int) -> String? {
        number >= 1 && number <= lines.count ? lines[number - 1] : nil
    }

    static func splitLines(_ text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
        }
        if lines.last == "" { lines.removeLast() }
        return lines
    }
}
