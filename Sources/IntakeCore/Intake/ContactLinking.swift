public import Foundation
import Synchronization

/// The identifiers a complainant can be recognised by on any channel, strongest first.
public enum ContactIdentity {
    /// One identifier: its kind (`phone`, `email`, `handle`, `customer`) and its key (`phone:+8613800138000`).
    public struct Key: Sendable, Hashable {
        /// The kind.
        public var kind: String
        /// The key, unique across kinds.
        public var key: String
    }

    /// Every identifier of `complainant`: E.164 phone, normalised e-mail, platform and handle, customer id. Names are
    /// never used: two people share a name far more often than a phone number.
    public static func keys(of complainant: Complainant) -> [Key] {
        var keys: [Key] = []
        if let phone = complainant.phone { keys.append(Key(kind: "phone", key: "phone:\(phone)")) }
        if let email = complainant.email { keys.append(Key(kind: "email", key: "email:\(email)")) }
        if let handle = complainant.handle, let platform = complainant.platform {
            keys.append(Key(kind: "handle", key: handleKey(platform: platform, handle: handle)))
        }
        if let customer = complainant.customerID { keys.append(Key(kind: "customer", key: "customer:\(customer)")) }
        return keys
    }

    /// Platforms whose user ids are opaque and case-sensitive (a WeChat openid): their handles keep their case.
    public static let caseSensitivePlatforms: Set<String> = ["wechat"]

    /// `handle:weibo:name`: the platform lower-cased, a leading `@` dropped, the handle lower-cased unless the
    /// platform's ids are case-sensitive.
    public static func handleKey(platform: String, handle: String) -> String {
        let platform = platform.lowercased()
        let bare = handle.hasPrefix("@") ? String(handle.dropFirst()) : handle
        return "handle:\(platform):\(caseSensitivePlatforms.contains(platform) ? bare : bare.lowercased())"
    }
}

/// How complaints of one customer are linked across channels.
public struct ContactLinking: Sendable, Hashable {
    /// How far back an earlier complaint links.
    public var window: Duration
    /// The most earlier complaints listed in `related.earlier_ids`.
    public var maximumEarlier: Int
    /// Identifier keys never linked on (a switchboard number, a shared `noreply@` address).
    public var ignored: Set<String>

    /// Creates the settings: 30 days, 20 earlier complaints, nothing ignored.
    public init(window: Duration = .seconds(30 * 86_400), maximumEarlier: Int = 20, ignored: Set<String> = []) {
        self.window = window
        self.maximumEarlier = maximumEarlier
        self.ignored = ignored
    }

    /// The identifiers of `complaint` that link.
    public func identities(of complaint: Complaint) -> [ContactIdentity.Key] {
        ContactIdentity.keys(of: complaint.complainant).filter { !ignored.contains($0.key) }
    }

    /// The links of a complaint given earlier complaints sharing one of its identifiers (any order).
    ///
    /// The complaint joins the thread of the most recent of them; the earlier ids are those of that thread, oldest
    /// first. Earlier complaints in other threads (after an operator split them off) are left where they are.
    public func related(for complaint: Complaint, candidates: [ContactLink]) -> Related? {
        let window = window.seconds
        // Every candidate was stored before this complaint is (intake holds the customer's lock meanwhile), even when
        // its clock reading is a moment later: the window is the only time test.
        let usable = candidates.filter {
            $0.complaintID != complaint.id && complaint.receivedAt.timeIntervalSince($0.receivedAt) <= window
        }
        guard let newest = usable.max(by: { ($0.receivedAt, $0.complaintID) < ($1.receivedAt, $1.complaintID) }) else { return nil }
        let thread = usable.filter { $0.threadID == newest.threadID }.sorted { ($0.receivedAt, $0.complaintID) < ($1.receivedAt, $1.complaintID) }
        var ids: [String] = []
        var kinds: [String] = []
        for link in thread {
            if !ids.contains(link.complaintID) { ids.append(link.complaintID) }
            let kind = String(link.identity.prefix { $0 != ":" })
            if !kinds.contains(kind) { kinds.append(kind) }
        }
        return Related(threadID: newest.threadID, earlierIDs: Array(ids.suffix(maximumEarlier)), matchedOn: kinds)
    }
}

/// An earlier complaint found by one of its identifiers.
public struct ContactLink: Sendable, Hashable {
    /// The earlier complaint.
    public var complaintID: String
    /// Its thread now (an operator may have split it off).
    public var threadID: String
    /// The identifier key it was found by.
    public var identity: String
    /// When it was received.
    public var receivedAt: Date

    /// Creates a link.
    public init(complaintID: String, threadID: String, identity: String, receivedAt: Date) {
        self.complaintID = complaintID
        self.threadID = threadID
        self.identity = identity
        self.receivedAt = receivedAt
    }
}

/// What an operator's split of a complaint from its thread did.
public struct ThreadSplit: Sendable, Hashable, Codable {
    /// The complaint split off.
    public var complaintID: String
    /// The thread it was in.
    public var previousThreadID: String?
    /// The earlier complaints it was linked to.
    public var previousEarlierIDs: [String]
    /// Its thread now: its own id.
    public var threadID: String

    /// Creates a split.
    public init(complaintID: String, previousThreadID: String?, previousEarlierIDs: [String], threadID: String) {
        self.complaintID = complaintID
        self.previousThreadID = previousThreadID
        self.previousEarlierIDs = previousEarlierIDs
        self.threadID = threadID
    }

    enum CodingKeys: String, CodingKey {
        case complaintID = "complaint_id"
        case previousThreadID = "previous_thread_id"
        case previousEarlierIDs = "previous_earlier_ids"
        case threadID = "thread_id"
    }
}

/// Mutual exclusion per key for async callers: complaints of the same customer are linked and appended one after
/// the other, so two arriving at once on two channels still see each other.
final class KeyedLocks: Sendable {
    private let state = Mutex<[String: [CheckedContinuation<Void, Never>]]>([:])

    /// Takes the locks of `keys` (in sorted order, so two callers never wait for each other in a circle).
    func lock(_ keys: [String]) async {
        for key in Set(keys).sorted() {
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                let acquired = state.withLock { table -> Bool in
                    if table[key] == nil {
                        table[key] = []
                        return true
                    }
                    table[key]!.append(continuation)
                    return false
                }
                if acquired { continuation.resume() }
            }
        }
    }

    /// Releases the locks of `keys`, handing each to its next waiter.
    func unlock(_ keys: [String]) {
        for key in Set(keys) {
            let next = state.withLock { table -> CheckedContinuation<Void, Never>? in
                guard var waiters = table[key] else { return nil }
                if waiters.isEmpty {
                    table[key] = nil
                    return nil
                }
                let first = waiters.removeFirst()
                table[key] = waiters
                return first
            }
            next?.resume()
        }
    }
}
