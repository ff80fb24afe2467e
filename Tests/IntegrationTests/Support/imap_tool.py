"""Arranges and inspects mailboxes on a test IMAP server (scripts/dovecot-throwaway) for the IMAP tests.

Usage: imap_tool.py --port P --user U --password W --cafile F COMMAND ...
Always IMAPS to 127.0.0.1:P, the certificate verified against F for the host name "localhost".
Commands, each printing one JSON value on stdout (a failure: a message on stderr, exit status 1):
  append MAILBOX FILE...  {"uids": [...], "uidvalidity": N}  (MAILBOX created if missing; each file's bytes
                          sent as they are, no flags; UIDs from the APPENDUID response codes)
  list MAILBOX            {"exists": true, "uidvalidity": N, "messages": [{"uid", "flags", "size", "sha256",
                          "message_id"}, ...]} in UID order, or {"exists": false}. Read-only (EXAMINE,
                          BODY.PEEK[]): \\Seen is not set. sha256 is of the full message as fetched (BODY[]),
                          size is RFC822.SIZE; \\Recent, a per-session flag, is left out of flags.
  recreate MAILBOX        {"uidvalidity_before": a, "uidvalidity_after": b, "uids": [...]}: the mailbox deleted
                          and created again (b != a) and its messages appended again, same bytes, same order
                          (UID order), flags cleared. Not INBOX, which IMAP cannot delete.
  create MAILBOX          {"mailbox": name, "created": true|false}  (false: it existed already)
  delete MAILBOX          {"mailbox": name, "deleted": true|false}  (false: there was no such mailbox)
  folders                 ["INBOX", ...]  (every mailbox name from LIST "" "*")
Dovecot stores mail with LF line endings and serves it with CRLF: a file round-trips byte for byte (sha256)
when its lines end in CRLF, as IMAP requires; bare-LF files come back with CRLF.
Python 3 standard library only.
"""

import argparse
import base64
import email.parser
import email.policy
import hashlib
import imaplib
import json
import re
import socket
import ssl
import sys
import time


class ToolError(Exception):
    pass


class Client(imaplib.IMAP4_SSL):
    """IMAPS to 127.0.0.1, verified as "localhost": the certificate names both, but "localhost" may resolve
    to ::1 first, where the test server does not listen."""

    def __init__(self, port, cafile, timeout):
        context = ssl.create_default_context(cafile=cafile)  # CERT_REQUIRED and check_hostname
        super().__init__("localhost", port, ssl_context=context, timeout=timeout)

    def _create_socket(self, timeout):
        sock = socket.create_connection(("127.0.0.1", self.port), timeout)
        return self.ssl_context.wrap_socket(sock, server_hostname="localhost")


def utf7_encode(name):
    """Modified UTF-7 (RFC 3501 5.1.3), the wire form of mailbox names."""
    out, pending = [], []

    def flush():
        if pending:
            raw = "".join(pending).encode("utf-16-be")
            out.append("&" + base64.b64encode(raw).decode().rstrip("=").replace("/", ",") + "-")
            pending.clear()

    for ch in name:
        if 0x20 <= ord(ch) <= 0x7E:
            flush()
            out.append("&-" if ch == "&" else ch)
        else:
            pending.append(ch)
    flush()
    return "".join(out)


def utf7_decode(name):
    def piece(match):
        text = match.group(1)
        if not text:
            return "&"
        text = text.replace(",", "/")
        return base64.b64decode(text + "=" * (-len(text) % 4)).decode("utf-16-be")

    return re.sub(r"&([A-Za-z0-9+,]*)-", piece, name)


def quoted(name):
    """A mailbox argument: imaplib sends arguments as they are, so spaces and quotes must be quoted here."""
    wire = utf7_encode(name)
    return '"' + wire.replace("\\", "\\\\").replace('"', '\\"') + '"'


def text_of(data):
    return b" ".join(d if isinstance(d, bytes) else b"" for d in data if d is not None).decode("utf-8", "replace")


def check(result, what):
    typ, data = result
    if typ != "OK":
        raise ToolError("%s: %s %s" % (what, typ, text_of(data)))
    return data


def examine(client, mailbox):
    """Selects MAILBOX read-only; returns its UIDVALIDITY, or None when it does not exist."""
    typ, data = client.select(quoted(mailbox), readonly=True)
    if typ != "OK":
        # Dovecot 2.3 answers a SELECT/EXAMINE of a missing mailbox with a bare NO (no [NONEXISTENT]), so ask
        # LIST whether the name exists before calling the NO a failure.
        if not [d for d in check(client.list('""', quoted(mailbox)), "LIST %s" % mailbox) if d is not None]:
            return None
        raise ToolError("EXAMINE %s: %s %s" % (mailbox, typ, text_of(data)))
    uidvalidity = client.response("UIDVALIDITY")[1]
    if not uidvalidity or uidvalidity[0] is None:
        raise ToolError("EXAMINE %s: no UIDVALIDITY" % mailbox)
    return int(uidvalidity[-1])


