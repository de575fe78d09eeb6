"""A separate process that writes a claims file, for the crash and concurrency tests.

python claims_writer.py add PATH PREFIX COUNT   add COUNT claims with ids PREFIX-0, PREFIX-1, ...
python claims_writer.py hold-lock PATH          take the file's lock, print 'locked', wait to be killed
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from factcheck.editing import add_claims
from factcheck.model import Claim, Source, Verdict
from factcheck.safewrite import file_lock


def numbered_claim(prefix: str, number: int) -> Claim:
    return Claim(
        id=f"{prefix}-{number}",
        claim=f"Statement {number} written by process {prefix}",
        verdict=Verdict.FALSE,
        sources=(Source(url=f"https://example.org/{prefix}/{number}", date="2025"),),
    )


def main(argv: list[str]) -> int:
    command, path = argv[0], Path(argv[1])
    if command == "add":
        prefix, count = argv[2], int(argv[3])
        for number in range(count):
            add_claims(path, [numbered_claim(prefix, number)], lock_timeout=60)
        return 0
    if command == "hold-lock":
        with file_lock(path):
            print("locked", flush=True)
            time.sleep(60)
        return 0
    raise SystemExit(f"unknown command {command!r}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
