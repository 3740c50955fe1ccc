import FactStore
import Lexer

/// How a generated deal is written: as a facts-file record citing its line,
/// and as a CSV row for loading the same deals into sqlite3 or DuckDB.
struct DealRecord {
    let names: [String]

    /// `deal d0000001 { buyer: Velora … cite: 000001:2 "…" }`
    func record(_ deal: GeneratedDeal, document: String, line: Int, evidence: String) -> String {
        var out = "deal \(deal.id) {\n"
        out += "  buyer: " + deal.buyers.map { KBLiteral.name(names[$0]) }.joined(separator: ", ") + "\n"
        out += "  target: \(KBLiteral.name(names[deal.target]))\n"
        out += "  kind: \(deal.kind.rawValue)\n"
        if let amount = deal.amount { out += "  amount: \(KBLiteral.quantity(amount))\n" }
        if let stake = deal.stake { out += "  stake: \(stake)%\n" }
        if let date = deal.date { out += "  date: \(date)\n" }
        out += "  status: \(deal.status.rawValue)\n"
        if let hedge = deal.hedge { out += "  hedge: \(KBLiteral.string(hedge))\n" }
        out += "  cite: \(document):\(line) \(KBLiteral.string(evidence))\n"
        return out + "}\n\n"
    }

    static let csvHeader = "id,buyer,target,kind,amount_low,amount_high,precision,currency,stake,date,status,hedge,doc,line\n"

    /// One CSV row; an amount is its bounds, precision and currency, a
    /// missing value an empty field, several buyers joined by `; `.
    func csvRow(_ deal: GeneratedDeal, document: String, line: Int) -> String {
        let amount = deal.amount
        let fields = [
            deal.id,
            deal.buyers.map { names[$0] }.joined(separator: "; "),
            names[deal.target],
            deal.kind.rawValue,
            amount?.low.map(NumberText.plain) ?? "",
            amount?.high.map(NumberText.plain) ?? "",
            amount?.precision.rawValue ?? "",
            amount?.unit.code ?? "",
            deal.stake.map(String.init) ?? "",
            deal.date?.description ?? "",
            deal.status.rawValue,
            deal.hedge ?? "",
            document,
            String(line),
        ]
        return fields.joined(separator: ",") + "\n"
    }
}
