/// Text as the triage reads it: lower-cased, full-width ASCII folded to half-width, curly quotes and apostrophes
/// straightened, blanks folded, with its UTF-8 bytes.
struct TriageText {
    /// The normalised text.
    let text: String
    /// Its UTF-8 bytes.
    let bytes: [UInt8]

    init(_ raw: String) {
        // One pass over the UTF-8 bytes: ASCII lower-cased by arithmetic, Chinese copied as it is, other characters
        // decoded and folded or lower-cased only where that changes them.
        var raw = raw
        var bytes: [UInt8] = []
        bytes.reserveCapacity(raw.utf8.count)
        // Blanks are folded: a run of spaces, tabs, no-break spaces and single line breaks (a mail wrapped at 72
        // columns) is one space; a run with a blank line in it is one line break (a paragraph).
        var blanks = 0
        var breaks = 0
        raw.withUTF8 { input in
            var offset = 0
            while offset < input.count {
                let lead = input[offset]
                if lead < 0x80 {
                    offset += 1
                    if lead == 0x20 || lead == 0x0A || lead == 0x0D || lead == 0x09 {
                        blanks += 1
                        if lead == 0x0A { breaks += 1 }
                        continue
                    }
                    if blanks > 0 { Self.flush(&blanks, &breaks, into: &bytes) }
                    bytes.append(lead &- 0x41 < 26 ? lead &+ 0x20 : lead)
                    continue
                }
                // A String's UTF-8 is valid: the lead byte gives the length.
                let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                for index in (offset + 1)..<(offset + length) { value = value << 6 | UInt32(input[index] & 0x3F) }
                let encoded = UnsafeBufferPointer(rebasing: input[offset..<(offset + length)])
                offset += length
                if value == 0xA0 || value == 0x3000 || (0x2000...0x200A).contains(value) || value == 0x202F || value == 0x205F {
                    blanks += 1
                    continue
                }
                if blanks > 0 { Self.flush(&blanks, &breaks, into: &bytes) }
                switch value {
                case 0xFF01...0xFF5E:
                    // Full-width ASCII (ｌａｗｙｅｒ, ！): the same letters as half-width.
                    let ascii = UInt8(value - 0xFEE0)
                    bytes.append(ascii &- 0x41 < 26 ? ascii &+ 0x20 : ascii)
                case 0x3001...0x303F, 0x3400...0x9FFF, 0xF900...0xFAFF:
                    // CJK punctuation and ideographs have no case.
                    bytes.append(contentsOf: encoded)
                case 0x2018, 0x2019, 0x02BC:
                    bytes.append(0x27)
                default:
                    let scalar = Unicode.Scalar(value)!
                    if scalar.properties.changesWhenLowercased {
                        bytes.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
                    } else {
                        bytes.append(contentsOf: encoded)
                    }
                }
            }
        }
        if blanks > 0 { Self.flush(&blanks, &breaks, into: &bytes) }
        self.bytes = bytes
        self.text = String(decoding: bytes, as: UTF8.self)
    }

    /// A run of blanks as one space, or one line break when it held a blank line.
    private static func flush(_ blanks: inout Int, _ breaks: inout Int, into bytes: inout [UInt8]) {
        bytes.append(breaks >= 2 ? 0x0A : 0x20)
        blanks = 0
        breaks = 0
    }

