import FactStore
import Foundation
import Lexer
import Query

extension Session {
    /// Runs one dot-command line such as `.format json`; errors point at
    /// `FILE:LINE:COL` of the word they are about.
    func runCommand(_ line: String, in file: String, line number: Int) {
        let source = SourceFile(name: file, text: String(repeating: "\n", count: number - 1) + line)
        let start = source.lineStarts[number - 1]
        let words = Self.words(of: line)
        func span(_ word: Int) -> Span {
            let range = words[min(word, words.count - 1)].range
            return Span(start: start + range.lowerBound, end: start + range.upperBound)
        }
        let name = String(words[0].text.dropFirst())
        guard let command = DotCommand.named(name) else {
            let suggestion = Suggestion.nearest(to: name, in: DotCommand.all.map(\.name))
            fail(Diagnostic(.error, "unknown command '.\(TerminalText.safe(name))'", in: source, at: span(0),
                            suggestion: suggestion.map { "." + $0 }, notes: ["type .help for the list of commands"]))
            return
        }
        let arguments = command.takesRest ? Self.rest(of: line, after: words[0].range) : words.dropFirst().map(\.text)
        guard arguments.count <= command.maxArguments else {
            fail(Diagnostic(.error, "'.\(command.name)' takes \(Self.describeArguments(command))", in: source,
                            at: span(command.maxArguments + 1), label: "unexpected argument",
                            notes: ["usage: .\(command.name) \(command.arguments)".trimmed()]))
            return
        }
        guard settings.allowsFiles || !command.usesFiles else {
            fail(Diagnostic(.error, "'.\(command.name)' reads or writes files, and this session allows none", in: source, at: span(0)))
            return
        }
        do {
            try command.action(self, arguments)
        } catch let error as ShellError {
            fail(Diagnostic(.error, error.description, in: source, at: span(error.argument.map { $0 + 1 } ?? 0)))
        } catch {
            fail(Diagnostic(.error, String(describing: error), in: source, at: span(0)))
        }
    }

    /// The line after the command's name, as typed, or nothing.
    static func rest(of line: String, after name: Range<Int>) -> [String] {
        let rest = String(decoding: line.utf8.dropFirst(name.upperBound), as: UTF8.self).trimmed()
        return rest.isEmpty ? [] : [rest]
    }

    static func describeArguments(_ command: DotCommand) -> String {
        switch command.maxArguments {
        case 0: "no arguments"
        case 1: "at most one argument"
        default: "at most \(command.maxArguments) arguments"
        }
    }

    /// Words of a command line with their UTF-8 ranges; double quotes group
    /// words with spaces.
    static func words(of line: String) -> [(text: String, range: Range<Int>)] {
        var words: [(text: String, range: Range<Int>)] = []
        var current = ""
        var start: Int?
        var quoted = false
        var offset = 0
        for character in line {
            let width = character.utf8.count
            defer { offset += width }
            if character == "\"" {
                quoted.toggle()
                if start == nil { start = offset }
                continue
            }
            if character.isWhitespace, !quoted {
                if let first = start { words.append((current, first..<offset)); current = ""; start = nil }
            } else {
                if start == nil { start = offset }
                current.append(character)
            }
        }
        if let first = start { words.append((current, first..<offset)) }
        return words
    }

    static func parseSwitch(_ argument: String?, current: Bool, name: String) throws -> Bool {
        switch argument?.lowercased() {
        case nil: return !current
        case "on": return true
        case "off": return false
        default: throw ShellError(".\(name) takes on or off, not '\(TerminalText.safe(argument!))'", argument: 0)
        }
    }

    func readScript(_ path: String?) throws {
        guard let path else { throw ShellError(".read takes a file name") }
        let resolved = URL(fileURLWithPath: path).standardizedFileURL.path
        guard !readStack.contains(resolved) else {
            throw ShellError("'\(TerminalText.safe(path))' is already being read (a script that reads itself)", argument: 0)
        }
        let text: String
        do { text = try ScriptFile.read(path) } catch let error as ShellError { throw ShellError(error.description, argument: 0) }
        readStack.append(resolved)
        defer { readStack.removeLast() }
        run(text, name: path)
    }
}

