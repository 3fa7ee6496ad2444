"""State bodies: a named ministry, force or legislature of a country belongs to it, with the real gazetteer."""
from __future__ import annotations

from contexts import lexicons
from kg.extract.bodies import state_body


def owner(label: str) -> tuple[str, str] | None:
    """The country label and sector `state_body` gives, or None."""
    found = state_body(label, lexicons()[0])
    return (found[0].label, found[1]) if found else None


def test_a_body_named_by_its_countrys_demonym_or_name_is_that_countrys():
    assert owner("Chinese Coast Guard") == ("China", "MIL")
    assert owner("Taiwan's Defense Ministry") == ("Taiwan", "GOV")
    assert owner("South Korean Army") == ("South Korea", "MIL")


def test_a_company_or_party_named_after_a_country_is_no_state_body():
    assert owner("British Airways") is None
    assert owner("Chinese Communist Party") is None
    assert owner("Eastern Theater Command") is None   # no country named
    assert owner("Ministry") is None
