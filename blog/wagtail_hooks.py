"""Admin shortcuts for the comms team: "Add weekly update" in the main menu."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.models import Site

from wyhp_site.core.index_pages import find_index_page
from wyhp_site.core.sections import DEMO_CONTENT, HOME_PAGE_SECTIONS, section_under
from wyhp_site.search.result_types import SEARCH_RESULT_TYPES, ResultDate, ResultType

from .demo import build_demo
from .models import NewsIndexPage, PostPage


def news_index_for(request) -> NewsIndexPage | None:
    """The news index of the site the admin is being used on, or the first one there is."""
    site = Site.find_for_request(request)
    on_site = find_index_page(NewsIndexPage, within=site.root_page, live=False) if site else None
    return on_site or find_index_page(NewsIndexPage, live=False)


def add_weekly_update(request):
    """Open the new post form under the news index; a new post starts as a weekly update."""
    index = news_index_for(request)
    if index is None or not index.permissions_for_user(request.user).can_add_subpage():
        messages.error(request, "There is no news section you can add posts to yet.")
        return redirect("wagtailadmin_home")
    return redirect("wagtailadmin_pages:add", "blog", "postpage", index.pk)


class AddWeeklyUpdateMenuItem(MenuItem):
    def is_shown(self, request):
        index = news_index_for(request)
        return index is not None and index.permissions_for_user(request.user).can_add_subpage()


@hooks.register("register_admin_urls")
def register_blog_admin_urls():
    return [path("news/add-weekly-update/", add_weekly_update, name="blog_add_weekly_update")]


@hooks.register("register_admin_menu_item")
def register_add_weekly_update_menu_item():
    return AddWeeklyUpdateMenuItem(
        "Add weekly update",
        reverse("blog_add_weekly_update"),
        name="add-weekly-update",
        icon_name="doc-full-inverse",
        order=150,
    )


# --- What the news offers the rest of the site (wyhp_site/core/sections.py) --------

LATEST_ON_THE_HOME_PAGE = 3


@hooks.register(HOME_PAGE_SECTIONS, order=20)
def latest_updates_on_the_home_page(home_page):
    return section_under(
        home_page, NewsIndexPage, lambda: PostPage.objects.readable()[:LATEST_ON_THE_HOME_PAGE]
    )


hooks.register(DEMO_CONTENT, build_demo, order=20)

POSTS = ResultType(
    "news", "blog.PostPage", "News", "News and weekly updates", "topics", ResultDate("date", "Published")
)
hooks.register(SEARCH_RESULT_TYPES, lambda: POSTS, order=20)
