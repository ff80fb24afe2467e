import Testing

@testable import IntakeEmail

@Suite struct HTMLTextTests {
    @Test func scriptsStylesAndTagsGoAndTheWordsStay() {
        let html = """
            <html><head><title>T</title><style>p{color:red}</style></head><body>
            <p>您好，<b>快递</b>&nbsp;三天未到&amp;客服不接。</p><script>alert("x<p>")</script>
            <ul><li>订单 A1</li><li>订单 B2</li></ul><p>See <a href="https://example.com/o/1">order</a>.</p>
            <!-- a comment with <p>tags</p> --><div>5 &lt; 6 &#20013; &#x6587;</div></body></html>
            """
        let text = HTMLText.text(from: html)
        #expect(text == "您好，快递 三天未到&客服不接。\n\n- 订单 A1\n- 订单 B2\n\nSee order (https://example.com/o/1).\n\n5 < 6 中 文")
    }

    @Test func brokenMarkupIsSurvived() {
        #expect(HTMLText.text(from: "a < b and <中文> c") == "a < b and <中文> c")
        #expect(HTMLText.text(from: "<p>unclosed <b attr=\"x>y") == "unclosed y")
        #expect(HTMLText.text(from: String(repeating: "<a", count: 200_000)) == String(repeating: "<a", count: 200_000), "kept as text")
        #expect(HTMLText.text(from: "<script>never closed") == "")
        #expect(HTMLText.text(from: "&unknown; &amp &#99999999;") == "&unknown; &amp &#99999999;")
    }

    @Test func longTextIsReadWhole() {
        let html = String(repeating: "<p>投诉内容 &amp; 细节<br>第二行</p>", count: 20_000)
        let text = HTMLText.text(from: html)
        #expect(text.hasPrefix("投诉内容 & 细节\n第二行\n\n投诉内容"))
    }

    @Test func linesLoseTheirOuterWhiteSpaceWhateverItIs() {
        #expect(HTMLText.trimmedLines(Array("  a b \n\u{3000}中 文\u{00A0}\n\t\n x\u{2028}".utf8)) == "a b\n中 文\n\nx")
        // The same as splitting into lines and trimming each (Unicode White_Space), on random mixes.
        let pieces = [
            " ", "\t", "\n", "\u{00A0}", "\u{3000}", "\u{2003}", "\u{2028}", "\u{205F}", "\u{1680}", "\u{0085}", "a", "中", "é", "😀", "\u{2060}",
            "x y",
        ]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let text = (0..<Int.random(in: 0...24, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let expected = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                String(
                    String.UnicodeScalarView(
                        line.unicodeScalars.drop { $0.properties.isWhitespace }.reversed().drop { $0.properties.isWhitespace }.reversed()
                    )
                )
            }.joined(separator: "\n")
            #expect(HTMLText.trimmedLines(Array(text.utf8)) == expected, "\(Array(text.unicodeScalars.map(\.value)))")
        }
    }
}
