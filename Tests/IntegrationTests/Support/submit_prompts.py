#!/usr/bin/env python3
"""Answers `intake submit`'s prompts on a pseudo-terminal, as an agent at a terminal would.

Usage: submit_prompts.py INTAKE-BINARY CONFIG

The first phone number given is wrong; the gateway refuses it and the command asks for the phone again. Prints the
whole conversation; exits with the command's status.
"""

import os
import pty
import sys
import time

binary, config = sys.argv[1], sys.argv[2]
answers = {
    "Complainant's name": "赵磊",
    "Phone": ["12", "13700137000"],
    "E-mail": "",
    "When it happened": "",
    "Where": "西单门店",
    "About": "store",
    "Its id": "XD-01",
    "Its name": "",
    "Subject": "",
    "What happened": "门店拒绝开发票。\n店员说系统坏了。\n.",
    "What they ask for": "补开发票",
    "Category": "",
    "Severity": "",
    "Why this severity": "",
}

pid, fd = pty.fork()
if pid == 0:
    os.execv(binary, [binary, "submit", "--config", config])

transcript = b""
deadline = time.time() + 60
asked = {}
while time.time() < deadline:
    try:
        chunk = os.read(fd, 4096)
    except OSError:
        break
    if not chunk:
        break
    transcript += chunk
    text = transcript.decode("utf-8", "replace")
    # Answer the last prompt once it is complete (ends with ": ").
    if text.endswith(": "):
        line = text.rsplit("\n", 1)[-1]
        for label, answer in answers.items():
            if line.startswith(label):
                count = asked.get(label, 0)
                asked[label] = count + 1
                value = answer[min(count, len(answer) - 1)] if isinstance(answer, list) else answer
                os.write(fd, (value + "\n").encode("utf-8"))
                break
_, status = os.waitpid(pid, 0)
sys.stdout.write(transcript.decode("utf-8", "replace"))
sys.exit(os.waitstatus_to_exitcode(status))
