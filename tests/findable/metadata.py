"""What search engines and link previews read from a page's <head>."""

from dataclasses import dataclass, field

from bs4 import BeautifulSoup


@dataclass
class Metadata:
    lang: str | None
    titles: list[str]
    descriptions: list[str]
    canonicals: list[str]
    social: dict[str, str] = field(default_factory=dict)
    next_page: str | None = None
    json_ld: list[str] = field(default_factory=list)

    @property
    def title(self) -> str:
        return self.titles[0] if self.titles else ""

    @property
    def canonical(self) -> str:
        return self.canonicals[0] if self.canonicals else ""


def read_metadata(html: str) -> Metadata:
    soup = BeautifulSoup(html, "html.parser")
    social = {}
    for tag in soup.head.find_all("meta"):
        key = tag.get("property") or tag.get("name") or ""
        if key.startswith(("og:", "twitter:")):
            social[key] = tag.get("content", "")
    # A listing's next page, not the next post in a series: same address, another ?page=.
    next_link = next((a for a in soup.select("a[rel~=next]") if "page=" in a.get("href", "")), None)
    return Metadata(
        lang=soup.html.get("lang"),
        titles=[" ".join(t.get_text().split()) for t in soup.head.find_all("title")],
        descriptions=[
            t.get("content", "") for t in soup.head.find_all("meta", attrs={"name": "description"})
        ],
        canonicals=[t.get("href", "") for t in soup.head.find_all("link", rel="canonical")],
        social=social,
        next_page=next_link.get("href") if next_link else None,
        json_ld=[s.string or "" for s in soup.find_all("script", type="application/ld+json")],
    )


def basic_problems(meta: Metadata, site_name: str) -> list[str]:
    """What every page, listed or not, must have: language, one title, one description, one canonical."""
    problems = []
    if meta.lang != "en-GB":
        problems.append(f'<html lang="{meta.lang}">, not en-GB')
    if len(meta.titles) != 1:
        problems.append(f"{len(meta.titles)} <title> elements")
    elif not meta.title.endswith(f" - {site_name}") or not meta.title.removesuffix(f" - {site_name}").strip():
        problems.append(f"title {meta.title!r} is not 'Page - {site_name}'")
    if len(meta.descriptions) != 1 or not meta.descriptions[0].strip():
        problems.append(f"meta description missing or repeated: {meta.descriptions}")
    if len(meta.canonicals) != 1 or not meta.canonical.startswith(("http://", "https://")):
        problems.append(f"canonical link missing, repeated or relative: {meta.canonicals}")
    return problems


def social_problems(meta: Metadata, url: str, site_name: str) -> list[str]:
    """OpenGraph and Twitter card tags for a page someone might share."""
    og = meta.social
    problems = []
    for key in ("og:title", "og:description", "og:type", "og:url", "og:site_name", "twitter:card"):
        if not og.get(key, "").strip():
            problems.append(f"{key} missing")
    if og.get("og:url") != url:
        problems.append(f"og:url {og.get('og:url')!r} is not the page's address {url!r}")
    if og.get("og:site_name") and og["og:site_name"] != site_name:
        problems.append(f"og:site_name {og['og:site_name']!r}")
    if meta.descriptions and og.get("og:description") != meta.descriptions[0]:
        problems.append(f"og:description {og.get('og:description')!r} differs from the meta description")
    if "og:image" in og:
        if not og["og:image"].startswith(("http://", "https://")):
            problems.append(f"og:image {og['og:image']!r} is not an absolute URL")
        if og.get("twitter:card") != "summary_large_image":
            problems.append("a page with og:image should use twitter:card summary_large_image")
    return problems
