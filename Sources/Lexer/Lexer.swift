/// Turns UTF-8 bytes into tokens. Hand-written; never throws: a bad byte
/// becomes an `.invalid` token carrying its diagnostic, and scanning goes on.
///
/// The lexer is linear in its input and allocates only for token payloads.
public struct Lexer {
    public let source: SourceFile
    let bytes: [UInt8]
    var offset = 0

    public init(_ source: SourceFile) {
        self.source = source
        self.bytes = source.bytes
    }

    /// All tokens of `source`, ending with one `.end` token.
    public static func tokenize(_ source: SourceFile) -> [Token] {
        var lexer = Lexer(source)
        var tokens: [Token] = []
        // Facts files run at about one token per six bytes: one allocation
        // instead of a dozen growing copies of a large file's tokens.
        tokens.reserveCapacity(source.bytes.count / 6 + 1)
        while true {
            let token = lexer.next()
            tokens.append(token)
            if token.isEnd { return tokens }
        }
    }

    /// The next token; `.end` forever once the input is exhausted.
    public mutating func next() -> Token {
        skipTrivia()
        guard offset < bytes.count else { return Token(.end, .point(bytes.count)) }
        let start = offset
        let byte = bytes[offset]
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            return scanString(quote: byte)
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            return scanNumber(from: start)
        case UInt8(ascii: "-") where isDigit(at: offset + 1):
            return scanNumber(from: start)
        case UInt8(ascii: "$"):
            return scanPrefixedMoney(currency: .usd, symbolLength: 1)
        default:
            break
        }
        if let symbol = scanSymbol() { return Token(.symbol(symbol), Span(start: start, end: offset)) }
        if byte == UInt8(ascii: "=") || byte == UInt8(ascii: "!") { return scanMisspelledOperator() }
        guard let (scalar, length) = decodeScalar(at: offset) else {
            return invalidUTF8()
        }
        if Self.isNameStart(scalar) { return scanName() }
        if scalar == "“" { return scanString(quote: nil) }
        if let currency = Currency(symbol: scalar), isDigit(at: offset + length) {
            return scanPrefixedMoney(currency: currency, symbolLength: length)
        }
        offset += length
        return invalid(
            "unexpected character '\(Self.describe(scalar))'", start: start,
            label: scalar == "$" || Currency(symbol: scalar) != nil ? "a currency sign must be followed by an amount, as in $6.4B" : nil
        )
    }

    // MARK: - Trivia

    /// Skips white space (including the no-break spaces of French typography)
    /// and `--` comments.
    mutating func skipTrivia() {
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                offset += 1
            } else if byte == UInt8(ascii: "-"), offset + 1 < bytes.count, bytes[offset + 1] == UInt8(ascii: "-") {
                while offset < bytes.count, bytes[offset] != 0x0A { offset += 1 }
            } else if byte >= 0x80, let (scalar, length) = decodeScalar(at: offset), scalar.properties.isWhitespace {
                offset += length
            } else {
                return
            }
        }
    }

    // MARK: - Names and keywords

    mutating func scanName() -> Token {
        let start = offset
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte < 0x80 {
                if byte == UInt8(ascii: "-"), offset + 1 < bytes.count, let (next, _) = decodeScalar(at: offset + 1),
                   Self.isNameStart(next), next != "_" {
                    offset += 1  // a hyphen between letters stays in the word: revenue-share, Dall-E
                    continue
                }
                guard Self.isASCIINameContinue(byte) else { break }
                offset += 1
            } else {
                guard let (scalar, length) = decodeScalar(at: offset), Self.isNameContinue(scalar) else { break }
                offset += length
            }
        }
        let span = Span(start: start, end: offset)
        if let keyword = Keyword(bytes: bytes[start..<offset]) { return Token(.keyword(keyword), span) }
        return Token(.name, span)
    }

    static func isNameStart(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            switch scalar.value {
            case 0x41...0x5A, 0x61...0x7A, 0x5F: return true
            default: return false
            }
        }
        return scalar.properties.isAlphabetic
    }

    static func isNameContinue(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return isASCIINameContinue(UInt8(scalar.value)) }
        return scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark
            || scalar.properties.numericType != nil
    }

    @inline(__always)
    static func isASCIINameContinue(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x5F: true
        default: false
        }
    }

    // MARK: - Symbols

    mutating func scanSymbol() -> Symbol? {
        let byte = bytes[offset]
        let nextByte = offset + 1 < bytes.count ? bytes[offset + 1] : 0
        let symbol: Symbol
        var length = 1
        switch byte {
        case UInt8(ascii: "("): symbol = .leftParen
        case UInt8(ascii: ")"): symbol = .rightParen
        case UInt8(ascii: ","): symbol = .comma
        case UInt8(ascii: ";"): symbol = .semicolon
        case UInt8(ascii: ":"): symbol = .colon
        case UInt8(ascii: "{"): symbol = .leftBrace
        case UInt8(ascii: "}"): symbol = .rightBrace
        case UInt8(ascii: "=") where nextByte != UInt8(ascii: "="): symbol = .equal
        case UInt8(ascii: "!") where nextByte == UInt8(ascii: "="): symbol = .notEqual; length = 2
        case UInt8(ascii: "<") where nextByte == UInt8(ascii: "="): symbol = .lessEqual; length = 2
        case UInt8(ascii: "<") where nextByte == UInt8(ascii: ">"): symbol = .notEqual; length = 2
        case UInt8(ascii: "<"): symbol = .less
        case UInt8(ascii: ">") where nextByte == UInt8(ascii: "="): symbol = .greaterEqual; length = 2
        case UInt8(ascii: ">"): symbol = .greater
        default: return nil
        }
        offset += length
        return symbol
    }

    /// `==` and a lone `!` are common slips from other languages.
    mutating func scanMisspelledOperator() -> Token {
        let start = offset
        let isDoubleEqual = bytes[offset] == UInt8(ascii: "=")
        offset += isDoubleEqual ? 2 : 1
        let found = isDoubleEqual ? "==" : "!"
        var token = invalid("unexpected '\(found)'", start: start)
        token.diagnostic?.suggestion = isDoubleEqual ? "=" : "!="
        return token
    }

    // MARK: - Helpers

    func isDigit(at index: Int) -> Bool {
        index < bytes.count && bytes[index] >= UInt8(ascii: "0") && bytes[index] <= UInt8(ascii: "9")
    }

    func invalid(_ message: String, start: Int, label: String? = nil, atEnd: Bool = false) -> Token {
        let span = Span(start: start, end: offset)
        let diagnostic = Diagnostic(.error, message, in: source, at: span, label: label, isAtEndOfInput: atEnd)
        return Token(.invalid, span, diagnostic: diagnostic)
    }

    mutating func invalidUTF8() -> Token {
        let start = offset
        offset += 1
        while offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
        return invalid("invalid UTF-8 byte 0x\(String(bytes[start], radix: 16, uppercase: true))", start: start)
    }

    /// Decodes the scalar starting at `index`; nil for invalid UTF-8.
    func decodeScalar(at index: Int) -> (Unicode.Scalar, Int)? {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length: Int
        var value: UInt32
        switch lead {
        case 0xC2...0xDF: length = 2; value = UInt32(lead & 0x1F)
        case 0xE0...0xEF: length = 3; value = UInt32(lead & 0x0F)
        case 0xF0...0xF4: length = 4; value = UInt32(lead & 0x07)
        default: return nil
        }
        guard index + length <= bytes.count else { return nil }
        for i in 1..<length {
            let byte = bytes[index + i]
            guard byte & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        let minimum: UInt32 = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000
        guard value >= minimum, let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, length)
    }

    /// A character as it may be shown in a message: control characters escaped.
    static func describe(_ scalar: Unicode.Scalar) -> String {
        scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value)
            ? scalar.escaped(asASCII: true) : String(scalar)
    }
}
