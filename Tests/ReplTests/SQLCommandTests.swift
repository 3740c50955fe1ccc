import Foundation
import SQL
import TestSupport
import Testing

/// `repl export`, `--emit-sql` and `--engine` through the binary: files a
/// database opens, SQL that gives the answer over them, and a clear refusal
/// (exit status 2) for every server that cannot serve.
@Suite struct SQLCommandTests {
    @Test func theEmittedSQLAnswersOverTheSQLiteExport() throws {
        let file = try Binary.temporaryFolder().appendingPathComponent("store.db")
        let export = try Binary.run(["export", "--to", "sqlite", file.path])
        #expect(export.status == 0, "\(export.errors)")
        #expect(export.errors.hasPrefix("wrote 32 tables, "))
        let emitted = try Binary.run(["--emit-sql", "-e", "find deals where amount > 1e9 and buyer = OpenAI"])
        #expect(emitted.status == 0)
        #expect(emitted.output.hasPrefix("-- SQLite, over the tables of `repl export`\nSELECT t.\"#row\",\n"))
        let database = try SQLiteDatabase(path: file.path)
        let rows = try database.query(String(emitted.output.split(separator: "\n", maxSplits: 1)[1]).trimmingCharacters(in: .whitespacesAndNewlines.union(.init(charactersIn: ";"))))
        #expect(rows.map { $0[2] } == [.text("openai_acquires_io")])
        #expect(try database.query("SELECT count(*) FROM \"deals\"") == [[.integer(9)]])
        // Every place a fact is stated, its own citation first.
        #expect(try database.query("SELECT \"doc\", \"line\", \"evidence\" FROM \"citations\" WHERE \"kind\" = 'deals' AND \"row\" = 0 ORDER BY \"position\"")
            == [[.text("004"), .integer(7), .text("OpenAI a réaffirmé sa position par l’acquisition stratégique de la startup IO")],
                [.text("004"), .integer(7), .text("Cette acquisition à un coût de 6,4 milliards de dollars")],
                [.text("004"), .integer(15), .text("OpenAI a consolidé sa position en achetant la startup IO pour 6,4 milliards de dollars")]])
    }

    @Test func aPostgresScriptWithAndWithoutCitus() throws {
        let folder = try Binary.temporaryFolder()
        let plain = folder.appendingPathComponent("plain.sql")
        #expect(try Binary.run(["export", "--to", "postgres", plain.path]).status == 0)
        let script = try String(contentsOf: plain, encoding: .utf8)
        #expect(script.hasPrefix("-- An aiquery export (repl export --to postgres)."))
        #expect(script.contains("COPY \"deals\" (\"#row\", \"id\", \"id.fold\", "))
        #expect(script.contains("PRIMARY KEY (\"#row\")"))
        #expect(!script.contains("create_distributed_table"))
        let spread = folder.appendingPathComponent("citus.sql")
        #expect(try Binary.run(["export", "--to", "postgres", "--distribute", spread.path]).status == 0)
        let citus = try String(contentsOf: spread, encoding: .utf8)
        #expect(citus.contains("SELECT create_distributed_table('deals', 'doc');"))
        #expect(citus.contains("SELECT create_reference_table('companies');"))
        #expect(!citus.contains("PRIMARY KEY"))
        let refused = try Binary.run(["export", "--to", "sqlite", "--distribute", folder.appendingPathComponent("x.db").path])
        #expect(refused.status == 2)
        #expect(refused.errors.contains("--distribute goes with --to postgres"))
    }

    @Test func csvFilesAndAnUnwritablePlace() throws {
        let folder = try Binary.temporaryFolder().appendingPathComponent("csv")
        #expect(try Binary.run(["export", "--to", "csv", folder.path]).status == 0)
        let deals = try String(contentsOf: folder.appendingPathComponent("deals.csv"), encoding: .utf8)
        #expect(deals.hasPrefix("#row,id,id.fold,doc,doc.fold,line,line.low,"))
        #expect(deals.split(separator: "\r\n").count == 10)
        let nowhere = try Binary.run(["export", "--to", "sqlite", "/nonexistent/folder/store.db"])
        #expect(nowhere.status == 2)
        #expect(nowhere.errors.hasPrefix("error: cannot open /nonexistent/folder/store.db.partial"))
        #expect(!FileManager.default.fileExists(atPath: "/nonexistent/folder/store.db"))
        // A folder is never taken for the file to replace.
        let keep = try Binary.temporaryFolder()
        try Data("kept\n".utf8).write(to: keep.appendingPathComponent("notes.txt"))
        let onAFolder = try Binary.run(["export", "--to", "sqlite", keep.path])
        #expect(onAFolder.status == 2)
        #expect(onAFolder.errors == "error: \(keep.path) is a folder; give the name of a file to write\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: keep.path) == ["notes.txt"])
    }

    @Test func aServerThatCannotBeReached() throws {
        let run = try Binary.run(["--engine", "postgresql://nobody@127.0.0.1:1/none", "-e", "count deals"])
        #expect(run.status == 2)
        #expect(run.output.isEmpty)
        #expect(run.errors.hasPrefix("error: cannot connect to postgresql://nobody@127.0.0.1:1/none: connection to server at \"127.0.0.1\", port 1 failed"))
    }

    static let server = ThrowawayPostgres.url

    @Test(.enabled(if: server != nil, "needs AIQUERY_POSTGRES_URL (.ci/run starts a throw-away server)"))
    func aServerThatRefusesOrLacksTheTables() throws {
        let server = try #require(Self.server)
        let wrongPassword = server.replacingOccurrences(of: "//aiquery@", with: "//aiquery_password:wrong@")
        let refused = try Binary.run(["--engine", wrongPassword, "-e", "count deals"])
        #expect(refused.status == 2)
        #expect(refused.errors.contains("password authentication failed for user \"aiquery_password\""))
        #expect(!refused.errors.contains("wrong"), "the password is not repeated")
        let empty = try Binary.run(["--engine", server, "-e", "count deals"])
        #expect(empty.status == 2)
        #expect(empty.errors.contains("holds no export of a store"))
    }

    /// A new database on the server holding the export `repl export` writes of a data folder (the bundled one by default).
    static func loaded(_ name: String, data: [String] = []) throws -> String {
        let script = try Binary.temporaryFolder().appendingPathComponent("store.sql")
        #expect(try Binary.run(["export"] + data + ["--to", "postgres", script.path]).status == 0)
        return try ThrowawayPostgres.database(name, loading: script)
    }

    @Test(.enabled(if: server != nil, "needs AIQUERY_POSTGRES_URL (.ci/run starts a throw-away server)"))
    func anotherFolderOfTheSameSizeIsRefused() throws {
        // Two folders alike in every count: one deal's status differs.
        let folder = try Binary.temporaryFolder()
        #expect(try Binary.run(["generate", "--deals", "60", "--seed", "1", folder.appendingPathComponent("1").path]).status == 0)
        try FileManager.default.copyItem(at: folder.appendingPathComponent("1"), to: folder.appendingPathComponent("2"))
        let deals = folder.appendingPathComponent("2/facts/deals.kb")
        let records = try String(contentsOf: deals, encoding: .utf8)
        let first = try #require(records.range(of: "status: completed"))
        try records.replacingCharacters(in: first, with: "status: announced").write(to: deals, atomically: true, encoding: .utf8)
        let url = try Self.loaded("seed1", data: ["--data", folder.appendingPathComponent("1").path])
        let same = try Binary.run(["--engine", url, "--data", folder.appendingPathComponent("1").path, "-e", "count deals"])
        #expect(same.status == 0, "\(same.errors)")
        let other = try Binary.run(["--engine", url, "--data", folder.appendingPathComponent("2").path, "-e", "count deals"])
        #expect(other.status == 2)
        #expect(other.errors.contains("is not of this data folder: content is "), "\(other.errors)")
        let ingest = try Binary.run(["--engine", url, "--data", folder.appendingPathComponent("1").path, "-e", ".ingest README.md"],
                                    directory: RepositoryPaths.root)
        #expect(ingest.status == 1)
        #expect(ingest.errors.contains(".ingest is not available with --engine"))
    }

    @Test(.enabled(if: server != nil, "needs AIQUERY_POSTGRES_URL (.ci/run starts a throw-away server)"))
    func theSameAnswersFromTheServer() throws {
        let url = try Self.loaded("cli")
        let statements = ["count deals by buyer", "sum amount of deals by buyer", "find hires where to = Meta show person, from, date",
                          "find deals sort by amount desc limit 3", "count deals where buyer = Metta", "describe OpenAI"]
        let arguments = statements.flatMap { ["-e", $0] }
        let embedded = try Binary.run(["--format", "csv"] + arguments)
        let served = try Binary.run(["--engine", url, "--format", "csv"] + arguments)
        #expect(served.status == 1, "the misspelt name fails on both")
        #expect(served.status == embedded.status)
        #expect(served.output == embedded.output)
        #expect(served.errors == embedded.errors)
        #expect(embedded.errors.contains("did you mean 'Meta'?"))
        let elsewhere = try Binary.run(["--engine", url, "--no-extract", "--data", "Tests/ShellTests/SQL/Fixture", "-e", "count lots"],
                                       directory: RepositoryPaths.root)
        #expect(elsewhere.status == 2)
        #expect(elsewhere.errors.contains("is not of this data folder: rows of companies is 20 there, 3 here"))
    }
}
