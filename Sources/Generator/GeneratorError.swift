/// Why a data folder could not be generated.
public struct GeneratorError: Error, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}
