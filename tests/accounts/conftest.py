import pytest
from django.contrib.auth import get_user_model

PASSWORD = "correct horse battery staple"


@pytest.fixture
def make_user(db):
    def make(username, *, superuser=False, **fields):
        return get_user_model().objects.create_user(
            username=username,
            email=f"{username}@example.org",
            first_name=username.title(),
            last_name="Example",
            password=PASSWORD,
            is_superuser=superuser,
            is_staff=superuser,
            **fields,
        )

    return make


@pytest.fixture
def editor(make_user):
    """Someone who may use the admin, without being a superuser."""
    from django.contrib.auth.models import Permission

    user = make_user("editor")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user


@pytest.fixture
def superuser(make_user):
    return make_user("admin", superuser=True)
