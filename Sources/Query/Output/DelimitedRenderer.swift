import FactStore
import Lexer

/// CSV (RFC 4180: CRLF line ends, fields quoted when they hold a comma, a
/// quote or a line break) and TSV (tabs and line breaks escaped).
struct DelimitedRenderer {
    let separator: Character
    let options: RenderOptions

    /// Written as UTF-8 bytes and made a string once: a long answer is
    /// hundreds of thousands of fields. A text many rows share (a status,
    /// a buyer) is escaped once.
    func render(_ table: ResultTable) -> String {
        let machine = MachineRows(table, citations: options.citations)
        var out: [UInt8] = []
        out.reserveCapacity(128 * (machine.count + 1))
        writeLine(to: &out) { field in
            for key in machine.keys { field { $0.append(contentsOf: escaped(key)) } }
        }
        var interned = Array(repeating: [Int32: [UInt8]](), count: machine.keys.count)
        var entities: [EntityRef: [UInt8]] = [:]
        var scalars: [Value: [UInt8]] = [:]
        for row in 0..<machine.count {
            writeLine(to: &out) { field in
                machine.forEachField(row) { position, value in
                    field { out in
                        switch value {
                        case .text(let text): append(text, to: &out)
                        case .utf8(let bytes): append(utf8: bytes, to: &out)
                        case .integer(let number): out.append(contentsOf: String(number).utf8)
                        case .interned(let code, _):
                            out.append(contentsOf: interned[position].cached(code) { escaped(value.text) })
                        case .entity(let entity, _):
                            out.append(contentsOf: entities.cached(entity) { escaped(value.text) })
                        case .scalar(let scalar, _):
                            out.append(contentsOf: scalars.cached(scalar) { escaped(value.text) })
                        }
                    }
                }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// One line: the fields `fields` writes, between separators, with the
    /// format's line end.
    private func writeLine(to out: inout [UInt8], _ fields: (((inout [UInt8]) -> Void) -> Void) -> Void) {
        var first = true
        fields { write in
            if !first { out.append(separator == "," ? UInt8(ascii: ",") : UInt8(ascii: "\t")) }
            first = false
            write(&out)
        }
        if separator == "," { out.append(0x0D) }
        out.append(0x0A)
    }

    private func escaped(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        append(text, to: &bytes)
        return bytes
    }

    /// `text` as a field of the format: quoted or escaped.
    private func append(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { append(utf8: $0, to: &out) }
    }

    /// A field's UTF-8 bytes, read once to tell what they need: as they
    /// are, quoted, or (holding a control character) escaped.
    private func append(utf8 bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        guard separator == "," else { return out.append(contentsOf: field(String(decoding: bytes, as: UTF8.self)).utf8) }
        switch Self.needs(bytes) {
        case .nothing: out.append(contentsOf: bytes)
        case .quotes: CSVQuoting.append(quoting: bytes, to: &out)
        case .escapes: out.append(contentsOf: field(String(decoding: bytes, as: UTF8.self)).utf8)
        }
    }

    private enum Needs { case nothing, quotes, escapes }

    /// Whether a CSV field needs quotes (a comma, a quote, a line break) or
    /// escapes: a control character other than a line break
    /// (`TerminalText.isControl`), read by UTF-8 bytes: C1 controls are
    /// C2 80–C2 9F, the line and paragraph separators E2 80 A8 and A9.
    private static func needs(_ bytes: UnsafeBufferPointer<UInt8>) -> Needs {
        var needs = Needs.nothing
        var before: (UInt8, UInt8) = (0, 0)
        for byte in bytes {
            if byte < 0x20 {
                guard byte == 0x0A || byte == 0x0D else { return .escapes }
                needs = .quotes
            } else if byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") {
                needs = .quotes
            } else if byte >= 0x7F {
                if byte == 0x7F || before.1 == 0xC2 && byte <= 0x9F || before == (0xE2, 0x80) && (byte == 0xA8 || byte == 0xA9) {
                    return .escapes
                }
            }
            before = (before.1, byte)
        }
        return needs
    }

    private func field(_ text: String) -> String {
        if separator == "\t" {
            return TerminalText.safe(text.replacingBackslashes())
        }
        // Line breaks stay raw inside a quoted field; any other control is escaped.
        let safe = String(String.UnicodeScalarView(text.unicodeScalars.flatMap { scalar -> [Unicode.Scalar] in
            scalar == "\n" || scalar == "\r" || !TerminalText.isControl(scalar) ? [scalar] : Array(TerminalText.safe(String(scalar)).unicodeScalars)
        }))
        return CSVQuoting.quoted(safe)
    }
}

private extension Dictionary {
    /// The value at `key`, made by `make` and kept the first time.
    mutating func cached(_ key: Key, _ make: () -> Value) -> Value {
        if let known = self[key] { return known }
        let made = make()
        self[key] = made
        return made
    }
}

private extension String {
    func replacingBackslashes() -> String {
        var out = ""
        for character in self { out += character == "\\" ? "\\\\" : String(character) }
        return out
    }
}
