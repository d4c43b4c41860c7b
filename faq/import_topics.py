"""The topics imported questions are filed under: some for every question (``--topic``), and
some by keyword (``--topic-map``), so editors tag the bulk of the FAQ in one go.

A topic map is a YAML or JSON file of keywords, each with the slug of a topic or a list of them::

    stroke: stroke
    HASU: stroke
    mental health: mental-health
    CAMHS: [mental-health, children-and-young-people]

A keyword matches a question whose words or answer contain it as whole words, whatever the
case and the spacing: "mental health" matches "Mental  Health services", not "mental healthcare".
"""

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from wyhp_site.core.models import Topic


class TopicMapError(ValueError):
    """The topics asked for cannot be used. The message is one line, for the person importing."""


@dataclass
class TopicRules:
    for_every_question: list[Topic] = field(default_factory=list)
    by_keyword: list[tuple[re.Pattern, list[Topic]]] = field(default_factory=list)

    def topics_for(self, text: str) -> list[Topic]:
        """The topics for a question whose question and answer are ``text``, each once, in the
        order given: first those for every question, then those of the keywords found."""
        topics = list(self.for_every_question)
        for pattern, keyword_topics in self.by_keyword:
            if pattern.search(text):
                topics += keyword_topics
        return list({topic.pk: topic for topic in topics}.values())


def keyword_pattern(keyword: str) -> re.Pattern:
    words = r"\s+".join(re.escape(word) for word in keyword.split())
    return re.compile(rf"(?<!\w){words}(?!\w)", re.IGNORECASE)


def read_topic_map(path: Path) -> dict[str, list[str]]:
    """The keywords in the file at ``path``, each with its topic slugs."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise TopicMapError(f"The topic map {path} does not exist.") from None
    except (OSError, UnicodeDecodeError) as error:
        raise TopicMapError(f"The topic map {path} cannot be read: {error}.") from None
    except yaml.YAMLError as error:
        where = getattr(error, "problem_mark", None)
        line = f" at line {where.line + 1}" if where else ""
        raise TopicMapError(f"The topic map {path} is not valid YAML or JSON{line}.") from None
    if not isinstance(data, dict) or not data:
        raise TopicMapError(
            f"The topic map {path} must list keywords, each with a topic's slug or a list of them, "
            "such as “stroke: stroke”."
        )
    keywords = {}
    for keyword, slugs in data.items():
        slugs = [slugs] if isinstance(slugs, str) else slugs
        if not isinstance(keyword, str) or not keyword.split():
            raise TopicMapError(
                f"The topic map {path} has a keyword that is empty or not text: {keyword!r} "
                "(put a keyword such as 111 or yes in quotes)."
            )
        if not isinstance(slugs, list) or not slugs or not all(isinstance(slug, str) for slug in slugs):
            raise TopicMapError(
                f"In the topic map {path}, “{keyword}” must have a topic's slug or a list of them."
            )
        keywords[keyword] = slugs
    return keywords


def topic_rules(slugs: list[str], topic_map: dict[str, list[str]] | None = None) -> TopicRules:
    """The rules for ``slugs`` (topics for every question) and ``topic_map``; every slug must
    name a topic that exists."""
    topic_map = topic_map or {}
    wanted = {*slugs, *(slug for map_slugs in topic_map.values() for slug in map_slugs)}
    topics = {topic.slug: topic for topic in Topic.objects.filter(slug__in=wanted)}
    unknown = sorted(wanted - topics.keys())
    if unknown:
        known = ", ".join(Topic.objects.order_by("slug").values_list("slug", flat=True)) or "none yet"
        names = ", ".join(f"“{slug}”" for slug in unknown)
        raise TopicMapError(f"There is no topic with the slug {names}. The topics are: {known}.")
    return TopicRules(
        for_every_question=[topics[slug] for slug in dict.fromkeys(slugs)],
        by_keyword=[
            (keyword_pattern(keyword), [topics[slug] for slug in map_slugs])
            for keyword, map_slugs in topic_map.items()
        ],
    )
