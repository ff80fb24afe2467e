public import struct Foundation.Date

/// The identifiers of recent complaints, in memory: which complaints (and threads) carry a phone, an e-mail, a
/// handle or a customer id, within the linking window.
///
/// Linking reads it for every complaint, so it answers without touching the disk: a journal keeps the rows on disk
/// append-only (cheap to write) and loads the window into an index like this one when it opens. Ids are kept as
/// their 128 bits and identifiers as 64-bit hashes, about 50 bytes per complaint and identifier.
public struct ContactIndex: Sendable {
    /// 32 bytes: most complaints start their own thread, so threads are kept aside, for those that do not.
    private struct Entry: Sendable {
        var id: ComplaintBits
        var identity: UInt64
        /// When the complaint was received, in seconds since 1970.
        var seconds: UInt32
        /// The next older entry with the same identifier, or -1.
        var previous: Int32
    }

    private var newest: [UInt64: Int32] = [:]
    private var entries: [Entry] = []
    /// Entries before this index are older than the window and no longer found.
    private var firstLive = 0
    private var threads: [ComplaintBits: ComplaintBits] = [:]
    /// How far back complaints are kept.
    public let window: Duration

    /// Creates an empty index keeping `window` of complaints.
    public init(window: Duration) {
        self.window = window
    }

    /// How many complaint identifiers it holds.
    public var count: Int { entries.count - firstLive }

    private static func hash(_ identity: String) -> UInt64 {
        // FNV-1a over the UTF-8 bytes: stable, and 64 bits make a collision between two customers' identifiers
        // negligible (about one in 10^7 for a million identifiers).
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in identity.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return hash
    }

    /// Adds a complaint's identifier (complaints are added in about the order they were received).
    public mutating func add(identity: String, complaintID: String, threadID: String, receivedAt: Date) {
        guard let id = ComplaintBits(complaintID), let thread = ComplaintBits(threadID) else { return }
        let key = Self.hash(identity)
        let seconds = UInt32(clamping: Int64(receivedAt.timeIntervalSince1970.rounded(.down)))
        let entry = Entry(id: id, identity: key, seconds: seconds, previous: newest[key] ?? -1)
        if thread != id { threads[id] = thread }
        newest[key] = Int32(entries.count)
        entries.append(entry)
    }

    /// Moves a complaint to another thread (an operator's split).
    public mutating func setThread(of complaintID: String, to threadID: String) {
        guard let id = ComplaintBits(complaintID), let thread = ComplaintBits(threadID) else { return }
        threads[id] = thread
    }

    /// Complaints with one of `identities` received at or after `since` (to the second), newest first, at most `limit`.
    public func links(identities: [String], since: Date, limit: Int) -> [ContactLink] {
        let cutoff = UInt32(clamping: Int64(since.timeIntervalSince1970.rounded(.down)))
        var found: [ContactLink] = []
        for identity in Set(identities) {
            var index = newest[Self.hash(identity)] ?? -1
            var taken = 0
            while index >= Int32(firstLive), taken < limit {
                let entry = entries[Int(index)]
                if entry.seconds < cutoff { break }
                found.append(
                    ContactLink(
                        complaintID: entry.id.string,
                        threadID: (threads[entry.id] ?? entry.id).string,
                        identity: identity,
                        receivedAt: Date(timeIntervalSince1970: Double(entry.seconds))
                    )
                )
                taken += 1
                index = entry.previous
            }
        }
        found.sort { ($0.receivedAt, $0.complaintID, $0.identity) > ($1.receivedAt, $1.complaintID, $1.identity) }
        return Array(found.prefix(limit))
    }

    /// The complaints of a thread within the window, oldest first: each complaint once, with the identifier kinds
    /// it carries (`phone`, `email`, …), for an operator to see why they were linked. Scans the index (a few
    /// milliseconds for a million entries).
    public func thread(_ threadID: String) -> [(complaintID: String, receivedAt: Date)] {
        guard let thread = ComplaintBits(threadID) else { return [] }
        var seen: Set<ComplaintBits> = []
        var result: [(complaintID: String, receivedAt: Date)] = []
        for entry in entries[firstLive...] where (threads[entry.id] ?? entry.id) == thread {
            if seen.insert(entry.id).inserted {
                result.append((entry.id.string, Date(timeIntervalSince1970: Double(entry.seconds))))
            }
        }
        return result
    }

    /// Forgets complaints received before `now - window`; compacts the storage once half of it is forgotten.
    public mutating func expire(now: Date) {
        let cutoff = UInt32(clamping: Int64((now.timeIntervalSince1970 - window.seconds).rounded(.down)))
        while firstLive < entries.count, entries[firstLive].seconds < cutoff { firstLive += 1 }
        guard firstLive > 4096, firstLive * 2 > entries.count else { return }
        let live = entries[firstLive...]
        var rebuilt = ContactIndex(window: window)
        rebuilt.entries.reserveCapacity(live.count)
        for entry in live {
            var copy = entry
            copy.previous = rebuilt.newest[entry.identity] ?? -1
            rebuilt.newest[entry.identity] = Int32(rebuilt.entries.count)
            rebuilt.entries.append(copy)
        }
        let liveIDs = Set(live.map(\.id))
        rebuilt.threads = threads.filter { liveIDs.contains($0.key) }
        self = rebuilt
    }
}

/// A complaint id as its 128 bits; the first 48 are the millisecond it was made.
struct ComplaintBits: Hashable, Sendable {
    var high: UInt64
    var low: UInt64

    private static let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ".utf8)
    private static let values: [Int8] = {
        var table = [Int8](repeating: -1, count: 256)
        for (index, byte) in alphabet.enumerated() { table[Int(byte)] = Int8(index) }
        return table
    }()

    init?(_ text: String) {
        guard text.utf8.count == 26 else { return nil }
        var high: UInt64 = 0
        var low: UInt64 = 0
        for byte in text.utf8 {
            let value = Self.values[Int(byte)]
            guard value >= 0 else { return nil }
            // Shift the 130-bit accumulator left by 5 (the two top bits of a ULID are always zero).
            high = (high << 5) | (low >> 59)
            low = (low << 5) | UInt64(value)
        }
        self.high = high
        self.low = low
    }

    var string: String {
        var bytes = [UInt8](repeating: 0, count: 26)
        var high = self.high
        var low = self.low
        for index in stride(from: 25, through: 0, by: -1) {
            bytes[index] = Self.alphabet[Int(low & 0x1F)]
            low = (low >> 5) | (high << 59)
            high >>= 5
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
