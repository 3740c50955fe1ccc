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

    static let all: [DotCommand] = [
        DotCommand(name: "help", arguments: "[TOPIC]", help: "show help; TOPIC is a statement, a dot-command, or 'semantics'") { session, args in
            session.output.write(Help.text(for: args.first))
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
        DotCommand(name: "read", arguments: "FILE", help: "run the statements and dot-commands of a script file") { session, args in
            try session.readScript(args.first)
        },
        DotCommand(name: "output", arguments: "[FILE]", help: "send answers to FILE; without FILE, back to standard output") { session, args in
            if let path = args.first { try session.output.redirect(to: path) } else { session.output.restore() }
        },
        DotCommand(name: "ingest", arguments: "FILE [ID]", help: "add an article to this session and derive its text layer") { session, args in
            try session.ingest(args)
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
    /// Runs one dot-command line such as `.format json`.
    func runCommand(_ line: String, in file: String, line number: Int) {
        let words = Self.words(of: line)
        let name = String(words[0].dropFirst())
        guard let command = DotCommand.named(name) else {
            let suggestion = Suggestion.nearest(to: name, in: DotCommand.all.map(\.name))
            let source = SourceFile(name: file, text: String(repeating: "\n", count: number - 1) + line)
            let start = source.lineStarts[number - 1]
            fail(Diagnostic(.error, "unknown command '.\(name)'", in: source, at: Span(start: start, end: start + words[0].utf8.count),
                            suggestion: suggestion.map { "." + $0 }, notes: ["type .help for the list of commands"]))
            return
        }
        do {
            try command.action(self, Array(words.dropFirst()))
        } catch {
            fail(String(describing: error))
        }
    }

    /// Words of a command line; double quotes group words with spaces.
    static func words(of line: String) -> [String] {
        var words: [String] = []
        var current = ""
        var quoted = false
        for character in line {
            if character == "\"" { quoted.toggle(); continue }
            if character.isWhitespace, !quoted {
                if !current.isEmpty { words.append(current); current = "" }
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    static func parseSwitch(_ argument: String?, current: Bool, name: String) throws -> Bool {
        switch argument?.lowercased() {
        case nil: return !current
        case "on": return true
        case "off": return false
        default: throw ShellError(".\(name) takes on or off, not '\(argument!)'")
        }
    }

    func setFormat(_ name: String?) throws {
        guard let name else {
            output.write("\(settings.format.rawValue)\n")
            return
        }
        guard let format = OutputFormat(rawValue: name.lowercased()) else {
            let suggestion = Suggestion.nearest(to: name, in: OutputFormat.allCases.map(\.rawValue))
            throw ShellError("unknown format '\(name)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
                             + " (formats: " + OutputFormat.allCases.map(\.rawValue).joined(separator: ", ") + ")")
        }
        settings.format = format
    }

    func readScript(_ path: String?) throws {
        guard let path else { throw ShellError(".read takes a file name") }
        let resolved = URL(fileURLWithPath: path).standardizedFileURL.path
        guard !readStack.contains(resolved) else { throw ShellError("'\(path)' is already being read (a script that reads itself)") }
        let text = try ScriptFile.read(path)
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
            throw ShellError("cannot open '\(path)': no such file")
        }
        guard !isDirectory.boolValue else { throw ShellError("cannot read '\(path)': it is a folder") }
        guard let data = FileManager.default.contents(atPath: path) else { throw ShellError("cannot read '\(path)'") }
        guard let text = String(data: data, encoding: .utf8) else { throw ShellError("'\(path)' is not UTF-8 text") }
        return text
    }
}
