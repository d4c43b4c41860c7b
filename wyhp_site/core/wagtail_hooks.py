from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import GlossaryTerm, Person, Team, Topic

# The admin searches each snippet through the search index, by the fields its model
# declares (``search_fields`` on the model, autocompleting). A viewset's own
# ``search_fields`` would name model columns, which the SQLite full-text table does
# not have (it holds title, body and autocomplete): every search there failed.


def in_admin_menu(model, icon: str, label: str, order: int, columns: list[str]) -> SnippetViewSet:
    """A snippet with its own admin menu item, listed by ``columns``."""
    return SnippetViewSet(
        model=model,
        icon=icon,
        menu_label=label,
        menu_order=order,
        add_to_admin_menu=True,
        list_display=columns,
    )


register_snippet(in_admin_menu(Topic, "tag", "Topics", 200, ["name", "slug", "description"]))
register_snippet(
    in_admin_menu(GlossaryTerm, "help", "Glossary", 205, ["abbreviation", "expansion", "definition"])
)
register_snippet(in_admin_menu(Person, "user", "People", 210, ["name", "role", "organisation"]))
register_snippet(in_admin_menu(Team, "group", "Teams", 215, ["name", "contact_email"]))
