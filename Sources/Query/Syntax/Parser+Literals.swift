import Lexer

// MARK: - Values

extension Parser {
    /// value -> NUMBER [ CURRENCY_CODE ] | MONEY | PERCENT | DATE | STRING | NAME | "true" | "false"
    mutating func parseValue() throws -> Literal {
        let token = current
        let value: Literal.Value
        switch token.kind {
        case .number(let number):
            _ = advance()
            if let currency = currencyCode() {
                return Literal(value: .money(number, currency), span: token.span.union(advance().span))
            }
            value = .number(number)
        case .money(let amount, let currency):
            _ = advance()
            value = .money(amount, currency)
        case .percent(let percent):
            _ = advance()
            value = .percent(percent)
        case .date(let date):
            _ = advance()
            value = .date(date)
        case .string(let text):
            reportProblem(in: advance())
            value = .string(text)
        case .name:
            _ = advance()
            value = .name(source.text(of: token.span))
        case .keyword(.true), .keyword(.false):
            _ = advance()
            value = .boolean(token.keyword == .true)
        case .keyword(let keyword) where !keyword.isReserved:
            _ = advance()
            value = .name(source.text(of: token.span))
        default:
            throw error(expected: "a value (a number, $6.4B, 49%, 2024-07-01, \"text\" or a name)")
        }
        return Literal(value: value, span: token.span)
    }

    /// `USD`, `EUR`, ... right after a number: `600 EUR`, `6.4B USD`.
    func currencyCode() -> Currency? {
        guard case .name = current.kind else { return nil }
        return Currency(code: source.text(of: current.span))
    }
}
