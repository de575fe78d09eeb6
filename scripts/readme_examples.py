"""Run the command examples in README.md and docs/*.md and write their real output under them.

Each page (README.md, then every page of docs/ but the generated cli.md) is run on its own, in a fresh scratch
folder.  Every fenced ```console block in a page whose first line starts with ``$ factcheck`` (or
``$ echo``/``$ printf`` piped into factcheck) is an example: each ``$ `` line is run, in order,
in one scratch folder that holds a copy of the starter ``claims.yaml`` and of the test
fixtures named in ``FILES``, and the lines after it are replaced by what the command printed
(standard output and error, as plain text wrapped at 100 columns; not wrapped when piped into head
or tail, as a real pipe never wraps: the lines kept are the ones a reader's pipe prints).
``$ echo $?`` prints the previous command's exit code.  ``$ mkdir NAME`` and ``$ cd NAME`` make and enter an
empty folder, as the walkthrough "Your first claims.yaml" does, until the next ``## `` section; there a ```yaml
block whose first line is ``# claims.yaml`` or ``# claims.yaml: ...`` (a comment, harmless when copied) is
saved as ``claims.yaml``, as the reader is told to save it, so that the commands after it read the file shown.

    python scripts/readme_examples.py          # rewrite README.md and the docs pages
    python scripts/readme_examples.py --check  # exit 1 if one is out of date (the tests run this)

So the documentation's examples are never made up: the test suite fails when one goes stale.
"""

from __future__ import annotations

import argparse
import os
import re
import shlex
import shutil
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
README = REPO / "README.md"


def pages() -> list[Path]:
    """The pages whose examples are run: README.md, then docs/*.md but cli.md (``--help``, which
    scripts/cli_reference.py writes).  The tests read the same list (tests/documentation.py)."""
    return [README, *sorted(p for p in (REPO / "docs").glob("*.md") if p.name != "cli.md")]


#: files the examples use, by the name they have in the scratch folder: a file of the repository by its own path
#: there too, as a reader runs README's tour in the factcheck folder
FILES = {
    "claims.yaml": REPO / "claims.yaml",
    "tests/fixtures/scan/explainer.md": REPO / "tests" / "fixtures" / "scan" / "explainer.md",
    "article.md": REPO / "tests" / "fixtures" / "scan" / "explainer.md",
    "essay.docx": REPO / "tests" / "fixtures" / "docx" / "essay.docx",
    "essay.odt": REPO / "tests" / "fixtures" / "odt" / "essay.odt",
    "google-results.json": REPO / "tests" / "fixtures" / "interop" / "google_search.json",
    "downloaded-fact-check.html": REPO / "tests" / "fixtures" / "interop" / "page_graph.html",
}
BLOCK = re.compile(r"^```(console|yaml)\n(.*?)^```\n", re.M | re.S)
#: the first line of a ```yaml block the reader saves as claims.yaml, and the examples after it read
SAVED_AS_CLAIMS_FILE = "# claims.yaml"
#: a folder made and entered (one name, no path)
FOLDER_COMMAND = re.compile(r"^(?P<command>mkdir|cd) (?P<name>[\w.-]+)$")
PIPE_INTO = re.compile(r"^(?:echo|printf) (?P<text>.+?) \| (?P<command>factcheck .+)$")
README_WIDTH = 100
HEAD_OR_TAIL = re.compile(r"^(?P<command>.+?) \| (?P<end>head|tail) -(?P<lines>\d+)$")


@contextmanager
def scratch_folder() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="factcheck-readme-") as name:
        folder = Path(name)
        for name, source in FILES.items():
            (folder / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, folder / name)
        yield folder


