import FactStore
import Query

/// `bench amounts`: prints what the extractor finds in the bundled corpus
/// (for writing and checking the hand-made list).
enum AmountsDump {
    static func run() {
        guard let kb = try? Loader.load(try SeedFiles.read(directory: SeedFiles.bundledDirectory())) else { return }
        let extractor = AmountExtractor()
        for document in kb.documents {
            for (index, line) in document.lines.enumerated() {
                for amount in extractor.amounts(in: line) {
                    print("\(document.id):\(index + 1)\t\(ValueText.machine(amount.value))\t\(amount.unit ?? "-")\t\(amount.text)")
                }
            }
        }
    }
}
