/// `--help`: what the command does, how it is called, and each option,
/// wrapped to 80 columns.
public enum HelpText {
    static let width = 80
    /// Where option help starts: a column wide enough for `--max-statement <BYTES>`.
    static let helpColumn = 26

    public static func render(_ spec: CommandSpec) -> String {
        var text = "OVERVIEW: \(spec.abstract)\n\n"
        if !spec.discussion.isEmpty { text += spec.discussion + "\n\n" }
        text += "USAGE: \(usage(of: spec))\n\n"
        if let positional = spec.positional {
            text += "ARGUMENTS:\n" + entry("<\(positional.valueName)>", positional.help) + "\n"
        }
        text += "OPTIONS:\n"
        for option in spec.options {
            let left = option.takesValue ? "\(option.spelling) <\(option.valueName)>" : option.spelling
            var help = option.help
            if case .choices(let words) = option.completion { help += " One of: " + words.joined(separator: ", ") + "." }
            if option.kind == .repeated { help += " Repeatable." }
            text += entry(left, help)
        }
        if spec.version != nil {
            text += entry("--version", "Show the version.")
            text += entry("\(CompletionScript.option) <SHELL>", "Print a completion script for bash, zsh or fish.")
        }
        text += entry("-h, --help", "Show this help.")
        return text
    }

    /// `repl [<options>] [<FILE> ...]`
    public static func usage(of spec: CommandSpec) -> String {
        var line = spec.name + " [<options>]"
        if let positional = spec.positional {
            let word = "<\(positional.valueName)>" + (positional.repeats ? " ..." : "")
            line += positional.required ? " " + word : " [" + word + "]"
        }
        return line
    }

    /// Two columns: the option, then its help wrapped under itself.
    static func entry(_ left: String, _ help: String) -> String {
        let indent = String(repeating: " ", count: helpColumn)
        let lines = wrap(help, width: width - helpColumn)
        let head = "  " + left
        var text = head.count + 2 <= helpColumn
            ? head + String(repeating: " ", count: helpColumn - head.count) + (lines.first ?? "") + "\n"
            : head + "\n" + indent + (lines.first ?? "") + "\n"
        for line in lines.dropFirst() { text += indent + line + "\n" }
        return text
    }

    /// Words filled into lines of at most `width` characters (a longer word stands alone).
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty, line.count + 1 + word.count > width {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}
