"""Text analysis for the database engine: words to the terms that are indexed and searched.

The same functions run when an item is indexed and when a query is read, so that an
inflected word people type meets the word the content uses:

- Finnish with Voikko (Debian's libvoikko1 and voikko-fi, through the libvoikko binding): each
  word becomes its lemmas ("laitoshoidossa" → "laitoshoito": consonant gradation undone) and,
  for a compound, its parts ("laitos", "hoito"). Voikko is slow per word (tens of µs), and
  texts repeat words, so analyses are cached.
- Finnish without Voikko (binding, native library or dictionary missing; logged once),
  Swedish always, and English: the Snowball stemmer of the language (PyStemmer). Swedish
  stems are further evened out where Snowball leaves inflection behind (sedel/sedlar,
  hem/hemmen). Compounds are split against the vocabulary of the index itself (the stems of
  every indexed word, SearchWord): "hemvårdstjänster" = "hemvård" + (linking -s-) "tjänster"
  because both occur in indexed texts. Swedish has no Voikko; a dictionary made of what the
  county actually publishes knows the county's compounds, and grows with it.

An indexed text becomes its terms joined by spaces (each word's lemmas or stem and its
compound parts). A query becomes, per word, alternatives: any lemma of the word, or all the
parts of one of its splits; every word of the query must match.
"""

import functools
import logging
import re
import threading
from dataclasses import dataclass

import Stemmer

try:
    import libvoikko
except ImportError:  # the binding is optional: Snowball stems Finnish without it
    libvoikko = None

logger = logging.getLogger("search")

WORD = re.compile(r"\w+", re.UNICODE)
NOT_WORD = re.compile(r"\W+", re.UNICODE)
# Voikko's segmentation of a lemma: "+laitos(laitos)+hoito(hoito)", "+hanki(hankkia)+n+ta(+ta)"
SEGMENT = re.compile(r"\+([^+(]*)(?:\(([^)]*)\))?")

SNOWBALL = {"fi": "finnish", "sv": "swedish", "en": "english"}
# Languages whose compounds are split against the index's vocabulary (Finnish too when
# Voikko is missing), with the linking letters a first part may end with.
LINKING = {"sv": ("s",), "fi": ()}
# A compound's part has at least this many letters ("hem", "bad").
MIN_PART = 3
MAX_PARTS = 4
# An unknown first part and the known last part it comes before have at least this many.
MODIFIER = 4
# Function words never count as a compound's part ("för" + "valtning").
STOPWORDS = {
    "sv": {"och", "att", "det", "som", "för", "med", "den", "har", "inte", "till", "var",
           "han", "hon", "men", "ett", "vid", "kan", "ska", "sig", "hos", "här", "där", "alla",
           "från", "efter", "eller", "samt", "utan", "under", "över", "mot", "genom", "mellan",
           "bland", "inom", "utom", "vår", "ens", "era"},
    "fi": {"ja", "tai", "sekä", "että", "kuin", "kun", "jos", "niin", "myös", "on", "ovat",
           "oli", "ole", "ei", "eli", "mutta"},
}
# What Snowball leaves of Swedish inflection, evened out on the stem: a consonant + e + l/n/r
# ending loses the e as the inflected forms do (sedel → sedlar, medel → medlen); a definite
# -et after a consonant (skyddet) and -n after a vowel (terapin) go, which Snowball keeps;
# a final double consonant is made single (hem, hemmen).
# Finnish stems without Voikko: the last letters cut, keeping at least this many.
FINNISH_CUT = 3
FINNISH_KEEP = 5
SWEDISH_SYNCOPE = re.compile(r"(?<=[^aeiouyåäö])e(?=[lnr]$)")
SWEDISH_DEFINITE_N = re.compile(r"(?<=[aeiouyåäö])n$")
SWEDISH_DEFINITE_ET = re.compile(r"(?<=[^aeiouyåäö])et$")
SWEDISH_DOUBLE = re.compile(r"([bcdfghjklmnpqrstvwxz])\1$")


# --- Voikko ---------------------------------------------------------------------------------

_voikko_lock = threading.Lock()
_voikko = None
_voikko_state = None   # None: not tried yet; else "voikko" or the reason it is missing


def _finnish_voikko():
    """The Voikko handle for Finnish, or None (with the reason logged once)."""
    global _voikko, _voikko_state
    if _voikko_state is None:
        with _voikko_lock:
            if _voikko_state is None:
                _voikko, _voikko_state = _open_voikko()
                if _voikko is None:
                    logger.warning("Finnish search uses the Snowball stemmer: %s.", _voikko_state)
    return _voikko


