import Foundation
import Testing

/// `repl serve` through HTTP: the pages, the downloads and the JSON API,
/// every API response checked against the server's own OpenAPI
/// description, the limits and their status codes, and nothing reachable
/// but the store.
@Suite(.serialized) struct ServeTests {
    @Test func theAPIAnswersAsItsDescriptionSays() throws {
        let server = try Server()
        defer { #expect(server.stop() == 0) }
        let description = try server.get("/openapi.json")
        #expect(description.status == 200)
        let validator = try OpenAPIValidator(json: description.body)
        let cases: [(path: String, template: String, status: Int)] = [
            ("/api/query?q=" + Server.encode("count deals by buyer"), "/api/query", 200),
            ("/api/query?q=" + Server.encode("describe Meta; explain count deals"), "/api/query", 200),
            ("/api/query?q=" + Server.encode("find deals where buyr = Meta"), "/api/query", 400),
            ("/api/query?q=" + Server.encode("count deals; find deals where"), "/api/query", 400),
            ("/api/query", "/api/query", 400),
            ("/api/documents/004", "/api/documents/{id}", 200),
            ("/api/documents/999", "/api/documents/{id}", 404),
            ("/api/nothing/here", "/api/documents/{id}", 404),
        ]
        for item in cases {
            let reply = try server.get(item.path)
            #expect(reply.status == item.status, "\(item.path)")
            #expect(reply.headers["content-type"] == "application/json; charset=utf-8")
            #expect(validator.problem(path: item.template, status: reply.status, body: reply.body) == nil, "\(item.path): \(reply.body.prefix(300))")
        }
        let answer = try JSONSerialization.jsonObject(with: Data(try server.get("/api/query?q=" + Server.encode("count deals by buyer")).body.utf8)) as! [String: Any]
        let first = (answer["answers"] as! [[String: Any]])[0]
        #expect((first["rows"] as! [[String: Any]]).map { $0["buyer"] as! String } == ["Microsoft", "Meta", "OpenAI"])
        #expect(first["footer"] as? String == "3 groups, 9 deals")
        let refused = try JSONSerialization.jsonObject(with: Data(try server.get("/api/query?q=" + Server.encode("find deals where buyr = Meta")).body.utf8)) as! [String: Any]
        let diagnostic = (refused["diagnostics"] as! [[String: Any]])[0]
        #expect(diagnostic["suggestion"] as? String == "buyer")
        #expect(diagnostic["line"] as? Int == 1 && diagnostic["column"] as? Int == 18)
        #expect((diagnostic["rendered"] as! String).contains("1 | find deals where buyr = Meta\n  |                  ^^^^ did you mean 'buyer'?"))
    }

    @Test func limitsHaveTheirStatusAndNothingRunsHalfway() throws {
        let server = try Server(["--max-statement", "60", "--max-rows", "3"])
        defer { _ = server.stop() }
        let long = try server.get("/api/query?q=" + Server.encode("find deals where " + Array(repeating: "amount > 1", count: 10).joined(separator: " and ")))
        #expect(long.status == 413)
        #expect(long.body.contains("a request has at most 60 here"))
        let large = try server.get("/api/query?q=" + Server.encode("find deals"))
        #expect(large.status == 413)
        #expect(large.body.contains("the answer has 9 rows"))
        let page = try server.get("/?q=" + Server.encode("find deals"))
        #expect(page.status == 413)
        #expect(page.body.contains("add a limit clause or a condition"))
        let mixed = try server.get("/?q=" + Server.encode("count deals; count dealz"))
        #expect(mixed.status == 400)
        #expect(mixed.body.contains("did you mean &#39;deals&#39;?"))
        #expect(!mixed.body.contains("<table>"), "the good statement did not run either")
    }

    @Test func aStatementOverItsTimeIsStopped() throws {
        let folder = try Binary.temporaryFolder().appendingPathComponent("deals")
        #expect(try Binary.run(["generate", "--deals", "3000", "--seed", "4", folder.path]).status == 0)
        let server = try Server(["--data", folder.path, "--time-limit", "1"])
        defer { _ = server.stop() }
        let slow = try server.get("/api/query?q=" + Server.encode("find deals sort by target, buyer limit 5"))
        #expect(slow.status == 503)
        #expect(slow.body.contains("took longer than 1 ms"))
    }

    @Test func pagesLinkCitationsToTheirArticle() throws {
        let server = try Server()
        defer { _ = server.stop() }
        let page = try server.get("/?q=" + Server.encode("find deals where amount > 1e9 and buyer = OpenAI"))
        #expect(page.status == 200)
        #expect(page.headers["content-type"] == "text/html; charset=utf-8")
        #expect(page.body.contains(#"<td><a class="source" href="/documents/004?line=7&amp;evidence=OpenAI%20a%20r%C3%A9affirm%C3%A9"#))
        #expect(page.body.contains("<p class=\"footer\">1 deal</p>"))
        let bars = try server.get("/?q=" + Server.encode("count deals by buyer"))
        #expect(bars.body.contains(#"<td class="bar"><span style="width: 100.0%"></span></td>"#))
        #expect(bars.body.contains(#"<td class="bar"><span style="width: 40.0%"></span></td>"#))
        let article = try server.get("/documents/004?line=7&evidence=" + Server.encode("Cette acquisition à un coût de 6,4 milliards de dollars"))
        #expect(article.status == 200)
        #expect(article.body.contains(#"<li id="L7" class="cited">"#))
        #expect(article.body.contains("<mark>Cette acquisition à un coût de 6,4 milliards de dollars</mark>"))
        #expect(article.body.contains(#"<a class="fact" href="/?q=find%20deals%20where%20id%20%3D%20%22openai_acquires_io%22">openai_acquires_io</a>"#))
        let entity = try server.get("/entities/Meta")
        #expect(entity.status == 200)
        #expect(entity.body.contains("<h1>Meta <span class=\"kind\">company</span></h1>"))
        #expect(entity.body.contains("meta_stake_scale_ai"))
        let csv = try server.get("/download?format=csv&q=" + Server.encode("count deals by buyer"))
        #expect(csv.headers["content-disposition"] == "attachment; filename=\"answer.csv\"")
        #expect(csv.body == "buyer,count\r\nMicrosoft,5\r\nMeta,2\r\nOpenAI,2\r\n")
    }

    @Test func nothingButTheStoreIsReachable() throws {
        let server = try Server()
        defer { _ = server.stop() }
        for path in ["/documents/..%2F..%2F..%2Fetc%2Fpasswd", "/documents/%2E%2E", "/static/../Package.swift", "/seeds/schema.kb", "/entities/Nobody%20At%20All"] {
            let reply = try server.get(path)
            #expect(reply.status == 404, "\(path)")
            #expect(!reply.body.contains("root:"), "\(path)")
        }
        let unknown = try server.get("/entities/Metta")
        #expect(unknown.status == 404)
        #expect(unknown.body.contains("did you mean"))
        // A name of two words, in the address as a link gives it.
        let scale = try server.get("/entities/Scale%20AI")
        #expect(scale.status == 200)
        #expect(scale.body.contains("<h1>Scale AI <span class=\"kind\">company</span></h1>"))
        let ingest = try server.post("/ingest", form: ["text": "Une phrase."])
        #expect(ingest.status == 403)
        #expect(ingest.body.contains("this server is read-only"))
    }

    @Test func articlesAddedFromThePageAreEscaped() throws {
        let server = try Server(["--allow-ingest"])
        defer { _ = server.stop() }
        let hostile = "Titre <script>window.__xss = 1</script>\nMeta a payé \"><img src=x onerror=\"window.__xss = 2\"> 3 milliards de dollars.\n"
        let added = try server.post("/ingest", form: ["id": "xss", "text": hostile])
        #expect(added.status == 200)
        #expect(added.url?.path == "/documents/xss")
        #expect(added.body.contains("Titre &lt;script&gt;window.__xss = 1&lt;/script&gt;"))
        #expect(added.body.contains("&quot;&gt;&lt;img src=x onerror=&quot;window.__xss = 2&quot;&gt;"))
        #expect(!added.body.contains("<script>window"))
        #expect(!added.body.contains("<img"))
        let found = try server.get("/api/query?q=" + Server.encode("count documents"))
        #expect(found.body.contains("\"count\": 6"))
        let spaced = try server.post("/ingest", form: ["id": "dépêche du jour", "text": "OpenAI a levé 40 milliards de dollars."])
        #expect(spaced.status == 200)
        #expect(spaced.url?.path == "/documents/dépêche du jour")
        #expect(spaced.body.contains("OpenAI a levé 40 milliards de dollars."))
        let again = try server.post("/ingest", form: ["id": "xss", "text": "Encore."])
        #expect(again.status == 400)
        #expect(again.body.contains("is already loaded; give another id in the form"))
        let elsewhere = try server.post("/ingest", form: ["text": "Une phrase."], headers: ["Origin": "http://attacker.example"])
        #expect(elsewhere.status == 403)
        #expect(elsewhere.body.contains("articles are added from this server&#39;s own page"))
        let ownPage = try server.post("/ingest", form: ["text": "Une autre phrase."], headers: ["Origin": server.address])
        #expect(ownPage.status == 200)
    }

    @Test func sigtermStopsItCleanly() throws {
        let server = try Server()
        #expect(try server.get("/").status == 200)
        #expect(server.stop() == 0)
    }
}
