"""Bad input is a feature: every trap gives one located, plain message."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import REPO, SHARED, need_shared
from csmatrix.files.yamlio import MAX_BYTES, MAX_DEPTH, parse_bytes, parse_text

FIXTURES = REPO / "tests" / "fixtures"
INVALID = sorted((FIXTURES / "invalid").glob("*.yaml"))
VALID = sorted((FIXTURES / "valid").glob("*.yaml"))
EXPECT = re.compile(r"^# expect: (\d+):(\d+): (.+)$")


def expectation(path: Path) -> tuple[int, int, str]:
    match = EXPECT.match(path.read_text(encoding="utf-8").splitlines()[0])
    assert match, f"{path.name} must start with '# expect: LINE:COL: message'"
    return int(match[1]), int(match[2]), match[3]


@pytest.mark.parametrize("path", INVALID, ids=[p.stem for p in INVALID])
def test_invalid_file_is_reported_at_the_exact_place(cli, path: Path) -> None:
    line, col, message = expectation(path)
    result = cli("validate", str(path))
    assert result.exit_code == 1, result
    assert f"{path}:{line}:{col}: error: {message}" in result.stderr, result
    assert "Traceback" not in result.stderr + result.stdout
    assert result.stdout == ""


@pytest.mark.parametrize("path", VALID, ids=[p.stem for p in VALID])
def test_valid_fixture_validates(cli, path: Path) -> None:
    result = cli("validate", str(path))
    assert result.exit_code == 0, result


def test_yaml11_words_stay_text() -> None:
    doc = parse_text("a: no\nb: 2019\nc: 0123\nd: on\ne: 2021-11-01\nf:\ng: ~\n", "x.yaml")
    assert doc.value == {
        "a": "no",
        "b": "2019",
        "c": "0123",
        "d": "on",
        "e": "2021-11-01",
        "f": None,
        "g": None,
    }


def test_unquoted_numeric_version_is_its_text(cli, write) -> None:
    source = (FIXTURES / "valid" / "seven-levels-en.yaml").read_text(encoding="utf-8")
    path = write("fw.yaml", source.replace("version: 3", "version: 2019.10"))
    result = cli("show", str(path), "--format", "json")
    assert result.exit_code == 0, result
    assert '"version": "2019.10"' in result.stdout


def test_every_problem_of_a_file_is_reported_at_once(cli, write) -> None:
    path = write(
        "m.yaml",
        "schema: csmatrix/member@1\n"
        "name: 佐藤 葵\n"
        "framework: icare-cs@2021-autumn\n"
        "rol: member\n"
        "assessments:\n"
        "  - date: 2021-13-01\n"
        "    by: self\n"
        "    levels: {customer-health: x}\n",
    )
    result = cli("validate", str(path))
    assert result.exit_code == 1, result
    lines = result.stderr.splitlines()
    assert f"{path}:4:1: error: unknown field 'rol' (did you mean 'role'?)" in lines
    assert f"{path}:6:11: error: 2021-13-01 is not a real calendar date" in lines
    assert f"{path}:8:31: error: expected a whole number, found 'x'" in lines
    assert lines[-1] == "csmatrix: 3 problems in 1 file"


def test_problems_of_several_files_are_all_reported(cli) -> None:
    paths = [str(p) for p in INVALID[:3]]
    result = cli("validate", *paths)
    assert result.exit_code == 1, result
    for path in paths:
        assert f"{path}:" in result.stderr


def test_shift_jis_file_names_the_encoding(cli, write) -> None:
    path = write("sjis.yaml", "schema: csmatrix/member@1\nname: 佐藤 葵\n".encode("cp932"))
    result = cli("validate", str(path))
    assert result.exit_code == 1, result
    assert f"{path}:2:7: error: the file is not UTF-8 text (it looks like Shift_JIS (CP932)" in result.stderr
    assert "re-save it as UTF-8" in result.stderr


def test_utf16_file_is_refused(cli, write) -> None:
    path = write("u16.yaml", "schema: csmatrix/member@1\n".encode("utf-16"))
    result = cli("validate", str(path))
    assert result.exit_code == 1, result
    assert f"{path}:1:1: error: the file is UTF-16, not UTF-8" in result.stderr


def test_bom_and_crlf_are_accepted_with_right_positions(cli, write) -> None:
    path = write(
        "m.yaml",
        b"\xef\xbb\xbfschema: csmatrix/member@1\r\nname: x\r\nframework: icare-cs@2021-autumn\r\nrole: boss\r\n",
    )
    result = cli("validate", str(path))
    assert result.exit_code == 1, result
    assert f"{path}:4:7: error: unknown role 'boss'" in result.stderr


def test_huge_file_is_refused_unread(cli, write) -> None:
    path = write("big.yaml", b"a: " + b"x" * (MAX_BYTES + 10))
    result = cli("validate", str(path))
    assert result.exit_code == 1, result
    assert f"{path}:0:0: error: the file is larger than 4 MiB" in result.stderr


@pytest.mark.parametrize("opener", ["[", "{a: ", "- "])
def test_deep_nesting_is_refused_fast(opener: str) -> None:
    doc = parse_text(opener * 100_000, "deep.yaml")
    assert [p.message for p in doc.problems] == [f"the document is nested more than {MAX_DEPTH} levels deep"]


def test_a_directory_and_a_missing_file(cli, tmp_path: Path) -> None:
    result = cli("validate", str(tmp_path / "nope.yaml"))
    assert result.exit_code == 1, result
    assert f"{tmp_path / 'nope.yaml'}:0:0: error: no such file or directory" in result.stderr


def test_directories_are_walked_for_yaml_files(cli, write, tmp_path: Path) -> None:
    write("team/a.yaml", "schema: csmatrix/member@1\nname: A\nframework: icare-cs@2021-autumn\n")
    write("team/sub/b.yml", "schema: csmatrix/member@1\nname: B\nframework: icare-cs@2021-autumn\nrole: x\n")
    write("team/notes.txt", "not yaml")
    result = cli("validate", str(tmp_path / "team"))
    assert result.exit_code == 1, result
    assert f"{tmp_path / 'team' / 'sub' / 'b.yml'}:4:7: error: unknown role 'x'" in result.stderr
    assert "notes.txt" not in result.stderr


def test_validate_json_report(cli) -> None:
    import json

    result = cli("validate", str(INVALID[0]), "--format", "json")
    assert result.exit_code == 1, result
    report = json.loads(result.stdout)
    assert report["ok"] is False
    assert report["problems"][0]["path"] == str(INVALID[0])
    assert {"line", "col", "message", "hint"} <= set(report["problems"][0])


CORPUS_DIR = SHARED / "corpus" / "yaml-test-suite-errors"
CORPUS = sorted(CORPUS_DIR.glob("*.yaml"))


def test_the_corpus_is_there() -> None:
    need_shared(CORPUS_DIR)
    assert len(CORPUS) >= 90, f"expected the yaml-test-suite error cases in {CORPUS_DIR}"


# without the corpus, one case that skips with the reason (or fails under CI)
CASES = CORPUS or [CORPUS_DIR / "absent"]


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_yaml_test_suite_invalid_cases_are_located_errors(cli, path: Path) -> None:
    need_shared(CORPUS_DIR)
    result = cli("validate", str(path))
    assert result.exit_code == 1, result
    first = result.stderr.splitlines()[0]
    assert re.match(rf"^{re.escape(str(path))}:\d+:\d+: error: \S", first), result
    assert "Traceback" not in result.stderr


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400))
def test_arbitrary_bytes_never_raise(data: bytes) -> None:
    doc = parse_bytes(data, "fuzz.yaml")
    for problem in doc.problems:
        assert problem.line >= 0
        assert problem.col >= 0
        assert problem.message


YAMLISH = st.text(alphabet=st.sampled_from(list("ab: -[]{}&*!|>'\"#\n\t\u3000\uff1a,?%@`1~")), max_size=120)


@settings(max_examples=500, deadline=None)
@given(YAMLISH)
def test_arbitrary_yaml_never_raises_through_validation(text: str) -> None:
    from csmatrix.files.store import Store, load_any

    path = Path("fuzz.yaml")
    path.write_text(text, encoding="utf-8")
    loaded = load_any(Store(), path)
    assert loaded.ok or loaded.problems


def test_foreign_yaml_in_a_walked_folder_is_skipped_but_ours_is_not(cli, write, tmp_path: Path) -> None:
    write("repo/.github/workflows/ci.yml", "on: push\njobs: {}\n")
    forgot = write("repo/members/aoi.yaml", "name: 葵\nframework: icare-cs@2021-autumn\n")
    result = cli("validate", str(tmp_path / "repo"))
    assert result.exit_code == 1, result
    assert f"csmatrix: note: skipped {tmp_path / 'repo/.github/workflows/ci.yml'}" in result.stderr
    assert f"{forgot}:1:1: error: missing required field 'schema'" in result.stderr
    named = cli("validate", str(tmp_path / "repo/.github/workflows/ci.yml"))
    assert named.exit_code == 1, named
    assert "missing required field 'schema'" in named.stderr
