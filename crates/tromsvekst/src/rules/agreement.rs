//! Rules that need only the agreement.

use super::{AGREEMENT, Input, Rule, Severity, Sink};
use crate::document::DocumentKind;
use crate::model::{Agreement, PartyRole, Text};
use std::collections::{BTreeMap, HashSet};

super::rule_table!(Some(DocumentKind::Agreement));

pub(super) static RULES: &[Rule] = &[
    rule(
        "agreement.period.order",
        Severity::Error,
        "1",
        (
            "Avtaleperioden er ugyldig",
            "The agreement period is invalid",
        ),
        (
            "Avtaleperioden {period} slutter før den begynner.",
            "The agreement period {period} ends before it starts.",
        ),
        period_order,
    ),
    rule(
        "agreement.parties.roles",
        Severity::Error,
        "1",
        ("Avtaleparter og roller", "Parties and their roles"),
        (
            "Avtalen må ha nøyaktig én part med rollen {role}; fant {count}.",
            "The agreement needs exactly one party with the role {role}; found {count}.",
        ),
        party_roles,
    ),
    rule(
        "agreement.id.empty",
        Severity::Error,
        super::NO_SECTION,
        ("Tom id", "Empty id"),
        (
            "En id er tom eller bare mellomrom.",
            "An id is empty or only white space.",
        ),
        id_empty,
    ),
    rule(
        "agreement.id.duplicate",
        Severity::Error,
        super::NO_SECTION,
        ("Id brukt flere ganger", "Id used more than once"),
        (
            "Id-en «{id}» er allerede brukt ved {first}; id-er må være unike.",
            "The id \"{id}\" is already used at {first}; ids must be unique.",
        ),
        id_duplicate,
    ),
    rule(
        "agreement.text.empty",
        Severity::Error,
        super::NO_SECTION,
        ("Tom tekst", "Empty text"),
        ("Teksten ({what}) er tom.", "The text ({what}) is empty."),
        text_empty,
    ),
    rule(
        "agreement.reference.unknown-party",
        Severity::Error,
        "6",
        ("Ukjent avtalepart", "Unknown party"),
        (
            "«{id}» er ikke en av avtalepartene ({known}).",
            "\"{id}\" is not one of the parties ({known}).",
        ),
        unknown_party,
    ),
    rule(
        "agreement.reference.unknown-municipality",
        Severity::Error,
        "4",
        ("Ukjent kommune", "Unknown municipality"),
        (
            "«{id}» er ikke en av regionens kommuner ({known}).",
            "\"{id}\" is not one of the region's municipalities ({known}).",
        ),
        unknown_municipality,
    ),
    rule(
        "agreement.reference.unknown-sub-goal",
        Severity::Error,
        "7",
        ("Ukjent delmål", "Unknown sub-goal"),
        (
            "Det langsiktige resultatet «{result}» viser til delmål {id}, som avtalen ikke har ({known}).",
            "The long-term result \"{result}\" names sub-goal {id}, which the agreement does not have ({known}).",
        ),
        unknown_sub_goal,
    ),
    rule(
        "agreement.focus-area.numbering",
        Severity::Error,
        "5",
        ("Nummerering av innsatsområder", "Numbering of focus areas"),
        (
            "Innsatsområdet har nummer {found}, men skulle hatt nummer {expected}: innsatsområdene nummereres 1, 2, 3 … i rekkefølge.",
            "The focus area is numbered {found} but should be {expected}: focus areas are numbered 1, 2, 3 … in order.",
        ),
        focus_area_numbering,
    ),
    rule(
        "agreement.focus-area.no-sub-goals",
        Severity::Error,
        "5",
        ("Innsatsområde uten delmål", "Focus area without sub-goals"),
        (
            "Innsatsområde {area} har ingen delmål.",
            "Focus area {area} has no sub-goals.",
        ),
        focus_area_no_sub_goals,
    ),
    rule(
        "agreement.sub-goal.numbering",
        Severity::Error,
        "5",
        ("Nummerering av delmål", "Numbering of sub-goals"),
        (
            "Delmål «{id}» under innsatsområde {area} skulle vært nummerert «{expected}».",
            "Sub-goal \"{id}\" under focus area {area} should be numbered \"{expected}\".",
        ),
        sub_goal_numbering,
    ),
    rule(
        "agreement.sub-goal.no-strategies",
        Severity::Error,
        "5",
        ("Delmål uten strategier", "Sub-goal without strategies"),
        (
            "Delmål {id} har ingen strategier.",
            "Sub-goal {id} has no strategies.",
        ),
        sub_goal_no_strategies,
    ),
    rule(
        "agreement.strategy.id",
        Severity::Error,
        "5",
        ("Strategiens id", "Strategy id"),
        (
            "Strategien «{id}» står under delmål {sub_goal}, men id-en begynner ikke med «{sub_goal}.».",
            "The strategy \"{id}\" is under sub-goal {sub_goal}, but its id does not start with \"{sub_goal}.\".",
        ),
        strategy_id,
    ),
];

