"""In a real browser at 390 px: the portal's chart labels are drawn at 11 px
or more.  The desktop charts (880 units wide) scaled down to a phone had
labels of about 4 px; each chart is now laid out again for a phone and shown
at its own size.  On a desktop the wide layout is shown, and labels keep
their size there too."""

from __future__ import annotations

import pytest
from selenium.webdriver.common.by import By

from ortakmasa.monitoring.progress import compute, load_plan
from tests.browser.conftest import SCREENSHOTS, load_demo_portal

pytestmark = [pytest.mark.transactional, pytest.mark.browser]

MIN_LABEL_PX = 11.0

# The rendered size of every visible chart text: its font size times the
# scale from the SVG's units to screen pixels (rotation included).
MEASURE = """
const sizes = [];
for (const svg of document.querySelectorAll('figure svg[role=img]')) {
  const box = svg.getBoundingClientRect();
  if (box.width === 0 || box.height === 0) { continue; }
  for (const text of svg.querySelectorAll('text')) {
    const m = text.getScreenCTM();
    const scale = Math.sqrt(m.a * m.a + m.b * m.b);
    const size = parseFloat(getComputedStyle(text).fontSize) * scale;
    sizes.push([size, text.textContent.slice(0, 40)]);
  }
}
return sizes;
"""


def test_chart_labels_are_readable_on_a_phone(url: str, browser: object) -> None:
    plan = load_demo_portal()
    first_goal = compute(load_plan(plan.pk), 2026).goals[0]
    pages = [
        f"/portal/plans/{plan.pk}/",
        f"/portal/plans/{plan.pk}/goals/{first_goal.goal.pk}/",
        f"/portal/plans/{plan.pk}/consultation/",
    ]
    driver = browser
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for width, name in ((390, "phone"), (1280, "desktop")):
        driver.set_window_size(width, 900)  # type: ignore[attr-defined]
        for i, page in enumerate(pages):
            driver.get(f"{url}{page}")  # type: ignore[attr-defined]
            assert driver.find_elements(By.CSS_SELECTOR, "figure svg[role=img]")  # type: ignore[attr-defined]
            sizes = driver.execute_script(MEASURE)  # type: ignore[attr-defined]
            assert len(sizes) > 5, page
            small = [(round(s, 1), t) for s, t in sizes if s < MIN_LABEL_PX]
            assert not small, (name, page, small[:5])
            overflow = driver.execute_script(  # type: ignore[attr-defined]
                "return document.documentElement.scrollWidth - window.innerWidth"
            )
            assert overflow <= 1, (name, page, overflow)
            driver.save_screenshot(str(SCREENSHOTS / f"portal-chart-labels-{name}-{i}.png"))  # type: ignore[attr-defined]
