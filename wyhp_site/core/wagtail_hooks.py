from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import GlossaryTerm, Person, Topic


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_label = "Topics"
    menu_order = 200
    add_to_admin_menu = True
    list_display = ["name", "slug", "description"]
    search_fields = ["name"]


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    menu_label = "People"
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["name", "role", "organisation"]
    search_fields = ["name", "role", "organisation"]


class GlossaryViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "help"
    menu_label = "Glossary"
    menu_order = 205
    add_to_admin_menu = True
    list_display = ["abbreviation", "expansion", "definition"]
    search_fields = ["abbreviation", "expansion"]


register_snippet(TopicViewSet)
register_snippet(PersonViewSet)
register_snippet(GlossaryViewSet)
