import Foundation
import Lexer

/// Reading script files, with messages that say what went wrong.
public enum ScriptFile {
    public static func read(_ path: String) throws -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ShellError("cannot open '\(TerminalText.safe(path))': no such file")
        }
        guard !isDirectory.boolValue else { throw ShellError("cannot read '\(TerminalText.safe(path))': it is a folder") }
        guard let data = FileManager.default.contents(atPath: path) else { throw ShellError("cannot read '\(TerminalText.safe(path))'") }
        // Read as standard input is: a byte that is not UTF-8 becomes U+FFFD,
        // which the lexer reports at its line and column.
        return String(decoding: data, as: UTF8.self)
    }
}
