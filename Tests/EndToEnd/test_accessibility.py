"""axe-core (axe-selenium-python) on every kind of page, public and editors', in headless Chromium: no violation."""

import pytest
from axe_selenium_python import Axe
from selenium.webdriver.common.by import By

from conftest import Instances
from test_editorial_browser import FACT, sign_in, submit

PUBLIC = [
    "/", "/roles", "/roles?group=psychological-practitioners&new=yes", "/roles/clinical-psychologist",
    "/roles/mental-health-and-wellbeing-practitioner", "/roles/mental-health-and-wellbeing-practitioner/introducing",
    "/roles/forensic-psychologist/introducing", "/compare", "/compare?roles=counsellor&roles=cbt-therapist",
    "/sources", "/careers", "/careers/map", "/careers/map?from=counsellor", "/careers/plan?from=psychology-graduate&to=clinical-psychologist",
    "/design", "/design/perinatal", "/design/mental-health-support-team", "/projections/new",
    "/roles/counsellor/report", "/editor/sign-in", "/no-such-page", "/shortlist",
    "/roles/cbt-therapist/introducing?posts=2&service=perinatal", "/roles/cbt-therapist/introducing?posts=0",
    "/careers/questions", "/careers/questions?degree=psychology&experience=no&fund=no&ages=children",
    "/careers/questions?degree=maths",
]


@pytest.fixture()
def accessible_server():
    instances = Instances("skillmix-axe-", [("admin@example.nhs.uk", "admin")])
    yield instances.start()
    instances.stop()


def violations(browser):
    axe = Axe(browser)
    axe.inject()
    found = axe.run()["violations"]
    return [(v["id"], v["impact"], [node["target"] for node in v["nodes"][:3]]) for v in found]


def test_every_kind_of_page_has_no_axe_violation(accessible_server, browser):
    base = accessible_server
    problems = {}
    for path in PUBLIC:
        browser.get(base + path)
        if found := violations(browser):
            problems[path] = found
    # A designed team: the result page.
    browser.get(base + "/design/perinatal")
    submit(browser, "Design the team")
    if found := violations(browser):
        problems["design result"] = found
    # A shortlist with two roles, and its compare form.
    for role in ["counsellor", "cbt-therapist"]:
        browser.get(base + "/roles/" + role)
        submit(browser, "Add to my shortlist")
    if found := violations(browser):
        problems["shortlist"] = found
    # The editors' pages, signed in as an administrator, with a draft to review and preview.
    sign_in(browser, base, "admin@example.nhs.uk")
    browser.get(base + "/editor/edit?fact=" + FACT)
    value = browser.find_element(By.ID, "field-value")
    text = value.get_attribute("value")
    value.clear()
    value.send_keys(text.replace("about 27,800 FTE", "about 27,900 FTE"))
    browser.find_element(By.ID, "field-reason").send_keys("Checking the pages")
    submit(browser, "Save the draft for review")
    draft = browser.current_url
    for url in [
        base + "/editor", base + "/editor?months=6&sort=problem", base + "/editor/facts",
        base + "/editor/facts?file=figures.yaml", base + "/editor/facts?file=sources.yaml",
        base + "/editor/fact?fact=" + FACT, base + "/editor/edit?fact=" + FACT, base + "/editor/drafts", draft,
        draft + "/preview", base + "/editor/conflicts", base + "/editor/reports", base + "/editor/password",
        base + "/editor/accounts",
    ]:
        browser.get(url)
        if found := violations(browser):
            problems[url.replace(base, "")] = found
    assert problems == {}
