"""Gold table of document 014: shadow home secretary on police cuts (long role descriptions, pronoun far from its
antecedent, partial quote in the headline, "replied that", anonymous source)."""

from __future__ import annotations

from .common import LAB, LD, Gold, Q, ev, member, pa, part, said, sp

GOLD = Gold(
    "014_shadow-home-secretary-police-cuts.txt",
    [
        # headline: "attacks “hollowing out”" attributes the phrase to her (like 'attacked the “reckless” …')
        pa("lab_h", LAB, "[[Labour]]’s Yvette Marsh attacks"),
        sp("ym_h", "Yvette Marsh", "Labour’s [[Yvette Marsh]] attacks"),
        Q("q_ym_h", "direct", "attacks “[[hollowing out", "hollowing out]]” of neighbourhood"),
        # P1: long role description before the name, set off by commas
        sp("ym1", "Yvette Marsh", "The shadow home secretary, [[Yvette Marsh]], has accused"),
        Q("q_ym1", "direct", "Government of “[[hollowing out", "hollowing out]]” neighbourhood policing after"),
        # P2
        sp("ym2", "Yvette Marsh", "Leeds, [[Ms Marsh]] said that"),
        Q("q_ym2", "mixed", "said that [[the Conservatives had", "when you call”]]."),
        # P3: broken quote across sentences
        sp("ag1", "Anthony Greaves", "The Home Secretary, [[Sir Anthony Greaves]], rejected"),
        Q("q_ag1", "direct", "“[[These numbers count", "the wrong things,]]”"),
        sp("he_ag", "Anthony Greaves", "things,” [[he]] said."),
        Q("q_ag2", "direct", "he said. “[[Officer numbers", "in most forces.]]”"),
        # P4: the pronoun's antecedent is three sentences back
        sp("ym3", "Yvette Marsh", "[[Ms Marsh]], a former criminal barrister"),
        ev("appointed", "appointment", "who was [[appointed]] to the shadow cabinet"),
        ev("elections", "election", "May’s local [[elections]]."),
        sp("she_ym", "Yvette Marsh", "On Tuesday [[she]] said:"),
        Q("q_ym3", "direct", "said: “[[People do not feel safe", "right not to.]]”"),
        # P5: party name inside the quote is not annotated
        sp("ag2", "Anthony Greaves", "[[Sir Anthony]] replied"),
        Q("q_ag3", "mixed", "replied that [[Labour had", "for more officers]]."),
        # P6
        pa("ld", LD, "[[Lib Dem]] home affairs spokesperson"),
        sp("df", "Daisy Fairbairn", "spokesperson [[Daisy Fairbairn]] said"),
        Q("q_df", "mixed", "said [[both parties were", "go unsolved”]]."),
        # P7: anonymous source
        Q("q_source", "indirect", "source said [[the department would", "figures next month]]."),
    ],
    member("ym_h", "lab_h")
    + member("df", "ld")
    + part("appointed", "ym3")
    + said("ym_h", "q_ym_h")
    + said("ym1", "q_ym1")
    + said("ym2", "q_ym2")
    + said("he_ag", "q_ag1", "q_ag2")
    + said("she_ym", "q_ym3")
    + said("ag2", "q_ag3")
    + said("df", "q_df"),
)
