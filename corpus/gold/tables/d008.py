"""Gold table of document 008: US Senate vote (HTML with script and style, Democrats / Republicans / GOP, flag
emoji)."""

from __future__ import annotations

from .common import DEM, REP, Gold, Q, ev, member, pa, part, said, sp, title

FLAG_US = "\U0001F1FA\U0001F1F8"
GOLD = Gold(
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
