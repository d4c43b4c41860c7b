"""Who may work on the FAQ in the admin, from the page permissions on its index and entries.

Page permissions anywhere are not enough: Comms may add pages under the news, and were shown
the FAQ menu and an "Add FAQ entry" button that ended in "permission denied"."""

from wagtail.permission_policies.pages import PagePermissionPolicy

from .models import FAQEntryPage, FAQIndexPage


def pages_user_may_edit(user):
    return PagePermissionPolicy().instances_user_has_any_permission_for(user, {"change", "publish"})


def may_work_on_faq(user) -> bool:
    """Whether the user may add, change or publish some FAQ entry: the FAQ's menu, listing and reports."""
    pages = PagePermissionPolicy().instances_user_has_any_permission_for(user, {"add", "change", "publish"})
    return pages.type(FAQIndexPage, FAQEntryPage).exists()


def may_add_faq_entries(user) -> bool:
    """Whether some FAQ index lets the user add an entry beneath it."""
    return any(index.permissions_for_user(user).can_add_subpage() for index in FAQIndexPage.objects.all())
