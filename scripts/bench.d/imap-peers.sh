# shellcheck shell=bash
# The IMAP bench's peers, to be sourced (by scripts/bench): fetchmail and getmail6 draining a mailbox of a
# throwaway Dovecot (scripts/dovecot-throwaway) over IMAPS with the CA checked, each timed as a whole process.
#   imap_bench_reset DIR USER MAILBOX MAILDIR_OF_MAILS
#       MAILBOX deleted and made again (new UIDVALIDITY, no flags), preloaded with every file of
#       MAILDIR_OF_MAILS (a folder of .eml files, such as scripts/bench.d/imap-mails.py writes) by the Maildir
#       drop, then one imaplib STATUS, so Dovecot indexes the mails before a timed run; checks the count.
#   imap_bench_fetchmail DIR PORT USER PASS MAILBOX WORKDIR
#   imap_bench_getmail DIR PORT USER PASS MAILBOX WORKDIR
#       drain MAILBOX (IMAPS PORT, CA DIR/cert.pem, host name localhost) into WORKDIR/fetchmail or
#       WORKDIR/getmail (emptied first) and print one line
#           TOOL messages=M seconds=S mails_per_s=R
#       M counted from what landed in WORKDIR and checked against the mailbox's STATUS MESSAGES (a mismatch is a
#       failure, status 1); S is the wall time of the whole tool process (start, TLS, login, fetch, exit).
# What each peer does per mail is its own: fetchmail (keep fetchall) appends every mail to one BSMTP file (no
# SMTP, no fsync) and marks it \Seen on the server; getmail6 (read_all, delete = false) forks a delivery process
# per mail that writes and fsyncs a Maildir file. Reset before every timed run, so each starts from unseen mail.
# Needs fetchmail and getmail6 (apt), python3, root (Dovecot's Maildir belongs to uid 5000, and getmail6's
# delivery runs as nobody: it refuses to deliver as root).

_imap_bench_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

_imap_bench_now() { date +%s.%N; }

# MESSAGES of MAILBOX by one imaplib STATUS over IMAPS (127.0.0.1, verified as localhost). STATUS also makes
# Dovecot sync the Maildir: it moves new/ to cur/ and writes UIDs and indexes for dropped mails.
_imap_bench_status() { # DIR PORT USER PASS MAILBOX
    python3 - "$@" <<'PY'
import imaplib, re, socket, ssl, sys
folder, port, user, password, mailbox = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
context = ssl.create_default_context(cafile=folder + "/cert.pem")
class Client(imaplib.IMAP4_SSL):
    def _create_socket(self, timeout):
        return context.wrap_socket(socket.create_connection(("127.0.0.1", self.port), timeout), server_hostname="localhost")
client = Client("localhost", port, ssl_context=context, timeout=120)
client.login(user, password)
typ, data = client.status('"%s"' % mailbox.replace("\\", "\\\\").replace('"', '\\"'), "(MESSAGES)")
client.logout()
match = re.search(rb"MESSAGES (\d+)", data[0] or b"") if typ == "OK" else None
if not match:
    sys.exit("imap bench: STATUS %s: %s %r" % (mailbox, typ, data))
print(match.group(1).decode())
PY
}

# The passwd-file's {PLAIN} password of USER in a throwaway Dovecot (reset gets no password argument).
_imap_bench_password() { # DIR USER
    awk -F: -v user="$2" '$1 == user { sub(/^\{PLAIN\}/, "", $2); print $2; exit }' "$1/users"
}

# "TOOL messages=M seconds=S mails_per_s=R" after checking M against the mailbox.
_imap_bench_report() { # TOOL COUNT START END DIR PORT USER PASS MAILBOX
    local tool=$1 count=$2 start=$3 end=$4 expected
    expected=$(_imap_bench_status "$5" "$6" "$7" "$8" "$9") || return 1
    if [ "$count" != "$expected" ]; then
        echo "imap bench: $tool delivered $count mails but $9 holds $expected" >&2
        return 1
    fi
    awk -v tool="$tool" -v m="$count" -v s="$start" -v e="$end" \
        'BEGIN { d = e - s; printf "%s messages=%d seconds=%.2f mails_per_s=%.0f\n", tool, m, d, (d > 0 ? m / d : 0) }'
}

imap_bench_reset() { # DIR USER MAILBOX MAILDIR_OF_MAILS
    local dir=$1 user=$2 mailbox=$3 mails=$4 files stored port password
    files=$(find "$mails" -maxdepth 1 -type f | wc -l)
    [ "$files" -gt 0 ] || { echo "imap bench: no mails in $mails" >&2; return 1; }
    # doveadm deletes the folder with its mails and indexes (status 68: there was none); the next create gets a
    # new UIDVALIDITY, and dropped files carry no flags.
    doveadm -c "$dir/dovecot.conf" mailbox delete -u "$user" "$mailbox" 2>/dev/null || [ $? -eq 68 ] || return 1
    "$_imap_bench_root/scripts/dovecot-throwaway" drop "$dir" "$user" "$mailbox" "$mails" >/dev/null || return 1
    port=$(cat "$dir/imaps_port")
    password=$(_imap_bench_password "$dir" "$user")
    stored=$(_imap_bench_status "$dir" "$port" "$user" "$password" "$mailbox") || return 1
    if [ "$stored" != "$files" ]; then
        echo "imap bench: $mailbox holds $stored mails after dropping $files" >&2
        return 1
    fi
}

