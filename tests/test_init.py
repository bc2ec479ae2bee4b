"""`csmatrix init member`: a new member file, valid as written, every skill listed."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from csmatrix.files.store import Store
from csmatrix.scoring.gaps import current_levels
from test_sheet import mini_dir


@pytest.mark.lang("ja")
def test_init_member_lists_every_skill_and_validates(cli, tmp_path):
    fw = mini_dir(tmp_path)
    r = cli(
        "init",
        "member",
        "--framework",
        "mini@1",
        "--name",
        "佐藤 葵",
        "--role",
        "member",
        "-o",
        "aoi-sato.yaml",
        "--frameworks",
        fw,
    )
    assert r.exit_code == 0, r
    assert r.stderr.strip() == "csmatrix: aoi-sato.yaml に書き出しました"
    text = Path("aoi-sato.yaml").read_text(encoding="utf-8")
    head, _, rest = text.partition("\n\n")
    assert head == ("schema: csmatrix/member@1\nid: aoi-sato\nname: 佐藤 葵\nframework: mini@1\nrole: member")
    assert "##       ===== CSスキル (cs) =====\n##       --- 基本 (basics) ---\n" in rest
    assert "#       health:       # ヘルス (目標 2)\n" in rest
    assert "##       ===== 産業保健 (oh) =====\n##       --- 法令 (law) ---\n" in rest
    assert "#       labour-law:   # 労働法 (目標 1)\n" in rest
    assert "# レベル: 1 見習い (個人) · 2 一人前 (個人) · 3 牽引 (組織)\n" in rest
    v = cli("validate", "aoi-sato.yaml", "--frameworks", fw)
    assert v.exit_code == 0, v


def test_uncommenting_once_and_filling_in_gives_a_valid_assessment(cli, tmp_path):
    fw = mini_dir(tmp_path)
    r = cli("init", "member", "--framework", "mini@1", "--name", "A", "--frameworks", fw)
    assert r.exit_code == 0, r
    lines = r.stdout.splitlines()
    start = lines.index("# assessments:")
    # what an editor's "toggle line comment" does to the selected block
    body = [re.sub(r"^# ?", "", line) for line in lines[start:]]
    body = [re.sub(r"^(\s+[a-z-]+:)(\s+#)", r"\1 2\2", line) for line in body]
    Path("filled.yaml").write_text("\n".join(lines[:start] + body) + "\n", encoding="utf-8")
    v = cli("validate", "filled.yaml", "--frameworks", fw)
    assert v.exit_code == 0, v
    loaded, _ = Store([fw]).member("filled.yaml")
    assert current_levels(loaded.unwrap()) == {"health": 2, "escaping": 2, "labour-law": 2}


def test_english_comments(cli, tmp_path):
    r = cli(
        "init",
        "member",
        "--framework",
        "mini@1",
        "--name",
        "Ann",
        "--lang",
        "en",
        "--frameworks",
        mini_dir(tmp_path),
    )
    assert r.exit_code == 0, r
    assert "#       health:       # Health\n" in r.stdout
    assert (
        "# Levels: 1 Apprentice (individual) · 2 Independent (individual) · 3 Multiplier (organisation)"
        in r.stdout
    )


def test_schema_line_is_relative_when_inside_a_repo_with_schemas(cli, tmp_path):
    fw = mini_dir(tmp_path)
    (tmp_path / "repo" / "schemas").mkdir(parents=True)
    (tmp_path / "repo" / "schemas" / "member.schema.json").write_text("{}")
    (tmp_path / "repo" / "members" / "cs").mkdir(parents=True)
    r = cli(
        "init",
        "member",
        "--framework",
        "mini@1",
        "--name",
        "A",
        "--frameworks",
        fw,
        "-o",
        "repo/members/cs/a.yaml",
    )
    assert r.exit_code == 0, r
    first = Path("repo/members/cs/a.yaml").read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=../../schemas/member.schema.json"
    assert cli("validate", "repo/members/cs/a.yaml", "--frameworks", fw).exit_code == 0


def test_no_schema_line_outside_such_a_repo(cli, tmp_path):
    r = cli("init", "member", "--framework", "mini@1", "--name", "A", "--frameworks", mini_dir(tmp_path))
    assert r.exit_code == 0, r
    assert r.stdout.startswith("schema: csmatrix/member@1\n")
    assert "yaml-language-server" not in r.stdout


def test_this_repository_gets_the_schema_line(cli, tmp_path):
    """A clone of this repository's layout (its schemas/ copied into tmp): nothing is
    written into the source tree."""
    import shutil

    from conftest import FRAMEWORKS, REPO

    schema = REPO / "schemas" / "member.schema.json"
    assert schema.is_file()  # the repository ships the schema the line points at
    (tmp_path / "schemas").mkdir()
    shutil.copy(schema, tmp_path / "schemas" / schema.name)
    folder = tmp_path / "tests" / "golden" / "sheets" / "tmp-init"
    folder.mkdir(parents=True)
    out = folder / "member.yaml"
    r = cli(
        "init", "member", "--framework", "icare-cs@2021-autumn", "--name", "A", "-o", out,
        "--frameworks", FRAMEWORKS,
    )  # fmt: skip
    assert r.exit_code == 0, r
    text = out.read_text(encoding="utf-8")
    assert text.splitlines()[0] == "# yaml-language-server: $schema=../../../../schemas/member.schema.json"
    assert "#       customer-health:" in text
    assert cli("validate", out, "--frameworks", FRAMEWORKS).exit_code == 0


def test_id_comes_from_the_option_or_a_kebab_case_file_name(cli, tmp_path):
    fw = mini_dir(tmp_path)
    r = cli("init", "member", "--framework", "mini@1", "--name", "A", "--id", "ann-lee", "--frameworks", fw)
    assert r.exit_code == 0, r
    assert "\nid: ann-lee\n" in r.stdout
    r = cli(
        "init", "member", "--framework", "mini@1", "--name", "A", "-o", "Ann Lee.yaml", "--frameworks", fw
    )
    assert r.exit_code == 0, r
    assert "\nid:" not in Path("Ann Lee.yaml").read_text(encoding="utf-8")


def test_names_that_yaml_would_misread_are_quoted(cli, tmp_path):
    fw = mini_dir(tmp_path)
    r = cli("init", "member", "--framework", "mini@1", "--name", "no", "--frameworks", fw, "-o", "n.yaml")
    assert r.exit_code == 0, r
    assert "\nname: 'no'\n" in Path("n.yaml").read_text(encoding="utf-8")
    assert cli("validate", "n.yaml", "--frameworks", fw).exit_code == 0


def test_usage_errors(cli, tmp_path):
    fw = mini_dir(tmp_path)
    r = cli("init", "member", "--framework", "mini@1", "--name", "A", "--id", "Ann Lee", "--frameworks", fw)
    assert r.exit_code == 2, r
    assert "'Ann Lee' is not a member id" in r.stderr
    r = cli("init", "member", "--framework", "mini@1", "--name", "A", "--role", "boss", "--frameworks", fw)
    assert r.exit_code == 1, r  # as in assess: the role is not in the framework
    assert "unknown role 'boss' in mini@1" in r.stderr
    r = cli("init", "member", "--name", "A")
    assert r.exit_code == 2, r
    assert "--framework" in r.stderr


def test_unknown_framework_is_reported(cli):
    r = cli("init", "member", "--framework", "nope@1", "--name", "A")
    assert r.exit_code == 1, r
    assert r.stderr.startswith("nope@1:0:0: error:")


def test_overwrite_refused_without_force(cli, write, tmp_path):
    fw = mini_dir(tmp_path)
    old = write("a.yaml", "old\n")
    r = cli("init", "member", "--framework", "mini@1", "--name", "A", "-o", old, "--frameworks", fw)
    assert r.exit_code == 1, r
    assert "a.yaml already exists; nothing was written" in r.stderr
    assert old.read_text() == "old\n"
    r = cli(
        "init", "member", "--framework", "mini@1", "--name", "A", "-o", old, "--frameworks", fw, "--force"
    )
    assert r.exit_code == 0, r
    assert "name: A" in old.read_text(encoding="utf-8")


def test_init_alone_shows_its_kinds(cli):
    r = cli("init")
    assert r.exit_code in (0, 2), r  # click's no_args_is_help exit code differs by version
    assert "member" in r.stdout + r.stderr
    assert "Usage:" in r.stdout + r.stderr


def test_framework_given_as_a_path_resolves_from_the_member_files_folder(cli, tmp_path, monkeypatch):
    fw = mini_dir(tmp_path)  # fw/mini/1.yaml
    (tmp_path / "team" / "members").mkdir(parents=True)
    r = cli("init", "member", "--framework", "fw/mini/1.yaml", "--name", "A", "-o", "team/members/a.yaml")
    assert r.exit_code == 0, r
    text = Path("team/members/a.yaml").read_text(encoding="utf-8")
    assert "\nframework: ../../fw/mini/1.yaml\n" in text
    # from another working directory, with no lookup path: it still resolves
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    v = cli("validate", tmp_path / "team" / "members" / "a.yaml")
    assert v.exit_code == 0, v
    loaded, fw_loaded = Store([]).member(tmp_path / "team" / "members" / "a.yaml")
    assert loaded.ok
    assert fw_loaded is not None
    assert Path(fw_loaded.path).resolve() == (fw / "mini" / "1.yaml").resolve()


def test_framework_given_as_an_absolute_path_or_printed_to_stdout(cli, tmp_path, monkeypatch):
    fw = mini_dir(tmp_path)
    r = cli("init", "member", "--framework", fw / "mini" / "1.yaml", "--name", "A", "-o", "a.yaml")
    assert r.exit_code == 0, r
    assert "\nframework: fw/mini/1.yaml\n" in Path("a.yaml").read_text(encoding="utf-8")
    r = cli("init", "member", "--framework", "fw/mini/1.yaml", "--name", "A")
    assert r.exit_code == 0, r
    assert "\nframework: fw/mini/1.yaml\n" in r.stdout  # relative to where it is run


def test_a_family_at_version_is_written_as_given(cli, tmp_path):
    fw = mini_dir(tmp_path)
    r = cli("init", "member", "--framework", "mini@1", "--name", "A", "--frameworks", fw)
    assert r.exit_code == 0, r
    assert "\nframework: mini@1\n" in r.stdout


def test_an_id_with_a_trailing_newline_is_not_taken_from_the_file_name(cli, tmp_path):
    fw = mini_dir(tmp_path)
    r = cli("init", "member", "--framework", "mini@1", "--name", "A", "--frameworks", fw, "--id", "ann\n")
    assert r.exit_code == 2, r
    r = cli("init", "member", "--framework", "mini@1", "--name", "A", "--frameworks", fw, "-o", "ann\n.yaml")
    assert r.exit_code == 0, r
    assert "id:" not in Path("ann\n.yaml").read_text(encoding="utf-8")
