#!/usr/bin/env python3
"""Generate the e-mail parser test corpus for intake.

Writes NN-short-name.eml (raw RFC 5322 bytes, CRLF line endings except the
one bare-LF fixture) and NN-short-name.json (the expected parse) next to this
file.

Standard library only, deterministic: every byte is fixed in this file, there
is no randomness and no clock.  Run:

    python3 Tests/Fixtures/email/generate.py

The expectations come from an oracle that is independent of the Swift parser:

* Python's `email` package (policy=email.policy.default) parses the message:
  header access (raw_items), RFC 2047 (email.header.decode_header), RFC 2231
  parameters (Message.get_param), addresses (policy.default address header and
  email.utils.getaddresses), dates (email.utils.parsedate_to_datetime), the
  multipart tree, defects, and transfer decoding (get_payload(decode=True)).
* The charset rules of the corpus (label mapping, fallback chain, flags) are
  implemented below with Python codecs, because Python's email package does
  not follow them (see the PYTHON-DIFFERS notes).

Each fixture also carries a few hand-written `intent` values.  The generator
asserts that the oracle agrees with them, so a typo in a fixture's bytes
cannot silently change what the fixture tests.

PYTHON-DIFFERS notes (places where email.policy.default by itself gives a
result that the corpus rules say is wrong, and the expectation follows the
rules instead):

* GB2312-labelled encoded words (and RFC 2231 values) holding GBK-only
  characters: policy.default decodes with the strict 'gb2312' codec and
  produces U+FFFD / garbage (e.g. 'Re: 投诉\ufffdF\ufffd...').  The corpus
  maps gb2312/gbk/x-gbk/cp936/euc-cn to gb18030, so we run
  email.header.decode_header ourselves and decode the bytes with gb18030.
  Same for Big5 -> big5hkscs.  (fixtures 10, 14, 42)
* Raw 8-bit (RFC 6532) header text: policy.default keeps it as surrogate
  escapes (display_name '\\udce5\\udcbc...').  The corpus decodes raw header
  bytes as UTF-8.  (fixture 53)
* Adjacent encoded words of different charsets ('=?UTF-8?B?5byg?=
  =?GBK?B?yP0=?='): policy.default keeps the space ('张 三'); RFC 2047 section
  6.2 says whitespace between adjacent encoded words is ignored, and
  decode_header drops it ('张三').  (fixture 07)
* A multibyte character split across folded Q words in From: policy.default
  decodes each word alone (surrogates); decode_header joins the bytes of
  adjacent same-charset words first.  (fixture 08)
* Text bodies: policy.default's get_content() decodes with the declared
  charset only (errors='replace'); it never guesses.  The corpus fallback
  chain (utf-8, gb18030, windows-1252) is implemented here.  (fixtures 23-28)

Not errors, but differences from EmailMessage.get_body()/iter_attachments(),
which the corpus rules replace: every inline text/plain part of a
multipart/mixed is body (Python takes only the first, fixtures 35, 38);
images inside multipart/related are attachments (Python skips them, 33, 34);
message/* attachment bytes are the raw part body from the file, not Python's
re-serialisation (46, 62).
"""

import base64
import codecs
import datetime
import email
import email.errors
import email.header
import email.message
import email.policy
import email.utils
import hashlib
import html.parser
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

# --------------------------------------------------------------------------
# Charset rules
# --------------------------------------------------------------------------

# Labels that must decode as GB18030 (a strict superset of GB2312 and GBK).
GB18030_LABELS = {
    "gb2312", "gbk", "x-gbk", "cp936", "euc-cn", "x-euc-cn", "csgb2312",
    "gb_2312", "gb_2312-80", "chinese", "ms936", "windows-936", "gb18030",
}
# Labels that must decode as Big5-HKSCS (a superset of Big5).
BIG5_LABELS = {"big5", "big5-hkscs", "big5hkscs", "x-x-big5", "cn-big5", "csbig5", "x-big5"}

# Fallback chain for absent, unknown or wrong charsets.
GUESS_CHAIN = ("utf-8", "gb18030", "cp1252")


def codec_for(label):
    """Python codec name for a MIME charset label, or None if unknown."""
    if label is None:
        return None
    label = label.strip().strip('"').lower()
    if label in GB18030_LABELS:
        return "gb18030"
    if label in BIG5_LABELS:
        return "big5hkscs"
    try:
        info = codecs.lookup(label)
    except LookupError:
        return None
    if not getattr(info, "_is_text_encoding", True):
        return None  # e.g. "base64", "rot13": not a charset
    return info.name


def decode_text(data, declared):
    """Decode a text part's bytes by the corpus rules.

    Returns (text, flags)."""
    flags = set()
    codec = codec_for(declared)
    if codec is not None:
        try:
            return data.decode(codec), flags
        except UnicodeDecodeError:
            pass  # declared charset is wrong: fall through to guessing
    elif all(b < 0x80 for b in data):
        # Absent or unknown charset on pure 7-bit bytes: plain ASCII, no guess.
        return data.decode("ascii"), flags
    for guess in GUESS_CHAIN:
        try:
            text = data.decode(guess)
        except UnicodeDecodeError:
            continue
        flags.add("charset_guessed")
        return text, flags
    flags.add("replacement_characters")
    # Python's errors='replace' emits one U+FFFD per maximal invalid
    # subsequence (Unicode "best practice", same as Swift's
    # String(decoding:as:UTF8.self)).
    return data.decode(codec or "utf-8", "replace"), flags


# --------------------------------------------------------------------------
# Header helpers
# --------------------------------------------------------------------------

def raw_header(msg, name):
    """First raw value of header `name` (as stored by the parser), or None."""
    for key, value in msg.raw_items():
        if key.lower() == name:
            return value
    return None


def header_text(value):
    """Unfold (CRLF + WSP -> the WSP) and decode raw 8-bit bytes as UTF-8."""
    value = re.sub(r"\r?\n([ \t])", r"\1", value)
    value = value.replace("\r", "").replace("\n", "")
    data = value.encode("ascii", "surrogateescape")
    return data.decode("utf-8", "replace")


def decode_words(text):
    """RFC 2047 decoding with email.header.decode_header, which drops
    whitespace between adjacent encoded words and concatenates the bytes of
    adjacent same-charset words before they are decoded; the charset label
    mapping above is applied to each run."""
    try:
        chunks = email.header.decode_header(text)
    except email.errors.HeaderParseError:
        return text
    out = []
    for data, charset in chunks:
        if charset is None:
            out.append(data if isinstance(data, str) else data.decode("raw-unicode-escape"))
        else:
            out.append(data.decode(codec_for(charset) or "utf-8", "replace"))
    return "".join(out)


def angle_ids(value):
    return [m.strip() for m in re.findall(r"<([^<>]+)>", value)]


def parse_from(msg):
    raw = raw_header(msg, "from")
    if raw is None:
        return None
    text = header_text(raw)
    try:
        addresses = msg["from"].addresses  # policy.default structured parse
    except Exception:
        addresses = ()
    if not addresses or not addresses[0].addr_spec or "@" not in addresses[0].addr_spec:
        return None  # missing address, empty group, garbage
    address = addresses[0].addr_spec.lower()
    pairs = email.utils.getaddresses([text])  # display name still encoded
    name = None
    for pname, paddr in pairs:
        if paddr.lower() == address:
            name = decode_words(pname).strip() or None
            break
    return {"address": address, "name": name}


def parse_date(msg):
    raw = raw_header(msg, "date")
    if raw is None:
        return None
    try:
        dt = email.utils.parsedate_to_datetime(header_text(raw).strip())
    except (TypeError, ValueError, IndexError):
        return None
    if dt.tzinfo is None:  # "-0000": UTC, source zone unknown
        dt = dt.replace(tzinfo=datetime.timezone.utc)
    return dt.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


