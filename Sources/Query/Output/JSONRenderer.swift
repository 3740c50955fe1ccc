import FactStore
import Lexer

/// JSON (an array of objects) and JSON Lines (one object per line). Exact
/// values: plain numbers as numbers, anything with a unit or uncertainty as
/// an object with its bounds, its precision and its currency code.
struct JSONRenderer {
    let options: RenderOptions

    indirect enum JSON {
        case null, bool(Bool), number(Double), string(String), array([JSON]), object([(String, JSON)])
    }

    func render(_ table: ResultTable, lines: Bool) -> String {
        let machine = MachineRows(table, citations: options.citations)
        let objects = (0..<machine.count).map { index -> JSON in
            var pairs = zip(machine.keys, machine.cells(index)).map { ($0, Self.json($1)) }
            let also = machine.also(index)
            if !also.isEmpty { pairs.append(("also", .array(also.map(Self.json)))) }
            return .object(pairs)
        }
        if lines { return objects.map { Self.encode($0) + "\n" }.joined() }
        return Self.encode(.array(objects), indent: "") + "\n"
    }

    func render(_ card: EntityCard) -> String {
        var pairs: [(String, JSON)] = [("name", .string(card.name)), ("kind", .string(card.kind))]
        pairs += card.fields.map { ($0.0, Self.json($0.1)) }
        if let citation = card.citation { pairs.append(("source", Self.json(citation))) }
        if let named = card.textMentions {
            pairs.append(("named", .object([("times", .number(Double(named.count))), ("documents", .number(Double(named.documents)))])))
        }
        pairs.append(("facts", .object(card.mentions.map { group in
            (group.kind, .array(group.facts.map { mention in
                .object([("id", .string(mention.id)), ("summary", .string(mention.summary))]
                        + (mention.citation.map { [("source", Self.json($0))] } ?? []))
            }))
        })))
        return Self.encode(.object(pairs), indent: "") + "\n"
    }

    static func object(_ pairs: [String: JSON]) -> String {
        encode(.object(pairs.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }))
    }

    static func json(_ citation: Citation) -> JSON {
        .object([("doc", .string(citation.document)), ("line", .number(Double(citation.line))), ("evidence", .string(citation.evidence))])
    }

    static func json(_ cell: Cell) -> JSON {
        switch cell {
        case .missing, .bar: .null
        case .text(let text), .highlighted(let text, _): .string(text)
        case .quantity(let quantity): json(quantity)
        case .date(let date): .string(date.description)
        case .boolean(let flag): .bool(flag)
        case .list(let members): .array(members.map(json))
        case .count(let count): .number(Double(count))
        }
    }

    static func json(_ quantity: Quantity) -> JSON {
        if quantity.precision == .exact, quantity.unit == .none, let value = quantity.low { return .number(value) }
        var pairs: [(String, JSON)] = []
        switch quantity.precision {
        case .exact, .approximate: pairs.append(("value", .number(quantity.low!)))
        case .atMost: pairs.append(("max", .number(quantity.high!)))
        case .atLeast: pairs.append(("min", .number(quantity.low!)))
        case .range: pairs += [("min", .number(quantity.low!)), ("max", .number(quantity.high!))]
        case .unquantified: pairs.append(("text", .string(quantity.wording ?? "")))
        }
        pairs.append(("precision", .string(quantity.precision.rawValue)))
        if quantity.approximateLow { pairs.append(("min_approximate", .bool(true))) }
        if quantity.approximateHigh { pairs.append(("max_approximate", .bool(true))) }
        switch quantity.unit {
        case .none: break
        case .percent: pairs.append(("unit", .string("%")))
        case .currency(let currency): pairs.append(("currency", .string(currency.code)))
        }
        return .object(pairs)
    }

    /// Compact on one line, or pretty when `indent` is given.
    static func encode(_ value: JSON, indent: String? = nil) -> String {
        switch value {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .number(let number): return number.isFinite ? NumberText.plain(number) : "null"
        case .string(let text): return quote(text)
        case .array(let items):
            guard let indent, !items.isEmpty else { return "[" + items.map { encode($0) }.joined(separator: ",") + "]" }
            let inner = indent + "  "
            return "[\n" + items.map { inner + encode($0, indent: inner) }.joined(separator: ",\n") + "\n" + indent + "]"
        case .object(let pairs):
            guard let indent, !pairs.isEmpty else {
                return "{" + pairs.map { quote($0.0) + ":" + encode($0.1) }.joined(separator: ",") + "}"
            }
            let inner = indent + "  "
            return "{\n" + pairs.map { inner + quote($0.0) + ": " + encode($0.1, indent: inner) }.joined(separator: ",\n") + "\n" + indent + "}"
        }
    }

    /// A JSON string: quotes, backslashes and every control character escaped.
    static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if TerminalText.isControl(scalar) {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}

extension Renderer {
    /// A JSON string literal, escaped as the JSON formats escape text.
    public static func jsonString(_ text: String) -> String {
        JSONRenderer.quote(text)
    }
}
