"""Gold table of document 023: Milwaukee mayor elected (emoji incl. a skin-tone modifier, "wrote that" mixed plus a
partial quote, institutional source, US state party, "He argued that" with a party inside the quote)."""

from __future__ import annotations

from .common import DEM, REP, Gold, Q, ev, member, pa, part, said, sp

GOLD = Gold(
    "023_milwaukee-mayor-elected.txt",
    [
        # headline
        pa("dem_h", DEM, "[[Democrat]] Keisha Monroe elected"),
        sp("km_h", "Keisha Monroe", "Democrat [[Keisha Monroe]] elected"),
        ev("elected_h", "election", "Monroe [[elected]] Milwaukee"),
        pa("gop_h", REP, "as [[GOP]] challenger"),
        # P1
        pa("dem1", DEM, "[[Democrat]] Keisha Monroe has"),
        sp("km1", "Keisha Monroe", "Democrat [[Keisha Monroe]] has been"),
        ev("elected1", "election", "has been [[elected]] mayor"),
        pa("rep1", REP, "defeating [[Republican]] businessman"),
        sp("tb1", "Tom Brandt", "businessman [[Tom Brandt]] by"),
        ev("election1", "election", "Tuesday's [[election]]."),
        # P2
        sp("km2", "Keisha Monroe", "[[Monroe]], a former school"),
        Q("q_km", "direct", 'after 11pm: "[[We did it', 'real work starts.]]"'),
        # P3
        sp("tb2", "Tom Brandt", "[[Brandt]] phoned"),
        sp("km3", "Keisha Monroe", "phoned [[Monroe]] shortly"),
        sp("he_tb", "Tom Brandt", "short post [[he]] wrote"),
        Q("q_tb1", "mixed", "wrote that [[the result was", 'we worked for"]] but'),
        Q("q_tb2", "direct", 'mayor "[[every success', "every success \U0001F91D]]\""),
        # P4: "election commission" names a body, not an event; institutional source
        Q("q_turnout", "indirect", "[[Turnout was 41%", "four years ago]], according"),
        # P5: "Wisconsin Democratic Party" -> "Democratic Party"
        pa("dem2", DEM, "Wisconsin [[Democratic Party]] chair"),
        sp("bs", "Ben Sorensen", "chair, [[Ben Sorensen]], said"),
        Q("q_bs1", "mixed", "said [[the win showed", 'in the Midwest"]].'),
        sp("he_bs", "Ben Sorensen", "[[He]] argued that"),
        Q("q_bs2", "mixed", "argued that [[Republicans had", 'ideas for cities"]].'),
        # P6
        sp("km4", "Keisha Monroe", "[[Monroe]] is the first"),
        ev("win", "election", "woman to [[win]] the office"),
        # P7
        sp("gn", "Gil Navarro", "predecessor, [[Gil Navarro]], tweeted"),
        Q("q_gn", "direct", 'tweeted: "[[Congratulations', 'in good hands.]]"'),
    ],
    member("km_h", "dem_h")
    + member("km1", "dem1")
    + member("tb1", "rep1")
    + member("bs", "dem2")
    + part("elected_h", "km_h", "dem_h", "gop_h")
    + part("elected1", "km1", "dem1", "tb1", "rep1")
    + part("election1", "km1", "dem1", "tb1", "rep1")
    + part("win", "km4")
    + said("km2", "q_km")
    + said("he_tb", "q_tb1", "q_tb2")
    + said("bs", "q_bs1")
    + said("he_bs", "q_bs2")
    + said("gn", "q_gn"),
)