# --------------------------------------------------------------------------
# Raw splitting (only used for the bytes of message/* parts, whose payload
# Python keeps as parsed Message objects rather than bytes)
# --------------------------------------------------------------------------

def split_head_body(raw):
    m = re.match(rb"\r?\n", raw)
    if m:  # no headers at all
        return b"", raw[m.end():]
    m = re.search(rb"\r?\n\r?\n", raw)
    if not m:
        return raw, b""
    return raw[: m.start()], raw[m.end():]


def split_multipart(body, boundary):
    """RFC 2046: the line break before a delimiter belongs to the delimiter."""
    delim = re.compile(
        rb"(?:\A|\r?\n)--" + re.escape(boundary.encode("latin-1")) + rb"(--)?[ \t]*(?:\r?\n|\Z)"
    )
    parts, start = [], None
    for m in delim.finditer(body):
        if start is not None:
            parts.append(body[start: m.start()])
        if m.group(1):
            return parts
        start = m.end()
    if start is not None:
        parts.append(body[start:])
    return parts


def map_raw_bodies(part, raw_body, table):
    """Record id(part) -> raw body bytes for every node of the tree."""
    table[id(part)] = raw_body
    if part.get_content_maintype() == "multipart" and part.is_multipart():
        raws = split_multipart(raw_body, part.get_boundary())
        children = part.get_payload()
        if len(raws) != len(children):
            raise SystemExit("raw splitter disagrees with Python on part count")
        for child, raw in zip(children, raws):
            map_raw_bodies(child, split_head_body(raw)[1], table)


# --------------------------------------------------------------------------
# Body / attachment walk
# --------------------------------------------------------------------------

