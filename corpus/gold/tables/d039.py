"""Gold table of document 039 (held-out batch): SNP MSP to step down (CRLF source; "announced she will step down"
is indirect speech, so its event words are inside the quote while the headline's are not; "saying" as a second
speech verb; a partial quote after "paid tribute to"; "First Ministers" as a post, not a person; Scottish
Conservative as a regional branch; "Labour's candidate in Dundee East, X")."""

from __future__ import annotations

from .common import CON, LAB, SNP, Gold, Q, ev, member, pa, said, sp

GOLD = Gold(
    "039_snp-msp-to-step-down.txt",
    [
        # headline: the MSP is not named; standing down from a seat is leaving an office, not the party
        pa("snp_h", SNP, "[[SNP]] MSP to step down"),
        ev("step_down_h", "resignation", "MSP to [[step down]] at next"),
        ev("election_h", "election", "at next [[election]] to care"),
        # P1: "announced" + clause and "saying" + clause are two indirect quotes; "step down" and "election" are
        # inside the first
        pa("snp1", SNP, "Veteran [[SNP]] MSP Isobel"),
        sp("id1", "Isobel Drummond", "MSP [[Isobel Drummond]] has announced"),
        Q("q_id1", "indirect", "has announced [[she will step down", "representing Dundee East]], saying"),
        Q("q_id2", "indirect", "saying [[she wants to spend", "her teenage son]]."),
        # P2: "two First Ministers" names the post; "made the announcement" has no reported clause
        sp("id2", "Isobel Drummond", "[[Ms Drummond]], 61"),
        # P3: broken quote, "she wrote"
        Q("q_id3", "direct", '"[[This has been the hardest', 'my working life,]]"'),
        sp("she_id", "Isobel Drummond", 'life," [[she]] wrote.'),
        Q("q_id4", "direct", 'wrote. "[[I love this job.', 'speech from me.]]"'),
        # P4: partial quote after "paid tribute to", then a mixed clause
        sp("ac", "Alasdair Crombie", "First Minister [[Alasdair Crombie]] paid"),
        Q("q_ac1", "direct", 'a "[[formidable colleague', 'a kind friend]]"'),
        Q("q_ac2", "mixed", "said [[the party would", 'wisdom in the chamber"]].'),
        # P5
        pa("snp2", SNP, "one of the [[SNP]]'s safest"),
        sp("rs", "Ravi Sandhu", "councillor [[Ravi Sandhu]] has"),
        Q("q_rs", "indirect", "already said [[he will seek", "the nomination]]."),
        # P6: long apposition with a second SPEAKER inside it
        pa("scon", CON, "[[Scottish Conservative]] MSP Douglas"),
        sp("dl", "Douglas Lyall", "MSP [[Douglas Lyall]], who sat"),
        sp("id3", "Isobel Drummond", "opposite [[Ms Drummond]] on the"),
        Q("q_dl1", "mixed", "said [[they had", 'except the children"]].'),
        sp("he_dl", "Douglas Lyall", "[[He]] added that"),
        Q("q_dl2", "mixed", "added that [[she had", "than you'd think\"]]."),
        # P7
        pa("lab", LAB, "[[Labour]]'s candidate in Dundee"),
        sp("fm", "Fraser McAuley", "East, [[Fraser McAuley]], said"),
        Q("q_fm", "mixed", "said [[the seat was", 'safe bet for anyone"]].'),
    ],
    member("id1", "snp1")
    + member("dl", "scon")
    + member("fm", "lab")
    + said("id1", "q_id1", "q_id2")
    + said("she_id", "q_id3", "q_id4")
    + said("ac", "q_ac1", "q_ac2")
    + said("rs", "q_rs")
    + said("dl", "q_dl1")
    + said("he_dl", "q_dl2")
    + said("fm", "q_fm"),
)
