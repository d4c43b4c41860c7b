"""Each answer has an owning team and a review interval; its review date is kept in the
database, and nothing goes live without an owner."""

import datetime
from importlib import import_module

import pytest
from django.apps import apps
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.utils import timezone

from faq.forms import PUBLISH_NEEDS_OWNER
from faq.models import FAQEntryPage
from tests.faq.test_admin import add_url, entry_form, error_text, listed_titles
from wyhp_site.core.content_dates import add_months
from wyhp_site.core.roles import EDITORS, MODERATORS

TODAY = timezone.localdate


def days_from_today(days: int) -> datetime.date:
    return TODAY() + datetime.timedelta(days=days)


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (datetime.date(2024, 1, 15), 24, datetime.date(2026, 1, 15)),
        (datetime.date(2025, 11, 3), 3, datetime.date(2026, 2, 3)),
        (datetime.date(2025, 12, 1), 1, datetime.date(2026, 1, 1)),
        (datetime.date(2024, 8, 31), 6, datetime.date(2025, 2, 28)),  # no 31 February
        (datetime.date(2023, 8, 31), 6, datetime.date(2024, 2, 29)),  # a leap year
        (datetime.date(2024, 2, 29), 24, datetime.date(2026, 2, 28)),
        (datetime.date(2024, 5, 31), -3, datetime.date(2024, 2, 29)),
    ],
)
def test_months_are_added_as_a_reader_counts_them(start, months, expected):
    assert add_months(start, months) == expected


def test_the_review_is_due_its_interval_after_the_last_review(make_entry):
    usual = make_entry(reviewed=datetime.date(2025, 8, 31))
    quick = make_entry(reviewed=datetime.date(2025, 8, 31), review_every=6)

    assert usual.review_interval_months == 24
    assert FAQEntryPage.objects.get(pk=usual.pk).review_due_on == datetime.date(2027, 8, 31)
    assert FAQEntryPage.objects.get(pk=quick.pk).review_due_on == datetime.date(2026, 2, 28)


def test_the_review_date_follows_the_last_review_and_the_interval_when_they_change(make_entry):
    entry = make_entry(reviewed=datetime.date(2025, 1, 10))

    entry.review_interval_months = 12
    entry.save_revision().publish()
    assert FAQEntryPage.objects.get(pk=entry.pk).review_due_on == datetime.date(2026, 1, 10)

    entry.last_reviewed = datetime.date(2025, 6, 1)
    entry.save(update_fields=["last_reviewed"])
    assert FAQEntryPage.objects.get(pk=entry.pk).review_due_on == datetime.date(2026, 6, 1)


@pytest.mark.parametrize(
    ("last_reviewed", "message"),
    [
        (
            "9999-12-31",
            "The date the answer was last reviewed cannot be in the future.",
        ),  # no date 2 years on
        ("0001-01-01", "Check the year: 1 is before 1990"),
    ],
)
def test_an_impossible_review_date_is_refused_not_an_error(
    admin_client, faq_index, topics, last_reviewed, message
):
    form = entry_form(topics=[topics["stroke"]], last_reviewed=last_reviewed)

    response = admin_client.post(add_url(faq_index), form)

    assert response.status_code == 200
    assert message in error_text(response)
    assert not FAQEntryPage.objects.exists()


def test_an_answer_is_due_for_review_once_its_review_date_has_passed():
    def entry_due_on(date):
        return FAQEntryPage(review_due_on=date)

    assert entry_due_on(days_from_today(-1)).review_due
    assert not entry_due_on(TODAY()).review_due
    assert not entry_due_on(days_from_today(1)).review_due
    assert not FAQEntryPage().review_due  # a new entry in preview, before it has dates


def test_reviews_due_are_published_answers_overdue_or_due_within_thirty_days(make_entry):
    def due_in(days, question, **fields):
        entry = make_entry(question, **fields)
        FAQEntryPage.objects.filter(pk=entry.pk).update(review_due_on=days_from_today(days))
        return entry

    overdue = due_in(-1, "Overdue?")
    due_today = due_in(0, "Due today?")
    due_in_thirty = due_in(30, "Due in thirty days?")
    due_in(31, "Due in thirty-one days?")
    due_in(-300, "Overdue draft?", publish=False)

    due = FAQEntryPage.objects.reviews_due(TODAY())

    assert list(due) == [overdue, due_today, due_in_thirty]


def test_editors_find_answers_past_their_review_date_and_by_team(client, member, make_entry, make_team):
    finance = make_team("Finance team")
    make_entry("Quick to date, overdue?", reviewed=days_from_today(-100), review_every=3, team=finance)
    make_entry("Checked as recently, not due?", reviewed=days_from_today(-100))
    make_entry("Nobody's?")
    client.force_login(member(EDITORS))

    assert listed_titles(client, "?review_due=true") == {"Quick to date, overdue?"}
    assert listed_titles(client, f"?owning_team={finance.pk}") == {"Quick to date, overdue?"}
    assert listed_titles(client, "?no_owner=true") == {"Checked as recently, not due?", "Nobody's?"}


