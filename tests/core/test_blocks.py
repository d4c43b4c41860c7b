"""The shared body blocks as editors meet them in the admin."""

import json

from bs4 import BeautifulSoup
from wagtail.test.utils.form_data import nested_form_data, streamfield

from wyhp_site.core.blocks import HEADER_CHOICE_NEEDED, TableBlock
from wyhp_site.core.models import StandardPage

ROWS = [["Trust", "Beds"], ["Leeds", "200"]]


def publish_table(admin_client, home_page, table_value):
    """Publish a standard page holding one table, sent as the table widget sends it."""
    form = nested_form_data(
        {
            "title": "Beds",
            "slug": "beds",
            "intro": "Beds by trust.",
            "body": streamfield([("table", json.dumps(table_value))]),
            "action-publish": "publish",
        }
    )
    return admin_client.post(f"/admin/pages/add/core/standardpage/{home_page.pk}/", form)


def block_error_messages(response) -> list[str]:
    """The messages the body's StreamField shows against its blocks, from the editing form."""
    stream = BeautifulSoup(response.content, "html.parser").select_one("[data-w-block-arguments-value]")
    _value, errors = json.loads(stream["data-w-block-arguments-value"])
    return [message for error in errors["blockErrors"].values() for message in error["messages"]]


def test_a_new_table_starts_with_its_first_row_as_headers():
    """What the widget is given for a new table, and so sends back when the choice is not touched."""
    block = TableBlock()

    state = block.get_form_state(block.get_default())

    assert state["table_header_choice"] == "row"


def test_a_table_with_its_header_option_untouched_is_published_with_a_header_row(admin_client, home_page):
    untouched = {**TableBlock().get_default(), "data": ROWS}

    response = publish_table(admin_client, home_page, untouched)

    assert response.status_code == 302
    page_html = admin_client.get(StandardPage.objects.get(slug="beds").url).content.decode()
    assert '<th class="nhsuk-table__header" scope="col">Trust</th>' in page_html
    assert '<td class="nhsuk-table__cell">Leeds</td>' in page_html


def test_a_table_with_no_header_choice_says_what_to_choose(admin_client, home_page):
    response = publish_table(admin_client, home_page, {"data": ROWS, "table_header_choice": ""})

    assert response.status_code == 200
    assert block_error_messages(response) == [HEADER_CHOICE_NEEDED]
    assert not StandardPage.objects.filter(slug="beds").exists()
