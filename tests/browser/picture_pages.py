"""Pages with pictures, added to the browser tests' live site through ``manage.py shell``: the
site runs in its own process on its own database, so content goes in as an operator's would.

    manage.py shell -c "from tests.browser.picture_pages import build; build('paths.json')"

writes the pages' paths to the file named, as JSON. The demo content has no images of its own.
"""

import json
from pathlib import Path

from blog.models import NewsIndexPage, PostKind
from faq.models import FAQIndexPage
from programmes.models import ProgrammeIndexPage
from tests.factories import (
    FAQEntryPageFactory,
    ImageFactory,
    PersonFactory,
    PostPageFactory,
    ProgrammeLeadFactory,
    ProgrammePageFactory,
    paragraph,
)
from wyhp_site.core.models import Topic

# (width, height) of each upload; the lead image is the 800×450 readers saw stretched.
LEAD_IMAGE = (800, 450)
WARD_PHOTO = (1600, 900)
POSTER = (600, 900)
AUTHOR_PHOTO = (400, 500)
LEAD_PHOTO = (500, 700)
MAP = (1200, 800)


def image(title: str, size: tuple[int, int], image_format: str = "PNG"):
    extension = "jpg" if image_format == "JPEG" else "png"
    width, height = size
    return ImageFactory(
        title=title,
        file__width=width,
        file__height=height,
        file__format=image_format,
        file__filename=f"{title.lower().replace(' ', '-')}.{extension}",
    )


def image_block(title: str, size: tuple[int, int], alt: str, image_format: str = "PNG") -> tuple:
    return ("image", {"image": image(title, size, image_format), "alt_text": alt, "caption": ""})


def published_path(page) -> str:
    page.save_revision().publish()
    return page.get_url()


def build(paths_file: str) -> None:
    stroke = Topic.objects.get(slug="stroke")
    post = PostPageFactory(
        parent=NewsIndexPage.objects.get(),
        title="Pictures from the new stroke unit",
        kind=PostKind.WEEKLY_UPDATE,
        author=PersonFactory(name="Picture Author", photo=image("Author photo", AUTHOR_PHOTO, "JPEG")),
        lead_image=image("Stroke unit", LEAD_IMAGE),
        lead_image_alt="The stroke unit's entrance",
        topics=[stroke],
    )
    answer = FAQEntryPageFactory(
        parent=FAQIndexPage.objects.get(),
        title="What does the new stroke ward look like?",
        topics=[stroke],
        answer=[
            *paragraph("It has twenty beds."),
            image_block("Ward", WARD_PHOTO, "Beds by the windows", "JPEG"),
            image_block("Poster", POSTER, "The FAST poster"),
        ],
    )
    programme = ProgrammePageFactory(
        parent=ProgrammeIndexPage.objects.get(),
        title="Pictured programme",
        topic=stroke,
        body=[*paragraph("Our stroke units."), image_block("Network map", MAP, "A map of the units")],
        leads=[ProgrammeLeadFactory.build(person=PersonFactory(photo=image("Lead", LEAD_PHOTO, "JPEG")))],
    )
    pages = {"post": post, "answer": answer, "programme": programme}
    Path(paths_file).write_text(json.dumps({name: published_path(page) for name, page in pages.items()}))
