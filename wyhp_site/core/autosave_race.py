"""A new page's first autosave racing its editor's own save.

On a new page, Wagtail's autosave creates the page as a draft and then moves the form on to
edit it. An editor who saves, submits or publishes while that first autosave is still on its
way sends the create form again: a second page with the same slug, refused with "The slug is
already in use" (shown only on the Promote tab), and every later save from that form refused
the same way, while the autosaved draft is left behind. So a create request that finds the
draft its own editor's autosave has just made, under the same parent with the same slug, is
handed to that draft's edit view: the editor's save lands in the one draft, and the form they
get back edits it.

Only a draft that is certainly the same editor's work in progress is taken this way: theirs,
of the same type, never published, every revision theirs, created in the last few minutes.
Anything else (a colleague's page, an older draft) keeps Wagtail's slug check.
"""

import datetime

from django.conf import settings
from django.db.models import Min
from django.urls import resolve, reverse
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Page

# Far longer than any autosave takes to come back; short enough that a draft left from
# earlier in the day is never taken for the page being written now.
JUST_CREATED = datetime.timedelta(minutes=10)


def slug_posted(request) -> str:
    """The slug the create form asks for, or the one Wagtail makes from the title when none is given."""
    allow_unicode = getattr(settings, "WAGTAIL_ALLOW_UNICODE_SLUGS", True)
    return request.POST.get("slug") or slugify(request.POST.get("title", ""), allow_unicode=allow_unicode)


def just_autosaved_draft(request, parent_page: Page, page_class: type[Page]) -> Page | None:
    """The draft the requesting editor's autosave has just created for the page they are adding."""
    slug = slug_posted(request)
    # Slugs are unique among a page's children: this is the page the slug check would refuse on.
    draft = (
        parent_page.get_children()
        .type(page_class)
        .filter(slug=slug, owner=request.user, live=False, first_published_at__isnull=True)
        .first()
    )
    if draft is None:
        return None
    revisions = draft.revisions
    created = revisions.aggregate(created=Min("created_at"))["created"]
    just_created = created is not None and created >= timezone.now() - JUST_CREATED
    # Every revision the editor's own: none by a colleague, none made by the system.
    all_theirs = not revisions.exclude(user=request.user).exists()
    return draft if just_created and all_theirs else None


def continue_just_autosaved_draft(request, parent_page, page_class):
    """``before_create_page``: a create request for a page just autosaved goes to its edit view."""
    if request.method != "POST":
        return None
    draft = just_autosaved_draft(request, parent_page, page_class)
    if draft is None:
        return None
    edit = resolve(reverse("wagtailadmin_pages:edit", args=[draft.pk]))
    return edit.func(request, *edit.args, **edit.kwargs)
