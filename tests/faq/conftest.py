import datetime

import pytest
from django.utils import timezone

from faq.models import FAQEntryPage, FAQIndexPage, FAQRelatedQuestion
from wyhp_site.core.models import Topic


@pytest.fixture
def faq_index(home_page) -> FAQIndexPage:
    index = FAQIndexPage(title="Questions and answers", slug="faq", intro="Questions the public asked us.")
    home_page.add_child(instance=index)
    index.save_revision().publish()
    return index


@pytest.fixture
def topics(db) -> dict[str, Topic]:
    specs = [
        ("Stroke", "stroke"),
        ("Mental health", "mental-health"),
        ("Funding and finance", "funding-and-finance"),
        ("Unpaid carers", "unpaid-carers"),
    ]
    return {slug: Topic.objects.create(name=name, slug=slug) for name, slug in specs}


@pytest.fixture
def make_entry(faq_index, topics):
    """An FAQ entry under the index, published unless ``live=False``."""
    counter = iter(range(1, 100_000))

    def make(
        title=None,
        *,
        asked="2018-03",
        estimate=False,
        reviewed=None,
        topic_slugs=("stroke",),
        short_answer="A short answer.",
        answer=None,
        related=(),
        live=True,
        slug=None,
        with_revision=True,
    ) -> FAQEntryPage:
        number = next(counter)
        date_asked = datetime.date.fromisoformat(f"{asked}-01")
        entry = FAQEntryPage(
            title=title or f"Question number {number}?",
            slug=slug or f"question-{number}",
            short_answer=short_answer,
            answer=answer if answer is not None else [("paragraph", "<p>The full answer.</p>")],
            date_asked=date_asked,
            date_is_estimate=estimate,
            last_reviewed=reviewed or timezone.localdate(),
        )
        entry.topics = [topics[slug] for slug in topic_slugs]
        entry.related_question_links = [FAQRelatedQuestion(question=page) for page in related]
        faq_index.add_child(instance=entry)
        if not with_revision:
            return entry  # live as saved: quicker, for tests that only read listings
        revision = entry.save_revision()
        if live:
            revision.publish()
        else:
            entry.unpublish()
        return entry

    return make
