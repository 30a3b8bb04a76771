"""drf-spectacular hooks."""

# The product's DRF APIs; Wagtail's own API views (/api/v2/) do not fit DRF's schema.
API_PREFIXES = ("/api/registry/", "/api/collection/")


def drf_endpoints_only(endpoints, **kwargs):
    """Describe the registry and collection APIs and nothing else."""
    return [endpoint for endpoint in endpoints if endpoint[0].startswith(API_PREFIXES)]


# What the APIs answer besides 200, in the shape they answer it (DRF's error bodies).
ERROR_SCHEMAS = {
    "ValidationError": {
        "type": "object",
        "description": "A message, or a list of messages, per parameter in error.",
        "additionalProperties": {
            "anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]
        },
        "example": {"page_size": ["Give a whole number from 1 to 200."]},
    },
    "NotFound": {
        "type": "object",
        "properties": {"detail": {"type": "string"}},
        "required": ["detail"],
    },
}


def _error_response(description: str, component: str) -> dict:
    return {
        "description": description,
        "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{component}"}}},
    }


def document_errors(result, **kwargs):
    """Every operation may answer 400 (a bad parameter, or a NUL anywhere in the request);
    those with a path parameter answer 404 for a record that is missing or not public."""
    result.setdefault("components", {}).setdefault("schemas", {}).update(ERROR_SCHEMAS)
    for operations in result["paths"].values():
        for operation in operations.values():
            parameters = operation.get("parameters", [])
            responses = operation["responses"]
            responses["400"] = _error_response("Bad parameter", "ValidationError")
            if any(parameter["in"] == "path" for parameter in parameters):
                responses["404"] = _error_response("Not found", "NotFound")
    return result
