"""The browser tests wait for the page a click leads to (tests/e2e/navigation.py)."""

import pathlib
import re

HERE = pathlib.Path(__file__).parent
# wait_for_load_state() after a click returns at once: the page being left has loaded.
RACY = re.compile(r"\.wait_for_load_state\(\)")


def test_no_browser_test_waits_on_the_page_it_is_leaving():
    offenders = [f"{path.name}:{number}"
                 for path in sorted(HERE.glob("*.py")) if path.name != "test_navigation.py"
                 for number, line in enumerate(path.read_text().splitlines(), 1)
                 if RACY.search(line)]
    assert offenders == [], "use tests.e2e.navigation.follow(): " + ", ".join(offenders)
