import re
from io import StringIO

import pytest
from django.contrib.auth import authenticate
from django.core.management import call_command
from django.test import RequestFactory
from wagtail.models import Page

from wyhp_site.core.models import HomePage, Person, StandardPage, Topic


def load_demo() -> str:
    out = StringIO()
    call_command("load_demo_content", stdout=out)
    return out.getvalue()


def printed_password(output: str) -> str:
    match = re.search(r"username: admin\s+password: (\S+)", output)
    assert match, output
    return match.group(1)


@pytest.mark.django_db
def test_demo_site_is_complete_and_builds_twice_without_duplicates(client):
    first_output = load_demo()
    counts = (Page.objects.count(), Topic.objects.count(), Person.objects.count())

    second_output = load_demo()

    assert (Page.objects.count(), Topic.objects.count(), Person.objects.count()) == counts
    assert Topic.objects.count() >= 8
    assert Person.objects.count() >= 6
    assert HomePage.objects.live().count() == 1
    for slug in ("about-us", "accessibility-statement", "privacy", "cookies"):
        assert StandardPage.objects.live().filter(slug=slug).exists(), slug
    assert client.get("/").status_code == 200
    assert client.get("/accessibility-statement/").status_code == 200
    # A fresh password each time, and it works.
    assert printed_password(first_output) != printed_password(second_output)
    # django-axes checks every sign-in against the lockout, so it needs the request.
    sign_in = RequestFactory().post("/admin/login/")
    assert authenticate(sign_in, username="admin", password=printed_password(second_output))


@pytest.mark.django_db
def test_demo_command_leaves_editors_changes_alone():
    load_demo()
    about = StandardPage.objects.get(slug="about-us")
    about.intro = "Rewritten by the comms team."
    about.save_revision().publish()
    topic = Topic.objects.get(slug="stroke")
    topic.description = "Edited by an editor."
    topic.save()

    call_command("load_demo_content", "--no-admin", stdout=StringIO())

    assert StandardPage.objects.get(slug="about-us").intro == "Rewritten by the comms team."
    assert Topic.objects.get(slug="stroke").description == "Edited by an editor."


@pytest.mark.django_db
def test_demo_content_is_searchable():
    load_demo()

    results = Page.objects.live().search("accessibility")

    assert "Accessibility statement" in [page.title for page in results]
