import FactStore
import Foundation
import Lexer

/// Writes a complete data folder of generated deals (`repl generate`):
/// the schema, a manifest, articles whose lines state the deals, the
/// companies and deals as facts files citing those lines, and the same
/// deals as `deals.csv` for sqlite3 and DuckDB. The same options give the
/// same bytes.
public struct DataFolderGenerator {
    public struct Options: Sendable {
        public var deals: Int
        public var articles: Int
        public var seed: UInt64
        public var companies: Int

        public init(deals: Int, articles: Int? = nil, seed: UInt64 = 1, companies: Int = 200) {
            self.deals = deals
            self.articles = max(1, articles ?? (deals + 49) / 50)
            self.seed = seed
            self.companies = min(max(companies, 2), Vocabulary.stems.count * Vocabulary.endings.count)
        }
    }

    /// What was written.
    public struct Summary: Sendable {
        public let deals: Int
        public let articles: Int
        public let companies: Int
        public let bytes: Int
    }

    let options: Options
    let names: [String]

    public init(_ options: Options) {
        self.options = options
        names = Self.companyNames(options.companies)
    }

    /// `Velora`, `Kestra`, … and every tenth with a second word (`Orvion Labs`).
    static func companyNames(_ count: Int) -> [String] {
        (0..<count).map { index in
            let stem = Vocabulary.stems[index % Vocabulary.stems.count]
            let ending = Vocabulary.endings[index / Vocabulary.stems.count % Vocabulary.endings.count]
            let second = index % 10 == 9 ? " " + Vocabulary.secondWords[index / 10 % Vocabulary.secondWords.count] : ""
            return stem + ending + second
        }
    }

    /// Writes the folder; `directory` must not exist or be empty.
    public func write(to directory: URL, schema: String) throws -> Summary {
        let manager = FileManager.default
        if manager.fileExists(atPath: directory.path) {
            guard (try? manager.contentsOfDirectory(atPath: directory.path))?.isEmpty == true else {
                throw GeneratorError("\(directory.path) is not empty: give a new folder")
            }
        }
        for folder in ["corpus", "facts"] {
            try manager.createDirectory(at: directory.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        try schema.write(to: directory.appendingPathComponent("schema.kb"), atomically: true, encoding: .utf8)
        let files = try Files(directory)
        try writeRegister(files)
        try writeDeals(files)
        try files.close()
        let bytes = (manager.enumerator(atPath: directory.path)?.allObjects as? [String] ?? []).reduce(0) { total, path in
            total + ((try? manager.attributesOfItem(atPath: directory.appendingPathComponent(path).path)[.size] as? Int) ?? 0)
        }
        return Summary(deals: options.deals, articles: options.articles, companies: names.count, bytes: bytes)
    }

    /// The files written as the deals are drawn, in one pass.
    struct Files {
        let directory: URL
        let manifest: BufferedFile
        let companies: BufferedFile
        let deals: BufferedFile
        let csv: BufferedFile

        init(_ directory: URL) throws {
            self.directory = directory
            manifest = try BufferedFile(directory.appendingPathComponent("manifest.kb"))
            companies = try BufferedFile(directory.appendingPathComponent("facts/companies.kb"))
            deals = try BufferedFile(directory.appendingPathComponent("facts/deals.kb"))
            csv = try BufferedFile(directory.appendingPathComponent("deals.csv"))
        }

        func article(_ id: String, _ name: String) throws -> BufferedFile {
            try BufferedFile(directory.appendingPathComponent("corpus/\(id)_\(name).txt"))
        }

        func close() throws {
            for file in [manifest, companies, deals, csv] { try file.close() }
        }
    }

    static let registerID = "000000"

    /// Article 000000 names every company once, so that each company's
    /// record cites a real line.
    func writeRegister(_ files: Files) throws {
        let article = try files.article(Self.registerID, "registre")
        try article.write("Registre des entreprises citées dans les dépêches.\n")
        try files.manifest.write(document(Self.registerID, file: "corpus/\(Self.registerID)_registre.txt",
                                          title: "Registre des entreprises", year: 2019))
        for (index, name) in names.enumerated() {
            let category = Vocabulary.categories[index % Vocabulary.categories.count]
            try article.write("\(name) est une entreprise du secteur \(category).\n")
            try files.companies.write("company c\(String(index).leftPadded(to: 3)) {\n  name: \(KBLiteral.string(name))\n"
                                      + "  category: \(category)\n  cite: \(Self.registerID):\(index + 2) \(KBLiteral.string(name))\n}\n\n")
        }
        try article.close()
    }

    /// The deals, spread evenly over the articles, one line each after a title line.
    func writeDeals(_ files: Files) throws {
        var drawer = DealDrawer(companies: names.count, seed: options.seed)
        let sentence = DealSentence(names: names)
        let record = DealRecord(names: names)
        try files.csv.write(DealRecord.csvHeader)
        try files.deals.write("-- \(options.deals) generated deals (repl generate, seed \(options.seed)).\n\n")
        var number = 0
        for articleIndex in 1...options.articles {
            let id = String(articleIndex).leftPadded(to: 6)
            let year = 2019 + articleIndex % 7
            let file = "corpus/\(id)_depeches.txt"
            try files.manifest.write(document(id, file: file, title: "Dépêches n° \(articleIndex)", year: year))
            let article = try files.article(id, "depeches")
            try article.write("Dépêches n° \(articleIndex) : les accords du jour.\n")
            let count = options.deals * articleIndex / options.articles - options.deals * (articleIndex - 1) / options.articles
            for position in 0..<count {
                number += 1
                let deal = drawer.draw(number: number, year: year)
                let text = sentence.text(deal)
                try article.write(text + "\n")
                try files.deals.write(record.record(deal, document: id, line: position + 2, evidence: text))
                try files.csv.write(record.csvRow(deal, document: id, line: position + 2))
            }
            try article.close()
        }
    }

    func document(_ id: String, file: String, title: String, year: Int) -> String {
        "document \"\(id)\" {\n  file: \"\(file)\"\n  title: \(KBLiteral.string(title))\n"
            + "  outlet: \(KBLiteral.string(Vocabulary.outlets[Int(id)! % Vocabulary.outlets.count]))\n  date: \(year)\n  language: fr\n}\n\n"
    }
}
