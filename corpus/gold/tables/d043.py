"""Gold table of document 043: Tory donor row (reported speech of a newspaper, a commission, a charity, a pollster
and spokespeople: QUOTEs without said_by, and no SPEAKER inside them; "according to the Courier"; a title in
apposition to a name; pronouns after a letter and a post)."""

from __future__ import annotations

from .common import CON, LAB, LD, Gold, Q, member, pa, said, sp

GOLD = Gold(
    "043_tory-donor-row.txt",
    [
        # headline: "denies ... claims" has no reported clause
        pa("tory_h", CON, "[[Tory]] donor row"),
        # P1: a newspaper's report is a QUOTE with no said_by; "the Chancellor" inside it is not annotated
        pa("con1", CON, "The [[Conservative Party]] was under"),
        Q("q_paper1", "indirect", "reported that [[a major donor", "a £250,000 gift]]."),
        # P2: the donor's name is inside the paper's reported clause
        Q("q_paper2", "indirect", "Courier reported that [[the donor,", "three times in the spring]]."),
        pa("con2", CON, "A [[Conservative]] spokesman"),
        Q("q_spokesman", "mixed", "spokesman said [[the claims were", "“categorically untrue”]]."),
        # P3: "wrote to the Electoral Commission ... demanding an investigation" has no reported clause
        pa("lab1", LAB, "[[Labour]]’s party chair"),
        sp("as1", "Anneka Stroud", "chair, [[Anneka Stroud]], wrote"),
        Q("q_as1", "direct", "“[[The public deserves", "is for sale,]]”"),
        sp("she_as1", "Anneka Stroud", "for sale,” [[she]] wrote"),
        Q("q_as2", "direct", "“[[If it is, heads", "must roll.]]”"),
        # P4: the commission's two reported clauses
        Q("q_comm1", "indirect", "confirmed [[it had received", "the letter]] and said"),
        Q("q_comm2", "mixed", "and said [[it would “consider", "it carefully”]]."),
        # P5: "According to the Courier": the paper is the source; Mr Lusk is inside the clause
        Q("q_paper3", "indirect", "the Courier, [[Mr Lusk was seated", "fundraising dinners last year]]."),
        sp("gl", "Graham Lusk", "[[Mr Lusk]] told the paper"),
        Q("q_gl", "mixed", "the paper [[he had “never", "in return”]]."),
        # P6
        pa("con3", CON, "statement, [[Conservative Party]] chairman"),
        sp("pa1", "Peter Aldwinckle", "chairman [[Peter Aldwinckle]] said"),
        Q("q_pa1", "direct", "said: “[[Every donation", "has been followed.]]”"),
        # P7: "The Chancellor, Fiona Redgrave": the title is a role before the name
        sp("fr", "Fiona Redgrave", "Chancellor, [[Fiona Redgrave]], was asked"),
        sp("she_fr", "Fiona Redgrave", "Derby. [[She]] told reporters"),
        Q("q_fr1", "mixed", "told reporters [[she had “never", "with a donor”]] and added"),
        Q("q_fr2", "indirect", "added that [[she would be happy", "publish her diary]]."),
        # P8
        pa("ld", LD, "[[Liberal Democrat]] MP Callum"),
        sp("cf", "Callum Fairweather", "MP [[Callum Fairweather]], who sits"),
        Q("q_cf", "direct", "“[[This smells of", "too long,]]”"),
        sp("he_cf", "Callum Fairweather", "too long,” [[he]] said in a post"),
        # P9: a charity's report
        Q("q_ti", "mixed", "last year that [[political donations were", "in British democracy]]."),
        # P10: an anonymous spokesperson; "the Prime Minister" and "the Chancellor" are inside the clause
        Q("q_dst", "mixed", "spokesperson said [[the Prime Minister had", "in the Chancellor]]."),
        # P11: a pollster's reported clause
        pa("con4", CON, "put the [[Conservatives]] eight points"),
        pa("lab2", LAB, "behind [[Labour]]. The pollster"),
        Q("q_poll", "indirect", "Metrics, said [[the gap was", "since 2022]]."),
        # P12
        sp("as2", "Anneka Stroud", "[[Ms Stroud]] said the party"),
        Q("q_as3", "indirect", "Stroud said [[the party would table", "returns on Monday]]."),
        Q("q_as4", "direct", "“[[We will keep asking", "get answers,]]”"),
        sp("she_as2", "Anneka Stroud", "answers,” [[she]] said."),
        # P13
        sp("pa2", "Peter Aldwinckle", "[[Mr Aldwinckle]], asked on Sky"),
        Q("q_pa2", "direct", "said: “[[There is nothing", "to return.]]”"),
        pa("tory2", CON, "before the [[Tory]] conference"),
    ],
    member("as1", "lab1")
    + member("pa1", "con3")
    + member("cf", "ld")
    + said("she_as1", "q_as1", "q_as2")
    + said("gl", "q_gl")
    + said("pa1", "q_pa1")
    + said("she_fr", "q_fr1", "q_fr2")
    + said("he_cf", "q_cf")
    + said("as2", "q_as3")
    + said("she_as2", "q_as4")
    + said("pa2", "q_pa2"),
)
