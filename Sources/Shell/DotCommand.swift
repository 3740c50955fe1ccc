import FactStore
import Foundation
import Lexer
import Query

/// A dot-command: its name, what it takes, one line of help, and what it
/// does. Kept in a table, not an if/else chain.
struct DotCommand: Sendable {
    let name: String
    let arguments: String
    let help: String
    let action: @Sendable (Session, [String]) throws -> Void
    /// Reads or writes files: refused when the session allows none.
    var usesFiles = false

    /// How many words `arguments` allows (`FILE [ID]` allows two).
    var maxArguments: Int {
        arguments.split(separator: " ").count
    }

    static let all: [DotCommand] = [
        DotCommand(name: "help", arguments: "[TOPIC]", help: "show help; TOPIC is a statement, a dot-command, or 'semantics'") { session, args in
            session.output.write(try Help.text(for: args.first))
        },
        DotCommand(name: "kinds", arguments: "", help: "list the kinds of facts and entities, with their counts") { session, _ in
            session.listKinds()
        },
        DotCommand(name: "schema", arguments: "[KIND]", help: "show the fields and types of every kind, or of one") { session, args in
            try session.showSchema(args.first)
        },
        DotCommand(name: "docs", arguments: "", help: "list the documents: id, title, outlet, date, lines") { session, _ in
            session.listDocuments()
        },
        DotCommand(name: "format", arguments: "[FORMAT]", help: "table, csv, tsv, json, jsonl or markdown; without FORMAT, show it") { session, args in
            try session.setFormat(args.first)
        },
        DotCommand(name: "cite", arguments: "on|off", help: "print each fact's citation and verbatim evidence under it") { session, args in
            session.settings.citations = try Session.parseSwitch(args.first, current: session.settings.citations, name: "cite")
        },
        DotCommand(name: "timer", arguments: "on|off", help: "print the time each statement takes") { session, args in
            session.settings.timer = try Session.parseSwitch(args.first, current: session.settings.timer, name: "timer")
        },
        DotCommand(name: "read", arguments: "FILE", help: "run the statements and dot-commands of a script file", action: { session, args in
            try session.readScript(args.first)
        }, usesFiles: true),
        DotCommand(name: "output", arguments: "[FILE]", help: "send answers to FILE; without FILE, back to standard output", action: { session, args in
            guard let path = args.first else { return session.output.restore() }
            do { try session.output.redirect(to: path) } catch let error as ShellError { throw ShellError(error.description, argument: 0) }
        }, usesFiles: true),
        DotCommand(name: "ingest", arguments: "FILE [ID]", help: "add an article to this session and derive its text layer", action: { session, args in
            try session.ingest(args)
        }, usesFiles: true),
        DotCommand(name: "limit", arguments: "[NAME] [N]", help: "show the limits, or raise one (statement-bytes, nesting, conditions...)") { session, args in
            try session.setLimit(args)
        },
        DotCommand(name: "quit", arguments: "", help: "leave (Ctrl-D on an empty line does too)") { session, _ in
            session.requestStop()
        },
        DotCommand(name: "exit", arguments: "", help: "leave, like .quit") { session, _ in
            session.requestStop()
        },
    ]

    static func named(_ name: String) -> DotCommand? {
        all.first { $0.name == name.lowercased() }
    }
}

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
        let arguments = words.dropFirst().map(\.text)
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

    func setFormat(_ name: String?) throws {
        guard let name else {
            output.write("\(settings.format.rawValue)\n")
            return
        }
        guard let format = OutputFormat(rawValue: name.lowercased()) else {
            let suggestion = Suggestion.nearest(to: name, in: OutputFormat.allCases.map(\.rawValue))
            throw ShellError("unknown format '\(TerminalText.safe(name))'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
                             + " (formats: " + OutputFormat.allCases.map(\.rawValue).joined(separator: ", ") + ")", argument: 0)
        }
        settings.format = format
    }

    /// `.limit` lists the limits; `.limit NAME N` sets one.
    func setLimit(_ arguments: [String]) throws {
        guard let first = arguments.first else {
            for name in Limits.Name.allCases {
                output.write("\(name.rawValue)\(String(repeating: " ", count: 18 - name.rawValue.count))\(Limits.grouped(settings.limits[name]))\n")
            }
            return
        }
        guard let name = Limits.Name(rawValue: first.lowercased()) else {
            let suggestion = Suggestion.nearest(to: first, in: Limits.Name.allCases.map(\.rawValue))
            throw ShellError("unknown limit '\(TerminalText.safe(first))'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
                             + " (limits: " + Limits.Name.allCases.map(\.rawValue).joined(separator: ", ") + ")", argument: 0)
        }
        guard arguments.count == 2 else {
            output.write("\(Limits.grouped(settings.limits[name]))\n")
            return
        }
        guard let value = Int(arguments[1]) else { throw ShellError(".limit \(name.rawValue) takes a whole number", argument: 1) }
        if let problem = settings.limits.set(name, to: value) { throw ShellError(problem, argument: 1) }
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
