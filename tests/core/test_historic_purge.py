"""A historic answer's notice names the answer that replaced it: when that answer's title or
address changes, or it is withdrawn, the shared cache's copy of the historic answer goes too."""

import datetime

from tests.core.test_caching import keys


def historic(make_entry, topic, replaced_by):
    """A historic answer replaced by ``replaced_by``, on another topic: nothing but its notice shows it."""
    old = make_entry("What does my clinical commissioning group do?", [topic], datetime.date(2016, 11, 1))
    old.historic, old.historic_reason, old.replaced_by = True, "Closed in July 2022.", replaced_by
    old.save_revision().publish()
    return old


def test_republishing_the_replacement_purges_the_historic_answer(
    cache, committed, make_entry, stroke, cancer
):
    current = make_entry("What does the integrated care board do?", [stroke])
    old = historic(make_entry, cancer, current)

    current.title = "What is the integrated care board for?"
    with committed():
        current.save_revision().publish()

    assert len(cache.purges) == 1
    assert keys(current, old) <= cache.purges[0]


def test_withdrawing_the_replacement_purges_the_historic_answer(cache, committed, make_entry, stroke, cancer):
    current = make_entry("What does the integrated care board do?", [stroke])
    old = historic(make_entry, cancer, current)

    with committed():
        current.unpublish()

    assert keys(old, sitemap=False) <= cache.keys


def test_a_current_answer_replacing_nothing_purges_no_historic_answer(cache, committed, make_entry, topics):
    stroke, cancer = topics["stroke"], topics["cancer"]
    current = make_entry("What does the integrated care board do?", [stroke])
    old = historic(make_entry, cancer, current)
    unrelated = make_entry("Where is mental health care?", [topics["mental-health"]])

    with committed():
        unrelated.save_revision().publish()

    assert f"page-{old.pk}" not in cache.keys
