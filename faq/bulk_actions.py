"""Bulk actions on FAQ entries, in the FAQ listing only: "Mark reviewed", "Add topic" and
"Remove topic" on the entries ticked (or every entry the listing's filters find).

Marking reviewed changes only the review date (faq/review_actions.py). A topic is part of
the answer readers see, so it goes through moderation like any edit: each entry gets a new
revision (its latest, so an unpublished draft keeps its own changes), and then

- published at once, when the user may publish and the entry is live with no other
  unpublished changes and nothing waiting for approval;
- submitted for approval, when the user may not publish (Editors), on the same terms;
- joined to the changes waiting for approval, when the entry is in moderation;
- left as a draft, when the entry was never published or has someone's unpublished
  changes: a bulk action never publishes or submits work it did not do.

They are registered for the FAQ entry model, so the FAQ listing offers them and other page
listings do not; pages that are not FAQ entries are left alone and named.
"""

from collections import defaultdict

from django import forms
from django.contrib import messages
from django.utils.text import capfirst
from wagtail.admin.views.pages.bulk_actions.page_bulk_action import PageBulkAction
from wagtail.models import Page

from wyhp_site.core.models import Topic

from .models import FAQEntryPage
from .permissions import may_work_on_faq
from .review_actions import mark_reviewed, refused

PUBLISHED, SUBMITTED, JOINED, DRAFT, UNCHANGED, LAST_TOPIC = (
    "published",
    "submitted",
    "joined",
    "draft",
    "unchanged",
    "last_topic",
)


def entries(count: int) -> str:
    return f"{count} FAQ entry" if count == 1 else f"{count} FAQ entries"


def digits(values) -> list[str]:
    return [str(value) for value in values if str(value).isdigit()]


class FAQBulkAction(PageBulkAction):
    models = [FAQEntryPage]
    template_name = "faq/admin/bulk_action.html"
    # What the confirmation page asks and its buttons; each action says its own.
    question = ""
    yes = ""
    no = ""

    def dispatch(self, request, *args, **kwargs):
        if not may_work_on_faq(request.user):
            return refused(request)
        return super().dispatch(request, *args, **kwargs)

    @classmethod
    def get_queryset(cls, model, object_ids):
        # Ids that are not numbers would be a database error; unknown ones are simply not found.
        return list(FAQEntryPage.objects.filter(pk__in=digits(object_ids)).order_by("title", "pk"))

    def check_perm(self, entry):
        return entry.permissions_for_user(self.request.user).can_edit()

    def get_all_objects_in_listing_query(self, parent_id):
        """ "Select all in listing": the entries the listing's own filters and search find."""
        from .views import FAQEntryFilterSet  # the listing's filters; views imports nothing of this

        found = FAQEntryFilterSet(
            self.request.GET, queryset=FAQEntryPage.objects.all(), request=self.request
        ).qs
        query = self.request.GET.get("q", "").strip()
        if query:
            return [entry.pk for entry in found.autocomplete(query)]
        return list(found.values_list("pk", flat=True))

    def not_faq_entries(self) -> list[Page]:
        ids = digits(self.request.GET.getlist("id"))
        return list(Page.objects.filter(pk__in=ids).not_type(FAQEntryPage).order_by("title"))

    def get_context_data(self, **kwargs):
        return {
            **super().get_context_data(**kwargs),
            "not_faq_entries": self.not_faq_entries(),
            "action": self,
        }

    def get_execution_context(self):
        return {"user": self.request.user}

    def form_valid(self, form):
        skipped = self.not_faq_entries()
        if skipped:
            titles = ", ".join(f"“{page.get_admin_display_title()}”" for page in skipped)
            messages.warning(self.request, f"Left as they were, as they are not FAQ entries: {titles}.")
        return super().form_valid(form)


class MarkReviewedBulkAction(FAQBulkAction):
    display_name = "Mark reviewed"
    action_type = "faq-mark-reviewed"
    aria_label = "Mark the selected FAQ entries reviewed: still correct"
    action_priority = 60
    question = "Record that you checked these answers today and each is still correct?"
    yes = "Yes, mark them reviewed"
    no = "No, go back"

    @classmethod
    def execute_action(cls, objects, user=None, **kwargs):
        for entry in objects:
            mark_reviewed(entry, user)
        return len(objects), 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        if num_parent_objects:
            return f"{capfirst(entries(num_parent_objects))} marked as reviewed today: still correct."
        return None