    /// How many characters (Unicode scalars) the bytes from `start` up to `end` hold.
    func characters(from start: Int, to end: Int) -> Int {
        guard start < end else { return 0 }
        var count = 0
        for byte in bytes[start..<end] where byte & 0xC0 != 0x80 { count += 1 }
        return count
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
    /// the phrases that end there (one flat array too). Flat arrays and a few comparisons per byte are several
    /// times faster than a dictionary per state.
    private var edgeStart: [Int32] = []
    private var edgeCount: [UInt16] = []
    private var edgeBytes: [UInt8] = []
    private var edgeTargets: [Int32] = []
    private var failure: [Int32] = []
    private var outputStart: [Int32] = []
    private var outputCount: [Int32] = []
    private var outputPhrases: [Int32] = []
    /// States with many edges have a full row instead: the next state for every byte, failure links already
    /// followed, so a byte read there is one load. The root is one; so are the states after the first byte or two
    /// of a Chinese character, which fan out to dozens of continuation bytes (searched edge by edge, and then again
    /// from each failure state, they were most of the matcher's time). `-1`: a state without a row.
    private var denseRow: [Int32] = []
    private var dense: [Int32] = []
    private var lengths: [Int] = []
    private var boundedStart: [Bool] = []
    private var boundedEnd: [Bool] = []
    /// The normalised phrases, by index.
    private(set) var phrases: [String] = []

    /// A state gets a full row from this many edges on (a row is 1 KB).
    static let denseEdges = 6
    /// The bit of a stored target that says phrases end in that state.
    static let ends: Int32 = 1 << 30

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
        var outputs = ends
        for state in 0..<count {
            edgeStart.append(Int32(edgeBytes.count))
            let sorted = next[state].sorted { $0.key < $1.key }
            edgeCount.append(UInt16(sorted.count))
            for (byte, target) in sorted {
                edgeBytes.append(byte)
                edgeTargets.append(target)
            }
        }
        // Failure links, breadth first.
        var queue: [Int] = next[0].values.map(Int.init)
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            for (byte, child) in next[state] {
                var fallback = Int(failure[state])
                while fallback != 0, next[fallback][byte] == nil { fallback = Int(failure[fallback]) }
                let target = Int(next[fallback][byte] ?? 0)
                let link = target == Int(child) ? 0 : target
                failure[Int(child)] = Int32(link)
                outputs[Int(child)] += outputs[link]
                queue.append(Int(child))
            }
        }
        for state in 0..<count {
            outputStart.append(Int32(outputPhrases.count))
            outputCount.append(Int32(outputs[state].count))
            outputPhrases += outputs[state]
        }
        // A target carries whether phrases end there, so reading a byte loads nothing else.
        func flagged(_ target: Int32) -> Int32 { outputs[Int(target)].isEmpty ? target : target | Self.ends }
        edgeTargets = edgeTargets.map(flagged)
        // Full rows: the state reached from `state` on `byte`, following failure links.
        denseRow = Array(repeating: -1, count: count)
        for state in 0..<count where state == 0 || next[state].count >= Self.denseEdges {
            denseRow[state] = Int32(dense.count)
            for byte in 0...255 {
                var from = state
                while true {
                    if let target = next[from][UInt8(byte)] {
                        dense.append(flagged(target))
                        break
                    }
                    if from == 0 {
                        dense.append(0)
                        break
                    }
                    from = Int(failure[from])
                }
            }
        }
    }

    /// Every occurrence in `text`, in order of their end.
    func matches(in text: TriageText) -> [Match] {
        var result: [Match] = []
        text.bytes.withUnsafeBufferPointer { bytes in
            denseRow.withUnsafeBufferPointer { denseRow in
                dense.withUnsafeBufferPointer { dense in
                    edgeStart.withUnsafeBufferPointer { edgeStart in
                        edgeCount.withUnsafeBufferPointer { edgeCount in
                            edgeBytes.withUnsafeBufferPointer { edgeBytes in
                                edgeTargets.withUnsafeBufferPointer { edgeTargets in
                                    failure.withUnsafeBufferPointer { failure in
                                        var state = 0
                                        var target: Int32 = 0
                                        for offset in 0..<bytes.count {
                                            let byte = bytes[offset]
                                            step: while true {
                                                let row = denseRow[state]
                                                if row >= 0 {
                                                    target = dense[Int(row) &+ Int(byte)]
                                                    state = Int(target & ~Self.ends)
                                                    break
                                                }
                                                // Sparse: the sorted edges, then the failure state.
                                                var index = Int(edgeStart[state])
                                                let end = index &+ Int(edgeCount[state])
                                                while index < end {
                                                    let candidate = edgeBytes[index]
                                                    if candidate == byte {
                                                        target = edgeTargets[index]
                                                        state = Int(target & ~Self.ends)
                                                        break step
                                                    }
                                                    if candidate > byte { break }
                                                    index &+= 1
                                                }
                                                state = Int(failure[state])
                                            }
                                            if target & Self.ends != 0 { collect(state, offset, text, &result) }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return result
    }

    /// The phrases ending at `offset` in `state`, at word boundaries where they need them.
    private func collect(_ state: Int, _ offset: Int, _ text: TriageText, _ result: inout [Match]) {
        let start = Int(outputStart[state])
        for output in outputPhrases[start..<(start + Int(outputCount[state]))] {
            let phrase = Int(output)
            let begin = offset + 1 - lengths[phrase]
            if boundedStart[phrase], text.isWordByte(at: begin - 1) { continue }
            if boundedEnd[phrase], text.isWordByte(at: offset + 1) { continue }
            result.append(Match(phrase: phrase, start: begin, end: offset + 1))
        }
    }
}
