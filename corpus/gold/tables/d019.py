"""Gold table of document 019: Arizona Republican Senate primary (HTML with script and style, byline, quote broken
across sentences, US-style full stop inside the closing mark, anonymous aide, GOP / Democrats)."""

from __future__ import annotations

from .common import DEM, REP, Gold, Q, ev, member, pa, part, said, sp

GOLD = Gold(
    "019_arizona-republican-senate-primary.html",
    [
        # headline: winning a nomination is winning the primary election
        sp("dh_h", "Dale Hutchins", "[[Dale Hutchins]] wins Republican"),
        ev("wins", "election", "Hutchins [[wins]] Republican"),
        pa("rep_h", REP, "wins [[Republican]] nomination"),
        # byline
        sp("mo", "Maria Okafor", "By [[Maria Okafor]], Phoenix"),
        # P1: "Republican primary election" -> PARTY "Republican" + EVENT "election"
        sp("dh1", "Dale Hutchins", "Former sheriff [[Dale Hutchins]] won"),
        ev("won", "election", "Hutchins [[won]] the Republican"),
        pa("rep1", REP, "won the [[Republican]] primary"),
        ev("election1", "election", "primary [[election]] for the US Senate"),
        sp("kl1", "Kim Lasko", "treasurer [[Kim Lasko]] by nine"),
        # P2
        Q("q_dh1", "direct", "“[[Arizona sent a message", "tonight,]]”"),
        sp("dh2", "Dale Hutchins", "tonight,” [[Hutchins]] told"),
        Q("q_dh2", "direct", "Mesa. “[[They want someone", "talk about it.]]”"),
        # P3: the mixed quote ends at the closing mark, the full stop inside it included; no span inside it
        sp("kl2", "Kim Lasko", "midnight, [[Lasko]] said"),
        Q("q_kl", "mixed", "Lasko said [[she had called", "keep this seat red.”]]"),
        # P4
        sp("dh3", "Dale Hutchins", "[[Hutchins]] will face"),
        pa("dem1", DEM, "face [[Democrat]] Elena"),
        sp("ev1", "Elena Vargas", "Democrat [[Elena Vargas]], a two-term"),
        ev("election2", "election", "in the general [[election]] in November"),
        sp("ev2", "Elena Vargas", "[[Vargas]], who ran unopposed"),
        Q("q_ev", "direct", "posted: “[[The choice is now clear", "who shows up.]]”"),
        # P5: "worry that" is no speech verb; the aide is anonymous
        pa("gop", REP, "[[GOP]] strategists"),
        sp("dh4", "Dale Hutchins", "worry that [[Hutchins]]’s hard line"),
        pa("dem2", DEM, "where [[Democrats]] won three"),
        ev("won2", "election", "Democrats [[won]] three House seats"),
        pa("rep2", REP, "One senior [[Republican]] aide"),
        Q("q_aide", "direct", "called him “[[the best candidate", "could have asked for.]]”"),
        # P6
        sp("wb", "Walter Briggs", "Senator [[Walter Briggs]], a Republican"),
        pa("rep3", REP, "Briggs, a [[Republican]], decided"),
    ],
    member("ev1", "dem1")
    + member("wb", "rep3")
    + part("wins", "dh_h", "rep_h")
    + part("won", "dh1", "rep1", "kl1")
    + part("election1", "dh1", "rep1", "kl1")
    + part("election2", "dh3", "dem1", "ev1")
    + part("won2", "dem2")
    + said("dh2", "q_dh1", "q_dh2")
    + said("kl2", "q_kl")
    + said("ev2", "q_ev"),
)
