"""Every picture on the public site: the sizes and formats of an image a browser may choose
from, for each place pictures appear.

Templates say where a picture goes (``{% responsive_picture image "content" %}``); this module
says what that means in renditions, so a change of layout is made here once. A picture is
Wagtail's ``<picture>``: AVIF and WebP sources, then an ``<img>`` in the original's family (JPEG
for a JPEG, PNG for the rest, which may be transparent) for browsers that take neither. The
``<img>`` keeps ``width`` and ``height``, so the page does not shift while the file arrives;
``static/css/site.css`` lets it shrink to fit with its shape kept.

Wagtail's own ``{% picture %}`` tag takes its widths literally. Wagtail never enlarges an image,
so a width the original cannot fill comes back at the original's size: listed twice in
``srcset`` (which HTML forbids) and made and stored twice per format. Here the widths stop at
the original's.
"""

from dataclasses import dataclass

from wagtail.images.models import AbstractImage, Picture
from wagtail.images.shortcuts import get_renditions_or_not_found

MODERN_FORMATS = ("avif", "webp")


@dataclass(frozen=True)
class PictureKind:
    """One place pictures appear: the widths offered (ascending) and how wide it is shown."""

    widths: tuple[int, ...]
    # For the browser to choose a width before the page is laid out; follows the NHS.UK grid.
    sizes: str
    # Cut square around the focal point (people's photos); otherwise the original's shape.
    square: bool = False

    def widths_for(self, image: AbstractImage) -> list[int]:
        """The widths this image can fill, and the original's own width when it is narrower
        than the widest offered."""
        largest = min(image.width, image.height) if self.square else image.width
        widths = [width for width in self.widths if width < largest]
        if len(widths) < len(self.widths):
            widths.append(largest)
        return widths

    def resize_spec(self, width: int) -> str:
        return f"fill-{width}x{width}" if self.square else f"width-{width}"


KINDS = {
    # In the text of a page (lead images, image blocks): the NHS.UK image component, the full
    # column on a phone and two-thirds of it (420 px at most) from 769 px wide.
    "content": PictureKind(
        widths=(440, 880, 1320),
        sizes="(min-width: 1024px) 420px, (min-width: 769px) 41vw, calc(100vw - 32px)",
    ),
    # A person on a card in a two-column card group (a programme's leads).
    "card": PictureKind(
        widths=(300, 600, 900),
        sizes="(min-width: 1024px) 297px, (min-width: 769px) calc(33vw - 44px), calc(100vw - 34px)",
        square=True,
    ),
    # A post's author beside their name, 72 px (blog/static/blog/blog.css).
    "avatar": PictureKind(widths=(72, 144, 216), sizes="72px", square=True),
}


def fallback_format(image: AbstractImage) -> str:
    """The format of the ``<img>`` itself: JPEG for a JPEG original, PNG for any other, which
    may be transparent (PNG, GIF, WebP and AVIF can all be)."""
    return "jpeg" if image.file.name.lower().endswith((".jpg", ".jpeg")) else "png"


def responsive_picture(image: AbstractImage, kind: str, **attrs) -> Picture:
    """``image`` as a ``<picture>`` for the place ``kind`` names, with ``attrs`` (alt, class,
    loading) on its ``<img>``."""
    try:
        picture_kind = KINDS[kind]
    except KeyError:
        raise ValueError(f"No picture kind {kind!r}; the kinds are {', '.join(KINDS)}.") from None
    widths = picture_kind.widths_for(image)
    specs = [
        f"{picture_kind.resize_spec(width)}|format-{image_format}"
        for image_format in (*MODERN_FORMATS, fallback_format(image))
        for width in widths
    ]
    # ``sizes`` only means something beside a list of widths; HTML forbids it otherwise.
    if len(widths) > 1:
        attrs = {"sizes": picture_kind.sizes, **attrs}
    return Picture(get_renditions_or_not_found(image, specs), attrs)