class TopicForm(forms.Form):
    topic = forms.ModelChoiceField(
        Topic.objects.order_by("name"),
        label="Topic",
        empty_label="Choose a topic",
        error_messages={"required": "Choose a topic."},
    )


def change_topic(entry: FAQEntryPage, topic: Topic, user, *, add: bool) -> str:
    """Add or remove ``topic`` on ``entry``'s latest version, through moderation (module docstring)."""
    draft = entry.get_latest_revision_as_object()
    current = list(draft.topics.all())
    if (topic in current) == add:
        return UNCHANGED
    if not add and current == [topic]:
        return LAST_TOPIC
    # Topics, not their ids: modelcluster writes a list of ids to the live page at once.
    draft.topics = [*current, topic] if add else [each for each in current if each != topic]
    others_unpublished = entry.has_unpublished_changes
    if not entry.live:
        draft.save(clean=False)  # as the editor does: a page never published is its own draft
    revision = draft.save_revision(user=user, log_action=True, clean=False)
    if entry.workflow_in_progress:
        return JOINED  # approval publishes the latest revision: this one
    if not entry.live or others_unpublished:
        return DRAFT
    if entry.permissions_for_user(user).can_publish():
        revision.publish(user=user)
        return PUBLISHED
    workflow = entry.get_workflow()
    if workflow is None:
        return DRAFT
    workflow.start(draft, user)
    return SUBMITTED


class TopicBulkAction(FAQBulkAction):
    form_class = TopicForm
    add = True
    action_priority = 70

    def get_execution_context(self):
        self.outcomes = defaultdict(list)
        topic = self.cleaned_form.cleaned_data["topic"]
        return {**super().get_execution_context(), "topic": topic, "add": self.add, "outcomes": self.outcomes}

    @classmethod
    def execute_action(cls, objects, user=None, topic=None, add=True, outcomes=None, **kwargs):
        for entry in objects:
            outcomes[change_topic(entry, topic, user, add=add)].append(entry)
        changed = len(objects) - len(outcomes[UNCHANGED]) - len(outcomes[LAST_TOPIC])
        return changed, 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        topic = f"“{self.cleaned_form.cleaned_data['topic'].name}”"
        done = "Added" if self.add else "Removed"
        to = "to" if self.add else "from"
        said = {
            PUBLISHED: f"{done} {topic} {to} {{n}} and published the change.",
            SUBMITTED: f"{done} {topic} {to} {{n}} and submitted the change for approval.",
            JOINED: f"{done} {topic} {to} {{n}} waiting for approval: the change joins what is approved.",
            DRAFT: f"{done} {topic} {to} {{n}} as a draft, not published: each has unpublished changes "
            "or was never published.",
            UNCHANGED: f"{{n}} already {'had' if self.add else 'did not have'} {topic}.",
        }
        lines = [
            text.format(n=entries(len(self.outcomes[outcome])))
            for outcome, text in said.items()
            if self.outcomes[outcome]
        ]
        if self.outcomes[LAST_TOPIC]:
            titles = ", ".join(f"“{entry.title}”" for entry in self.outcomes[LAST_TOPIC])
            messages.warning(
                self.request,
                f"Left as they were, as {topic} is their only topic and each needs one: {titles}.",
            )
        return " ".join(capfirst(line) for line in lines) or None


class AddTopicBulkAction(TopicBulkAction):
    display_name = "Add topic"
    action_type = "faq-add-topic"
    aria_label = "Add a topic to the selected FAQ entries"
    question = "Add a topic to these answers?"
    yes = "Add the topic"
    no = "No, go back"


class RemoveTopicBulkAction(TopicBulkAction):
    display_name = "Remove topic"
    action_type = "faq-remove-topic"
    aria_label = "Remove a topic from the selected FAQ entries"
    add = False
    action_priority = 80
    question = "Remove a topic from these answers?"
    yes = "Remove the topic"
    no = "No, go back"


BULK_ACTIONS = [MarkReviewedBulkAction, AddTopicBulkAction, RemoveTopicBulkAction]
