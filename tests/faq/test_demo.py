import datetime

import pytest
from django.utils import timezone

from faq.demo import ENTRIES, build_demo
from faq.models import FAQEntryPage, FAQIndexPage
from tests.faq.helpers import main_text
from wyhp_site.core.demo.builders import build_core_site
from wyhp_site.core.models import Team


@pytest.fixture
def demo_faq(db):
    home, _pages, topics, people = build_core_site()
    return build_demo(home, topics, people), (home, topics, people)


def test_demo_faq_has_enough_varied_entries(client, demo_faq):
    index, _ = demo_faq
    entries = list(FAQEntryPage.objects.live().child_of(index).prefetch_related("topics"))
    years = {entry.date_asked.year for entry in entries}

    assert len(entries) >= 30
    assert min(years) == 2016 and max(years) == 2025
    assert sum(entry.date_is_estimate for entry in entries) >= 3
    assert sum(entry.review_due for entry in entries) >= 3
    assert sum(not entry.review_due for entry in entries) >= 10
    assert all(entry.topics.all() for entry in entries)
    assert len({topic.slug for entry in entries for topic in entry.topics.all()}) >= 12
    assert all(entry.date_asked <= entry.last_reviewed <= timezone.localdate() for entry in entries)
    assert FAQEntryPage.objects.filter(related_question_links__isnull=False).distinct().count() >= 5


def test_every_demo_answer_has_an_owning_team_and_some_are_due_soon(demo_faq):
    today = timezone.localdate()
    entries = list(FAQEntryPage.objects.live().select_related("owning_team"))

    assert all(entry.owning_team for entry in entries)
    assert len({entry.owning_team for entry in entries}) >= 6
    assert {entry.review_interval_months for entry in entries} >= {3, 6, 12, 24}
    due = FAQEntryPage.objects.reviews_due(today)
    assert due.filter(review_due_on__gte=today).count() >= 2  # due soon, not yet overdue
    assert due.filter(review_due_on__lt=today).count() >= 3


def test_demo_teams_survive_an_editor_renaming_one_in_another_case(demo_faq):
    index, (home, topics, people) = demo_faq
    Team.objects.filter(name="Finance team").update(name="FINANCE TEAM")
    FAQEntryPage.objects.filter(owning_team__name="FINANCE TEAM").first().delete()

    build_core_site()
    build_demo(home, topics, people)

    assert not Team.objects.filter(name="Finance team").exists()
    assert FAQEntryPage.objects.filter(owning_team__name="FINANCE TEAM").count() >= 2


def test_demo_pages_render(client, demo_faq):
    index, _ = demo_faq
    assert client.get(index.url).status_code == 200
    assert client.get(index.url + "topic/stroke/").status_code == 200
    for entry in FAQEntryPage.objects.live():
        assert client.get(entry.url).status_code == 200, entry.url


def test_demo_builds_twice_without_duplicates_or_overwriting(demo_faq):
    index, (home, topics, people) = demo_faq
    entry = FAQEntryPage.objects.get(slug=ENTRIES.pages()[0]["slug"])
    entry.short_answer = "Rewritten by an editor."
    entry.save_revision().publish()
    count = FAQEntryPage.objects.count()

    again = build_demo(home, topics, people)

    assert again.pk == index.pk
    assert FAQIndexPage.objects.count() == 1
    assert FAQEntryPage.objects.count() == count
    assert FAQEntryPage.objects.get(pk=entry.pk).short_answer == "Rewritten by an editor."


def test_demo_writing_stays_within_the_fields_limits():
    for spec in ENTRIES.pages():
        assert len(spec["short_answer"]) <= 300, spec["slug"]
        assert spec["question"].endswith("?"), spec["slug"]
        assert datetime.date.fromisoformat(spec["asked"] + "-01").year in range(2016, 2026)


def test_some_demo_answers_have_change_notes_dated_after_their_first_publication(client, demo_faq):
    changed = list(FAQEntryPage.objects.live().exclude(latest_change_at=None))

    assert len(changed) >= 3
    assert any(entry.change_notes.count() >= 2 for entry in changed)
    for entry in changed:
        notes = list(entry.change_notes.newest_first())
        assert entry.first_published_at < notes[-1].published_at
        assert entry.latest_change_note == notes[0].note and entry.updated_on == timezone.localdate(
            notes[0].published_at
        )
        assert notes[0].note in main_text(client.get(entry.url).content.decode())
    assert "Figures updated for 2024/25." in client.get("/faq/changes/feed/").content.decode()


def test_demo_has_historic_answers_whose_replacements_are_live(client, demo_faq):
    historic = list(FAQEntryPage.objects.live().filter(historic=True).select_related("replaced_by"))

    assert len(historic) >= 3
    listing = client.get("/faq/").content.decode() + client.get("/faq/?page=2").content.decode()
    for entry in historic:
        replacement = entry.replaced_by
        assert entry.historic_reason and replacement is not None, entry.slug
        assert replacement.live and not replacement.historic, entry.slug
        page = client.get(entry.url).content.decode()
        assert f'<a href="{replacement.url}">{replacement.title}</a>' in page, entry.slug
        assert entry.title not in listing, entry.slug
