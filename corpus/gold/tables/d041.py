"""Gold table of document 041 (held-out batch): Colorado Democrats elect a state party chair (US dateline, emoji
inside a direct quote incl. variation selectors and a skin-tone modifier, an emoji at the end of a mixed fragment,
"elected X as chair of the state party" as member_of, a ballot with voters and candidates, a vote count, "announced
in January that" with an event word inside the clause)."""

from __future__ import annotations

from .common import DEM, REP, Gold, Q, ev, member, pa, part, said, sp

GOLD = Gold(
    "041_colorado-democrats-elect-chair.txt",
    [
        # headline: nobody is named
        pa("dem_h", DEM, "Colorado [[Democrats]] elect labor"),
        ev("elect", "election", "Democrats [[elect]] labor"),
        # P1: "SNP elects X as leader" -> member_of; the ballot's voters and both candidates are participants
        pa("dem1", DEM, "DENVER — Colorado [[Democrats]] on Saturday"),
        ev("elected", "election", "Saturday [[elected]] Yesenia"),
        sp("yt1", "Yesenia Torres", "elected [[Yesenia Torres]], a 36-year-old"),
        sp("mb1", "Mike Brandt", "Treasurer [[Mike Brandt]] on the"),
        ev("ballot", "vote", "the second [[ballot]]."),
        # P2: "won 187 of the 341 votes" wins votes, not a seat or an election, and "votes cast" counts ballots:
        # no EVENT
        sp("yt2", "Yesenia Torres", "[[Torres]] won 187"),
        pa("dem2", DEM, "members of the [[Democratic]] state central"),
        # P3
        Q("q_yt1", "direct", '"[[Tonight we stopped', 'for permission,]]"'),
        sp("yt3", "Yesenia Torres", 'permission," [[Torres]] told the room'),
        Q("q_yt2", "direct", "cheers. \"[[We're going to organize", 'told to write off.]]"'),
        # P4: emoji are part of the quote
        sp("she_yt", "Yesenia Torres", "Minutes later [[she]] posted"),
        Q("q_yt3", "direct", 'on X: "[[We did it, Colorado', "Let's go! \U0001f3d4\ufe0f\u270a\U0001f3fd]]\""),
        # P5: endorsement is no event; "urged the party to" + partial quote
        sp("mb2", "Mike Brandt", "[[Brandt]], who had been endorsed"),
        sp("lc", "Lisa Chen", "Gov. [[Lisa Chen]] and most"),
        Q("q_mb1", "indirect", "delegation, said [[he had called Torres", "to congratulate her]]."),
        sp("he_mb", "Mike Brandt", "[[He]] urged the party"),
        Q("q_mb2", "direct", 'to "[[leave this room united', 'certainly will.]]"'),
        # P6
        pa("rep", REP, "Colorado [[Republican Party]] chair"),
        sp("dh", "Dave Hollister", "chair [[Dave Hollister]] mocked"),
        Q("q_dh", "mixed", "writing that [[Democrats had", 'a party of activists \U0001f921"]].'),
        # P7: "step down" is inside the indirect clause
        sp("yt4", "Yesenia Torres", "[[Torres]] replaces"),
        sp("jm", "Janet Morrow", "replaces [[Janet Morrow]], who announced"),
        Q("q_jm", "indirect", "in January that [[she would step down", "six years in the job]]."),
    ],
    member("yt1", "dem1")
    + member("dh", "rep")
    + part("elect", "dem_h")
    + part("elected", "dem1", "yt1", "mb1")
    + part("ballot", "dem1", "yt1", "mb1")
    + said("yt3", "q_yt1", "q_yt2")
    + said("she_yt", "q_yt3")
    + said("mb2", "q_mb1")
    + said("he_mb", "q_mb2")
    + said("dh", "q_dh"),
)
