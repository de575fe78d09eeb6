"""Write docs/cli.md: the ``--help`` of factcheck and of every command, as the program prints it.

python scripts/cli_reference.py          # rewrite docs/cli.md
python scripts/cli_reference.py --check  # exit 1 if docs/cli.md is out of date (the tests run this)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TARGET = REPO / "docs" / "cli.md"
WIDTH = "100"


def help_text(args: list[str]) -> str:
    from typer.testing import CliRunner

    from factcheck.cli import app

    result = CliRunner().invoke(app, [*args, "--help"], env={"COLUMNS": WIDTH, "NO_COLOR": "1", "TERM": "dumb"})
    assert result.exit_code == 0, result.output
    return "\n".join(line.rstrip() for line in result.output.splitlines()) + "\n"


def command_names() -> list[str]:
    from typer.main import get_command

    from factcheck.cli import app

    group = get_command(app)
    return list(getattr(group, "commands", {}))


def reference() -> str:
    parts = [
        "# factcheck command reference\n",
        "Generated from `--help` by `python scripts/cli_reference.py`; do not edit by hand.\n",
        "## factcheck\n",
        "```\n" + help_text([]) + "```\n",
    ]
    for name in command_names():
        parts.append(f"## factcheck {name}\n")
        parts.append("```\n" + help_text([name]) + "```\n")
    return "\n".join(parts)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="exit 1 if docs/cli.md is not up to date")
    options = parser.parse_args()
    sys.path.insert(0, str(REPO))
    fresh = reference()
    if options.check:
        current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
        if current != fresh:
            print("docs/cli.md is out of date: run python scripts/cli_reference.py", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(fresh, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
