"""The demo FAQ: an index page under the home page and the entries in ``entries.py``.

Idempotent like the rest of the demo: pages are found by slug before anything
is created, and nothing an editor has saved is overwritten.
"""

import datetime

from django.db import transaction
from django.utils import timezone

from ..models import FAQEntryPage, FAQIndexPage, FAQRelatedQuestion
from .entries import ENTRIES

INDEX_SLUG = "faq"


def reviewed_date(spec: dict, date_asked: datetime.date) -> datetime.date:
    reviewed = spec["reviewed"]
    if isinstance(reviewed, int):
        return max(timezone.localdate() - datetime.timedelta(days=reviewed), date_asked)
    return datetime.date.fromisoformat(reviewed)


def build_index(home) -> FAQIndexPage:
    existing = FAQIndexPage.objects.child_of(home).first()
    if existing:
        return existing
    index = FAQIndexPage(
        title="Questions and answers",
        slug=INDEX_SLUG,
        intro=(
            "Questions people have asked the partnership, and our answers. Each one shows when it "
            "was asked and when we last checked the answer."
        ),
    )
    home.add_child(instance=index)
    index.save_revision().publish()
    return index


@transaction.atomic
def build_demo(home, topics: dict, people: dict | None = None) -> FAQIndexPage:
    """The FAQ index under ``home`` with the demo entries; returns the index.

    ``topics`` is ``{slug: Topic}`` from the core demo. ``people`` is accepted for
    the common demo signature; the entries name the demo people in their text.
    """
    index = build_index(home)
    existing = {page.slug: page for page in FAQEntryPage.objects.child_of(index)}
    created = []
    for spec in ENTRIES:
        if spec["slug"] in existing:
            continue
        date_asked = datetime.date.fromisoformat(spec["asked"] + "-01")
        entry = FAQEntryPage(
            title=spec["question"],
            slug=spec["slug"],
            short_answer=spec["short_answer"],
            answer=spec["answer"],
            date_asked=date_asked,
            date_is_estimate=spec.get("estimate", False),
            last_reviewed=reviewed_date(spec, date_asked),
        )
        entry.topics = [topics[slug] for slug in spec["topics"]]
        index.add_child(instance=entry)
        existing[entry.slug] = entry
        created.append((entry, spec))

    # Related questions may point at entries further down the list, so they are
    # added once every entry exists; each entry is then published once.
    for entry, spec in created:
        entry.related_question_links = [
            FAQRelatedQuestion(question=existing[slug])
            for slug in spec.get("related", [])
            if slug in existing
        ]
        entry.save_revision().publish()
    return index
