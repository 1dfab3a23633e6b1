"""The command line as a person uses it: answers on stdout, errors on stderr with a non-zero exit."""
import json
import os
import subprocess
import tempfile

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


@pytest.fixture(scope="module")
def skillmix():
    binary = os.environ.get("SKILLMIX_BINARY", os.path.join(ROOT, ".build", "debug", "skillmix"))
    workdir = tempfile.mkdtemp(prefix="skillmix-cli-")
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env["DATABASE_URL"] = f"sqlite:{workdir}/cli.sqlite"

    def run(*arguments):
        return subprocess.run([binary, *arguments], cwd=workdir, env=env, capture_output=True, text=True, timeout=120)

    return run


def test_design_prints_a_team_and_json(skillmix):
    text = skillmix("design", "--service", "mental-health-support-team", "--posts", "half")
    assert text.returncode == 0, text.stderr
    assert "Education mental health practitioner" in text.stdout and "Alternatives:" in text.stdout
    answer = skillmix("design", "--service", "perinatal", "--json")
    design = json.loads(answer.stdout)["design"]
    assert design["episodesMet"] == pytest.approx(design["episodesDemanded"])


def test_design_reference_compares_the_default_team_with_the_published_one(skillmix):
    text = skillmix("design", "--service", "mental-health-support-team", "--reference")
    assert text.returncode == 0, text.stderr
    assert "education mental health practitioners" in text.stdout and "within 15%" in text.stdout
    answer = json.loads(skillmix("design", "--service", "mental-health-support-team", "--reference", "--json").stdout)
    assert answer["calibrated"] is True and [line["reference"] for line in answer["lines"]] == [4, 3]
    perinatal = skillmix("design", "--service", "perinatal", "--reference")
    assert perinatal.returncode == 0 and "CR232" in perinatal.stdout


@pytest.mark.parametrize("arguments, words", [
    (["design", "--service", "nope"], "no service model"),
    (["design", "--reference"], "--service"),
    (["design", "--service", "perinatal", "--demand", "cbt=-4"], "must be zero or a positive number"),
    (["design", "--service", "perinatal", "--demand", "cbt"], "NAME=NUMBER"),
    (["project", "--runs", "0"], "runs"),
    (["roles", "introduce", "cbt-therapist", "--posts", "0"], "number of posts"),
    (["roles", "introduce", "cbt-therapist", "--posts", "many"], "number of posts"),
    (["roles", "introduce", "cbt-therapist", "--service", "talking-therapies"], "does not staff"),
    (["roles", "introduce", "ghost"], "no role"),
    (["roles", "next-steps", "ghost"], "no role"),
    (["project", "--geography", "moon"], "regions or boards"),
    (["project", "--board-set", "1999", "--runs", "10"], "no set of boards called 1999"),
    (["design", "--service", "perinatal", "--pay-year", "1999/00"], "2025/26, 2026/27"),
    (["roles", "show", "clinical-psychologist", "--on", "2026-02-30"], "real date"),
    (["catalogue", "check", "--older-than", "0"], "--older-than"),
    (["commission", "--supervision-ratio", "50"], "between 0 and 10"),
    (["commission", "--runs", "10", "--capacity", "clinical-psychologist=0"], "roles.clinical-psychologist.capacity"),
    (["commission", "--runs", "10", "--target", "clinical-psychologist=100"], "below the"),
    (["commission", "--runs", "10", "--ramp-limit", "0.01", "--supervision-ratio", "0.5"], "would reach it"),
    (["commission", "--runs", "10", "--supervision-ratio", "0.05"], "Raise the supervision ratio to at least"),
    (["commission", "--runs", "10", "--capacity", "nurse"], "ROLE=NUMBER"),
])
def test_bad_input_says_what_to_change(skillmix, arguments, words):
    answer = skillmix(*arguments)
    assert answer.returncode != 0
    assert words in answer.stderr, answer.stderr


def test_project_and_commission(skillmix):
    projected = skillmix("project", "--runs", "100", "--years", "5", "--seed", "3", "--json")
    assert projected.returncode == 0, projected.stderr
    report = json.loads(projected.stdout)["projection"]
    assert len(report["years"]) == 5 and len(report["places"]) == 7
    again = json.loads(skillmix("project", "--runs", "100", "--years", "5", "--seed", "3", "--json").stdout)
    assert again["projection"]["total"] == report["total"], "the same seed must give the same answer"
    commissioned = skillmix("commission", "--runs", "50", "--years", "5")
    assert commissioned.returncode == 0, commissioned.stderr
    assert "Training places a year that meet the target at least cost" in commissioned.stdout


@pytest.mark.parametrize("geography", [["--geography", "regions"], ["--geography", "boards"],
                                       ["--geography", "boards", "--board-set", "2022"]])
