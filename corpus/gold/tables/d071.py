"""Gold table of document 071 (batch dev-4): an interview write-up with a Q&A section (each turn after a
``Name:`` label is a direct QUOTE of the person named, without quotation marks; a question quoting earlier words
keeps its inner marks), present-tense attribution ("she tells me", "she says"), "insists that is unfair" (the
reported clause starts with a demonstrative), critics and a spokeswoman as sources, regional party names)."""

from __future__ import annotations

from .common import CON, SNP, Gold, Q, ev, member, pa, part, said, sp

SGP = "Scottish Green Party"

GOLD = Gold(
    "071_snp-deputy-leader-interview.txt",
    [
        # headline
        pa("snp_h", SNP, "interview: [[SNP]] deputy leader"),
        sp("md_h", "Mairi Dunbar", "leader [[Mairi Dunbar]] on ferries"),
        ev("referendum_h", "vote", "the next [[referendum]]\n"),
        sp("cr1", "Callum Reid", "Interview by [[Callum Reid]], Scottish"),
        # P1: "she was elected" is no SPEAKER; the SNP elects its deputy
        sp("md1", "Mairi Dunbar", "[[Mairi Dunbar]] arrives"),
        ev("elected", "election", "she was [[elected]] deputy leader"),
        pa("snp1", SNP, "deputy leader of the [[SNP]], she"),
        Q("q_critics", "indirect", "critics say [[she is also", "most careful one]]."),
        # P2: the reported clause opens with the demonstrative "that"
        sp("she_md1", "Mairi Dunbar", "[[She]] insists that"),
        Q("q_md1", "indirect", "insists [[that is unfair", "is unfair]]."),
        Q("q_md2", "direct", '"[[I say what I think,', 'what I think,]]"'),
        sp("she_md2", "Mairi Dunbar", 'think," [[she]] tells me'),
        Q("q_md3", "direct", '"[[I just think before', 'out of fashion.]]"'),
        # P3
        sp("md2", "Mairi Dunbar", "[[Dunbar]], 44, was a maths"),
        ev("won", "election", "before she [[won]] the Fife North"),
        sp("she_md3", "Mairi Dunbar", "[[She]] says she still marks"),
        Q("q_md4", "mixed", "says [[she still marks", 'in red pen"]].'),
        # Q&A: every turn is a QUOTE of the person its label names
        sp("cr2", "Callum Reid", "[[Reid]]: The ferries"),
        Q("q_cr1", "direct", "Reid: [[The ferries are late", "SNP on anything?]]"),
        sp("md3", "Mairi Dunbar", "[[Dunbar]]: Because"),
        Q("q_md5", "direct", "Dunbar: [[Because we've been honest", "sails in April.]]"),
        sp("cr3", "Callum Reid", "[[Reid]]: You said last year"),
        Q("q_cr2", "direct", "Reid: [[You said last year", "Is it still?]]"),
        sp("md4", "Mairi Dunbar", "[[Dunbar]]: It is."),
        Q("q_md6", "direct", "Dunbar: [[It is. But", "win the vote.]]"),
        sp("cr4", "Callum Reid", "[[Reid]]: Scottish Labour"),
        Q("q_cr3", "direct", "Reid: [[Scottish Labour say", "out of ideas.]]"),
        sp("md5", "Mairi Dunbar", "[[Dunbar]]: Ruaridh"),
        Q("q_md7", "direct", "Dunbar: [[Ruaridh Kerr's party", "true once.]]"),
        sp("cr5", "Callum Reid", "[[Reid]]: Would you"),
        Q("q_cr4", "direct", "Reid: [[Would you stand", "for leader?]]"),
        sp("md6", "Mairi Dunbar", "[[Dunbar]]: No."),
        Q("q_md8", "direct", "Dunbar: [[No. And I'd like", "down, please.]]"),
        # reactions: the referendum is only commented on
        sp("md7", "Mairi Dunbar", "interview, [[Dunbar]]'s comments"),
        ev("referendum", "vote", "on the [[referendum]] drew"),
        pa("con", CON, "The [[Scottish Conservatives]]' constitution"),
        sp("rk", "Ross Kininmonth", "spokesman, [[Ross Kininmonth]], said"),
        Q("q_rk", "mixed", "said [[her remarks showed", 'nobody would notice"]].'),
        pa("sgp", SGP, "The [[Scottish Greens]]' co-leader"),
        sp("if", "Isla Farquhar", "co-leader, [[Isla Farquhar]], was kinder"),
        sp("she_if", "Isla Farquhar", "[[She]] said Dunbar was"),
        Q("q_if1", "mixed", "She said [[Dunbar was", 'who can count"]] and that'),
        Q("q_if2", "indirect", "and that [[the Greens would", "on child poverty]]."),
        # a spokeswoman is the source; the First Minister is a mention
        sp("km", "Kenneth Mowat", "First Minister [[Kenneth Mowat]] said"),
        Q("q_spokeswoman", "mixed", 'Mowat said [[he "fully agreed"', "with his deputy]]."),
        # last paragraph: "He asks whether" reports a question (no QUOTE)
        sp("md8", "Mairi Dunbar", "Holyrood, [[Dunbar]] stops"),
        Q("q_md9", "direct", '"[[Only on a good day,', 'a good day,]]"'),
        sp("she_md4", "Mairi Dunbar", 'day," [[she]] says.'),
    ],
    member("md_h", "snp_h")
    + member("rk", "con")
    + member("if", "sgp")
    + part("elected", "snp1")
    + part("won", "md2")
    + said("she_md1", "q_md1")
    + said("she_md2", "q_md2", "q_md3")
    + said("she_md3", "q_md4")
    + said("cr2", "q_cr1")
    + said("md3", "q_md5")
    + said("cr3", "q_cr2")
    + said("md4", "q_md6")
    + said("cr4", "q_cr3")
    + said("md5", "q_md7")
    + said("cr5", "q_cr4")
    + said("md6", "q_md8")
    + said("rk", "q_rk")
    + said("she_if", "q_if1", "q_if2")
    + said("she_md4", "q_md9"),
)
