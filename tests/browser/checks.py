"""What every page must pass in the browser, for the tests that run it on their own pages:
WCAG 2.2 AA by axe-core, one h1 and no skipped heading level, no sideways scroll."""

from axe_playwright_python.sync_playwright import Axe

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
AXE_OPTIONS = {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]}

HEADINGS_JS = """() => Array.from(document.querySelectorAll('h1, h2, h3, h4, h5, h6'))
    .map(h => [Number(h.tagName[1]), h.textContent.trim().replace(/\\s+/g, ' ')])"""

OVERFLOW_JS = """() => {
    const root = document.documentElement;
    const tooWide = el => el.getBoundingClientRect().right > root.clientWidth + 1;
    const wider = Array.from(document.body.querySelectorAll('*'))
        .filter(el => tooWide(el) && !tooWide(el.parentElement))
        .slice(0, 5)
        .map(el => el.outerHTML.slice(0, 160));
    return {scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, wider};
}"""


def wcag_violations(page) -> list[dict]:
    return Axe().run(page, options=AXE_OPTIONS).response["violations"]


def describe_violations(violations: list[dict], name: str, path: str) -> str:
    lines = [f"{len(violations)} WCAG rule(s) broken on the {name} page ({path}):"]
    for violation in violations:
        rule, impact, summary = violation["id"], violation["impact"], violation["help"]
        lines.append(f"- {rule} ({impact}): {summary} <{violation['helpUrl']}>")
        for node in violation["nodes"]:
            lines.append(f"    element {' '.join(map(str, node['target']))}")
            lines.append(f"      {node['html']}")
            for summary_line in node.get("failureSummary", "").splitlines():
                lines.append(f"      {summary_line}")
    return "\n".join(lines)


def heading_outline(page) -> list[tuple[int, str]]:
    return [tuple(heading) for heading in page.evaluate(HEADINGS_JS)]


def heading_problem(outline: list[tuple[int, str]]) -> str:
    """Why the outline is not one h1 with no level skipped, or "" when it is."""
    shown = "\n".join(f"{'  ' * (level - 1)}h{level} {text}" for level, text in outline)
    if [level for level, _ in outline].count(1) != 1:
        return f"needs exactly one h1:\n{shown}"
    previous = 1
    for level, text in outline:
        if level > previous + 1:
            return f"'{text}' (h{level}) skips a level:\n{shown}"
        previous = level
    return ""


def sideways_overflow(page) -> str:
    """What makes the page wider than its window, or "" when nothing does."""
    layout = page.evaluate(OVERFLOW_JS)
    width, window = layout["scrollWidth"], layout["clientWidth"]
    if width <= window:
        return ""
    return f"{width} px wide in a {window} px window:\n" + "\n".join(layout["wider"])