def _open_voikko():
    if libvoikko is None:
        return None, "the libvoikko Python binding is not installed"
    try:
        return libvoikko.Voikko("fi"), "voikko"
    except OSError as error:   # libvoikko.so.1 missing
        return None, f"the Voikko library cannot be loaded ({error})"
    except libvoikko.VoikkoException as error:   # no Finnish dictionary
        return None, f"Voikko has no Finnish dictionary ({error})"


def finnish_analyser():
    """"voikko" or "snowball": what analyses Finnish in this process."""
    return "voikko" if _finnish_voikko() is not None else "snowball"


def describe():
    """Each language's analyser, for /healthz and the benchmark."""
    finnish = finnish_analyser()
    return {
        "fi": "voikko" if finnish == "voikko" else "snowball+compounds",
        "sv": "snowball+compounds",
        "en": "snowball",
    }


def uses_vocabulary(language):
    """Whether `language` splits compounds against the index's vocabulary."""
    if language == "fi":
        return finnish_analyser() != "voikko"
    return language in LINKING


def _clean(term):
    return NOT_WORD.sub("", term.lower())


def _voikko_groups(wordbases):
    """The parts of a compound from Voikko's segmentation: each part's lemma, or, for a part
    with derivational suffixes ("palvel(palvella)+u(+u)"), the part as written ("palvelu")."""
    groups = []
    for surface, base in SEGMENT.findall(wordbases or ""):
        if not surface or surface == "-":
            continue
        suffix = (base or "").startswith("+") or (base == "" and bool(groups))
        if suffix and groups:
            groups[-1] = (groups[-1][0] + surface, None)   # derived: no lemma of its own
        else:
            groups.append((surface, base or None))
    return [_clean(base if base else surface) for surface, base in groups]


@dataclass(frozen=True)
class Analysis:
    lemmas: tuple   # the word's lemmas or stem: any one matches
    splits: tuple   # compound splits, each a tuple of parts: all parts of one match


@functools.lru_cache(maxsize=200_000)
def _voikko_analysis(word):
    voikko = _finnish_voikko()
    with _voikko_lock:   # a Voikko handle is not safe to share between threads
        analyses = voikko.analyze(word)
    if not analyses:
        return None
    lemmas, splits = {}, {}
    for analysis in analyses:
        lemma = _clean(analysis.get("BASEFORM", ""))
        if lemma:
            lemmas[lemma] = None
        parts = tuple(part for part in _voikko_groups(analysis.get("WORDBASES")) if part)
        if len(parts) > 1:
            splits[parts] = None
    return Analysis(tuple(lemmas), tuple(splits))


@functools.cache
def _stemmer(language):
    return Stemmer.Stemmer(SNOWBALL.get(language, "english"))


@functools.lru_cache(maxsize=200_000)
def stem(word, language):
    """The Snowball stem of a lower-case word (with Swedish's leftovers evened out)."""
    stemmed = _stemmer(language).stemWord(word)
    if language == "fi" and len(stemmed) > FINNISH_KEEP:
        # Snowball leaves consonant gradation and stem vowel changes at the end of a Finnish
        # stem ("kotihoido", "kotihoito"): without Voikko, the stem's last letters go.
        stemmed = stemmed[:max(len(stemmed) - FINNISH_CUT, FINNISH_KEEP)]
    if language == "sv":
        # Snowball removes one suffix: "Jakobstads" → "jakobstad", but "Jakobstad" →
        # "jakobst". A second pass brings both to the same stem.
        stemmed = _stemmer(language).stemWord(stemmed)
        if len(stemmed) > 5:
            stemmed = SWEDISH_DEFINITE_ET.sub("", stemmed)
        if len(stemmed) > 4:
            stemmed = SWEDISH_SYNCOPE.sub("", SWEDISH_DEFINITE_N.sub("", stemmed))
        if len(stemmed) > 3:
            stemmed = SWEDISH_DOUBLE.sub(r"\1", stemmed)
    return stemmed


@functools.lru_cache(maxsize=200_000)
def lemma_analysis(word, language):
    """The word's lemmas and (Voikko's) compound splits, without the vocabulary."""
    lower = word.lower()
    if language == "fi" and _finnish_voikko() is not None:
        analysis = _voikko_analysis(word) if word == lower else \
            (_voikko_analysis(word) or _voikko_analysis(lower))
        if analysis is not None:
            return analysis
    return Analysis((stem(lower, language),), ())


# --- Compounds against the vocabulary --------------------------------------------------------

