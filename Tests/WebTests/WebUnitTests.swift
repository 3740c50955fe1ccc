import Testing
@testable import Web

/// The pieces of `repl serve` that decide safety and correctness on their
/// own: escaping, query strings, the gate that says busy.
@Suite struct WebUnitTests {
    @Test(arguments: [
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("\"><img src=x onerror=\"a()\">", "&quot;&gt;&lt;img src=x onerror=&quot;a()&quot;&gt;"),
        ("l'IA & co", "l&#39;IA &amp; co"),
        ("bell\u{07}here", "bell\u{FFFD}here"),
        ("ligne\nsuivante", "ligne\nsuivante"),
    ])
    func htmlEscapes(_ text: String, _ escaped: String) {
        #expect(HTML.escape(text) == escaped)
    }

    @Test func queryStringsDecodeAsFormsSendThem() {
        #expect(QueryString.parameters("q=count+deals+by+buyer&format=csv") == ["q": "count deals by buyer", "format": "csv"])
        #expect(QueryString.parameters("q=l%E2%80%99IA%20%3E%201e9") == ["q": "l’IA > 1e9"])
        #expect(QueryString.parameters("q=100%25&q=second") == ["q": "100%"])
        #expect(QueryString.parameters("q=%ZZ%4") == ["q": "%ZZ%4"], "a broken escape stays as written")
        #expect(QueryString.parameters(nil) == [:])
        let statement = "find deals where buyer = \"Scale AI\" & amount > 1e9"
        #expect(QueryString.decode(QueryString.encode(statement)[...]) == statement)
        #expect(QueryString.encode("a b/é") == "a%20b%2F%C3%A9")
    }

    @Test func searchMatchesAreMarkedAndEscaped() {
        #expect(AnswerHTML.marked("a <b> c", [2..<5]) == "a <mark>&lt;b&gt;</mark> c")
        #expect(AnswerHTML.marked("Théo et l’IA", [0..<4, 8..<12]) == "<mark>Théo</mark> et <mark>l’IA</mark>")
        #expect(AnswerHTML.marked("short", [3..<99]) == "short", "a range beyond the text is ignored")
    }

    @Test func evidenceIsHighlightedWhereItIsQuoted() {
        #expect(ArticlePage.highlighted("Avant <b> la preuve ici.", "la preuve") == "Avant &lt;b&gt; <mark>la preuve</mark> ici.")
        #expect(ArticlePage.highlighted("Rien ici.", "ailleurs") == "Rien ici.")
    }

    @Test func theGateSaysBusyWhenEveryPlaceIsTaken() async {
        let gate = Gate(running: 1, queued: 1)
        #expect(await gate.enter())
        let waiter = Task { await gate.enter() }
        while await gate.waitingCount == 0 { await Task.yield() }
        #expect(await gate.enter() == false, "one running, one waiting: the third is refused")
        await gate.leave()
        #expect(await waiter.value, "the waiter got the place")
        await gate.leave()
        #expect(await gate.enter())
    }
}
