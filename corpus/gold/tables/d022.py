"""Gold table of document 022: Tory MP suspended over lobbying claims (event type "other", Dame inside the span, a
newspaper as source, broken quote with "he said,", a title inside a quote)."""

from __future__ import annotations

from .common import CON, LAB, Gold, Q, ev, member, pa, part, said, sp

GOLD = Gold(
    "022_tory-mp-suspended-over-lobbying.txt",
    [
        # headline: suspension from the party -> the party and the MP take part
        pa("con_h", CON, "[[Conservative]] MP Gareth Lowe"),
        sp("gl_h", "Gareth Lowe", "MP [[Gareth Lowe]] suspended"),
        ev("suspended_h", "other", "Lowe [[suspended]] over"),
        # P1: "a newspaper reported that ..." is a QUOTE without said_by
        pa("con1", CON, "The [[Conservatives]] have suspended"),
        ev("suspended1", "other", "have [[suspended]] the Tamworth"),
        sp("gl1", "Gareth Lowe", "MP, [[Gareth Lowe]], after"),
        Q("q_paper", "indirect", "reported that [[he offered", "a gambling firm]]."),
        # P2
        sp("pr", "Philippa Rourke", "Whip, [[Dame Philippa Rourke]], said"),
        Q("q_pr", "mixed", "statement that [[Mr Lowe would sit", 'matter is investigated"]].'),
        sp("gl2", "Gareth Lowe", "[[Mr Lowe]] denies"),
        # P3
        Q("q_gl1", "direct", '"[[I have never taken', 'I never will,]]"'),
        sp("he_gl", "Gareth Lowe", 'will," [[he]] said in a video'),
        Q("q_gl2", "direct", 'evening. "[[I look forward', 'my name.]]"'),
        # P4: partial quote, then a quote broken by "he said,"; "The Prime Minister" is inside the quote
        pa("lab", LAB, "[[Labour]]'s deputy leader"),
        sp("op", "Owen Pryce", "leader, [[Owen Pryce]], called"),
        ev("suspension", "other", "called the [[suspension]]"),
        Q("q_op1", "direct", 'suspension "[[the bare minimum', 'bare minimum]]"'),
        Q("q_op2", "direct", '"[[The Prime Minister promised', 'clean up politics,]]"'),
        sp("he_op", "Owen Pryce", 'politics," [[he]] said,'),
        Q("q_op3", "direct", 'said, "[[and his own MPs', 'for sale.]]"'),
        # P5: anonymous source after the clause
        Q("q_commons", "indirect", "[[The Parliamentary Commissioner", "an investigation]], according"),
        # P6
        sp("gl3", "Gareth Lowe", "[[Mr Lowe]], first elected"),
        ev("elected", "election", "first [[elected]] in 2017"),
        pa("tory", CON, "fourth [[Tory]] MP"),
        ev("suspended2", "other", "to be [[suspended]] this Parliament"),
        ev("suspensions", "other", "The [[suspensions]] have left"),
    ],
    member("gl_h", "con_h")
    + member("op", "lab")
    + member("gl3", "tory")
    + part("suspended_h", "gl_h", "con_h")
    + part("suspended1", "con1", "gl1")
    + part("elected", "gl3")
    + part("suspended2", "gl3", "tory")
    + said("pr", "q_pr")
    + said("he_gl", "q_gl1", "q_gl2")
    + said("op", "q_op1")
    + said("he_op", "q_op2", "q_op3"),
)
