/// One result slot per task of a `DispatchQueue.concurrentPerform`, each written by exactly
/// one thread before `concurrentPerform` returns, and read only after it. Raw memory, so that
/// writes to different slots from different threads are not one exclusive access to an array.
final class ResultSlots<Value>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<Result<Value, FontError>?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    func store(_ index: Int, _ result: Result<Value, FontError>) {
        slots[index] = result
    }

    subscript(index: Int) -> Result<Value, FontError> { slots[index]! }

    var values: [Result<Value, FontError>] { slots.map { $0! } }
}
