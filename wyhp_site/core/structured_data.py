"""schema.org structured data the whole site shares: who publishes it, and lists of pages.

A page puts its structured data in the template context as ``structured_data``;
base.html writes it out with the one ``json_ld`` filter (site_tags).
"""

from django.conf import settings
from django.templatetags.static import static

SCHEMA_ORG = "https://schema.org"
# The NHS logo the site's header shows beside the partnership's name: square and 310 pixels
# wide, where Google asks for an organisation's logo of at least 112 by 112.
LOGO = "wagtailnhsukfrontend/favicons/largetile-310x310.png"


def organisation(request) -> dict:
    """The partnership, as the publisher of the site and of every post."""
    return {
        "@type": "Organization",
        "name": settings.WAGTAIL_SITE_NAME,
        "url": request.build_absolute_uri("/"),
        "logo": request.build_absolute_uri(static(LOGO)),
    }


def person(someone) -> dict:
    """A ``Person`` snippet as the author of a post, with the page about them if they have one."""
    data = {"@type": "Person", "name": someone.name, "jobTitle": someone.role}
    if someone.organisation:
        data["worksFor"] = {"@type": "Organization", "name": someone.organisation}
    if someone.profile_url:
        data["url"] = someone.profile_url
    return data


def item_list(page_obj, request) -> dict | None:
    """The pages one page of a listing shows, in order, as an ``ItemList`` of their addresses
    (Google's markup for a summary page); None when it shows none. Positions run on from
    the page before, so the third item of page 2 of a 25-a-page listing is number 28."""
    first = page_obj.start_index()
    items = [
        {"@type": "ListItem", "position": first + offset, "url": page.get_full_url(request)}
        for offset, page in enumerate(page_obj.object_list)
    ]
    if not items:
        return None
    return {"@context": SCHEMA_ORG, "@type": "ItemList", "itemListElement": items}
