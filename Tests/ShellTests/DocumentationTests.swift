import Foundation
import TestSupport
import Testing

/// The examples of README.md and docs/reference.md are run: each ```query
/// block is a script, and the ```output block after it must be its
/// transcript. `UPDATE_GOLDEN=1 swift test` rewrites the output blocks.
@Suite struct DocumentationTests {
    static let documents = ["README.md", "docs/reference.md"]

    struct Example {
        let script: String
        let outputRange: Range<Int>?
        let line: Int
    }

    /// Lines of a Markdown file, with each query block and the output block
    /// (if any) that follows it.
    static func examples(in lines: [String]) -> [Example] {
        var examples: [Example] = []
        var index = 0
        while index < lines.count {
            guard lines[index] == "```query" else { index += 1; continue }
            let start = index + 1
            guard let end = lines[start...].firstIndex(of: "```") else { break }
            var next = end + 1
            while next < lines.count, lines[next].isEmpty { next += 1 }
            var output: Range<Int>?
            if next < lines.count, lines[next] == "```output", let close = lines[(next + 1)...].firstIndex(of: "```") {
                output = (next + 1)..<close
            }
            examples.append(Example(script: lines[start..<end].joined(separator: "\n"), outputRange: output, line: start))
            index = (output?.upperBound ?? end) + 1
        }
        return examples
    }

    @Test(arguments: documents)
    func examplesShowTheirRealOutput(_ name: String) throws {
        let url = RepositoryPaths.root.appendingPathComponent(name)
        var lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
        let examples = Self.examples(in: lines)
        #expect(!examples.isEmpty)
        var updated = false
        for example in examples.reversed() {
            let (transcript, _) = Stores.transcript(of: example.script, name: "example", kb: Stores.bundled, width: 100)
            // CSV's CRLF line ends are compared as plain line ends, as golden files do.
            var actual = transcript.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n")
            if actual.last == "" { actual.removeLast() }
            let expected = example.outputRange.map { Array(lines[$0]) }
            if expected == actual { continue }
            if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1", ProcessInfo.processInfo.environment["CI"] == nil {
                if let range = example.outputRange {
                    lines.replaceSubrange(range, with: actual)
                } else {
                    let insertAt = lines[example.line...].firstIndex(of: "```")! + 1
                    lines.insert(contentsOf: ["", "```output"] + actual + ["```"], at: insertAt)
                }
                updated = true
            } else {
                let documented: String = (expected ?? []).joined(separator: "\n")
                let shown: String = actual.joined(separator: "\n")
                Issue.record(Comment(rawValue: "\(name):\(example.line): the example's output differs:\n--- documented\n\(documented)\n--- actual\n\(shown)"))
            }
        }
        if updated { try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8) }
    }
}
