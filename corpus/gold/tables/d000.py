"""Gold table of document 000: the sample article (2019, seven MPs leave Labour)."""

from __future__ import annotations

from .common import BXP, LAB, UKIP, Gold, Q, ev, member, pa, part, said, sp

GOLD = Gold(
    "000_c98886b67c823cbf.txt",
    [
        # P1 headline-like lead
        pa("lab1", LAB, "[[LABOUR]] MPs Luciana"),
        sp("berger1", "Luciana Berger", "MPs [[Luciana Berger]], Chris"),
        sp("leslie1", "Chris Leslie", "Berger, [[Chris Leslie]], Angela"),
        sp("smith1", "Angela Smith", "[[Angela Smith]]"),
        sp("shuker1", "Gavin Shuker", "[[Gavin Shuker]]"),
        sp("gapes1", "Mike Gapes", "Shuker, [[Mike Gapes]], Ann"),
        sp("coffey1", "Ann Coffey", "Gapes, [[Ann Coffey]] and Chuka"),
        sp("umunna1", "Chuka Umunna", "[[Chuka Umunna]]"),
        ev("resignations1", "resignation", "their [[resignations]] from the party"),
        # P2
        sp("berger2", "Luciana Berger", "[[Luciana Berger]] initially"),
        Q("q_berger_mp", "direct", 'herself as "[[the Labour', 'Party MP]]"'),
        Q("q_berger_wavertree", "direct", 'saying: "[[I am the Member', 'Liverpool Wavertree]]"'),
        # P3-P5, one quote over three paragraphs
        sp("she_berger", "Luciana Berger", '[[She]] said: "This morning'),
        Q("q_she1", "direct", 'She said: "[[This morning', "necessary decision.]]"),
        Q("q_she2", "direct", '"[[We represent different', "same values.]]"),
        Q("q_she3", "direct", '"[[From today, we will all', 'group of MPs.]]"'),
        # P6
        pa("lab_corbyn", LAB, "[[Labour]] leader Jeremy"),
        sp("corbyn1", "Jeremy Corbyn", "leader [[Jeremy Corbyn]] left"),
        # P7
        ev("resignations2", "resignation", "expecting [[resignations]], or"),
        sp("corbyn2", "Jeremy Corbyn", "[[Mr Corbyn]] replied"),
        Q("q_corbyn_morning", "direct", 'tone: "[[Good morning', 'you all here.]]"'),
        # P8
        ev("resigning", "resignation", "those [[resigning]] from"),
        pa("lab_resigning", LAB, "resigning from [[Labour]] was"),
        sp("coffey2", "Ann Coffey", "Stockport MP [[Ann Coffey]]."),
        # P9-P12
        sp("berger3", "Luciana Berger", "[[Ms Berger]] said"),
        Q("q_berger1", "direct", 'Ms Berger said: "[[For my part', "in the Labour Party.]]"),
        Q("q_berger2", "direct", '"[[I have not changed', "remain who I am.]]"),
        Q("q_berger3", "direct", '"[[And yet these values', "party interests.]]"),
        Q("q_berger4", "direct", '"[[I cannot remain', 'institutionally anti-Semitic.]]"'),
        # P13
        sp("gapes2", "Mike Gapes", "Ilford South MP [[Mike Gapes]] tweeted"),
        Q("q_gapes_tweet", "direct", 'tweeted: "[[This morning I have resigned', 'Members of Parliament.]]"'),
        # P14
        sp("he_gapes1", "Mike Gapes", "[[He]] shared his letter"),
        Q("q_gapes_letter", "direct", 'which said: "[[This has not been', 'sudden decision.]]"'),
        # P15
        sp("gapes3", "Mike Gapes", "[[Mr Gapes]] referenced"),
        Q("q_gapes_reluctance", "direct", 'the "[[considerable', 'reluctance]]"'),
        Q("q_gapes_deal", "direct", 'to "[[seriously deal', 'cases of anti-Semitism]]"'),
        Q("q_gapes_sickened1", "direct", 'and added: "[[I am sickened that Labour', 'anti-Semitic party.]]"'),
        # P16
        sp("he_gapes2", "Mike Gapes", "[[He]] continued that"),
        Q("q_gapes_mixed", "mixed", "He continued that [[it was", 'to stop Brexit"]].'),
        # P17 (quote before its attribution)
        Q("q_gapes_wrong_side1", "direct", '"[[Jeremy Corbyn, and those around him', 'international alliances,]]"'),
        sp("gapes4", "Mike Gapes", 'alliances," [[Mr Gapes]] said.'),
        # P18-P20
        ev("resignations3", "resignation", "Reacting to the [[resignations]]"),
        sp("corbyn3", "Jeremy Corbyn", '[[Mr Corbyn]] said: "I am disappointed'),
        Q("q_corbyn1", "direct", '"[[I am disappointed', "since 1945.]]"),
        Q("q_corbyn2", "direct", '"[[Labour won people over', "climate change.]]"),
        Q("q_corbyn3", "direct", '"[[The Conservative Government is bungling', 'for us all.]]"'),
        # P21-P24
        sp("gapes5", "Mike Gapes", "[[Mr Gapes]], a former chairman"),
        Q("q_gapes_pc1", "direct", 'press conference: "[[I am sickened that the Labour Party', "anti-Semitic party.]]"),
        Q("q_gapes_pc2", "direct", '"[[I am furious', "to our country.]]"),
        Q("q_gapes_pc3", "direct", '"[[Jeremy Corbyn and those around him are', "to Venezuela.]]"),
        Q("q_gapes_pc4", "direct", '"[[A Corbyn Labour government', 'international alliances.]]"'),
        # P25
        ev("departure", "defection", "their [[departure]] from"),
        pa("lab_departure", LAB, "departure from [[Labour]], former"),
        pa("ukip", UKIP, "former [[Ukip]] leader"),
        sp("farage", "Nigel Farage", "leader [[Nigel Farage]], whose"),
        pa("bxp", BXP, "new [[Brexit Party]] launched"),
        ev("launched", "formation", "Brexit Party [[launched]] earlier"),
        Q("q_farage", "direct", 'tweeted: "[[This moment may not', '#realignment.]]"'),
        # P26-P28
        sp("coffey3", "Ann Coffey", "[[Ann Coffey]] told"),
        Q("q_coffey1", "direct", '"[[I thought I would', "rest of my life.]]"),
        Q("q_coffey2", "direct", '"[[But political parties', "broad church.]]"),
        Q("q_coffey3", "direct", '"[[Any criticism of the leadership', 'and tolerated.]]"'),
        # P29
        pa("lab_creasy", LAB, "[[Labour]] MP Stella"),
        sp("creasy", "Stella Creasy", "MP [[Stella Creasy]] tweeted"),
        Q("q_creasy", "direct", 'tweeted: "[[Politics is about how', 'not lash out.]]"'),
        # P30
        sp("leslie2", "Chris Leslie", "Nottingham East MP [[Chris Leslie]] posted"),
        ev("resign_leslie", "resignation", "decision to [[resign]] from"),
        pa("lab_leslie", LAB, "resign from the [[Labour Party]]."),
        # P31-P34
        sp("he_leslie", "Chris Leslie", '[[He]] said: "Today'),
        Q("q_leslie1", "direct", "\"[[Today I've announced", "group of MPs.]]"),
        Q("q_leslie2", "direct", "\"[[I've been a Labour Party member", "the hard left.]]"),
        Q("q_leslie3", "direct", "\"[[My values haven't changed", "opportunity for all.]]"),
        Q("q_leslie4", "direct", '"[[But British politics is now', 'Labour government.]]"'),
        # P35-P38
        sp("leslie3", "Chris Leslie", "[[Mr Leslie]] added"),
        Q("q_leslie5", "direct", 'added: "[[Why? Well', "traditional values.]]"),
        Q("q_leslie6", "direct", '"[[But the problems go', "intolerant culture.]]"),
        Q("q_leslie7", "direct", '"[[So while my decision', "party politics.]]"),
        Q("q_leslie8", "direct", '"[[Politics is broken', 'www.theindependent.group.]]"'),
    ],
    member("berger1", "lab1")
    + member("leslie1", "lab1")
    + member("smith1", "lab1")
    + member("shuker1", "lab1")
    + member("gapes1", "lab1")
    + member("coffey1", "lab1")
    + member("umunna1", "lab1")
    + member("corbyn1", "lab_corbyn")
    + member("farage", "ukip", "bxp")
    + member("creasy", "lab_creasy")
    + part("resignations1", "berger1", "leslie1", "smith1", "shuker1", "gapes1", "coffey1", "umunna1", "lab1")
    + part("resigning", "lab_resigning", "coffey2")
    + part("departure", "lab_departure")
    + part("launched", "bxp")
    + part("resign_leslie", "leslie2", "lab_leslie")
    + said("berger2", "q_berger_mp", "q_berger_wavertree")
    + said("she_berger", "q_she1", "q_she2", "q_she3")
    + said("corbyn2", "q_corbyn_morning")
    + said("berger3", "q_berger1", "q_berger2", "q_berger3", "q_berger4")
    + said("gapes2", "q_gapes_tweet")
    + said("he_gapes1", "q_gapes_letter")
    + said("gapes3", "q_gapes_reluctance", "q_gapes_deal", "q_gapes_sickened1")
    + said("he_gapes2", "q_gapes_mixed")
    + said("gapes4", "q_gapes_wrong_side1")
    + said("corbyn3", "q_corbyn1", "q_corbyn2", "q_corbyn3")
    + said("gapes5", "q_gapes_pc1", "q_gapes_pc2", "q_gapes_pc3", "q_gapes_pc4")
    + said("farage", "q_farage")
    + said("coffey3", "q_coffey1", "q_coffey2", "q_coffey3")
    + said("creasy", "q_creasy")
    + said("he_leslie", "q_leslie1", "q_leslie2", "q_leslie3", "q_leslie4")
    + said("leslie3", "q_leslie5", "q_leslie6", "q_leslie7", "q_leslie8"),
)
