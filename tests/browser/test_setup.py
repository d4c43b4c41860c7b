import pytest

from .chromium import require_chromium


def test_missing_chromium_fails_the_run_and_says_how_to_install_it(tmp_path):
    with pytest.raises(pytest.fail.Exception, match=r"sudo apt-get install -y chromium"):
        require_chromium(tmp_path / "chromium")
