/// At most `running` requests evaluate at once and `queued` more wait;
/// beyond that a request is told the server is busy (503) at once, rather
/// than piling up work the machine cannot do.
actor Gate {
    private let running: Int
    private let queued: Int
    private var active = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(running: Int, queued: Int) {
        self.running = max(1, running)
        self.queued = max(0, queued)
    }

    /// Waits for a place; false at once when every place and the queue are taken.
    func enter() async -> Bool {
        if active < running {
            active += 1
            return true
        }
        guard waiting.count < queued else { return false }
        await withCheckedContinuation { waiting.append($0) }
        return true
    }

    var waitingCount: Int { waiting.count }

    /// Hands the place to the next waiter, if any.
    func leave() {
        if waiting.isEmpty {
            active -= 1
        } else {
            waiting.removeFirst().resume()
        }
    }
}
