"""The public side of "Was this answer useful?": two plain form posts, each answered
with a page, so it all works without JavaScript and without a cookie."""

from functools import wraps

from django.conf import settings
from django.http import Http404, HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt

from ..models import AnswerFeedback, FAQEntryPage
from ..models.feedback import COMMENT_MAX_LENGTH
from .forms import CommentForm, UsefulForm
from .protection import (
    HONEYPOT_FIELD,
    AnswerReference,
    entry_token,
    posted_from_this_site,
    submission_counter,
)

# Where each form's errors are corrected: the error summary links there.
USEFUL_ANCHOR = "feedback-yes"
COMMENT_ANCHOR = "comment"


def respond(request, entry, template: str, status: int = 200, **context):
    # An empty trail puts the answer itself at the end of the breadcrumbs.
    context.update(entry=entry, entry_url=entry.get_url(request), trail=[])
    return render(request, f"faq/feedback/{template}", context, status=status)


def error_list(form, anchor: str) -> list[tuple[str, str]]:
    """(anchor, message) for the error summary: every message once, in field order."""
    messages = [message for field_errors in form.errors.values() for message in field_errors]
    return [(anchor, message) for message in dict.fromkeys(messages)]


def feedback_endpoint(view):
    """The checks both steps make before reading the form, in this order: the answer is
    published and public (else 404); the request is a post (a GET goes to the answer,
    another method is refused with 405); it came from this site (403); this address has
    not sent too much feedback lately (429); the honeypot is empty (else it is thanked
    and dropped)."""

    @csrf_exempt  # readers get no CSRF cookie: the origin check and signed tokens stand in
    @never_cache
    @wraps(view)
    def checked(request, page_id: int):
        entry = FAQEntryPage.objects.live().public().filter(pk=page_id).first()
        if entry is None:
            raise Http404("No published answer has this number.")
        if request.method in ("GET", "HEAD"):
            return HttpResponseRedirect(entry.get_url(request))
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        if not posted_from_this_site(request):
            return respond(request, entry, "not_sent.html", status=403)
        counter = submission_counter(request)
        if counter.exhausted:
            return too_much_feedback(request, entry)
        counter.add()
        if request.POST.get(HONEYPOT_FIELD):
            return respond(request, entry, "thanks.html")
        return view(request, entry)

    return checked


def too_much_feedback(request, entry):
    minutes = settings.FEEDBACK_RATE_WINDOW_MINUTES
    response = respond(request, entry, "too_much.html", status=429, minutes=minutes)
    response["Retry-After"] = str(minutes * 60)
    return response


@feedback_endpoint
def useful(request, entry):
    """Yes or No: stored at once. After Yes, thanks; after No, the chance to say why."""
    form = UsefulForm(request.POST, entry=entry)
    if not form.is_valid():
        errors = error_list(form, USEFUL_ANCHOR)
        return respond(request, entry, "useful.html", status=400, errors=errors, token=entry_token(entry.pk))
    answer = AnswerFeedback.objects.create(entry=entry, useful=form.cleaned_data["useful"])
    if answer.useful:
        return respond(request, entry, "thanks.html")
    return comment_page(request, entry, AnswerReference(entry.pk, answer.pk))


@feedback_endpoint
def comment(request, entry):
    """The optional comment after No, added to that answer; an empty one just says thanks."""
    form = CommentForm(request.POST, entry=entry)
    if form.is_valid():
        text = form.cleaned_data["comment"]
        if text:
            # Only a "No" still without a comment takes one, so sending the form twice
            # (a reload, a double click) changes nothing.
            AnswerFeedback.objects.filter(
                pk=form.answer.feedback_id, entry=entry, useful=False, comment=""
            ).update(comment=text)
        return respond(request, entry, "thanks.html")
    if form.has_error("reference", "forged"):
        return respond(request, entry, "not_sent.html", status=400)
    # Too long, or open too long: shown again with the reader's words and a fresh reference.
    return comment_page(
        request,
        entry,
        form.answer,
        status=400,
        errors=error_list(form, COMMENT_ANCHOR),
        comment_errors=form.errors.get("comment", []),
        comment=form.cleaned_data.get("comment", form["comment"].value()),
    )


def comment_page(request, entry, reference: AnswerReference, status: int = 200, **context):
    """Thanks for the No, and a box to say what was missing, tied to that No by ``reference``."""
    return respond(
        request, entry, "comment.html", status, reference=reference, max_length=COMMENT_MAX_LENGTH, **context
    )
