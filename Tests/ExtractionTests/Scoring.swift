import Foundation

/// Precision and recall of extracted facts against an answer key, per kind.
struct Scoring {
    struct Score: CustomStringConvertible {
        let kind: String
        var matched = 0
        var extracted = 0
        var expected = 0
        /// Of the matched pairs, how many agree on the amount and status the key gives.
        var amountsRight = 0
        var amountsKeyed = 0
        var statusesRight = 0
        var statusesKeyed = 0

        var precision: Double { extracted == 0 ? 1 : Double(matched) / Double(extracted) }
        var recall: Double { expected == 0 ? 1 : Double(matched) / Double(expected) }

        var description: String {
            func ratio(_ a: Int, _ b: Int) -> String { b == 0 ? "–" : "\(a)/\(b)" }
            return "\(kind): P \(format(precision)) (\(matched)/\(extracted))  R \(format(recall)) (\(matched)/\(expected))"
                + "  amounts \(ratio(amountsRight, amountsKeyed))  statuses \(ratio(statusesRight, statusesKeyed))"
        }

        private func format(_ value: Double) -> String {
            String(format: "%.3f", value)
        }
    }

    /// The principal party of each kind: it must agree for two facts to be one.
    static let principal: [String: [String]] = ["deal": ["target", "buyer"], "hire": ["person", "to", "from"], "project": ["owner"]]

    /// Two facts are the same when they are of one kind (in one document,
    /// unless `anyDocument`) and every party both name is named alike; the
    /// principal parties the key gives must be named (for a talent move,
    /// the first of person, to, from).
    static func same(_ found: FactKey, _ key: FactKey, anyDocument: Bool = false) -> Bool {
        guard found.kind == key.kind, anyDocument || found.document == key.document else { return false }
        let givenPrincipals = (principal[key.kind] ?? []).filter { key.fields[$0] != nil }
        let required = key.kind == "hire" ? Array(givenPrincipals.prefix(1)) : givenPrincipals
        for field in key.parties {
            let got = found.names(field)
            if got.isEmpty {
                if required.contains(field) { return false }
                continue
            }
            if got != key.names(field) { return false }
        }
        return true
    }

    static func score(found: [FactKey], key: [FactKey], kinds: [String], same: (FactKey, FactKey) -> Bool = { same($0, $1) }) -> [Score] {
        kinds.map { kind in
            let found = found.filter { $0.kind == kind }
            let key = key.filter { $0.kind == kind }
            var score = Score(kind: kind, extracted: found.count, expected: key.count)
            var used = Set<Int>()
            for expected in key {
                guard let index = found.indices.first(where: { !used.contains($0) && same(found[$0], expected) }) else { continue }
                used.insert(index)
                score.matched += 1
                if let amount = expected.fields["amount"] {
                    score.amountsKeyed += 1
                    if found[index].fields["amount"] == amount { score.amountsRight += 1 }
                }
                if let status = expected.fields["status"] {
                    score.statusesKeyed += 1
                    if found[index].fields["status"] == status { score.statusesRight += 1 }
                }
            }
            return score
        }
    }

    /// The pairs a score missed, for the test's log.
    static func misses(found: [FactKey], key: [FactKey], same: (FactKey, FactKey) -> Bool = { same($0, $1) }) -> (unmatched: [FactKey], missed: [FactKey]) {
        var used = Set<Int>()
        var missed: [FactKey] = []
        for expected in key {
            if let index = found.indices.first(where: { !used.contains($0) && same(found[$0], expected) }) { used.insert(index) } else { missed.append(expected) }
        }
        return (found.indices.filter { !used.contains($0) }.map { found[$0] }, missed)
    }
}
