import Synchronization

/// Structures derived from one field of one kind (an index, a typed
/// column), built on first use and kept for the life of the store.
final class FieldCache<Built: Sendable>: Sendable {
    private let built = Mutex<[Int: [Int: Built]]>([:])

    func value(kind: Int, field: Int, build: () -> Built) -> Built {
        if let found = built.withLock({ $0[kind]?[field] }) { return found }
        let made = build()
        built.withLock { $0[kind, default: [:]][field] = made }
        return made
    }
}
