"""Web and email addresses in the FAQ export: made into links, unless they look cut off.

The old site shortened long addresses for display ("https://www.england.nhs.uk/statistics/statistical-..."),
and the export kept the shortened text, so some addresses in it lead nowhere. An address is
left as plain text (every character kept) and reported for an editor to check when:

- an ellipsis ("..." or "…") follows it or is in it: the old site shortened it for display;
- its host has no top-level domain ("www.nhs", "https://www.england", "www.nhs.u", or one
  that stops before ".uk", as "www.leeds.nhs"), or no host;
- it ends with "-", "_" or "%", which no real address ends with: it was cut off mid-word;
- it does not parse as a web address (Django's URLValidator: a bad port, a bracket, a space
  in the host) or as an email address (Django's EmailValidator).

Sentence punctuation after an address (".", ",", ")" without its "(") is not part of it.
"""

import ipaddress
import re
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator, URLValidator
from django.utils.html import escape

# Anything that starts like an address, up to the next space; what it really is is decided below.
ADDRESS = re.compile(r"(?P<url>(?:https?://|www\.)[^\s<>\"]+)|(?P<email>[A-Za-z0-9._%+-]+@[^\s<>\"]+)")
TRAILING_PUNCTUATION = ".,;:!?'\"’”)…"
ELLIPSES = ("...", "…")
CUT_MID_WORD = ("-", "_", "%")
TOP_LEVEL_DOMAIN = re.compile(r"[a-z]{2,63}|xn--[a-z0-9-]+", re.I)
# Labels that come before ".uk" and are no top-level domain themselves: "www.leeds.nhs" was cut off.
UK_SECOND_LEVEL = frozenset({"nhs", "police", "sch", "mod"})

SHORTENED = "is cut short with an ellipsis (… or ...), as the old site showed it"
NO_DOMAIN = "has no top-level domain such as .uk or .org"
NOT_A_WEB_ADDRESS = "is not a valid web address"
NOT_AN_EMAIL = "is not a valid email address"


@dataclass(frozen=True)
class Address:
    start: int
    text: str
    href: str
    problem: str | None  # why it is not made into a link, or None when it is one

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def split_trailing(candidate: str) -> tuple[str, str]:
    """``candidate`` without the sentence punctuation after it, and that punctuation.
    A ")" stays when it closes a "(" inside the address."""
    address = candidate
    while address and address[-1] in TRAILING_PUNCTUATION:
        if address[-1] == ")" and address.count("(") >= address.count(")"):
            break
        address = address[:-1]
    return address, candidate[len(address) :]


def web_address_problem(href: str) -> str | None:
    try:
        host = urlsplit(href).hostname
    except ValueError:  # an unclosed "[" in the host
        return NOT_A_WEB_ADDRESS
    if not host:
        return NOT_A_WEB_ADDRESS
    if not is_ip_address(host) and not has_top_level_domain(host):
        return NO_DOMAIN
    try:
        URLValidator()(href)
    except ValidationError:
        return NOT_A_WEB_ADDRESS
    return None


def has_top_level_domain(host: str) -> bool:
    # "www.nhs" names no domain: the "www." is not one of the two or more labels a domain has.
    labels = host.removeprefix("www.").split(".")
    last = labels[-1]
    return len(labels) >= 2 and last not in UK_SECOND_LEVEL and bool(TOP_LEVEL_DOMAIN.fullmatch(last))


def is_ip_address(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def email_problem(address: str) -> str | None:
    try:
        EmailValidator()(address)
    except ValidationError:
        return NOT_AN_EMAIL
    return None


def find_addresses(text: str) -> Iterator[Address]:
    """The web and email addresses in ``text``, in order, each with its problem if it has one."""
    for match in ADDRESS.finditer(text):
        address, trailing = split_trailing(match.group())
        if not address:
            continue
        is_email = bool(match.group("email"))
        if is_email:
            href = f"mailto:{address}"
        elif address.startswith("www."):
            href = f"https://{address}"
        else:
            href = address
        ellipsis = next((mark for mark in ELLIPSES if trailing.startswith(mark)), "")
        if ellipsis or "…" in address:
            address += ellipsis  # reported as the export shows it
            problem = SHORTENED
        elif is_email:
            problem = email_problem(address)
        else:
            problem = web_address_problem(href)
            if problem is None and address.endswith(CUT_MID_WORD):
                problem = f"ends with “{address[-1]}”, as if cut off mid-word"
        yield Address(match.start(), address, href, problem)


def linkify(text: str) -> str:
    """``text`` as HTML, with its web and email addresses made into links; an address with a
    problem stays as text."""
    out, position = [], 0
    for address in find_addresses(text):
        if address.problem:
            continue
        out.append(escape(text[position : address.start]))
        out.append(f'<a href="{escape(address.href)}">{escape(address.text)}</a>')
        position = address.end
    out.append(escape(text[position:]))
    return "".join(out)


def addresses_to_check(texts: list[str]) -> list[dict[str, str]]:
    """Each address in ``texts`` that is not made into a link, once, with why."""
    found: dict[str, str] = {}
    for text in texts:
        for address in find_addresses(text):
            if address.problem:
                found.setdefault(address.text, address.problem)
    return [{"address": text, "reason": reason} for text, reason in found.items()]