class HTMLToText(html.parser.HTMLParser):
    """Reference html->text used only to validate body_contains/body_excludes."""

    BLOCK = {"p", "div", "br", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3",
             "h4", "h5", "h6", "blockquote", "pre", "hr", "title"}
    SKIP = {"script", "style", "head"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skip:
            self.skip -= 1
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def html_to_text(markup):
    p = HTMLToText()
    p.feed(markup)
    p.close()
    lines = [re.sub(r"[ \t\r\f\v]+", " ", l).strip() for l in "".join(p.out).split("\n")]
    return "\n".join(l for l in lines if l)


def raw_param(part, header, param):
    """Un-decoded parameter value: str, or (charset, language, value) for RFC 2231."""
    raw = raw_header(part, header)
    if raw is None:
        return None
    tmp = email.message.Message(policy=email.policy.compat32)
    tmp[header] = header_text(raw)
    return tmp.get_param(param, header=header)


def filename_of(part):
    for header, param in (("content-disposition", "filename"), ("content-type", "name")):
        value = raw_param(part, header, param)
        if value is None:
            continue
        if isinstance(value, tuple):  # RFC 2231 (continuations already joined)
            charset, _lang, text = value
            data = bytes(text, "raw-unicode-escape")
            value = data.decode(codec_for(charset) or "ascii", "replace")
        else:
            value = decode_words(value)  # RFC 2047 in a quoted value (Outlook)
        value = value.strip()
        if value:
            return value
    return None


def is_inline_text(part):
    return (
        part.get_content_type() in ("text/plain", "text/html")
        and part.get_content_disposition() != "attachment"
        and filename_of(part) is None
    )


def has_inline(part, ctype):
    if part.get_content_maintype() == "multipart" and part.is_multipart():
        return any(has_inline(c, ctype) for c in part.get_payload())
    return part.get_content_type() == ctype and is_inline_text(part)


class Walk:
    def __init__(self, raw_bodies):
        self.raw_bodies = raw_bodies
        self.segments = []  # (text, is_html)
        self.attachments = []
        self.flags = set()

    def attach(self, part):
        if part.get_content_maintype() == "message":
            data = self.raw_bodies[id(part)]
            cte = (part.get("content-transfer-encoding") or "").strip().lower()
            if cte == "base64":
                data = base64.b64decode(b"".join(data.split()))
        else:
            data = part.get_payload(decode=True) or b""
        self.attachments.append({
            "content_type": part.get_content_type(),
            "filename": filename_of(part),
            "sha256": hashlib.sha256(data).hexdigest(),
            "size": len(data),
        })

    def text(self, part):
        data = part.get_payload(decode=True) or b""
        text, flags = decode_text(data, part.get_content_charset())
        self.flags |= flags
        is_html = part.get_content_type() == "text/html"
        if is_html:
            self.flags.add("html_converted")
        self.segments.append((text, is_html))

    def walk(self, part, body_enabled=True):
        maintype = part.get_content_maintype()
        if maintype == "multipart" and part.is_multipart():
            if any(isinstance(d, email.errors.CloseBoundaryNotFoundDefect) for d in part.defects):
                self.flags.add("truncated_multipart")
            children = part.get_payload()
            sub = part.get_content_subtype()
            if sub == "alternative":
                chosen = next((i for i, c in enumerate(children) if has_inline(c, "text/plain")), None)
                if chosen is None:
                    chosen = next((i for i, c in enumerate(children) if has_inline(c, "text/html")), None)
                for i, child in enumerate(children):
                    self.walk(child, body_enabled and i == chosen)
            elif sub == "report":
                first = next((i for i, c in enumerate(children)
                              if c.get_content_type() == "text/plain" and is_inline_text(c)), None)
                for i, child in enumerate(children):
                    if i == first and body_enabled:
                        self.text(child)
                    elif child.get_content_maintype() == "multipart":
                        self.walk(child, False)
                    else:
                        self.attach(child)
            else:  # mixed, related, unknown multipart
                plain_here = any(has_inline(c, "text/plain") for c in children)
                for child in children:
                    if (plain_here and child.get_content_type() == "text/html"
                            and is_inline_text(child)):
                        # Loose html next to plain text in mixed/related is
                        # not body (and not an attachment).  Not exercised.
                        continue
                    self.walk(child, body_enabled)
        elif maintype == "message":
            self.attach(part)
        elif is_inline_text(part):
            if body_enabled:
                self.text(part)
        else:
            self.attach(part)


def normalise(text):
    return text.replace("\r\n", "\n").replace("\r", "\n").strip()


def automated(msg, from_):
    if msg.get_content_type() == "multipart/report" and \
            (msg.get_param("report-type") or "").lower() == "delivery-status":
        return "bounce"
    if from_ and from_["address"].split("@")[0] in ("mailer-daemon", "postmaster"):
        return "bounce"
    value = raw_header(msg, "auto-submitted")
    if value is not None and header_text(value).split(";")[0].strip().lower() not in ("", "no"):
        return "auto-reply"
    for name in ("x-autoreply", "x-autorespond"):
        value = raw_header(msg, name)
        if value is not None and header_text(value).strip().lower() not in ("", "no"):
            return "auto-reply"
    value = raw_header(msg, "precedence")
    if value is not None:
        value = header_text(value).strip().lower()
        if value == "auto_reply":
            return "auto-reply"
        if value in ("bulk", "list", "junk"):
            return "bulk"
    return None


def oracle(raw, body_contains=None, body_excludes=None):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    out = {}

    subject = raw_header(msg, "subject")
    out["subject"] = None if subject is None else decode_words(header_text(subject)).strip()
    out["from"] = parse_from(msg)
    out["date"] = parse_date(msg)
    mid = raw_header(msg, "message-id")
    if mid is None:
        out["message_id"] = None
    else:
        ids = angle_ids(header_text(mid))
        out["message_id"] = ids[0] if ids else (header_text(mid).strip() or None)
    for key, name in (("in_reply_to", "in-reply-to"), ("references", "references")):
        value = raw_header(msg, name)
        out[key] = [] if value is None else angle_ids(header_text(value))

    raw_bodies = {}
    map_raw_bodies(msg, split_head_body(raw)[1], raw_bodies)
    w = Walk(raw_bodies)
    w.walk(msg)
    segments = [(normalise(html_to_text(t) if is_html else t), is_html) for t, is_html in w.segments]
    body = "\n\n".join(t for t, _ in segments if t)
    if any(is_html for _, is_html in segments):
        # Exact whitespace of html-derived text is the parser's choice.
        flat = re.sub(r"\s+", " ", body)
        for s in body_contains or []:
            if s not in body and s not in flat:
                raise SystemExit(f"body_contains {s!r} not in reference html text:\n{body}")
        for s in body_excludes or []:
            if s in body:
                raise SystemExit(f"body_excludes {s!r} found in reference html text")
        out["body_contains"] = list(body_contains or [])
        out["body_excludes"] = list(body_excludes or [])
    else:
        if body_contains or body_excludes:
            raise SystemExit("body_contains/body_excludes are for html-derived bodies")
        out["body"] = body
    out["attachments"] = w.attachments
    out["flags"] = sorted(w.flags)
    out["automated"] = automated(msg, out["from"])
    return out


# --------------------------------------------------------------------------
# Fixture construction helpers
# --------------------------------------------------------------------------

FIXTURES = []


def crlf(data):
    return re.sub(rb"\r?\n", b"\r\n", data)


def fixture(name, headers, body=b"", *, lf=False, intent=None,
            body_contains=None, body_excludes=None):
    """headers: str with '\\n' line ends (folding lines start with WSP);
    body: bytes or str (str is UTF-8 encoded); '\\n' becomes CRLF."""
    if isinstance(body, str):
        body = body.encode("utf-8")
    raw = headers.encode("utf-8")
    if body is not None:
        raw += b"\n" + body
    raw = raw.replace(b"\r\n", b"\n") if lf else crlf(raw)
    FIXTURES.append(dict(name=name, raw=raw, intent=intent or {},
                         body_contains=body_contains, body_excludes=body_excludes))


def b_word(text, label, codec=None):
    data = text.encode(codec or codec_for(label))
    return "=?%s?B?%s?=" % (label, base64.b64encode(data).decode("ascii"))


def q_word(text, label, codec=None):
    data = text.encode(codec or codec_for(label))
    out = []
    for b in data:
        c = chr(b)
        if c == " ":
            out.append("_")
        elif c.isalnum() and b < 0x80:
            out.append(c)
        else:
            out.append("=%02X" % b)
    return "=?%s?Q?%s?=" % (label, "".join(out))


def b64(data, width=76):
    text = base64.b64encode(data).decode("ascii")
    return "".join(text[i:i + width] + "\n" for i in range(0, len(text), width))


def std(n, subject, ctype="text/plain; charset=us-ascii", cte="7bit",
        frm="Complainant <complainant@example.com>", date=None, extra="", mid=True):
    date = date or "Tue, 01 Jul 2025 %02d:%02d:00 +0800" % (10 + n // 60, n % 60)
    lines = ["From: " + frm, "To: complaints@intake.example.org"]
    if subject is not None:
        lines.append("Subject: " + subject)
    lines.append("Date: " + date)
    if mid:
        lines.append("Message-ID: <fixture-%02d@mail.example.com>" % n)
    lines.append("MIME-Version: 1.0")
    if extra:
        lines.extend(extra.rstrip("\n").split("\n"))
    if ctype:
        lines.append("Content-Type: " + ctype)
    if cte:
        lines.append("Content-Transfer-Encoding: " + cte)
    return "\n".join(lines) + "\n"


def date_utc(n):
    return "2025-07-01T%02d:%02d:00Z" % (2 + n // 60, n % 60)


PDF = (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
       + bytes(range(256)) + b"\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de"
    "0000000c4944415478da63f8cfc0000003010100f70341430000000049454e44ae426082")
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(range(0, 256, 3)) + b"\xff\xd9"
DOCX = b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00" + bytes(range(200, 0, -1)) + b"PK\x05\x06" + b"\x00" * 18

# --------------------------------------------------------------------------
# Fixtures
# --------------------------------------------------------------------------

# 01 ------------------------------------------------------------------
fixture("01-plain-ascii-7bit",
        std(1, "Complaint about late delivery"),
        "Hello,\n\nMy order #A-1042 arrived 12 days late and the box was damaged.\n"
        "Please refund the shipping fee.\n\nRegards,\nJohn Smith\n",
        intent={"subject": "Complaint about late delivery", "date": date_utc(1),
                "message_id": "fixture-01@mail.example.com",
                "from": {"name": "Complainant", "address": "complainant@example.com"},
                "body": "Hello,\n\nMy order #A-1042 arrived 12 days late and the box was damaged.\n"
                        "Please refund the shipping fee.\n\nRegards,\nJohn Smith",
                "flags": [], "automated": None, "attachments": []})

# 02 ------------------------------------------------------------------
T02 = "您好：\n\n我的订单（编号 A-1042）延误了十二天，包装也破损了。\n请退还运费。\n\n张三"
fixture("02-utf8-8bit",
        std(2, b_word("投诉：快递延误", "UTF-8"), "text/plain; charset=UTF-8", "8bit"),
        T02 + "\n",
        intent={"subject": "投诉：快递延误", "body": T02, "flags": []})

# 03 ------------------------------------------------------------------
# Quoted-printable: soft line breaks (incl. one that splits a UTF-8 sequence
# between its bytes), =3D, an encoded trailing space (=20) that must survive.
fixture("03-utf8-quoted-printable",
        std(3, "=?UTF-8?Q?=E6=8A=95=E8=AF=89_QP?=", "text/plain; charset=utf-8", "quoted-printable"),
        "=E6=82=A8=E5=A5=BD=EF=BC=9A\n"
        "\n"
        "The invoice says total=3D120 but I was charged 210; this sentence is long =\n"
        "enough that the client soft-wrapped it, and the halves must join without a=\n"
        "ny break.\n"
        "Trailing space kept:=20\n"
        "=E6=8A=95=E8=AF=89=E5=86=85=E5=AE=B9=E5=\n"
        "=BE=88=E9=95=BF=E3=80=82\n",
        intent={"subject": "投诉 QP",
                "body": "您好：\n\nThe invoice says total=120 but I was charged 210; this sentence is long "
                        "enough that the client soft-wrapped it, and the halves must join without any break.\n"
                        "Trailing space kept: \n投诉内容很长。"})

# 04 ------------------------------------------------------------------
T04 = ("尊敬的客服：\n\n我于2025年6月20日在贵店购买的电水壶（订单号 A-2077）使用三天后就无法加热。"
       "我已经多次拨打客服电话，但一直无人接听。\n请尽快安排退货并退款。\n\n此致\n李四")
fixture("04-utf8-base64-wrapped",
        std(4, b_word("投诉：电水壶质量问题", "UTF-8"), 'text/plain; charset="utf-8"', "base64"),
        b64(T04.encode("utf-8")),
        intent={"subject": "投诉：电水壶质量问题", "body": T04})

# 05 ------------------------------------------------------------------
# Subject folded over 3 lines (second fold uses a TAB, which is kept: the
# rule is CRLF+WSP -> the WSP); From folded between name and address.
fixture("05-header-folding",
        std(5, "Complaint regarding repeated billing errors on\n account 5521 over the past\n\tthree months",
            frm='"Customer Service Complaint Escalation Contact"\n <Escalations@Example.com>'),
        "The same fee was billed three times.\n",
        intent={"subject": "Complaint regarding repeated billing errors on account 5521 over the past\tthree months",
                "from": {"name": "Customer Service Complaint Escalation Contact",
                         "address": "escalations@example.com"}})

# 06 ------------------------------------------------------------------
# B and Q words, lower/mixed case charset and encoding letters, '_' = space
# in Q, '=5F' = literal underscore.
fixture("06-rfc2047-b-q-case",
        std(6, "=?utf-8?q?Refund_not_received_for_order=5Fid_7781_=E9=80=80=E6=AC=BE?=",
            frm="=?Utf-8?b?546L5LqU?= <wangwu@example.cn>"),
        "Still waiting for the refund.\n",
        intent={"subject": "Refund not received for order_id 7781 退款",
                "from": {"name": "王五", "address": "wangwu@example.cn"}})

# 07 ------------------------------------------------------------------
# Adjacent encoded words separated by a space and by folding: joined with no
# space.  Encoded word next to plain text: the space is kept.  In From,
# adjacent words of *different* charsets (UTF-8 then GBK) are also joined.
fixture("07-rfc2047-adjacent-words",
        std(7, "=?UTF-8?B?5oqV6K+J?= =?UTF-8?B?77ya?=\n =?UTF-8?Q?=E5=BF=AB=E9=80=92?= delayed "
               "=?UTF-8?B?5Y2B5LqM5aSp?= (order A-1042)",
            frm="=?UTF-8?B?5byg?= =?GBK?B?yP0=?= <zhangsan@example.cn>"),
        "See subject.\n",
        intent={"subject": "投诉：快递 delayed 十二天 (order A-1042)",
                "from": {"name": "张三", "address": "zhangsan@example.cn"}})

# 08 ------------------------------------------------------------------
# A multibyte character split across two adjacent same-charset words: the
# bytes are joined before decoding (B in Subject: 快 = E5 BF AB split after
# E5 BF; Q in From: 延 = E5 BB B6 split after E5 BB).
_s08 = "投诉快递延误".encode("utf-8")
fixture("08-rfc2047-split-multibyte",
        std(8, "=?UTF-8?B?%s?= =?UTF-8?B?%s?=" % (base64.b64encode(_s08[:8]).decode(),
                                               base64.b64encode(_s08[8:]).decode()),
            frm="=?UTF-8?Q?=E5=BB?=\n =?UTF-8?Q?=B6=E8=AF=AF=E5=AE=A2=E6=88=B7?= <customer@example.cn>"),
        "Body.\n",
        intent={"subject": "投诉快递延误",
                "from": {"name": "延误客户", "address": "customer@example.cn"}})

# 09 ------------------------------------------------------------------
# Malformed encoded words stay as they are: unknown encoding letter X and an
# unterminated word.
fixture("09-rfc2047-malformed",
        std(9, "Complaint =?UTF-8?X?abc?= and =?UTF-8?B?5oqV6K+J unterminated"),
        "The subject has broken encoded words.\n",
        intent={"subject": "Complaint =?UTF-8?X?abc?= and =?UTF-8?B?5oqV6K+J unterminated"})

# 10 ------------------------------------------------------------------
# GB2312 label but GBK-only characters (镕 堃 喆): must decode as GB18030.
# PYTHON-DIFFERS: policy.default decodes the Subject with strict gb2312.
T10 = "您好：\n\n我叫王堃，同事李喆和朱镕都遇到了同样的问题：充值后余额没有到账。\n请核实。"
fixture("10-gb2312-label-gbk-chars",
        std(10, "=?GB2312?B?%s?=" % base64.b64encode("投诉：王堃、李喆、朱镕".encode("gbk")).decode(),
            "text/plain; charset=gb2312", "base64"),
        b64(T10.encode("gbk")),
        intent={"subject": "投诉：王堃、李喆、朱镕", "body": T10, "flags": []})

# 11 ------------------------------------------------------------------
T11 = "客服您好，\n\n你们的快递员态度恶劣，还把包裹扔在门口。\n订单号：B-3391"
fixture("11-gbk-label",
        std(11, q_word("投诉快递员", "gbk"), "text/plain; charset=GBK", "8bit"),
        T11.encode("gbk") + b"\n",
        intent={"subject": "投诉快递员", "body": T11, "flags": []})

# 12 ------------------------------------------------------------------
# GB18030 with 4-byte sequences (𠀀 U+20000 = 95 32 82 36, 𪚥 U+2A6A5) and €
# (two bytes A2 E3 in GB18030).
T12 = "投诉内容：商品名称写成了“𠀀”和“𪚥”，价格标为 199€。"
fixture("12-gb18030-4byte",
        std(12, b_word("投诉𠀀𪚥", "GB18030"), "text/plain; charset=GB18030", "8bit"),
        T12.encode("gb18030") + b"\n",
        intent={"subject": "投诉𠀀𪚥", "body": T12, "flags": []})

# 13 ------------------------------------------------------------------
T13 = "您好：\n\n我要投訴貴公司的服務態度，客服人員多次掛斷電話。\n請盡快處理。"
fixture("13-big5",
        std(13, b_word("投訴服務態度", "Big5"), "text/plain; charset=big5", "8bit"),
        T13.encode("big5") + b"\n",
        intent={"subject": "投訴服務態度", "body": T13, "flags": []})

# 14 ------------------------------------------------------------------
# Big5-HKSCS characters labelled plain Big5.  Checked with Python: 㗎 (9DEE),
# 𥚃 (95A8), 啲 (9DF8), 嘅 (9DEF), 咗 (9DF7) encode with big5hkscs but not with
# big5 or cp950.  PYTHON-DIFFERS: policy.default uses the big5 codec.
T14 = "呢間公司啲服務真係差㗎，我哋已經投訴咗三次，嘅確冇人理。𥚃"
for _ch in "㗎𥚃啲嘅咗":
    try:
        _ch.encode("big5")
        raise SystemExit("%s is plain Big5; pick another HKSCS character" % _ch)
    except UnicodeEncodeError:
        pass
fixture("14-big5-hkscs-labelled-big5",
        std(14, "=?big5?B?%s?=" % base64.b64encode("投訴㗎".encode("big5hkscs")).decode(),
            "text/plain; charset=Big5", "8bit"),
        T14.encode("big5hkscs") + b"\n",
        intent={"subject": "投訴㗎", "body": T14, "flags": []})

# 15 ------------------------------------------------------------------
T15 = "お世話になっております。\n\n注文番号A-1042の商品がまだ届きません。\n至急ご確認ください。"
fixture("15-iso-2022-jp",
        std(15, b_word("苦情：配送の遅れ", "ISO-2022-JP"), "text/plain; charset=ISO-2022-JP", "7bit"),
        T15.encode("iso2022_jp") + b"\n",
        intent={"subject": "苦情：配送の遅れ", "body": T15, "flags": []})

# 16 ------------------------------------------------------------------
T16 = "担当者様\n\n購入した炊飯器が壊れていました。交換をお願いします。"
fixture("16-shift-jis",
        std(16, b_word("苦情：炊飯器の故障", "Shift_JIS"), "text/plain; charset=Shift_JIS", "8bit"),
        T16.encode("shift_jis") + b"\n",
        intent={"subject": "苦情：炊飯器の故障", "body": T16, "flags": []})

# 17 ------------------------------------------------------------------
T17 = "안녕하세요.\n\n주문한 상품이 아직 도착하지 않았습니다. 환불을 요청합니다."
fixture("17-euc-kr",
        std(17, b_word("불만 접수: 배송 지연", "EUC-KR"), "text/plain; charset=euc-kr", "8bit"),
        T17.encode("euc_kr") + b"\n",
        intent={"subject": "불만 접수: 배송 지연", "body": T17, "flags": []})

# 18 ------------------------------------------------------------------
T18 = "I was told the kettle was “brand new” but it wasn’t — it cost €49… and it leaks."
fixture("18-windows-1252",
        std(18, "=?windows-1252?Q?=93Brand_new=94_kettle_=80_49?=", "text/plain; charset=windows-1252", "8bit"),
        T18.encode("cp1252") + b"\n",
        intent={"subject": "“Brand new” kettle € 49", "body": T18, "flags": []})

# 19 ------------------------------------------------------------------
T19 = "Réclamation : café froid, crème brûlée ratée, service naïf. Größe falsch. Prix £5 ½."
assert all(b < 0x80 or b >= 0xA0 for b in T19.encode("latin-1"))  # no C1 range
fixture("19-iso-8859-1",
        std(19, "=?ISO-8859-1?Q?R=E9clamation_caf=E9?=", "text/plain; charset=ISO-8859-1", "8bit"),
        T19.encode("latin-1") + b"\n",
        intent={"subject": "Réclamation café", "body": T19, "flags": []})

# 20 ------------------------------------------------------------------
T20 = "Prix : 20 € ; Œuvre, cœur, Šárka, Žofie, ŸVES."
fixture("20-iso-8859-15",
        std(20, b_word("Réclamation 20 €", "iso-8859-15"), "text/plain; charset=iso-8859-15", "8bit"),
        T20.encode("iso8859_15") + b"\n",
        intent={"subject": "Réclamation 20 €", "body": T20, "flags": []})

# 21 ------------------------------------------------------------------
T21 = "Здравствуйте!\n\nЗаказ номер 5521 задерживается уже две недели. Прошу вернуть деньги."
fixture("21-koi8-r",
        std(21, b_word("Жалоба: задержка доставки", "KOI8-R"), "text/plain; charset=koi8-r", "8bit"),
        T21.encode("koi8_r") + b"\n",
        intent={"subject": "Жалоба: задержка доставки", "body": T21, "flags": []})

# 22 ------------------------------------------------------------------
T22 = "Hi, the price was 20 € + tax, and 投诉 means complaint. A+B=C."
fixture("22-utf-7",
        std(22, "UTF-7 body", "text/plain; charset=utf-7", "7bit"),
        T22.encode("utf-7") + b"\n",
        intent={"body": T22, "flags": []})

# 23 ------------------------------------------------------------------
T23 = "没有声明字符集的 UTF-8 正文：退款申请。"
fixture("23-no-charset-utf8-8bit",
        std(23, "No charset, UTF-8 bytes", "text/plain", "8bit"),
        T23 + "\n",
        intent={"body": T23, "flags": ["charset_guessed"]})

# 24 ------------------------------------------------------------------
# No Content-Type and no MIME-Version at all; 8-bit GBK bytes.
T24 = "没有字符集的GBK正文：快递丢失，要求赔偿。"
try:
    T24.encode("gbk").decode("utf-8")
    raise SystemExit("24: GBK sample is valid UTF-8; pick other text")
except UnicodeDecodeError:
    pass
fixture("24-no-charset-gbk",
        "From: Complainant <complainant@example.com>\nTo: complaints@intake.example.org\n"
        "Subject: No Content-Type, GBK bytes\nDate: Tue, 01 Jul 2025 10:24:00 +0800\n"
        "Message-ID: <fixture-24@mail.example.com>\n",
        T24.encode("gbk") + b"\n",
        intent={"body": T24, "flags": ["charset_guessed"]})

# 25 ------------------------------------------------------------------
T25 = "Declared us-ascii but the customer wrote “José Müller” and 投诉."
fixture("25-us-ascii-declared-utf8-bytes",
        std(25, "us-ascii label, UTF-8 bytes", "text/plain; charset=us-ascii", "7bit"),
        T25 + "\n",
        intent={"body": T25, "flags": ["charset_guessed"]})

# 26 ------------------------------------------------------------------
T26 = "Unknown charset label, UTF-8 bytes: 投诉内容。"
fixture("26-unknown-charset-utf8",
        std(26, "x-unknown label", "text/plain; charset=x-unknown", "8bit"),
        T26 + "\n",
        intent={"body": T26, "flags": ["charset_guessed"]})

# 27 ------------------------------------------------------------------
T27 = "声明为UTF-8但实际是GBK字节：商品质量差，要求退货。"
fixture("27-utf8-declared-gbk-bytes",
        std(27, "utf-8 label, GBK bytes", "text/plain; charset=utf-8", "8bit"),
        T27.encode("gbk") + b"\n",
        intent={"body": T27, "flags": ["charset_guessed"]})

# 28 ------------------------------------------------------------------
# UTF-8 with a stray 0xFF and a truncated sequence (E6 8A = first two bytes
# of 投).  Strict utf-8 and gb18030 fail; windows-1252 fails too because the
# text contains byte 0x8D (服 = E6 9C 8D), which is undefined in cp1252.  So
# the declared utf-8 is decoded with errors='replace': one U+FFFD for FF, one
# for the truncated E6 8A (maximal subpart).
fixture("28-invalid-utf8-bytes",
        std(28, "Invalid UTF-8 bytes", "text/plain; charset=utf-8", "8bit"),
        "服务很差".encode() + b"\xff" + "，投诉".encode() + b"\xe6\x8a" + b" end\n",
        intent={"body": "服务很差\ufffd，投诉\ufffd end", "flags": ["replacement_characters"]})

# 29 ------------------------------------------------------------------
fixture("29-alternative-plain-wins",
        std(29, "Alternative: plain wins", 'multipart/alternative; boundary="alt-29"', None),
        "--alt-29\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        "Plain version: my refund (¥120) is overdue.\n"
        "--alt-29\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        "<html><body><p>HTML version: my refund is <b>overdue</b>.</p></body></html>\n"
        "--alt-29--\n",
        intent={"body": "Plain version: my refund (¥120) is overdue.", "flags": [], "attachments": []})

# 30 ------------------------------------------------------------------
H30 = """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<style type="text/css">p { color: red; } .hidden { display: none }</style>
<script type="text/javascript">function track() { alert("tracking pixel"); }</script>
</head><body>
<p>尊敬的客服：</p>
<p>Prices: A &amp; B cost more &lt; than advertised.<br>第二行&nbsp;内容</p>
<ul><li>第一项：快递延误</li><li>第二项：包装破损</li></ul>
<ol><li>Step one</li></ol>
<p>&#20013;文 complaint, see <a href="https://shop.example.com/orders/1042">查看订单</a> please.</p>
</body></html>
"""
fixture("30-html-only",
        std(30, "HTML-only complaint", "text/html; charset=utf-8", "8bit"),
        H30,
        body_contains=["尊敬的客服：", "A & B cost more < than advertised.", "第二行", "内容",
                       "第一项：快递延误", "第二项：包装破损", "Step one", "中文 complaint", "查看订单"],
        body_excludes=["<p>", "<br", "<a ", "href=", "color: red", "display: none", "alert(",
                       "function track", "tracking pixel", "&amp;", "&lt;", "&#20013;", "&nbsp;",
                       "DOCTYPE", "text/javascript"],
        intent={"flags": ["html_converted"], "attachments": []})

# 31 ------------------------------------------------------------------
fixture("31-related-html-inline-image",
        std(31, "Related: html + inline image", 'multipart/related; type="text/html"; boundary="rel-31"', None),
        "--rel-31\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
        "<html><body><p>=E7=85=A7=E7=89=87=E8=A7=81=E4=B8=8B=E5=9B=BE=EF=BC=9A</p>\n"
        "<p><img src=3D\"cid:photo31@mail.example.com\" alt=3D\"\"></p>\n"
        "<p>The screen was cracked on arrival.</p></body></html>\n"
        "--rel-31\nContent-Type: image/png\nContent-Transfer-Encoding: base64\n"
        "Content-ID: <photo31@mail.example.com>\nContent-Disposition: inline; filename=\"crack.png\"\n\n"
        + b64(PNG) +
        "--rel-31--\n",
        body_contains=["照片见下图：", "The screen was cracked on arrival."],
        body_excludes=["<img", "cid:", "<p>", "=E7"],
        intent={"flags": ["html_converted"]})

# 32 ------------------------------------------------------------------
fixture("32-mixed-text-attachments",
        std(32, "Mixed: text + attachments", 'multipart/mixed; boundary="mix-32"', None),
        "--mix-32\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        "Please find the invoice and a photo attached.\n\n"
        "--mix-32\nContent-Type: application/pdf; name=\"invoice.pdf\"\nContent-Transfer-Encoding: base64\n"
        "Content-Disposition: attachment; filename=\"invoice.pdf\"\n\n"
        + b64(PDF) +
        "--mix-32\nContent-Type: image/jpeg; name=photo.jpg\nContent-Transfer-Encoding: base64\n"
        "Content-Disposition: attachment; filename=photo.jpg\n\n"
        + b64(JPEG) +
        "--mix-32--\n",
        intent={"body": "Please find the invoice and a photo attached.",
                "attachments": [
                    {"filename": "invoice.pdf", "content_type": "application/pdf", "size": len(PDF),
                     "sha256": hashlib.sha256(PDF).hexdigest()},
                    {"filename": "photo.jpg", "content_type": "image/jpeg", "size": len(JPEG),
                     "sha256": hashlib.sha256(JPEG).hexdigest()}]})

# 33 ------------------------------------------------------------------
# Four levels, no plain text anywhere: mixed > alternative > related > html.
fixture("33-nested-4-levels-html",
        std(33, "Nested four levels, html only", 'multipart/mixed; boundary="L1-33"', None),
        "--L1-33\nContent-Type: multipart/alternative; boundary=\"L2-33\"\n\n"
        "--L2-33\nContent-Type: multipart/related; boundary=\"L3-33\"\n\n"
        "--L3-33\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        "<html><body><div>第四层的正文：<b>发票金额错误</b>。</div><img src=\"cid:logo33\"></body></html>\n"
        "--L3-33\nContent-Type: image/png\nContent-ID: <logo33>\nContent-Transfer-Encoding: base64\n\n"
        + b64(PNG) +
        "--L3-33--\n\n--L2-33--\n\n"
        "--L1-33\nContent-Type: application/pdf; name=\"invoice-33.pdf\"\nContent-Disposition: attachment\n"
        "Content-Transfer-Encoding: base64\n\n"
        + b64(PDF) +
        "--L1-33--\n",
        body_contains=["第四层的正文：", "发票金额错误"],
        body_excludes=["<div>", "<b>", "cid:"],
        intent={"flags": ["html_converted"],
                "attachments": [
                    {"filename": None, "content_type": "image/png", "size": len(PNG),
                     "sha256": hashlib.sha256(PNG).hexdigest()},
                    {"filename": "invoice-33.pdf", "content_type": "application/pdf", "size": len(PDF),
                     "sha256": hashlib.sha256(PDF).hexdigest()}]})

# 34 ------------------------------------------------------------------
# Outlook shape: mixed > alternative > [plain, related > [html, image]] + pdf.
# Plain wins; the related image is still listed as an attachment.
fixture("34-nested-plain-wins",
        std(34, "Nested, plain wins", 'multipart/mixed; boundary="L1-34"', None),
        "--L1-34\nContent-Type: multipart/alternative; boundary=\"L2-34\"\n\n"
        "--L2-34\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        "纯文本版本：发票金额错误。\n"
        "--L2-34\nContent-Type: multipart/related; boundary=\"L3-34\"\n\n"
        "--L3-34\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        "<html><body><p>HTML版本：发票金额错误。</p><img src=\"cid:logo34\"></body></html>\n"
        "--L3-34\nContent-Type: image/png; name=\"logo.png\"\nContent-ID: <logo34>\n"
        "Content-Transfer-Encoding: base64\n\n"
        + b64(PNG) +
        "--L3-34--\n--L2-34--\n"
        "--L1-34\nContent-Type: application/pdf; name=\"invoice-34.pdf\"\n"
        "Content-Disposition: attachment; filename=\"invoice-34.pdf\"\nContent-Transfer-Encoding: base64\n\n"
        + b64(PDF) +
        "--L1-34--\n",
        intent={"body": "纯文本版本：发票金额错误。", "flags": [],
                "attachments": [
                    {"filename": "logo.png", "content_type": "image/png", "size": len(PNG),
                     "sha256": hashlib.sha256(PNG).hexdigest()},
                    {"filename": "invoice-34.pdf", "content_type": "application/pdf", "size": len(PDF),
                     "sha256": hashlib.sha256(PDF).hexdigest()}]})

# 35 ------------------------------------------------------------------
fixture("35-preamble-epilogue",
        std(35, "Preamble and epilogue", 'multipart/mixed; boundary="pe-35"', None),
        "This is a multi-part message in MIME format.  PREAMBLE must not be body.\n"
        "\n--pe-35\nContent-Type: text/plain; charset=us-ascii\n\n"
        "First inline part.\n"
        "--pe-35\nContent-Type: text/plain; charset=us-ascii\n\n"
        "Second inline part.\n"
        "--pe-35--\n"
        "EPILOGUE text that must be ignored.\n",
        intent={"body": "First inline part.\n\nSecond inline part."})

# 36 ------------------------------------------------------------------
BND36 = "----=_Part:01D8=2A.B(c)+d,e/f?g_"
fixture("36-boundary-special-chars",
        std(36, "Boundary with special characters", 'multipart/mixed;\n boundary="%s"' % BND36, None),
        "--%s\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        "Boundary contains = : ( ) + , / ? characters.\n"
        "--not-the-boundary line stays in the body.\n"
        "--%s\nContent-Type: text/plain; charset=us-ascii; name=\"log.txt\"\n"
        "Content-Disposition: attachment; filename=\"log.txt\"\n\n"
        "log line 1\nlog line 2\n"
        "--%s--\n" % (BND36, BND36, BND36),
        intent={"body": "Boundary contains = : ( ) + , / ? characters.\n"
                        "--not-the-boundary line stays in the body.",
                "attachments": [{"filename": "log.txt", "content_type": "text/plain", "size": 22,
                                 "sha256": hashlib.sha256(b"log line 1\r\nlog line 2").hexdigest()}]})

# 37 ------------------------------------------------------------------
fixture("37-missing-closing-boundary",
        std(37, "Missing closing boundary", 'multipart/mixed; boundary="trunc-37"', None),
        "--trunc-37\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        "正文仍然要能读出来：屏幕碎了。\n"
        "--trunc-37\nContent-Type: image/png; name=\"screen.png\"\nContent-Transfer-Encoding: base64\n"
        "Content-Disposition: attachment; filename=\"screen.png\"\n\n"
        + b64(PNG),
        intent={"body": "正文仍然要能读出来：屏幕碎了。", "flags": ["truncated_multipart"],
                "attachments": [{"filename": "screen.png", "content_type": "image/png", "size": len(PNG),
                                 "sha256": hashlib.sha256(PNG).hexdigest()}]})

# 38 ------------------------------------------------------------------
# Part 1 has no headers at all; part 2 has only Content-Transfer-Encoding.
# Both default to text/plain; charset=us-ascii and are inline body text.
fixture("38-part-without-content-type",
        std(38, "Part without Content-Type", 'multipart/mixed; boundary="nct-38"', None),
        "--nct-38\n\nPart with no headers at all.\n"
        "--nct-38\nContent-Transfer-Encoding: 7bit\n\nPart with only a CTE header.\n"
        "--nct-38--\n",
        intent={"body": "Part with no headers at all.\n\nPart with only a CTE header.", "flags": []})

# 39 ------------------------------------------------------------------
# Python's oracle: get_content_type() == 'text/plain', charset 'utf-8'.
fixture("39-content-type-odd-case-spacing",
        std(39, "Odd Content-Type spelling", 'TEXT/PLAIN ; CHARSET = "UTF-8"', "8BIT"),
        "大小写和空格奇怪的 Content-Type。\n",
        intent={"body": "大小写和空格奇怪的 Content-Type。", "flags": []})

# 40 ------------------------------------------------------------------
fixture("40-attachment-rfc2231-utf8",
        std(40, "RFC 2231 filename", 'multipart/mixed; boundary="m40"', None),
        "--m40\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n附件是投诉书。\n"
        "--m40\nContent-Type: application/pdf\nContent-Transfer-Encoding: base64\n"
        "Content-Disposition: attachment; filename*=UTF-8''%E6%8A%95%E8%AF%89.pdf\n\n"
        + b64(PDF) +
        "--m40--\n",
        intent={"attachments": [{"filename": "投诉.pdf", "content_type": "application/pdf", "size": len(PDF),
                                 "sha256": hashlib.sha256(PDF).hexdigest()}]})

# 41 ------------------------------------------------------------------
# RFC 2231 continuations with charset and language: 投诉信.txt in GBK.
fixture("41-attachment-rfc2231-continuation-gbk",
        std(41, "RFC 2231 continuation, GBK", 'multipart/mixed; boundary="m41"', None),
        "--m41\nContent-Type: text/plain; charset=us-ascii\n\nSee the attached letter.\n"
        "--m41\nContent-Type: text/plain; charset=gbk\nContent-Transfer-Encoding: base64\n"
        "Content-Disposition: attachment;\n filename*0*=gbk'zh-cn'%CD%B6%CB%DF;\n filename*1*=%D0%C5.txt\n\n"
        + b64("投诉信正文".encode("gbk")) +
        "--m41--\n",
        intent={"body": "See the attached letter.",
                "attachments": [{"filename": "投诉信.txt", "content_type": "text/plain", "size": 10,
                                 "sha256": hashlib.sha256("投诉信正文".encode("gbk")).hexdigest()}]})

# 42 ------------------------------------------------------------------
# Outlook style: RFC 2047 inside quoted name= / filename=, GB2312 label with
# GBK-only 堃.  PYTHON-DIFFERS: policy.default decodes with strict gb2312.
_n42 = "=?GB2312?B?%s?=" % base64.b64encode("王堃投诉.docx".encode("gbk")).decode()
fixture("42-attachment-rfc2047-name-outlook",
        std(42, "Outlook RFC 2047 attachment name", 'multipart/mixed; boundary="m42"', None),
        "--m42\nContent-Type: text/plain; charset=\"gb2312\"\nContent-Transfer-Encoding: base64\n\n"
        + b64("请查收附件。".encode("gbk")) +
        "--m42\nContent-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document;\n"
        "\tname=\"%s\"\nContent-Transfer-Encoding: base64\n"
        "Content-Disposition: attachment;\n\tfilename=\"%s\"\n\n" % (_n42, _n42)
        + b64(DOCX) +
        "--m42--\n",
        intent={"body": "请查收附件。",
                "attachments": [{"filename": "王堃投诉.docx",
                                 "content_type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                 "size": len(DOCX), "sha256": hashlib.sha256(DOCX).hexdigest()}]})

# 43 ------------------------------------------------------------------
# Quoted-printable text attachment.  Decoded bytes keep the CRLF line breaks
# of the encoded text (quopri.decodestring), soft break joined, =3D decoded.
_d43 = b"order=1042\r\nstatus=lost\r\nnote=this note is long and was wrapped by the encoder\r\n"
fixture("43-attachment-qp-text",
        std(43, "QP text attachment", 'multipart/mixed; boundary="m43"', None),
        "--m43\nContent-Type: text/plain; charset=us-ascii\n\nDetails attached.\n"
        "--m43\nContent-Type: text/plain; charset=utf-8; name=\"details.txt\"\n"
        "Content-Transfer-Encoding: quoted-printable\nContent-Disposition: attachment; filename=\"details.txt\"\n\n"
        "order=3D1042\nstatus=3Dlost\nnote=3Dthis note is long and was wrapped b=\ny the encoder\n\n"
        "--m43--\n",
        intent={"body": "Details attached.",
                "attachments": [{"filename": "details.txt", "content_type": "text/plain", "size": len(_d43),
                                 "sha256": hashlib.sha256(_d43).hexdigest()}]})

# 44 ------------------------------------------------------------------
fixture("44-attachment-no-filename",
        std(44, "Attachments without filenames", 'multipart/mixed; boundary="m44"', None),
        "--m44\nContent-Type: text/plain; charset=us-ascii\n\nTwo unnamed attachments follow.\n"
        "--m44\nContent-Type: application/octet-stream\nContent-Transfer-Encoding: base64\n"
        "Content-Disposition: attachment\n\n"
        + b64(PDF) +
        "--m44\nContent-Type: image/png\nContent-Transfer-Encoding: base64\n\n"
        + b64(PNG) +
        "--m44--\n",
        intent={"body": "Two unnamed attachments follow.",
                "attachments": [
                    {"filename": None, "content_type": "application/octet-stream", "size": len(PDF),
                     "sha256": hashlib.sha256(PDF).hexdigest()},
                    {"filename": None, "content_type": "image/png", "size": len(PNG),
                     "sha256": hashlib.sha256(PNG).hexdigest()}]})

# 45 ------------------------------------------------------------------
_d45 = "聊天记录：客服说三天内退款。".encode("utf-8")
fixture("45-text-plain-disposition-attachment",
        std(45, "text/plain marked as attachment", 'multipart/mixed; boundary="m45"', None),
        "--m45\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n正文在这里。\n"
        "--m45\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n"
        "Content-Disposition: attachment\n\n" + "聊天记录：客服说三天内退款。" + "\n"
        "--m45--\n",
        intent={"body": "正文在这里。",
                "attachments": [{"filename": None, "content_type": "text/plain", "size": len(_d45),
                                 "sha256": hashlib.sha256(_d45).hexdigest()}]})

# 46 ------------------------------------------------------------------
# message/rfc822 (forwarded complaint).  Attachment bytes = the part body as
# it is in the file (CTE 8bit), CRLF line ends, without the CRLF that belongs
# to the next delimiter.
INNER46 = ("From: Li Si <lisi@example.cn>\nTo: shop@example.com\n"
           "Subject: =?UTF-8?B?5Y6f5aeL5oqV6K+J?=\nDate: Mon, 30 Jun 2025 18:00:00 +0800\n"
           "Message-ID: <orig-46@example.cn>\nMIME-Version: 1.0\n"
           "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
           "原始投诉：FORWARDED-TEXT 不应出现在正文中。\n")
fixture("46-forwarded-rfc822",
        std(46, "Fwd: complaint from a colleague", 'multipart/mixed; boundary="m46"', None),
        "--m46\nContent-Type: text/plain; charset=us-ascii\n\nForwarding the complaint below.\n"
        "--m46\nContent-Type: message/rfc822\nContent-Disposition: inline\nContent-Transfer-Encoding: 8bit\n\n"
        + INNER46 +
        "--m46--\n",
        intent={"body": "Forwarding the complaint below.",
                "attachments": [{"filename": None, "content_type": "message/rfc822",
                                 "size": len(crlf(INNER46.encode())) - 2,
                                 "sha256": hashlib.sha256(crlf(INNER46.encode())[:-2]).hexdigest()}]})

# 47 ------------------------------------------------------------------
fixture("47-threading-headers",
        std(47, "Re: Re: Complaint #5521",
            extra="In-Reply-To: <reply-2@support.example.com>\n"
                  "References: <orig-1@mail.example.com>\n <reply-1@support.example.com>\n"
                  "\t<reply-2@support.example.com>"),
        "Still not solved.\n",
        intent={"in_reply_to": ["reply-2@support.example.com"],
                "references": ["orig-1@mail.example.com", "reply-1@support.example.com",
                               "reply-2@support.example.com"]})

# 48-52 dates ----------------------------------------------------------
fixture("48-date-gmt", std(48, "Date in GMT", date="Tue, 01 Jul 2025 02:48:00 GMT"),
        "Obsolete zone name GMT.\n", intent={"date": "2025-07-01T02:48:00Z"})
fixture("49-date-est-no-day-name", std(49, "Date in EST", date="30 Jun 2025 21:49:00 EST"),
        "Obsolete zone name EST (-0500), no day name.\n", intent={"date": "2025-07-01T02:49:00Z"})
fixture("50-date-comment-cst", std(50, "Date with comment", date="Tue, 1 Jul 2025 10:50:00 +0800 (CST)"),
        "Numeric zone wins; (CST) is a comment.\n", intent={"date": "2025-07-01T02:50:00Z"})
fixture("51-date-missing",
        "From: Complainant <complainant@example.com>\nTo: complaints@intake.example.org\n"
        "Subject: No Date header\nMessage-ID: <fixture-51@mail.example.com>\n",
        "There is no Date header.\n", intent={"date": None})
fixture("52-date-garbage", std(52, "Garbage Date", date="yesterday around 3pm"),
        "The Date header is garbage.\n", intent={"date": None})

# 53-58 From forms -----------------------------------------------------
# 53: raw UTF-8 (RFC 6532) in Subject and quoted display name.
# PYTHON-DIFFERS: policy.default leaves these as surrogate escapes.
fixture("53-from-quoted-utf8-name",
        std(53, "投诉：服务态度差", frm='"张三" <zhang@example.cn>', ctype="text/plain; charset=utf-8", cte="8bit"),
        "原始UTF-8头部。\n",
        intent={"subject": "投诉：服务态度差", "from": {"name": "张三", "address": "zhang@example.cn"}})
fixture("54-from-rfc2047-name",
        std(54, "RFC 2047 display name", frm="=?UTF-8?B?5byg5LiJ?= <a@b.example>"),
        "Encoded display name.\n", intent={"from": {"name": "张三", "address": "a@b.example"}})
fixture("55-from-bare-address", std(55, "Bare From address", frm="complainant@example.com"),
        "Bare address.\n", intent={"from": {"name": None, "address": "complainant@example.com"}})
fixture("56-from-uppercase-address", std(56, "Uppercase address", frm="Wang Wu <Wang.Wu@Example.COM>"),
        "Address is lower-cased.\n", intent={"from": {"name": "Wang Wu", "address": "wang.wu@example.com"}})
fixture("57-from-group-syntax", std(57, "Empty group in From", frm="Complaints Team: ;"),
        "From is an empty group: no usable From.\n", intent={"from": None})
fixture("58-from-missing",
        "To: complaints@intake.example.org\nSubject: No From header\n"
        "Date: Tue, 01 Jul 2025 10:58:00 +0800\nMessage-ID: <fixture-58@mail.example.com>\n",
        "There is no From header.\n", intent={"from": None})

# 59-63 automated mail ---------------------------------------------------
fixture("59-auto-submitted-auto-replied",
        std(59, b_word("自动回复：我正在休假", "UTF-8"), "text/plain; charset=utf-8", "8bit",
            extra="Auto-Submitted: auto-replied"),
        "我正在休假，7月10日返回。\n", intent={"automated": "auto-reply"})
fixture("60-x-autoreply",
        std(60, "Out of office", extra="X-Autoreply: yes"),
        "I am out of the office until Monday.\n", intent={"automated": "auto-reply"})
fixture("61-precedence-bulk",
        std(61, "Our July newsletter", frm="Shop News <news@shop.example.com>", extra="Precedence: bulk"),
        "Big summer sale!\n", intent={"automated": "bulk"})
fixture("62-bounce-delivery-status",
        "Return-Path: <>\nFrom: Mail Delivery System <MAILER-DAEMON@mx.example.com>\n"
        "To: complaints@intake.example.org\nSubject: Undelivered Mail Returned to Sender\n"
        "Date: Tue, 01 Jul 2025 11:02:00 +0800\nMessage-ID: <fixture-62@mx.example.com>\n"
        "Auto-Submitted: auto-replied\nMIME-Version: 1.0\n"
        "Content-Type: multipart/report; report-type=delivery-status;\n boundary=\"bounce-62\"\n",
        "This is a MIME-encapsulated message.\n\n"
        "--bounce-62\nContent-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n"
        "This is the mail system at host mx.example.com.\n\n"
        "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n"
        "<nobody@example.net>: host mx.example.net said: 550 5.1.1 User unknown\n\n"
        "--bounce-62\nContent-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mx.example.com\nArrival-Date: Tue,  1 Jul 2025 11:01:58 +0800\n\n"
        "Final-Recipient: rfc822; nobody@example.net\nAction: failed\nStatus: 5.1.1\n\n"
        "--bounce-62\nContent-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n"
        "From: complaints@intake.example.org\nTo: nobody@example.net\nSubject: Your complaint #5521\n\n"
        "--bounce-62--\n",
        intent={"automated": "bounce",
                "from": {"name": "Mail Delivery System", "address": "mailer-daemon@mx.example.com"},
                "body": "This is the mail system at host mx.example.com.\n\n"
                        "I'm sorry to have to inform you that your message could not\n"
                        "be delivered to one or more recipients.\n\n"
                        "<nobody@example.net>: host mx.example.net said: 550 5.1.1 User unknown"})
fixture("63-auto-submitted-no",
        std(63, "Complaint (Auto-Submitted: no)", extra="Auto-Submitted: no"),
        "A real person wrote this complaint.\n", intent={"automated": None})

# 64-68 odd shapes ---------------------------------------------------------
fixture("64-header-only-no-separator",
        std(64, "Headers only, no blank line"), None, intent={"body": "", "attachments": []})
fixture("65-empty-body",
        std(65, "Empty body"), b"", intent={"body": ""})
T66 = ("Hello,\n* 5 FETCH (BODY[] {123}\nA004 OK done\n{123}\n)\n"
       "* OK [UIDVALIDITY 3857529045] UIDs valid\nThese lines are body text, not IMAP.")
fixture("66-imap-looking-lines", std(66, "Body with IMAP-looking lines"), T66 + "\n", intent={"body": T66})
# 50,000-character single line (about 50 KB: the one file over 20 KB).
T67 = "START " + "".join("complaint-%05d " % i for i in range(3124)) + "END"
T67 = T67[:49990] + "-LINE-END"
T67 = T67 + "." * (50000 - len(T67))
assert len(T67) == 50000
fixture("67-long-single-line", std(67, "One 50,000-character line"), T67 + "\n", intent={"body": T67})
T68 = "Bare LF line endings.\n第二行：仍然是正文。\n\nLast paragraph."
fixture("68-bare-lf-line-endings",
        std(68, "Bare LF file,\n folded subject", "text/plain; charset=utf-8", "8bit"),
        T68 + "\n", lf=True,
        intent={"subject": "Bare LF file, folded subject", "body": T68, "date": date_utc(68)})


# --------------------------------------------------------------------------
# Write
# --------------------------------------------------------------------------

def main():
    names = set()
    for fx in FIXTURES:
        if fx["name"] in names:
            raise SystemExit("duplicate fixture " + fx["name"])
        names.add(fx["name"])
        result = oracle(fx["raw"], fx["body_contains"], fx["body_excludes"])
        for key, want in fx["intent"].items():
            if result.get(key) != want:
                raise SystemExit("%s: oracle %s=%r, intended %r" % (fx["name"], key, result.get(key), want))
        with open(os.path.join(HERE, fx["name"] + ".eml"), "wb") as f:
            f.write(fx["raw"])
        with open(os.path.join(HERE, fx["name"] + ".json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(result, f, ensure_ascii=False, indent=2, sort_keys=True)
            f.write("\n")
    print("wrote %d fixtures to %s" % (len(FIXTURES), HERE))


if __name__ == "__main__":
    main()
