"""schema.org FAQPage JSON-LD for search engines."""

import json

from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

# As Django's json_script: inside <script>, "</script>" or "<!--" in an answer
# would end or confuse the element; escaped, they stay plain JSON strings.
_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def question(entry, url: str) -> dict:
    return {
        "@type": "Question",
        "name": entry.title,
        "url": url,
        "dateCreated": entry.date_asked.isoformat(),
        "acceptedAnswer": {
            "@type": "Answer",
            "text": entry.short_answer,
            "url": url,
            "dateModified": entry.last_reviewed.isoformat(),
        },
    }


def faq_page(entries, request) -> dict | None:
    """An FAQPage holding ``entries``, or None when there are none to describe."""
    questions = [question(entry, entry.get_full_url(request)) for entry in entries]
    if not questions:
        return None
    return {"@context": "https://schema.org", "@type": "FAQPage", "mainEntity": questions}


def json_ld_script(data: dict | None) -> SafeString:
    if data is None:
        return mark_safe("")  # noqa: S308  (a constant empty string)
    encoded = json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(encoded))  # noqa: S308
