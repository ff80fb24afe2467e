import IntakeEmail
import Testing

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
}
