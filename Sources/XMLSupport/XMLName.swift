/// An element name interned in one reader's libxml2 dictionary: two names are equal exactly when
/// they are the same string, and comparing them compares two pointers (no String per node).
///
/// Valid only with the ``XMLStreamReader`` that produced it, while it is open.
public struct XMLName: Hashable {
    /// The address of the interned name.
    public let pointer: UnsafeRawPointer

    public init(_ pointer: UnsafeRawPointer) {
        self.pointer = pointer
    }

    /// The name as a String (allocates: for caches and messages, not for every node).
    public var string: String {
        String(cString: pointer.assumingMemoryBound(to: CChar.self))
    }
}