def status_uidvalidity(client, mailbox):
    data = check(client.status(quoted(mailbox), "(UIDVALIDITY)"), "STATUS %s" % mailbox)
    match = re.search(rb"UIDVALIDITY (\d+)", data[0] or b"")
    if not match:
        raise ToolError("STATUS %s: no UIDVALIDITY in %r" % (mailbox, data))
    return int(match.group(1))


def fetch_records(data):
    """Groups imaplib's FETCH data into messages. A literal (BODY[]) arrives as (text before it, bytes) and the
    rest of the response as plain bytes; literals are read by count, so text inside a mail (say a line
    "* 5 FETCH (BODY[] {123}" or "A004 OK") never reaches the text parsed here."""
    records, current = [], None
    for item in data:
        if item is None:
            continue
        head = item[0] if isinstance(item, tuple) else item
        if re.match(rb"\d+ \(", head):
            current = {"text": b"", "body": None}
            records.append(current)
        if current is None:
            raise ToolError("unexpected FETCH data %r" % (head[:100],))
        current["text"] += head
        if isinstance(item, tuple):
            if not re.search(rb"BODY\[\] \{\d+\}$", head):
                raise ToolError("unexpected literal after %r" % (head[-100:],))
            current["body"] = item[1]
    return records


def message_id(body):
    end = body.find(b"\r\n\r\n")
    header = body if end < 0 else body[: end + 2]
    value = email.parser.BytesHeaderParser(policy=email.policy.compat32).parsebytes(header).get("Message-ID")
    return None if value is None else " ".join(str(value).split())


def fetch_all(client, mailbox, keep_bodies):
    """Every message of the selected mailbox in UID order: uid, flags, size, sha256, message_id (+ body)."""
    data = check(client.uid("SEARCH", None, "ALL"), "UID SEARCH %s" % mailbox)
    uids = sorted(int(u) for u in b" ".join(d for d in data if d).split())
    messages = []
    for start in range(0, len(uids), 100):
        chunk = uids[start : start + 100]
        wanted = ",".join(str(u) for u in chunk)
        data = check(client.uid("FETCH", wanted, "(UID FLAGS RFC822.SIZE BODY.PEEK[])"), "UID FETCH %s" % mailbox)
        found = {}
        for record in fetch_records(data):
            uid = re.search(rb"UID (\d+)", record["text"])
            if not uid or record["body"] is None:
                continue  # an unsolicited FETCH (flag change by another session)
            flags = re.search(rb"FLAGS \(([^)]*)\)", record["text"])
            size = re.search(rb"RFC822\.SIZE (\d+)", record["text"])
            body = record["body"]
            entry = {
                "uid": int(uid.group(1)),
                "flags": [f for f in (flags.group(1).decode().split() if flags else []) if f != "\\Recent"],
                "size": int(size.group(1)) if size else len(body),
                "sha256": hashlib.sha256(body).hexdigest(),
                "message_id": message_id(body),
            }
            if keep_bodies:
                entry["body"] = body
            found[entry["uid"]] = entry
        missing = [u for u in chunk if u not in found]
        if missing:
            raise ToolError("UID FETCH %s: no body for UIDs %s (expunged meanwhile?)" % (mailbox, missing[:10]))
        messages += [found[u] for u in chunk]
    return messages


def create(client, mailbox):
    typ, data = client.create(quoted(mailbox))
    if typ == "OK":
        return True
    if "ALREADYEXISTS" in text_of(data):
        return False
    raise ToolError("CREATE %s: %s %s" % (mailbox, typ, text_of(data)))


def delete(client, mailbox):
    typ, data = client.delete(quoted(mailbox))
    if typ == "OK":
        return True
    if "NONEXISTENT" in text_of(data):
        return False
    raise ToolError("DELETE %s: %s %s" % (mailbox, typ, text_of(data)))


def append(client, mailbox, body):
    """APPEND of exactly these bytes, no flags, no date. imaplib's own append() rewrites every bare LF and CR
    to CRLF (MapCRLF), so the literal is handed to its command machinery directly. Returns (uidvalidity, uid)."""
    client.literal = body
    data = check(client._simple_command("APPEND", quoted(mailbox)), "APPEND %s" % mailbox)
    match = re.search(r"\[APPENDUID (\d+) (\d+)\]", text_of(data))
    if not match:
        raise ToolError("APPEND %s: no APPENDUID in %r" % (mailbox, text_of(data)))
    return int(match.group(1)), int(match.group(2))


