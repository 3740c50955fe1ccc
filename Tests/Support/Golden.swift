import Foundation

/// Golden files without a dependency: an input file beside its expected
/// output, one test case per input. `UPDATE_GOLDEN=1 swift test` rewrites the
/// expected files (never when `CI` is set).
public struct GoldenCase: Sendable, CustomStringConvertible {
    public let input: URL

    public var name: String { input.deletingPathExtension().lastPathComponent }
    public var description: String { input.lastPathComponent }

    /// The file next to the input with another extension.
    public func sibling(_ ext: String) -> URL {
        input.deletingPathExtension().appendingPathExtension(ext)
    }

    public func read() throws -> String {
        try String(contentsOf: input, encoding: .utf8)
    }

    /// The raw bytes, for inputs that are deliberately not valid UTF-8.
    public func readBytes() throws -> [UInt8] {
        Array(try Data(contentsOf: input))
    }

    /// Every `*.ext` file in `folder`, sorted by name. The folder is found
    /// from the caller's source path, never from a copied bundle, so that the
    /// update mode writes into the repository.
    public static func all(in folder: String, ext: String, testFile: String = #filePath) throws -> [GoldenCase] {
        let directory = URL(fileURLWithPath: testFile).deletingLastPathComponent().appendingPathComponent(folder)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        let filter = ProcessInfo.processInfo.environment["GOLDEN_FILTER"]
        return names.filter { $0.hasSuffix("." + ext) && (filter == nil || $0.contains(filter!)) }.sorted()
            .map { GoldenCase(input: directory.appendingPathComponent($0)) }
    }
}

public enum Golden {
    static var updating: Bool {
        let environment = ProcessInfo.processInfo.environment
        return environment["UPDATE_GOLDEN"] == "1" && environment["CI"] == nil
    }

    /// Compares `actual` with the file at `expected`; returns a readable
    /// mismatch (with a line diff), or nil when they agree. In update mode
    /// the file is written and nil is returned.
    public static func check(_ actual: String, against expected: URL) -> String? {
        let actual = normalize(actual)
        if updating {
            try? actual.write(to: expected, atomically: true, encoding: .utf8)
            return nil
        }
        guard let data = try? String(contentsOf: expected, encoding: .utf8) else {
            return "missing golden file \(expected.lastPathComponent); run UPDATE_GOLDEN=1 swift test\n--- actual ---\n\(actual)"
        }
        let wanted = normalize(data)
        guard wanted != actual else { return nil }
        return "\(expected.lastPathComponent) differs:\n" + diff(wanted, actual)
    }

    /// `\r\n` to `\n`, exactly one final newline.
    public static func normalize(_ text: String) -> String {
        var text = text.replacingOccurrences(of: "\r\n", with: "\n")
        while text.hasSuffix("\n") { text.removeLast() }
        return text + "\n"
    }

    /// A minimal line diff: `-` expected, `+` actual, for the differing lines.
    static func diff(_ expected: String, _ actual: String) -> String {
        let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var out = ""
        for i in 0..<max(a.count, b.count) {
            let left = i < a.count ? String(a[i]) : nil
            let right = i < b.count ? String(b[i]) : nil
            if left == right { continue }
            if let left { out += "-\(i + 1): \(left)\n" }
            if let right { out += "+\(i + 1): \(right)\n" }
        }
        return out
    }
}
