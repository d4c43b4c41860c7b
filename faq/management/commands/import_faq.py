import json
from dataclasses import dataclass
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from faq.import_topics import TopicMapError, TopicRules, read_topic_map, topic_rules
from faq.importer import ExportError, Question, decode, normalise, parse
from faq.models import FAQEntryPage, FAQIndexPage
from wyhp_site.core.models import Topic

MAX_SLUG = 60
MAX_LISTED = 5  # problems named in one error message; the dry run lists them all


def one_line(text: str) -> str:
    return " ".join(str(text).split())


def short(question: str) -> str:
    return question if len(question) <= 70 else question[:69].rstrip() + "…"


def plural(count: int, word: str, many: str = "") -> str:
    return f"{count} {word if count == 1 else many or word + 's'}"


@dataclass
class Planned:
    """A question from the export and what the import does with it."""

    question: Question
    topics: list[Topic]
    is_new: bool  # no entry under the index has its words yet

    def as_json(self) -> dict:
        return {
            **self.question.as_json(),
            "topics": [topic.slug for topic in self.topics],
            "is_new": self.is_new,
        }


class Command(BaseCommand):
    help = (
        "Import the current website's FAQ page, exported as plain text, as one FAQ entry per "
        "question under the FAQ index: drafts, each marked “short answer to rewrite”, for editors to "
        "check, tag and publish. Questions already there (the same words) are left alone, so running "
        "it again adds only new questions. The whole import happens or none of it does."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="The plain-text export of the FAQ page (UTF-8).")
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Show what would be imported, which questions are new and which already there, "
            "and change nothing.",
        )
        parser.add_argument(
            "--format",
            choices=["text", "json"],
            default="text",
            help='"json" prints one object per question: question, asked, asked_estimated, answer_chars, '
            "short_answer, links_to_check (addresses left as text, with why), topics and is_new.",
        )
        parser.add_argument(
            "--publish",
            action="store_true",
            help="Publish the new entries instead of leaving drafts. Every one needs a topic, "
            "from --topic or --topic-map.",
        )
        parser.add_argument(
            "--topic",
            action="append",
            default=[],
            metavar="SLUG",
            help="File every imported question under this topic. May be given more than once.",
        )
        parser.add_argument(
            "--topic-map",
            type=Path,
            metavar="FILE",
            help="A YAML or JSON file of keywords, each with a topic's slug or a list of them "
            "(“mental health: mental-health”): a question whose words or answer contain a keyword, "
            "as whole words in any case, is filed under its topics.",
        )
        parser.add_argument(
            "--index", type=int, metavar="PAGE_ID", help="The FAQ index page's id, if there is more than one."
        )

    def handle(self, *args, file, dry_run, format, publish, topic, topic_map, index, **options):
        self.verbosity = options.get("verbosity", 1)
        questions = self.read(Path(file))
        rules = self.topic_rules(topic, topic_map)
        index_page = self.find_index(index, required=not dry_run)
        plans = self.plan(index_page, questions, rules)
        problems = self.problems(plans, publish)
        if dry_run:
            self.report(plans, format)
            for problem in problems:
                self.stderr.write(problem)
            if format == "text":
                self.report_links(plans)
                self.stdout.write("Dry run: nothing was changed.")
            return

        if problems:
            more = f" And {len(problems) - MAX_LISTED} more." if len(problems) > MAX_LISTED else ""
            raise CommandError(f"{' '.join(problems[:MAX_LISTED])}{more} Nothing was imported.")
        created = self.create(index_page, plans, publish)
        if format == "json":
            self.report(plans, format)
            return
        self.summarise(index_page, plans, created, publish)

    # --- Reading ---------------------------------------------------------
    def read(self, path: Path) -> list[Question]:
        if not path.exists():
            raise CommandError(f"{path} does not exist.")
        if not path.is_file():
            raise CommandError(f"{path} is not a file.")
        try:
            text = decode(path.read_bytes(), str(path))
        except OSError as error:
            raise CommandError(f"{path} cannot be read: {one_line(error.strerror or error)}.") from None
        except ExportError as error:
            raise CommandError(str(error)) from None
        questions = parse(text)
        if not questions:
            raise CommandError(
                f"{path} has no questions: a question is a line ending with a question mark "
                "or with a date such as (asked November 2016)."
            )
        return questions

    @staticmethod
    def topic_rules(slugs: list[str], map_path: Path | None) -> TopicRules:
        try:
            return topic_rules(slugs, read_topic_map(map_path) if map_path else None)
        except TopicMapError as error:
            raise CommandError(str(error)) from None

    def plan(self, index_page: FAQIndexPage | None, questions: list[Question], rules: TopicRules):
        """Each question with its topics, and whether it is new: no entry under the index has the
        same words (letters and digits, in any case) as its title or its latest draft's title."""
        known = set()
        if index_page is not None:
            titles = FAQEntryPage.objects.child_of(index_page).values_list("title", "draft_title")
            known = {normalise(title) for pair in titles for title in pair}
        plans = []
        for question in questions:
            key = normalise(question.title)
            text = "\n".join([question.question, *question.answer_lines()])
            plans.append(Planned(question, rules.topics_for(text), is_new=key not in known))
            known.add(key)  # a question twice in the file is imported once
        return plans

    def problems(self, plans: list[Planned], publish: bool) -> list[str]:
        """Why the import cannot go ahead: one line for each question that cannot become an
        entry, and one for the new questions --publish cannot publish without a topic."""
        problems = [
            f"line {plan.question.line}: {problem}" for plan in plans if (problem := self.problem(plan))
        ]
        untagged = [plan.question for plan in plans if plan.is_new and not plan.topics]
        if publish and untagged:
            named = ", ".join(
                f"line {question.line} “{short(question.question)}”" for question in untagged[:3]
            )
            more = f" and {len(untagged) - 3} more" if len(untagged) > 3 else ""
            problems.append(
                f"--publish: {plural(len(untagged), 'new question')} would have no topic ({named}{more}), "
                "and an answer is published only with a topic. Give --topic, add keywords that match "
                "them to the --topic-map file, or import drafts (leave out --publish)."
            )
        return problems

    @staticmethod
    def problem(plan: Planned) -> str | None:
        """Why ``plan``'s question cannot become an entry, if it cannot."""
        question = plan.question
        if question.asked is None:
            return (
                f"“{short(question.question)}” has no date and no dated question above it; "
                "add one such as (asked November 2016)."
            )
        if question.asked > timezone.localdate():
            return f"“{short(question.question)}” is dated {question.asked:%B %Y}, which is in the future."
        if not question.answer_lines():
            return f"“{short(question.question)}” has no answer."
        return None

    # --- Reporting -------------------------------------------------------
    def report(self, plans: list[Planned], format: str) -> None:
        if format == "json":
            self.stdout.write(json.dumps([plan.as_json() for plan in plans], ensure_ascii=False, indent=2))
            return
        for plan in plans:
            question = plan.question
            status = "new" if plan.is_new else "exists"
            asked = question.asked.strftime("%Y-%m") if question.asked else "no date"
            about = "about" if question.asked_estimated else ""
            topics = f" [{', '.join(topic.slug for topic in plan.topics)}]" if plan.topics else ""
            length = f"{question.answer_chars} characters"
            self.stdout.write(f"{status:6} {asked:>7} {about:5} {question.question} ({length}){topics}")
        dated = sum(1 for plan in plans if plan.question.asked and not plan.question.asked_estimated)
        new = sum(1 for plan in plans if plan.is_new)
        self.stdout.write(
            f"{plural(len(plans), 'question')}: {dated} dated in the file, "
            f"{len(plans) - dated} taking the date of the question above; "
            f"{new} new, {len(plans) - new} already there."
        )

    def report_links(self, plans: list[Planned]) -> None:
        """The addresses left as text in ``plans``' answers, for an editor to check and link by hand."""
        to_check = [(plan.question, link) for plan in plans for link in plan.question.links_to_check]
        if not to_check:
            return
        count = plural(len(to_check), "address", "addresses")
        self.stdout.write(
            self.style.WARNING(f"{count} left as text, not links; check them and link by hand:")
        )
        for question, link in to_check:
            where = f"line {question.line} “{short(question.question)}”"
            self.stdout.write(f"  {where}: {link['address']} {link['reason']}.")

    def summarise(self, index_page, plans: list[Planned], created: list[FAQEntryPage], publish: bool) -> None:
        existing = len(plans) - len(created)
        if not created:
            self.stdout.write(f"No new questions: all {existing} are already in “{index_page.title}”.")
            return
        count = plural(len(created), "question")
        done = f"Imported and published {count}" if publish else f"Imported {count} as drafts"
        self.stdout.write(
            self.style.SUCCESS(f"{done} under “{index_page.title}”, each marked “short answer to rewrite”.")
        )
        if existing:
            self.stdout.write(f"Left alone {existing} already there.")
        untagged = sum(1 for plan in plans if plan.is_new and not plan.topics)
        if untagged:
            self.stdout.write(f"{plural(untagged, 'entry', 'entries')} without a topic: see “No topic yet”.")
        self.report_links([plan for plan in plans if plan.is_new])

    # --- Writing ---------------------------------------------------------
    def find_index(self, page_id: int | None, *, required: bool = True) -> FAQIndexPage | None:
        indexes = FAQIndexPage.objects.all()
        if page_id is not None:
            index_page = indexes.filter(pk=page_id).first()
            if index_page is None:
                raise CommandError(f"There is no FAQ index page with id {page_id}.")
            return index_page
        found = list(indexes[:2])
        if len(found) > 1:
            raise CommandError("There is more than one FAQ index page: choose one with --index PAGE_ID.")
        if found:
            return found[0]
        if required:
            raise CommandError("There is no FAQ index page to import into: create one first.")
        self.stderr.write(
            "There is no FAQ index page yet, so every question is new; create one before importing."
        )
        return None

    @transaction.atomic
    def create(self, index_page: FAQIndexPage, plans: list[Planned], publish: bool) -> list[FAQEntryPage]:
        slugs = set(index_page.get_children().values_list("slug", flat=True))
        created = []
        for plan in plans:
            if not plan.is_new:
                continue
            question = plan.question
            page = FAQEntryPage(
                title=question.title,
                slug=self.unique_slug(question.title, slugs),
                short_answer=question.short_answer,
                # Cut from the answer by rule, not written: editors are asked to rewrite it.
                short_answer_needs_rewrite=True,
                answer=question.stream_data(),
                topics=plan.topics,
                date_asked=question.asked,
                date_is_estimate=question.asked_estimated,
                # When the answer was written is the last time anyone is known to have checked it.
                last_reviewed=question.asked,
                live=publish,
            )
            try:
                index_page.add_child(instance=page)
                revision = page.save_revision()
                if publish:
                    revision.publish()
            except ValidationError as error:
                messages = "; ".join(one_line(message) for message in error.messages)
                raise CommandError(
                    f"line {question.line}: “{short(question.question)}” cannot be saved: {messages} "
                    "Nothing was imported."
                ) from None
            created.append(page)
            if self.verbosity >= 2:
                self.stdout.write(f"  {page.url_path}")
        return created

    @staticmethod
    def unique_slug(title: str, taken: set[str]) -> str:
        base = slugify(title)
        if len(base) > MAX_SLUG:
            base = base[: MAX_SLUG + 1].rsplit("-", 1)[0]
        base = base or "question"
        slug, number = base, 2
        while slug in taken:
            slug = f"{base}-{number}"
            number += 1
        taken.add(slug)
        return slug
