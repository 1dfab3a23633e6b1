"""What a person sees in a real browser, with JavaScript switched off where it matters."""
import base64

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait


def submit(browser, button_text, url_part):
    """Clicks a submit button and waits for the next page to load: the old page carries a mark the new one lacks."""
    browser.execute_script("window.skillmixOldPage = true")
    browser.find_element(By.XPATH, f"//button[.='{button_text}']").click()
    WebDriverWait(browser, 20).until(
        lambda driver: url_part in driver.current_url
        and driver.execute_script("return window.skillmixOldPage === undefined && document.readyState === 'complete'")
    )


def texts(browser, selector):
    return [element.text for element in browser.find_elements(By.CSS_SELECTOR, selector)]


def test_home_page_shows_groups_and_sourced_figures(server, browser):
    browser.get(server + "/")
    assert browser.find_element(By.TAG_NAME, "h1").text == "Roles and careers in the NHS psychological professions"
    headings = texts(browser, "h3")
    for group in ["Psychologists", "Associate and assistant roles", "Psychological therapists", "Psychological practitioners"]:
        assert group in headings
    body = browser.find_element(By.TAG_NAME, "body").text
    assert "over 60%" in body and "about 27,000 WTE" in body
    assert "Source:" in body


def test_role_page_shows_facts_with_sources(server, browser):
    browser.get(server + "/roles/clinical-psychologist")
    assert browser.find_element(By.TAG_NAME, "h1").text == "Clinical psychologist (CP)"
    labels = texts(browser, "dl.facts dt")
    assert "Training" in labels and "Pay bands" in labels and "Registration and regulation" in labels
    training = browser.find_element(By.XPATH, "//dt[.='Training']/following-sibling::dd").text
    assert "3 years (36 months)" in training and "Salaried" in training and "Source" in training
    assert "Uncertain: progression bands" in browser.find_element(By.TAG_NAME, "main").text
    links = browser.find_elements(By.CSS_SELECTOR, "main a[href^='http']")
    assert len(links) > 5


def test_filtered_index_works_without_javascript(server, browser):
    browser.get(server + "/roles")
    assert "All 19 roles" in browser.find_element(By.ID, "results").text
    Select(browser.find_element(By.ID, "group")).select_by_visible_text("Psychological practitioners")
    browser.find_element(By.ID, "new").click()
    submit(browser, "Apply filters", "group=psychological-practitioners")
    assert browser.find_element(By.ID, "results").text == "3 roles match your filters"
    names = texts(browser, "h4 a")
    assert any("Education mental health practitioner" in name for name in names)
    assert not any("Psychological wellbeing practitioner" in name for name in names)


def test_compare_from_the_index(server, browser):
    browser.get(server + "/roles?q=wellbeing")
    browser.find_element(By.ID, "compare-psychological-wellbeing-practitioner").click()
    browser.find_element(By.ID, "compare-childrens-wellbeing-practitioner").click()
    submit(browser, "Compare the roles you ticked", "/compare?")
    assert browser.find_element(By.TAG_NAME, "h1").text == "Compare roles"
    header = texts(browser, "thead th")
    assert header[1].startswith("Psychological wellbeing practitioner") and header[2].startswith("Children's wellbeing practitioner")
    rows = {row.find_element(By.TAG_NAME, "th").text: row for row in browser.find_elements(By.CSS_SELECTOR, "tbody tr")}
    assert "Band when qualified" in rows and "Training length" in rows


def test_phone_width_has_no_sideways_scroll_and_errors_are_helpful(server, browser):
    browser.set_window_size(375, 800)
    for path in ["/", "/roles", "/roles/education-mental-health-practitioner"]:
        browser.get(server + path)
        overflow = browser.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 1, f"{path} scrolls sideways by {overflow}px on a phone"
    browser.get(server + "/roles/no-such-role")
    assert browser.find_element(By.TAG_NAME, "h1").text == "Role not found"
    assert "browse all roles" in browser.find_element(By.TAG_NAME, "main").text


