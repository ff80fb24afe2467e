#!/usr/bin/env python3
"""Writes N deterministic complaint mails for the IMAP bench, a mix like real Chinese/English complaint mail.
   scripts/bench.d/imap-mails.py N DIR   -> DIR/000001.eml … DIR/N.eml, and one summary line on stdout
Five kinds in rotation (mail i is kind i % 5):
  0  text/plain UTF-8, quoted-printable, RFC 2047 =?UTF-8?Q?…?= subject
  1  text/plain GBK, base64, =?gbk?b?…?= subject and From display name (GBK-only characters such as 镕堃喆)
  2  text/plain GB2312, quoted-printable, =?GB2312?Q?…?= subject
  3  text/html Big5, 8bit (traditional characters), =?big5?b?…?= subject
  4  multipart/mixed: multipart/alternative (text/plain GB18030 base64 with 4-byte sequences, text/html UTF-8
     quoted-printable) and an 8-56 KB attachment, base64, its filename in RFC 2231 form: filename*=UTF-8''%E6…
     or a GBK continuation filename*0*=gbk'zh-cn'…; filename*1*=…
Sizes: about 17 KB on average, 2-85 KB. Every mail has its own Message-ID, sender and subject; lines end in CRLF
(what IMAP serves, so sha256 round-trips through Dovecot). The same N gives the same bytes on every run: each
mail's content comes from a random.Random seeded by a string naming it (string seeds do not depend on
PYTHONHASHSEED). Python's email package decodes every kind correctly, so it can be the oracle in a test.
"""

import base64
import os
import quopri
import random
import sys
import urllib.parse

SIMPLIFIED = [  # GB2312 characters only (kinds 0, 2 and the HTML of 4)
    "您好，我于上周在贵公司网店购买的电热水壶使用三天后就无法加热，联系客服一直没有回复。",
    "快递包裹送到时外箱已经严重破损，里面的玻璃杯碎了两个，要求退款或者重新发货。",
    "我的宽带从本月初开始每天晚上都会断线，报修三次都说已经处理，但问题依旧存在。",
    "银行卡在没有任何操作的情况下被扣款两次，每次金额都是九十九元，请尽快核实并退回。",
    "小区物业收取的停车费比合同约定高出一倍，多次询问也没有得到合理的解释。",
    "航班延误超过六个小时，机场没有安排餐食和住宿，工作人员态度非常冷淡。",
    "外卖送达时饭菜已经完全凉了，而且少送了一份饮料，商家拒绝承认。",
    "手机维修后屏幕出现大面积黑点，维修点说是我自己摔坏的，但我根本没有摔过。",
    "在线课程承诺七天无理由退款，申请后却被告知已经超过期限，实际只过了三天。",
    "酒店房间与网站图片严重不符，空调不能制冷，卫生间有异味，前台拒绝换房。",
    "购买的会员卡在门店无法使用，店员说系统升级，让我等通知，已经等了一个月。",
    "燃气公司上门检查后收取了不合理的材料费，没有开具任何收据。",
    "Order reference and screenshots are attached; please reply in English or Chinese.",
    "The parcel tracking page has shown the same status for twelve days.",
    "这是我第三次投诉同一个问题，希望这次能有专人负责跟进处理结果。",
    "请在收到本邮件后三个工作日内给予书面答复，否则我将向消费者协会反映。",
]
GBK_ONLY = ["朱镕基", "王堃", "李喆", "陈玥", "赵昇", "孙珺", "周燚", "吴琤"]  # not in GB2312
GB18030_EXTRA = ["𠀀", "𪚥", "€", "㐀", "䶵"]  # 4-byte sequences (and € at A2E3)
TRADITIONAL = [  # Big5 characters only (kind 3)
    "您好，我上週在貴公司網路商店購買的電熱水壺使用三天後就無法加熱，聯絡客服一直沒有回覆。",
    "快遞包裹送達時外箱已經嚴重破損，裡面的玻璃杯碎了兩個，要求退款或者重新寄送。",
    "我的寬頻從本月初開始每天晚上都會斷線，報修三次都說已經處理，但問題依舊存在。",
    "信用卡在沒有任何操作的情況下被扣款兩次，每次金額都是九十九元，請盡快核實並退還。",
    "社區管理委員會收取的停車費比合約約定高出一倍，多次詢問也沒有得到合理的解釋。",
    "班機延誤超過六個小時，機場沒有安排餐點和住宿，工作人員態度非常冷淡。",
    "手機維修後螢幕出現大面積黑點，維修點說是我自己摔壞的，但我根本沒有摔過。",
    "飯店房間與網站照片嚴重不符，冷氣不能製冷，浴室有異味，櫃檯拒絕換房。",
    "這是我第三次投訴同一個問題，希望這次能有專人負責追蹤處理結果。",
    "請在收到本郵件後三個工作天內給予書面答覆，否則我將向消費者保護團體反映。",
]
SUBJECTS = ["商品质量问题投诉", "退款申请迟迟未处理", "服务态度恶劣", "收费不合理", "快递破损要求赔偿",
            "宽带频繁断线", "会员卡无法使用", "航班延误未获安置"]
