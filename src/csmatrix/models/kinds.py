"""The three file kinds and the ``schema:`` id each starts with (one table, no pydantic).

Read by the loader (which kind is this file?), the JSON Schema export, the
member writer and ``textconv``; the models' ``schema`` fields accept exactly
these ids.
"""

from __future__ import annotations

from typing import Final

FRAMEWORK_SCHEMA: Final = "csmatrix/framework@1"
MEMBER_SCHEMA: Final = "csmatrix/member@1"
ACTIVITIES_SCHEMA: Final = "csmatrix/activities@1"

SCHEMA_IDS: Final[dict[str, str]] = {
    "framework": FRAMEWORK_SCHEMA,
    "member": MEMBER_SCHEMA,
    "activities": ACTIVITIES_SCHEMA,
}
KIND_BY_SCHEMA: Final[dict[str, str]] = {schema: kind for kind, schema in SCHEMA_IDS.items()}
