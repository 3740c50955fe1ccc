/// The JSON API, described for clients (served at /openapi.json); a test
/// sends requests and checks every response against this description.
enum OpenAPI {
    static let document = """
    {
      "openapi": "3.1.0",
      "info": {
        "title": "aiquery",
        "version": "1",
        "description": "The query language over a corpus of news articles about the AI industry. Every fact cites its document and line."
      },
      "paths": {
        "/api/query": {
          "get": {
            "summary": "Run one or more statements (separated by ;) and return their answers.",
            "parameters": [
              { "name": "q", "in": "query", "required": true, "description": "The statements, as typed in the REPL.", "schema": { "type": "string" } }
            ],
            "responses": {
              "200": { "description": "The answers, each the JSON of --format json under rows.", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Answers" } } } },
              "400": { "description": "A statement does not parse or check; nothing ran.", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } },
              "413": { "description": "The statement is too long, or its answer has too many rows.", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } },
              "503": { "description": "Busy, or the statement took longer than a request may.", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } }
            }
          }
        },
        "/api/documents/{id}": {
          "get": {
            "summary": "A document: its description and its lines (line n is lines[n-1]).",
            "parameters": [
              { "name": "id", "in": "path", "required": true, "schema": { "type": "string" } }
            ],
            "responses": {
              "200": { "description": "The document.", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Document" } } } },
              "404": { "description": "No document has this id.", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } }
            }
          }
        }
      },
      "components": {
        "schemas": {
          "Answers": {
            "type": "object",
            "required": ["statement", "answers", "diagnostics"],
            "properties": {
              "statement": { "type": "string" },
              "answers": { "type": "array", "items": { "$ref": "#/components/schemas/Answer" } },
              "diagnostics": { "type": "array", "items": { "$ref": "#/components/schemas/Diagnostic" } }
            }
          },
          "Answer": {
            "type": "object",
            "required": ["statement", "rows"],
            "properties": {
              "statement": { "type": "string" },
              "rows": { "type": ["array", "object"], "description": "An array of row objects (find, count, aggregates, search); an object for describe and explain." },
              "footer": { "type": "string" },
              "notes": { "type": "array", "items": { "type": "string" } }
            }
          },
          "Document": {
            "type": "object",
            "required": ["id", "file", "language", "lines"],
            "properties": {
              "id": { "type": "string" },
              "file": { "type": "string" },
              "title": { "type": "string" },
              "outlet": { "type": "string" },
              "date": { "type": "string" },
              "language": { "type": "string" },
              "lines": { "type": "array", "items": { "type": "string" } }
            }
          },
          "Error": {
            "type": "object",
            "required": ["error", "status", "diagnostics"],
            "properties": {
              "error": { "type": "string" },
              "status": { "type": "integer" },
              "diagnostics": { "type": "array", "items": { "$ref": "#/components/schemas/Diagnostic" } }
            }
          },
          "Diagnostic": {
            "type": "object",
            "required": ["message", "line", "column", "notes", "rendered"],
            "properties": {
              "message": { "type": "string" },
              "line": { "type": "integer" },
              "column": { "type": "integer" },
              "suggestion": { "type": "string" },
              "notes": { "type": "array", "items": { "type": "string" } },
              "rendered": { "type": "string", "description": "As the terminal shows it: place, line, caret, suggestion." }
            }
          }
        }
      }
    }

    """
}
