"""The go-live time a submission asks for, where a moderator decides on it: the dashboard's
"Awaiting your review" list and the email asking for approval (templates/wagtailadmin/)."""

from django import template
from django.utils.formats import date_format

from ..going_live import submitted_schedule

register = template.Library()


@register.simple_tag
def submitted_go_live(obj) -> str:
    """ "Fri 5 Dec 2026, 09:00 (UK time)", or "" when it goes live as soon as it is approved."""
    go_live, _ = submitted_schedule(obj)
    return f"{date_format(go_live, 'D j M Y, H:i')} (UK time)" if go_live else ""
