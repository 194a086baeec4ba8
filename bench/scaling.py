#!/usr/bin/env python3
"""Scaling benchmark (issue 16): doubles each kind of input from 1 KiB to
16 MiB and prints the time of `vanthu render` / `vanthu batch` and the ratio
to the previous size: wall-clock seconds, and the processor time of the
process (user + system, all its threads), which a loaded machine disturbs
much less. A linear stage gives about 2.0 per doubling; an input
refused by a stated limit prints the refusal time and the message instead.
It asserts nothing (not a test); figures go to docs/hardening.md.

    python3 bench/scaling.py                  # every kind, 1 KiB .. 16 MiB
    python3 bench/scaling.py organ line       # some kinds
    MAX=1048576 python3 bench/scaling.py      # stop at 1 MiB
    VANTHU=/tmp/b/vanthu WORK=/dev/shm/s python3 bench/scaling.py

Kinds: organ (co_quan.ten), line (one body paragraph), word (a word
without spaces in noi_nhan), objects (a JSON list of small objects the
template does not read: parsing), records (vanthu batch, one DOCX per
record), rows (the DANH SÁCH table of a Quyết định khen thưởng), nesting
(JSON arrays nested in one field). A series stops after a run longer than
LIMIT seconds (default 60). Outputs are written with --no-sync on WORK
(tmpfs by default), so the disk is not measured.
"""
import json
import os
import shutil
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VANTHU = os.environ.get("VANTHU", os.path.join(ROOT, "build", "vanthu"))
WORK = os.environ.get("WORK", "/dev/shm/vanthu-scaling")
MIN = int(os.environ.get("MIN", 1024))
MAX = int(os.environ.get("MAX", 16 << 20))
LIMIT = float(os.environ.get("LIMIT", 60))

PLAN = json.load(open(os.path.join(ROOT, "examples/ke-hoach-atgt-2018/data.json"), encoding="utf-8"))
AWARDS = json.load(open(os.path.join(ROOT, "examples/khen-thuong-atgt-2018/data.json"), encoding="utf-8"))
BATCH = json.load(open(os.path.join(ROOT, "examples/khen-thuong-atgt-2018/batch-ca-nhan.json"), encoding="utf-8"))


def words(n_bytes):
    """Vietnamese words separated by spaces, about n_bytes of UTF-8."""
    unit = "Sở Thông tin và Truyền thông tỉnh Lạng Sơn "
    k = n_bytes // len(unit.encode()) + 1
    return (unit * k).encode()[:n_bytes].decode("utf-8", "ignore").strip()


def plan_with(field, value):
    d = json.loads(json.dumps(PLAN))
    if field == "organ":
        d["co_quan"]["ten"] = value
    elif field == "line":
        d["noi_dung"].append(value)
    elif field == "word":
        d["noi_nhan"][0] = value
    elif field == "objects":
        d["phu_luc_khong_dung"] = value
    elif field == "nesting":
        d["long_nhau"] = value
    return d


def with_people(data, key, size):
    """`data` whose list `key` is the example's people repeated (names
    numbered) to about `size` bytes."""
    d = json.loads(json.dumps(data))
    people = d[key]
    unit = len(json.dumps(people[0], ensure_ascii=False).encode()) + 2
    d[key] = [dict(people[i % len(people)], ho_ten=f"{people[i % len(people)]['ho_ten']} {i}")
              for i in range(max(size // unit, 1))]
    return d


def make(kind, size):
    """(command, data) for `kind`, whose own part (the field, the list, the
    nesting) is about `size` bytes; the rest of the file is the example's."""
    if kind == "organ":
        return "render", plan_with("organ", words(size))
    if kind == "line":
        return "render", plan_with("line", words(size))
    if kind == "word":
        return "render", plan_with("word", "x" * size)
    if kind == "objects":
        n = max(size // 10, 1)  # {"a": 123}, is about 10 bytes
        return "render", plan_with("objects", [{"a": i % 1000} for i in range(n)])
    if kind == "nesting":
        depth = max(size // 2, 1)
        return "render-raw", json.dumps(plan_with("nesting", 0), ensure_ascii=False).replace(
            '"long_nhau": 0', '"long_nhau": ' + "[" * depth + "]" * depth)
    if kind == "records":
        return "batch", with_people(BATCH, "danh_sach", size)
    if kind == "rows":
        return "render-awards", with_people(AWARDS, "ca_nhan", size)
    raise SystemExit(f"unknown kind {kind}")


def run(kind, size):
    how, data = make(kind, size)
    folder = os.path.join(WORK, kind)
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    path = os.path.join(folder, "data.json")
    with open(path, "w", encoding="utf-8") as f:
        f.write(data if isinstance(data, str) else json.dumps(data, ensure_ascii=False))
    real = os.path.getsize(path)
    if how == "batch":
        cmd = [VANTHU, "batch", "quyet-dinh-khen-thuong-ca-nhan", path, "--each", "$.danh_sach", "-o",
               os.path.join(folder, "out"), "--format", "docx", "--no-sync"]
    else:
        tpl = "quyet-dinh-khen-thuong" if how == "render-awards" else "ke-hoach"
        cmd = [VANTHU, "render", tpl, path, "-o", os.path.join(folder, "out.pdf"), "--no-sync"]
    t0 = time.perf_counter()
    with open(os.path.join(folder, "stderr"), "w+b") as err:
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        dt = time.perf_counter() - t0
        err.seek(0)
        p = subprocess.CompletedProcess(cmd, proc.returncode, b"", err.read())
    cpu = usage.ru_utime + usage.ru_stime
    message = ""
    if p.returncode != 0:
        lines = [l for l in p.stderr.decode("utf-8", "replace").splitlines() if "error" in l]
        lines = [l for l in lines if "$." in l] or lines  # the line with the JSON path
        message = (lines[0] if lines else p.stderr.decode("utf-8", "replace").strip())[:150]
    shutil.rmtree(folder, ignore_errors=True)
    return real, dt, cpu, p.returncode, message


def main():
    kinds = sys.argv[1:] or ["organ", "line", "word", "objects", "records", "rows", "nesting"]
    print(f"{'kind':8} {'input':>9} {'file':>9} {'seconds':>9} {'ratio':>6} {'cpu s':>9} {'ratio':>6}  result")
    for kind in kinds:
        prev = None
        size = MIN
        while size <= MAX:
            real, dt, cpu, rc, message = run(kind, size)
            ratio = f"{dt / prev[0]:6.2f}" if prev and rc == 0 else "     -"
            cpu_ratio = f"{cpu / prev[1]:6.2f}" if prev and rc == 0 and prev[1] > 0 else "     -"
            result = "ok" if rc == 0 else f"refused (exit {rc}): {message}"
            print(f"{kind:8} {size:9d} {real:9d} {dt:9.3f} {ratio} {cpu:9.3f} {cpu_ratio}  {result}", flush=True)
            prev = (dt, cpu) if rc == 0 else None
            if dt > LIMIT:
                print(f"{kind:8} stopped: a run took more than {LIMIT:.0f} s", flush=True)
                break
            size *= 2


if __name__ == "__main__":
    main()
