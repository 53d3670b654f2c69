"""Gold table of document 005: Stormont vote delayed (CRLF source, decomposed accent in "Sinn Féin", title speaker)."""

from __future__ import annotations

from .common import DUP, SF, Gold, Q, ev, member, pa, said, sp, title

GOLD = Gold(
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
