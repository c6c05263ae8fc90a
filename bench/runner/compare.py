"""End-to-end comparison of `painstats report` with the pandas peer (bench/peer/painstats_peer.py).

Run through bench/compare, which checks for Debian's /usr/bin/python3 with pandas, scipy and
matplotlib. For each diary (the bundled sample, then the ten-year benchmark diary, generated
once into bench/out/ten-years.csv) it runs each tool once untimed, then N pairs alternately
(painstats, peer, painstats, peer, ...), measuring each run's wall time, CPU time (user + sys)
and peak resident memory (ru_maxrss from wait4, which covers the process and its children), and
prints a Markdown table of medians and of the per-pair ratios painstats / peer. Progress goes to
stderr, the table to stdout; every run is also written to bench/out/compare.json.
"""

import argparse
import datetime
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "bench" / "out"
PAINSTATS = ROOT / "bin" / "painstats"
PEER = ROOT / "bench" / "peer" / "painstats_peer.py"
GENERATOR = ROOT / "bench" / "peer" / "TenYearDiary.java"
PYTHON = "/usr/bin/python3"  # Debian's interpreter, the one with python3-pandas/scipy/matplotlib


def log(msg):
    print(f"compare: {msg}", file=sys.stderr, flush=True)


def check(cmd, what, **kw):
    """Runs an untimed set-up command; on failure shows its output and stops."""
    r = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, **kw)
    if r.returncode != 0:
        sys.stderr.write(r.stdout + r.stderr)
        sys.exit(f"compare: {what} failed (exit {r.returncode}): {' '.join(map(str, cmd))}")
    return r


def build_painstats():
    log("building painstats if needed (bin/painstats --version, untimed)")
    r = check([str(PAINSTATS), "--version"], "building painstats")
    return "; ".join(r.stdout.split("\n")).strip("; ")


def html_supported():
    help_text = check([str(PAINSTATS), "report", "--help"], "painstats report --help").stdout
    return re.search(r"\bhtml\b", help_text, re.IGNORECASE) is not None


def ten_year_diary():
    """bench/out/ten-years.csv from SampleDiaryGenerator.Spec.tenYears(), written once."""
    target = OUT / "ten-years.csv"
    if target.exists():
        log(f"ten-year diary: {target.relative_to(ROOT)} exists, reused")
        return target
    log("ten-year diary: compiling the test classes and resolving the classpath (mvn, untimed)")
    cp_file = OUT / "test-classpath.txt"
    check(["mvn", "-B", "-q", "-Dspotless.check.skip=true", "test-compile",
           "dependency:build-classpath", f"-Dmdep.outputFile={cp_file}"], "mvn test-compile")
    cp = ":".join([str(ROOT / "target" / "test-classes"), str(ROOT / "target" / "classes"),
                   cp_file.read_text().strip()])
    log(f"ten-year diary: writing {target.relative_to(ROOT)} (Spec.tenYears())")
    tmp = target.with_suffix(".csv.tmp")
    check(["java", "-cp", cp, str(GENERATOR), str(tmp)], "generating the ten-year diary")
    tmp.replace(target)
    return target


