"""Reading a page's structured data as a search engine does: with extruct, in every syntax it knows."""

import extruct

# OpenGraph's RDFa is the social meta tags, not schema.org data.
SYNTAXES = ["json-ld", "microdata"]


def schema_items(html: str, url: str = "http://testserver/") -> list[dict]:
    """Every schema.org item in ``html``, from JSON-LD or microdata, in extruct's uniform shape."""
    found = extruct.extract(html, base_url=url, syntaxes=SYNTAXES, uniform=True)
    return [item for syntax in SYNTAXES for item in found[syntax]]


def items_of_type(html: str, schema_type: str, url: str = "http://testserver/") -> list[dict]:
    return [item for item in schema_items(html, url) if item.get("@type") == schema_type]
