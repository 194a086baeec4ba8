#!/usr/bin/env python3
"""The layer rule of docs/architecture.md, checked on every #include.

Each folder of engine/ is one library and may include only the folders listed
for it below; the public headers (engine/include/vanthu) may include only the
C and C++ standard library. The command (engine/cli) is held to exact headers:
its document commands use only the public API, its service commands the
service headers of CLI_SERVICE_HEADERS. Run by ctest (test `layers`), so a forbidden
include fails CI. Exit 1 with one line per violation: file:line: message.
"""
import re
import sys
from pathlib import Path

# library -> the engine folders its files may include (itself implied).
ALLOWED = {
    "core": set(),
    "model": {"core"},
    "vn": {"core"},
    "template": {"core", "vn"},
    # The derive stage: typed values computed from the data before Mustache.
    "derive": {"core", "vn", "template"},
    "realise": {"core", "vn", "model", "template"},
    "docx": {"core", "model"},
    "layout": {"core", "model"},
    # vn only for Vietnam's time zone (vn/vietnam_time.h).
    "pdf": {"core", "model", "layout", "vn"},
    "check": {"core", "model", "vn"},
    "api": {"core", "model", "vn", "template", "derive", "realise", "docx", "layout", "pdf"},
    # libvanthu.so: the public API over the engine.
    "public": {"core", "model", "template", "api", "check", "layout", "vanthu"},
    # Digital signatures over PDFs the pdf writer made (docs/signing.md).
    "sign": {"core", "model", "layout", "pdf"},
    # The issuing register (docs/register.md): renders through api; derive for
    # the dates it parses once before rendering (derive::parse_dates).
    "register": {"core", "model", "vn", "template", "derive", "api"},
    # vanthu serve (docs/server.md).
    "server": {"core", "model", "template", "api", "check", "layout", "register", "sign"},
    # The command: the public API, and for the service commands only the
    # headers of CLI_SERVICE_HEADERS (checked header by header below).
    "cli": {"vanthu", "register", "server", "sign", "layout", "core"},
}

# The files of the document commands (render, batch, check, templates) and
# what they share: the public API (vanthu/…) and one another only, and of the
# system headers only the standard library's (docs/architecture.md).
# These are the sources of the `vanthu` program (cli_document_srcs in
# engine/CMakeLists.txt, checked below), linked with libvanthu alone; it hands
# the service commands over to vanthu-services (cli/services.h). sign_options
# parses render's signing options; the signing itself (sign_with_options.cpp)
# is a service file.
CLI_DOCUMENT_FILES = {
    "main.cpp", "commands.h", "render_command.cpp", "batch_command.cpp", "check_command.cpp",
    "templates_command.cpp", "sign_options.h", "sign_options.cpp", "services.h", "services_hand_over.cpp",
}
CLI_SYSTEM_HEADERS = {"unistd.h", "csignal"}  # isatty, SIGINT (vanthu batch)

# The only engine headers the service commands (issue, register, batch
# --issue, serve, sign, verify, render's signing) may include besides the
# public API, each for the reason given.
CLI_SERVICE_HEADERS = {
    "register/register.h": "the register: vanthu issue, register, batch --issue",
    "register/batch_issue.h": "vanthu batch --issue: records and file names of an issued batch",
    "server/server.h": "vanthu serve",
    "server/accounts.h": "vanthu serve: the user accounts file",
    "sign/sign_pdf.h": "vanthu sign, render --key",
    "sign/verify.h": "vanthu verify",
    "layout/fonts.h": "the fonts of a signature's appearance, which sign/sign_pdf.h takes",
    "core/status.h": "Diagnostics and Error, the type of the services' messages",
    "core/atomic_file.h": "read_file, write_file_atomic: the services' input and output files",
}