def measure(cmd):
    """Runs cmd; returns wall seconds, CPU seconds and peak RSS in MB of the process tree."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    # wait4 rather than communicate(): it hands back the child's own resource usage. The child
    # writes little to stderr (one line), far below the pipe buffer, so waiting first is safe.
    _, status, ru = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    err = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    proc.returncode = code
    if code != 0:
        sys.stderr.write(err)
        sys.exit(f"compare: exit {code}: {' '.join(map(str, cmd))}")
    return dict(wall=wall, cpu=ru.ru_utime + ru.ru_stime, rss=ru.ru_maxrss / 1024)


def fmt_run(r):
    return f"{r['wall']:6.2f} s {r['cpu']:6.2f} s CPU {r['rss']:5.0f} MB"


def machine():
    mem = next((line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines()
                if line.startswith("MemTotal")), "0")
    model = next((line.split(":", 1)[1].strip()
                  for line in Path("/proc/cpuinfo").read_text().splitlines()
                  if line.startswith("model name")), platform.machine())
    java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr
    java = java.splitlines()[0] if java else "java ?"
    py = check([PYTHON, "-c", "import sys, pandas, scipy, numpy, matplotlib; "
                "print(sys.version.split()[0], pandas.__version__, scipy.__version__, "
                "numpy.__version__, matplotlib.__version__)"], "python versions").stdout.split()
    return dict(cpus=os.cpu_count(), cpu_model=model, mem_gb=round(int(mem) / 1024 ** 2),
                java=java, python=py[0], pandas=py[1], scipy=py[2], numpy=py[3],
                matplotlib=py[4], kernel=platform.release())


def main():
    ap = argparse.ArgumentParser(prog="bench/compare", description=__doc__.splitlines()[0])
    ap.add_argument("-n", "--pairs", type=int, default=int(os.environ.get("PAIRS", 7)),
                    help="timed pairs per diary after the warm-up (default 7, or $PAIRS)")
    ap.add_argument("--diary", action="append", metavar="CSV",
                    help="diary to time (repeatable); default: the sample and the ten-year diary")
    args = ap.parse_args()
    if args.pairs < 1:
        sys.exit("compare: --pairs must be at least 1")
    OUT.mkdir(parents=True, exist_ok=True)

    version = build_painstats()
    fmt = "html" if html_supported() else "json"
    if fmt == "json":
        log("painstats report has no --format html yet: timing --format json instead")
    if args.diary:
        diaries = [Path(d).resolve() for d in args.diary]
    else:
        diaries = [ROOT / "sample-data" / "diary.csv", ten_year_diary()]
    info = machine()
    if os.environ.get("PAINSTATS_JAVA_OPTS"):
        log(f"note: PAINSTATS_JAVA_OPTS={os.environ['PAINSTATS_JAVA_OPTS']} applies")

    started = datetime.datetime.now(datetime.timezone.utc)
    load_before = os.getloadavg()
    results = []
    for diary in diaries:
        name = diary.stem
        shown = diary.relative_to(ROOT) if diary.is_relative_to(ROOT) else diary
        ps_out = OUT / f"painstats-{name}.{fmt}"
        peer_out = OUT / f"peer-{name}.html"
        commands = {
            "painstats": [str(PAINSTATS), "report", str(diary), "--format", fmt, "-o",
                          str(ps_out)],
            "peer": [PYTHON, str(PEER), str(diary), "-o", str(peer_out)],
        }
        runs = {"painstats": [], "peer": []}
        for tool in ("painstats", "peer"):
            r = measure(commands[tool])
            log(f"[{name} warm-up] {tool:9} {fmt_run(r)} (not counted)")
        for i in range(1, args.pairs + 1):
            for tool in ("painstats", "peer"):
                r = measure(commands[tool])
                runs[tool].append(r)
                log(f"[{name} {i}/{args.pairs}] {tool:9} {fmt_run(r)}")
        ratios = [a["wall"] / b["wall"] for a, b in zip(runs["painstats"], runs["peer"])]
        cpu_ratios = [a["cpu"] / b["cpu"] for a, b in zip(runs["painstats"], runs["peer"])]
        rss_ratios = [a["rss"] / b["rss"] for a, b in zip(runs["painstats"], runs["peer"])]
        results.append(dict(
            diary=str(shown), runs=runs,
            median={t: {k: statistics.median(r[k] for r in runs[t]) for k in ("wall", "cpu", "rss")}
                    for t in runs},
            ratio_wall=statistics.median(ratios),
            ratio_cpu=statistics.median(cpu_ratios), ratio_rss=statistics.median(rss_ratios),
            commands={t: " ".join(c).replace(str(ROOT) + "/", "") for t, c in commands.items()}))
    load_after = os.getloadavg()

    def load(lv):
        return " / ".join(f"{x:.2f}" for x in lv)

    print(f"End-to-end: `painstats report DIARY --format {fmt}` against "
          f"`{PYTHON} bench/peer/painstats_peer.py DIARY` (HTML, six charts)")
    print(f"{started:%Y-%m-%d %H:%M} UTC, {version}, {args.pairs} pairs per diary after one "
          f"untimed warm-up run of each, alternating painstats then peer")
    print(f"Machine: {info['cpus']} CPUs ({info['cpu_model']}), {info['mem_gb']} GB, "
          f"{info['java']}, Python {info['python']} (pandas {info['pandas']}, scipy "
          f"{info['scipy']}, numpy {info['numpy']}, matplotlib {info['matplotlib']})")
    print(f"Load average (1/5/15 min) before {load(load_before)}, after {load(load_after)}")
    if fmt == "json":
        print("painstats timed with --format json: this build has no --format html yet")
    print()
    print("| diary | tool | median wall | median CPU (user+sys) | median peak RSS | "
          "painstats/peer wall | painstats/peer CPU | painstats/peer RSS |")
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    for res in results:
        for tool in ("painstats", "peer"):
            m = res["median"][tool]
            ratio = tuple(f"{res[k]:.2f}" for k in ("ratio_wall", "ratio_cpu", "ratio_rss")) \
                if tool == "painstats" else ("", "", "")
            label = f"painstats ({fmt})" if tool == "painstats" else "peer (html)"
            print(f"| {res['diary']} | {label} | {m['wall']:.2f} s | {m['cpu']:.2f} s | "
                  f"{m['rss']:.0f} MB | {' | '.join(ratio)} |")
    print()
    print("Ratios are medians of the per-pair ratios painstats / peer; below 1, painstats is "
          "faster (or smaller).")

    record = dict(started=started.isoformat(), painstats=version, format=fmt, pairs=args.pairs,
                  machine=info, load_before=load_before, load_after=load_after, results=results)
    (OUT / "compare.json").write_text(json.dumps(record, indent=2) + "\n")
    log(f"every run written to {(OUT / 'compare.json').relative_to(ROOT)}")


if __name__ == "__main__":
    main()
