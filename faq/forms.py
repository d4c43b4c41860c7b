"""The FAQ entry's editing form: a month-and-year picker for the date asked,
the rule that nothing is published without a topic and an owning team, the
"short answer to rewrite" mark that rewriting the short answer clears, and no
change note before an answer's first publication."""

import calendar
import datetime

from django import forms
from django.utils import timezone
from wagtail.admin.forms import WagtailAdminPageForm

PUBLISH_NEEDS_TOPIC = (
    "Choose at least one topic before publishing or submitting for approval. "
    "You can save a draft without one."
)
PUBLISH_NEEDS_OWNER = (
    "Choose the team that owns this answer before publishing or submitting for approval. "
    "You can save a draft without one."
)
NO_CHANGE_NOTE_BEFORE_FIRST_PUBLICATION = (
    "An answer that has not been published yet has no change to note: its page says when it was "
    "first published. Leave the change note empty."
)
# What an entry must have before it goes live, and what the editor is told when it has not.
PUBLISH_NEEDS = {"topics": PUBLISH_NEEDS_TOPIC, "owning_team": PUBLISH_NEEDS_OWNER}


class MonthYearWidget(forms.MultiWidget):
    """A month list and a year box; the value is the first day of that month.

    Questions are recorded by the month they were asked, so editors are never
    asked for a day they do not know.
    """

    template_name = "faq/widgets/month_year.html"

    def __init__(self, attrs=None):
        months = [("", "Month")] + [(str(number), calendar.month_name[number]) for number in range(1, 13)]
        widgets = {
            "month": forms.Select(choices=months),
            "year": forms.NumberInput(attrs={"min": 1990, "max": 2100, "inputmode": "numeric"}),
        }
        super().__init__(widgets, attrs)

    def decompress(self, value):
        if isinstance(value, datetime.date):
            return [str(value.month), str(value.year)]
        if isinstance(value, str) and "-" in value:
            # Redisplaying what was typed after an error: "2016-11-01" or "2016-".
            year, month = (value.split("-") + [""])[:2]
            return [month.lstrip("0") or None, year or None]
        return [None, None]

    def value_from_datadict(self, data, files, name):
        month, year = super().value_from_datadict(data, files, name)
        if not month and not year:
            return None
        try:
            return datetime.date(int(year), int(month), 1).isoformat()
        except (TypeError, ValueError, OverflowError):
            # Hand the half-filled value on: the date field says it is not a valid date.
            return f"{year or ''}-{month or ''}"


class FAQEntryPageForm(WagtailAdminPageForm):
    # Each of these asks for the page to go live, now or after approval.
    PUBLISHING_ACTIONS = ("action-publish", "action-submit", "action-restart-workflow")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.instance.pk:
            # A new entry starts with this month and today, so the form is valid (and autosave
            # runs) from the first keystroke. The instance's empty fields are already in
            # ``initial`` as None, so ``setdefault`` would leave them empty.
            today = timezone.localdate()
            for name, default in (("date_asked", today.replace(day=1)), ("last_reviewed", today)):
                if self.initial.get(name) is None:
                    self.initial[name] = default

    def is_publishing(self) -> bool:
        data = self.data
        if any(data.get(action) for action in self.PUBLISHING_ACTIONS):
            return True
        return bool(data.get("action-workflow-action")) and data.get("workflow-action-name") == "approve"

    def clean(self):
        cleaned_data = super().clean()
        if self.is_publishing():
            for field, message in PUBLISH_NEEDS.items():
                if field in self.fields and not cleaned_data.get(field):
                    self.add_error(field, message)
        if self.rewrote_short_answer():
            cleaned_data["short_answer_needs_rewrite"] = False
        if cleaned_data.get("change_note", "").strip() and not self.instance.first_published_at:
            self.add_error("change_note", NO_CHANGE_NOTE_BEFORE_FIRST_PUBLICATION)
        return cleaned_data

    def save(self, commit=True):
        # Who set the review date, as "Reviewed: still correct" records it (faq/review_actions.py).
        if (
            self.for_user
            and "last_reviewed" in self.fields
            and (not self.instance.pk or "last_reviewed" in self.changed_data)
        ):
            self.instance.last_reviewed_by = self.for_user
        return super().save(commit=commit)

    def rewrote_short_answer(self) -> bool:
        """The short answer was changed and its "to rewrite" mark left as it was: the editor has
        done what the mark asked. (Ticking the box again afterwards sets the mark again.)"""
        flag = "short_answer_needs_rewrite"
        return flag in self.fields and "short_answer" in self.changed_data and flag not in self.changed_data
