import Lexer
import Query

/// Splits input (a script, a `-e` argument, piped text, one interactive
/// entry) into what runs in order: dot-command lines and statements.
/// Statements keep their place in the whole text, so errors point at
/// `FILE:LINE:COL` of the original.
enum ScriptReader {
    enum Item {
        case command(String, line: Int)
        /// Statements between dot-commands, as a source in which every other
        /// line is blanked, so offsets stay those of the whole text.
        case statements(SourceFile)
    }

    static func items(of text: String, name: String) -> [Item] {
        // A byte-order mark says nothing: it is dropped, as editors do.
        let text = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var items: [Item] = []
        var segment: [Int] = []
        func flush() {
            guard segment.contains(where: { !lines[$0].allSatisfy(\.isWhitespace) }) else { segment = []; return }
            items.append(.statements(blanked(lines, keeping: Set(segment), name: name)))
            segment = []
        }
        for (index, line) in lines.enumerated() {
            let isCommand = line.drop { $0 == " " || $0 == "\t" }.first == "."
            if isCommand, segment.isEmpty || !Parser.parse(segment.map { lines[$0] }.joined(separator: "\n")).isIncomplete {
                flush()
                items.append(.command(line.trimmed(), line: index + 1))
            } else {
                segment.append(index)
            }
        }
        flush()
        return items
    }

    /// The whole text with every line outside `kept` replaced by spaces.
    static func blanked(_ lines: [String], keeping kept: Set<Int>, name: String) -> SourceFile {
        let text = lines.enumerated().map { index, line in
            kept.contains(index) ? line : String(repeating: " ", count: line.utf8.count)
        }.joined(separator: "\n")
        return SourceFile(name: name, text: text)
    }
}

extension String {
    func trimmed() -> String {
        var slice = Substring(self)
        while slice.first?.isWhitespace == true { slice.removeFirst() }
        while slice.last?.isWhitespace == true { slice.removeLast() }
        return String(slice)
    }
}
