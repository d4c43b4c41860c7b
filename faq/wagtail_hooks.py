from dataclasses import dataclass, field

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.http import urlencode
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.admin.widgets import Button
from wagtail.permissions import register_permission_policy

from wyhp_site.core.index_pages import find_index_page
from wyhp_site.core.listings import topics_with_counts
from wyhp_site.core.sections import (
    DEMO_CONTENT,
    HOME_PAGE_SECTIONS,
    PAGES_SHOWING,
    PUBLIC_URLS,
    SEARCH_SUGGESTIONS,
    HomeSection,
    section_under,
)
from wyhp_site.search.result_types import SEARCH_RESULT_TYPES, ResultDate, ResultType

from .admin_change_notes import ChangeNoteViewSet, RecordedByPublishingPolicy
from .bulk_actions import BULK_ACTIONS
from .demo import build_demo
from .feedback import urls as feedback_urls  # also registers the <id> converter
from .feedback.report import EntryFeedbackView, FeedbackReportView
from .historic import answers_replaced_by, historic_among
from .models import AnswerFeedback, ChangeNote, FAQEntryPage, FAQIndexPage
from .permissions import may_work_on_faq
from .reports import ReviewsDueMenuItem, ReviewsDueReport
from .review_actions import REVIEWED, REVIEWED_LABEL, MarkReviewedView, may_mark_reviewed
from .views import FAQEntryListingViewSet

faq_entries = FAQEntryListingViewSet()

# The editors' everyday views of the FAQ, each a preset filter of the one listing.
FAQ_MENU = [
    ("All FAQ entries", "", "list-ul"),
    ("No topic yet", "?no_topic=true", "tag"),
    ("No owning team yet", "?no_owner=true", "group"),
    ("Review due", "?review_due=true", "history"),
    ("Estimated dates", "?date_is_estimate=true", "calendar"),
    ("Short answer to rewrite", "?short_answer_needs_rewrite=true", "edit"),
    ("Historic answers", "?historic=true", "folder-inverse"),
]


class FAQMenuItem(MenuItem):
    def is_shown(self, request):
        # As the listing itself: those who may write or publish in the FAQ, not just anywhere.
        return may_work_on_faq(request.user)


@hooks.register("register_admin_viewset")
def register_faq_entries_listing():
    return faq_entries


@hooks.register("register_admin_menu_item")
def register_faq_menu():
    items = [
        FAQMenuItem(label, faq_entries.menu_url + query, icon_name=icon, order=index)
        for index, (label, query, icon) in enumerate(FAQ_MENU)
    ]
    return SubmenuMenuItem("FAQ", Menu(items=items), name="faq", icon_name="help", order=150)


