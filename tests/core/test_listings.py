"""The one listing engine (wyhp_site/core/listings.py) gives the FAQ and the news the same shapes."""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext

from blog.models import PostPage
from faq.models import FAQEntryPage
from wyhp_site.core.listings import ArchiveMonth, ArchiveYear, archive_with_counts, topics_with_counts

D = datetime.date


def test_both_archives_are_years_with_months_and_counts_in_one_query(make_entry, make_post, stroke, cancer):
    make_entry("March?", [stroke], D(2018, 3, 1))
    make_entry("Also March?", [cancer], D(2018, 3, 1))
    make_entry("Older?", [stroke], D(2016, 11, 1))
    make_post("Early March", [stroke], D(2026, 3, 6))
    make_post("Late March", [stroke, cancer], D(2026, 3, 27))
    make_post("December", [cancer], D(2025, 12, 5))

    with CaptureQueriesContext(connection) as queries:
        questions = archive_with_counts(FAQEntryPage.objects.live(), "date_asked")
    posts = archive_with_counts(PostPage.objects.live(), "date")

    assert len(queries) == 1
    assert questions == [
        ArchiveYear(2018, 2, [ArchiveMonth(D(2018, 3, 1), 2)]),
        ArchiveYear(2016, 1, [ArchiveMonth(D(2016, 11, 1), 1)]),
    ]
    assert posts == [
        ArchiveYear(2026, 2, [ArchiveMonth(D(2026, 3, 1), 2)]),
        ArchiveYear(2025, 1, [ArchiveMonth(D(2025, 12, 1), 1)]),
    ]


def test_both_count_topics_under_one_name(make_entry, make_post, stroke, cancer):
    make_entry("Stroke?", [stroke], D(2018, 3, 1))
    make_entry("Both?", [stroke, cancer], D(2018, 3, 1))
    make_post("Cancer checks", [cancer], D(2026, 3, 6))

    questions = topics_with_counts(FAQEntryPage.objects.live())
    posts = topics_with_counts(PostPage.objects.live())

    assert [(topic.slug, topic.count) for topic in questions] == [("cancer", 1), ("stroke", 2)]
    assert [(topic.slug, topic.count) for topic in posts] == [("cancer", 1)]