imap_bench_fetchmail() { # DIR PORT USER PASS MAILBOX WORKDIR
    local dir=$1 port=$2 user=$3 pass=$4 mailbox=$5 work=$6/fetchmail start end status=0 count
    rm -rf "$work"
    mkdir -p "$work"
    # fetchmail refuses an rc file that others can read. "via 127.0.0.1": Dovecot listens on IPv4 only, and
    # "localhost" may resolve to ::1 first. fetchmail then checks the certificate's CN against "127.0.0.1" (it
    # ignores the IP SAN), so sslcommonname names the host the certificate is for. sslcertfile is the CA file.
    # bsmtp: every mail appended to one file, no SMTP listener needed. keep fetchall: nothing deleted, seen
    # mail fetched too.
    (
        umask 077
        cat >"$work/fetchmailrc" <<RC
set no syslog
set no bouncemail
poll localhost via 127.0.0.1 port $port protocol IMAP
    user "${user//\"/\\\"}" there with password "${pass//\"/\\\"}" is "$(id -un)" here
    folder "${mailbox//\"/\\\"}"
    ssl sslcertck sslcertfile "$dir/cert.pem" sslcommonname "localhost"
    keep fetchall
    bsmtp "$work/out.bsmtp"
RC
    )
    start=$(_imap_bench_now)
    # FETCHMAILHOME: its PID/lock file and id file go to the work folder, so runs never meet another fetchmail.
    FETCHMAILHOME=$work fetchmail -f "$work/fetchmailrc" --nodetach --silent >"$work/fetchmail.log" 2>&1 </dev/null || status=$?
    end=$(_imap_bench_now)
    # Status 1 is "no mail", right for an empty mailbox; the count check below settles it.
    if [ "$status" -gt 1 ]; then
        echo "imap bench: fetchmail failed (status $status):" >&2
        cat "$work/fetchmail.log" >&2
        return 1
    fi
    # Mails in the BSMTP file: MAIL FROM, RCPT TO…, DATA, the dot-stuffed message, a line ".".
    count=$(python3 - "$work/out.bsmtp" <<'PY'
import os, sys
path, count, state = sys.argv[1], 0, "envelope"
if os.path.exists(path):
    with open(path, "rb") as f:
        for line in f:
            line = line.rstrip(b"\r\n")
            if state == "envelope":
                if line == b"DATA":
                    state = "data"
                elif line and not line.startswith((b"MAIL FROM:", b"RCPT TO:")):
                    sys.exit("imap bench: unexpected BSMTP line %r" % line[:80])
            elif line == b".":
                count, state = count + 1, "envelope"
    if state != "envelope":
        sys.exit("imap bench: the BSMTP file ends inside a message")
print(count)
PY
) || return 1
    _imap_bench_report fetchmail "$count" "$start" "$end" "$dir" "$port" "$user" "$pass" "$mailbox"
}

imap_bench_getmail() { # DIR PORT USER PASS MAILBOX WORKDIR
    local dir=$1 port=$2 user=$3 pass=$4 mailbox=$5 work=$6/getmail start end status=0 count
    rm -rf "$work"
    mkdir -p "$work/Maildir/new" "$work/Maildir/cur" "$work/Maildir/tmp"
    # getmail6 refuses to deliver as root: its per-mail delivery child runs as nobody (user =), so the Maildir
    # is nobody's, and nobody must be able to reach it (every parent o+x).
    chown -R nobody "$work/Maildir"
    runuser -u nobody -- test -w "$work/Maildir/new" ||
        { echo "imap bench: nobody cannot write $work/Maildir (parents must be o+x)" >&2; return 1; }
    # server 127.0.0.1 (Dovecot is IPv4 only) with ssl_cert_hostname localhost: the name checked in the
    # certificate against ca_certs. read_all: every mail, not only those missing from getmail's oldmail file.
    # timeout (default 180 s) also bounds getmail's wait for a delivery child; see the retry below.
    cat >"$work/getmailrc" <<RC
[retriever]
type = SimpleIMAPSSLRetriever
server = 127.0.0.1
port = $port
username = $user
password = $pass
mailboxes = ("${mailbox//\"/\\\"}",)
ca_certs = $dir/cert.pem
ssl_cert_hostname = localhost
timeout = 20

[destination]
type = Maildir
path = $work/Maildir/
user = nobody

[options]
read_all = true
delete = false
verbose = 0
RC
    chmod 0600 "$work/getmailrc"
    # getmail6 6.18 installs its SIGCHLD handler only after fork(): when a delivery child exits first (a busy
    # machine), the parent never hears of it, waits out the timeout and aborts with "waiting child pid N timed
    # out" (getmail6 issues #52, #226). Such a run is repeated from scratch, twice at most; it is not timed.
    for attempt in 1 2 3; do
        status=0
        rm -rf "$work/Maildir/new" "$work/Maildir/cur" "$work/Maildir/tmp" "$work"/oldmail-*
        mkdir -p "$work/Maildir/new" "$work/Maildir/cur" "$work/Maildir/tmp"
        chown -R nobody "$work/Maildir"
        start=$(_imap_bench_now)
        getmail --getmaildir "$work" --rcfile "$work/getmailrc" >"$work/getmail.log" 2>&1 </dev/null || status=$?
        end=$(_imap_bench_now)
        [ "$status" -ne 0 ] && grep -q "waiting child pid .* timed out" "$work/getmail.log" || break
        echo "imap bench: getmail6 lost a delivery child (its SIGCHLD race) in attempt $attempt of 3" >&2
    done
    if [ "$status" -ne 0 ]; then
        echo "imap bench: getmail failed (status $status):" >&2
        tail -20 "$work/getmail.log" >&2
        return 1
    fi
    count=$(find "$work/Maildir/new" "$work/Maildir/cur" -type f | wc -l)
    _imap_bench_report getmail6 "$count" "$start" "$end" "$dir" "$port" "$user" "$pass" "$mailbox"
}
