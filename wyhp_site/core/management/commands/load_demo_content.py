import secrets
from io import StringIO

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from wagtail import hooks
from wagtail.models import Site

from wyhp_site.core.demo.builders import build_core_site, build_glossary, build_menus
from wyhp_site.core.sections import DEMO_CONTENT

ADMIN_USERNAME = "admin"


class Command(BaseCommand):
    help = (
        "Build the demo site from content in this repository: home page, standard pages, "
        "topics, people, glossary, FAQ entries, news and weekly updates, and programmes. "
        "Safe to run again: it adds what is missing and changes nothing an editor has saved. "
        "Also (re)sets a generated password for the 'admin' account and prints it, "
        "unless --no-admin is given. Under production settings it refuses to run without "
        "--force, and never touches the admin account there."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--no-admin", action="store_true", help="Do not create or reset the admin account."
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help="Load the demo pages even under production settings (a staging site, say).",
        )

    def handle(self, *args, no_admin=False, force=False, **options):
        if not settings.DEMO_CONTENT_ALLOWED:
            if not force:
                raise CommandError(
                    "These are production settings: the demo content would be published on a live "
                    "site. Run it with --force only on a copy nobody relies on."
                )
            # A password printed here would end up in a deployment's logs.
            no_admin = True
        home, pages, topics, people = build_core_site()
        glossary = build_glossary()
        # Each content area builds its own section; its index page joins the main menu.
        indexes = [build(home, topics, people) for build in hooks.get_hooks(DEMO_CONTENT)]
        site = Site.objects.get(is_default_site=True)
        build_menus(
            site,
            header_pages=[*indexes, pages["about-us"]],
            footer_pages=[pages["accessibility-statement"], pages["privacy"], pages["cookies"]],
        )

        call_command("update_index", stdout=StringIO(), stderr=StringIO())
        sections = ", ".join(f"{index.get_children().count()} pages in {index.title}" for index in indexes)
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo site ready: {len(topics)} topics, {len(people)} people, "
                f"{len(glossary)} glossary terms; {sections}."
            )
        )
        if no_admin:
            self.stdout.write("No admin account was made; use `manage.py createsuperuser`.")
        else:
            self.report_admin_login(site)

    def report_admin_login(self, site):
        password = secrets.token_urlsafe(12)
        user, _ = get_user_model().objects.get_or_create(
            username=ADMIN_USERNAME, defaults={"email": "admin@example.org"}
        )
        user.is_staff = user.is_superuser = user.is_active = True
        user.set_password(password)
        user.save()
        self.stdout.write(
            f"Admin login: {site.root_url}/admin/  username: {ADMIN_USERNAME}  password: {password}"
        )
