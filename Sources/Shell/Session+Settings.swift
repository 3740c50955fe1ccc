import Foundation
import Lexer
import Query
import SQL

extension Session {
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

    /// `.maxrows [N]`: 0 shows every row.
    func setMaxRows(_ argument: String?) throws {
        guard let argument else {
            let rows = settings.maxRows ?? 0
            return output.write(rows == 0 ? "0 (all rows)\n" : "\(rows)\n")
        }
        guard let value = Int(argument), value >= 0 else {
            throw ShellError(".maxrows takes a whole number of rows, 0 for all, not '\(TerminalText.safe(argument))'", argument: 0)
        }
        settings.maxRows = value
    }

    /// `.width [N|auto]`: tables fit N columns, or the terminal's.
    func setWidth(_ argument: String?) throws {
        guard let argument else {
            let current = settings.fixedWidth.map { "\($0)" } ?? "auto" + (settings.width.map { " (\($0) columns)" } ?? " (not a terminal: nothing is cut)")
            return output.write(current + "\n")
        }
        if argument.lowercased() == "auto" { return settings.fixedWidth = nil }
        guard let value = Int(argument), (Self.narrowestTable...Self.widestTable).contains(value) else {
            throw ShellError(".width takes auto or a number of columns from \(Self.narrowestTable) to \(Limits.grouped(Self.widestTable)), not '\(TerminalText.safe(argument))'",
                             argument: 0)
        }
        settings.fixedWidth = value
    }

    static let narrowestTable = 20
    static let widestTable = 10_000

    /// `.dialect [sqlite|postgres]`.
    func setDialect(_ argument: String?) throws {
        guard let argument else { return output.write(settings.dialect.rawValue + "\n") }
        guard let dialect = SQLDialect(rawValue: argument.lowercased()) else {
            let names = SQLDialect.allCases.map(\.rawValue)
            let suggestion = Suggestion.nearest(to: argument, in: names)
            throw ShellError(".dialect takes sqlite or postgres, not '\(TerminalText.safe(argument))'"
                             + (suggestion.map { "; did you mean '\($0)'?" } ?? ""), argument: 0)
        }
        settings.dialect = dialect
    }

    /// `.pager [on|off|auto]`.
    func setPager(_ argument: String?) throws {
        guard let argument else { return output.write(settings.pager.rawValue + " (" + Pager.command + ")\n") }
        guard let mode = PagerMode(rawValue: argument.lowercased()) else {
            throw ShellError(".pager takes on, off or auto, not '\(TerminalText.safe(argument))'", argument: 0)
        }
        settings.pager = mode
    }

    /// `.nullvalue [TEXT]`.
    func setNullValue(_ argument: String?) {
        guard let argument else { return output.write(CanonicalPrinter.quote(settings.nullValue) + "\n") }
        settings.nullValue = argument
    }

    /// `.prompt [MAIN] [CONTINUE]`: without arguments, show both.
    func setPrompt(_ arguments: [String]) {
        guard let main = arguments.first else {
            return output.write(CanonicalPrinter.quote(settings.prompt) + " " + CanonicalPrinter.quote(settings.continuationPrompt) + "\n")
        }
        settings.prompt = TerminalText.safe(main)
        if arguments.count > 1 { settings.continuationPrompt = TerminalText.safe(arguments[1]) }
    }

    /// `.show`: every setting, as the command that would set it.
    func showSettings() {
        let rows: [(String, String)] = [
            ("format", settings.format.rawValue),
            ("cite", settings.citations ? "on" : "off"),
            ("maxrows", settings.maxRows.map { "\($0)" } ?? "0"),
            ("width", settings.fixedWidth.map { "\($0)" } ?? "auto"),
            ("pager", settings.pager.rawValue),
            ("nullvalue", CanonicalPrinter.quote(settings.nullValue)),
            ("prompt", CanonicalPrinter.quote(settings.prompt) + " " + CanonicalPrinter.quote(settings.continuationPrompt)),
            ("dialect", settings.dialect.rawValue),
            ("timer", settings.timer ? "on" : "off"),
            ("output", output.path.map { TerminalText.safe($0) } ?? "standard output"),
            ("bail", settings.bail ? "on" : "off"),
        ]
        for (name, value) in rows { output.write("." + name + String(repeating: " ", count: 11 - name.count) + value + "\n") }
    }
}
