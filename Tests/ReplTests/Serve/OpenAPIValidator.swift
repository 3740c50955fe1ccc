import Foundation

/// Checks a response against the server's own OpenAPI description: the
/// status is one the operation documents, and the body fits the schema
/// documented for it (types, required properties, items, references).
struct OpenAPIValidator {
    let document: [String: Any]

    init(json: String) throws {
        document = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [String: Any]
    }

    /// Nil when the response fits; otherwise what does not.
    func problem(path template: String, status: Int, body: String) -> String? {
        guard let paths = document["paths"] as? [String: Any], let operation = (paths[template] as? [String: Any])?["get"] as? [String: Any],
              let responses = operation["responses"] as? [String: Any] else { return "\(template) is not documented" }
        guard let response = responses[String(status)] as? [String: Any] else {
            return "\(template) does not document status \(status) (documents \(responses.keys.sorted()))"
        }
        guard let schema = ((response["content"] as? [String: Any])?["application/json"] as? [String: Any])?["schema"] else {
            return "\(template) \(status) has no JSON schema"
        }
        guard let value = try? JSONSerialization.jsonObject(with: Data(body.utf8), options: [.fragmentsAllowed]) else {
            return "\(template) \(status): the body is not JSON: \(body.prefix(200))"
        }
        return check(value, against: schema, at: "$")
    }

    private func check(_ value: Any, against schema: Any, at place: String) -> String? {
        guard var schema = schema as? [String: Any] else { return "\(place): a schema is not an object" }
        if let reference = schema["$ref"] as? String { schema = resolve(reference) }
        let types: [String] = (schema["type"] as? [String]) ?? (schema["type"] as? String).map { [$0] } ?? []
        if !types.isEmpty, !types.contains(where: { Self.value(value, is: $0) }) {
            return "\(place): expected \(types.joined(separator: " or ")), found \(Swift.type(of: value))"
        }
        if let object = value as? [String: Any] {
            for name in schema["required"] as? [String] ?? [] where object[name] == nil { return "\(place): '\(name)' is required" }
            for (name, property) in schema["properties"] as? [String: Any] ?? [:] {
                if let member = object[name], let problem = check(member, against: property, at: place + "." + name) { return problem }
            }
        }
        if let array = value as? [Any], let items = schema["items"] {
            for (index, item) in array.enumerated() {
                if let problem = check(item, against: items, at: "\(place)[\(index)]") { return problem }
            }
        }
        return nil
    }

    private func resolve(_ reference: String) -> [String: Any] {
        reference.dropFirst(2).split(separator: "/").reduce(document as Any) { ($0 as? [String: Any])?[String($1)] as Any } as? [String: Any] ?? [:]
    }

    private static func value(_ value: Any, is type: String) -> Bool {
        switch type {
        case "object": value is [String: Any]
        case "array": value is [Any]
        case "string": value is String
        case "integer": (value as? NSNumber).map { $0.doubleValue == $0.doubleValue.rounded() } ?? false
        case "number": value is NSNumber
        case "boolean": value is Bool
        default: false
        }
    }
}