def append_all(client, mailbox, bodies):
    uids, uidvalidity = [], None
    for body in bodies:
        validity, uid = append(client, mailbox, body)
        if uidvalidity is not None and validity != uidvalidity:
            raise ToolError("APPEND %s: UIDVALIDITY changed from %d to %d meanwhile" % (mailbox, uidvalidity, validity))
        uidvalidity = validity
        uids.append(uid)
    return uids, uidvalidity


def command_append(client, args):
    bodies = []
    for path in args.files:
        with open(path, "rb") as f:
            bodies.append(f.read())
    create(client, args.mailbox)
    uids, uidvalidity = append_all(client, args.mailbox, bodies)
    if uidvalidity is None:
        uidvalidity = status_uidvalidity(client, args.mailbox)
    return {"uids": uids, "uidvalidity": uidvalidity}


def command_list(client, args):
    uidvalidity = examine(client, args.mailbox)
    if uidvalidity is None:
        return {"exists": False}
    messages = fetch_all(client, args.mailbox, keep_bodies=False)
    client.close()
    return {"exists": True, "uidvalidity": uidvalidity, "messages": messages}


def command_recreate(client, args):
    if args.mailbox.upper() == "INBOX":
        raise ToolError("INBOX cannot be deleted in IMAP; use another mailbox")
    before = examine(client, args.mailbox)
    if before is None:
        raise ToolError("no mailbox %s" % args.mailbox)
    bodies = [m["body"] for m in fetch_all(client, args.mailbox, keep_bodies=True)]
    client.close()
    after = None
    for _ in range(5):
        delete(client, args.mailbox)
        create(client, args.mailbox)
        after = status_uidvalidity(client, args.mailbox)
        if after != before:
            break
        # Dovecot derives a new mailbox's UIDVALIDITY from the clock (seconds).
        time.sleep(1)
    if after == before:
        raise ToolError("UIDVALIDITY stayed %d after 5 tries" % before)
    uids, appended = append_all(client, args.mailbox, bodies)
    if appended is not None and appended != after:
        raise ToolError("APPEND saw UIDVALIDITY %d, not %d" % (appended, after))
    return {"uidvalidity_before": before, "uidvalidity_after": after, "uids": uids}


def command_create(client, args):
    return {"mailbox": args.mailbox, "created": create(client, args.mailbox)}


def command_delete(client, args):
    return {"mailbox": args.mailbox, "deleted": delete(client, args.mailbox)}


LIST_LINE = re.compile(rb'^\((?P<flags>[^)]*)\) (?P<delim>NIL|"(?:[^"\\]|\\.)*") ?(?P<name>.*)$')


def command_folders(client, args):
    data = check(client.list('""', '"*"'), "LIST")
    names = []
    for item in data:
        if item is None:
            continue
        if isinstance(item, tuple):  # the name came as a literal
            head, name = item[0], item[1]
        else:
            match = LIST_LINE.match(item)
            if not match:
                raise ToolError("unexpected LIST line %r" % (item,))
            name = match.group("name")
            if name.startswith(b'"') and name.endswith(b'"'):
                name = re.sub(rb"\\(.)", rb"\1", name[1:-1])
        names.append(utf7_decode(name.decode("utf-8", "replace")))
    return names


def main():
    parser = argparse.ArgumentParser(description="Arranges and inspects mailboxes on a test IMAP server.")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--user", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--cafile", required=True)
    parser.add_argument("--timeout", type=float, default=60, help="socket timeout in seconds (default 60)")
    commands = parser.add_subparsers(dest="command", required=True)
    p = commands.add_parser("append")
    p.add_argument("mailbox")
    p.add_argument("files", nargs="+")
    p.set_defaults(run=command_append)
    for name, run in (("list", command_list), ("recreate", command_recreate),
                      ("create", command_create), ("delete", command_delete)):
        p = commands.add_parser(name)
        p.add_argument("mailbox")
        p.set_defaults(run=run)
    commands.add_parser("folders").set_defaults(run=command_folders)
    args = parser.parse_args()

    try:
        client = Client(args.port, args.cafile, args.timeout)
        try:
            check(client.login(args.user, args.password), "LOGIN")
            result = args.run(client, args)
        finally:
            try:
                client.logout()
            except (imaplib.IMAP4.error, OSError):
                pass
    except ToolError as error:
        sys.exit("imap_tool %s: %s" % (args.command, error))
    except (imaplib.IMAP4.error, ssl.SSLError, ssl.CertificateError) as error:
        sys.exit("imap_tool %s: IMAP/TLS error: %s" % (args.command, error))
    except OSError as error:
        sys.exit("imap_tool %s: cannot talk to 127.0.0.1:%d: %s" % (args.command, args.port, error))
    json.dump(result, sys.stdout)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
