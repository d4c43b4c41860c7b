"""The demo loader reads data files strictly: a file that is not what its builder expects stops the load."""

import pytest

from faq.models import FAQEntryPage
from wyhp_site.core.demo.loader import DataFile, DemoDataError, Record
from wyhp_site.core.models import StandardPage

TOPIC_FIELDS = ("name", "slug", "description")


def data_file(tmp_path, text: str, required=TOPIC_FIELDS, optional=()) -> DataFile:
    path = tmp_path / "topics.yaml"
    path.write_text(text, encoding="utf-8")
    return DataFile(path, required, optional)


def test_a_valid_file_gives_its_records(tmp_path):
    topics = data_file(tmp_path, "- name: Stroke\n  slug: stroke\n  description: Strokes.\n")

    [record] = topics.records()

    assert record.fields == {"name": "Stroke", "slug": "stroke", "description": "Strokes."}


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        ("- name: Stroke\n  slug: stroke\n", "missing fields ['description']"),
        ("- name: Stroke\n  slug: stroke\n  description: S.\n  colour: red\n", "unknown fields ['colour']"),
        ("name: Stroke\n", "expected a list of records"),
        ("- name: [Stroke\n", "while parsing"),
    ],
)
def test_a_missing_or_unknown_field_or_bad_yaml_fails_naming_the_file(tmp_path, text, complaint):
    topics = data_file(tmp_path, text)

    with pytest.raises(DemoDataError) as error:
        topics.records()

    assert str(tmp_path / "topics.yaml") in str(error.value)
    assert complaint in str(error.value)


def test_a_section_needs_its_index_fields(tmp_path):
    section = data_file(tmp_path, "index:\n  title: News\n  slug: news\npages: []\n", required=("slug",))

    with pytest.raises(DemoDataError, match=r"topics\.yaml, index: missing fields \['intro'\]"):
        section.section(topics={}, people={})


def body(blocks: list) -> Record:
    return Record({"slug": "about-us", "body": blocks}, "pages.yaml, record 1 (about-us)")


def test_a_body_becomes_streamfield_data_with_paragraphs_and_bullets_as_html():
    record = body(
        [
            {"heading": {"text": "Who we are", "level": "h2"}},
            {"paragraph": ["One &amp; two.", {"bullets": ["a", "b"]}, "Three."]},
            {"inset_text": {"body": ["Free at the point of use."]}},
            {"paragraph": "<p>As written.</p>"},
        ]
    )

    assert record.stream(StandardPage, "body") == [
        ("heading", {"text": "Who we are", "level": "h2"}),
        ("paragraph", "<p>One &amp; two.</p><ul><li>a</li><li>b</li></ul><p>Three.</p>"),
        ("inset_text", {"body": "<p>Free at the point of use.</p>"}),
        ("paragraph", "<p>As written.</p>"),
    ]


@pytest.mark.parametrize(
    ("blocks", "complaint"),
    [
        ([{"people_list": {"heading": "People"}}], "unknown block type 'people_list'"),
        ([{"heading": {"text": "Who", "size": "big"}}], "unknown fields ['size']"),
        ([{"heading": {"text": "Who"}, "paragraph": "<p>Two in one.</p>"}], "one 'type: value' pair"),
        ([{"paragraph": ["Fine.", {"numbers": ["one"]}]}], "a paragraph is text or {bullets: [...]}"),
    ],
)
def test_a_body_with_an_unknown_block_or_field_fails_naming_the_file(blocks, complaint):
    with pytest.raises(DemoDataError) as error:
        body(blocks).stream(StandardPage, "body")

    assert str(error.value).startswith("pages.yaml, record 1 (about-us)")
    assert complaint in str(error.value)


def test_a_body_may_use_the_blocks_of_its_own_page_type():
    people_list = {
        "heading": "Leads",
        "heading_level": "h2",
        "items": [{"name": "Amira", "description": "Lead"}],
    }
    record = Record({"answer": [{"people_list": people_list}]}, "faq.yaml, record 1")

    assert record.stream(FAQEntryPage, "answer") == [("people_list", people_list)]


def test_an_unknown_topic_person_or_team_fails_naming_the_record():
    record = Record({"slug": "stroke"}, "programmes.yaml, record 2 (stroke)", topics={}, people={}, teams={})

    with pytest.raises(DemoDataError, match=r"programmes\.yaml, record 2 \(stroke\): no demo topic"):
        record.topic("strokes")
    with pytest.raises(DemoDataError, match=r"programmes\.yaml, record 2 \(stroke\): no demo person"):
        record.person("Nobody")
    with pytest.raises(DemoDataError, match=r"programmes\.yaml, record 2 \(stroke\): no team named 'nobody'"):
        record.team("Nobody")


def test_a_team_is_found_whatever_the_case_an_editor_gave_its_name():
    team = object()
    record = Record({"slug": "stroke"}, "faq.yaml, record 1", teams={"stroke programme": team})

    assert record.team("Stroke Programme") is team