STD_HEADERS = set("""
algorithm any array atomic bit bitset cassert cctype cerrno cfloat charconv chrono cinttypes climits cmath
compare complex concepts condition_variable cstddef cstdint cstdio cstdlib cstring ctime cwchar deque exception
filesystem format functional future initializer_list iomanip ios iosfwd iostream istream iterator limits list
locale map memory memory_resource mutex new numbers numeric optional ostream queue random ranges ratio regex set
shared_mutex source_location span sstream stack stdexcept stop_token streambuf string string_view system_error
thread tuple type_traits typeindex typeinfo unordered_map unordered_set utility valarray variant vector version
stddef.h stdint.h stdbool.h stdio.h stdlib.h string.h
""".split())

INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]')


def cli_include_problem(rel: Path, kind: str, name: str) -> str:
    """Why engine/cli/<rel> may not include <name> (kind '<' or '"'), or ""."""
    document = rel.name in CLI_DOCUMENT_FILES
    if kind == "<":
        if not document or name in STD_HEADERS or name in CLI_SYSTEM_HEADERS:
            return ""  # the service commands' third-party headers: the link lines govern them
        return f"the document command file cli/{rel.name} includes <{name}>: only the standard library and " \
               "the public API (vanthu/vanthu.hpp) are allowed (docs/architecture.md)"
    folder = name.split("/", 1)[0] if "/" in name else ""
    if folder == "vanthu" or (folder == "cli" and (not document or name[4:] in CLI_DOCUMENT_FILES)):
        return ""
    if document:
        return f"the document command file cli/{rel.name} includes {name}: only the public API " \
               "(vanthu/vanthu.hpp) and the cli/ headers of CLI_DOCUMENT_FILES are allowed (docs/architecture.md)"
    if name in CLI_SERVICE_HEADERS:
        return ""
    return f"engine/cli may include {name} neither as a public header (vanthu/…) nor as one of the service " \
           "headers of CLI_SERVICE_HEADERS in scripts/check-layers.py (docs/architecture.md)"


def lean_program_problems(root: Path) -> list:
    """The `vanthu` program's sources must be exactly the document files."""
    text = (root / "engine" / "CMakeLists.txt").read_text(encoding="utf-8")
    m = re.search(r"set\(cli_document_srcs([^)]*)\)", text)
    if not m:
        return ["engine/CMakeLists.txt:1: no set(cli_document_srcs …): the sources of the vanthu program"]
    listed = set(m.group(1).split())
    wanted = {f for f in CLI_DOCUMENT_FILES if f.endswith(".cpp")}
    if listed != wanted:
        return [f"engine/CMakeLists.txt:1: cli_document_srcs {sorted(listed)} differ from the .cpp files of "
                f"CLI_DOCUMENT_FILES {sorted(wanted)} in scripts/check-layers.py"]
    return []


def main(root: Path) -> int:
    engine = root / "engine"
    problems = lean_program_problems(root)
    for path in sorted(engine.rglob("*")):
        if path.suffix not in (".h", ".hpp", ".cpp", ".c", ".inc"):
            continue
        rel = path.relative_to(engine)
        top = rel.parts[0]
        public_header = top == "include"
        if not public_header and top not in ALLOWED:
            problems.append(f"{path}:1: engine/{top}/ is not in the layer table of scripts/check-layers.py")
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
            m = INCLUDE.match(line)
            if not m:
                continue
            kind, name = m.groups()
            if public_header:
                if kind == '"' and name.startswith("vanthu/"):
                    continue
                if kind == "<" and name in STD_HEADERS:
                    continue
                problems.append(f"{path}:{n}: public header includes {name}: only the standard library is allowed")
                continue
            if top == "cli":
                problem = cli_include_problem(rel, kind, name)
                if problem:
                    problems.append(f"{path}:{n}: {problem}")
                continue
            if kind != '"' or "/" not in name:
                continue  # system and third-party headers: the link lines govern them
            folder = name.split("/", 1)[0]
            if folder in (top,) or folder in ALLOWED[top]:
                continue
            if folder in ALLOWED or folder in ("vanthu", "public"):
                problems.append(f"{path}:{n}: engine/{top} may not include {name} (allowed: "
                                f"{', '.join(sorted(ALLOWED[top])) or 'none'}; docs/architecture.md)")
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent))
