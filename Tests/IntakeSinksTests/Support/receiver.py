"""A helpdesk stand-in for the HTTP sink's tests: verifies every delivery's Standard Webhooks signature with the
PyPI `standardwebhooks` library and answers as it is told.

Usage: receiver.py SECRET. Prints its port on the first line. POST /_mode with ok, 429, 500, 410 or hang sets how
it answers deliveries (POST anything else); GET /_received lists what it received:
[{"id": webhook-id, "idempotency_key", "verified", "answered", "items"}].
"""

import json
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from standardwebhooks.webhooks import Webhook, WebhookVerificationError

webhook = Webhook(sys.argv[1])
state = {"mode": "ok", "received": []}
lock = threading.Lock()


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def answer(self, status, body=b"", headers=None):
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        with lock:
            body = json.dumps(state["received"]).encode()
        self.answer(200, body, {"Content-Type": "application/json"})

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        if self.path == "/_mode":
            with lock:
                state["mode"] = body.decode().strip()
            return self.answer(204)
        try:
            payload = webhook.verify(body, {k.lower(): v for k, v in self.headers.items()})
            verified = True
        except WebhookVerificationError:
            payload, verified = None, False
        with lock:
            mode = state["mode"]
            state["received"].append({
                "id": self.headers.get("webhook-id"),
                "idempotency_key": self.headers.get("Idempotency-Key"),
                "verified": verified,
                "answered": mode,
                "items": len(payload) if isinstance(payload, list) else 1,
                "extra_header": self.headers.get("X-Tenant"),
                "authorization": self.headers.get("Authorization"),
            })
        if mode == "hang":
            time.sleep(5)
            return self.answer(200)
        if mode == "429":
            return self.answer(429, b"slow down", {"Retry-After": "1"})
        if mode == "500":
            return self.answer(500, b"internal error")
        if mode == "410":
            return self.answer(410, b"endpoint disabled by the helpdesk")
        return self.answer(200, b'{"ok":true}', {"Content-Type": "application/json"})


server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
print(server.server_address[1], flush=True)
server.serve_forever()
