#!/usr/bin/env python3
"""Passphrase-encrypted files between icso-assess and the age tool, both ways. Both read the
passphrase from the terminal only (never the command line or the environment), so each runs in
a pseudo-terminal here and is typed to. Python 3 standard library only.

Usage: python3 .ci/check-age-passphrase.py BIN ANSWERS.toml WORKDIR
"""
import os
import pty
import select
import subprocess
import sys
import time

PASSPHRASE = b"a long passphrase typed twice"


def run(argv, replies, cwd):
    """Run argv in a pty in cwd; answer each (prompt, reply) in turn; the exit code."""
    pid, fd = pty.fork()
    if pid == 0:
        os.chdir(cwd)
        os.execvp(argv[0], argv)
    seen = b""
    pending = list(replies)
    deadline = time.monotonic() + 120
    while True:
        left = deadline - time.monotonic()
        ready, _, _ = select.select([fd], [], [], max(left, 0))
        if not ready:
            os.kill(pid, 9)
            sys.exit(f"{argv[0]}: no {pending[0][0]!r} within 120 s; shown: {seen!r}")
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
        while pending and pending[0][0] in seen:
            prompt, reply = pending.pop(0)
            seen = seen[seen.index(prompt) + len(prompt):]
            os.write(fd, reply + b"\r")
    _, status = os.waitpid(pid, 0)
    code = os.waitstatus_to_exitcode(status)
    if code != 0 or pending:
        sys.exit(f"{' '.join(argv)} exited {code}, prompts left {pending}; shown: {seen!r}")


def main():
    binary, answers, work = sys.argv[1], os.path.abspath(sys.argv[2]), sys.argv[3]
    tool = lambda *args: subprocess.run([binary, *args], cwd=work, check=True, capture_output=True).stdout
    tool("convert", answers, "-o", "plain.toml")
    plain = open(os.path.join(work, "plain.toml"), "rb").read()
    want = tool("report", "--answers", "plain.toml", "--format", "json")

    # age -p encrypts; icso-assess asks the passphrase and reads it.
    run(["age", "-p", "-o", "theirs.toml.age", "plain.toml"],
        [(b"Enter passphrase", PASSPHRASE), (b"Confirm passphrase", PASSPHRASE)], work)
    run([binary, "report", "--answers", "theirs.toml.age", "--format", "json", "-o", "theirs.json"],
        [(b"Passphrase for theirs.toml.age: ", PASSPHRASE)], work)
    if open(os.path.join(work, "theirs.json"), "rb").read() != want:
        sys.exit("the report of the file age -p encrypted differs from the plain report")

    # icso-assess encrypts (the passphrase asked twice); age -d decrypts.
    run([binary, "convert", "plain.toml", "-o", "ours.toml.age", "--passphrase"],
        [(b"Passphrase to encrypt ours.toml.age: ", PASSPHRASE),
         (b"The same passphrase again: ", PASSPHRASE)], work)
    run(["age", "-d", "-o", "ours.toml", "ours.toml.age"], [(b"Enter passphrase", PASSPHRASE)], work)
    if open(os.path.join(work, "ours.toml"), "rb").read() != plain:
        sys.exit("age -d of the file icso-assess encrypted differs from the answers")
    print("passphrase files read both ways between icso-assess and age")


if __name__ == "__main__":
    main()