def test_the_listing_shows_each_answers_team(admin_client, make_entry, make_team):
    make_entry("Owned?", team=make_team("Stroke programme"))

    assert "Stroke programme" in error_text(admin_client.get("/admin/faq_entries/"))


def test_editors_and_moderators_pick_the_team_and_interval_from_lists(client, member, faq_index, make_team):
    make_team("Finance team")
    make_team("Stroke programme")
    for role in (EDITORS, MODERATORS):
        client.force_login(member(role))
        text = error_text(client.get(add_url(faq_index)))

        assert "Owning team" in text and "Finance team" in text and "Stroke programme" in text
        assert "Review every" in text and "3 months" in text and "24 months (the usual)" in text


# --- No owner, no publishing --------------------------------------------------------------


def test_a_draft_may_be_saved_without_an_owning_team(admin_client, faq_index, topics):
    response = admin_client.post(add_url(faq_index), entry_form(topics=[topics["stroke"]]))

    assert response.status_code == 302
    entry = FAQEntryPage.objects.get(slug="who-decides-where-stroke-units-go")
    assert not entry.live and entry.owning_team is None


@pytest.mark.parametrize("action", ["action-publish", "action-submit"])
def test_publishing_or_submitting_without_an_owning_team_asks_for_one_and_keeps_what_was_typed(
    admin_client, faq_index, topics, action
):
    form = entry_form(topics=[topics["stroke"]], action=action, review_interval_months="6")

    response = admin_client.post(add_url(faq_index), form)

    assert response.status_code == 200
    assert PUBLISH_NEEDS_OWNER in error_text(response)
    assert not FAQEntryPage.objects.exists()
    html = response.content.decode()
    assert "Who decides where stroke units go?" in html
    assert '<option value="6" selected>6 months</option>' in html


def test_an_answer_published_before_owners_existed_saves_as_a_draft_but_needs_one_to_publish(
    admin_client, make_entry, topics, make_team
):
    legacy = make_entry("Published long ago?", topics=[topics["stroke"]])
    edit_url = f"/admin/pages/{legacy.pk}/edit/"
    fields = {"title": legacy.title, "slug": legacy.slug, "short_answer": "Updated."}

    draft = admin_client.post(edit_url, entry_form(topics=[topics["stroke"]], **fields))
    refused = admin_client.post(
        edit_url, entry_form(topics=[topics["stroke"]], action="action-publish", **fields)
    )
    team = make_team("Stroke programme")
    published = admin_client.post(
        edit_url, entry_form(topics=[topics["stroke"]], team=team, action="action-publish", **fields)
    )

    assert draft.status_code == 302
    assert refused.status_code == 200 and PUBLISH_NEEDS_OWNER in error_text(refused)
    assert published.status_code == 302
    entry = FAQEntryPage.objects.get(pk=legacy.pk)
    assert entry.live and entry.owning_team == team and entry.short_answer == "Updated."


def test_bulk_publishing_refuses_entries_without_an_owning_team(admin_client, make_entry, make_team):
    owned = make_entry("Owned draft?", publish=False, team=make_team("Stroke programme"))
    unowned = make_entry("Unowned draft?", publish=False)
    url = f"/admin/bulk/wagtailcore/page/publish/?id={owned.pk}&id={unowned.pk}&next=/admin/faq_entries/"

    response = admin_client.post(url, {"include_descendants": False})

    assert response.status_code == 302
    assert not FAQEntryPage.objects.filter(live=True).exists()
    messages = [str(message) for message in response.wsgi_request._messages]
    assert "Choose an owning team for “Unowned draft?” before publishing." in messages


# --- Existing answers when the interval arrived ----------------------------------------------


def test_the_data_migration_dates_existing_answers_two_years_after_their_last_review(make_entry):
    """As the answers already published were due for review before intervals existed."""
    entry = make_entry(reviewed=datetime.date(2024, 2, 29))
    FAQEntryPage.objects.filter(pk=entry.pk).update(review_due_on=datetime.date(2000, 1, 1))
    # Found by name, not number: migrations may be renumbered when branches merge.
    migrations = MigrationLoader(connection).disk_migrations
    [migration] = [m for (app, name), m in migrations.items() if app == "faq" and "review_interval" in name]

    import_module(type(migration).__module__).fill_review_due_on(apps, None)

    assert FAQEntryPage.objects.get(pk=entry.pk).review_due_on == datetime.date(2026, 2, 28)