class Session:
    """Runs README commands in-process, one after the other, like a person in a terminal."""

    def __init__(self, folder: Path) -> None:
        from typer.testing import CliRunner

        self.root = self.folder = folder
        self.runner = CliRunner()
        self.last_exit = 0

    def run(self, line: str) -> str:
        if line == "echo $?":
            return f"{self.last_exit}\n"
        folder_command = FOLDER_COMMAND.match(line)
        if folder_command:
            target = self.folder / folder_command.group("name")
            if folder_command.group("command") == "mkdir":
                target.mkdir()  # fails as mkdir does when it is there: the walkthrough starts from an empty folder
            elif not target.is_dir():
                raise SystemExit(f"README example: no folder {target.name!r} to cd to")
            else:
                self.folder = target
            self.last_exit = 0
            return ""
        head = HEAD_OR_TAIL.match(line)
        keep_lines = int(head.group("lines")) if head else None
        from_end = bool(head) and head.group("end") == "tail"
        line = head.group("command") if head else line
        stdin: str | None = None
        piped = PIPE_INTO.match(line)
        if piped:
            stdin = "".join(shlex.split(piped.group("text"))).encode().decode("unicode_escape")
            if line.startswith("echo"):
                stdin += "\n"
            line = piped.group("command")
        args = shlex.split(line)
        if args[0] != "factcheck":
            raise SystemExit(f"README example is not a factcheck command: {line!r}")
        # A real pipe never wraps: a command cut by head or tail shows its unwrapped lines.
        output = self._invoke(args[1:], stdin, wrap=head is None)
        if keep_lines is not None:
            lines = output.splitlines(keepends=True)
            output = "".join(lines[-keep_lines:] if from_end else lines[:keep_lines])
        return output

    def _invoke(self, args: list[str], stdin: str | None, *, wrap: bool = True) -> str:
        from factcheck.cli import app, output

        # Wrap as a 100-column terminal would, so the README reads well; a command piped into
        # head or tail is not wrapped, as a real pipe never wraps (the lines head keeps are the
        # ones a reader's pipe prints).
        output.pipe_width = README_WIDTH if wrap else None

        previous = Path.cwd()
        os.chdir(self.folder)
        try:
            # FACTCHECK_MATCHER: the output of a default install (no semantic extra), wherever this runs
            env = {
                "COLUMNS": "100",
                "NO_COLOR": "1",
                "FACTCHECK_KB": "",
                "VISUAL": "",
                "EDITOR": "",
                "FACTCHECK_MATCHER": "lexical",
            }
            result = self.runner.invoke(app, args, input=stdin, env=env, catch_exceptions=False)
        finally:
            os.chdir(previous)
        self.last_exit = result.exit_code
        return result.output


def render_block(body: str, session: Session) -> str:
    lines = body.splitlines()
    out: list[str] = []
    for line in lines:
        if not line.startswith("$ "):
            continue  # old output: replaced
        command = line[2:]
        out.append(line)
        out.extend(line.rstrip() for line in session.run(command).rstrip("\n").splitlines())
    return "\n".join(out) + "\n"


def is_example(body: str) -> bool:
    first = body.splitlines()[0] if body else ""
    return first.startswith("$ factcheck") or bool(PIPE_INTO.match(first[2:]) or FOLDER_COMMAND.match(first[2:]))


def updated_readme(text: str) -> str:
    with scratch_folder() as folder:
        session = Session(folder)
        end_of_last_block = 0

        def replace(match: re.Match[str]) -> str:
            nonlocal end_of_last_block
            if "\n## " in text[end_of_last_block : match.start()]:
                session.folder = session.root  # a folder entered with 'cd' is left at the next section
            end_of_last_block = match.end()
            language, body = match.group(1), match.group(2)
            if language == "yaml":
                first = body.split("\n", 1)[0]
                if first == SAVED_AS_CLAIMS_FILE or first.startswith(SAVED_AS_CLAIMS_FILE + ":"):
                    (session.folder / "claims.yaml").write_text(body, encoding="utf-8")
                return match.group(0)
            if not is_example(body):
                return match.group(0)
            return "```console\n" + render_block(body, session) + "```\n"

        return BLOCK.sub(replace, text)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="exit 1 if a page is not up to date; change nothing")
    options = parser.parse_args()
    sys.path.insert(0, str(REPO))
    stale = []
    for page in pages():
        name = str(page.relative_to(REPO))
        current = page.read_text(encoding="utf-8")
        fresh = updated_readme(current)
        if fresh == current:
            continue
        if options.check:
            import difflib

            sys.stdout.writelines(
                difflib.unified_diff(
                    current.splitlines(keepends=True), fresh.splitlines(keepends=True), name, f"{name} (run)"
                )
            )
            stale.append(name)
        else:
            page.write_text(fresh, encoding="utf-8")
    if stale:
        print(f"{', '.join(stale)}: examples out of date: run python scripts/readme_examples.py", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
