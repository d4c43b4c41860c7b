"""The demo FAQ: the index and entries in ``faq.yaml``, loaded by core's demo loader."""

import datetime
from pathlib import Path

from django.utils import timezone

from wyhp_site.core.demo.loader import DataFile, DemoDataError, DemoSection, Record, checked

from ..models import ChangeNote, FAQEntryPage, FAQIndexPage, FAQRelatedQuestion
from ..models.entry_page import DEFAULT_REVIEW_INTERVAL

ENTRIES = DataFile(
    Path(__file__).resolve().parent / "faq.yaml",
    required=("slug", "question", "short_answer", "answer", "topics", "owner", "asked", "reviewed"),
    optional=("estimate", "review_every", "related", "published", "changes", "historic"),
)
CHANGE_FIELDS = ("when", "note")
# An entry's ``historic`` mapping: why it is historic, and the slug of the answer that replaced it.
HISTORIC_FIELDS = {"required": ("reason",), "optional": ("replaced_by",)}


def reviewed_date(reviewed: datetime.date | int, date_asked: datetime.date) -> datetime.date:
    """A date as written, or for answers kept up to date a number of days before today."""
    if isinstance(reviewed, datetime.date):
        return reviewed
    return max(timezone.localdate() - datetime.timedelta(days=reviewed), date_asked)


def entry_page(record: Record) -> FAQEntryPage:
    date_asked = datetime.date.fromisoformat(record["asked"] + "-01")
    entry = FAQEntryPage(
        title=record["question"],
        slug=record["slug"],
        short_answer=record["short_answer"],
        answer=record.stream(FAQEntryPage, "answer"),
        date_asked=date_asked,
        date_is_estimate=record.get("estimate", False),
        owning_team=record.team(record["owner"]),
        last_reviewed=reviewed_date(record["reviewed"], date_asked),
        review_interval_months=record.get("review_every", DEFAULT_REVIEW_INTERVAL),
    )
    entry.topics = [record.topic(slug) for slug in record["topics"]]
    if "historic" in record.fields:
        historic = checked(record["historic"], where=f"{record.where}, historic", **HISTORIC_FIELDS)
        entry.historic, entry.historic_reason = True, historic["reason"]
    return entry


def days_before_today(day: datetime.date | int) -> datetime.date:
    """A date as written, or a number of days before today."""
    return day if isinstance(day, datetime.date) else timezone.localdate() - datetime.timedelta(days=day)


def at_noon(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(12)))


def link_siblings(entry: FAQEntryPage, record: Record, pages: dict) -> None:
    """The entry's related questions and, for a historic one, the answer that replaced it.
    One an editor has since deleted is simply left out."""
    entry.related_question_links = [
        FAQRelatedQuestion(question=pages[slug]) for slug in record.get("related", []) if slug in pages
    ]
    replaced_by = record.get("historic", {}).get("replaced_by")
    if replaced_by in pages:
        entry.replaced_by = pages[replaced_by]
    add_history(entry, record)


def add_history(entry: FAQEntryPage, record: Record) -> None:
    """An answer's past: ``published``, the day it was first published, and ``changes``, the
    change notes published since (``when`` a date or a number of days before today; ``note``)."""
    if "published" not in record.fields and "changes" not in record.fields:
        return
    if "published" not in record.fields:
        raise DemoDataError(f"{record.where}: changes need the date the answer was first published")
    first = days_before_today(record["published"])
    changes = [
        checked(change, CHANGE_FIELDS, (), f"{record.where}, changes") for change in record.get("changes", [])
    ]
    for change in changes:
        if not first < days_before_today(change["when"]) <= timezone.localdate():
            raise DemoDataError(
                f"{record.where}: a change on {change['when']} is not between publication and today"
            )
    # Publishing keeps a first publication the page already has.
    FAQEntryPage.objects.filter(pk=entry.pk).update(first_published_at=at_noon(first))
    for change in changes:
        ChangeNote.objects.create(
            entry=entry, note=change["note"], published_at=at_noon(days_before_today(change["when"]))
        )
    # The page about to be published is this one, not a fresh copy: it must carry its history too.
    entry.refresh_from_db(fields=["first_published_at", "latest_change_note", "latest_change_at"])


SECTION = DemoSection(ENTRIES, FAQIndexPage, entry_page, link_siblings)


def build_demo(home, topics: dict, people: dict) -> FAQIndexPage:
    """The FAQ index under ``home`` with the demo entries; what exists is left alone."""
    return SECTION.build(home, topics, people)
