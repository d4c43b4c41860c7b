"""Thousands of published, indexed pages in seconds, for the search benchmark and planner tests.

Pages are written in bulk (no revisions, no signals) and indexed through the
search backend's own ``add_items``, so the index rows are exactly what
publishing would have produced. Text is drawn from a Zipf-like vocabulary:
a few words ("nhs", "care", "health") are in almost every entry, most words
are in a handful, as in real writing. Never use this on a real site.
"""

import json
import uuid
from itertools import islice

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.utils import timezone
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from bench.synthetic_text import COMMON_WORDS, TextMaker, vocabulary
from wyhp_site.core.models import StandardPage

__all__ = ["COMMON_WORDS", "TextMaker", "add_synthetic_pages", "vocabulary"]


def add_synthetic_pages(parent: Page, count: int, *, seed: int = 0, batch_size: int = 1000) -> int:
    """Add ``count`` published standard pages under ``parent``, each a question-like title,
    a one-sentence summary and an answer of 100-300 words. Returns how many were added."""
    text = TextMaker(seed)
    content_type = ContentType.objects.get_for_model(StandardPage)
    index = get_search_backend().get_index_for_model(StandardPage)
    parent = Page.objects.get(pk=parent.pk)
    made = 0
    pages = (_page(parent, parent.numchild + number, text, content_type) for number in range(1, count + 1))
    while batch := list(islice(pages, batch_size)):
        with transaction.atomic():
            _insert(batch)
            index.add_items(StandardPage, batch)
        made += len(batch)
    Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + made)
    if hasattr(index, "_refresh_title_norms"):  # PostgreSQL weights shorter titles up
        index._refresh_title_norms(full=True)
    return made


def _page(parent: Page, step: int, text: TextMaker, content_type) -> StandardPage:
    now = timezone.now()
    slug = f"synthetic-{step}"
    title = text.sentence(5, 11)[:-1] + "?"
    return StandardPage(
        title=title,
        draft_title=title,
        slug=slug,
        path=Page._get_path(parent.path, parent.depth + 1, step),
        depth=parent.depth + 1,
        numchild=0,
        url_path=f"{parent.url_path}{slug}/",
        live=True,
        has_unpublished_changes=False,
        first_published_at=now,
        last_published_at=now,
        content_type=content_type,
        locale_id=parent.locale_id,
        translation_key=uuid.uuid4(),
        intro=text.sentence(12, 25),
        body=[("paragraph", f"<p>{text.paragraph(text.rng.randint(8, 18))}</p>")],
    )


def _insert(pages: list[StandardPage]) -> None:
    """Page rows through the ORM, the standard page rows beside them."""
    base_rows = Page.objects.bulk_create([Page(**_base_fields(page)) for page in pages])
    for page, row in zip(pages, base_rows, strict=True):
        page.pk = page.page_ptr_id = row.pk
    with connection.cursor() as cursor:
        cursor.executemany(
            "INSERT INTO core_standardpage (page_ptr_id, intro, body) VALUES (%s, %s, %s)",
            [(page.pk, page.intro, json.dumps(page.body.get_prep_value())) for page in pages],
        )


def _base_fields(page: StandardPage) -> dict:
    names = [field.attname for field in Page._meta.concrete_fields if field.attname != "id"]
    return {name: getattr(page, name) for name in names}
