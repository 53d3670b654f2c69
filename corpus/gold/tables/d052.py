"""Gold table of document 052 (held-out batch heldout-2): Irish politics in brief, a wire digest (four items with
capitalised item headings and datelines, British single curly marks with apostrophes inside the quotes, "The
Taoiseach, X" as a role before a name and "TAOISEACH" standing alone as a title, a whole sentence reported by
", the party said on Monday" (everything in it unannotated), "the party" referring to a party of the sentence, two
clauses of an anonymous spokesperson, police as a source, a TD addressing a rally, Irish names with "Ní")."""

from __future__ import annotations

from .common import FF, FG, LAB, SF, Gold, Q, ev, member, pa, part, said, sp, title

SOCDEM = "Social Democrats"

GOLD = Gold(
    "052_ireland-politics-in-brief.txt",
    [
        # headline: the TD who quits is not named and the headline does not say what he quits
        title("taoiseach_h", "brief: [[Taoiseach]] rules out", "Declan Farrelly"),
        ev("election_h", "election", "rules out early [[election]];"),
        pa("sf_h", SF, "election; [[Sinn Féin]] TD quits"),
        ev("quits_h", "resignation", "TD [[quits]]\n"),
        # item 1: heading in capitals; ruling out an election gives it no participant
        title("taoiseach1", "[[TAOISEACH]] RULES OUT", "Declan Farrelly"),
        ev("election1", "election", "OUT EARLY [[ELECTION]]\n"),
        # "The Taoiseach, X," is a role before a name (cf. d017); apostrophe inside the single marks
        sp("df1", "Declan Farrelly", "Taoiseach, [[Declan Farrelly]], on Tuesday"),
        ev("election2", "election", "early general [[election]], saying"),
        Q("q_df1", "mixed", "saying [[his coalition had", "work still to do’]]."),
        Q("q_df2", "direct", "‘[[We were elected to finish", "we’ll finish it,]]’"),
        sp("df2", "Declan Farrelly", "it,’ [[Mr Farrelly]] told reporters"),
        Q("q_df3", "direct", "Buildings. ‘[[People are sick", "sake of elections.]]’"),
        sp("df3", "Declan Farrelly", "[[Mr Farrelly]], the Fine Gael leader"),
        pa("fg1", FG, "the [[Fine Gael]] leader"),
        pa("ff1", FF, "partners in [[Fianna Fáil]] to set"),
        pa("sf1", SF, "[[Sinn Féin]] leader Máire"),
        sp("mnb", "Máire Ní Bhriain", "leader [[Máire Ní Bhriain]] said"),
        Q("q_mnb", "mixed", "said [[the Taoiseach was", "of the voters’]]."),
        # item 2: "QUITS PARTY": the party is the SINN FÉIN of the heading
        pa("sf2", SF, "[[SINN FÉIN]] TD QUITS"),
        ev("quits2", "resignation", "TD [[QUITS]] PARTY"),
        ev("vote2", "vote", "HOUSING [[VOTE]]\n"),
        # "the party" in both clauses refers to Sinn Féin; "him" is no SPEAKER, the named mention takes the roles
        pa("sf3", SF, "Oct 14 - [[Sinn Féin]] TD Colm"),
        sp("cb1", "Colm Brady", "TD [[Colm Brady]] resigned"),
        ev("resigned", "resignation", "Brady [[resigned]] from the party"),
        ev("suspended", "other", "the party [[suspended]] him"),
        ev("voting", "vote", "him for [[voting]] with"),
        sp("cb2", "Colm Brady", "statement, [[Mr Brady]] said"),
        Q("q_cb1", "mixed", "said [[he had ‘no regrets’", "backing the bill]]."),
        Q("q_cb2", "direct", "‘[[I was elected to get", "arguments online,]]’"),
        sp("he_cb", "Colm Brady", "online,’ [[he]] said."),
        Q("q_cb3", "direct", "said. ‘[[I’ll sit as an independent", "families a key.]]’"),
        # anonymous spokesperson, two reported clauses joined by "and that": no said_by
        pa("sf4", SF, "A [[Sinn Féin]] spokesperson"),
        Q("q_sfs1", "mixed", "spokesperson said [[the party ‘wished", "Colm well’]] and that"),
        Q("q_sfs2", "mixed", "and that [[the whip had been", "apply to everyone’]]."),
        # item 3: the first sentence is reported by "the party said": its party, name and event are inside the quote
        pa("fg2", FG, "[[FINE GAEL]] PICKS"),
        Q("q_fg", "indirect", "Oct 13 - [[Fine Gael will run", "Galway West by-election]], the party said"),
        sp("ak1", "Aoife Kenny", "[[Ms Kenny]], a 29-year-old"),
        ev("won", "election", "solicitor, [[won]] a council seat"),
        # the by-election's cause is no role of it; "independent TD" names no party
        ev("byelection", "election", "The [[by-election]], caused"),
        sp("sm", "Seán Mulkerrin", "TD [[Seán Mulkerrin]] in August"),
        Q("q_ak", "direct", "‘[[Galway West deserves", "answers the phone,]]’"),
        sp("ak2", "Aoife Kenny", "phone,’ [[Ms Kenny]] said"),
        pa("ff2", FF, "[[Fianna Fáil]] and Sinn Féin are expected"),
        pa("sf5", SF, "and [[Sinn Féin]] are expected"),
        # item 4: nobody who marches is named; the gardaí are an institutional source
        ev("march4", "protest", "THOUSANDS [[MARCH]] ON"),
        ev("marched", "protest", "people [[marched]] from Parnell"),
        ev("protest", "protest", "Saturday to [[protest]] against"),
        Q("q_garda", "indirect", "gardaí said [[it was closer", "to 5,000]]."),
        pa("lab", LAB, "[[Labour]] leader Niall"),
        sp("nc", "Niall Cusack", "leader [[Niall Cusack]], who addressed"),
        Q("q_nc", "mixed", "said [[the Government had", "an entire generation’]]."),
        # addressing the rally is taking part in it
        pa("socdem", SOCDEM, "[[Social Democrats]] TD Róisín"),
        sp("rw", "Róisín Walsh", "TD [[Róisín Walsh]] told the rally"),
        ev("rally", "protest", "told the [[rally]]:"),
        Q("q_rw", "direct", "rally: ‘[[They tell us to be patient", "pay the rent.]]’"),
        # "The Minister for Housing, Fianna Fáil's X" is a role before a name; two reported clauses
        pa("ff3", FF, "Housing, [[Fianna Fáil]]’s Brendan"),
        sp("bg", "Brendan Gorman", "Fáil’s [[Brendan Gorman]], said"),
        Q("q_bg1", "mixed", "statement that [[rents had", "in most counties’]] and that"),
        Q("q_bg2", "indirect", "and that [[4,000 new homes", "finished by December]]."),
    ],
    member("df3", "fg1")
    + member("mnb", "sf1")
    + member("cb1", "sf3")
    + member("nc", "lab")
    + member("rw", "socdem")
    + member("bg", "ff3")
    + part("quits2", "sf2")
    + part("resigned", "cb1", "sf3")
    + part("suspended", "sf3", "cb1")
    + part("voting", "cb1")
    + part("won", "ak1")
    + part("rally", "rw")
    + said("df1", "q_df1")
    + said("df2", "q_df2", "q_df3")
    + said("mnb", "q_mnb")
    + said("cb2", "q_cb1")
    + said("he_cb", "q_cb2", "q_cb3")
    + said("ak2", "q_ak")
    + said("nc", "q_nc")
    + said("rw", "q_rw")
    + said("bg", "q_bg1", "q_bg2"),
)
