"""A reader answering "Was this answer useful?" through the test client, as a browser would:
reading the form from the page, posting what it holds, with the Origin header browsers send."""

import time
from dataclasses import dataclass, field
from unittest import mock

from bs4 import BeautifulSoup

from faq.feedback.protection import answer_signer, entry_token

SITE = "http://testserver"
READER_ADDRESS = "203.0.113.7"


def no_cookies(response):
    """``response``, after checking it gives the reader no cookie at all."""
    assert response.cookies == {}, f"{response.status_code} answer set cookies {list(response.cookies)}"
    assert not response.has_header("Set-Cookie")
    return response


def form_fields(html: str, form_selector: str) -> tuple[str, dict[str, str]]:
    """The action of the form ``form_selector`` finds, and the values of its inputs and textareas."""
    form = BeautifulSoup(html, "html.parser").select_one(form_selector)
    assert form is not None, f"No {form_selector} on the page"
    fields = {element["name"]: element.get("value", "") for element in form.select("input[name]")}
    # A browser drops the newline just after <textarea>.
    fields |= {
        element["name"]: element.get_text().removeprefix("\n") for element in form.select("textarea[name]")
    }
    return form["action"], fields


@dataclass
class Reader:
    """One person at one address; ``headers`` go with every post (Origin unless told otherwise)."""

    client: object
    address: str = READER_ADDRESS
    headers: dict = field(default_factory=lambda: {"HTTP_ORIGIN": SITE})

    def post(self, url: str, data: dict, **headers):
        environ = {"REMOTE_ADDR": self.address, **self.headers, **headers}
        return no_cookies(self.client.post(url, data, **environ))

    def open(self, entry):
        """The Yes/No form under ``entry``'s answer: (action, fields)."""
        page = no_cookies(self.client.get(entry.url, REMOTE_ADDR=self.address))
        assert page.status_code == 200
        return form_fields(page.content.decode(), "main form.faq-feedback__form")

    def answer(self, entry, useful: str, **changes):
        """Press Yes or No under ``entry``; ``changes`` alter what the form sends."""
        action, fields = self.open(entry)
        return self.post(action, {**fields, "useful": useful, **changes})

    def comment(self, page_after_no, text: str, **changes):
        """Send ``text`` from the comment form on the page that followed No."""
        action, fields = form_fields(page_after_no.content.decode(), "main form[action$='/comment/']")
        return self.post(action, {**fields, "comment": text, **changes})


def signed_hours_ago(hours: float, sign):
    """What ``sign()`` gives when called ``hours`` ago."""
    with mock.patch("time.time", return_value=time.time() - hours * 3600):
        return sign()


def entry_token_from(hours: float, entry) -> str:
    return signed_hours_ago(hours, lambda: entry_token(entry.pk))


def answer_reference_from(hours: float, entry, feedback) -> str:
    return signed_hours_ago(hours, lambda: answer_signer.sign(f"{entry.pk}.{feedback.pk}"))
