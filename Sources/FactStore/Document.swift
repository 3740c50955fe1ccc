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

    /// Splits on line feeds over UTF-8 bytes (splitting a String walks
    /// grapheme clusters, several times slower); a CR before LF is dropped.
    static func splitLines(_ text: String) -> [String] {
        var lines: [String] = []
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            for index in bytes.indices where bytes[index] == UInt8(ascii: "\n") {
                let end = index > start && bytes[index - 1] == UInt8(ascii: "\r") ? index - 1 : index
                lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
                start = index + 1
            }
            if start < bytes.count {
                lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self))
            }
        }
        return lines
    }

    /// Whether `evidence` is on the 1-based line, byte for byte.
    public func line(_ number: Int, contains evidence: String) -> Bool {
        guard let text = line(number), !evidence.isEmpty else { return false }
        return Self.bytes(Array(text.utf8), contain: Array(evidence.utf8))
    }

    /// A plain substring search over bytes: evidence is short, lines are too.
    static func bytes(_ haystack: [UInt8], contain needle: [UInt8]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        let first = needle[0]
        for start in 0...(haystack.count - needle.count) where haystack[start] == first {
            var matched = true
            for offset in 1..<needle.count where haystack[start + offset] != needle[offset] {
                matched = false
                break
            }
            if matched { return true }
        }
        return false
    }
}
