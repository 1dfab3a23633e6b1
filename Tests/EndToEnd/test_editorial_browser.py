"""Two instances on one database, two browser sessions: an editor changes a fact on the first instance, a
reviewer approves it in a second session, and the second instance's public page shows it within its refresh
interval. No JavaScript is needed at any step."""
import time

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from conftest import Instances, make_browser

PASSWORD = Instances.PASSWORD
FACT = "figures.yaml%23figures%5Bworkforce-2023%5D"


@pytest.fixture()
def two_instances():
    instances = Instances(
        "skillmix-editorial-", [("editor@example.nhs.uk", "editor"), ("reviewer@example.nhs.uk", "reviewer")],
        env={"SKILLMIX_CATALOGUE_REFRESH_SECONDS": "2"},
    )
    yield [instances.start(), instances.start()]
    instances.stop()


@pytest.fixture()
def second_browser():
    """A second browser: its own cookies, so its own session."""
    driver = make_browser()
    yield driver
    driver.quit()


def submit(browser, button_text):
    """Clicks a submit button and waits until the next page (which may have the same address) has loaded: the
    old page carries a mark that the new one lacks."""
    browser.execute_script("window.skillmixOldPage = true")
    browser.find_element(By.XPATH, f"//button[.='{button_text}']").click()
    WebDriverWait(browser, 20).until(
        lambda driver: driver.execute_script("return window.skillmixOldPage === undefined && document.readyState === 'complete'")
    )


def sign_in(browser, base, email):
    browser.get(base + "/editor/sign-in")
    browser.find_element(By.ID, "field-email").send_keys(email)
    browser.find_element(By.ID, "field-password").send_keys(PASSWORD)
    submit(browser, "Sign in")
    heading = browser.find_element(By.TAG_NAME, "h1").text
    assert heading == "What needs attention", f"signing in at {base} as {email} showed {heading!r}"


def test_a_change_is_drafted_approved_and_served_by_another_instance(two_instances, browser, second_browser):
    first, second = two_instances
    browser.get(second + "/")
    assert "about 27,800 FTE" in browser.find_element(By.TAG_NAME, "body").text

    # The editor drafts the change on the first instance.
    sign_in(browser, first, "editor@example.nhs.uk")
    browser.get(first + "/editor/edit?fact=" + FACT)
    value = browser.find_element(By.ID, "field-value")
    text = value.get_attribute("value")
    assert "about 27,800 FTE" in text
    value.clear()
    value.send_keys(text.replace("about 27,800 FTE", "about 27,900 FTE"))
    browser.find_element(By.ID, "field-reason").send_keys("The March 2023 figure was revised")
    submit(browser, "Save the draft for review")
    assert "/editor/drafts/" in browser.current_url
    assert "waiting for review" in browser.find_element(By.TAG_NAME, "main").text
    assert not browser.find_elements(By.XPATH, "//button[.='Approve and publish']")

    # A reviewer, in a second session, approves it.
    sign_in(second_browser, second, "reviewer@example.nhs.uk")
    second_browser.get(second + "/editor/drafts")
    second_browser.find_element(By.PARTIAL_LINK_TEXT, "workforce-2023").click()
    submit(second_browser, "Approve and publish")
    assert "published" in second_browser.find_element(By.TAG_NAME, "main").text

    # Both instances serve it: the second at once, the first within its refresh interval.
    for base in [second, first]:
        deadline = time.monotonic() + 15
        while True:
            browser.get(base + "/")
            body = browser.find_element(By.TAG_NAME, "body").text
            if "about 27,900 FTE" in body:
                break
            assert time.monotonic() < deadline, f"{base} still serves the old figure"
            time.sleep(0.5)
