import json
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from faq.importer import ExportError, Question, decode, normalise, parse
from faq.models import FAQEntryPage, FAQIndexPage

MAX_SLUG = 60


def one_line(text: str) -> str:
    return " ".join(str(text).split())


def short(question: str) -> str:
    return question if len(question) <= 70 else question[:69].rstrip() + "…"


class Command(BaseCommand):
    help = (
        "Import the current website's FAQ page, exported as plain text, as one FAQ entry per "
        "question under the FAQ index. Questions already there (the same words) are left alone, "
        "so running it again adds only new questions. The whole import happens or none of it does."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="The plain-text export of the FAQ page (UTF-8).")
        parser.add_argument(
            "--dry-run", action="store_true", help="Show what would be imported and change nothing."
        )
        parser.add_argument(
            "--format",
            choices=["text", "json"],
            default="text",
            help='"json" prints one object per question: question, asked, asked_estimated, answer_chars.',
        )
        parser.add_argument(
            "--draft", action="store_true", help="Create drafts for review instead of publishing."
        )
        parser.add_argument(
            "--index", type=int, metavar="PAGE_ID", help="The FAQ index page's id, if there is more than one."
        )

    def handle(self, *args, file, dry_run, format, draft, index, **options):
        self.verbosity = options.get("verbosity", 1)
        questions = self.read(Path(file))
        if dry_run:
            self.report(questions, format)
            for question in questions:
                if problem := self.problem(question):
                    self.stderr.write(f"line {question.line}: {problem}")
            if format == "text":
                self.stdout.write("Dry run: nothing was changed.")
            return

        index_page = self.find_index(index)
        for question in questions:
            if problem := self.problem(question):
                raise CommandError(f"line {question.line}: {problem} Nothing was imported.")
        created, existing = self.create(index_page, questions, draft)
        if format == "json":
            self.report(questions, format)
            return
        count = f"{len(created)} question{'s' if len(created) != 1 else ''}"
        if not created:
            self.stdout.write(f"No new questions: all {len(existing)} are already in “{index_page.title}”.")
            return
        done = f"Imported {count} as drafts" if draft else f"Imported and published {count}"
        self.stdout.write(self.style.SUCCESS(f"{done} under “{index_page.title}”."))
        if existing:
            self.stdout.write(f"Left alone {len(existing)} already there.")

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

    def problem(self, question: Question) -> str | None:
        """Why ``question`` cannot become an entry, if it cannot."""
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

    def report(self, questions: list[Question], format: str) -> None:
        if format == "json":
            self.stdout.write(json.dumps([q.as_json() for q in questions], ensure_ascii=False, indent=2))
            return
        for question in questions:
            asked = question.asked.strftime("%Y-%m") if question.asked else "no date"
            about = "about" if question.asked_estimated else ""
            length = f"{question.answer_chars} characters"
            self.stdout.write(f"{asked:>7} {about:5} {question.question} ({length})")
        dated = sum(1 for q in questions if q.asked and not q.asked_estimated)
        self.stdout.write(
            f"{len(questions)} questions: {dated} dated in the file, "
            f"{len(questions) - dated} taking the date of the question above."
        )

    # --- Writing ---------------------------------------------------------
    def find_index(self, page_id: int | None) -> FAQIndexPage:
        indexes = FAQIndexPage.objects.all()
        if page_id is not None:
            index_page = indexes.filter(pk=page_id).first()
            if index_page is None:
                raise CommandError(f"There is no FAQ index page with id {page_id}.")
            return index_page
        found = list(indexes[:2])
        if not found:
            raise CommandError("There is no FAQ index page to import into: create one first.")
        if len(found) > 1:
            raise CommandError("There is more than one FAQ index page: choose one with --index PAGE_ID.")
        return found[0]

    @transaction.atomic
    def create(self, index_page: FAQIndexPage, questions: list[Question], draft: bool):
        children = FAQEntryPage.objects.child_of(index_page)
        known = {normalise(title) for title in children.values_list("title", flat=True)}
        slugs = set(index_page.get_children().values_list("slug", flat=True))
        created, existing = [], []
        for question in questions:
            key = normalise(question.title)
            if key in known:
                existing.append(question)
                continue
            known.add(key)
            page = FAQEntryPage(
                title=question.title,
                slug=self.unique_slug(question.title, slugs),
                short_answer=question.short_answer,
                answer=question.stream_data(),
                date_asked=question.asked,
                date_is_estimate=question.asked_estimated,
                # When the answer was written is the last time anyone is known to have checked it.
                last_reviewed=question.asked,
                live=not draft,
            )
            try:
                index_page.add_child(instance=page)
                revision = page.save_revision()
                if not draft:
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
        return created, existing

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