SUBJECTS_TRAD = ["商品品質問題投訴", "退款申請遲遲未處理", "服務態度惡劣", "收費不合理", "快遞破損要求賠償"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = ["伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超"]
DOMAINS = ["mail.example.cn", "qq.example.com", "163.example.net", "126.example.org", "sina.example.cn",
           "gmail.example.com", "outlook.example.com", "hotmail.example.tw"]
FILENAMES = ["投诉材料", "订单截图", "发票扫描件", "聊天记录", "维修单据", "照片"]
EXTENSIONS = [("pdf", "application/pdf"), ("jpg", "image/jpeg"), ("png", "image/png"),
              ("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]


def encoded_words(text, charset, encoding):
    """RFC 2047 encoded-words of at most 75 characters, folded with CRLF + space, split on characters (never
    inside a multi-byte sequence)."""
    overhead = len("=?%s?%s??=" % (charset, encoding))
    words, current = [], ""

    def encode(chunk):
        raw = chunk.encode(charset)
        if encoding.upper() == "B":
            return base64.b64encode(raw).decode()
        return "".join(chr(b) if chr(b).isalnum() and b < 128 else "_" if b == 32 else "=%02X" % b for b in raw)

    for ch in text:
        if current and overhead + len(encode(current + ch)) > 75:
            words.append(current)
            current = ""
        current += ch
    if current:
        words.append(current)
    return "\r\n ".join("=?%s?%s?%s?=" % (charset, encoding, encode(w)) for w in words)


def crlf(data):
    return data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def qp(text, charset):
    return crlf(quopri.encodestring(text.encode(charset)))


def b64(data):
    return crlf(base64.encodebytes(data))


def measure(charset, encoding):
    """Encoded bytes of one line of text (with its CRLF) in a body of this charset and transfer encoding."""
    if encoding == "qp":
        return lambda line: len(quopri.encodestring(line.encode(charset))) * 77 // 76 + 2
    if encoding == "base64":
        return lambda line: (len(line.encode(charset)) + 2) * 4 // 3 * 78 // 76
    return lambda line: len(line.encode(charset)) + 2


def complaint_text(rng, i, bank, target, charset, size_of, extra=()):
    """Paragraphs of complaint sentences, one sentence a line, until about `target` encoded bytes (size_of
    measures a line), beginning with details that make every mail's text its own. Lines end in LF here."""
    traditional = charset == "big5"
    lines = ["%s Order No.: %04d%08d" % ("訂單編號" if traditional else "订单号", 2026, rng.randrange(10**8)),
             ("聯絡電話: 09%08d" % rng.randrange(10**8)) if traditional else ("联系电话: 1%d" % rng.randrange(10**9, 10**10)),
             ""]
    size = sum(size_of(line) for line in lines)
    while size < target:
        paragraph = [rng.choice(bank) for _ in range(rng.randint(2, 5))]
        if extra:
            paragraph.append("经办人：%s。" % rng.choice(extra))
        paragraph.append("（第%d號投訴）" % i if traditional else "（第%d号投诉）" % i)
        lines += paragraph + [""]
        size += sum(size_of(line) for line in paragraph) + 2
    return "\n".join(lines) + "\n"


def person(rng, extra=()):
    name = rng.choice(SURNAMES) + rng.choice(GIVEN)
    return rng.choice(extra) if extra and rng.random() < 0.6 else name


def headers(i, rng, sender_name_encoded, subject_encoded, content_headers):
    domain = DOMAINS[i % len(DOMAINS)]
    local = "u%06d.%s" % (i, "".join(rng.choice("abcdefghijkmnpqrstuvwxyz") for _ in range(5)))
    seconds = 1767225600 + i * 37  # 2026-01-01T00:00:00Z + 37 s per mail
    t = seconds + 8 * 3600  # shown in +0800
    days = t // 86400
    day = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"][days % 7]  # 1970-01-01 was a Thursday
    year, month, mday = civil(days)
    date = "%s, %d %s %d %02d:%02d:%02d +0800" % (
        day, mday, ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][month - 1],
        year, t // 3600 % 24, t // 60 % 60, t % 60)
    lines = [
        "Return-Path: <%s@%s>" % (local, domain),
        "From: %s <%s@%s>" % (sender_name_encoded, local, domain),
        "To: %s <complaints@intake.example>" % encoded_words("投诉受理中心", "UTF-8", "B"),
        "Subject: %s" % subject_encoded,
        "Date: %s" % date,
        "Message-ID: <bench.%06d.%08x@%s>" % (i, rng.getrandbits(32), domain),
        "MIME-Version: 1.0",
    ] + content_headers
    return ("\r\n".join(lines) + "\r\n\r\n").encode("ascii")


def civil(days):
    """Days since 1970-01-01 to (year, month, day), proleptic Gregorian (H. Hinnant's algorithm)."""
    z = days + 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    return yoe + era * 400 + (m <= 2), m, d


def mail(i):
    rng = random.Random("intake-imap-bench-mail-%d" % i)
    kind = i % 5
    target = rng.randint(1500, 15000)  # encoded body bytes of the single-part kinds
    title = "%s #%d" % (rng.choice(SUBJECTS), i)
    if kind == 0:
        body = qp(complaint_text(rng, i, SIMPLIFIED, target, "utf-8", measure("utf-8", "qp")), "utf-8")
        return headers(i, rng, encoded_words(person(rng), "UTF-8", "B"), encoded_words(title, "UTF-8", "Q"),
                       ["Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: quoted-printable"]) + body
    if kind == 1:
        text = complaint_text(rng, i, SIMPLIFIED, target, "gbk", measure("gbk", "base64"), GBK_ONLY)
        name = person(rng, GBK_ONLY)
        return headers(i, rng, encoded_words(name, "gbk", "b"), encoded_words(title, "gbk", "b"),
                       ["Content-Type: text/plain; charset=GBK", "Content-Transfer-Encoding: base64"]) + b64(text.replace("\n", "\r\n").encode("gbk"))
    if kind == 2:
        body = qp(complaint_text(rng, i, SIMPLIFIED, target, "gb2312", measure("gb2312", "qp")), "gb2312")
        return headers(i, rng, encoded_words(person(rng), "GB2312", "B"), encoded_words(title, "GB2312", "Q"),
                       ["Content-Type: text/plain; charset=GB2312", "Content-Transfer-Encoding: quoted-printable"]) + body
    if kind == 3:
        text = complaint_text(rng, i, TRADITIONAL, target, "big5", lambda line: len(line.encode("big5")) + 6)
        title = "%s #%d" % (rng.choice(SUBJECTS_TRAD), i)
        paragraphs = "\n".join("<p>%s</p>" % p.replace("\n", "<br>\n") for p in text.split("\n\n") if p.strip())
        html = ('<!DOCTYPE html>\n<html><head><meta charset="big5"><title>%s</title></head>\n<body>\n%s\n</body></html>\n'
                % (title, paragraphs))
        return headers(i, rng, encoded_words("陳" + rng.choice(["小明", "美玲", "志強", "淑芬"]), "big5", "B"),
                       encoded_words(title, "big5", "B"),
                       ["Content-Type: text/html; charset=Big5", "Content-Transfer-Encoding: 8bit"]) + crlf(html.encode("big5"))
    # kind 4: multipart/mixed with an alternative (GB18030 text, UTF-8 HTML) and an attachment.
    mixed, alt = "=_bench_%06d_mixed" % i, "=_bench_%06d_alt" % i
    text = complaint_text(rng, i, SIMPLIFIED, rng.randint(800, 3000), "gb18030", measure("gb18030", "base64"), GB18030_EXTRA)
    html_text = complaint_text(rng, i, SIMPLIFIED, rng.randint(800, 3000), "utf-8", measure("utf-8", "qp"))
    html = "<html><body>\n%s\n</body></html>\n" % "\n".join(
        "<p>%s</p>" % p.replace("\n", "<br>\n") for p in html_text.split("\n\n") if p.strip())
    extension, mime = rng.choice(EXTENSIONS)
    filename = "%s_%d.%s" % (rng.choice(FILENAMES), i, extension)
    if i % 2:
        disposition = "attachment;\r\n filename*=UTF-8''%s" % urllib.parse.quote(filename, safe="")
    else:
        # Split between characters, not inside a GBK double byte (Python's email decodes each piece alone).
        half = len(filename) // 2
        first, second = (urllib.parse.quote(part.encode("gbk"), safe="") for part in (filename[:half], filename[half:]))
        disposition = "attachment;\r\n filename*0*=gbk'zh-cn'%s;\r\n filename*1*=%s" % (first, second)
    attachment = rng.randbytes(rng.randint(8 * 1024, 56 * 1024))
    parts = [
        b"This is a multi-part message in MIME format.\r\n",
        ("--%s\r\nContent-Type: multipart/alternative; boundary=\"%s\"\r\n\r\n" % (mixed, alt)).encode(),
        ("--%s\r\nContent-Type: text/plain; charset=GB18030\r\nContent-Transfer-Encoding: base64\r\n\r\n" % alt).encode(),
        b64(text.replace("\n", "\r\n").encode("gb18030")),
        ("--%s\r\nContent-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n" % alt).encode(),
        qp(html, "utf-8"),
        ("--%s--\r\n\r\n" % alt).encode(),
        ("--%s\r\nContent-Type: %s\r\nContent-Transfer-Encoding: base64\r\nContent-Disposition: %s\r\n\r\n"
         % (mixed, mime, disposition)).encode(),
        b64(attachment),
        ("--%s--\r\n" % mixed).encode(),
    ]
    return headers(i, rng, encoded_words(person(rng), "UTF-8", "B"), encoded_words(title, "UTF-8", "B"),
                   ['Content-Type: multipart/mixed; boundary="%s"' % mixed]) + b"".join(parts)


def main():
    if len(sys.argv) != 3 or not sys.argv[1].isdigit():
        sys.exit("usage: imap-mails.py N DIR")
    count, folder = int(sys.argv[1]), sys.argv[2]
    os.makedirs(folder, exist_ok=True)
    sizes = []
    for i in range(1, count + 1):
        data = mail(i)
        with open(os.path.join(folder, "%06d.eml" % i), "wb") as f:
            f.write(data)
        sizes.append(len(data))
    if sizes:
        print("imap-mails: %d mails in %s, %.1f MB, mean %.1f KB, min %.1f KB, max %.1f KB" % (
            count, folder, sum(sizes) / 1e6, sum(sizes) / len(sizes) / 1024, min(sizes) / 1024, max(sizes) / 1024))


if __name__ == "__main__":
    main()
