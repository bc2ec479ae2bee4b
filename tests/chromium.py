"""Headless Chromium for the browser tests (Debian's package ``chromium``).

``browser()`` skips the test with a reason when no Chromium is installed,
except under CI (``CI`` set), where a missing browser is a failure:
``.ci/run`` installs it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

FLAGS = [
    "--headless",
    "--no-sandbox",  # the tests may run as root (CI containers)
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
]


def browser() -> str:
    found = next((b for b in ("chromium", "chromium-browser", "google-chrome") if shutil.which(b)), None)
    if found is None:
        message = "no Chromium installed (apt-get install chromium fonts-noto-cjk)"
        if os.environ.get("CI"):
            pytest.fail(f"{message}; CI must have it (.ci/run installs it)", pytrace=False)
        pytest.skip(message)
    return found


def _run(profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [browser(), *FLAGS, f"--user-data-dir={profile}", *args],
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
    )


def dump_dom(url: str, profile: Path) -> str:
    """The DOM after the page's own scripts ran."""
    return _run(profile, "--dump-dom", url).stdout


def screenshot(url: str, out: Path, width: int, height: int, profile: Path) -> tuple[int, int, int]:
    """(width, height, bytes) of a PNG screenshot of ``url`` at that window size."""
    _run(profile, f"--screenshot={out}", f"--window-size={width},{height}", url)
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big"), len(data)
