"""What every command shares beyond its options: error handling and output helpers."""

from __future__ import annotations

import functools
import gc
import os
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import typer

from csmatrix.words import Msg

if TYPE_CHECKING:
    from rich.console import Console

    from csmatrix.errors import Problem
    from csmatrix.files.store import Store
    from csmatrix.models.framework import Framework

F = TypeVar("F", bound=Callable[..., Any])

BUG_URL = "https://github.com/csmatrix/csmatrix/issues"


def no_special_file(path: Path) -> Path:
    """Argument callback: a pipe, a device or a socket is refused before anything opens it.

    For readers that open a path themselves (openpyxl): an ``open()`` of a FIFO
    waits for a writer forever.  Exit 1 with the path, like any file trouble.
    """
    from csmatrix.errors import Problem
    from csmatrix.files.read import special_kind

    refused = special_kind(path)
    if refused:
        eprint(Problem(str(path), 0, 0, refused).format())
        raise typer.Exit(1)
    return path


_collecting_after_start_up = False


def start_up() -> None:
    """The console script starts: no garbage collection while the modules load.

    Start-up allocates hundreds of thousands of objects (modules, classes,
    pydantic schemas) that live for the whole run; collecting while they
    pile up is wasted work.  ``started`` turns collection back on.
    """
    global _collecting_after_start_up
    if gc.isenabled():
        gc.disable()
        _collecting_after_start_up = True


def started() -> None:
    """The command begins on its data: collection back on, start-up objects frozen out of it."""
    global _collecting_after_start_up
    if _collecting_after_start_up:
        _collecting_after_start_up = False
        gc.freeze()
        gc.enable()


def store(frameworks: Iterable[Path] | None, *, lineage: bool = False) -> Store:
    """The framework store; ``lineage=True`` checks replaces/supersedes too.

    Every command that reads data makes its store first: start-up is over.
    """
    from csmatrix.files.store import Store

    built = Store(frameworks or (), lineage=lineage)
    started()
    return built


def handled(fn: F) -> F:
    """Turn csmatrix errors into messages and exit codes; never a traceback."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from csmatrix.errors import CsmatrixError, InvalidInput
        from csmatrix.files.read import FileTrouble

        try:
            return fn(*args, **kwargs)
        except (typer.Exit, typer.Abort, SystemExit):
            raise
        except InvalidInput as exc:
            print_problems(exc.problems)
            raise typer.Exit(exc.exit_code) from None
        except FileTrouble as exc:  # a file as a whole: the located form, at 0:0
            eprint(exc.problem().format())
            raise typer.Exit(exc.exit_code) from None
        except CsmatrixError as exc:
            eprint(f"csmatrix: error: {exc}")
            raise typer.Exit(exc.exit_code) from None
        except KeyboardInterrupt:
            eprint(Msg("common.interrupted"))
            raise typer.Exit(130) from None
        except BrokenPipeError:
            _quiet_broken_pipe()
            raise typer.Exit(0) from None
        except OSError as exc:  # file-system trouble the core met: exit 1 with the path, never 3
            from csmatrix.files.read import trouble_from

            eprint(f"csmatrix: error: {trouble_from(exc)}")
            raise typer.Exit(1) from None
        except RuntimeError as exc:
            # Python < 3.13: Path.resolve() reports a loop of links as RuntimeError
            if not str(exc).startswith("Symlink loop from "):
                internal_error(exc)
                raise typer.Exit(3) from None
            where = str(exc).removeprefix("Symlink loop from ").strip("'")
            eprint(f"csmatrix: error: {where}: {Msg('common.link_loop')}")
            raise typer.Exit(1) from None
        except Exception as exc:  # noqa: BLE001 - the last line of defence
            internal_error(exc)
            raise typer.Exit(3) from None

    return wrapper  # type: ignore[return-value]


def internal_error(exc: BaseException) -> None:
    eprint(Msg("common.internal_error", kind=type(exc).__name__, detail=str(exc), url=BUG_URL))


def _quiet_broken_pipe() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def eprint(text: str | Msg) -> None:
    """A message for people on stderr, in their language; file text in it shows its control characters."""
    from csmatrix.render.safe import term

    print(term(str(text)), file=sys.stderr)


def print_problems(problems: list[Problem], summary: bool = True) -> None:
    from csmatrix.render.safe import term

    for problem in problems:
        eprint(term(problem.format(), newlines=False))
    if summary and problems:
        errors = [p for p in problems if p.severity == "error"]
        files = len({p.path for p in errors})
        count = len(errors)
        if count:
            from csmatrix.errors import problems_summary

            eprint(f"csmatrix: {problems_summary(count, files)}")


def console(stderr: bool = False) -> Console:
    """A rich console that honours NO_COLOR, COLUMNS and pipes.

    ``markup=False``: text from a file such as ``[bold]`` or ``[link=...]`` is
    printed as written, never read as rich markup.
    """
    from rich.console import Console

    return Console(stderr=stderr, highlight=False, soft_wrap=False, emoji=False, markup=False)


def write_output(out: Path, data: bytes | str, force: bool) -> None:
    """Write a result file the SPEC way; say where on stderr."""
    from csmatrix.files.writing import write_file

    write_file(out, data, force=force)
    eprint(Msg("common.wrote", path=str(out)))


def check_role(fw: Framework, role: str | None) -> None:
    """An unknown ``--role`` is an error naming the roles there are."""
    from csmatrix.errors import CsmatrixError

    if role is not None and fw.role(role) is None:
        from csmatrix.rules.semantic import unknown_role

        message, hint = unknown_role(fw, role)
        raise CsmatrixError(message, hint=hint)