def split_compound(word, language, vocabulary):
    """The fewest parts (2 to MAX_PARTS, each a stem in `vocabulary`) that `word` is made of,
    a first part possibly ending with a linking letter; () when it is no compound."""
    word = word.lower()
    if len(word) < 2 * MIN_PART or not vocabulary:
        return ()
    stopwords = STOPWORDS.get(language, set())
    linking = LINKING.get(language, ())

    def known(part, final):
        if len(part) < MIN_PART or part in stopwords:
            return None
        stemmed = stem(part, language)
        if stemmed in vocabulary:
            return stemmed
        if not final and part in vocabulary:
            return part
        return None

    @functools.cache
    def best(start, depth):
        """The fewest parts for word[start:], as a tuple, or None."""
        rest = word[start:]
        whole = known(rest, final=True)
        if whole is not None and start > 0:
            return (whole,)
        if depth >= MAX_PARTS:
            return None
        found = None
        for end in range(start + MIN_PART, len(word) - MIN_PART + 1):
            left = word[start:end]
            heads = [left] + [left[:-len(link)] for link in linking
                              if left.endswith(link) and len(left) - len(link) >= MIN_PART]
            for head in heads:
                first = known(head, final=False)
                if first is None:
                    continue
                tail = best(end, depth + 1)
                if tail is not None and (found is None or len(tail) + 1 < len(found)):
                    found = (first, *tail)
        return found

    found = best(0, 1)
    if found:
        return found
    # A first part the index does not know yet before a known last part ("mentalvårds" +
    # "tjänster"): the modifier is a word of its own all the same.
    for end in range(MODIFIER, len(word) - MODIFIER + 1):
        last = known(word[end:], final=True)
        if last is None or len(word) - end < MODIFIER:
            continue
        head = word[:end]
        for link in linking:
            if head.endswith(link) and len(head) - len(link) >= MODIFIER:
                head = head[:-len(link)]
                break
        if head not in stopwords:
            return (stem(head, language), last)
    return ()


@dataclass
class Vocabulary:
    """A language's known stems, as loaded from SearchWord (see engines/database.py)."""

    language: str
    stems: frozenset = frozenset()

    def __post_init__(self):
        self._splits = {}

    def split(self, word):
        key = word.lower()
        if key not in self._splits:
            self._splits[key] = split_compound(key, self.language, self.stems)
        return self._splits[key]


def word_analysis(word, language, vocabulary=None):
    """The word's Analysis, with its split against `vocabulary` where the language uses one."""
    analysis = lemma_analysis(word, language)
    if vocabulary is None or analysis.splits:
        return analysis
    parts = vocabulary.split(word)
    if parts and tuple(parts) != analysis.lemmas:
        return Analysis(analysis.lemmas, (tuple(parts),))
    return analysis


def words(text):
    return WORD.findall(text or "")


def word_terms(word, language, vocabulary=None):
    """The terms one word is indexed under: its lemmas and its compound parts."""
    analysis = word_analysis(word, language, vocabulary)
    terms = dict.fromkeys(analysis.lemmas)
    for parts in analysis.splits:
        terms.update(dict.fromkeys(parts))
    return tuple(terms)


def index_terms(text, language, vocabulary=None):
    """The text as the space-separated terms the full-text index holds."""
    return " ".join(term for word in words(text)
                    for term in word_terms(word, language, vocabulary))


def query_terms(text, language, vocabulary=None):
    """Per query word, its alternatives: a lemma (one term) or a split (all its parts).
    Each alternative is a tuple of terms; a word without any is left out."""
    found = []
    for word in words(text):
        analysis = word_analysis(word, language, vocabulary)
        alternatives = dict.fromkeys((lemma,) for lemma in analysis.lemmas if lemma)
        alternatives.update(dict.fromkeys(parts for parts in analysis.splits if parts))
        if alternatives:
            found.append(tuple(alternatives))
    return found


class AnalysedText:
    """A text's terms in each language, analysed when first asked: for matching a few words
    (an alert's keywords) against one text the way search matches them. No vocabulary: the
    same analysis on both sides, without the index's compounds."""

    def __init__(self, text, languages=tuple(SNOWBALL)):
        self.text = text
        self.languages = languages
        self._terms = {}

    def terms(self, language):
        if language not in self._terms:
            self._terms[language] = frozenset(index_terms(self.text, language).split())
        return self._terms[language]

    def matches(self, phrase):
        """Whether every word of `phrase` matches the text (a lemma, or all of a split's
        parts), in one of the languages."""
        for language in self.languages:
            wanted = query_terms(phrase, language)
            if wanted and all(
                    any(all(term in self.terms(language) for term in alternative)
                        for alternative in alternatives)
                    for alternatives in wanted):
                return True
        return False


def clear_caches():
    """Forget cached analyses (the benchmark times the analyser cold)."""
    _voikko_analysis.cache_clear()
    lemma_analysis.cache_clear()
    stem.cache_clear()


def reset():
    """Forget the analyses and whether Voikko opened, so that the next word tries again
    (after Voikko was installed, and in tests)."""
    global _voikko, _voikko_state
    with _voikko_lock:
        _voikko, _voikko_state = None, None
    clear_caches()