def test_route_planner_shows_a_timeline_and_a_map(server, browser):
    browser.get(server + "/careers/plan")
    Select(browser.find_element(By.ID, "from")).select_by_visible_text("Psychological wellbeing practitioner (PWP)")
    Select(browser.find_element(By.ID, "to")).select_by_visible_text("High intensity therapist (HIT)")
    submit(browser, "Find routes", "to=high-intensity-therapist")
    assert browser.find_element(By.ID, "best").text == "Your best route: 3 years"
    main = browser.find_element(By.TAG_NAME, "main").text
    assert "First work 24 months as psychological wellbeing practitioner (band 5)" in main
    assert "Running total: 3 years" in main
    svg = browser.find_element(By.CSS_SELECTOR, "svg.career-map")
    assert svg.get_attribute("role") == "img"
    assert "Psychological wellbeing practitioner" in browser.find_element(By.CSS_SELECTOR, "svg.career-map desc").get_attribute("textContent")
    browser.get(server + "/careers/map")
    assert "Dead ends" in browser.find_element(By.TAG_NAME, "main").text
    Select(browser.find_element(By.ID, "map-from")).select_by_value("psychological-wellbeing-practitioner")
    submit(browser, "Show the routes", "from=psychological-wellbeing-practitioner")
    assert "onward from psychological wellbeing practitioner" in browser.find_element(By.TAG_NAME, "h1").text.lower()


def test_design_a_team_without_javascript(server, browser):
    browser.set_window_size(1200, 900)
    browser.get(server + "/design")
    browser.find_element(By.LINK_TEXT, "Mental health support team in schools and colleges").click()
    demand = browser.find_element(By.ID, "field-demand-guided-self-help")
    demand.clear()
    demand.send_keys("not a number")
    submit(browser, "Design the team", "/design/mental-health-support-team")
    summary = browser.find_element(By.CSS_SELECTOR, ".error-summary")
    assert "Demand for guided self-help must be a number" in summary.text
    summary.find_element(By.TAG_NAME, "a").click()
    assert browser.current_url.endswith("#field-demand-guided-self-help")

    demand = browser.find_element(By.ID, "field-demand-guided-self-help")
    demand.clear()
    demand.send_keys("400")
    browser.find_element(By.ID, "field-posts-half").click()
    browser.find_element(By.ID, "field-current-education-mental-health-practitioner").send_keys("4")
    submit(browser, "Design the team", "/designs/")
    assert browser.find_element(By.TAG_NAME, "h1").text == "Team design: Mental health support team in schools and colleges"
    headings = texts(browser, "h2")
    for heading in ["The team", "The work", "Why this team", "Alternatives", "If things change",
                    "Compared with your current team", "The figures behind this design", "Download"]:
        assert heading in headings, heading
    charts = browser.find_elements(By.CSS_SELECTOR, "svg.chart")
    assert len(charts) == 3 and all(chart.get_attribute("role") == "img" for chart in charts)
    saved = browser.current_url
    browser.set_window_size(375, 800)
    browser.get(saved)
    overflow = browser.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 1, f"the design page scrolls sideways by {overflow}px on a phone"


def test_project_the_workforce_without_javascript(server, browser):
    browser.set_window_size(1200, 900)
    browser.get(server + "/projections/new")
    runs = browser.find_element(By.ID, "field-runs")
    runs.clear()
    runs.send_keys("200")
    browser.find_element(By.ID, "field-mode-commission").click()
    submit(browser, "Project the workforce", "/projections/")
    headings = texts(browser, "h2")
    for heading in ["Training places to commission", "The whole workforce", "Each role", "The figures behind this projection"]:
        assert heading in headings, heading
    fan = browser.find_element(By.CSS_SELECTOR, "svg.chart")
    assert fan.get_attribute("role") == "img"
    assert "middle run" in browser.find_element(By.CSS_SELECTOR, "svg.chart desc").get_attribute("textContent")
    saved = browser.current_url
    browser.set_window_size(375, 800)
    for path in [saved, server + "/projections/new", server + "/design/community-mental-health-team"]:
        browser.get(path)
        overflow = browser.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 1, f"{path} scrolls sideways by {overflow}px on a phone"


