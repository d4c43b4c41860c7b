"""Addresses in the FAQ export: which become links, and which are left as text for an editor to check."""

import pytest

from faq.import_links import (
    NO_DOMAIN,
    NOT_A_WEB_ADDRESS,
    NOT_AN_EMAIL,
    SHORTENED,
    addresses_to_check,
    find_addresses,
    linkify,
)
from faq.importer import parse


@pytest.mark.parametrize(
    ("text", "address", "problem"),
    [
        ("Read https://example.org/places.", "https://example.org/places", None),
        ("See www.example.org/a_(b), then", "www.example.org/a_(b)", None),
        ("At http://192.168.10.4/plans today", "http://192.168.10.4/plans", None),
        ("Email team@example.org.", "team@example.org", None),
        # Shortened for display by the old site, with three full stops or an ellipsis character.
        (
            "Found here: https://www.example.nhs.uk/statistics/statistical-...",
            "https://www.example.nhs.uk/statistics/statistical-...",
            SHORTENED,
        ),
        (
            "More here http://www.example.org/right-care-time-pla… today",
            "http://www.example.org/right-care-time-pla…",
            SHORTENED,
        ),
        ("Email stroke.team@example.nhs.u… now", "stroke.team@example.nhs.u…", SHORTENED),
        # Cut off without an ellipsis.
        (
            "Draft at https://example.org/drafts/stroke-",
            "https://example.org/drafts/stroke-",
            "ends with “-”, as if cut off mid-word",
        ),
        ("Go to www.nhs for more.", "www.nhs", NO_DOMAIN),
        ("Go to https://www.england/plans", "https://www.england/plans", NO_DOMAIN),
        ("Go to www.example.nhs.u/plans", "www.example.nhs.u/plans", NO_DOMAIN),
        ("See www.leeds.nhs/plans", "www.leeds.nhs/plans", NO_DOMAIN),
        # Not an address at all once read.
        ("Go to http://[example.org/plans", "http://[example.org/plans", NOT_A_WEB_ADDRESS),
        ("Go to https://example..org/plans", "https://example..org/plans", NOT_A_WEB_ADDRESS),
        ("Email stroke.lead@example", "stroke.lead@example", NOT_AN_EMAIL),
    ],
)
def test_addresses_that_look_cut_off_or_do_not_parse_are_found_with_why(text, address, problem):
    (found,) = find_addresses(text)

    assert (found.text, found.problem) == (address, problem)


def test_an_address_to_check_stays_as_text_and_the_others_become_links():
    text = "Figures: https://example.org/statistics/statistical-... or www.example.org/plans, & more."

    assert linkify(text) == (
        "Figures: https://example.org/statistics/statistical-... or "
        '<a href="https://www.example.org/plans">www.example.org/plans</a>, &amp; more.'
    )


def test_a_question_lists_each_address_to_check_once_and_keeps_every_word():
    export = (
        "Where are the figures? (asked May 2018)\n\n"
        "The figures are at https://example.org/stats/annual-... and in the report.\n\n"
        "Again: https://example.org/stats/annual-... and www.nhs.\n\n"
        "The plan is at https://example.org/plan."
    )
    (question,) = parse(export)

    assert question.links_to_check == [
        {"address": "https://example.org/stats/annual-...", "reason": SHORTENED},
        {"address": "www.nhs", "reason": NO_DOMAIN},
    ]
    html = "".join(value for _, value in question.stream_data())
    assert "<p>The figures are at https://example.org/stats/annual-... and in the report.</p>" in html
    assert "<p>Again: https://example.org/stats/annual-... and www.nhs.</p>" in html
    assert '<a href="https://example.org/plan">https://example.org/plan</a>.' in html
    assert html.count("<a ") == 1


def test_nothing_to_check_in_plain_text():
    assert addresses_to_check(["No addresses here.", "Nor here: 3 @ 5pm."]) == []


def test_an_address_cannot_break_out_of_its_link():
    html = linkify("See https://example.org/x'onmouseover='alert(1) or www.example.org/\"><script>x</script>")

    assert html == (
        'See <a href="https://example.org/x&#x27;onmouseover=&#x27;alert(1)">'
        "https://example.org/x&#x27;onmouseover=&#x27;alert(1)</a> or "
        '<a href="https://www.example.org/">www.example.org/</a>&quot;&gt;&lt;script&gt;x&lt;/script&gt;'
    )
