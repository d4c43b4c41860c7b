import secrets
from io import StringIO

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Site

from blog.demo import build_demo as build_news_demo
from faq.demo import build_demo as build_faq_demo
from programmes.demo import build_demo as build_programmes_demo
from wyhp_site.core.demo.builders import build_core_site, build_menus
from wyhp_site.core.demo.glossary import build_glossary

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
        faq_index = build_faq_demo(home, topics, people)
        news_index = build_news_demo(home, topics, people)
        programme_index, programmes = build_programmes_demo(home, topics, people)
        site = Site.objects.get(is_default_site=True)
        build_menus(
            site,
            header_pages=[faq_index, news_index, programme_index, pages["about-us"]],
            footer_pages=[pages["accessibility-statement"], pages["privacy"], pages["cookies"]],
        )

        call_command("update_index", stdout=StringIO(), stderr=StringIO())
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo site ready: {len(topics)} topics, {len(people)} people, "
                f"{len(glossary)} glossary terms, {faq_index.get_children().count()} questions, "
                f"{news_index.get_children().count()} posts, {len(programmes)} programmes."
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
