"""Author the gold annotation of the bundled corpus (``corpus/data/``) and write ``corpus/gold/gold.jsonl``.

Run from the repository root::

    python corpus/gold/build_gold.py          # writes corpus/gold/gold.jsonl
    python corpus/gold/build_gold.py --check  # builds and checks, writes nothing
    python corpus/gold/build_gold.py --show   # prints every span and relation as text, for review

The annotation follows ``schemas/GUIDELINES.md`` (schema version 1). No offset is typed by hand: every span
is given by its surface text inside a unique context, and located in the text exactly as the ingester
produces it (``corpus.read_source``):

* ``S(key, LABEL, "left [[surface]] right", **attrs)`` -- the context, without the brackets, must occur exactly
  once in the text; the span is the bracketed part.
* ``Q(key, kind, "left [[first words", "last words]] right")`` -- a QUOTE; the first context (without the
  brackets) must occur exactly once, the span starts at ``[[``; the second context is searched from there
  and the span ends at ``]]``. A QUOTE never crosses a paragraph break.

Relations name spans by key: ``(head, label, tail)``. Span ids ``T1, T2, ...`` are assigned in offset order.
The script is deterministic (no ingest time in ``meta``) and writes atomically via ``schemas.write_documents``.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from corpus import read_source  # noqa: E402
from schemas import Document, Relation, Span, spans_to_bio, validate_document, write_documents  # noqa: E402

DATA = ROOT / "corpus" / "data"
GOLD = ROOT / "corpus" / "gold" / "gold.jsonl"
MANIFEST = DATA / "MANIFEST.json"

# Canonical party names (GUIDELINES.md, PARTY).
LAB = "Labour Party"
CON = "Conservative Party"
LD = "Liberal Democrats"
SNP = "Scottish National Party"
PC = "Plaid Cymru"
GRN = "Green Party"
UKIP = "UK Independence Party"
BXP = "Brexit Party"
DUP = "Democratic Unionist Party"
SF = "Sinn Féin"
DEM = "Democratic Party"
REP = "Republican Party"


@dataclass(frozen=True)
class S:
    """A SPEAKER, PARTY or EVENT span: ``ctx`` holds the surface between ``[[`` and ``]]``."""

    key: str
    label: str
    ctx: str
    canonical: str | None = None
    type: str | None = None

    def attrs(self) -> dict[str, str]:
        if self.label == "EVENT":
            assert self.type, f"{self.key}: EVENT needs a type"
            return {"type": self.type}
        return {"canonical": self.canonical} if self.canonical else {}


@dataclass(frozen=True)
class Q:
    """A QUOTE span from ``[[`` in ``first`` to ``]]`` in ``last``."""

    key: str
    kind: str
    first: str
    last: str


@dataclass
class Gold:
    file: str
    spans: list[S | Q]
    relations: list[tuple[str, str, str]] = field(default_factory=list)


def sp(key: str, name: str, ctx: str) -> S:
    """A SPEAKER with its canonical name."""
    return S(key, "SPEAKER", ctx, canonical=name)


def title(key: str, ctx: str, name: str | None = None) -> S:
    """A title used as a name ("Prime Minister"); canonical only if the document gives the name."""
    return S(key, "SPEAKER", ctx, canonical=name)


def pa(key: str, canonical: str, ctx: str) -> S:
    return S(key, "PARTY", ctx, canonical=canonical)


def ev(key: str, type_: str, ctx: str) -> S:
    return S(key, "EVENT", ctx, type=type_)


def said(speaker: str, *quotes: str) -> list[tuple[str, str, str]]:
    return [(q, "said_by", speaker) for q in quotes]


def member(person: str, *parties: str) -> list[tuple[str, str, str]]:
    return [(person, "member_of", p) for p in parties]


def part(event: str, *who: str) -> list[tuple[str, str, str]]:
    return [(event, "participant", w) for w in who]


# --------------------------------------------------------------------------------------------------
# 000 -- the sample article (2019, seven MPs leave Labour)
# --------------------------------------------------------------------------------------------------
SAMPLE = Gold(
    "000_c98886b67c823cbf.txt",
    [
        # P1 headline-like lead
        pa("lab1", LAB, "[[LABOUR]] MPs Luciana"),
        sp("berger1", "Luciana Berger", "MPs [[Luciana Berger]], Chris"),
        sp("leslie1", "Chris Leslie", "Berger, [[Chris Leslie]], Angela"),
        sp("smith1", "Angela Smith", "[[Angela Smith]]"),
        sp("shuker1", "Gavin Shuker", "[[Gavin Shuker]]"),
        sp("gapes1", "Mike Gapes", "Shuker, [[Mike Gapes]], Ann"),
        sp("coffey1", "Ann Coffey", "Gapes, [[Ann Coffey]] and Chuka"),
        sp("umunna1", "Chuka Umunna", "[[Chuka Umunna]]"),
        ev("resignations1", "resignation", "their [[resignations]] from the party"),
        # P2
        sp("berger2", "Luciana Berger", "[[Luciana Berger]] initially"),
        Q("q_berger_mp", "direct", 'herself as "[[the Labour', 'Party MP]]"'),
        Q("q_berger_wavertree", "direct", 'saying: "[[I am the Member', 'Liverpool Wavertree]]"'),
        # P3-P5, one quote over three paragraphs
        sp("she_berger", "Luciana Berger", '[[She]] said: "This morning'),
        Q("q_she1", "direct", 'She said: "[[This morning', "necessary decision.]]"),
        Q("q_she2", "direct", '"[[We represent different', "same values.]]"),
        Q("q_she3", "direct", '"[[From today, we will all', 'group of MPs.]]"'),
        # P6
        pa("lab_corbyn", LAB, "[[Labour]] leader Jeremy"),
        sp("corbyn1", "Jeremy Corbyn", "leader [[Jeremy Corbyn]] left"),
        # P7
        ev("resignations2", "resignation", "expecting [[resignations]], or"),
        sp("corbyn2", "Jeremy Corbyn", "[[Mr Corbyn]] replied"),
        Q("q_corbyn_morning", "direct", 'tone: "[[Good morning', 'you all here.]]"'),
        # P8
        ev("resigning", "resignation", "those [[resigning]] from"),
        pa("lab_resigning", LAB, "resigning from [[Labour]] was"),
        sp("coffey2", "Ann Coffey", "Stockport MP [[Ann Coffey]]."),
        # P9-P12
        sp("berger3", "Luciana Berger", "[[Ms Berger]] said"),
        Q("q_berger1", "direct", 'Ms Berger said: "[[For my part', "in the Labour Party.]]"),
        Q("q_berger2", "direct", '"[[I have not changed', "remain who I am.]]"),
        Q("q_berger3", "direct", '"[[And yet these values', "party interests.]]"),
        Q("q_berger4", "direct", '"[[I cannot remain', 'institutionally anti-Semitic.]]"'),
        # P13
        sp("gapes2", "Mike Gapes", "Ilford South MP [[Mike Gapes]] tweeted"),
        Q("q_gapes_tweet", "direct", 'tweeted: "[[This morning I have resigned', 'Members of Parliament.]]"'),
        # P14
        sp("he_gapes1", "Mike Gapes", "[[He]] shared his letter"),
        Q("q_gapes_letter", "direct", 'which said: "[[This has not been', 'sudden decision.]]"'),
        # P15
        sp("gapes3", "Mike Gapes", "[[Mr Gapes]] referenced"),
        Q("q_gapes_reluctance", "direct", 'the "[[considerable', 'reluctance]]"'),
        Q("q_gapes_deal", "direct", 'to "[[seriously deal', 'cases of anti-Semitism]]"'),
        Q("q_gapes_sickened1", "direct", 'and added: "[[I am sickened that Labour', 'anti-Semitic party.]]"'),
        # P16
        sp("he_gapes2", "Mike Gapes", "[[He]] continued that"),
        Q("q_gapes_mixed", "mixed", "He continued that [[it was", 'to stop Brexit"]].'),
        # P17 (quote before its attribution)
        Q("q_gapes_wrong_side1", "direct", '"[[Jeremy Corbyn, and those around him', 'international alliances,]]"'),
        sp("gapes4", "Mike Gapes", 'alliances," [[Mr Gapes]] said.'),
        # P18-P20
        ev("resignations3", "resignation", "Reacting to the [[resignations]]"),
        sp("corbyn3", "Jeremy Corbyn", '[[Mr Corbyn]] said: "I am disappointed'),
        Q("q_corbyn1", "direct", '"[[I am disappointed', "since 1945.]]"),
        Q("q_corbyn2", "direct", '"[[Labour won people over', "climate change.]]"),
        Q("q_corbyn3", "direct", '"[[The Conservative Government is bungling', 'for us all.]]"'),
        # P21-P24
        sp("gapes5", "Mike Gapes", "[[Mr Gapes]], a former chairman"),
        Q("q_gapes_pc1", "direct", 'press conference: "[[I am sickened that the Labour Party', "anti-Semitic party.]]"),
        Q("q_gapes_pc2", "direct", '"[[I am furious', "to our country.]]"),
        Q("q_gapes_pc3", "direct", '"[[Jeremy Corbyn and those around him are', "to Venezuela.]]"),
        Q("q_gapes_pc4", "direct", '"[[A Corbyn Labour government', 'international alliances.]]"'),
        # P25
        ev("departure", "defection", "their [[departure]] from"),
        pa("lab_departure", LAB, "departure from [[Labour]], former"),
        pa("ukip", UKIP, "former [[Ukip]] leader"),
        sp("farage", "Nigel Farage", "leader [[Nigel Farage]], whose"),
        pa("bxp", BXP, "new [[Brexit Party]] launched"),
        ev("launched", "formation", "Brexit Party [[launched]] earlier"),
        Q("q_farage", "direct", 'tweeted: "[[This moment may not', '#realignment.]]"'),
        # P26-P28
        sp("coffey3", "Ann Coffey", "[[Ann Coffey]] told"),
        Q("q_coffey1", "direct", '"[[I thought I would', "rest of my life.]]"),
        Q("q_coffey2", "direct", '"[[But political parties', "broad church.]]"),
        Q("q_coffey3", "direct", '"[[Any criticism of the leadership', 'and tolerated.]]"'),
        # P29
        pa("lab_creasy", LAB, "[[Labour]] MP Stella"),
        sp("creasy", "Stella Creasy", "MP [[Stella Creasy]] tweeted"),
        Q("q_creasy", "direct", 'tweeted: "[[Politics is about how', 'not lash out.]]"'),
        # P30
        sp("leslie2", "Chris Leslie", "Nottingham East MP [[Chris Leslie]] posted"),
        ev("resign_leslie", "resignation", "decision to [[resign]] from"),
        pa("lab_leslie", LAB, "resign from the [[Labour Party]]."),
        # P31-P34
        sp("he_leslie", "Chris Leslie", '[[He]] said: "Today'),
        Q("q_leslie1", "direct", "\"[[Today I've announced", "group of MPs.]]"),
        Q("q_leslie2", "direct", "\"[[I've been a Labour Party member", "the hard left.]]"),
        Q("q_leslie3", "direct", "\"[[My values haven't changed", "opportunity for all.]]"),
        Q("q_leslie4", "direct", '"[[But British politics is now', 'Labour government.]]"'),
        # P35-P38
        sp("leslie3", "Chris Leslie", "[[Mr Leslie]] added"),
        Q("q_leslie5", "direct", 'added: "[[Why? Well', "traditional values.]]"),
        Q("q_leslie6", "direct", '"[[But the problems go', "intolerant culture.]]"),
        Q("q_leslie7", "direct", '"[[So while my decision', "party politics.]]"),
        Q("q_leslie8", "direct", '"[[Politics is broken', 'www.theindependent.group.]]"'),
    ],
    member("berger1", "lab1")
    + member("leslie1", "lab1")
    + member("smith1", "lab1")
    + member("shuker1", "lab1")
    + member("gapes1", "lab1")
    + member("coffey1", "lab1")
    + member("umunna1", "lab1")
    + member("corbyn1", "lab_corbyn")
    + member("farage", "ukip", "bxp")
    + member("creasy", "lab_creasy")
    + part("resignations1", "berger1", "leslie1", "smith1", "shuker1", "gapes1", "coffey1", "umunna1", "lab1")
    + part("resigning", "lab_resigning", "coffey2")
    + part("departure", "lab_departure")
    + part("launched", "bxp")
    + part("resign_leslie", "leslie2", "lab_leslie")
    + said("berger2", "q_berger_mp", "q_berger_wavertree")
    + said("she_berger", "q_she1", "q_she2", "q_she3")
    + said("corbyn2", "q_corbyn_morning")
    + said("berger3", "q_berger1", "q_berger2", "q_berger3", "q_berger4")
    + said("gapes2", "q_gapes_tweet")
    + said("he_gapes1", "q_gapes_letter")
    + said("gapes3", "q_gapes_reluctance", "q_gapes_deal", "q_gapes_sickened1")
    + said("he_gapes2", "q_gapes_mixed")
    + said("gapes4", "q_gapes_wrong_side1")
    + said("corbyn3", "q_corbyn1", "q_corbyn2", "q_corbyn3")
    + said("gapes5", "q_gapes_pc1", "q_gapes_pc2", "q_gapes_pc3", "q_gapes_pc4")
    + said("farage", "q_farage")
    + said("coffey3", "q_coffey1", "q_coffey2", "q_coffey3")
    + said("creasy", "q_creasy")
    + said("he_leslie", "q_leslie1", "q_leslie2", "q_leslie3", "q_leslie4")
    + said("leslie3", "q_leslie5", "q_leslie6", "q_leslie7", "q_leslie8"),
)

# --------------------------------------------------------------------------------------------------
# 001 -- Tory MP defects to the Lib Dems (curly quotes, broken quote, "she added", multi-paragraph)
# --------------------------------------------------------------------------------------------------
D001 = Gold(
    "001_tory-mp-defects-to-lib-dems.txt",
    [
        pa("tory_h", CON, "[[Tory]] MP Helen"),
        sp("hm_h", "Helen Marchbank", "Tory MP [[Helen Marchbank]] defects"),
        ev("defects_h", "defection", "Marchbank [[defects]] to"),
        pa("ld_h", LD, "defects to [[Liberal Democrats]] over"),
        pa("con1", CON, "[[Conservative]] MP Helen"),
        sp("hm1", "Helen Marchbank", "Conservative MP [[Helen Marchbank]] has"),
        ev("defected", "defection", "has [[defected]] to"),
        pa("ld1", LD, "to the [[Liberal Democrats]], cutting"),
        sp("hm2", "Helen Marchbank", "[[Ms Marchbank]], who was first"),
        ev("elected", "election", "first [[elected]] in 2015"),
        Q("q_indirect", "indirect", "said that [[she could no longer", "on social care]]."),
        Q("q_broken1", "direct", "“[[I did not come into politics", "for their care,]]”"),
        sp("she1", "Helen Marchbank", "care,” [[she]] said"),
        Q("q_broken2", "direct", "she said, “[[and I will not", "while it happens.]]”"),
        pa("ld2", LD, "alongside [[Lib Dem]] leader"),
        sp("ta1", "Tom Aylward", "leader [[Tom Aylward]], she"),
        sp("she2", "Helen Marchbank", "Aylward, [[she]] added"),
        Q("q_para1", "direct", "“[[This was the hardest", "of my life.]]"),
        Q("q_para2", "direct", "“[[I have been a Conservative", "it has become.]]"),
        Q("q_para3", "direct", "“[[Voters here deserve", "it is uncomfortable.]]”"),
        sp("ta2", "Tom Aylward", "[[Mr Aylward]] welcomed"),
        Q("q_aylward", "mixed", "tweeting that [[the Lib Dems were", "fixing care”]]."),
        pa("con2", CON, "A [[Conservative Party]] spokesperson"),
        Q("q_spokesperson", "indirect", "spokesperson said that [[Ms Marchbank should", "constituents decide]]."),
        ev("defection", "defection", "Her [[defection]] is"),
        pa("tories", CON, "from the [[Tories]] since"),
        ev("election", "election", "the general [[election]]."),
    ],
    member("hm_h", "tory_h")
    + member("hm1", "con1")
    + member("ta1", "ld2")
    + part("defects_h", "hm_h", "tory_h", "ld_h")
    + part("defected", "hm1", "con1", "ld1")
    + part("elected", "hm2")
    + part("defection", "tories")
    + said("hm2", "q_indirect")
    + said("she1", "q_broken1", "q_broken2")
    + said("she2", "q_para1", "q_para2", "q_para3")
    + said("ta2", "q_aylward"),
)

# --------------------------------------------------------------------------------------------------
# 002 -- SNP leadership election (straight quotes, tweet with a flag emoji, indirect without "that")
# --------------------------------------------------------------------------------------------------
FLAG_SCOTLAND = "\U0001F3F4\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F"
D002 = Gold(
    "002_snp-elects-new-leader.txt",
    [
        pa("snp_h", SNP, "[[SNP]] elects"),
        ev("elects", "election", "SNP [[elects]] Morag"),
        sp("ml_h", "Morag Lindsay", "elects [[Morag Lindsay]] as"),
        sp("ml1", "Morag Lindsay", "[[Morag Lindsay]] has been"),
        ev("elected", "election", "has been [[elected]] leader"),
        pa("snp1", SNP, "of the [[Scottish National Party]], narrowly"),
        sp("cr1", "Callum Reid", "health secretary [[Callum Reid]]."),
        sp("ml2", "Morag Lindsay", "[[Ms Lindsay]], 44, told"),
        Q("q_ml1", "direct", 'activists: "[[This is a new chapter', "and for Scotland.]]"),
        Q("q_ml2", "direct", '"[[Independence is not', 'every community.]]"'),
        sp("cr2", "Callum Reid", "[[Mr Reid]] congratulated"),
        Q("q_reid", "direct", 'tweeted: "[[Morag will be', "get behind her \U0001F49B" + FLAG_SCOTLAND + ']]"'),
        sp("ab", "Alan Baird", "treasurer [[Alan Baird]] said"),
        Q("q_baird", "mixed", "said that [[the narrow margin", "second referendum]]."),
        pa("lab", LAB, "[[Labour]]'s Scottish leader"),
        sp("id", "Iain Dalgleish", "leader, [[Iain Dalgleish]], said"),
        Q("q_id_indirect", "indirect", "said [[the result changed", "changed nothing]]:"),
        Q("q_id_direct", "direct", 'nothing: "[[The SNP is still', 'and hospitals.]]"'),
        sp("ml3", "Morag Lindsay", "[[Ms Lindsay]] is expected"),
        ev("vote", "vote", "after a [[vote]] at Holyrood"),
    ],
    member("ml_h", "snp_h")
    + member("ml1", "snp1")
    + member("id", "lab")
    + part("elects", "snp_h", "ml_h")
    + part("elected", "ml1", "snp1", "cr1")
    + part("vote", "ml3")
    + said("ml2", "q_ml1", "q_ml2")
    + said("cr2", "q_reid")
    + said("ab", "q_baird")
    + said("id", "q_id_indirect", "q_id_direct"),
)

# --------------------------------------------------------------------------------------------------
# 003 -- Plaid Cymru and Green Party alliance (single British quotes, apostrophes, scare quote)
# --------------------------------------------------------------------------------------------------
D003 = Gold(
    "003_plaid-green-alliance.txt",
    [
        pa("pc_h", PC, "[[Plaid Cymru]] and Green Party form"),
        pa("grn_h", GRN, "and [[Green Party]] form"),
        ev("form", "formation", "Green Party [[form]] alliance"),
        ev("election_h", "election", "ahead of Senedd [[election]]"),
        pa("pc1", PC, "[[Plaid Cymru]] and the Green Party have"),
        pa("grn1", GRN, "and the [[Green Party]] have formed"),
        ev("formed", "formation", "have [[formed]] an"),
        ev("election1", "election", "May’s Senedd [[election]]."),
        pa("plaid2", PC, "[[Plaid]] leader Rhian"),
        sp("rp", "Rhian Pritchard", "leader [[Rhian Pritchard]] argued"),
        Q("q_rp_mixed", "mixed", "argued that [[the pact was", "not party labels’]]."),
        sp("she", "Rhian Pritchard", "[[She]] said: ‘People"),
        Q("q_rp", "direct", "She said: ‘[[People in the valleys", "only the start.]]’"),
        pa("grn2", GRN, "[[Green Party]] leader in Wales"),
        sp("oth", "Owen Tudor-Hughes", "in Wales [[Owen Tudor-Hughes]] said"),
        Q("q_oth_mixed", "mixed", "Tudor-Hughes said [[the deal would", "a real choice’]],"),
        Q("q_oth", "direct", "adding: ‘[[We agree", "we disagree on.]]’"),
        pa("lab1", LAB, "[[Labour]], which has led"),
        pa("lab2", LAB, "arrangement. [[Labour]] Senedd member"),
        sp("dp", "Dafydd Price", "member [[Dafydd Price]] said"),
        Q("q_dp", "direct", "said: ‘[[This is a stitch-up", "a new politics.]]’"),
    ],
    member("rp", "plaid2")
    + member("oth", "grn2")
    + member("dp", "lab2")
    + part("form", "pc_h", "grn_h")
    + part("formed", "pc1", "grn1")
    + part("election1", "pc1", "grn1")
    + said("rp", "q_rp_mixed")
    + said("she", "q_rp")
    + said("oth", "q_oth_mixed", "q_oth")
    + said("dp", "q_dp"),
)

# --------------------------------------------------------------------------------------------------
# 004 -- Ukip MEP joins the Brexit Party (nested quote, "according to", title in quotes)
# --------------------------------------------------------------------------------------------------
D004 = Gold(
    "004_ukip-mep-joins-brexit-party.txt",
    [
        pa("ukip_h", UKIP, "Former [[Ukip]] MEP Gary Tolland joins"),
        sp("gt_h", "Gary Tolland", "MEP [[Gary Tolland]] joins"),
        ev("joins", "defection", "Tolland [[joins]] Brexit"),
        pa("bxp_h", BXP, "joins [[Brexit Party]]"),
        pa("ukip1", UKIP, "Former [[Ukip]] MEP Gary Tolland has"),
        sp("gt1", "Gary Tolland", "MEP [[Gary Tolland]] has joined"),
        ev("joined", "defection", "has [[joined]] the"),
        pa("bxp1", BXP, "joined the [[Brexit Party]], saying"),
        Q("q_gt_mixed", "mixed", "saying [[his old party", "lost its way”]]."),
        sp("gt2", "Gary Tolland", "[[Mr Tolland]], who represented"),
        Q("q_gt_nested", "direct", "said: “[[When I first knocked", "says that any more.]]”"),
        sp("he", "Gary Tolland", "[[He]] added that"),
        Q("q_he_mixed", "mixed", "added that [[he had been", "Brexit Party leadership]]."),
        pa("ukip2", UKIP, "According to [[Ukip]] chairman"),
        sp("sk1", "Steve Kerrigan", "chairman [[Steve Kerrigan]],"),
        Q("q_sk_according", "indirect", "Kerrigan, [[Mr Tolland had not", "since March]]."),
        Q("q_sk1", "direct", "“[[Gary is welcome", "wherever he likes,]]”"),
        sp("sk2", "Steve Kerrigan", "likes,” [[Mr Kerrigan]] told"),
        Q("q_sk2", "direct", "the BBC. “[[We wish him well", "won’t miss him.]]”"),
        sp("gt3", "Gary Tolland", "[[Mr Tolland]] is the author"),
        ev("defections", "defection", "series of [[defections]]"),
        ev("elections", "election", "the local [[elections]]"),
    ],
    member("gt_h", "ukip_h")
    + member("gt1", "ukip1")
    + member("sk1", "ukip2")
    + part("joins", "gt_h", "ukip_h", "bxp_h")
    + part("joined", "gt1", "ukip1", "bxp1")
    + said("gt1", "q_gt_mixed")
    + said("gt2", "q_gt_nested")
    + said("he", "q_he_mixed")
    + said("sk1", "q_sk_according")
    + said("sk2", "q_sk1", "q_sk2"),
)

# --------------------------------------------------------------------------------------------------
# 005 -- Stormont vote delayed (CRLF source, decomposed accent in "Sinn Féin", title speaker)
# --------------------------------------------------------------------------------------------------
D005 = Gold(
    "005_stormont-vote-delayed.txt",
    [
        ev("vote_h", "vote", "Stormont [[vote]] on Irish"),
        ev("vote1", "vote", "due to [[vote]] on"),
        ev("vote2", "vote", "but the [[vote]] has now"),
        pa("dup1", DUP, "The [[DUP]] and Sinn"),
        pa("sf1", SF, "DUP and [[Sinn Féin]] failed"),
        pa("sf2", SF, "[[Sinn Féin]]’s Stormont"),
        sp("ab", "Aoife Brennan", "leader, [[Aoife Brennan]], insisted"),
        Q("q_ab_mixed", "mixed", "insisted that [[her party had", "at every turn”]]."),
        sp("she", "Aoife Brennan", "[[She]] told reporters"),
        Q("q_ab", "direct", "reporters: “[[We have been patient", "wait for ever.]]”"),
        pa("dup2", DUP, "[[DUP]] MLA Trevor"),
        sp("tk", "Trevor Kennedy", "MLA [[Trevor Kennedy]] warned"),
        Q("q_tk_mixed", "mixed", "warned that [[rushing the legislation", "across the community”]]."),
        Q("q_tk1", "direct", "“[[Nobody is against", "the Irish language,]]”"),
        sp("he", "Trevor Kennedy", "language,” [[he]] said"),
        Q("q_tk2", "direct", "he said. “[[What we are against", "above another.]]”"),
        ev("vote3", "vote", "for the [[vote]] to go ahead"),
        title("taoiseach", "the [[Taoiseach]] said"),
        Q("q_taoiseach", "mixed", "said that [[he remained", "summer recess]]."),
    ],
    member("ab", "sf2")
    + member("tk", "dup2")
    + said("ab", "q_ab_mixed")
    + said("she", "q_ab")
    + said("tk", "q_tk_mixed")
    + said("he", "q_tk1", "q_tk2")
    + said("taoiseach", "q_taoiseach"),
)

# --------------------------------------------------------------------------------------------------
# 006 -- Chancellor resigns (unnamed Prime Minister, appointment, partial quote)
# --------------------------------------------------------------------------------------------------
D006 = Gold(
    "006_chancellor-resigns.txt",
    [
        sp("da_h", "Daniel Ashworth", "Chancellor [[Daniel Ashworth]] resigns"),
        ev("resigns", "resignation", "Ashworth [[resigns]] in"),
        sp("da1", "Daniel Ashworth", "[[Daniel Ashworth]] has resigned"),
        ev("resigned", "resignation", "has [[resigned]] as"),
        ev("resignation1", "resignation", "his [[resignation]] letter"),
        sp("da2", "Daniel Ashworth", "[[Mr Ashworth]] wrote"),
        Q("q_da", "mixed", "wrote that [[he could not", "further borrowing]]."),
        title("pm", "The [[Prime Minister]] replied"),
        Q("q_pm", "direct", "of her own: “[[I am sorry", "for your service.]]”"),
        sp("pmn1", "Priya Menon", "Secretary [[Priya Menon]] was"),
        ev("appointed", "appointment", "was [[appointed]] as"),
        sp("pmn2", "Priya Menon", "[[Ms Menon]] said"),
        Q("q_pmn", "mixed", "Ms Menon said [[she would bring", "to the Treasury]]."),
        ev("resignation2", "resignation", "seized on the [[resignation]]."),
        pa("lab", LAB, "[[Labour]]’s Treasury"),
        sp("af1", "Angela Forde", "spokesperson, [[Angela Forde]], said"),
        Q("q_af", "direct", "said: “[[This is a government in chaos", "Minister’s sums.]]”"),
        sp("af2", "Angela Forde", "[[Ms Forde]] also"),
        Q("q_af_partial", "direct", "the “[[reckless", "reckless]]” borrowing"),
        pa("ld", LD, "[[Lib Dem]] leader Tom"),
        sp("ta", "Tom Aylward", "leader [[Tom Aylward]] called"),
    ],
    member("af1", "lab")
    + member("ta", "ld")
    + part("resigns", "da_h")
    + part("resigned", "da1")
    + part("resignation1", "da2")
    + part("appointed", "pmn1")
    + said("da2", "q_da")
    + said("pm", "q_pm")
    + said("pmn2", "q_pmn")
    + said("af1", "q_af")
    + said("af2", "q_af_partial"),
)

# --------------------------------------------------------------------------------------------------
# 007 -- climate march (Markdown, protest, family emoji, "according to" after the clause)
# --------------------------------------------------------------------------------------------------
FAMILY = "\U0001F469\u200D\U0001F469\u200D\U0001F467"
D007 = Gold(
    "007_climate-march.md",
    [
        ev("march_h", "protest", "Thousands [[march]] on"),
        ev("marched", "protest", "people [[marched]] through"),
        ev("protests", "protest", "largest [[protests]] the capital"),
        Q("q_jk", "indirect", "[[More than 60,000", "took part]], according"),
        sp("jk", "Jess Kaur", "organiser [[Jess Kaur]]."),
        ev("march1", "protest", "The [[march]] was backed"),
        pa("grn1", GRN, "backed by the [[Green Party]] and ended"),
        pa("grn2", GRN, "There, [[Green Party]] co-leader"),
        sp("se", "Siân Evans", "co-leader [[Siân Evans]] told"),
        Q("q_se", "direct", "crowd: “[[We are not asking", "already made.]]”"),
        ev("march2", "protest", "joined the [[march]]."),
        sp("lw", "Laura Whitcombe", "Teacher [[Laura Whitcombe]], who"),
        Q("q_lw", "direct", "caption: “[[Marching for", "her future " + FAMILY + "\U0001F30D]]”"),
        pa("con", CON, "[[Conservative]] MP Rupert"),
        sp("rh", "Rupert Haldane", "MP [[Rupert Haldane]] said"),
        Q("q_rh1", "mixed", "Haldane said [[the protesters were", "but naive”]] and argued"),
        Q("q_rh2", "mixed", "argued that [[net zero targets", "not scrapped”]]."),
        Q("q_police", "mixed", "Police said [[the protest had been", "overwhelmingly peaceful”]]."),
    ],
    member("se", "grn2")
    + member("rh", "con")
    + part("march1", "grn1")
    + said("jk", "q_jk")
    + said("se", "q_se")
    + said("lw", "q_lw")
    + said("rh", "q_rh1", "q_rh2"),
)

# --------------------------------------------------------------------------------------------------
# 008 -- US Senate vote (HTML with script and style, Democrats / Republicans / GOP, flag emoji)
# --------------------------------------------------------------------------------------------------
FLAG_US = "\U0001F1FA\U0001F1F8"
D008 = Gold(
    "008_senate-child-care-vote.html",
    [
        ev("vote_h", "vote", "Senate [[vote]]: three"),
        pa("rep_h", REP, "three [[Republicans]] back"),
        pa("dem_h", DEM, "back [[Democrats]]’ child"),
        sp("je", "Jordan Ellis", "By [[Jordan Ellis]],"),
        ev("voted", "vote", "Senate [[voted]] 51"),
        pa("rep1", REP, "three [[Republicans]] crossed"),
        sp("cj", "Carla Jimenez", "Leader [[Carla Jimenez]], a Democrat"),
        pa("dem1", DEM, "a [[Democrat]] from New Mexico"),
        ev("vote2", "vote", "shortly after the [[vote]]:"),
        Q("q_cj", "direct", "the vote: “[[Child care is", "that way. " + FLAG_US + "]]”"),
        sp("rc1", "Ruth Caldwell", "Senator [[Ruth Caldwell]], a"),
        pa("rep2", REP, "a [[Republican]] from Maine"),
        sp("rc2", "Ruth Caldwell", "[[Caldwell]] said the bill"),
        Q("q_rc", "mixed", "Caldwell said [[the bill was", "families work.”]]"),
        pa("gop", REP, "[[GOP]] leaders"),
        pa("rep3", REP, "[[Republican]] congressman"),
        sp("dw1", "Dean Whitlock", "congressman [[Dean Whitlock]] warned"),
        Q("q_dw_mixed", "mixed", "warned that [[the party would", "begin next year]]."),
        Q("q_dw1", "direct", "“[[This was a betrayal", "sent them here,]]”"),
        sp("dw2", "Dean Whitlock", "here,” [[Whitlock]] told"),
        Q("q_dw2", "direct", "Fox News. “[[They will have", "explain it.]]”"),
        pa("dem2", DEM, "where [[Democrats]] hold"),
        title("president", "The [[President]] is expected"),
    ],
    member("cj", "dem1")
    + member("rc1", "rep2")
    + member("dw1", "rep3")
    + part("vote_h", "rep_h", "dem_h")
    + part("voted", "rep1")
    + said("cj", "q_cj")
    + said("rc2", "q_rc")
    + said("dw1", "q_dw_mixed")
    + said("dw2", "q_dw1", "q_dw2"),
)

# --------------------------------------------------------------------------------------------------
# 009 -- US governor steps down ("step down", surname-only mentions, "replied that")
# --------------------------------------------------------------------------------------------------
D009 = Gold(
    "009_governor-steps-down.txt",
    [
        sp("fd_h", "Frank Delaney", "Governor [[Frank Delaney]] to step"),
        ev("step_down_h", "resignation", "to [[step down]] after"),
        sp("fd1", "Frank Delaney", "[[Frank Delaney]], the Republican"),
        pa("rep1", REP, "the [[Republican]] governor"),
        ev("step_down1", "resignation", "will [[step down]] at"),
        sp("fd2", "Frank Delaney", "[[Delaney]], 61, told"),
        Q("q_fd_mixed", "mixed", "Columbus that [[he had", "broken the law]]."),
        Q("q_fd1", "direct", "“[[I love this state", "a year of this,]]”"),
        sp("he", "Frank Delaney", "of this,” [[he]] said"),
        Q("q_fd2", "direct", "he said. “[[It’s time", "else to lead.]]”"),
        sp("ar1", "Ana Ruiz", "Governor [[Ana Ruiz]], also"),
        pa("rep2", REP, "also a [[Republican]], will"),
        pa("dem1", DEM, "[[Democrats]] were quick"),
        pa("dem2", DEM, "State [[Democratic Party]] chair"),
        sp("lm", "Leon Marsh", "chair [[Leon Marsh]] tweeted"),
        Q("q_lm", "direct", "tweeted: “[[Ohio deserves", "Columbus \U0001F9F9]]”"),
        sp("fd3", "Frank Delaney", "whether [[Delaney]] should"),
        sp("ar2", "Ana Ruiz", "[[Ruiz]] replied"),
        Q("q_ar", "mixed", "replied that [[it was", "for the courts”]]."),
        sp("fd4", "Frank Delaney", "[[Delaney]]’s resignation"),
        ev("resignation", "resignation", "Delaney’s [[resignation]] leaves"),
        pa("rep3", REP, "Ohio [[Republicans]] without"),
    ],
    member("fd1", "rep1")
    + member("ar1", "rep2")
    + member("lm", "dem2")
    + part("step_down_h", "fd_h")
    + part("step_down1", "fd1")
    + part("resignation", "fd4")
    + said("fd2", "q_fd_mixed")
    + said("he", "q_fd1", "q_fd2")
    + said("lm", "q_lm")
    + said("ar2", "q_ar"),
)

# --------------------------------------------------------------------------------------------------
# 010 -- Labour suspends a councillor (BOM source, event type "other", anonymous spokesperson)
# --------------------------------------------------------------------------------------------------
D010 = Gold(
    "010_labour-suspends-councillor.txt",
    [
        pa("lab_h", LAB, "[[Labour]] suspends"),
        ev("suspends", "other", "Labour [[suspends]] councillor"),
        pa("lab1", LAB, "[[Labour]] has suspended"),
        ev("suspended", "other", "has [[suspended]] Manchester"),
        sp("kd1", "Kevin Doyle", "councillor [[Kevin Doyle]] while"),
        pa("lab2", LAB, "A [[Labour]] spokesperson"),
        Q("q_spokesperson", "direct", "said: “[[The Labour Party takes", "takes place.]]”"),
        sp("kd2", "Kevin Doyle", "[[Mr Doyle]], who has represented"),
        Q("q_kd_mixed", "mixed", "statement that [[the posts had been", "badly misjudged”]]."),
        sp("he", "Kevin Doyle", "[[He]] wrote"),
        Q("q_kd1", "direct", "wrote: “[[I apologise", "I have hurt.]]"),
        Q("q_kd2", "direct", "“[[I will cooperate", "constituents soon.]]”"),
        sp("ro", "Rachel Osei", "campaigner [[Rachel Osei]], who"),
        Q("q_ro", "mixed", "posts, said [[the suspension was", "could do”]]."),
        pa("ld", LD, "[[Liberal Democrat]] councillors"),
        sp("kd3", "Kevin Doyle", "for [[Mr Doyle]] to resign"),
        ev("resign", "resignation", "Mr Doyle to [[resign]] his seat"),
    ],
    part("suspends", "lab_h")
    + part("suspended", "lab1", "kd1")
    + part("resign", "kd3")
    + said("kd2", "q_kd_mixed")
    + said("he", "q_kd1", "q_kd2")
    + said("ro", "q_ro"),
)

# --------------------------------------------------------------------------------------------------
# 011 -- Tory confidence ballot (named Prime Minister, nested quote, broken quote, partial quote)
# --------------------------------------------------------------------------------------------------
D011 = Gold(
    "011_tory-confidence-ballot.txt",
    [
        pa("tory_h", CON, "[[Tory]] MPs to hold"),
        ev("ballot_h", "vote", "confidence [[ballot]] on Prime Minister\n"),
        title("pm_h", "ballot on [[Prime Minister]]\n", "James Whitford"),
        pa("con1", CON, "[[Conservative]] MPs will hold"),
        ev("ballot1", "vote", "confidence [[ballot]] on Prime Minister James"),
        sp("jw1", "James Whitford", "Prime Minister [[James Whitford]]’s"),
        sp("gp", "Graham Pellew", "[[Sir Graham Pellew]], the"),
        Q("q_gp", "indirect", "said that [[the ballot would", "shortly afterwards]]."),
        title("pm1", "The [[Prime Minister]] said he", "James Whitford"),
        Q("q_pm_mixed", "mixed", "Minister said [[he would “fight on”", "fight on”]] and urged"),
        Q("q_pm_partial", "direct", "to “[[hold their nerve", "hold their nerve]]”"),
        sp("he", "James Whitford", "Street, [[he]] added"),
        Q("q_pm_nested", "direct", "added: “[[I was elected", "at half-time.’]]”"),
        sp("el", "Esther Lowell", "minister [[Esther Lowell]], a"),
        Q("q_el", "direct", "warned: “[[The party is sleepwalking", "the next election.]]”"),
        Q("q_el_b1", "direct", "“[[We can change", "course now,]]”"),
        sp("she", "Esther Lowell", "now,” [[she]] said"),
        Q("q_el_b2", "direct", "she said, “[[or we can let", "it for us.]]”"),
        sp("jw2", "James Whitford", "if [[Mr Whitford]] loses"),
        ev("vote", "vote", "loses the [[vote]]"),
        ev("resign", "resignation", "have to [[resign]] as"),
        pa("con2", CON, "of the [[Conservatives]] and"),
        pa("lab", LAB, "[[Labour]] leader Hannah"),
        sp("hc", "Hannah Crossley", "leader [[Hannah Crossley]] said"),
        Q("q_hc", "mixed", "said that [[the Tories were", "to govern”]]."),
    ],
    member("jw2", "con2")
    + member("hc", "lab")
    + part("ballot_h", "tory_h", "pm_h")
    + part("ballot1", "con1", "jw1")
    + part("vote", "jw2")
    + part("resign", "jw2", "con2")
    + said("gp", "q_gp")
    + said("pm1", "q_pm_mixed", "q_pm_partial")
    + said("he", "q_pm_nested")
    + said("el", "q_el")
    + said("she", "q_el_b1", "q_el_b2")
    + said("hc", "q_hc"),
)

# --------------------------------------------------------------------------------------------------
# 012 -- Lib Dems win a by-election (straight quotes, quote before attribution, scare quote)
# --------------------------------------------------------------------------------------------------
D012 = Gold(
    "012_mid-wealden-by-election.txt",
    [
        pa("ld_h", LD, "[[Lib Dems]] win"),
        ev("win_h", "election", "Lib Dems [[win]] Mid"),
        ev("byelection_h", "election", "Dems win Mid Wealden [[by-election]]"),
        pa("ld1", LD, "The [[Liberal Democrats]] have won"),
        ev("won", "election", "have [[won]] the"),
        ev("byelection1", "election", "the Mid Wealden [[by-election]] with"),
        pa("con1", CON, "by the [[Conservatives]] since"),
        sp("sp1", "Sarah Pemberton", "MP, [[Sarah Pemberton]], a former"),
        Q("q_sp1", "direct", 'count: "[[Tonight the people', 'be ignored.]]"'),
        Q("q_sp2", "direct", '"[[People here have been', 'a very long time,]]"'),
        sp("sp2", "Sarah Pemberton", 'time," [[Ms Pemberton]] said'),
        Q("q_sp3", "direct", 'said. "[[They are not loyal', 'any more.]]"'),
        pa("grn", GRN, "The [[Green Party]] finished"),
        pa("lab", LAB, "ahead of [[Labour]], whose"),
        pa("con2", CON, "[[Conservative Party]] chairman"),
        sp("nf", "Nick Ferris", "chairman [[Nick Ferris]] insisted"),
        Q("q_nf_mixed", "mixed", "insisted that [[the result was", 'protest vote"]] and said'),
        Q("q_nf_indirect", "indirect", "and said [[the party would win", "the general election]]."),
        pa("ld2", LD, "[[Lib Dem]] leader Tom"),
        sp("ta", "Tom Aylward", "leader [[Tom Aylward]], who"),
        Q("q_ta", "direct", 'said: "[[This is a political earthquake', 'in the south.]]"'),
        pa("ld3", LD, "string of [[Lib Dem]] gains"),
    ],
    member("nf", "con2")
    + member("ta", "ld2")
    + part("win_h", "ld_h")
    + part("byelection_h", "ld_h")
    + part("won", "ld1")
    + part("byelection1", "ld1")
    + said("sp1", "q_sp1")
    + said("sp2", "q_sp2", "q_sp3")
    + said("nf", "q_nf_mixed", "q_nf_indirect")
    + said("ta", "q_ta"),
)

# --------------------------------------------------------------------------------------------------
# 013 -- Georgia state senator changes party (GOP, "wrote", emoji, two clauses after one subject)
# --------------------------------------------------------------------------------------------------
D013 = Gold(
    "013_georgia-senator-switches-party.txt",
    [
        ev("switches", "defection", "senator [[switches]] from"),
        pa("rep_h", REP, "from [[Republicans]] to"),
        pa("dem_h", DEM, "Republicans to [[Democrats]]"),
        sp("lw1", "Lorraine Whitaker", "senator [[Lorraine Whitaker]] has"),
        ev("defected", "defection", "has [[defected]] from"),
        pa("rep1", REP, "from the [[Republican Party]] to"),
        pa("dem1", DEM, "to the [[Democrats]], saying"),
        Q("q_lw_mixed", "mixed", "saying [[the party she joined", "no longer exists\"]]."),
        sp("lw2", "Lorraine Whitaker", "[[Whitaker]], who represents"),
        Q("q_lw1", "direct", 'Constitution: "[[I did not leave', 'Georgians like me.]]"'),
        sp("she", "Lorraine Whitaker", "In it, [[she]] said"),
        Q("q_lw2", "direct", 'she said: "[[To my constituents', 'stubborn senator. \U0001F604]]"'),
        pa("dem2", DEM, "[[Democratic]] state party chair"),
        sp("mb", "Marcus Bell", "chair [[Marcus Bell]] said"),
        Q("q_mb_mixed", "mixed", "said that [[Whitaker would be", 'tremendous asset"]] and confirmed'),
        Q("q_mb_indirect", "indirect", "confirmed [[she would run", "next year's election]]."),
        pa("rep2", REP, "[[Republican]] leaders reacted"),
        sp("wp1", "Wade Porter", "Leader [[Wade Porter]] called"),
        sp("lw3", "Lorraine Whitaker", "called for [[Whitaker]] to resign"),
        ev("resign", "resignation", "Whitaker to [[resign]] her seat"),
        ev("election", "election", "a special [[election]]."),
        Q("q_wp1", "direct", '"[[She asked voters', 'as a Republican,]]"'),
        sp("wp2", "Wade Porter", 'Republican," [[Porter]] told'),
        Q("q_wp2", "direct", 'reporters. "[[She should let', 'them decide.]]"'),
        ev("switch", "defection", "Her [[switch]] cuts"),
        pa("rep3", REP, "the [[Republican]] majority"),
    ],
    member("mb", "dem2")
    + part("switches", "rep_h", "dem_h")
    + part("defected", "lw1", "rep1", "dem1")
    + part("resign", "lw3")
    + part("election", "lw3")
    + part("switch", "rep3")
    + said("lw1", "q_lw_mixed")
    + said("lw2", "q_lw1")
    + said("she", "q_lw2")
    + said("mb", "q_mb_mixed", "q_mb_indirect")
    + said("wp2", "q_wp1", "q_wp2"),
)

GOLD_TABLES = [SAMPLE, D001, D002, D003, D004, D005, D006, D007, D008, D009, D010, D011, D012, D013]


# --------------------------------------------------------------------------------------------------
# Building and checking
# --------------------------------------------------------------------------------------------------
def _unique(text: str, needle: str, where: str) -> int:
    first = text.find(needle)
    if first < 0:
        raise AssertionError(f"{where}: context {needle!r} not found")
    if text.find(needle, first + 1) >= 0:
        raise AssertionError(f"{where}: context {needle!r} occurs more than once; give more context")
    return first


def _locate(text: str, item: S | Q, where: str) -> tuple[int, int]:
    where = f"{where}: {item.key}"
    if isinstance(item, S):
        assert item.ctx.count("[[") == 1 and item.ctx.count("]]") == 1, f"{where}: ctx needs one [[...]]"
        left, rest = item.ctx.split("[[")
        surface, right = rest.split("]]")
        at = _unique(text, left + surface + right, where)
        start = at + len(left)
        return start, start + len(surface)
    assert item.first.count("[[") == 1 and item.last.count("]]") == 1, f"{where}: quote contexts need [[ and ]]"
    left, first = item.first.split("[[")
    at = _unique(text, left + first, where)
    start = at + len(left)
    last, right = item.last.split("]]")
    pos = text.find(last + right, start)
    if pos < 0:
        raise AssertionError(f"{where}: end context {item.last!r} not found after the start")
    end = pos + len(last)
    if "\n\n" in text[start:end]:
        raise AssertionError(f"{where}: the quote crosses a paragraph break; use one QUOTE per paragraph")
    return start, end


def build_document(gold: Gold) -> Document:
    path = DATA / gold.file
    ingested = next(read_source(path))
    text = ingested.text
    located = []
    for item in gold.spans:
        start, end = _locate(text, item, gold.file)
        if isinstance(item, Q):
            label, attrs = "QUOTE", {"kind": item.kind}
        else:
            label, attrs = item.label, item.attrs()
        located.append((start, end, item.key, label, attrs))
    keys = [k for _, _, k, _, _ in located]
    dupes = {k for k in keys if keys.count(k) > 1}
    assert not dupes, f"{gold.file}: keys used twice: {sorted(dupes)}"
    located.sort(key=lambda x: (x[0], x[1]))
    ids = {key: f"T{i}" for i, (_, _, key, _, _) in enumerate(located, 1)}
    spans = tuple(Span(ids[key], s, e, label, attrs) for s, e, key, label, attrs in located)
    relations = []
    for head, label, tail in gold.relations:
        assert head in ids and tail in ids, f"{gold.file}: relation {head} {label} {tail}: unknown key"
        relations.append(Relation(ids[head], ids[tail], label))
    meta = {"source": f"corpus/data/{gold.file}", "annotator": "gold", "title": ingested.meta.get("title", "")}
    doc = Document(ingested.id, text, spans, tuple(relations), meta)
    check_document(doc)
    return doc


def check_document(doc: Document) -> None:
    """Schema validity, no overlap (BIO), and the flat-annotation and linking rules of the guidelines."""
    validate_document(doc)
    spans_to_bio(doc.text, doc.spans, doc.id)
    by_id = doc.span_by_id()
    quotes = [s for s in doc.spans if s.label == "QUOTE"]
    for q in quotes:
        covered = doc.text[q.start : q.end]
        assert covered == covered.strip(), f"{doc.id}: {q.id} not trimmed"
    said_by: dict[str, list[str]] = {}
    for r in doc.relations:
        if r.label == "said_by":
            said_by.setdefault(r.head, []).append(r.tail)
    for q, tails in said_by.items():
        assert len(tails) == 1, f"{doc.id}: QUOTE {q} has {len(tails)} speakers"
    for s in doc.spans:
        if s.label == "SPEAKER" and doc.text[s.start : s.end].lower() in {"he", "she", "they"}:
            assert s.attrs.get("canonical"), f"{doc.id}: pronoun speaker {s.id} needs a canonical name"
        if s.label == "PARTY":
            assert s.attrs.get("canonical"), f"{doc.id}: PARTY {s.id} needs a canonical name"
    for q_id, (sp_id,) in said_by.items():
        assert by_id[sp_id].label == "SPEAKER" and by_id[q_id].label == "QUOTE"
        assert by_id[sp_id].attrs.get("canonical") or doc.text[by_id[sp_id].start : by_id[sp_id].end][0].isupper()


def build_all() -> list[Document]:
    docs = [build_document(g) for g in GOLD_TABLES]
    files = sorted(p.name for p in DATA.iterdir() if p.suffix.lower() in {".txt", ".md", ".html", ".htm", ".jsonl"})
    covered = sorted(g.file for g in GOLD_TABLES)
    assert files == covered, f"gold and corpus/data differ: {sorted(set(files) ^ set(covered))}"
    if MANIFEST.exists():
        manifest = {e["file"]: e["id"] for e in json.loads(MANIFEST.read_text(encoding="utf-8"))}
        for g, d in zip(GOLD_TABLES, docs):
            assert manifest.get(g.file) == d.id, f"MANIFEST.json id of {g.file} is stale ({manifest.get(g.file)} != {d.id})"
    ids = [d.id for d in docs]
    assert len(set(ids)) == len(ids), "two documents have the same id"
    return docs


def show(doc: Document) -> None:
    by_id = doc.span_by_id()
    print(f"=== {doc.meta['source']} ({doc.id})")
    for s in doc.spans:
        print(f"  {s.id:>4} {s.label:<8} {doc.text[s.start:s.end]!r} {dict(s.attrs)}")
    for r in doc.relations:
        h, t = by_id[r.head], by_id[r.tail]
        print(f"  {r.label:<11} {doc.text[h.start:h.end][:50]!r} -> {doc.text[t.start:t.end]!r}")


def main(argv: list[str]) -> int:
    docs = build_all()
    if "--show" in argv:
        for d in docs:
            show(d)
    counts: dict[str, int] = {}
    for d in docs:
        for s in d.spans:
            counts[s.label] = counts.get(s.label, 0) + 1
        for r in d.relations:
            counts[r.label] = counts.get(r.label, 0) + 1
    if "--check" not in argv:
        write_documents(GOLD, docs)
        print(f"wrote {len(docs)} documents to {GOLD.relative_to(ROOT)}")
    print(json.dumps(counts, sort_keys=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
