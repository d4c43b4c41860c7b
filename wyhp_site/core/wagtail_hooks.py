from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import GlossaryTerm, Person, Topic

# The admin searches each snippet through the search index, by the fields its model
# declares (``search_fields`` on the model, autocompleting). A viewset's own
# ``search_fields`` would name model columns, which the SQLite full-text table does
# not have (it holds title, body and autocomplete): every search there failed.


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_label = "Topics"
    menu_order = 200
    add_to_admin_menu = True
    list_display = ["name", "slug", "description"]


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    menu_label = "People"
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["name", "role", "organisation"]


class GlossaryViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "help"
    menu_label = "Glossary"
    menu_order = 205
    add_to_admin_menu = True
    list_display = ["abbreviation", "expansion", "definition"]


register_snippet(TopicViewSet)
register_snippet(PersonViewSet)
register_snippet(GlossaryViewSet)
