"""``{% responsive_picture image "kind" alt="..." %}``: every picture on the public site
(``wyhp_site/core/pictures.py`` says what each kind offers)."""

from django import template

from .. import pictures

register = template.Library()


@register.simple_tag
def responsive_picture(image, kind: str, **attrs):
    """Nothing when there is no image (an optional photo left empty, a deleted image)."""
    if not image:
        return ""
    return pictures.responsive_picture(image, kind, **attrs)
