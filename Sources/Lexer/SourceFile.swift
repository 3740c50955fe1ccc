import Synchronization

/// One text the user gave us (a line typed at the prompt, a script, a facts
/// file) with a table of line starts, so a byte offset can be turned into a
/// line and a column on demand.
public final class SourceFile: Sendable {
    /// Shown before `:line:col` in diagnostics; empty for text typed at the prompt.
    public let name: String
    public let bytes: [UInt8]
    /// Found on first use: a facts file of millions of lines loaded from
    /// its snapshot is read, never pointed into.
    private let starts = Mutex<[Int]?>(nil)

    public init(name: String = "", bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }

    /// Byte offset of the first byte of each line; `lineStarts[0] == 0`.
    public var lineStarts: [Int] {
        starts.withLock { found in
            if let found { return found }
            var lines = [0]
            bytes.withUnsafeBufferPointer { buffer in
                for offset in buffer.indices where buffer[offset] == UInt8(ascii: "\n") { lines.append(offset + 1) }
            }
            found = lines
            return lines
        }
    }

    public convenience init(name: String = "", text: String) {
        self.init(name: name, bytes: Array(text.utf8))
    }

    /// 1-based line and column; the column counts Unicode characters, not bytes.
    public struct Location: Hashable, Sendable, CustomStringConvertible {
        public let line: Int
        public let column: Int
        public init(line: Int, column: Int) {
            self.line = line
            self.column = column
        }

        public var description: String { "\(line):\(column)" }
    }

    /// The 0-based index of the line holding `offset` (binary search).
    public func lineIndex(of offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    public func location(of offset: Int) -> Location {
        let index = lineIndex(of: offset)
        let prefix = decode(lineStarts[index]..<min(offset, bytes.count))
        return Location(line: index + 1, column: prefix.count + 1)
    }

    /// `name:line:col`, or `line:col` when the file has no name.
    public func position(of offset: Int) -> String {
        let location = location(of: offset)
        return name.isEmpty ? location.description : "\(name):\(location)"
    }

    /// The text of a 0-based line, without its line break.
    public func lineText(_ index: Int) -> String {
        let start = lineStarts[index]
        var end = index + 1 < lineStarts.count ? lineStarts[index + 1] - 1 : bytes.count
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return decode(start..<max(start, end))
    }

    /// The text a span covers (invalid UTF-8 is repaired with U+FFFD).
    public func text(of span: Span) -> String {
        decode(max(0, span.start)..<min(span.end, bytes.count))
    }

    private func decode(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return String(decoding: bytes[range], as: UTF8.self)
    }
}
