#!/usr/bin/env python3
"""The layer rule of docs/architecture.md, checked on every #include.

Each folder of engine/ is one library and may include only the folders listed
for it below; the public headers (engine/include/vanthu) may include only the
C and C++ standard library. Run by ctest (test `layers`), so a forbidden
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
    # The issuing register (docs/register.md): renders through api.
    "register": {"core", "model", "vn", "template", "api"},
    # vanthu serve (docs/server.md).
    "server": {"core", "model", "template", "api", "check", "layout", "register", "sign"},
    # The command still uses some internal headers (docs/architecture.md).
    "cli": {"core", "model", "template", "api", "check", "layout", "register", "server", "sign", "vanthu"},
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


def main(root: Path) -> int:
    engine = root / "engine"
    problems = []
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
