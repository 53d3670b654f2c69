"""Gold table of document 007: climate march (Markdown, protest, family emoji, "according to" after the clause)."""

from __future__ import annotations

from .common import CON, GRN, Gold, Q, ev, member, pa, part, said, sp

FAMILY = "\U0001F469\u200D\U0001F469\u200D\U0001F467"
GOLD = Gold(
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
