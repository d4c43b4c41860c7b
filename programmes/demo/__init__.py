"""Demo programmes: the index and programmes in ``programmes.yaml``, loaded by core's demo loader."""

from pathlib import Path

from wyhp_site.core.demo.loader import DataFile, DemoSection, Record

from ..models import ProgrammeIndexPage, ProgrammeLead, ProgrammePage

PROGRAMMES = DataFile(
    Path(__file__).resolve().parent / "programmes.yaml",
    required=("title", "slug", "summary", "topic", "leads", "email", "status", "body"),
)


def programme_page(record: Record) -> ProgrammePage:
    # ``leads`` maps each lead's name to their role, in the order they are shown.
    return ProgrammePage(
        title=record["title"],
        slug=record["slug"],
        summary=record["summary"],
        topic=record.topic(record["topic"]),
        status=record["status"],
        body=record.stream(ProgrammePage, "body"),
        contact_email=record["email"],
        leads=[
            ProgrammeLead(person=record.person(name), role=role, sort_order=position)
            for position, (name, role) in enumerate(record["leads"].items())
        ],
    )


SECTION = DemoSection(PROGRAMMES, ProgrammeIndexPage, programme_page)


def build_demo(home, topics: dict, people: dict) -> ProgrammeIndexPage:
    """The programme index under ``home`` and its programmes; what exists is left alone."""
    return SECTION.build(home, topics, people)
