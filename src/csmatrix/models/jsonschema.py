"""JSON Schema of each file kind, from the pydantic models (for editors)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from csmatrix.models.kinds import SCHEMA_IDS


def json_schema(kind: str) -> dict[str, Any]:
    from csmatrix.models.activities import Activities
    from csmatrix.models.framework import Framework
    from csmatrix.models.member import Member

    models: dict[str, type[BaseModel]] = {"framework": Framework, "member": Member, "activities": Activities}
    model = models[kind]
    schema = model.model_json_schema(by_alias=True, mode="validation")
    _relax_yaml_scalars(schema)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://csmatrix.invalid/schemas/{kind}.schema.json",
        "title": f"csmatrix {kind} file ({SCHEMA_IDS[kind]})",
        **schema,
    }


def _relax_yaml_scalars(node: Any) -> None:
    """YAML readers give ``2019`` as a number and dates as dates; accept what we accept.

    Editors and check-jsonschema read YAML 1.2 with types; csmatrix reads every
    scalar as text and lets the field decide.  So text fields also take
    numbers, and integer-keyed maps (``levels: {1: ...}``) take numeric keys.
    """
    if isinstance(node, dict):
        if (
            node.get("type") == "string"
            and "pattern" not in node
            and "enum" not in node
            and "const" not in node
        ):
            if node.get("format") == "date":
                node.pop("format")
            node["type"] = ["string", "number"]
            node.pop("minLength", None)
        for value in node.values():
            _relax_yaml_scalars(value)
    elif isinstance(node, list):
        for value in node:
            _relax_yaml_scalars(value)
