import Query
import Testing

/// How one text is written as a CSV field: quoted when RFC 4180 asks,
/// line breaks raw inside the quotes, every other control escaped, and
/// characters that merely share a control's lead byte left as they are.
@Suite struct CSVFieldTests {
    @Test(arguments: [
        ("Veloria", "Veloria"),
        ("a, b", "\"a, b\""),
        ("il a dit \"oui\"", "\"il a dit \"\"oui\"\"\""),
        ("deux\nlignes", "\"deux\nlignes\""),
        ("« ceci » l’été", "« ceci » l’été"),
        ("\u{A0}€…—", "\u{A0}€…—"),
        ("tab\there", "tab\\there"),
        ("escape \u{1B}[31m", "escape \\u{1B}[31m"),
        ("next line \u{85}", "next line \\u{85}"),
        ("delete \u{7F}", "delete \\u{7F}"),
        ("line separator \u{2028}, too", "\"line separator \\u{2028}, too\""),
        ("paragraph \u{2029}", "paragraph \\u{2029}"),
    ])
    func aTextIsWrittenAsOneField(_ text: String, _ field: String) {
        let table = ResultTable(columns: [ResultColumn("text")], rows: [[.text(text)]], footer: "")
        #expect(Renderer.render(.table(table), as: .csv) == "text\r\n" + field + "\r\n")
    }
}