@hooks.register("register_admin_urls")
def register_reviews_due_report():
    return [
        path("reports/reviews-due/", ReviewsDueReport.as_view(), name="faq_reviews_due"),
        path(
            "reports/reviews-due/results/",
            ReviewsDueReport.as_view(results_only=True),
            name="faq_reviews_due_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_reviews_due_menu_item():
    return ReviewsDueMenuItem("Reviews due", reverse("faq_reviews_due"), icon_name="history", order=50)


# --- "Reviewed: still correct" (faq/review_actions.py) ------------------------------


@hooks.register("register_admin_urls")
def register_mark_reviewed_url():
    return [path("faq/<id:entry_id>/reviewed/", MarkReviewedView.as_view(), name="faq_mark_reviewed")]


@hooks.register("register_log_actions")
def register_reviewed_log_action(actions):
    actions.register_action(REVIEWED, REVIEWED_LABEL, "Answer reviewed: still correct")


def reviewed_button(page, user, next_url, priority):
    """One click, with JavaScript: Wagtail's ``w-action`` posts to the address with the CSRF
    token and the page the editor is on as ``next``. Without it, the link asks to confirm."""
    if not issubclass(page.specific_class or type(page), FAQEntryPage) or not may_mark_reviewed(page, user):
        return
    action = reverse("faq_mark_reviewed", args=[page.pk])
    yield Button(
        REVIEWED_LABEL,
        f"{action}?{urlencode({'next': next_url})}" if next_url else action,
        icon_name="circle-check",
        priority=priority,
        attrs={
            "data-controller": "w-action",
            "data-action": "w-action#post",
            "data-w-action-url-value": action,
        },
    )


for bulk_action in BULK_ACTIONS:
    hooks.register("register_bulk_action", bulk_action)


@hooks.register("register_page_header_buttons")
def reviewed_button_on_an_answer(page, user, view_name, next_url=None):
    yield from reviewed_button(page, user, next_url, priority=5)


@hooks.register("register_page_listing_more_buttons")
def reviewed_button_in_listings(page, user, next_url=None):
    yield from reviewed_button(page, user, next_url, priority=3)


# The editing form's rules for going live (faq/forms.py), as bulk publishing must check them too.
BULK_PUBLISH_NEEDS = [
    (lambda entry: entry.topics.all(), "Choose at least one topic for {titles} before publishing."),
    (lambda entry: entry.owning_team_id, "Choose an owning team for {titles} before publishing."),
]


def titles_of(entries: list[FAQEntryPage], shown: int = 3) -> str:
    titles = ", ".join(f"“{entry.title}”" for entry in entries[:shown])
    return f"{titles} and {len(entries) - shown} more" if len(entries) > shown else titles


@hooks.register("before_bulk_action")
def refuse_to_bulk_publish_incomplete_entries(request, action_type, objects, action_class_instance):
    """The editing form asks for a topic and an owning team before publishing; bulk
    publishing must ask too."""
    if action_type != "publish":
        return None
    entries = FAQEntryPage.objects.filter(pk__in=[page.pk for page in objects])
    # What gets published is each entry's latest revision, whose fields may differ from the live ones.
    latest = [entry.get_latest_revision_as_object() for entry in entries]
    refusals = []
    for has_it, message in BULK_PUBLISH_NEEDS:
        lacking = [entry for entry in latest if not has_it(entry)]
        if lacking:
            refusals.append(message.format(titles=titles_of(lacking)))
    for refusal in refusals:
        messages.error(request, refusal)
    return redirect(action_class_instance.next_url) if refusals else None


# --- Correcting published change notes (faq/admin_change_notes.py) -------------------

register_permission_policy(ChangeNote, RecordedByPublishingPolicy(ChangeNote))


@hooks.register("register_admin_viewset")
def register_change_notes():
    return ChangeNoteViewSet()


# --- Readers' feedback on answers (faq/feedback/) -----------------------------------


@hooks.register("register_admin_urls")
def register_feedback_report_urls():
    report = "reports/answer-feedback/"
    return [
        path(report, FeedbackReportView.as_view(), name="faq_feedback_report"),
        path(
            f"{report}results/",
            FeedbackReportView.as_view(results_only=True),
            name="faq_feedback_report_results",
        ),
        path(f"{report}<id:entry_id>/", EntryFeedbackView.as_view(), name="faq_feedback_entry_report"),
        path(
            f"{report}<id:entry_id>/results/",
            EntryFeedbackView.as_view(results_only=True),
            name="faq_feedback_entry_report_results",
        ),
    ]


def may_read_feedback(user) -> bool:
    return user.has_perm("faq.view_answerfeedback")


class FeedbackReportMenuItem(MenuItem):
    def is_shown(self, request):
        return may_read_feedback(request.user)


@hooks.register("register_reports_menu_item")
def register_feedback_report_menu_item():
    return FeedbackReportMenuItem(
        "Answer feedback",
        reverse("faq_feedback_report"),
        name="answer-feedback",
        icon_name="comment",
        order=1320,
    )


@hooks.register("register_page_header_buttons")
def feedback_button_on_an_answer(page, user, view_name, next_url=None):
    """On an answer's pages in the admin: what readers made of it, linking to its report."""
    if not issubclass(page.specific_class or type(page), FAQEntryPage) or not may_read_feedback(user):
        return
    totals = AnswerFeedback.objects.filter(entry=page.pk).totals()
    yield Button(
        f"Reader feedback: {totals['yes']} useful, {totals['no']} not useful",
        reverse("faq_feedback_entry_report", args=[page.pk]),
        icon_name="comment",
        priority=80,
    )


# --- What the FAQ offers the rest of the site (wyhp_site/core/sections.py) ---------


HOME_PAGE_QUESTIONS = 3


@dataclass(frozen=True)
class FAQHomeSection(HomeSection):
    """The FAQ's part of the home page: its ``items`` are the topics; ``latest`` the newest questions."""

    latest: list = field(default_factory=list)


@hooks.register(HOME_PAGE_SECTIONS, order=10)
def faq_on_the_home_page(home_page):
    """The FAQ's introduction, its newest questions and its topics, each with its number of questions."""
    section = section_under(
        home_page, FAQIndexPage, lambda: topics_with_counts(FAQEntryPage.objects.readable().current())
    )
    if section is None:
        return None
    latest = section.index.entries.current().prefetch_related(None)[:HOME_PAGE_QUESTIONS]  # topics not shown
    return FAQHomeSection(section.template, section.index, section.items, latest=list(latest))


@hooks.register(SEARCH_SUGGESTIONS)
def browse_the_faq_instead():
    """The FAQ and its topics, offered when a search finds nothing or before one is made."""
    index = find_index_page(FAQIndexPage)
    if index is None:
        return {}
    faq_url = index.url
    return {
        "faq_url": faq_url,
        "faq_topics": [
            {"name": topic.name, "url": faq_url + index.reverse_subpage("topic", args=[topic.slug])}
            for topic in topics_with_counts(FAQEntryPage.objects.readable().current())
        ],
    }


@hooks.register(PAGES_SHOWING)
def historic_answers_replaced_by_it(page):
    """A historic answer's notice names the answer that replaced it, by title and address."""
    if isinstance(page, FAQEntryPage):
        return answers_replaced_by(page)
    return []


@hooks.register(PAGES_SHOWING)
def questions_listing_it_as_related(page):
    """An answer lists related questions under it, so publishing or withdrawing a question
    changes the answers that picked it or share a topic with it."""
    if isinstance(page, FAQEntryPage):
        return FAQEntryPage.objects.may_list_as_related(page)
    return []


hooks.register(DEMO_CONTENT, build_demo, order=10)
hooks.register(PUBLIC_URLS, lambda: feedback_urls.urlpatterns)


@dataclass(frozen=True)
class QuestionResultType(ResultType):
    """Search results that are questions show and say when the answer was last reviewed, and
    whether it is historic; historic answers come after current ones."""

    def extra_json(self, page) -> dict:
        return {
            "last_reviewed": page.last_reviewed.isoformat(),
            "review_due": page.review_due,
            "historic": page.historic,
        }

    def ranked_last(self, page_ids: list[int]) -> set[int]:
        return historic_among(FAQEntryPage.objects, page_ids)


# "Asked November 2016", worded as on the FAQ's own pages.
ASKED = ResultDate("date_asked", "Asked", "F Y", wording=lambda entry: entry.asked_text)
QUESTIONS = QuestionResultType(
    "faq",
    "faq.FAQEntryPage",
    "Question",
    "Questions and answers",
    "topics",
    ASKED,
    summary_template="faq/includes/entry_summary.html",
)
hooks.register(SEARCH_RESULT_TYPES, lambda: QUESTIONS, order=10)
