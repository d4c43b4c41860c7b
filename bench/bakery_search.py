"""Requests a second for the search results page, ours beside Wagtail's bakerydemo's, in one run.

    .venv/bin/python -m bench.bakery_search [--size 10000] [--seconds 15] [--rounds 2]

Builds two PostgreSQL databases with the same ``--size`` pages of the same synthetic text
(``bench/synthetic_text.py``): this site (migrated, a home page, standard pages) and a
minimal Wagtail site written to a temporary folder that searches the way bakerydemo's
search page does: its view searches each of its three page models with Wagtail's database
backend, collects every matching page's id, pages ten at a time through
``Page.objects.live().filter(id__in=...)``, counts the search in Wagtail's daily hits, and
its template shows each result's specific page (title, type, search description) in a
page with a top menu and footer text. Both are served by gunicorn, two sync workers,
production settings (DEBUG off, cached templates), and loaded with ``wrk -t2 -c8``
(Debian's package) cycling through the same 50 queries as bench/search_bench.py
(rare, mid and common words, questions), in turn, ``--rounds`` times; the best of each
is printed with their ratio. Ours is served twice: as it runs (the pages a search found kept a
minute for the same search, see ``KEEP_MATCHES_SECONDS`` in wyhp_site/search/engine.py) and
with every search found afresh, as if no two readers ever searched for the same words.

The machines are shared and noisy: read the ratio, which is measured together.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path
from urllib.parse import urlencode

from bench.databases import drop_database, recreate_database
from bench.search_bench import queries
from bench.served_site import ROOT, ServedProcess, ServedSite

OURS = "wyhp_search_throughput"
BAKERY = "wyhp_bakery_search"
REDIS_URL = "redis://127.0.0.1:6379/14"


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--server", default="postgres://postgres@127.0.0.1:5432", help="PostgreSQL server")
    parser.add_argument("--size", type=int, default=10_000, help="pages in each site")
    parser.add_argument("--seconds", type=int, default=15, help="wrk's duration for each run")
    parser.add_argument("--rounds", type=int, default=2, help="runs of each site, alternately")
    parser.add_argument("--keep", action="store_true", help="do not drop the databases at the end")
    return parser.parse_args()


def search_paths() -> list[str]:
    return [f"/search/?{urlencode({'q': query})}" for _kind, query in queries()]


# --- The bakerydemo-like site, written to a temporary folder ----------------------------------

BAKERY_FILES = {
    "bakery_site/__init__.py": "",
    "bakery_site/settings.py": """
        import os
        import dj_database_url

        DEBUG = False
        SECRET_KEY = "bakery-bench-not-secret-0123456789-abcdefghijklmnopqrstuvwxyz"
        ALLOWED_HOSTS = ["127.0.0.1"]
        ROOT_URLCONF = "bakery_site.urls"
        WSGI_APPLICATION = "bakery_site.wsgi.application"
        DATABASES = {"default": dj_database_url.parse(os.environ["DATABASE_URL"], conn_max_age=600)}
        DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
        INSTALLED_APPS = [
            "bakery",
            "wagtail.contrib.search_promotions",
            "wagtail.users",
            "wagtail.snippets",
            "wagtail.documents",
            "wagtail.images",
            "wagtail.search",
            "wagtail.admin",
            "wagtail",
            "modelcluster",
            "taggit",
            "django.contrib.auth",
            "django.contrib.contenttypes",
            "django.contrib.sessions",
            "django.contrib.messages",
            "django.contrib.staticfiles",
        ]
        MIDDLEWARE = [
            "django.middleware.security.SecurityMiddleware",
            "django.contrib.sessions.middleware.SessionMiddleware",
            "django.middleware.common.CommonMiddleware",
            "django.middleware.csrf.CsrfViewMiddleware",
            "django.contrib.auth.middleware.AuthenticationMiddleware",
            "django.contrib.messages.middleware.MessageMiddleware",
            "django.middleware.clickjacking.XFrameOptionsMiddleware",
        ]
        TEMPLATES = [
            {
                "BACKEND": "django.template.backends.django.DjangoTemplates",
                "DIRS": [os.path.join(os.path.dirname(os.path.dirname(__file__)), "templates")],
                "APP_DIRS": True,
                "OPTIONS": {
                    "context_processors": [
                        "django.template.context_processors.request",
                        "django.contrib.auth.context_processors.auth",
                        "django.contrib.messages.context_processors.messages",
                    ]
                },
            }
        ]
        STATIC_URL = "/static/"
        WAGTAIL_SITE_NAME = "bakery"
        WAGTAILADMIN_BASE_URL = "http://127.0.0.1"
        WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
    """,
    "bakery_site/urls.py": """
        from django.urls import include, path
        from wagtail import urls as wagtail_urls

        from bakery.views import search

        urlpatterns = [path("search/", search, name="search"), path("", include(wagtail_urls))]
    """,
    "bakery_site/wsgi.py": """
        import os
        from django.core.wsgi import get_wsgi_application

        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bakery_site.settings")
        application = get_wsgi_application()
    """,
    "bakery/__init__.py": "",
    "bakery/templatetags/__init__.py": "",
    # Three page models, as bakerydemo's search view searches three; only blog pages are filled.
    "bakery/models.py": """
        from django.db import models
        from wagtail.fields import RichTextField, StreamField
        from wagtail import blocks
        from wagtail.models import Page
        from wagtail.search import index


        class FooterText(models.Model):
            body = RichTextField()


        class ContentPage(Page):
            introduction = models.TextField(blank=True)
            image = models.ForeignKey(
                "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
            )
            body = StreamField([("paragraph", blocks.RichTextBlock())], blank=True)

            search_fields = Page.search_fields + [index.SearchField("body")]

            class Meta:
                abstract = True


        class BlogPage(ContentPage):
            pass


        class BreadPage(ContentPage):
            pass


        class LocationPage(ContentPage):
            pass
    """,
    # Each model searched on its own, every match's id collected, then one page of Page rows.
    "bakery/views.py": """
        from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
        from django.shortcuts import render
        from wagtail.contrib.search_promotions.models import Query
        from wagtail.models import Page

        from .models import BlogPage, BreadPage, LocationPage


        def search(request):
            search_query = request.GET.get("q", None)
            if search_query:
                page_ids = []
                for model in (BlogPage, BreadPage, LocationPage):
                    page_ids += [found.page_ptr.id for found in model.objects.live().search(search_query)]
                search_results = Page.objects.live().filter(id__in=page_ids)
                Query.get(search_query).add_hit()
            else:
                search_results = Page.objects.none()
            paginator = Paginator(search_results, 10)
            try:
                search_results = paginator.page(request.GET.get("page", 1))
            except PageNotAnInteger:
                search_results = paginator.page(1)
            except EmptyPage:
                search_results = paginator.page(paginator.num_pages)
            context = {"search_query": search_query, "search_results": search_results}
            return render(request, "search/search_results.html", context)
    """,
    "bakery/templatetags/navigation_tags.py": """
        from django import template
        from wagtail.models import Site

        from bakery.models import FooterText

        register = template.Library()


        @register.simple_tag(takes_context=True)
        def get_site_root(context):
            return Site.find_for_request(context["request"]).root_page


        @register.inclusion_tag("tags/top_menu.html", takes_context=True)
        def top_menu(context, parent):
            items = parent.get_children().live().in_menu()
            for item in items:
                item.show_dropdown = item.get_children().live().in_menu().exists()
            return {"menuitems": items, "request": context["request"]}


        @register.simple_tag
        def footer_text():
            footer = FooterText.objects.first()
            return footer.body if footer else ""
    """,
    "templates/tags/top_menu.html": """
        {% load wagtailcore_tags %}
        <ul class="navigation">{% for item in menuitems %}
            <li><a href="{% pageurl item %}">{{ item.title }}</a></li>
        {% endfor %}</ul>
    """,
    "templates/base.html": """
        {% load navigation_tags static wagtailuserbar wagtailcore_tags %}
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><title>{% block title %}{% endblock %}</title>
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <link rel="stylesheet" href="{% static 'css/main.css' %}"></head>
        <body class="{% block body_class %}{% endblock %}">
        {% wagtailuserbar %}
        <header>{% get_site_root as site_root %}{% top_menu parent=site_root %}
        <form action="/search/" method="get"><input type="text" name="q"></form></header>
        <main>{% block content %}{% endblock %}</main>
        <hr><footer>{% footer_text as text %}{{ text|richtext }}</footer>
        </body></html>
    """,
    "templates/search/search_results.html": """
        {% extends "base.html" %}
        {% load wagtailcore_tags wagtailimages_tags %}
        {% block title %}Search{% if search_results %} results{% endif %}
            {% if search_query %} for {{ search_query }}{% endif %}{% endblock %}
        {% block body_class %}template-search-results{% endblock %}
        {% block content %}
        <h1>Search results</h1>
        {% if search_results %}
            <p>You searched for {{ search_query }}, {{ search_results|length }} results found.</p>
            <ul class="search__results">
            {% for result in search_results %}
                <li class="listing-card"><a href="{% pageurl result.specific %}">
                {% if result.specific.image %}{% image result.specific.image fill-180x180-c100 %}{% endif %}
                <h2>{{ result.specific }}</h2>
                <p>{% if result.specific.content_type.model == "blogpage" %}Blog Post
                    {% elif result.specific.content_type.model == "locationpage" %}Location
                    {% else %}Bread{% endif %}</p>
                <p>{% if result.specific.search_description %}
                    {{ result.specific.search_description|richtext }}{% endif %}</p>
                </a></li>
            {% endfor %}
            </ul>
        {% elif search_query %}
            <p>No results found for {{ search_query }}.</p>
        {% else %}
            <p>You didn't search for anything!</p>
        {% endif %}
        {% endblock %}
    """,
}

# Run inside the bakery site (manage.py shell): the home page with a few menu pages and the
# synthetic blog pages under it, indexed as publishing would.
BAKERY_FILL = """
import json, sys, uuid
sys.path.insert(0, {root!r})
from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.utils import timezone
from wagtail.models import Page, Site
from wagtail.search.backends import get_search_backend
from bakery.models import BlogPage, FooterText
from bench.synthetic_text import TextMaker

