"""Sends SMS provider callbacks, signed by the providers' own SDKs from PyPI, to a running gateway.

Usage: sms_senders.py BASE_URL CONFIG_JSON. Prints one JSON object per case: {"case", "status", "body"}.
Twilio: twilio.request_validator.RequestValidator; Vonage: vonage_http_client.auth.Auth(...).sign_params;
Plivo: plivo.utils.signature_v3; Telnyx: PyNaCl Ed25519 over "timestamp|body" (what telnyx's verifier checks).
The public URLs are those the providers are configured with (a proxy in front of intake), not the address the
requests are sent to.
"""

import base64
import json
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

import nacl.signing
from plivo.utils.signature_v3 import construct_post_url, get_signature_v3
from twilio.request_validator import RequestValidator
from vonage_http_client.auth import Auth

base, config = sys.argv[1], json.loads(sys.argv[2])


def send(case, path, body=None, headers=None, method="POST"):
    data = body.encode("utf-8") if isinstance(body, str) else body
    request = urllib.request.Request(base + path, data=data, method=method)
    for name, value in (headers or {}).items():
        request.add_header(name, value)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            status, text = response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        status, text = error.code, error.read().decode("utf-8")
    print(json.dumps({"case": case, "status": status, "body": text}, ensure_ascii=False), flush=True)


form_type = {"Content-Type": "application/x-www-form-urlencoded"}

# Twilio: the SDK signs the public URL and the form parameters.
twilio_url = config["twilio_url"]
params = {
    "MessageSid": "SM" + "0" * 31 + "9",
    "AccountSid": "AC" + "0" * 31 + "1",
    "From": "+8613800138000",
    "To": "+13125550001",
    "Body": "投诉：快递三天未送达，客服电话打不通。",
    "NumMedia": "0",
    "NumSegments": "2",
}
signature = RequestValidator(config["twilio_token"]).compute_signature(twilio_url, params)
body = urllib.parse.urlencode(params)
send("twilio", "/v1/sms/twilio", body, {**form_type, "X-Twilio-Signature": signature})
send("twilio-retry", "/v1/sms/twilio", body, {**form_type, "X-Twilio-Signature": signature})
send("twilio-bad", "/v1/sms/twilio", body, {**form_type, "X-Twilio-Signature": RequestValidator("another token").compute_signature(twilio_url, params)})

# Vonage: HMAC-SHA256 signed GET callbacks; a three-part message arriving 3, 1, 2.
auth = Auth(api_key="abcd1234", signature_secret=config["vonage_secret"], signature_method="sha256")
parts = ["我在你们店里买的手机，", "用了两天就无法开机，", "店员拒绝退换，请尽快处理。"]
for number in [3, 1, 2]:
    query = {
        "msisdn": "8613700001111", "to": "447700900000", "messageId": f"0C00000000{number}", "text": parts[number - 1],
        "type": "unicode", "concat": "true", "concat-ref": "B7", "concat-total": "3", "concat-part": str(number),
        "message-timestamp": "2026-12-01 03:00:00", "timestamp": str(int(time.time())),
    }
    query["sig"] = auth.sign_params(dict(query))
    send(f"vonage-part-{number}", "/v1/sms/vonage?" + urllib.parse.urlencode(query), method="GET")
# Parts 1 and 3 of another message: part 2 never comes, so after parts_wait it is stored incomplete.
for number in [1, 3]:
    query = {
        "msisdn": "8613500000000", "to": "447700900000", "messageId": f"0E00000000{number}", "text": ["第一段。", "", "第三段。"][number - 1],
        "type": "unicode", "concat": "true", "concat-ref": "C9", "concat-total": "3", "concat-part": str(number),
        "timestamp": str(int(time.time())),
    }
    query["sig"] = auth.sign_params(dict(query))
    send(f"vonage-partial-{number}", "/v1/sms/vonage?" + urllib.parse.urlencode(query), method="GET")
single = {"msisdn": "8613600000000", "to": "447700900000", "messageId": "0D0000000001", "text": "上门安装迟到了四个小时", "type": "unicode", "timestamp": str(int(time.time()))}
single["sig"] = auth.sign_params(dict(single))
tampered = dict(single, text="上门安装准时")
send("vonage-tampered", "/v1/sms/vonage?" + urllib.parse.urlencode(tampered), method="GET")

# Plivo: the SDK's V3 construction over the public URL.
plivo_url = config["plivo_url"]
plivo_params = {"From": "8613800138000", "To": "14155550100", "Type": "sms", "Text": "宽带断网三天了，要求减免费用。", "MessageUUID": "py-plivo-1", "Units": "1"}
nonce = "8327498237492"
plivo_signature = get_signature_v3(config["plivo_token"].encode(), construct_post_url(plivo_url, plivo_params).decode(), nonce.encode()).decode()
send(
    "plivo",
    "/v1/sms/plivo",
    urllib.parse.urlencode(plivo_params),
    {**form_type, "X-Plivo-Signature-V3": plivo_signature, "X-Plivo-Signature-V3-Nonce": nonce},
)

# Telnyx: Ed25519 over "timestamp|body".
key = nacl.signing.SigningKey(bytes.fromhex(config["telnyx_seed_hex"]))
event = json.dumps(
    {"data": {"event_type": "message.received", "id": "py-event-1", "payload": {"id": "py-telnyx-1", "direction": "inbound",
     "from": {"phone_number": "+8613900139000"}, "to": [{"phone_number": "+13125550001"}], "text": "充电桩扣了两次费", "type": "SMS"}}},
    ensure_ascii=False,
)
stamp = str(int(time.time()))
sig = base64.b64encode(key.sign(f"{stamp}|".encode() + event.encode("utf-8")).signature).decode()
send("telnyx", "/v1/sms/telnyx", event, {"Content-Type": "application/json", "telnyx-timestamp": stamp, "telnyx-signature-ed25519": sig})

# Alibaba Cloud and Tencent Cloud: unsigned, a token in the path.
aliyun = json.dumps([{"phone_number": "13912345678", "content": "快递员把包裹放在门口被偷了", "send_time": "2026-12-01 10:06:12", "dest_code": "1234", "sequence_id": 998877}], ensure_ascii=False)
send("aliyun", "/v1/sms/aliyun/" + config["path_token"], aliyun, {"Content-Type": "application/json; charset=UTF-8"})
send("aliyun-wrong-token", "/v1/sms/aliyun/guess", aliyun, {"Content-Type": "application/json; charset=UTF-8"})
tencent = json.dumps({"extend": "", "mobile": "13800138000", "nationcode": "86", "sign": "某某银行", "text": "信用卡被多扣了年费", "time": int(time.time()) - 30}, ensure_ascii=False)
send("tencent", "/v1/sms/tencent/" + config["path_token"], tencent, {"Content-Type": "application/json"})