fn period_order(input: &Input<'_>, sink: &mut Sink) {
    let p = input.agreement.period;
    if p.end < p.start {
        sink.emit(AGREEMENT, "/period", &[("period", &p)]);
    }
}

fn party_roles(input: &Input<'_>, sink: &mut Sink) {
    // The role as a reader says it, with the value the file holds.
    for (role, name_nb, name_en) in [
        (
            PartyRole::CountyAuthority,
            "fylkeskommune («county_authority»)",
            "county authority (\"county_authority\")",
        ),
        (
            PartyRole::RegionalCouncil,
            "regionråd («regional_council»)",
            "regional council (\"regional_council\")",
        ),
    ] {
        let count = input
            .agreement
            .parties
            .iter()
            .filter(|p| p.role == role)
            .count();
        if count != 1 {
            sink.emit(
                AGREEMENT,
                "/parties",
                &[
                    ("role_nb", &name_nb),
                    ("role_en", &name_en),
                    ("count", &count),
                ],
            );
        }
    }
}

/// Every id in the agreement with its JSON pointer, in document order.
fn ids(a: &Agreement) -> Vec<(String, &str)> {
    let mut out: Vec<(String, &str)> = vec![("/id".into(), a.id.as_str())];
    for (i, p) in a.parties.iter().enumerate() {
        out.push((crate::pointer::ptr!["parties", i, "id"], &p.id));
    }
    for (i, m) in a.region.municipalities.iter().enumerate() {
        out.push((
            crate::pointer::ptr!["region", "municipalities", i, "id"],
            &m.id,
        ));
    }
    for (i, z) in a.region.zones.iter().enumerate() {
        out.push((crate::pointer::ptr!["region", "zones", i, "id"], &z.id));
    }
    for (i, x) in a.knowledge_base.annexes.iter().enumerate() {
        out.push((
            crate::pointer::ptr!["knowledge_base", "annexes", i, "id"],
            &x.id,
        ));
    }
    for (i, x) in a.anchoring.iter().enumerate() {
        out.push((crate::pointer::ptr!["anchoring", i, "id"], &x.id));
    }
    for (i, f) in a.focus_areas.iter().enumerate() {
        for (j, g) in f.sub_goals.iter().enumerate() {
            out.push((
                crate::pointer::ptr!["focus_areas", i, "sub_goals", j, "id"],
                &g.id,
            ));
            for (k, s) in g.strategies.iter().enumerate() {
                out.push((
                    crate::pointer::ptr!["focus_areas", i, "sub_goals", j, "strategies", k, "id"],
                    &s.id,
                ));
            }
        }
    }
    for (i, x) in a.related_agreements.iter().enumerate() {
        out.push((crate::pointer::ptr!["related_agreements", i, "id"], &x.id));
    }
    for (i, x) in a.long_term_results.results.iter().enumerate() {
        out.push((
            crate::pointer::ptr!["long_term_results", "results", i, "id"],
            &x.id,
        ));
    }
    for (i, x) in a.decisions.iter().enumerate() {
        out.push((crate::pointer::ptr!["decisions", i, "id"], &x.id));
    }
    out
}

fn id_empty(input: &Input<'_>, sink: &mut Sink) {
    for (pointer, id) in ids(input.agreement) {
        if id.trim().is_empty() {
            sink.emit(AGREEMENT, pointer, &[]);
        }
    }
}

