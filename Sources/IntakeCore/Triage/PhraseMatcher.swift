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
        // One pass over the UTF-8 bytes: ASCII lower-cased by arithmetic, other scalars folded or lower-cased only
        // where that changes them (Chinese text goes through untouched).
        var bytes: [UInt8] = []
        bytes.reserveCapacity(raw.utf8.count)
        var index: [Int] = []
        index.reserveCapacity(raw.utf8.count + 1)
        var character = 0
        func append(_ scalar: Unicode.Scalar) {
            let start = bytes.count
            if scalar.isASCII {
                let value = UInt8(scalar.value)
                bytes.append((0x41...0x5A).contains(value) ? value + 0x20 : value)
            } else {
                bytes.append(contentsOf: UTF8.encode(scalar)!)
            }
            for _ in start..<bytes.count { index.append(character) }
            character += 1
        }
        // Blanks are folded: a run of spaces, tabs, no-break spaces and single line breaks (a mail wrapped at 72
        // columns) is one space; a run with a blank line in it is one line break (a paragraph).
        var blanks = 0
        var breaks = 0
        func flushBlanks() {
            guard blanks > 0 else { return }
            append(breaks >= 2 ? "\n" : " ")
            blanks = 0
            breaks = 0
        }
        for scalar in raw.unicodeScalars {
            if scalar == "\n" || scalar == "\r" || scalar == "\t" || scalar == " " || scalar.value == 0xA0 || scalar.value == 0x3000
                || (0x2000...0x200A).contains(scalar.value) || scalar.value == 0x202F || scalar.value == 0x205F
            {
                blanks += 1
                if scalar == "\n" { breaks += 1 }
                continue
            }
            flushBlanks()
            switch scalar.value {
            case 0x00...0x7F:
                append(scalar)
            case 0xFF01...0xFF5E:
                // Full-width ASCII (ｌａｗｙｅｒ, ！): the same letters as half-width.
                append(Unicode.Scalar(scalar.value - 0xFEE0)!)
            case 0x3001...0x303F, 0x3400...0x9FFF, 0xF900...0xFAFF:
                // CJK punctuation and ideographs have no case.
                append(scalar)
            case 0x2018, 0x2019, 0x02BC:
                append("'")
            default:
                if scalar.properties.changesWhenLowercased {
                    for lower in scalar.properties.lowercaseMapping.unicodeScalars { append(lower) }
                } else {
                    append(scalar)
                }
            }
        }
        flushBlanks()
        index.append(character)
        self.bytes = bytes
        self.characterIndex = index
        self.text = String(decoding: bytes, as: UTF8.self)
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

    /// The automaton: for each state, its outgoing edges (sorted by byte) in one flat array, its failure state and
    /// the phrases that end there. The root has a full table. Flat arrays and a few comparisons per byte are several
    /// times faster than a dictionary per state.
    private var edgeStart: [Int32] = []
    private var edgeCount: [UInt16] = []
    private var edgeBytes: [UInt8] = []
    private var edgeTargets: [Int32] = []
    private var rootTable: [Int32] = Array(repeating: 0, count: 256)
    private var failure: [Int32] = []
    private var outputs: [[Int32]] = []
    private var lengths: [Int] = []
    private var boundedStart: [Bool] = []
    private var boundedEnd: [Bool] = []
    /// The normalised phrases, by index.
    private(set) var phrases: [String] = []

    init(phrases: [String]) {
        // Build a trie with dictionaries, then flatten it.
        var next: [[UInt8: Int32]] = [[:]]
        var ends: [[Int32]] = [[]]
        for raw in phrases {
            let text = TriageText(raw)
            let bytes = text.bytes
            let index = Int32(self.phrases.count)
            self.phrases.append(text.text)
            lengths.append(bytes.count)
            boundedStart.append(text.isWordByte(at: 0))
            boundedEnd.append(text.isWordByte(at: bytes.count - 1))
            guard !bytes.isEmpty else { continue }
            var state = 0
            for byte in bytes {
                if let target = next[state][byte] {
                    state = Int(target)
                } else {
                    next.append([:])
                    ends.append([])
                    next[state][byte] = Int32(next.count - 1)
                    state = next.count - 1
                }
            }
            ends[state].append(index)
        }
        let count = next.count
        failure = Array(repeating: 0, count: count)
        outputs = ends
        for state in 0..<count {
            edgeStart.append(Int32(edgeBytes.count))
            let sorted = next[state].sorted { $0.key < $1.key }
            edgeCount.append(UInt16(sorted.count))
            for (byte, target) in sorted {
                edgeBytes.append(byte)
                edgeTargets.append(target)
            }
        }
        for (byte, target) in next[0] { rootTable[Int(byte)] = target }
        // Failure links, breadth first.
        var queue: [Int] = next[0].values.map(Int.init)
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            for (byte, child) in next[state] {
                var fallback = Int(failure[state])
                while fallback != 0, next[fallback][byte] == nil { fallback = Int(failure[fallback]) }
                let target = fallback == 0 ? Int(rootTable[Int(byte)]) : Int(next[fallback][byte] ?? 0)
                let link = target == Int(child) ? 0 : target
                failure[Int(child)] = Int32(link)
                outputs[Int(child)] += outputs[link]
                queue.append(Int(child))
            }
        }
    }

    @inline(__always)
    private func transition(_ state: Int, _ byte: UInt8) -> Int? {
        if state == 0 { return Int(rootTable[Int(byte)]) }
        let start = Int(edgeStart[state])
        let end = start + Int(edgeCount[state])
        var index = start
        while index < end {
            let candidate = edgeBytes[index]
            if candidate == byte { return Int(edgeTargets[index]) }
            if candidate > byte { return nil }
            index += 1
        }
        return nil
    }

    /// Every occurrence in `text`, in order of their end.
    func matches(in text: TriageText) -> [Match] {
        var result: [Match] = []
        var state = 0
        for (offset, byte) in text.bytes.enumerated() {
            while true {
                if let target = transition(state, byte) {
                    state = target
                    break
                }
                state = Int(failure[state])
            }
            for output in outputs[state] {
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