def test_commissioning_plan_keeps_its_limits_and_sums_its_costs(skillmix, geography):
    """Checked from the exported plan alone: no collapse at the horizon, ramps and capacities kept, every role
    planned, and the cumulative figures summed again here."""
    answer = skillmix("commission", "--runs", "20", "--json", *geography)
    assert answer.returncode == 0, answer.stderr
    report = json.loads(answer.stdout)["projection"]
    plan = report["commissioning"]
    targets = {role["id"]: role["target"] for role in report["roles"]}
    ramp = plan["rampLimit"]
    for role in plan["roles"]:
        places, name = role["places"], role["name"]
        assert role["targetBasis"] in ("national-share", "group-target", "own-target", "keep-intake"), name
        if role["targetBasis"] == "keep-intake":
            assert all(p >= role["defaultPlaces"][0] * 0.999 - 1e-6 for p in places), name
            assert any(name in warning for warning in plan["warnings"]), f"{name} has no target but no warning"
        target = targets[role["id"]]
        if target[-1] > target[-2]:
            assert min(places[-3:]) > 0, f"{name}: places fall to zero at the horizon while its target rises"
        assert all(p <= role["capacity"] * (1 + 1e-6) + 1e-6 for p in places), f"{name} exceeds its capacity"
        for before, after in zip(places, places[1:]):
            assert after <= before * (1 + ramp) + 1e-3, f"{name} grows faster than the ramp"
            assert after >= before * (1 - ramp) - 1e-3, f"{name} shrinks faster than the ramp"
    assert plan["cumulativeCost"] == pytest.approx(sum(plan["cost"]), rel=1e-9)
    assert plan["defaultCumulativeCost"] == pytest.approx(sum(plan["defaultCost"]), rel=1e-9)
    gained = plan["finalWorkforce"] - plan["defaultFinalWorkforce"]
    if gained >= 1:
        assert plan["costPerWTEGained"] == pytest.approx(
            (plan["cumulativeCost"] - plan["defaultCumulativeCost"]) / gained, rel=1e-9)
    assert plan["national"] is False


def test_commissioning_with_one_budget_plans_the_nation_at_once(skillmix):
    answer = skillmix("commission", "--runs", "20", "--years", "6", "--budget", "650000000", "--json")
    assert answer.returncode == 0, answer.stderr
    plan = json.loads(answer.stdout)["projection"]["commissioning"]
    assert plan["national"] is True
    assert all(cost <= 650_000_000 * (1 + 1e-6) for cost in plan["cost"])
    assert any(limit["limit"] == "budget" for limit in plan["bindingLimits"])
    too_small = skillmix("commission", "--runs", "20", "--years", "6", "--budget", "1000")
    assert too_small.returncode != 0
    assert "No plan keeps these limits together" in too_small.stderr and "training budget" in too_small.stderr


def test_solve_reads_mps_as_people_write_it(skillmix, tmp_path):
    # Windows line ends, tabs, OBJSENSE MAX on one line and a section after ENDATA.
    text = "\r\n".join([
        "NAME\ttiny", "OBJSENSE MAX", "ROWS", " N  obj", " L  cap", "COLUMNS",
        "    x\tobj\t3\tcap\t1", "    y\tobj\t2\tcap\t1", "RHS", "    rhs\tcap\t4  ", "BOUNDS", " UP bnd x 3",
        "ENDATA", "IMPORTANCES", "    x 1", "",
    ])
    model = tmp_path / "tiny.mps"
    model.write_bytes(text.encode())
    answer = skillmix("solve", str(model), "--json")
    assert answer.returncode == 0, answer.stderr
    assert json.loads(answer.stdout)["objective"] == pytest.approx(11)
    assert "IMPORTANCES" in answer.stderr and "Warning" in answer.stderr


@pytest.mark.parametrize("arguments, words", [
    (["design", "--service", "perinatal", "--demand", "cbt=9.3e18"], "cbt"),
    (["design", "--service", "perinatal", "--demand", "cbt=NaN"], "ordinary number"),
    (["design", "--service", "perinatal", "--demand", "cbt=" + "9" * 400], "must be a number"),
    (["design", "--service", "perinatal", "--budget", "1e308"], "budget"),
])
def test_extreme_numbers_on_the_command_line(skillmix, arguments, words):
    answer = skillmix(*arguments)
    assert answer.returncode not in (0, -4, -5, -6, 132, 133, 134), "a trap is not an answer"
    assert answer.returncode != 0
    assert words in answer.stderr, answer.stderr


def test_a_huge_time_limit_still_solves(skillmix):
    afiro = os.path.join(ROOT, "Tests", "LinearProgrammingTests", "problems", "afiro.mps")
    answer = skillmix("solve", afiro, "--time-limit", "1e300", "--json")
    assert answer.returncode == 0, answer.stderr
    assert json.loads(answer.stdout)["objective"] == pytest.approx(-464.753142857, rel=1e-9)


