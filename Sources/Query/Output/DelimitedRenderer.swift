import Lexer
/// CSV (RFC 4180: CRLF line ends, fields quoted when they hold a comma, a
/// quote or a line break) and TSV (tabs and line breaks escaped).
struct DelimitedRenderer {
    let separator: Character
    let options: RenderOptions

    func render(_ table: ResultTable) -> String {
        let machine = MachineRows(table, citations: options.citations)
        var out = ""
        out.reserveCapacity(16 * machine.keys.count * (machine.count + 1))
        write(machine.keys, to: &out)
        for row in 0..<machine.count { write(machine.cells(row).map(ValueText.machine), to: &out) }
        return out
    }

    /// One line: the fields quoted or escaped, between separators, with the format's line end.
    private func write(_ fields: [String], to out: inout String) {
        for (index, text) in fields.enumerated() {
            if index > 0 { out.append(separator) }
            out += field(text)
        }
        out += separator == "," ? "\r\n" : "\n"
    }

    func field(_ text: String) -> String {
        if separator == "\t" {
            return TerminalText.safe(text.replacingBackslashes())
        }
        // Line breaks stay raw inside a quoted field; any other control is escaped.
        // Most fields hold no byte that could begin one (below space, DEL, or
        // the lead bytes of C1 controls and of the line and paragraph separators).
        guard text.utf8.contains(where: { ($0 < 0x20 && $0 != 0x0A && $0 != 0x0D) || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 }) else {
            return CSVQuoting.quoted(text)
        }
        let isRaw = { (scalar: Unicode.Scalar) in scalar == "\n" || scalar == "\r" || !TerminalText.isControl(scalar) }
        guard !text.unicodeScalars.allSatisfy(isRaw) else { return CSVQuoting.quoted(text) }
        let safe = String(String.UnicodeScalarView(text.unicodeScalars.flatMap { scalar -> [Unicode.Scalar] in
            isRaw(scalar) ? [scalar] : Array(TerminalText.safe(String(scalar)).unicodeScalars)
        }))
        return CSVQuoting.quoted(safe)
    }
}

private extension String {
    func replacingBackslashes() -> String {
        var out = ""
        for character in self { out += character == "\\" ? "\\\\" : String(character) }
        return out
    }
}
