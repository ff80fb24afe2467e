"""Signs real webhook requests with the reference libraries and sends them to a running gateway.

Usage: webhook_senders.py BASE_URL CONFIG_JSON
CONFIG_JSON holds the secrets the gateway was configured with. Prints one JSON object per case:
{"case": name, "status": HTTP status, "body": response text}. The Swift test decides what is right.

Standard Webhooks v1 is signed by the PyPI `standardwebhooks` library (the reference implementation);
v1a (Ed25519), which that library does not sign, by PyNaCl; GitHub's signature by Python's hmac module as
GitHub documents it.
"""

import base64
import datetime
import hashlib
import hmac
import json
import sys
import urllib.request
import urllib.error

import nacl.signing
from standardwebhooks.webhooks import Webhook

base, config = sys.argv[1], json.loads(sys.argv[2])


def send(case, path, body, headers, method="POST"):
    data = body.encode("utf-8") if isinstance(body, str) else body
    request = urllib.request.Request(base + path, data=data if method == "POST" else None, method=method)
    for name, value in headers.items():
        request.add_header(name, value)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            status, text = response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        status, text = error.code, error.read().decode("utf-8")
    print(json.dumps({"case": case, "status": status, "body": text}, ensure_ascii=False), flush=True)


def standard_headers(signature, msg_id, when):
    return {
        "Content-Type": "application/json",
        "webhook-id": msg_id,
        "webhook-timestamp": str(int(when.timestamp())),
        "webhook-signature": signature,
    }


now = datetime.datetime.now(tz=datetime.timezone.utc)
mention = json.dumps(
    {
        "platform": "weibo",
        "mention_id": "PY-1",
        "author": {"handle": "@投诉的小李", "followers": 120},
        "text": "买的空调装好第二天就漏水，客服电话一直占线，再不处理就去12315投诉。",
        "posted_at": "2026-11-30T21:15:00+08:00",
    },
    ensure_ascii=False,
)

# v1 by the reference library, then its retry (same id, new timestamp), then a wrong secret and a stale timestamp.
webhook = Webhook(config["v1_secret"])
send("v1", "/v1/webhooks/monitor", mention, standard_headers(webhook.sign("msg_py_1", now, mention), "msg_py_1", now))
later = now + datetime.timedelta(seconds=30)
send("v1-retry", "/v1/webhooks/monitor", mention, standard_headers(webhook.sign("msg_py_1", later, mention), "msg_py_1", later))
other = Webhook("whsec_" + base64.b64encode(b"another secret of 24 byte").decode())
send("v1-wrong-secret", "/v1/webhooks/monitor", mention, standard_headers(other.sign("msg_py_2", now, mention), "msg_py_2", now))
stale = now - datetime.timedelta(minutes=10)
send("v1-stale", "/v1/webhooks/monitor", mention, standard_headers(webhook.sign("msg_py_3", stale, mention), "msg_py_3", stale))
send("v1-tampered", "/v1/webhooks/monitor", mention.replace("漏水", "漏电"), standard_headers(webhook.sign("msg_py_4", now, mention), "msg_py_4", now))

# v1a: Ed25519 over the same content, with the key whose public half the gateway holds.
key = nacl.signing.SigningKey(bytes.fromhex(config["v1a_seed_hex"]))
call = json.dumps(
    {
        "external_call_id": "PY-CALL-1",
        "caller_number": "+8613800138000",
        "disposition": "answered",
        "notes": "客户投诉维修师傅上门迟到三小时，态度恶劣。",
    },
    ensure_ascii=False,
)
timestamp = str(int(now.timestamp()))
content = f"msg_py_5.{timestamp}.".encode() + call.encode("utf-8")
signature = base64.b64encode(key.sign(content).signature).decode()
send("v1a", "/v1/webhooks/hotline", call, standard_headers("v1a," + signature, "msg_py_5", now))
forged = base64.b64encode(nacl.signing.SigningKey.generate().sign(content).signature).decode()
send("v1a-other-key", "/v1/webhooks/hotline", call, standard_headers("v1a," + forged, "msg_py_6", now))

# GitHub-style X-Hub-Signature-256 over the raw bytes.
form = json.dumps({"body": "网页表单：退款七天未到账", "complainant": {"email": "Li.Lei@Example.CN"}}, ensure_ascii=False)
digest = hmac.new(config["github_secret"].encode(), form.encode("utf-8"), hashlib.sha256).hexdigest()
send("github", "/v1/webhooks/forms", form, {"Content-Type": "application/json", "X-Hub-Signature-256": "sha256=" + digest, "X-GitHub-Delivery": "gh-1"})
send("github-bad", "/v1/webhooks/forms", form, {"Content-Type": "application/json", "X-Hub-Signature-256": "sha256=" + "0" * 64})

# FreeSWITCH with HTTP Basic, from loopback (the source's allow-list).
cdr = {"variables": {"uuid": "py-cdr-1", "caller_id_number": "%2B8613900139000", "start_epoch": str(int(now.timestamp()) - 600),
                     "answer_epoch": str(int(now.timestamp()) - 590), "end_epoch": str(int(now.timestamp()) - 60),
                     "complaint_notes": "%E5%AE%BD%E5%B8%A6%E6%8A%95%E8%AF%89"}}
credentials = base64.b64encode(config["basic"].encode()).decode()
send("freeswitch", "/v1/webhooks/freeswitch?uuid=py-cdr-1", json.dumps(cdr), {"Content-Type": "application/json", "Authorization": "Basic " + credentials})
