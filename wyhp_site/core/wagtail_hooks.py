from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .autosave_race import continue_just_autosaved_draft
from .caching import note_served_page
from .models import GlossaryTerm, Person, Team, Topic
from .page_cache import change_on_every_page

# The admin searches each snippet through the search index, by the fields its model
# declares (``search_fields`` on the model, autocompleting). A viewset's own
# ``search_fields`` would name model columns, which the SQLite full-text table does
# not have (it holds title, body and autocomplete): every search there failed.


def in_admin_menu(model, icon: str, label: str, order: int, columns: list[str]) -> SnippetViewSet:
    """A snippet with its own admin menu item, listed by ``columns``."""
    options = {"icon": icon, "menu_label": label, "menu_order": order, "list_display": columns}
    return SnippetViewSet(model=model, add_to_admin_menu=True, **options)


register_snippet(in_admin_menu(Topic, "tag", "Topics", 200, ["name", "slug", "description"]))
register_snippet(
    in_admin_menu(GlossaryTerm, "help", "Glossary", 205, ["abbreviation", "expansion", "definition"])
)
register_snippet(in_admin_menu(Person, "user", "People", 210, ["name", "role", "organisation"]))
register_snippet(in_admin_menu(Team, "group", "Teams", 215, ["name", "contact_email"]))


# A topic's name, a person's role or a glossary entry shows on many pages: every cache starts afresh.
for snippet_hook in ("after_create_snippet", "after_edit_snippet", "after_delete_snippet"):
    hooks.register(snippet_hook, lambda request, instance_or_instances: change_on_every_page())


@hooks.register("before_serve_page")
def file_the_answer_under_its_page(page, request, serve_args, serve_kwargs):
    """Whichever route of ``page`` answers, the shared cache files it under the page (caching.py)."""
    note_served_page(request, page)


hooks.register("before_create_page", continue_just_autosaved_draft)
