"""The demo site as data: read YAML files strictly and add the pages they describe.

A data file is a list of records, or for a section of the site a mapping with
its ``index`` page (title, slug, intro) and the ``pages`` beneath it. Each
record is checked against the keys its builder declares: a missing or unknown
key stops the load with the file's name, so a typo never quietly drops text.

A StreamField body is a list of one-key mappings, ``- block_type: value``, in
the shape StreamField stores. Where a rich text value is expected, a list is
accepted instead of HTML: each string is a paragraph, each ``{bullets: [...]}``
a bulleted list.

Pages are found by slug under their parent before anything is made, so loading
again adds only what is missing and never overwrites an editor's changes.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from django.db import transaction
from wagtail import blocks
from wagtail.models import Page

from ..models import Team

INDEX_FIELDS = ("title", "slug", "intro")


class DemoDataError(ValueError):
    """A data file that does not say what its builder expects."""


def read_yaml(path: Path):
    try:
        with path.open(encoding="utf-8") as file:
            return yaml.safe_load(file)
    except (OSError, yaml.YAMLError) as error:
        raise DemoDataError(f"{path}: {error}") from error


def checked(record, required: Iterable[str], optional: Iterable[str], where: str) -> dict:
    if not isinstance(record, dict):
        raise DemoDataError(f"{where}: expected a mapping of fields, found {record!r}")
    missing = sorted(set(required) - set(record))
    unknown = sorted(set(record) - set(required) - set(optional))
    if missing or unknown:
        raise DemoDataError(f"{where}: missing fields {missing}, unknown fields {unknown}")
    return record


@dataclass(frozen=True)
class DataFile:
    """A data file and the fields each of its records must (``required``) or may have."""

    path: Path
    required: tuple[str, ...]
    optional: tuple[str, ...] = ()

    def records(self) -> list["Record"]:
        return self._records(read_yaml(self.path), str(self.path))

    def record(self) -> "Record":
        where = str(self.path)
        return Record(checked(read_yaml(self.path), self.required, self.optional, where), where)

    def section(
        self, topics: dict | None = None, people: dict | None = None, teams: dict | None = None
    ) -> tuple[dict, list["Record"]]:
        """The ``index`` page's fields and the records of the ``pages`` beneath it."""
        data = checked(read_yaml(self.path), ("index", "pages"), (), str(self.path))
        index = checked(data["index"], INDEX_FIELDS, (), f"{self.path}, index")
        return index, self._records(data["pages"], f"{self.path}, pages", topics, people, teams)

    def pages(self) -> list["Record"]:
        return self.section()[1]

    def _records(self, data, where: str, topics=None, people=None, teams=None) -> list["Record"]:
        if not isinstance(data, list):
            raise DemoDataError(f"{where}: expected a list of records")
        records = []
        for number, item in enumerate(data, start=1):
            fields = checked(item, self.required, self.optional, f"{where}, record {number}")
            slug = f" ({fields['slug']})" if "slug" in fields else ""
            where_exactly = f"{where}, record {number}{slug}"
            records.append(Record(fields, where_exactly, topics or {}, people or {}, teams or {}))
        return records


