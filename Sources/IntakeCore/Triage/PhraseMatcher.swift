/// Text as the triage reads it: lower-cased, full-width ASCII folded to half-width, curly quotes and apostrophes
/// straightened, with the UTF-8 bytes and a character index for every byte.
struct TriageText {
    /// The normalised text.
    let text: String
    /// Its UTF-8 bytes.
    let bytes: [UInt8]
    /// For each byte, the index of the character (Unicode scalar) it belongs to; one more entry for the end.
    let characterIndex: [Int]

    init(_ raw: String) {
        var scalars = String.UnicodeScalarView()
        for scalar in raw.lowercased().unicodeScalars {
            switch scalar.value {
            case 0xFF01...0xFF5E:
                // Full-width ASCII (ｌａｗｙｅｒ, ！): the same letters as half-width, lower-cased.
                let folded = Unicode.Scalar(scalar.value - 0xFEE0)!
                scalars.append(contentsOf: String(folded).lowercased().unicodeScalars)
            case 0x3000: scalars.append(" ")
            case 0x2018, 0x2019, 0x02BC: scalars.append("'")
            default: scalars.append(scalar)
            }
        }
        text = String(scalars)
        bytes = Array(text.utf8)
        var index: [Int] = []
        index.reserveCapacity(bytes.count + 1)
        var character = 0
        for scalar in text.unicodeScalars {
            let width = UTF8.width(scalar)
            for _ in 0..<width { index.append(character) }
            character += 1
        }
        index.append(character)
        characterIndex = index
    }

    /// Whether the byte at `offset` is an ASCII letter or digit.
    func isWordByte(at offset: Int) -> Bool {
        guard offset >= 0, offset < bytes.count else { return false }
        let byte = bytes[offset]
        return (0x30...0x39).contains(byte) || (0x61...0x7A).contains(byte) || (0x41...0x5A).contains(byte)
    }
}

/// Finds every occurrence of many phrases in one pass over the UTF-8 bytes of a text (Aho-Corasick).
///
/// Phrases are normalised like ``TriageText``. A phrase that begins or ends with an ASCII letter or digit only
/// matches at a word boundary on that side, so `sue` does not match in `issue` nor `110` in `1100`; Chinese phrases
/// match anywhere.
struct PhraseMatcher: Sendable {
    /// One occurrence: the phrase's index and the byte range it covers.
    struct Match: Sendable, Hashable {
        var phrase: Int
        var start: Int
        var end: Int
    }

    private struct Node: Sendable {
        var next: [UInt8: Int32] = [:]
        var failure: Int32 = 0
        /// Phrases ending here, with their byte lengths (own and by failure links).
        var outputs: [Int32] = []
    }

    private var nodes: [Node] = [Node()]
    private var lengths: [Int] = []
    private var boundedStart: [Bool] = []
    private var boundedEnd: [Bool] = []
    /// The normalised phrases, by index.
    private(set) var phrases: [String] = []

    init(phrases: [String]) {
        for phrase in phrases { add(phrase) }
        build()
    }

    private mutating func add(_ raw: String) {
        let phrase = TriageText(raw).text
        let bytes = Array(phrase.utf8)
        let index = Int32(phrases.count)
        phrases.append(phrase)
        lengths.append(bytes.count)
        let probe = TriageText(phrase)
        boundedStart.append(probe.isWordByte(at: 0))
        boundedEnd.append(probe.isWordByte(at: bytes.count - 1))
        guard !bytes.isEmpty else { return }
        var state = 0
        for byte in bytes {
            if let next = nodes[state].next[byte] {
                state = Int(next)
            } else {
                nodes.append(Node())
                let created = nodes.count - 1
                nodes[state].next[byte] = Int32(created)
                state = created
            }
        }
        nodes[state].outputs.append(index)
    }

    private mutating func build() {
        var queue: [Int] = []
        for (_, child) in nodes[0].next {
            nodes[Int(child)].failure = 0
            queue.append(Int(child))
        }
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            for (byte, child) in nodes[state].next {
                var fallback = Int(nodes[state].failure)
                while fallback != 0, nodes[fallback].next[byte] == nil { fallback = Int(nodes[fallback].failure) }
                let target = nodes[fallback].next[byte].map(Int.init) ?? 0
                let failure = target == Int(child) ? 0 : target
                nodes[Int(child)].failure = Int32(failure)
                nodes[Int(child)].outputs += nodes[failure].outputs
                queue.append(Int(child))
            }
        }
    }

    /// Every occurrence in `text`, in order of their end.
    func matches(in text: TriageText) -> [Match] {
        var result: [Match] = []
        var state = 0
        for (offset, byte) in text.bytes.enumerated() {
            while state != 0, nodes[state].next[byte] == nil { state = Int(nodes[state].failure) }
            state = nodes[state].next[byte].map(Int.init) ?? 0
            for output in nodes[state].outputs {
                let phrase = Int(output)
                let start = offset + 1 - lengths[phrase]
                if boundedStart[phrase], text.isWordByte(at: start - 1) { continue }
                if boundedEnd[phrase], text.isWordByte(at: offset + 1) { continue }
                result.append(Match(phrase: phrase, start: start, end: offset + 1))
            }
        }
        return result
    }
}
