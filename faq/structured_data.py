"""schema.org FAQPage JSON-LD for search engines."""


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
