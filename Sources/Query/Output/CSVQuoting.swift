/// RFC 4180's rule for one field: in quotes, with its quotes doubled, when
/// it holds a comma, a quote or a line break (or always, when asked: an
/// export tells an empty text from NULL by its quotes). Read by scalars:
/// "\r\n" is one Character, and a quote with an accent after it is too.
public enum CSVQuoting {
    public static func quoted(_ text: String, always: Bool = false) -> String {
        guard always || text.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        var out = "\""
        for scalar in text.unicodeScalars {
            if scalar == "\"" { out += "\"" }
            out.unicodeScalars.append(scalar)
        }
        return out + "\""
    }
}
