"""The gemeente rule of rules.md: wrong anywhere is wrong; else present on the main page or a page linked
from it; else absent. Plus the voorschot placement, unmeasured gemeenten and shared executing organisations."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from toegang.audit.scoring import score
from toegang.measure import choose_main, gemeente_result, gemeente_results, placement, rule_result
from toegang.measure.model import GemeenteInfo

INFO = GemeenteInfo("GM0001", "Voorbeeldstad", "Utrecht")


def test_wrong_on_any_page_is_wrong_even_when_main_page_is_right(kit: SimpleNamespace) -> None:
    main = kit.page("a", {"voorschot.vermeld": "present"}, links_to=["b"])
    archive = kit.page("b", {"voorschot.vermeld": "wrong"}, relevance=0.6, depth=None)
    rule = kit.rules[1]
    result = rule_result(rule, [main, archive], main)
    assert result.status == "wrong"
    assert result.page == "b" and result.url.endswith("/b")
    assert result.evidence[0].quote == "citaat voorschot.vermeld"
    assert result.wrong_pages == ("b",)


def test_wrong_pages_are_all_listed_main_page_first(kit: SimpleNamespace) -> None:
    main = kit.page("a", {"beslistermijn": "wrong"}, links_to=["b"])
    other = kit.page("b", {"beslistermijn": "wrong"}, relevance=0.7)
    result = rule_result(kit.rules[2], [other, main], main)
    assert result.page == "a"
    assert result.wrong_pages == ("a", "b")


def test_present_on_main_page_is_present(kit: SimpleNamespace) -> None:
    main = kit.page("a", {"melding.direct": "present"})
    result = rule_result(kit.rules[0], [main], main)
    assert result.status == "present" and result.page == "a"
    assert result.elsewhere is None


def test_present_on_a_page_linked_from_the_main_page_is_present(kit: SimpleNamespace) -> None:
    main = kit.page("a", {}, links_to=["b"])
    linked = kit.page("b", {"voorschot.vermeld": "present"}, relevance=0.6, depth=2)
    result = rule_result(kit.rules[1], [main, linked], main)
    assert result.status == "present"
    assert result.page == "b"


def test_present_only_on_an_unlinked_page_is_absent_and_says_where(kit: SimpleNamespace) -> None:
    main = kit.page("a", {})
    lost = kit.page("c", {"voorschot.vermeld": "present"}, relevance=0.6, depth=None)
    result = rule_result(kit.rules[1], [main, lost], main)
    assert result.status == "absent"
    assert result.elsewhere == "c"
    assert result.page == "a"  # the message is the main page's: it says what is missing there
    assert result.evidence == ()


def test_links_are_followed_from_the_main_page_only(kit: SimpleNamespace) -> None:
    main = kit.page("a", {}, links_to=["b"])
    middle = kit.page("b", {}, relevance=0.6, links_to=["c"])
    deep = kit.page("c", {"beslistermijn": "present"}, relevance=0.5)
    assert rule_result(kit.rules[2], [main, middle, deep], main).status == "absent"


def test_not_applicable_only_when_no_page_applies(kit: SimpleNamespace) -> None:
    main = kit.page("a", {"jongeren.zoekperiode": "not_applicable"}, links_to=["b"])
    youth = kit.page("b", {"jongeren.zoekperiode": "present"}, relevance=0.6)
    assert rule_result(kit.rules[3], [main], main).status == "not_applicable"
    assert rule_result(kit.rules[3], [main, youth], main).status == "present"
    general = kit.page("c", {}, relevance=0.6)
    assert rule_result(kit.rules[3], [main, general], main).status == "absent"


def test_main_page_is_the_most_relevant_then_the_shallowest(kit: SimpleNamespace) -> None:
    deep = kit.page("a", relevance=0.9, depth=3)
    shallow = kit.page("b", relevance=0.9, depth=1)
    weak = kit.page("c", relevance=0.6, depth=0)
    chosen = choose_main([deep, weak, shallow])
    assert chosen is not None and chosen.id == "b"
    assert choose_main([]) is None


def test_gemeente_score_is_the_page_score_formula_over_gemeente_results(kit: SimpleNamespace) -> None:
    main = kit.page("a", {"melding.direct": "present", "voorschot.vermeld": "present"}, links_to=["b"])
    other = kit.page("b", {"beslistermijn": "wrong"}, relevance=0.5)
    result = gemeente_result(INFO, [main, other], kit.rules, [kit.site("GM0001", ["GM0001"])])
    assert [r.status for r in result.rules] == ["present", "present", "wrong", "absent"]
    assert result.score == score([r.as_finding() for r in result.rules])
    # critical 4+4 earned, serious wrong -1.5, moderate 0: 6.5 of 13
    assert result.score == 50.0
    assert result.verdict == "afgekeurd"
    assert result.measured and result.main_page == "a"
    assert result.pages == ("a", "b")


def test_no_bijstand_page_means_everything_absent_not_unmeasured(kit: SimpleNamespace) -> None:
    result = gemeente_result(INFO, [], kit.rules, [kit.site("GM0001", ["GM0001"])])
    assert result.measured
    assert result.reason == "no_page"
    assert {r.status for r in result.rules} == {"absent"}
    assert result.score == 0.0
    assert result.placement == "missing"


@pytest.mark.parametrize("reason", ["robots_forbidden", "unreachable", "robots_unavailable"])
def test_a_site_we_could_not_read_gives_no_score(kit: SimpleNamespace, reason: str) -> None:
    blocked = kit.site("GM0001", ["GM0001"], reason=reason)
    result = gemeente_result(INFO, [kit.page("a", {"melding.direct": "present"})], kit.rules, [blocked])
    assert not result.measured
    assert result.reason == reason
    assert result.score is None and result.rules == ()
    assert result.placement == "unknown"


def test_gemeente_without_sites_is_not_measured(kit: SimpleNamespace) -> None:
    result = gemeente_result(INFO, [], kit.rules, [])
    assert not result.measured and result.reason == "no_sites"


def test_executing_organisation_is_measured_once_and_credited_to_each_member(kit: SimpleNamespace) -> None:
    members = [
        GemeenteInfo("GM0001", "Een", executing_org="ISD"),
        GemeenteInfo("GM0002", "Twee", executing_org="ISD"),
    ]
    org_page = kit.page(
        "org:isd/1",
        {"melding.direct": "present", "voorschot.vermeld": "present"},
        site="org:isd",
        gemeenten=["GM0001", "GM0002"],
        kind="uitvoerder",
    )
    own_page = kit.page(
        "GM0002/4", {"beslistermijn": "wrong"}, site="GM0002", gemeenten=["GM0002"], relevance=0.5
    )
    sites = [
        kit.site("GM0001", ["GM0001"]),
        kit.site("GM0002", ["GM0002"]),
        kit.site("org:isd", ["GM0001", "GM0002"], kind="uitvoerder"),
    ]
    one, two = sorted(gemeente_results(members, [org_page, own_page], kit.rules, sites), key=lambda r: r.code)
    assert one.main_page == two.main_page == "org:isd/1"
    assert one.shared_with == ("GM0002",) and two.shared_with == ("GM0001",)
    assert one.executing_org == "ISD"
    assert one.rule("melding.direct").status == "present"  # type: ignore[union-attr]
    assert one.rule("beslistermijn").status == "absent"  # type: ignore[union-attr]
    assert two.rule("beslistermijn").status == "wrong"  # type: ignore[union-attr]
    assert one.sites == ("GM0001", "org:isd")


def test_blocked_own_site_still_measured_through_the_executing_organisation(kit: SimpleNamespace) -> None:
    info = GemeenteInfo("GM0001", "Een", executing_org="ISD")
    org_page = kit.page("org:isd/1", {"melding.direct": "present"}, site="org:isd", kind="uitvoerder")
    stray = kit.page("GM0001/9", {"melding.direct": "wrong"}, site="GM0001")
    sites = [kit.site("GM0001", ["GM0001"], reason="robots_forbidden"), kit.site("org:isd", ["GM0001"])]
    result = gemeente_result(info, [org_page, stray], kit.rules, sites)
    assert result.measured
    assert result.rule("melding.direct").status == "present"  # type: ignore[union-attr]
    assert result.pages == ("org:isd/1",)


def _placed(kit: SimpleNamespace, voorschot_at: int, term_at: int) -> list[object]:
    return [
        kit.finding("melding.direct", "absent"),
        kit.finding("voorschot.vermeld", "present", "U krijgt een voorschot.", voorschot_at),
        kit.finding("beslistermijn", "present", "Wij beslissen binnen acht weken.", term_at),
        kit.finding("jongeren.zoekperiode", "absent"),
    ]


def test_voorschot_next_to_the_decision_period_on_the_main_page(kit: SimpleNamespace) -> None:
    near = kit.page("a", findings=_placed(kit, 100, 140))
    assert placement([near], near) == "next_to_term"
    far = kit.page("a", findings=_placed(kit, 100, 5000))
    assert placement([far], far) == "on_main_page"


def test_voorschot_only_on_another_page_or_nowhere(kit: SimpleNamespace) -> None:
    main = kit.page("a", {})
    other = kit.page("b", {"voorschot.vermeld": "present"}, relevance=0.4)
    assert placement([main, other], main) == "elsewhere"
    assert placement([main], main) == "missing"
    assert placement([], None) == "missing"
