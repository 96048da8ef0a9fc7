"""Small helpers over spaCy dependency trees, shared by the sentence-level rules."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from vigil.extract.lexicon import OUTCOME_VERBS


def path_len(a: Token, b: Token) -> int:
    if a.i == b.i:
        return 0
    up_a = [a, *a.ancestors]
    idx = {t.i: n for n, t in enumerate(up_a)}
    for n, t in enumerate([b, *b.ancestors]):
        if t.i in idx:
            return idx[t.i] + n
    return 99


def between(a: Token, b: Token) -> list[Token]:
    """Tokens on the tree path from a to b (exclusive of both)."""
    up_a = [a, *a.ancestors]
    idx = {t.i: n for n, t in enumerate(up_a)}
    path_b: list[Token] = []
    for t in [b, *b.ancestors]:
        if t.i in idx:
            return up_a[1:idx[t.i] + 1] + path_b[1:][::-1] if t.i not in (a.i, b.i) else (
                up_a[1:idx[t.i]] + path_b[1:][::-1])
        path_b.append(t)
    return []


def np_text(tok: Token, doc: Doc, drop: set[int] | None = None, stop_deps: frozenset[str] = frozenset(
        {"relcl", "acl", "punct", "cc", "conj", "appos", "advcl", "prep"})) -> Span:
    keep = [tok]
    stack = [c for c in tok.children if c.dep_ not in stop_deps]
    while stack:
        c = stack.pop()
        keep.append(c)
        stack.extend(x for x in c.children if x.dep_ not in {"relcl", "acl", "punct", "advcl"})
    idxs = sorted(t.i for t in keep if not drop or t.i not in drop)
    if not idxs:
        return doc[tok.i:tok.i + 1]
    return doc[idxs[0]:idxs[-1] + 1]


def char_span(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand")


_TEXT_KEY = "vigil.text"


def doc_text(doc: Doc) -> str:
    """The text of a parsed sentence. ``Doc.text`` joins every token anew at each access, and the rules read
    it many times per sentence, so it is kept in the doc's ``user_data`` after the first."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return str(text)


def token_at(doc: Doc, char: int) -> Token | None:
    """The token that starts at character ``char`` of the sentence, if one does (without making a Token of every
    word before it)."""
    span = doc.char_span(char, char + 1, alignment_mode="expand") if 0 <= char < len(doc_text(doc)) else None
    return span[0] if span is not None and len(span) and span[0].idx == char else None


def tokens_with_pos(doc: Doc, *pos: int) -> Iterator[Token]:
    """The tokens of the given parts of speech (``spacy.symbols`` ids), found from the POS array rather than by
    making a Token of every word."""
    tags = doc.to_array("POS")
    hit = tags == pos[0]
    for p in pos[1:]:
        hit |= tags == p
    return (doc[int(i)] for i in hit.nonzero()[0])


def coordinated(a: Token, b: Token) -> bool:
    """Two outcome words in conjoined clauses: a path of "conj" links (and the "acl" of a conjoined
    noun: "killed and 300 others injured"), at most three steps."""
    above_a = {t.i for t in [a, *a.ancestors]}
    top = next((t for t in [b, *b.ancestors] if t.i in above_a), None)
    if top is None:
        return False
    links = [t for t in [a, *a.ancestors] if t.i != top.i and top.i in {x.i for x in t.ancestors}]
    links += [t for t in [b, *b.ancestors] if t.i != top.i and top.i in {x.i for x in t.ancestors}]
    return 0 < len(links) <= 3 and all(t.dep_ in ("conj", "acl") for t in links) and any(
        t.dep_ == "conj" for t in links)


def _not_a_toll(head: Token) -> bool:
    """"None of the 30 passengers were hurt": the group no one of whom was harmed; "he was 45 when ...": a
    person's age, the number the copula gives one person."""
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lower_ in ("none", "neither"):
        return True
    return (head.like_num and head.dep_ in ("attr", "acomp") and head.head.lemma_ == "be" and any(
        c.dep_ == "nsubj" and (c.lower_ in ("he", "she") or c.ent_type_ == "PERSON") for c in head.head.children))


def hypothetical(head: Token) -> bool:
    if _not_a_toll(head):
        return True
    for anc in head.ancestors:
        if anc.pos_ in ("VERB", "AUX"):
            if anc.dep_ == "xcomp" and anc.head.lemma_.lower() in ("threaten", "vow", "plan", "pledge", "promise"):
                return True     # "the rebels threatened to kill 10 hostages": a threat, not a toll
            if anc.lemma_.lower() == "fear" and (any(c.dep_ == "auxpass" for c in anc.children) or (
                    head.dep_ == "nsubj" and head.head.i == anc.i and anc.tag_ in ("VBD", "VBN") and any(
                        c.dep_ in ("oprd", "acomp") and c.lower_ in ("dead", "killed", "missing", "drowned")
                        for c in anc.children))):
                return False    # "20 people are feared dead", a headline's "12 feared dead": the toll stated
            if anc.lemma_.lower() in ("threaten", "vow", "plan", "fear", "risk"):
                return True
            auxes = [c.lower_ for c in anc.children if c.dep_ == "aux"]
            if any(a in ("could", "might") for a in auxes) and "have" not in auxes and anc.lemma_.lower() in OUTCOME_VERBS:
                return True     # "20 people could be killed if ...": a risk, not a toll ("may have died" is one)
            return any(a in ("will", "would", "shall", "'ll") for a in auxes)
    return False


def as_complement(head: Token) -> Token | None:
    """The noun an "as" phrase gives the figure: "confirmed as civilians", "154 as military personnel" (not
    the "as" of a harm verb: "604 injured as a result of gang violence" says why, not who)."""
    holders = [head] + ([head.head] if head.dep_ in ("nsubj", "nsubjpass") and (
        head.head.lemma_.lower() not in OUTCOME_VERBS) else [])
    return next((x for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "as"
                 for x in c.children if x.dep_ == "pobj" and x.pos_ in ("NOUN", "PROPN")), None)
