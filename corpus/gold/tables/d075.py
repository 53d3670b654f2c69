"""Gold table of document 075 (held-out batch heldout-3): the Irish budget, a Reuters-style wire report (dateline,
surnames alone, party names without accents ("Sinn Fein", "Fianna Fail"); straight double marks with US punctuation
inside the closing mark; a lede whose whole sentence is reported by ", Finance Minister X said"; "a member of
Fianna Fail" and "X of Fine Gael" as member_of; a mixed clause ending in a fragment with the full stop inside the mark,
its inner "he described as" inside the QUOTE; one clause with two quoted predicates; a partial quote ending with a
comma inside the mark; "Independent lawmaker" names no party; unnamed government sources and a fiscal council as
sources; "the Taoiseach" never named (no canonical) as the speaker of a post; inverted "said X, chief economist")."""

from __future__ import annotations

from .common import FF, FG, LAB, SF, Gold, Q, ev, member, pa, said, sp, title

SOCDEM = "Social Democrats"

GOLD = Gold(
    "075_irish-budget-tax-cuts.txt",
    [
        # headline: a party as the source of a mixed clause: no said_by; "budget" is no trigger
        pa("sf_h", SF, "budget; [[Sinn Fein]] says"),
        Q("q_sf_h", "mixed", "Fein says [[it \"fails", 'renters"]]\n'),
        # P1: the whole sentence before ", Finance Minister X said" is the reported clause (decided case, d051/d052)
        Q("q_pc1", "indirect", "(Reuters) - [[Ireland's government", "for a third winter]], Finance"),
        sp("pc1", "Patrick Cullinane", "Minister [[Patrick Cullinane]] said"),
        # P2: "a member of Fianna Fail" states membership; second quote after the sentence-final attribution
        Q("q_pc2", "direct", '"[[This is a budget that rewards', 'the most vulnerable,]]"'),
        sp("pc2", "Patrick Cullinane", 'vulnerable," [[Cullinane]], a member'),
        pa("ff1", FF, "member of [[Fianna Fail]], told"),
        Q("q_pc3", "direct", 'parliament. "[[We are putting money', 'finances at risk.]]"'),
        # P3: one mixed clause; the fragment's own "he described as" is inside the QUOTE; the full stop is inside
        # the closing mark, so inside the span (GUIDELINES 3.5)
        sp("he_pc", "Patrick Cullinane", "[[He]] said the government expected"),
        Q("q_pc4", "mixed", "He said [[the government expected", 'bank on forever."]]'),
        # P4: "X of Fine Gael" states membership (decided case, d060)
        sp("nb", "Niamh Brophy", "Minister [[Niamh Brophy]] of Fine Gael"),
        pa("fg1", FG, "Brophy of [[Fine Gael]] said"),
        Q("q_nb", "indirect", "Tuesday that [[spending on housing", "built next year]]."),
        # P5: one clause with two quoted predicates: one QUOTE (GUIDELINES 3.4: one reported clause)
        pa("sf1", SF, "unimpressed. [[Sinn Fein]] finance"),
        sp("emc", "Eoin Mac Carthaigh", "spokesperson [[Eoin Mac Carthaigh]] said"),
        Q("q_emc1", "mixed", "Carthaigh said [[the budget \"fails", 'income on rent."]]'),
        # P6: quote before the attribution, second quote after it
        Q("q_emc2", "direct", '"[[They have had seven budgets', 'to fix this,]]"'),
        sp("he_emc", "Eoin Mac Carthaigh", 'this," [[he]] told reporters'),
        Q("q_emc3", "direct", 'House. "[[Seven. And rents', 'every one of them.]]"'),
        # P7: a partial quote after "called" with the comma inside the mark; a second speaker in the same sentence;
        # "election" is inside the quote
        pa("lab", LAB, "[[Labour]] leader Ciara"),
        sp("cd", "Ciara Dunne", "leader [[Ciara Dunne]] called"),
        Q("q_cd", "direct", 'cuts "[[a bribe dressed', 'as prudence,]]"'),
        pa("socdem", SOCDEM, "while [[Social Democrats]] finance"),
        sp("gn", "Gary Nolan", "spokesperson [[Gary Nolan]] said"),
        Q("q_gn", "mixed", "Nolan said [[the government had", 'the next generation."]]'),
        # P8: "Independent lawmaker" names no party (decided case, d060)
        sp("mf", "Michael Fahy", "lawmaker [[Michael Fahy]], whose"),
        Q("q_mf", "indirect", "relies on, said [[he would back", "department in Roscommon]]."),
        # P9: unnamed sources: no said_by
        Q("q_sources", "indirect", "Reuters that [[the coalition had considered", "budget watchdog]]."),
        # P10: an institution with two speech verbs: two QUOTEs, no said_by
        Q("q_ifac1", "mixed", "last month that [[the government was", 'economy too hot"]] and warned'),
        Q("q_ifac2", "mixed", "warned that [[spending growth", 'cannot be sustained."]]'),
        # P11: "The Taoiseach" stands for the office holder, who is not named in the document: no canonical
        title("taoiseach", "The [[Taoiseach]], who was"),
        Q("q_t", "direct", 'on X: "[[A budget for workers', 'do it responsibly.]]"'),
        # P12: inverted attribution "said X, chief economist at ...", second quote after it
        Q("q_ab1", "direct", '"[[The tax cuts are modest', 'increases are not,]]"'),
        sp("ab", "Aoife Brennan", "said [[Aoife Brennan]], chief"),
        Q("q_ab2", "direct", 'Stockbrokers. "[[If corporate tax', 'very little room left.]]"'),
        # P13: a vote and an election nobody named takes part in
        ev("votes", "vote", "The Dail [[votes]] on the budget"),
        pa("ff2", FF, "[[Fianna Fail]] and Fine Gael have"),
        pa("fg2", FG, "and [[Fine Gael]] have governed"),
        ev("election", "election", "general [[election]] is due"),
    ],
    member("pc2", "ff1")
    + member("nb", "fg1")
    + member("emc", "sf1")
    + member("cd", "lab")
    + member("gn", "socdem")
    + said("pc1", "q_pc1")
    + said("pc2", "q_pc2", "q_pc3")
    + said("he_pc", "q_pc4")
    + said("nb", "q_nb")
    + said("emc", "q_emc1")
    + said("he_emc", "q_emc2", "q_emc3")
    + said("cd", "q_cd")
    + said("gn", "q_gn")
    + said("mf", "q_mf")
    + said("taoiseach", "q_t")
    + said("ab", "q_ab1", "q_ab2"),
)
