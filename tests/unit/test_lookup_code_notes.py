"""Lookup on programming notes that name things in code spans as they explain them:
- a later sentence of a paragraph opening with a name in code, an article before it, that
  says what it is ("The `<Outlet />` is like a placeholder ..."): a term;
- a paragraph opening so ("A `<NavLink>` is a special kind of `<Link>` ...", "The
  **hippocampus** is ..."): a term;
- a thing named in code after "a special function called" in a section's first paragraph:
  a term beside the section;
- an option's values in code ("- `true` (default): ...", "- `false`: ..."): no cards, so a
  question about the option's owner is not answered by a value.
One table row per failure class, the count per class printed."""

from __future__ import annotations

from tests.unit.failure_tables import Case, cards_of, table_tests

NOTES = {
    "react/client_side_routing.md": (
        "# Client-side Routing\n\nRouting connects requests to some code.\n\n## Nested routes\n\n"
        "You can also *nest* routes inside other routes to display both parent and child. To do"
        " this, you need to render an `<Outlet />` in the parent component. The `<Outlet />` is"
        " like a placeholder or marker for where the child components will be rendered. For"
        " example:\n\n```javascript\nimport { Outlet } from 'react-router-dom';\n```\n\n"
        "## Links\n\nLinks are relative to the route they are rendered in.\n\nA `<NavLink>` is a"
        " special kind of `<Link>` that knows whether or not it's active. By default, an"
        " `active` class is added to it.\n"
    ),
    "react/nextjs_dynamic_routes.md": (
        "# Dynamic routes\n\n## Creating dynamic routes\n\nCreate dynamic routes with a"
        " directory named like `app/post/[postid]/page.js`.\n\n## Pre-render static routes\n\n"
        "To pre-render static pages (like `getStaticPaths` with `fallback: false`), you would"
        " create and export a special function called `generateStaticParams`.\n\n> The"
        " `generateStaticParams` function can be used with dynamic route segments to generate"
        " routes at build time.\n\nYou then control what happens when a segment was not"
        " generated with the `dynamicParams` option:\n\n- `true` (default): Dynamic segments"
        " not included in `generateStaticParams` are generated on demand.\n- `false`: Dynamic"
        " segments not included in `generateStaticParams` will return a `404`.\n"
    ),
    "neuro/memory.md": (
        "# Memory\n\nMemory keeps what we learn.\n\n## Structures\n\nThe **hippocampus** is a"
        " curved structure of the temporal lobe that binds new memories.\n"
    ),
}

CASES: list[Case] = [
    ("a later sentence opening with a code name and 'is like'",
     "what's <Outlet /> in react router", "<Outlet />"),
    ("a later sentence opening with a code name and 'is like'", "outlet", "<Outlet />"),
    ("a paragraph opening with an article and a code name", "what is NavLink?", "<NavLink>"),
    ("a paragraph opening with an article and a bold name", "hippocampus", "hippocampus"),
    ("a code name after 'a special function called'", "generateStaticParams",
     "generateStaticParams"),
    ("an option's values in code",
     "what happens to segments not generated with generateStaticParams?",
     "Pre-render static routes"),
]  # fmt: skip


test_lookup_on_code_notes, test_every_class_prints_its_count = table_tests(
    NOTES, CASES, "lookup failure classes (code notes)"
)


def test_an_option_value_in_code_is_no_card() -> None:
    titles = list(cards_of(NOTES, "react/nextjs_dynamic_routes.md"))
    assert "true" not in titles
    assert "false" not in titles
    assert "generateStaticParams" in titles


def test_a_name_after_an_article_keeps_the_article_in_its_definition() -> None:
    card = cards_of(NOTES, "neuro/memory.md")["hippocampus"]
    assert card.definition.startswith("The hippocampus is a curved structure")
