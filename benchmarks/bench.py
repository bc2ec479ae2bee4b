"""Measure csmatrix against the speed targets of SPEC.md; exit 1 when one is missed.

Run from the repo with csmatrix installed:  python benchmarks/bench.py [--rounds N] [--quick]

It generates its own data in a temp dir (member files on icare-cs@2021-autumn),
runs every command interleaved with its baseline for several rounds, and
compares medians, so machine noise hits both sides alike:

* assess one member       vs  the stack floor, benchmarks/stack_floor.py (<= 1.0x); the ratio to
                              python -c "import typer, pydantic, yaml, rich.table" is reported too
* team over 2,000 members vs  the same imports + yaml.load(CSafeLoader) of each file (<= 1.5x),
  with --format json and with the default table output piped to a file;
  peak memory < 150 MiB, and 10,000 members to show the cost grows linearly
* validate the shipped frameworks vs check-jsonschema with `csmatrix schema framework` (<= 0.6x)

csmatrix keeps no cache between runs, so every figure is a cold (first-run) figure.
* csmatrix --help and csmatrix textconv start-up (reported, no target)
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
IMPORT_FLOOR = "import typer, pydantic, yaml, rich.table"
MIB = 1024 * 1024


def csmatrix() -> list[str]:
    exe = shutil.which("csmatrix")
    return [exe] if exe else [sys.executable, "-m", "csmatrix"]


def run(cmd: Sequence[str], cwd: Path) -> tuple[float, int]:
    """Wall seconds and peak RSS (bytes) of one run; output discarded."""
    # stdout goes to a file, as a person piping the output would have it
    out = open(cwd / "bench-output.txt", "wb")  # noqa: SIM115 - closed right after the run
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=out, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    out.close()
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    if proc.stderr:
        proc.stderr.close()
    if proc.returncode not in (0,):
        raise SystemExit(f"benchmark command failed ({proc.returncode}): {' '.join(cmd)}\n{err[-2000:]}")
    return elapsed, usage.ru_maxrss * 1024


def skill_ids() -> list[str]:
    sys.path.insert(0, str(REPO / "src"))
    from csmatrix.files.store import Store

    fw = Store().framework(str(REPO / "frameworks" / "icare-cs" / "2021-autumn.yaml")).unwrap()
    return list(fw.skills)


def make_team(folder: Path, count: int, skills: list[str], seed: int = 7) -> None:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    roles = ["new-member", "member", "senior", "lead"]
    for index in range(count):
        chosen = rng.sample(skills, k=max(1, len(skills) - rng.randint(0, 5)))
        lines = [
            "schema: csmatrix/member@1",
            f"id: m{index:05d}",
            f"name: メンバー {index}",
            "framework: icare-cs@2021-autumn",
            f"role: {rng.choice(roles)}",
            "joined: 2021-09-01",
            "assessments:",
        ]
        for date, by in (("2021-10-01", "self"), ("2021-12-01", "田中")):
            lines += [f"  - date: {date}", f"    by: {by}", "    levels:"]
            lines += [f"      {skill}: {rng.randint(1, 5)}" for skill in chosen]
            lines += ["    notes:", f"      {chosen[0]}: 初回の導入支援を炎上なく完了"]
        (folder / f"m{index:05d}.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def floor_parse_script(folder: Path) -> list[str]:
    code = (
        f"{IMPORT_FLOOR}\nimport pathlib\n"
        f"for f in sorted(pathlib.Path({str(folder)!r}).glob('*.yaml')):\n"
        "    with open(f, 'rb') as h:\n        yaml.load(h, Loader=yaml.CSafeLoader)\n"
    )
    return [sys.executable, "-c", code]


def measure(cases: dict[str, list[str]], rounds: int, cwd: Path) -> dict[str, tuple[float, int]]:
    """Median seconds and max peak RSS per case, cases interleaved each round."""
    times: dict[str, list[float]] = {name: [] for name in cases}
    peaks: dict[str, int] = dict.fromkeys(cases, 0)
    for name, cmd in cases.items():  # warm the page cache once
        run(cmd, cwd)
    for _ in range(rounds):
        for name, cmd in cases.items():
            seconds, peak = run(cmd, cwd)
            times[name].append(seconds)
            peaks[name] = max(peaks[name], peak)
    return {name: (statistics.median(times[name]), peaks[name]) for name in cases}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=7, help="rounds per case (default 7)")
    parser.add_argument("--quick", action="store_true", help="fewer rounds and no 10,000-member run")
    args = parser.parse_args(argv)
    rounds = 3 if args.quick else args.rounds
    cli = csmatrix()
    skills = skill_ids()
    rows: list[tuple[str, str, str, bool | None]] = []

    with tempfile.TemporaryDirectory(prefix="csmatrix-bench-") as tmp:
        root = Path(tmp)
        member = REPO / "examples" / "members" / "aoi-sato.yaml"
        team2k, team10k = root / "team2k", root / "team10k"
        make_team(team2k, 2000, skills)
        if not args.quick:
            make_team(team10k, 10_000, skills, seed=11)
        schema = root / "framework.schema.json"
        schema.write_text(
            subprocess.run([*cli, "schema", "framework"], capture_output=True, text=True, check=True).stdout,
            encoding="utf-8",
        )
        shipped = sorted(str(p) for p in (REPO / "frameworks").rglob("*.yaml"))
        check = shutil.which("check-jsonschema")

        framework = REPO / "frameworks" / "icare-cs" / "2021-autumn.yaml"
        small = {
            "floor: import typer, pydantic, yaml, rich.table": [sys.executable, "-c", IMPORT_FLOOR],
            "stack floor (assess's job)": [
                sys.executable, str(REPO / "benchmarks" / "stack_floor.py"), str(member), str(framework),
            ],
            "csmatrix assess (1 member)": [*cli, "assess", str(member)],
            "csmatrix --help": [*cli, "--help"],
            "csmatrix textconv": [*cli, "textconv", shipped[-1]],
            "csmatrix validate frameworks": [*cli, "validate", *shipped],
        }
        if check:
            small["check-jsonschema frameworks"] = [check, "--schemafile", str(schema), *shipped]
        result = measure(small, rounds, root)
        floor = result["floor: import typer, pydantic, yaml, rich.table"][0]
        assess = result["csmatrix assess (1 member)"][0]
        stack = result["stack floor (assess's job)"][0]
        rows.append(("assess / stack floor", f"{assess:.3f}s / {stack:.3f}s = {assess / stack:.2f}x", "<= 1.0x", assess / stack <= 1.0))
        rows.append(("assess / import floor", f"{assess:.3f}s / {floor:.3f}s = {assess / floor:.2f}x", "-", None))
        rows.append(("--help", f"{result['csmatrix --help'][0]:.3f}s ({result['csmatrix --help'][0] / floor:.2f}x floor)", "-", None))
        rows.append(("textconv", f"{result['csmatrix textconv'][0]:.3f}s ({result['csmatrix textconv'][0] / floor:.2f}x floor)", "-", None))
        validate = result["csmatrix validate frameworks"][0]
        if check:
            cj = result["check-jsonschema frameworks"][0]
            rows.append(("validate / check-jsonschema", f"{validate:.3f}s / {cj:.3f}s = {validate / cj:.2f}x", "<= 0.6x", validate / cj <= 0.6))
        else:
            rows.append(("validate / check-jsonschema", "check-jsonschema not installed", "<= 0.6x", False))

        team_rounds = max(3, rounds // 2)
        big = {
            "floor: imports + CSafeLoader x2000": floor_parse_script(team2k),
            "csmatrix team 2000": [*cli, "team", str(team2k), "--format", "json"],
            "csmatrix team 2000 table": [*cli, "team", str(team2k)],
        }
        result = measure(big, team_rounds, root)
        parse_floor = result["floor: imports + CSafeLoader x2000"][0]
        team, team_peak = result["csmatrix team 2000"]
        rows.append(("team 2000 json / parse floor", f"{team:.3f}s / {parse_floor:.3f}s = {team / parse_floor:.2f}x", "<= 1.5x", team / parse_floor <= 1.5))
        table = result["csmatrix team 2000 table"][0]
        rows.append(("team 2000 table piped / parse floor", f"{table:.3f}s / {parse_floor:.3f}s = {table / parse_floor:.2f}x", "<= 1.5x", table / parse_floor <= 1.5))
        rows.append(("team 2000 peak memory", f"{team_peak / MIB:.1f} MiB", "< 150 MiB", team_peak < 150 * MIB))
        if not args.quick:
            result = measure({"csmatrix team 10000": [*cli, "team", str(team10k), "--format", "json"]}, 3, root)
            team10, peak10 = result["csmatrix team 10000"]
            per2k = (team - floor) / 2000
            per10k = (team10 - floor) / 10_000
            growth = per10k / per2k if per2k > 0 else float("inf")
            rows.append((
                "team 10000: per-member cost vs 2000",
                f"{team10:.3f}s, {per10k * 1000:.3f} ms/member vs {per2k * 1000:.3f} = {growth:.2f}x, peak {peak10 / MIB:.1f} MiB",
                "<= 1.3x (linear)",
                growth <= 1.3,
            ))

    width = max(len(r[0]) for r in rows)
    print(f"csmatrix benchmark ({rounds} rounds, medians; python {sys.version.split()[0]}, {os.cpu_count()} cpus)")
    failed = False
    for name, figure, target, ok in rows:
        verdict = "" if ok is None else ("ok" if ok else "MISSED")
        failed |= ok is False
        print(f"  {name:<{width}}  {figure:<60}  {target:<18} {verdict}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
