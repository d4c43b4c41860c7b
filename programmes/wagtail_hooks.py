"""What the programmes offer the rest of the site (wyhp_site/core/sections.py)."""

from wagtail import hooks

from blog.models import PostPage
from faq.models import FAQEntryPage
from wyhp_site.core.sections import DEMO_CONTENT, HOME_PAGE_SECTIONS, PAGES_SHOWING, section_under
from wyhp_site.search.result_types import SEARCH_RESULT_TYPES, ResultType

from .demo import build_demo
from .models import ProgrammeIndexPage, ProgrammePage


@hooks.register(HOME_PAGE_SECTIONS, order=30)
def programmes_on_the_home_page(home_page):
    return section_under(home_page, ProgrammeIndexPage, ProgrammePage.objects.readable)


@hooks.register(PAGES_SHOWING)
def programmes_listing(page):
    """A programme page lists the newest questions and posts on its topic, so publishing
    or withdrawing one changes what the programme pages on its topics show."""
    if isinstance(page, FAQEntryPage | PostPage):
        return ProgrammePage.objects.on_topics(page.topics.all())
    return []


hooks.register(DEMO_CONTENT, build_demo, order=30)

PROGRAMMES = ResultType("programme", "programmes.ProgrammePage", "Programme", "Programmes", "topic")
hooks.register(SEARCH_RESULT_TYPES, lambda: PROGRAMMES, order=30)
