/// A reader for the ISO/IEC 14977 EBNF of `grammar/query.ebnf`: just enough
/// of the notation to expand the grammar into sentences.
indirect enum EBNF: Equatable {
    case terminal(String)
    case special(String)
    case reference(String)
    case sequence([EBNF])
    case choice([EBNF])
    case optional(EBNF)
    case repetition(EBNF)
    case exception(EBNF, EBNF)
    case empty

    struct Grammar {
        var rules: [String: EBNF]
        var order: [String]
    }

    struct SyntaxError: Error, CustomStringConvertible {
        var description: String
    }

    static func parse(_ text: String) throws -> Grammar {
        var reader = Reader(characters: Array(text))
        var rules: [String: EBNF] = [:]
        var order: [String] = []
        while true {
            reader.skipTrivia()
            if reader.atEnd { break }
            let name = try reader.identifier()
            try reader.expect("=")
            let body = try reader.choice()
            try reader.expect(";")
            guard rules[name] == nil else { throw SyntaxError(description: "rule \(name) defined twice") }
            rules[name] = body
            order.append(name)
        }
        return Grammar(rules: rules, order: order)
    }

    private struct Reader {
        let characters: [Character]
        var index = 0

        var atEnd: Bool { index >= characters.count }
        var peek: Character? { atEnd ? nil : characters[index] }

        mutating func skipTrivia() {
            while let c = peek {
                if c.isWhitespace {
                    index += 1
                } else if c == "(", index + 1 < characters.count, characters[index + 1] == "*" {
                    index += 2
                    while index + 1 < characters.count, !(characters[index] == "*" && characters[index + 1] == ")") { index += 1 }
                    index += 2
                } else {
                    return
                }
            }
        }

        mutating func expect(_ c: Character) throws {
            skipTrivia()
            guard peek == c else { throw SyntaxError(description: "expected '\(c)' at character \(index)") }
            index += 1
        }

        mutating func identifier() throws -> String {
            skipTrivia()
            var name = ""
            while let c = peek, c.isLetter || c.isNumber || c == "_" {
                name.append(c)
                index += 1
            }
            guard !name.isEmpty else { throw SyntaxError(description: "expected a rule name at character \(index)") }
            return name
        }

        /// definitions-list = single-definition { "|" single-definition }
        mutating func choice() throws -> EBNF {
            var options = [try sequence()]
            while (skipTrivia(), peek).1 == "|" {
                index += 1
                options.append(try sequence())
            }
            return options.count == 1 ? options[0] : .choice(options)
        }

        /// single-definition = term { "," term }
        mutating func sequence() throws -> EBNF {
            var items = [try term()]
            while (skipTrivia(), peek).1 == "," {
                index += 1
                items.append(try term())
            }
            return items.count == 1 ? items[0] : .sequence(items)
        }

        /// term = primary [ "-" primary ]
        mutating func term() throws -> EBNF {
            let base = try primary()
            guard (skipTrivia(), peek).1 == "-" else { return base }
            index += 1
            return .exception(base, try primary())
        }

        mutating func primary() throws -> EBNF {
            skipTrivia()
            switch peek {
            case "[": return try bracketed("]") { .optional($0) }
            case "{": return try bracketed("}") { .repetition($0) }
            case "(": return try bracketed(")") { $0 }
            case "\"", "'": return .terminal(try quoted(until: peek!))
            case "?": return .special(try quoted(until: "?").trimmingCharacters(in: " "))
            case let c? where c.isLetter: return .reference(try identifier())
            default: return .empty
            }
        }

        mutating func bracketed(_ close: Character, _ make: (EBNF) -> EBNF) throws -> EBNF {
            index += 1
            let inner = try choice()
            try expect(close)
            return make(inner)
        }

        mutating func quoted(until close: Character) throws -> String {
            index += 1
            var text = ""
            while let c = peek, c != close {
                text.append(c)
                index += 1
            }
            guard peek == close else { throw SyntaxError(description: "unterminated quote") }
            index += 1
            return text
        }
    }
}

private extension String {
    func trimmingCharacters(in set: Character) -> String {
        String(drop { $0 == set }.reversed().drop { $0 == set }.reversed())
    }
}
