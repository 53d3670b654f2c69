"""Gold table of document 078 (held-out batch heldout-3): a Minnesota congresswoman to step down, a piece built from
statements and releases (curly double marks, US style, with nested single marks; a headline "X to step down ...:
"…"" attributing the quote to X; "a Democrat who ...", "House Democratic Leader X", "also a Democrat" and "Republican
businessman X" as member_of; a two-paragraph statement; "The statement added that" and a party's release with no
said_by; "adding:" after a partial quote; "quoting the governor as saying" (a title used as a name as the speaker);
a veterans' group; a campaign arm's spokeswoman; "posted a video ... hinting at" with no reported clause; unnamed
people "in the room" and a newspaper tally after "according to")."""

from __future__ import annotations

from .common import DEM, REP, Gold, Q, ev, member, pa, part, said, sp, title

GOLD = Gold(
    "078_minnesota-congresswoman-to-step-down.txt",
    [
        # headline: "X to step down ...: "…"" attributes the quote to X (decided case, d057); leaving an office is a
        # resignation; "Minnesota Democrat X" states membership
        pa("dem_h", DEM, "Minnesota [[Democrat]] Linda"),
        sp("ls_h", "Linda Sorensen", "Democrat [[Linda Sorensen]] to step"),
        ev("step_down", "resignation", "Sorensen to [[step down]] from"),
        Q("q_ls_h", "direct", "Congress: “[[It’s time for", "a new generation]]”\n"),
        # P1: "Rep." is a role; "a Democrat who ..." states membership; "re-election" is inside the indirect clause
        sp("ls1", "Linda Sorensen", "Rep. [[Linda Sorensen]], a Democrat"),
        pa("dem1", DEM, "Sorensen, a [[Democrat]] who has"),
        Q("q_ls1", "indirect", "Monday that [[she will not run", "re-election next year]]."),
        # P2-P3: a statement quoted over two paragraphs, linked to the attribution of the first; nested single marks
        # inside the second
        sp("ls2", "Linda Sorensen", "office, [[Sorensen]], 71, said"),
        Q("q_ls2", "direct", "said: “[[Serving the people", "hand over the baton.]]"),
        Q("q_ls3", "direct", "“[[I will spend the next", "a new generation.]]”\n"),
        # P4: the statement is the source (no said_by; cf. d056 "The release added that"); the name is inside it
        Q("q_statement", "mixed", "added that [[Sorensen had", "primary in August]]."),
        # P5: "House Democratic Leader X" states the party role; partial quote after "called X", then "adding:"
        # links to the subject of the sentence
        pa("dem2", DEM, "House [[Democratic]] Leader"),
        sp("mh", "Marcus Hale", "Leader [[Marcus Hale]] called"),
        sp("ls3", "Linda Sorensen", "called [[Sorensen]] “a workhorse"),
        Q("q_mh1", "direct", "Sorensen “[[a workhorse, not", "a show horse]]”"),
        Q("q_mh2", "direct", "adding: “[[The House is losing", "true bridge-builders.]]”"),
        # P6: "Gov." is a role; the office's statement quotes "the governor" (a title used as a name): said_by him
        # (cf. d056 "quoted X as saying"); the full stop is inside the closing mark
        sp("kl", "Karen Lindqvist", "Gov. [[Karen Lindqvist]]’s office"),
        title("gov", "quoting the [[governor]] as saying", "Karen Lindqvist"),
        Q("q_gov", "mixed", "saying that [[Sorensen had", "where she came from.”]]"),
        # P7: a party as source: no said_by
        pa("dem3", DEM, "The state [[Democratic Party]] said"),
        Q("q_dfl", "mixed", "release that [[it would", "successor immediately.”]]"),
        # P8: "also a Democrat" states membership (GUIDELINES 7); "Sen." is a role
        sp("tb", "Tom Brandvold", "Sen. [[Tom Brandvold]], Minnesota’s"),
        pa("dem4", DEM, "and also a [[Democrat]], said"),
        Q("q_tb", "direct", "own: “[[Linda never needed", "usually had both.]]”"),
        # P9: a veterans' group as source; one clause with two fragments
        Q("q_vfw", "mixed", "Wars said [[Sorensen had been", "was not fashionable.”]]"),
        # P10: "its spokeswoman" belongs to the campaign arm, not a party: no member_of; quote before the
        # attribution, second quote after it
        pa("rep1", REP, "[[Republicans]] see an opening"),
        pa("rep2", REP, "the House [[Republicans]]’ campaign arm"),
        Q("q_ak1", "direct", "“[[Linda Sorensen saw", "on the wall,]]”"),
        sp("ak", "Abby Kerr", "spokeswoman, [[Abby Kerr]], said"),
        Q("q_ak2", "direct", "statement. “[[Minnesotans are ready", "for a change.]]”"),
        # P11: "run" is no trigger; "posted a video ... hinting at a campaign" reports no clause
        pa("dem5", DEM, "At least two [[Democrats]] are expected"),
        sp("oh", "Omar Haddad", "Sen. [[Omar Haddad]] said"),
        Q("q_oh", "mixed", "Monday that [[he was “seriously", "considering” a bid]], while"),
        sp("rd", "Rosa Delgado", "member [[Rosa Delgado]] posted"),
        # P12: "Republican businessman X" states membership; "lost" is no trigger (cf. "beat", "conceded")
        pa("rep3", REP, "[[Republican]] businessman Derek"),
        sp("do", "Derek Olsen", "businessman [[Derek Olsen]], who lost"),
        sp("ls4", "Linda Sorensen", "lost to [[Sorensen]] by 22"),
        Q("q_do", "mixed", "Press [[he would “take", "at the race]]."),
        # P13: unnamed people in the room as source after "according to" (the clause before it), and one of them
        Q("q_room1", "indirect", "[[Sorensen told colleagues", "on Monday morning]], according"),
        Q("q_room2", "indirect", "One of them said [[she received", "standing ovation]]."),
        # P14: a newspaper's tally after "according to": the clause before it, with "Democrat" and "re-election"
        # inside, has no said_by
        sp("ls5", "Linda Sorensen", "[[Sorensen]] was first elected"),
        ev("elected", "election", "was first [[elected]] in 2008"),
        Q("q_rc", "indirect", "2008. [[She is the 19th", "re-election this cycle]], according"),
    ],
    member("ls_h", "dem_h")
    + member("ls1", "dem1")
    + member("mh", "dem2")
    + member("tb", "dem4")
    + member("do", "rep3")
    + part("step_down", "ls_h")
    + part("elected", "ls5")
    + said("ls_h", "q_ls_h")
    + said("ls1", "q_ls1")
    + said("ls2", "q_ls2", "q_ls3")
    + said("mh", "q_mh1", "q_mh2")
    + said("gov", "q_gov")
    + said("tb", "q_tb")
    + said("ak", "q_ak1", "q_ak2")
    + said("oh", "q_oh")
    + said("do", "q_do"),
)
