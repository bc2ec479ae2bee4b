"""The stack floor of SPEC.md's Speed section: the least a program on the
mandated stack does for ``csmatrix assess``'s job.

One typer command with assess's options parses argv; two small pydantic
models (an assessment and a member) validate the member file; the member and
its framework are read with ``yaml.load(..., Loader=yaml.CSafeLoader)``; a
20-row rich table is printed.  Nothing is checked beyond that: this is the
floor, not a competitor.

    python benchmarks/stack_floor.py MEMBER.yaml FRAMEWORK.yaml [--role R] [--format table]
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from pathlib import Path
from typing import Annotated

import pydantic
import typer
import yaml
from rich.console import Console
from rich.table import Table


class Fmt(str, Enum):
    table = "table"
    json = "json"
    md = "md"


class Lang(str, Enum):
    ja = "ja"
    en = "en"


class Assessment(pydantic.BaseModel):
    date: dt.date
    by: str
    levels: dict[str, int | None]


class Member(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(extra="allow")
    name: str
    framework: str
    role: str | None = None
    assessments: list[Assessment] = []


app = typer.Typer(add_completion=False)


@app.command()
def assess(
    member: Annotated[Path, typer.Argument()],
    framework: Annotated[Path, typer.Argument()],
    role: Annotated[str | None, typer.Option("--role", "-r")] = None,
    fmt: Annotated[Fmt, typer.Option("--format", "-f")] = Fmt.table,
    lang: Annotated[Lang, typer.Option("--lang")] = Lang.ja,
    history: Annotated[bool, typer.Option("--history")] = False,
    frameworks: Annotated[list[Path] | None, typer.Option("--frameworks")] = None,
) -> None:
    with open(member, "rb") as handle:
        data = yaml.load(handle, Loader=yaml.CSafeLoader)
    data["assessments"] = [
        {**a, "date": str(a["date"]), "by": str(a["by"])} for a in data.get("assessments") or []
    ]
    person = Member.model_validate(data)
    with open(framework, "rb") as handle:
        fw = yaml.load(handle, Loader=yaml.CSafeLoader)
    latest: dict[str, int] = {}
    for a in sorted(person.assessments, key=lambda a: a.date):
        latest.update({k: v for k, v in a.levels.items() if v is not None})
    table = Table(title=f"{person.name} ({role or person.role})")
    for column in ("skill", "current", "target", "gap"):
        table.add_column(column)
    skills = [s for c in fw["categories"] for s in c["skills"]]
    for skill in skills[:20]:
        current = latest.get(skill["id"], 0)
        name = skill["name"]
        text = name.get(lang.value) or next(iter(name.values())) if isinstance(name, dict) else str(name)
        table.add_row(text, str(current), "3", str(max(0, 3 - current)))
    Console().print(table)


if __name__ == "__main__":
    app()
