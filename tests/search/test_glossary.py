"""The glossary: kept by Editors as a snippet, filled by the demo command."""

import pytest
from django.core.exceptions import ValidationError

from tests.factories import GlossaryTermFactory
from wyhp_site.core.demo.builders import GLOSSARY, build_glossary
from wyhp_site.core.models import GlossaryTerm
from wyhp_site.core.roles import COMMS, EDITORS

ADD_URL = "/admin/snippets/core/glossaryterm/add/"


def test_editors_add_glossary_terms_in_the_admin(client, member, home_page):
    client.force_login(member(EDITORS))

    response = client.post(
        ADD_URL,
        {"abbreviation": "PCN", "expansion": "primary care network", "definition": "GP practices together."},
    )

    assert response.status_code == 302
    assert GlossaryTerm.objects.get(abbreviation="PCN").expansion == "primary care network"
    assert "/admin/snippets/core/glossaryterm/" in client.get("/admin/").content.decode()


def test_comms_cannot_change_the_glossary(client, member, home_page):
    client.force_login(member(COMMS))

    assert client.get(ADD_URL).status_code in (302, 403)


@pytest.mark.django_db
def test_an_abbreviation_is_in_the_glossary_once_whatever_its_case():
    GlossaryTermFactory(abbreviation="ICS", expansion="integrated care system", definition="Partners.")

    with pytest.raises(ValidationError, match="already in the glossary"):
        GlossaryTerm(abbreviation="ics", expansion="something else", definition="Other.").full_clean()


@pytest.mark.parametrize(
    ("abbreviation", "expansion", "field"),
    [("&", "and", "abbreviation"), ("ICS", "!!", "expansion"), ("ICS", "ics", "expansion")],
)
@pytest.mark.django_db
def test_terms_must_say_something(abbreviation, expansion, field):
    with pytest.raises(ValidationError) as error:
        GlossaryTerm(abbreviation=abbreviation, expansion=expansion, definition="A definition.").full_clean()

    assert field in error.value.message_dict


@pytest.mark.django_db
def test_demo_glossary_has_the_partnerships_abbreviations_and_keeps_edits():
    GlossaryTermFactory(abbreviation="ics", expansion="integrated care system", definition="Ours.")

    terms = build_glossary()
    build_glossary()

    glossary = GLOSSARY.records()
    assert len(glossary) >= 12
    assert {"ICS", "STP", "ACS", "CCG", "HASU", "MoU", "VCSE", "WYAAT", "A&E"} <= set(terms)
    assert GlossaryTerm.objects.count() == len(glossary)
    assert GlossaryTerm.objects.get(abbreviation__iexact="ICS").definition == "Ours."
    for record in glossary:
        term = GlossaryTerm(**record.fields)
        term.full_clean(validate_constraints=False)
