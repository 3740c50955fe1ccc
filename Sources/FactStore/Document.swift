#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Lexer

/// An article of the corpus, with the metadata of the manifest. Its text
/// is kept as its bytes, once, with where each line starts (lines are
/// 1-based in citations): a line is made a String when asked for, so that
/// twenty thousand articles are not a million small strings.
public struct Document: Sendable {
    public let id: String
    public let file: String
    public let title: String?
    public let outlet: String?
    public let date: CalendarDate?
    public let language: String
    private let bytes: [UInt8]
    /// The offset in `bytes` of each line's first byte, then the end of
    /// the bytes. Offsets are 32 bits: an article is a few kilobytes, and
    /// the loader refuses one past its size limit (1 GiB at most).
    private let starts: [Int32]

    public init(id: String, file: String, title: String?, outlet: String?, date: CalendarDate?, language: String, text: String) {
        self.init(id: id, file: file, title: title, outlet: outlet, date: date, language: language, bytes: Array(text.utf8))
    }

    /// From the bytes of its file, as loaded once already (a snapshot's
    /// article, by size and hash): they are not checked for UTF-8 again,
    /// and a line that were not would be repaired, never trusted.
    init(id: String, file: String, title: String?, outlet: String?, date: CalendarDate?, language: String, bytes: [UInt8]) {
        self.id = id
        self.file = file
        self.title = title
        self.outlet = outlet
        self.date = date
        self.language = language
        self.bytes = bytes
        self.starts = Self.lineStarts(bytes)
    }

    /// Documents by id, the first of each id kept: what a table of facts
    /// takes to keep its citations' evidence as ranges of article bytes.
    static func byID(_ documents: [Document]) -> [String: Document] {
        Dictionary(documents.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public var lineCount: Int { starts.count - 1 }

    /// Every line, in order.
    public var lines: [String] { (1..<lineCount + 1).compactMap(line) }

    /// The text of a 1-based line, if the document has it.
    public func line(_ number: Int) -> String? {
        guard let range = byteRange(ofLine: number) else { return nil }
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
    }

    /// Each line's bytes, in order, without its line break.
    public func forEachLine(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        bytes.withUnsafeBufferPointer { buffer in
            for number in 1..<lineCount + 1 {
                if let range = byteRange(ofLine: number) { body(UnsafeBufferPointer(rebasing: buffer[range])) }
            }
        }
    }

    /// Where a 1-based line lies in `bytes`: from its start to the line
    /// feed that ends it (the last line may have none), a CR before that
    /// line feed left out.
    private func byteRange(ofLine number: Int) -> Range<Int>? {
        guard number >= 1, number <= lineCount else { return nil }
        let start = Int(starts[number - 1]), next = Int(starts[number])
        guard next > start, bytes[next - 1] == UInt8(ascii: "\n") else { return start..<next }
        let feed = next - 1
        return start..<(feed > start && bytes[feed - 1] == UInt8(ascii: "\r") ? feed - 1 : feed)
    }

    /// Lines are split on line feeds over the bytes (splitting a String
    /// walks grapheme clusters, several times slower); a final line feed
    /// ends the last line and starts none. The end of the bytes comes last.
    static func lineStarts(_ bytes: [UInt8]) -> [Int32] {
        var starts: [Int32] = []
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var start = 0
            // memchr finds each line feed many bytes at a time.
            while start < buffer.count, let feed = memchr(base + start, Int32(UInt8(ascii: "\n")), buffer.count - start) {
                starts.append(Int32(start))
                start = base.distance(to: feed.assumingMemoryBound(to: UInt8.self)) + 1
            }
            if start < buffer.count { starts.append(Int32(start)) }
        }
        starts.append(Int32(bytes.count))
        return starts
    }

    /// Whether `evidence` is on the 1-based line, byte for byte.
    public func line(_ number: Int, contains evidence: String) -> Bool {
        range(of: evidence, onLine: number) != nil
    }

    /// Where `evidence` first lies on the 1-based line, as a range of the
    /// document's bytes; nil if it is not there byte for byte. A citation
    /// keeps this range instead of a copy of its words.
    public func range(of evidence: String, onLine number: Int) -> Range<Int>? {
        guard let line = byteRange(ofLine: number) else { return nil }
        var evidence = evidence
        return evidence.withUTF8 { needle -> Range<Int>? in
            guard let first = needle.baseAddress, needle.count > 0 else { return nil }
            return bytes.withUnsafeBufferPointer { buffer -> Range<Int>? in
                guard let base = buffer.baseAddress else { return nil }
                // memchr finds each candidate first byte; memcmp checks the rest.
                var start = line.lowerBound
                let last = line.upperBound - needle.count
                while start <= last, let found = memchr(base + start, Int32(first.pointee), last - start + 1) {
                    start = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    if memcmp(base + start, first, needle.count) == 0 { return start..<start + needle.count }
                    start += 1
                }
                return nil
            }
        }
    }

    /// Whether `range` lies within the document's bytes.
    func holds(_ range: Range<Int>) -> Bool {
        range.lowerBound >= 0 && range.upperBound <= bytes.count
    }

    /// The bytes of a range `range(of:onLine:)` gave, without a copy.
    func withBytes<Result>(in range: Range<Int>, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// The text of a range `range(of:onLine:)` gave.
    func text(in range: Range<Int>) -> String {
        withBytes(in: range) { String(decoding: $0, as: UTF8.self) }
    }
}
