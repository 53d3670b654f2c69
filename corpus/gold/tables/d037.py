"""Gold table of document 037 (held-out batch): Stormont justice minister elected (Northern Ireland parties incl.
Alliance, SDLP, TUV, Ulster Unionists; a minister elected by the Assembly; voters and the person voted on as
participants; a mixed clause containing "which she described as"; "The First Minister, Sinn Féin's X" as a role
before a name; "stepped down" as a phrasal trigger; an anonymous party source)."""

from __future__ import annotations

from .common import ALLIANCE, DUP, SF, UUP, Gold, Q, ev, member, pa, part, said, sp

SDLP = "Social Democratic and Labour Party"
TUV = "Traditional Unionist Voice"

GOLD = Gold(
    "037_stormont-justice-minister-elected.txt",
    [
        # headline: the MLA is not named; Alliance is the party standing
        pa("all_h", ALLIANCE, "[[Alliance]] MLA elected"),
        ev("elected_h", "election", "MLA [[elected]] Stormont"),
        ev("vote_h", "vote", "cross-community [[vote]]\n"),
        # P1: "winning ... support" is not winning a seat or an election
        pa("all1", ALLIANCE, "[[Alliance Party]] MLA Ciara"),
        sp("cd1", "Ciara Devlin", "MLA [[Ciara Devlin]] has been"),
        ev("elected1", "election", "has been [[elected]] Northern Ireland"),
        # P2
        sp("cd2", "Ciara Devlin", "[[Ms Devlin]], who represents"),
        pa("sf1", SF, "backed by [[Sinn Féin]], the DUP"),
        pa("dup1", DUP, "Féin, the [[DUP]] and the SDLP"),
        pa("sdlp", SDLP, "and the [[SDLP]] in Tuesday"),
        ev("vote1", "vote", "Tuesday's [[vote]]. The"),
        pa("uup1", UUP, "The [[Ulster Unionists]] and the TUV"),
        pa("tuv", TUV, "and the [[TUV]] voted"),
        ev("voted1", "vote", "TUV [[voted]] against."),
        # P3-P4
        sp("she_cd1", "Ciara Devlin", "the result, [[she]] said:"),
        Q("q_cd1", "direct", 'said: "[[I know the trust', 'can be lost.]]"'),
        sp("she_cd2", "Ciara Devlin", "[[She]] said her first"),
        Q("q_cd2", "mixed", "She said [[her first priority", 'learned to live with"]].'),
        # P5: "her party colleague" names no party
        sp("df", "Declan Forsythe", "colleague, [[Declan Forsythe]], stepped"),
        ev("stepped_down", "resignation", "Forsythe, [[stepped down]] for"),
        # P6: "The First Minister" is a role before the name; "appointment" is inside the quote
        pa("sf2", SF, "Minister, [[Sinn Féin]]'s Orla"),
        sp("oc", "Orla Cassidy", "Féin's [[Orla Cassidy]], said"),
        Q("q_oc", "mixed", "said [[the appointment was", 'this place to work"]].'),
        # P7: anonymous source
        pa("dup2", DUP, "A [[DUP]] source"),
        Q("q_source", "mixed", "source said [[the party had backed", 'least worst option"]].'),
        # P8
        pa("uup2", UUP, "[[UUP]] leader Robin"),
        sp("rk", "Robin Kerr", "leader [[Robin Kerr]] said"),
        Q("q_rk", "mixed", "Kerr said [[his party had voted", 'left in the middle"]].'),
    ],
    member("cd1", "all1")
    + member("oc", "sf2")
    + member("rk", "uup2")
    + part("elected_h", "all_h")
    + part("elected1", "cd1", "all1")
    + part("vote1", "cd2", "sf1", "dup1", "sdlp")
    + part("voted1", "uup1", "tuv")
    + part("stepped_down", "df")
    + said("she_cd1", "q_cd1")
    + said("she_cd2", "q_cd2")
    + said("oc", "q_oc")
    + said("rk", "q_rk"),
)
