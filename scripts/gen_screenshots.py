"""Screenshots for the guides: the HTML pages csmatrix writes, drawn by headless Chromium.

    python scripts/gen_screenshots.py   # writes docs/img/*.png (needs chromium on PATH)

Pictures, not tests: the text outputs in the guides are checked by tests/test_docs.py;
these show what a page looks like and are redrawn by hand when the pages change.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
IMG = REPO / "docs" / "img"

# (picture, csmatrix arguments writing an HTML page to stdout, window width, height)
TAKAHASHI = "examples/members/daisuke-takahashi.yaml"
SHOTS = [
    ("assess-radar-ja.png", ["assess", TAKAHASHI, "-f", "html"], 1000, 620),
    ("assess-radar-en.png", ["assess", TAKAHASHI, "-f", "html", "--lang", "en"], 1300, 650),
    ("sheet-1on1-ja.png", ["sheet", "--member", "examples/members/aoi-sato.yaml", "-f", "html"], 1400, 800),
]


def main() -> int:
    browser = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if browser is None:
        print("no chromium on PATH", file=sys.stderr)
        return 1
    IMG.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for name, args, width, height in SHOTS:
            page = Path(tmp) / (name + ".html")
            html = subprocess.run(
                [sys.executable, "-m", "csmatrix", *args], cwd=REPO, capture_output=True, check=True
            ).stdout
            page.write_bytes(html)
            subprocess.run(
                [
                    browser,
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--hide-scrollbars",
                    f"--window-size={width},{height}",
                    f"--screenshot={IMG / name}",
                    page.as_uri(),
                ],
                capture_output=True,
                check=True,
                timeout=120,
            )
            print(f"wrote {(IMG / name).relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