@dataclass(frozen=True)
class Record:
    """One record of a data file, with what it may refer to: the demo topics, people and teams."""

    fields: dict
    where: str
    topics: dict = field(default_factory=dict)
    people: dict = field(default_factory=dict)
    teams: dict = field(default_factory=dict)

    def __getitem__(self, key: str):
        return self.fields[key]

    def get(self, key: str, default=None):
        return self.fields.get(key, default)

    def topic(self, slug: str):
        return self._known(self.topics, slug, "demo topic with the slug")

    def person(self, name: str):
        return self._known(self.people, name, "demo person named")

    def team(self, name: str):
        # Team names are unique whatever their case, and an editor may have changed it.
        return self._known(self.teams, name.casefold(), "team named")

    def _known(self, found: dict, key: str, what: str):
        try:
            return found[key]
        except KeyError:
            raise DemoDataError(f"{self.where}: no {what} {key!r}") from None

    def stream(self, model: type[Page], name: str) -> list[tuple[str, object]]:
        """The record's ``name`` as StreamField data for the field of that name on ``model``."""
        stream_block = model._meta.get_field(name).stream_block
        return [self._block(stream_block, item) for item in self.fields[name]]

    def _block(self, stream_block: blocks.StreamBlock, item) -> tuple[str, object]:
        if not (isinstance(item, dict) and len(item) == 1):
            raise DemoDataError(f"{self.where}: a block is one 'type: value' pair, found {item!r}")
        [(block_type, value)] = item.items()
        if block_type not in stream_block.child_blocks:
            raise DemoDataError(f"{self.where}: unknown block type {block_type!r}")
        return block_type, self._value(stream_block.child_blocks[block_type], value)

    def _value(self, block: blocks.Block, value):
        if isinstance(block, blocks.RichTextBlock) and isinstance(value, list):
            return self._rich_text(value)
        if isinstance(block, blocks.StructBlock) and isinstance(value, dict):
            checked(value, (), block.child_blocks, f"{self.where}, block {block.name!r}")
            return {name: self._value(block.child_blocks[name], child) for name, child in value.items()}
        if isinstance(block, blocks.ListBlock) and isinstance(value, list):
            return [self._value(block.child_block, item) for item in value]
        return value

    def _rich_text(self, parts: list) -> str:
        """HTML from paragraphs (strings, written as HTML) and ``{bullets: [...]}`` lists."""
        chunks = []
        for part in parts:
            if isinstance(part, str):
                chunks.append(f"<p>{part}</p>")
            elif isinstance(part, dict) and list(part) == ["bullets"]:
                chunks.append("<ul>" + "".join(f"<li>{item}</li>" for item in part["bullets"]) + "</ul>")
            else:
                raise DemoDataError(
                    f"{self.where}: a paragraph is text or {{bullets: [...]}}, found {part!r}"
                )
        return "".join(chunks)


def publish(page: Page) -> Page:
    page.save_revision().publish()
    return page


def add_child_page(parent: Page, page: Page) -> Page:
    """``page`` published under ``parent``, or the page already there with its slug."""
    existing = parent.get_children().filter(slug=page.slug).specific().first()
    if existing:
        return existing
    parent.add_child(instance=page)
    return publish(page)


def add_pages(
    parent: Page,
    records: list[Record],
    make_page: Callable[[Record], Page],
    link: Callable[[Page, Record, dict[str, Page]], None] | None = None,
) -> dict[str, Page]:
    """Every child of ``parent`` by slug, after adding those in ``records`` that are missing.

    ``link`` may point a new page at its siblings (any of them, in whatever
    order the file lists them) before it is published, once.
    """
    pages = {page.slug: page for page in parent.get_children().specific()}
    created = []
    for record in records:
        if record["slug"] in pages:
            continue
        page = make_page(record)
        parent.add_child(instance=page)
        pages[page.slug] = page
        created.append((page, record))
    for page, record in created:
        if link:
            link(page, record, pages)
        publish(page)
    return pages


@dataclass(frozen=True)
class DemoSection:
    """A content area's demo: its data file, index page model and how a record becomes a page."""

    data: DataFile
    index_model: type[Page]
    make_page: Callable[[Record], Page]
    link: Callable[[Page, Record, dict[str, Page]], None] | None = None

    @transaction.atomic
    def build(self, home: Page, topics: dict, people: dict) -> Page:
        """The section's index under ``home`` with its pages; what exists is left alone."""
        # Teams are not handed to each section like topics and people: any team there is may own pages.
        teams = {team.name.casefold(): team for team in Team.objects.all()}
        index_fields, records = self.data.section(topics, people, teams)
        index = add_child_page(home, self.index_model(**index_fields))
        add_pages(index, records, self.make_page, self.link)
        return index