fn id_duplicate(input: &Input<'_>, sink: &mut Sink) {
    let mut first: BTreeMap<&str, String> = BTreeMap::new();
    for (pointer, id) in ids(input.agreement) {
        if id.trim().is_empty() {
            continue;
        }
        match first.get(id) {
            Some(at) => sink.emit(AGREEMENT, pointer, &[("id", &id), ("first", at)]),
            None => {
                first.insert(id, pointer);
            }
        }
    }
}

fn text_empty(input: &Input<'_>, sink: &mut Sink) {
    let a = input.agreement;
    // What each text is, in bokmål and English.
    let mut texts: Vec<(String, (&str, &str), &Text)> = vec![
        ("/title".into(), ("tittel", "title"), &a.title),
        (
            "/overall_goal".into(),
            ("hovedmål", "overall goal"),
            &a.overall_goal,
        ),
    ];
    for (i, f) in a.focus_areas.iter().enumerate() {
        texts.push((
            crate::pointer::ptr!["focus_areas", i, "title"],
            ("tittelen på et innsatsområde", "focus area title"),
            &f.title,
        ));
        for (j, g) in f.sub_goals.iter().enumerate() {
            texts.push((
                crate::pointer::ptr!["focus_areas", i, "sub_goals", j, "text"],
                ("delmål", "sub-goal"),
                &g.text,
            ));
            for (k, s) in g.strategies.iter().enumerate() {
                texts.push((
                    crate::pointer::ptr!["focus_areas", i, "sub_goals", j, "strategies", k, "text"],
                    ("strategi", "strategy"),
                    &s.text,
                ));
            }
        }
    }
    for (i, r) in a.long_term_results.results.iter().enumerate() {
        texts.push((
            crate::pointer::ptr!["long_term_results", "results", i, "text"],
            ("langsiktig resultat", "long-term result"),
            &r.text,
        ));
    }
    for (pointer, (what_nb, what_en), text) in texts {
        if text.nb.trim().is_empty() {
            sink.emit(
                AGREEMENT,
                format!("{pointer}/nb"),
                &[("what_nb", &what_nb), ("what_en", &what_en)],
            );
        }
    }
}

fn party_ids(a: &Agreement) -> HashSet<&str> {
    a.parties.iter().map(|p| p.id.as_str()).collect()
}

fn known(list: impl Iterator<Item = String>) -> String {
    list.collect::<Vec<_>>().join(", ")
}

fn unknown_party(input: &Input<'_>, sink: &mut Sink) {
    let a = input.agreement;
    let parties = party_ids(a);
    let known = known(a.parties.iter().map(|p| p.id.clone()));
    let g = &a.governance;
    let mut refs: Vec<(String, &str)> = vec![
        ("/governance/political/host".into(), &g.political.host),
        (
            "/governance/political/invited_by".into(),
            &g.political.invited_by,
        ),
        ("/evaluation/responsible".into(), &a.evaluation.responsible),
    ];
    for (i, x) in g.political.invitees.iter().enumerate() {
        refs.push((
            crate::pointer::ptr!["governance", "political", "invitees", i, "party"],
            &x.party,
        ));
    }
    for (i, x) in g.administrative.action_plans.prepared_by.iter().enumerate() {
        refs.push((
            crate::pointer::ptr![
                "governance",
                "administrative",
                "action_plans",
                "prepared_by",
                i
            ],
            x,
        ));
    }
    for (i, x) in g.administrative.coordinators.iter().enumerate() {
        refs.push((
            crate::pointer::ptr!["governance", "administrative", "coordinators", i, "party"],
            &x.party,
        ));
    }
    for (i, x) in a.evaluation.assisting.iter().enumerate() {
        refs.push((crate::pointer::ptr!["evaluation", "assisting", i], x));
    }
    for (i, d) in a.decisions.iter().enumerate() {
        if let Some(p) = &d.party {
            refs.push((crate::pointer::ptr!["decisions", i, "party"], p));
        }
    }
    for (i, s) in a.signatures.signatories.iter().enumerate() {
        refs.push((
            crate::pointer::ptr!["signatures", "signatories", i, "party"],
            &s.party,
        ));
    }
    for (pointer, id) in refs {
        if !parties.contains(id) {
            sink.emit(AGREEMENT, pointer, &[("id", &id), ("known", &known)]);
        }
    }
}

