"""Searching topics, people and the glossary in the admin finds the right rows, on SQLite too.

The snippet viewsets named model columns to search, which SQLite's full-text
table does not have: every search there was a server error ("no such column").
"""

from bs4 import BeautifulSoup
from django.urls import reverse

from wyhp_site.core.models import GlossaryTerm, Person, Topic


def listed(admin_client, model, query: str) -> list[str]:
    url = reverse(f"wagtailsnippets_core_{model._meta.model_name}:list")
    response = admin_client.get(url, {"q": query})
    assert response.status_code == 200
    rows = BeautifulSoup(response.content, "html.parser").select("table.listing tbody tr")
    return [" ".join(row.find("a").get_text().split()) for row in rows]


def test_a_topic_is_found_by_its_name_and_others_are_not(admin_client, cancer, stroke):
    Topic.objects.create(name="Cancer screening", slug="cancer-screening")

    assert sorted(listed(admin_client, Topic, "cancer")) == ["Cancer", "Cancer screening"]  # by relevance
    assert listed(admin_client, Topic, "strok") == ["Stroke"]  # editors' searches complete words
    assert listed(admin_client, Topic, "diabetes") == []


def test_people_are_found_by_name_role_or_organisation(admin_client, make_person):
    make_person("Amira Khan", role="Programme Director, Stroke", organisation="Leeds City Council")
    make_person("Ben Rowe", role="Clinical Lead, Cancer", organisation="Bradford Teaching Hospitals")

    assert listed(admin_client, Person, "amira") == ["Amira Khan"]
    assert listed(admin_client, Person, "cancer") == ["Ben Rowe"]
    assert listed(admin_client, Person, "leeds") == ["Amira Khan"]


def test_glossary_terms_are_found_by_abbreviation_or_expansion(admin_client, db):
    for abbreviation, expansion in [("ICS", "integrated care system"), ("A&E", "accident and emergency")]:
        GlossaryTerm.objects.create(abbreviation=abbreviation, expansion=expansion, definition="What it is.")

    assert listed(admin_client, GlossaryTerm, "ics") == ["ICS"]
    assert listed(admin_client, GlossaryTerm, "accident") == ["A&E"]