root = Page.objects.get(depth=1)
Page.objects.filter(depth=2).delete()
home = root.add_child(instance=Page(title="Home", slug="home"))
Site.objects.update_or_create(is_default_site=True, defaults=dict(hostname="127.0.0.1", root_page=home))
for title in ("Breads", "Locations", "Blog", "About"):
    home.add_child(instance=Page(title=title, slug=title.lower(), show_in_menus=True))
FooterText.objects.create(body="<p>Bakery footer</p>")
home = Page.objects.get(pk=home.pk)
text = TextMaker({size})
content_type = ContentType.objects.get_for_model(BlogPage)
index = get_search_backend().get_index_for_model(BlogPage)
now = timezone.now()
made = home.numchild
for start in range(0, {size}, 1000):
    batch = []
    for number in range(start, min(start + 1000, {size})):
        made += 1
        title = text.sentence(5, 11)[:-1] + "?"
        slug = "synthetic-%d" % made
        batch.append(BlogPage(
            title=title, draft_title=title, slug=slug, depth=home.depth + 1, numchild=0,
            path=Page._get_path(home.path, home.depth + 1, made), url_path=home.url_path + slug + "/",
            live=True, has_unpublished_changes=False, first_published_at=now, last_published_at=now,
            content_type=content_type, locale_id=home.locale_id, translation_key=uuid.uuid4(),
            search_description=text.sentence(12, 25), introduction="",
            body=[("paragraph", "<p>%s</p>" % text.paragraph(text.rng.randint(8, 18)))],
        ))
    names = [f.attname for f in Page._meta.concrete_fields if f.attname != "id"]
    with transaction.atomic():
        rows = Page.objects.bulk_create([Page(**{{n: getattr(p, n) for n in names}}) for p in batch])
        for page, row in zip(batch, rows):
            page.pk = page.page_ptr_id = row.pk
        with connection.cursor() as cursor:
            cursor.executemany(
                "INSERT INTO bakery_blogpage (page_ptr_id, introduction, body, image_id) "
                "VALUES (%s, '', %s, NULL)",
                [(p.pk, json.dumps(p.body.get_prep_value())) for p in batch],
            )
        index.add_items(BlogPage, batch)