fn unknown_municipality(input: &Input<'_>, sink: &mut Sink) {
    let a = input.agreement;
    let ids: HashSet<&str> = a
        .region
        .municipalities
        .iter()
        .map(|m| m.id.as_str())
        .collect();
    let known = known(a.region.municipalities.iter().map(|m| m.id.clone()));
    for (i, d) in a.decisions.iter().enumerate() {
        for (j, m) in d.municipalities.iter().enumerate() {
            if !ids.contains(m.as_str()) {
                sink.emit(
                    AGREEMENT,
                    crate::pointer::ptr!["decisions", i, "municipalities", j],
                    &[("id", m), ("known", &known)],
                );
            }
        }
    }
}

fn unknown_sub_goal(input: &Input<'_>, sink: &mut Sink) {
    let a = input.agreement;
    let goals = a.focus_areas.iter().flat_map(|f| f.sub_goals.iter());
    let known = known(goals.map(|g| g.id.clone()));
    for (i, r) in a.long_term_results.results.iter().enumerate() {
        for (j, g) in r.sub_goals.iter().enumerate() {
            if input.sub_goal(g).is_none() {
                sink.emit(
                    AGREEMENT,
                    crate::pointer::ptr!["long_term_results", "results", i, "sub_goals", j],
                    &[("result", &r.id), ("id", g), ("known", &known)],
                );
            }
        }
    }
}

fn focus_area_numbering(input: &Input<'_>, sink: &mut Sink) {
    for (i, f) in input.agreement.focus_areas.iter().enumerate() {
        let expected = i + 1;
        if f.number as usize != expected {
            sink.emit(
                AGREEMENT,
                crate::pointer::ptr!["focus_areas", i, "number"],
                &[("found", &f.number), ("expected", &expected)],
            );
        }
    }
}

fn focus_area_no_sub_goals(input: &Input<'_>, sink: &mut Sink) {
    for (i, f) in input.agreement.focus_areas.iter().enumerate() {
        if f.sub_goals.is_empty() {
            sink.emit(
                AGREEMENT,
                crate::pointer::ptr!["focus_areas", i, "sub_goals"],
                &[("area", &f.number)],
            );
        }
    }
}

fn sub_goal_numbering(input: &Input<'_>, sink: &mut Sink) {
    for (i, f) in input.agreement.focus_areas.iter().enumerate() {
        for (j, g) in f.sub_goals.iter().enumerate() {
            let expected = format!("{}.{}", f.number, j + 1);
            if g.id != expected {
                sink.emit(
                    AGREEMENT,
                    crate::pointer::ptr!["focus_areas", i, "sub_goals", j, "id"],
                    &[("id", &g.id), ("area", &f.number), ("expected", &expected)],
                );
            }
        }
    }
}

fn sub_goal_no_strategies(input: &Input<'_>, sink: &mut Sink) {
    for (i, f) in input.agreement.focus_areas.iter().enumerate() {
        for (j, g) in f.sub_goals.iter().enumerate() {
            if g.strategies.is_empty() {
                sink.emit(
                    AGREEMENT,
                    crate::pointer::ptr!["focus_areas", i, "sub_goals", j, "strategies"],
                    &[("id", &g.id)],
                );
            }
        }
    }
}

fn strategy_id(input: &Input<'_>, sink: &mut Sink) {
    for (i, f) in input.agreement.focus_areas.iter().enumerate() {
        for (j, g) in f.sub_goals.iter().enumerate() {
            let prefix = format!("{}.", g.id);
            for (k, s) in g.strategies.iter().enumerate() {
                if !s.id.starts_with(&prefix) || s.id.len() == prefix.len() {
                    sink.emit(
                        AGREEMENT,
                        crate::pointer::ptr![
                            "focus_areas",
                            i,
                            "sub_goals",
                            j,
                            "strategies",
                            k,
                            "id"
                        ],
                        &[("id", &s.id), ("sub_goal", &g.id)],
                    );
                }
            }
        }
    }
}
