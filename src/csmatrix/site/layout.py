"""Where each page of the site goes, and the relative links between them.

Every page path is built from slugs, never from raw text: a version such as
``../../etc`` or ``a/b`` becomes one safe file-name segment, so no page can
land outside the output folder.  Links are relative (the site opens from
``file://`` in any folder, or from any web server, unchanged).
"""

from __future__ import annotations

import posixpath
import re
import zlib

INDEX = "index.html"
MEMBERS_INDEX = "members/index.html"
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
MAX_SEGMENT = 80


def slug(text: str) -> str:
    """One safe path segment for ``text`` (stable; different texts stay apart)."""
    clean = _UNSAFE.sub("_", text).strip("._") or "_"
    if clean != text or len(clean) > MAX_SEGMENT:
        # changed on the way: a checksum keeps 'a/b' and 'a_b' apart
        clean = f"{clean[:MAX_SEGMENT]}-{zlib.crc32(text.encode('utf-8')):08x}"
    return clean


def framework_page(family: str, version: str) -> str:
    return f"{slug(family)}/{slug(version)}/index.html"


def career_page(family: str, version: str) -> str:
    return f"{slug(family)}/{slug(version)}/career.html"


def changes_page(family: str, version: str) -> str:
    return f"{slug(family)}/{slug(version)}/changes.html"


def member_page(member_id: str) -> str:
    return f"members/{slug(member_id)}.html"


def link(from_page: str, to_page: str) -> str:
    """The relative URL from one page to another (both site paths)."""
    start = posixpath.dirname(from_page) or "."
    return posixpath.relpath(to_page, start)
