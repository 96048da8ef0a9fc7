"""Source canonicalisation, kinds and anaphora (invented examples)."""

from vigil.extract.sources import SourceIndex, norm
from vigil.models import Source


def idx() -> SourceIndex:
    return SourceIndex.load()


def test_known_names_and_aliases_are_canonical() -> None:
    s = idx()
    for text in ("SOHR", "the Syrian Observatory for Human Rights", "Syrian Observatory"):
        src = s.resolve(text, "sohr", [])
        assert src.name == "Syrian Observatory for Human Rights"
        assert src.kind == "monitor"
    assert s.resolve("OCHA", "ocha", []).kind == "un"


def test_known_name_inside_a_longer_phrase() -> None:
    src = idx().resolve("a spokesman of the Chin National Front (CNF) in the hills", "spokesman", [])
    assert src.name != "a spokesman of the Chin National Front (CNF) in the hills" or src.kind != "other"
    src = idx().resolve("the UK-based Syrian Observatory for Human Rights", "observatory", [])
    assert src.name == "Syrian Observatory for Human Rights"


def test_anaphora_resolve_to_the_latest_compatible_source() -> None:
    ctx = [Source("Syrian Observatory for Human Rights", "SOHR", "monitor"),
           Source("Ministry of Health", "the health ministry", "government")]
    s = idx()
    assert s.resolve("The British-based monitoring group", "group", ["british", "monitoring"],
                     context=ctx).name == "Syrian Observatory for Human Rights"
    assert s.resolve("the monitor", "monitor", [], context=ctx).name == "Syrian Observatory for Human Rights"
    assert s.resolve("the ministry", "ministry", [], context=ctx).name == "Ministry of Health"


def test_unqualified_government_body_takes_the_article_country() -> None:
    src = idx().resolve("the health ministry", "ministry", ["health"], demonym="Lebanese")
    assert src.name == "Lebanese Ministry of Public Health"
    src = idx().resolve("the interior ministry", "ministry", ["interior"], demonym="Ruritanian")
    assert src.name == "Ruritanian interior ministry"
    assert src.kind == "government"


def test_unknown_sources_keep_their_words_and_get_a_kind() -> None:
    s = idx()
    assert s.resolve("local residents", "resident", ["local"]) == Source("local residents", "local residents", "witness")
    assert s.resolve("security sources", "source", ["security"]).kind == "military"
    assert s.resolve("a hospital source", "source", ["hospital"]).kind == "medical"
    assert s.resolve("local media", "media", ["local"]).kind == "media"
    assert s.resolve("Iraqi security officials", "official", ["iraqi", "security"]).kind == "government"
    assert s.resolve("Hana Obeid", "person", [], person=True).name == "Hana Obeid"


def test_mentions_find_acronyms_case_sensitively() -> None:
    s = idx()
    found = [m.source.name for m in s.mentions("Figures from OCHA and the who knows")]
    assert found == ["UN Office for the Coordination of Humanitarian Affairs"]


def test_norm() -> None:
    assert norm("The Médecins Sans Frontières") == "medecins sans frontieres"