Page.objects.filter(pk=home.pk).update(numchild=made)
index._refresh_title_norms(full=True)
with connection.cursor() as cursor:
    cursor.execute("VACUUM ANALYZE")
print(BlogPage.objects.count())
"""

# Run inside this site (manage.py shell): a home page and the synthetic standard pages.
OURS_FILL = """
import sys
sys.path.insert(0, {root!r})
from django.db import connection
from bench.synthetic import add_synthetic_pages
from wyhp_site.core.demo.builders import build_home_page
home = build_home_page()
add_synthetic_pages(home, {size} - home.get_children().count(), seed={size})
with connection.cursor() as cursor:
    cursor.execute("VACUUM ANALYZE")
"""


def write_bakery_project(folder: Path) -> None:
    for name, text in BAKERY_FILES.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip())


def run(command: list[str], cwd: Path, env: dict[str, str]) -> str:
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, check=False)  # noqa: S603
    if result.returncode:
        raise SystemExit(f"{' '.join(command)} failed:\n{result.stdout}\n{result.stderr}")
    return result.stdout


def build_bakery(folder: Path, database_url: str, size: int) -> dict[str, str]:
    write_bakery_project(folder)
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bakery_site.settings",
        "DATABASE_URL": database_url,
        "PYTHONPATH": str(folder),
    }
    manage = [sys.executable, "-m", "django"]
    run([*manage, "makemigrations", "bakery", "-v", "0"], folder, env)
    run([*manage, "migrate", "--no-input", "-v", "0"], folder, env)
    run([*manage, "shell", "-c", BAKERY_FILL.format(root=str(ROOT), size=size)], folder, env)
    return env


def build_ours(database_url: str, size: int) -> None:
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "DJANGO_SETTINGS_MODULE": "wyhp_site.settings.dev",
        "DATABASE_STATEMENT_TIMEOUT": "0",
    }
    run([sys.executable, "manage.py", "migrate", "--no-input", "-v", "0"], ROOT, env)
    run([sys.executable, "manage.py", "shell", "-c", OURS_FILL.format(root=str(ROOT), size=size)], ROOT, env)


class BakerySite(ServedProcess):
    """The bakery project under gunicorn, two sync workers."""

    name = "bakery gunicorn"

    def __init__(self, folder: Path, env: dict[str, str], log_path: Path):
        super().__init__(log_path)
        self.folder, self.env = folder, env

    def launch(self, log) -> subprocess.Popen:
        command = [sys.executable, "-m", "gunicorn", "-w", "2", "-b", f"127.0.0.1:{self.port}"]
        return subprocess.Popen(  # noqa: S603
            [*command, "bakery_site.wsgi:application"],
            cwd=self.folder,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )

    def start(self):
        with self.log_path.open("w") as log:
            self.process = self.launch(log)
        for _ in range(300):
            if self.get("/search/?q=nhs", timeout=30).status == 200:
                return self
            if self.process.poll() is not None:
                break
            subprocess.run(["sleep", "0.2"], check=True)  # noqa: S607
        raise RuntimeError(f"{self.name} did not start:\n{self.log()}")


WRK_SCRIPT = """
local paths = {{{paths}}}
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end
"""


def wrk(port: int, paths: list[str], seconds: int, script: Path) -> float:
    script.write_text(WRK_SCRIPT.format(paths=", ".join(f'"{path}"' for path in paths)))
    result = subprocess.run(  # noqa: S603
        ["wrk", "-t2", "-c8", f"-d{seconds}s", "-s", str(script), f"http://127.0.0.1:{port}/"],  # noqa: S607
        capture_output=True,
        text=True,
        check=True,
    )
    if "Non-2xx" in result.stdout:
        raise SystemExit(f"Searches answered errors under load:\n{result.stdout}")
    return float(re.search(r"Requests/sec:\s+([\d.]+)", result.stdout).group(1))


def check_answers(served: ServedProcess, paths: list[str]) -> None:
    for path in paths:
        answer = served.get(path, timeout=60)
        if answer.status != 200:
            raise SystemExit(f"{served.name}: {path} answered {answer.status}:\n{served.log()[-3000:]}")


def main():
    arguments = parse_arguments()
    if not shutil.which("wrk"):
        raise SystemExit("wrk is needed: apt-get install -y wrk")
    folder = Path(tempfile.mkdtemp(prefix="bench-bakery-search-"))
    ours_url = recreate_database(arguments.server, OURS)
    bakery_url = recreate_database(arguments.server, BAKERY)
    print(f"Building two sites of {arguments.size:,} pages in {folder} ...", flush=True)
    build_ours(ours_url, arguments.size)
    bakery_env = build_bakery(folder / "bakery", bakery_url, arguments.size)

    paths = search_paths()
    ours_env = {"WEB_CONCURRENCY": "2", "GUNICORN_CMD_ARGS": "--max-requests 0", "REDIS_URL": REDIS_URL}
    flush = ["redis-cli", "-n", REDIS_URL.rsplit("/", 1)[1], "flushdb"]
    subprocess.run(flush, check=False, capture_output=True)  # noqa: S603, S607 - the bench's own Redis db
    afresh_env = {**ours_env, "DJANGO_SETTINGS_MODULE": "bench.search_afresh_settings"}
    sites = {
        "ours": ServedSite(ours_url, folder / "ours.log", ours_env),
        "ours, every search afresh": ServedSite(ours_url, folder / "ours-afresh.log", afresh_env),
        "bakery": BakerySite(folder / "bakery", bakery_env, folder / "bakery.log"),
    }
    rates: dict[str, list[float]] = {name: [] for name in sites}
    try:
        for served in sites.values():
            served.start()
            check_answers(served, paths)  # each query once, as any running site has seen searches
        for _ in range(arguments.rounds):
            for name, served in sites.items():
                rates[name].append(wrk(served.port, paths, arguments.seconds, folder / "paths.lua"))
    finally:
        for served in sites.values():
            served.stop()
        if not arguments.keep:
            drop_database(arguments.server, OURS)
            drop_database(arguments.server, BAKERY)

    best = {name: max(runs) for name, runs in rates.items()}
    print(f"\nSearch results page, {arguments.size:,} pages, {len(paths)} queries in turn, wrk -t2 -c8:")
    for name, runs in rates.items():
        ratio = best[name] / best["bakery"]
        runs_text = ", ".join(f"{rate:.1f}" for rate in runs)
        print(f"  {name:<27}{best[name]:8.1f} req/s  {ratio:5.2f}x bakery's  (runs: {runs_text})")
    print("  target: ours >= 3x bakery's")
    print(f"Logs: {folder}")


if __name__ == "__main__":
    main()
