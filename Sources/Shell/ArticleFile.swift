import FactStore
import Foundation
import Lexer

/// An article named on the command line or to `.ingest`: read whole, within
/// the article size limit, its byte-order mark dropped.
enum ArticleFile {
    /// Throws a `ShellError` about `argument` (its position, for the caret).
    static func read(_ path: String, limits: Limits, argument: Int = 0) throws -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ShellError("cannot open '\(TerminalText.safe(path))': no such file", argument: argument)
        }
        guard !isDirectory.boolValue else { throw ShellError("cannot read '\(TerminalText.safe(path))': it is a folder", argument: argument) }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        guard size <= limits[.articleBytes] else {
            throw ShellError("'\(TerminalText.safe(path))' is \(Limits.grouped(size)) bytes; an article has " + limits.explain(.articleBytes),
                             argument: argument)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ShellError("cannot read '\(TerminalText.safe(path))'", argument: argument)
        }
        return SeedFiles.withoutByteOrderMark(Array(data))
    }
}
