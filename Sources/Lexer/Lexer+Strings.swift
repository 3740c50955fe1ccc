// MARK: - Strings

extension Lexer {
    /// string -> '"' { char | escape } '"' | "'" { char | escape } "'" | '“' { char } '”'
    ///
    /// Strings may span lines. An unterminated string is an error at the end
    /// of input, so the REPL asks for another line instead of failing.
    /// A bad escape is reported but the string still becomes a token.
    mutating func scanString(quote: UInt8?) -> Token {
        let start = offset
        offset += quote == nil ? "“".utf8.count : 1
        var value = ""
        var segment = offset
        var problem: Diagnostic?
        // Runs of plain text are copied whole; only escapes and bad bytes break a run.
        func flush(upTo end: Int) {
            if end > segment { value += String(decoding: bytes[segment..<end], as: UTF8.self) }
        }
        while offset < bytes.count {
            let byte = bytes[offset]
            if let quote, byte == quote {
                flush(upTo: offset)
                offset += 1
                return Token(.string(value), Span(start: start, end: offset), diagnostic: problem)
            }
            if byte < 0x80, !(quote != nil && byte == UInt8(ascii: "\\")) {
                offset += 1
                continue
            }
            if byte == UInt8(ascii: "\\") {
                flush(upTo: offset)
                let escapeStart = offset
                if let scalar = scanEscape() {
                    value.unicodeScalars.append(scalar)
                } else if problem == nil {
                    problem = Diagnostic(.error, "invalid escape '\(source.text(of: Span(start: escapeStart, end: offset)))' in a string",
                                         in: source, at: Span(start: escapeStart, end: offset),
                                         label: "escapes are \\\" \\' \\\\ \\n \\t and \\u{E9}")
                }
                segment = offset
                continue
            }
            guard let (scalar, length) = decodeScalar(at: offset) else {
                flush(upTo: offset)
                let bad = invalidUTF8()
                problem = problem ?? bad.diagnostic
                segment = offset
                continue
            }
            if quote == nil, scalar == "”" {
                flush(upTo: offset)
                offset += length
                return Token(.string(value), Span(start: start, end: offset), diagnostic: problem)
            }
            offset += length
        }
        return invalid("unterminated string", start: start, label: "the string starts here and is never closed", atEnd: true)
    }

    /// Reads one escape after a backslash; nil (having consumed it) if invalid.
    private mutating func scanEscape() -> Unicode.Scalar? {
        offset += 1
        guard let byte = bytes.at(offset) else { return nil }
        offset += 1
        switch byte {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "'"): return "'"
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"): return scanUnicodeEscape()
        default:
            if byte >= 0x80 { while let next = bytes.at(offset), next & 0xC0 == 0x80 { offset += 1 } }
            return nil
        }
    }

    /// `\u{E9}`: one to six hex digits in braces.
    private mutating func scanUnicodeEscape() -> Unicode.Scalar? {
        guard bytes.at(offset) == UInt8(ascii: "{") else { return nil }
        var probe = offset + 1
        var value: UInt32 = 0
        var digits = 0
        while let byte = bytes.at(probe), let digit = Self.hexValue(byte), digits < 6 {
            value = value << 4 | digit
            digits += 1
            probe += 1
        }
        guard digits > 0, bytes.at(probe) == UInt8(ascii: "}") else {
            offset = probe
            return nil
        }
        offset = probe + 1
        return Unicode.Scalar(value)
    }

    private static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }
}