def test_the_day_picks_the_pay_year(skillmix):
    before = skillmix("roles", "show", "clinical-psychologist", "--on", "2026-03-31")
    after = skillmix("roles", "show", "clinical-psychologist", "--on", "2026-04-01")
    assert before.returncode == 0 and after.returncode == 0, before.stderr + after.stderr
    assert "2025/26" in before.stdout and "2026/27" not in before.stdout
    assert "2026/27, derived" in after.stdout


def test_catalogue_check_lists_what_an_editor_must_look_at(skillmix):
    answer = skillmix("catalogue", "check", "--json", "--on", "2026-12-04")
    assert answer.returncode == 0, answer.stderr
    report = json.loads(answer.stdout)
    assert report["copies"] == []
    assert report["total"] > 150
    assert 0 <= report["shareLackingDates"] <= 1
    text = skillmix("catalogue", "check")
    assert "Not checked, or last checked more than 12 months ago" in text.stdout


def test_catalogue_export_writes_a_folder_that_loads_and_checks(skillmix, tmp_path):
    folder = tmp_path / "exported"
    answer = skillmix("catalogue", "export", str(folder))
    assert answer.returncode == 0, answer.stderr
    assert "0 published changes" in answer.stdout
    assert (folder / "catalogue.yaml").exists() and (folder / "roles" / "01-clinical-psychologist.yaml").exists()
    check = skillmix("catalogue", "check", "--folder", str(folder))
    assert check.returncode == 0, check.stderr
    unwritable = skillmix("catalogue", "export", "/proc/skillmix-export")
    assert unwritable.returncode != 0 and "cannot be written" in unwritable.stderr


def test_projection_on_the_older_boards(skillmix):
    answer = skillmix("project", "--board-set", "2022", "--runs", "20", "--years", "2", "--json")
    assert answer.returncode == 0, answer.stderr
    assert len(json.loads(answer.stdout)["projection"]["places"]) == 42


def test_users_are_made_on_the_command_line_with_the_password_on_standard_input(skillmix, tmp_path):
    binary = os.environ.get("SKILLMIX_BINARY", os.path.join(ROOT, ".build", "debug", "skillmix"))
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env["DATABASE_URL"] = f"sqlite:{tmp_path}/users.sqlite"
    env["SKILLMIX_BCRYPT_COST"] = "4"

    def run(*arguments, text=None):
        return subprocess.run([binary, *arguments], env=env, input=text, capture_output=True, text=True, timeout=120)

    made = run("users", "create", "--email", "Lead@Example.nhs.uk", "--role", "admin",
               text="a long enough passphrase\n")
    assert made.returncode == 0, made.stderr
    assert "a long enough passphrase" not in made.stdout + made.stderr
    again = run("users", "create", "--email", "lead@example.nhs.uk", "--role", "editor", text="another passphrase!\n")
    assert again.returncode != 0 and "already exists" in again.stderr
    short = run("users", "create", "--email", "b@example.nhs.uk", "--role", "editor", text="short\n")
    assert short.returncode != 0 and "at least 12 characters" in short.stderr
    bad_role = run("users", "create", "--email", "c@example.nhs.uk", "--role", "owner", text="x\n")
    assert bad_role.returncode != 0 and "admin, editor or reviewer" in bad_role.stderr
    listed = run("users", "list")
    assert "lead@example.nhs.uk\tadministrator\tactive" in listed.stdout
    link = run("users", "reset-link", "--email", "lead@example.nhs.uk", "--base-url", "https://skillmix.example/")
    assert link.returncode == 0 and link.stdout.startswith("https://skillmix.example/editor/reset/")
    assert run("users", "disable", "--email", "lead@example.nhs.uk").returncode == 0
    assert "disabled" in run("users", "list").stdout
    assert "No account" in run("users", "disable", "--email", "nobody@example.nhs.uk").stderr


def test_roles_introduce_and_next_steps(skillmix):
    text = skillmix("roles", "introduce", "cbt-therapist", "--posts", "2", "--service", "perinatal")
    assert text.returncode == 0, text.stderr
    assert "Business case: 2 posts" in text.stdout and "Each year once qualified" in text.stdout
    answer = json.loads(skillmix("roles", "introduce", "cbt-therapist", "--posts", "2", "--service", "perinatal",
                                 "--json").stdout)
    case = answer["businessCase"]
    # The recurring cost is the posts times one post's cost, summed here apart from the engine.
    assert case["recurring"]["amount"] == pytest.approx(2 * case["costPerQualifiedPost"])
    assert sum(e["delivered"] for e in case["episodes"]) <= sum(e["demand"] for e in case["episodes"]) + 1e-6
    steps = skillmix("roles", "next-steps", "clinical-psychologist")
    assert steps.returncode == 0, steps.stderr
    assert "jobs.nhs.uk" in steps.stdout and "Do I need a psychology degree?" in steps.stdout