def test_shortlist_keeps_roles_and_compares_them_without_javascript(server, browser):
    for role in ["counsellor", "cbt-therapist"]:
        browser.get(server + "/roles/" + role)
        submit(browser, "Add to my shortlist", "/shortlist")
    assert browser.find_element(By.TAG_NAME, "h1").text == "My shortlist"
    rows = texts(browser, "tbody tr")
    assert any(row.startswith("Counsellor") for row in rows) and any(row.startswith("Cognitive") for row in rows)
    browser.find_element(By.ID, "shortlist-compare-counsellor").click()
    browser.find_element(By.ID, "shortlist-compare-cbt-therapist").click()
    submit(browser, "Compare", "/compare?")
    assert browser.find_element(By.TAG_NAME, "h1").text == "Compare roles"
    browser.get(server + "/shortlist")
    browser.execute_script("window.skillmixOldPage = true")
    browser.find_element(By.XPATH, "//tr[th//a[starts-with(., 'Counsellor')] or td//a[starts-with(., 'Counsellor')]]//button[.='Remove']").click()
    WebDriverWait(browser, 20).until(
        lambda driver: driver.execute_script("return window.skillmixOldPage === undefined && document.readyState === 'complete'")
    )
    rows = texts(browser, "tbody tr")
    assert not any(row.startswith("Counsellor") for row in rows) and any(row.startswith("Cognitive") for row in rows)


def test_where_can_i_start_questions_without_javascript(server, browser):
    browser.get(server + "/careers")
    browser.find_element(By.LINK_TEXT, "Answer a few questions instead").click()
    for field_id in ["field-degree-psychology", "field-experience-no", "field-qualification-none", "field-fund-no",
                     "field-ages-children"]:
        browser.find_element(By.CSS_SELECTOR, f"label[for='{field_id}']").click()
    Select(browser.find_element(By.ID, "field-current")).select_by_value("")
    submit(browser, "Show where I can start", "degree=psychology")
    assert "Roles open to you, best first" in texts(browser, "h2")
    ranked = texts(browser, "ol.ranked > li > h3")
    assert ranked[:2] == ["Assistant psychologist", "Children's wellbeing practitioner"]
    # A question left unanswered comes back with the error beside it.
    browser.get(server + "/careers/questions?degree=other")
    assert "There is a problem" in browser.find_element(By.CLASS_NAME, "error-summary").text
    assert browser.find_element(By.CSS_SELECTOR, "#field-experience .error-message").is_displayed()


def test_an_introducing_page_prints_on_a4(server, browser):
    browser.get(server + "/roles/mental-health-and-wellbeing-practitioner/introducing?posts=2")
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    # What only works on screen is hidden; the facts, the business case and its sums are not.
    for selector in [".header-nav", "form.filters", ".breadcrumb"]:
        assert all(not element.is_displayed() for element in browser.find_elements(By.CSS_SELECTOR, selector)), selector
    assert browser.find_element(By.TAG_NAME, "h1").is_displayed()
    assert browser.find_element(By.ID, "business-case").is_displayed()
    assert any("First year" in row for row in texts(browser, "tbody tr"))
    # On an A4 page (210 mm wide, 96 dpi, 15 mm margins) nothing runs off the side.
    browser.set_window_size(680, 1000)
    assert browser.execute_script("return document.documentElement.scrollWidth <= document.documentElement.clientWidth")
    pdf = browser.execute_cdp_cmd("Page.printToPDF", {"paperWidth": 8.27, "paperHeight": 11.69, "printBackground": False})
    data = base64.b64decode(pdf["data"])
    assert data.startswith(b"%PDF")
    pages = data.count(b"/Type /Page") - data.count(b"/Type /Pages")
    assert 1 <= pages <= 20, pages  # 13 today: the figures, their sums, every figure used and the sources
