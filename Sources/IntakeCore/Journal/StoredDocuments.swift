public import Foundation

extension Complaint {
    /// ``stored(_:)`` for many documents, on every core when there are many (a claim of thousands after a restart
    /// or an outage), in order; `nil` for a document that cannot be read.
    public static func stored(_ documents: [Data]) async -> [Complaint?] {
        let workers = min(storedDecoders, documents.count / 256)
        guard workers > 1 else { return documents.map { try? stored($0) } }
        let size = (documents.count + workers - 1) / workers
        return await withTaskGroup(of: (Int, [Complaint?]).self) { group in
            for start in stride(from: 0, to: documents.count, by: size) {
                let chunk = Array(documents[start..<min(documents.count, start + size)])
                group.addTask { (start, chunk.map { try? stored($0) }) }
            }
            var result = [Complaint?](repeating: nil, count: documents.count)
            for await (start, chunk) in group {
                for (offset, complaint) in chunk.enumerated() { result[start + offset] = complaint }
            }
            return result
        }
    }

    private static let storedDecoders = ProcessInfo.processInfo.activeProcessorCount
}
