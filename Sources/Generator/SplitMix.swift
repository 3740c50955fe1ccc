/// A small, fast, seeded generator (SplitMix64): the same seed gives the
/// same data folder on every machine and every run.
struct SplitMix: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool {
        Double.random(in: 0..<1, using: &self) < p
    }

    mutating func pick<T>(_ items: [T]) -> T {
        items[Int.random(in: 0..<items.count, using: &self)]
    }
}

/// Draws ranks 0..<n with probability proportional to 1/(rank+1): a few
/// buyers make most of the deals, as in the news.
struct Zipf {
    private let cumulative: [Double]

    init(count: Int) {
        var total = 0.0
        cumulative = (0..<count).map { rank in
            total += 1 / Double(rank + 1)
            return total
        }
    }

    func draw(using random: inout SplitMix) -> Int {
        let target = Double.random(in: 0..<cumulative.last!, using: &random)
        var low = 0
        var high = cumulative.count - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulative[middle] > target { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
