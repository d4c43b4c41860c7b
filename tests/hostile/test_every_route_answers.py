"""The site as built for these tests answers every route: the baseline the hostile tests vary."""

from .conftest import ROUTES


def test_every_route_answers_200_with_content(client, site_with_content):
    statuses = {route.name: client.get(route.url).status_code for route in ROUTES}

    assert statuses == {route.name: 200 for route in ROUTES}
