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
    /// Reads or writes files, or runs programs: refused when the session allows none.
    var usesFiles = false
    /// Takes the rest of the line as it is typed (`.shell ls -l "my file"`).
    var takesRest = false

    /// How many words `arguments` allows (`FILE [ID]` allows two).
    var maxArguments: Int {
        takesRest ? 1 : arguments.split(separator: " ").count
    }

    static let all: [DotCommand] = [
        // Help and the knowledge base.
        DotCommand(name: "help", arguments: "[TOPIC]", help: "show help; .help commands lists every command") { session, args in
            session.output.write(try Help.text(for: args.first, schema: session.kb.schema))
        },
        DotCommand(name: "examples", arguments: "", help: "print questions to copy, each runnable on the bundled corpus") { session, _ in
            session.output.write(Help.examplesText)
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
        // How answers look.
        DotCommand(name: "format", arguments: "[FORMAT]", help: "table, line, csv, tsv, json, jsonl or markdown; without FORMAT, show it") { session, args in
            try session.setFormat(args.first)
        },
        DotCommand(name: "mode", arguments: "[FORMAT]", help: "the same as .format (.mode line: one field per line)") { session, args in
            try session.setFormat(args.first)
        },
        DotCommand(name: "cite", arguments: "on|off", help: "print each fact's citation and verbatim evidence under it") { session, args in
            session.settings.citations = try Session.parseSwitch(args.first, current: session.settings.citations, name: "cite")
        },
        DotCommand(name: "maxrows", arguments: "[N]", help: "show at most N rows of a table on a terminal (0: all); without N, show it") { session, args in
            try session.setMaxRows(args.first)
        },
        DotCommand(name: "width", arguments: "[N|auto]", help: "fit tables to N columns, or to the terminal (auto)") { session, args in
            try session.setWidth(args.first)
        },
        DotCommand(name: "pager", arguments: "[on|off|auto]", help: "page long answers with $PAGER or less (auto: taller than the screen)") { session, args in
            try session.setPager(args.first)
        },
        DotCommand(name: "nullvalue", arguments: "[TEXT]", help: "how a missing value reads in tables (default: empty)") { session, args in
            session.setNullValue(args.first)
        },
        DotCommand(name: "prompt", arguments: "[MAIN] [CONTINUE]", help: "set the prompt and the continuation prompt") { session, args in
            session.setPrompt(args)
        },
        DotCommand(name: "dialect", arguments: "[sqlite|postgres]", help: "the SQL explain sql writes; without an argument, show it") { session, args in
            try session.setDialect(args.first)
        },
        DotCommand(name: "timer", arguments: "on|off", help: "print the time each statement takes") { session, args in
            session.settings.timer = try Session.parseSwitch(args.first, current: session.settings.timer, name: "timer")
        },
        DotCommand(name: "bail", arguments: "on|off", help: "stop at the first error (as --bail)") { session, args in
            session.settings.bail = try Session.parseSwitch(args.first, current: session.settings.bail, name: "bail")
        },
        DotCommand(name: "show", arguments: "", help: "show the current settings") { session, _ in
            session.showSettings()
        },
        // Files and programs.
        DotCommand(name: "read", arguments: "FILE", help: "run the statements and dot-commands of a script file", action: { session, args in
            try session.readScript(args.first)
        }, usesFiles: true),
        DotCommand(name: "output", arguments: "[FILE]", help: "send answers to FILE; without FILE, back to standard output", action: { session, args in
            guard let path = args.first else { return session.output.restore() }
            do { try session.output.redirect(to: path) } catch let error as ShellError { throw ShellError(error.description, argument: 0) }
        }, usesFiles: true),
        DotCommand(name: "once", arguments: "FILE", help: "send only the next answer to FILE", action: { session, args in
            guard let path = args.first else { throw ShellError(".once takes a file name") }
            do { try session.output.redirectOnce(to: path) } catch let error as ShellError { throw ShellError(error.description, argument: 0) }
        }, usesFiles: true),
        DotCommand(name: "ingest", arguments: "FILE [ID]", help: "add an article to this session and derive its text layer", action: { session, args in
            try session.ingest(args)
        }, usesFiles: true),
        DotCommand(name: "shell", arguments: "COMMAND...", help: "run a command with /bin/sh; its output goes where answers go", action: { session, args in
            try session.runShell(args.first)
        }, usesFiles: true, takesRest: true),
        DotCommand(name: "system", arguments: "COMMAND...", help: "the same as .shell", action: { session, args in
            try session.runShell(args.first)
        }, usesFiles: true, takesRest: true),
        // Limits and leaving.
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
