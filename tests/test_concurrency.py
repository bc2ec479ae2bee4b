"""Two `import --into` on one member file at once: nothing is lost; untouched text survives."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from csmatrix.files.store import Store
from test_import import DATE, edit_csv, make_csv
from test_sheet import MEMBER, mini_dir


def _env() -> dict[str, str]:
    env = {**os.environ, "NO_COLOR": "1"}
    env.pop("CSMATRIX_PATH", None)
    return env


@pytest.mark.slow
def test_two_imports_into_one_file_at_once_lose_nothing(cli, write, tmp_path):
    fw = mini_dir(tmp_path)
    member = write("aoi.yaml", MEMBER)
    sheets = []
    for n, level in ((1, "1"), (2, "2")):
        sheet = make_csv(cli, fw, "--member", str(member), out=f"s{n}.csv")
        edit_csv(sheet, {(10, 12): level})
        sheets.append(tmp_path / sheet)
    assessors = ["first", "second"]
    for _ in range(10):
        member.write_text(MEMBER, encoding="utf-8")
        procs = [
            subprocess.Popen(
                [sys.executable, "-m", "csmatrix", "import", str(sheet), "--into", str(member)]
                + ["--frameworks", str(fw), "--date", DATE, "--by", by],
                cwd=tmp_path,
                env=_env(),
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
            )
            for sheet, by in zip(sheets, assessors, strict=True)
        ]
        results = [(p.wait(timeout=60), p.stderr.read().decode() if p.stderr else "") for p in procs]
        for proc in procs:
            for stream in (proc.stdout, proc.stderr):
                if stream:
                    stream.close()
        loaded, _ = Store([fw]).member(member)
        by = [a.by for a in loaded.unwrap().assessments]
        landed = [who for who in assessors if who in by]
        for (code, err), who in zip(results, assessors, strict=True):
            if code == 0:
                assert "added an assessment" in err
                assert who in landed, (who, by, results)
            else:  # allowed: the loser says so and writes nothing
                assert code == 1, err
                assert "being written by another csmatrix" in err
        assert by[:2] == ["self", "山本 玲子"]
        assert len(by) == 2 + sum(code == 0 for code, _ in results)
        assert member.read_text(encoding="utf-8").startswith(MEMBER.rstrip("\n").rsplit("\n", 2)[0])


def test_untouched_text_survives_byte_for_byte(cli, write, tmp_path):
    fw = mini_dir(tmp_path)
    odd = (
        MEMBER.replace("name: 佐藤 葵", 'name: "佐藤\u2028葵\u2029"')
        .replace("# a comment", "# a 'comment' with \"quotes\", # and  spaces  ")
        .replace("by: self", "by: 'self\u2028again'", 1)
        .replace("\n", "\r\n")
    )
    raw = b"\xef\xbb\xbf" + odd.encode("utf-8")
    member = write("aoi.yaml", raw)
    sheet = make_csv(cli, fw, "--member", str(member))
    edit_csv(sheet, {(10, 12): "2"})
    r = cli("import", sheet, "--into", member, "--frameworks", fw, "--date", DATE)
    assert r.exit_code == 0, r
    new = member.read_bytes()
    added = b"  - date: 2026-11-23\r\n    by: self\r\n    method: self-assessment\r\n    levels:\r\n      health: 2\r\n      escaping: 1\r\n"
    at = raw.index(b"      health: 3\r\n") + len(b"      health: 3\r\n")
    assert new == raw[:at] + added + raw[at:]
    loaded, _ = Store([fw]).member(member)
    model = loaded.unwrap()
    assert model.name.as_yaml() == "佐藤\u2028葵\u2029"
    assert model.assessments[0].by == "self\u2028again"


def test_into_a_symlink_updates_its_target(cli, write, tmp_path):
    fw = mini_dir(tmp_path)
    real = write("team/aoi.yaml", MEMBER)
    link = tmp_path / "aoi.yaml"
    link.symlink_to(real)
    sheet = make_csv(cli, fw, "--member", str(link))
    edit_csv(sheet, {(10, 12): "2"})
    r = cli("import", sheet, "--into", link, "--frameworks", fw, "--date", DATE)
    assert r.exit_code == 0, r
    assert link.is_symlink()
    assert "  - date: 2026-11-23\n" in real.read_text(encoding="utf-8")


def test_a_writer_that_waits_too_long_gives_up_with_a_clear_message(tmp_path):
    import fcntl

    from csmatrix.errors import CsmatrixError
    from csmatrix.files.writing import locked

    target = tmp_path / "m.yaml"
    target.write_text("x: 1\n", encoding="utf-8")
    with open(target, "rb") as held:
        fcntl.flock(held.fileno(), fcntl.LOCK_EX)
        with (
            pytest.raises(
                CsmatrixError, match=r"m\.yaml is being written by another csmatrix; nothing was written"
            ),
            locked(target, wait=0.1),
        ):
            pytest.fail("the lock was taken twice")
    with locked(target, wait=0.1):  # free again
        pass


def test_the_lock_never_opens_a_fifo(tmp_path):
    from csmatrix.files.writing import locked

    fifo = tmp_path / "pipe.yaml"
    os.mkfifo(fifo)
    with locked(fifo, wait=0.1):  # returns at once: nothing blocks on the FIFO
        pass
