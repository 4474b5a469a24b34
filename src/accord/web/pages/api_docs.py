"""The API's own documentation page, rendered from its OpenAPI description."""
from __future__ import annotations

import json

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from accord.web.render import render

router = APIRouter(include_in_schema=False)


@router.get("/docs", response_class=HTMLResponse)
def api_docs(request: Request):
    spec = request.app.openapi()
    ops = []
    for path, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            ops.append({"path": path, "method": method.upper(), "op": op})
    return render(request, "docs.html", nav="api", spec=spec, ops=ops,
                  schemas=spec.get("components", {}).get("schemas", {}), dumps=lambda x: json.dumps(x, indent=2),
                  type_of=_type_of)


def _type_of(schema: dict) -> str:
    """A parameter's type in a few words: "string", "integer | null", "one of due, met"."""
    if "enum" in schema:
        return "one of " + ", ".join(str(v) for v in schema["enum"])
    if "anyOf" in schema:
        return " | ".join(_type_of(s) for s in schema["anyOf"])
    if schema.get("type") == "array":
        return f"list of {_type_of(schema.get('items') or {})}"
    return str(schema.get("type") or "any")
