import pytest

from programmes.demo import PROGRAMMES, build_demo
from programmes.models import ProgrammeLead, ProgrammePage
from tests.html import h1_texts
from wyhp_site.core.demo.builders import PEOPLE, TOPICS, build_core_site


@pytest.mark.django_db
def test_demo_programmes_are_complete_and_build_twice_without_duplicates(client):
    home, _, topics, people = build_core_site()
    index = build_demo(home, topics, people)
    programmes = list(ProgrammePage.objects.child_of(index))
    counts = (ProgrammePage.objects.count(), ProgrammeLead.objects.count())

    build_demo(home, topics, people)

    assert (ProgrammePage.objects.count(), ProgrammeLead.objects.count()) == counts
    assert len(programmes) >= 9
    assert index.url == "/programmes/"
    for programme in programmes:
        assert programme.live
        assert programme.leads.exists(), programme.title
        response = client.get(programme.url)
        assert response.status_code == 200, programme.url
        assert h1_texts(response.content.decode()) == [programme.title]
    assert client.get("/programmes/").status_code == 200


def test_demo_programmes_use_only_the_demo_topics_and_people():
    topic_slugs = {topic["slug"] for topic in TOPICS.records()}
    people = {person["name"] for person in PEOPLE.records()}
    programmes = PROGRAMMES.pages()

    for spec in programmes:
        assert spec["topic"] in topic_slugs, spec["title"]
        assert set(spec["leads"]) <= people, spec["title"]
    assert len({spec["topic"] for spec in programmes}) == len(programmes)


@pytest.mark.django_db
def test_demo_leaves_editors_changes_alone():
    home, _, topics, people = build_core_site()
    build_demo(home, topics, people)
    stroke = ProgrammePage.objects.get(slug="stroke")
    stroke.summary = "Rewritten by the comms team."
    stroke.save_revision().publish()

    build_demo(home, topics, people)

    assert ProgrammePage.objects.get(slug="stroke").summary == "Rewritten by the comms team."


@pytest.mark.django_db
def test_a_lead_name_finds_their_programme_in_search():
    home, _, topics, people = build_core_site()
    build_demo(home, topics, people)

    results = ProgrammePage.objects.live().search("Whitaker")

    assert [page.slug for page in results] == ["stroke"]
