//! Rules that need only the agreement.

use super::{AGREEMENT, Input, Rule, Severity, Sink};
use crate::document::DocumentKind;
use crate::model::{Agreement, PartyRole, Text};
use crate::rules::{Arg, Both};
use foldhash::HashSet;
use std::collections::BTreeMap;

super::rule_table!(Some(DocumentKind::Agreement));

pub(super) static RULES: &[Rule] = &[
    rule!(
        "agreement.period.order",
        Severity::Error,
        "1",
        (
            "Avtaleperioden er ugyldig",
            "The agreement period is invalid",
        ),
        PeriodOrder,
        period_order,
    ),
    rule!(
        "agreement.parties.roles",
        Severity::Error,
        "1",
        ("Avtaleparter og roller", "Parties and their roles"),
        PartiesRoles,
        party_roles,
    ),
    rule!(
        "agreement.id.empty",
        Severity::Error,
        super::NO_SECTION,
        ("Tom id", "Empty id"),
        IdEmpty,
        id_empty,
    ),
    rule!(
        "agreement.id.duplicate",
        Severity::Error,
        super::NO_SECTION,
        ("Id brukt flere ganger", "Id used more than once"),
        IdDuplicate,
        id_duplicate,
    ),
    rule!(
        "agreement.text.empty",
        Severity::Error,
        super::NO_SECTION,
        ("Tom tekst", "Empty text"),
        TextEmpty,
        text_empty,
    ),
    rule!(
        "agreement.reference.unknown-party",
        Severity::Error,
        "6",
        ("Ukjent avtalepart", "Unknown party"),
        ReferenceUnknownParty,
        unknown_party,
    ),
    rule!(
        "agreement.reference.unknown-municipality",
        Severity::Error,
        "4",
        ("Ukjent kommune", "Unknown municipality"),
        ReferenceUnknownMunicipality,
        unknown_municipality,
    ),
    rule!(
        "agreement.reference.unknown-sub-goal",
        Severity::Error,
        "7",
        ("Ukjent delmål", "Unknown sub-goal"),
        ReferenceUnknownSubGoal,
        unknown_sub_goal,
    ),
    rule!(
        "agreement.focus-area.numbering",
        Severity::Error,
        "5",
        ("Nummerering av innsatsområder", "Numbering of focus areas"),
        FocusAreaNumbering,
        focus_area_numbering,
    ),
    rule!(
        "agreement.focus-area.no-sub-goals",
        Severity::Error,
        "5",
        ("Innsatsområde uten delmål", "Focus area without sub-goals"),
        FocusAreaNoSubGoals,
        focus_area_no_sub_goals,
    ),
    rule!(
        "agreement.sub-goal.numbering",
        Severity::Error,
        "5",
        ("Nummerering av delmål", "Numbering of sub-goals"),
        SubGoalNumbering,
        sub_goal_numbering,
    ),
    rule!(
        "agreement.sub-goal.no-strategies",
        Severity::Error,
        "5",
        ("Delmål uten strategier", "Sub-goal without strategies"),
        SubGoalNoStrategies,
        sub_goal_no_strategies,
    ),
    rule!(
        "agreement.strategy.id",
        Severity::Error,
        "5",
        ("Strategiens id", "Strategy id"),
        StrategyId,
        strategy_id,
    ),
];

super::message! {
    /// `agreement.period.order`
    PeriodOrder { period }
    nb: "Avtaleperioden {period} slutter før den begynner.",
    en: "The agreement period {period} ends before it starts.",
}

super::message! {
    /// `agreement.parties.roles`
    PartiesRoles { role, count }
    nb: "Avtalen må ha nøyaktig én part med rollen {role}; fant {count}.",
    en: "The agreement needs exactly one party with the role {role}; found {count}.",
}

super::message! {
    /// `agreement.id.empty`
    IdEmpty {  }
    nb: "En id er tom eller bare mellomrom.",
    en: "An id is empty or only white space.",
}

super::message! {
    /// `agreement.id.duplicate`
    IdDuplicate { id, first }
    nb: "Id-en «{id}» er allerede brukt ved {first}; id-er må være unike.",
    en: "The id \"{id}\" is already used at {first}; ids must be unique.",
}

super::message! {
    /// `agreement.text.empty`
    TextEmpty { what }
    nb: "Teksten ({what}) er tom.",
    en: "The text ({what}) is empty.",
}

super::message! {
    /// `agreement.reference.unknown-party`
    ReferenceUnknownParty { id, known }
    nb: "«{id}» er ikke en av avtalepartene ({known}).",
    en: "\"{id}\" is not one of the parties ({known}).",
}

super::message! {
    /// `agreement.reference.unknown-municipality`
    ReferenceUnknownMunicipality { id, known }
    nb: "«{id}» er ikke en av regionens kommuner ({known}).",
    en: "\"{id}\" is not one of the region's municipalities ({known}).",
}

super::message! {
    /// `agreement.reference.unknown-sub-goal`
    ReferenceUnknownSubGoal { result, id, known }
    nb: "Det langsiktige resultatet «{result}» viser til delmål {id}, som avtalen ikke har ({known}).",
    en: "The long-term result \"{result}\" names sub-goal {id}, which the agreement does not have ({known}).",
}

super::message! {
    /// `agreement.focus-area.numbering`
    FocusAreaNumbering { found, expected }
    nb: "Innsatsområdet har nummer {found}, men skulle hatt nummer {expected}: innsatsområdene nummereres 1, 2, 3 … i rekkefølge.",
    en: "The focus area is numbered {found} but should be {expected}: focus areas are numbered 1, 2, 3 … in order.",
}

super::message! {
    /// `agreement.focus-area.no-sub-goals`
    FocusAreaNoSubGoals { area }
    nb: "Innsatsområde {area} har ingen delmål.",
    en: "Focus area {area} has no sub-goals.",
}

super::message! {
    /// `agreement.sub-goal.numbering`
    SubGoalNumbering { id, area, expected }
    nb: "Delmål «{id}» under innsatsområde {area} skulle vært nummerert «{expected}».",
    en: "Sub-goal \"{id}\" under focus area {area} should be numbered \"{expected}\".",
}

super::message! {
    /// `agreement.sub-goal.no-strategies`
    SubGoalNoStrategies { id }
    nb: "Delmål {id} har ingen strategier.",
    en: "Sub-goal {id} has no strategies.",
}

super::message! {
    /// `agreement.strategy.id`
    StrategyId { id, sub_goal }
    nb: "Strategien «{id}» står under delmål {sub_goal}, men id-en begynner ikke med «{sub_goal}.».",
    en: "The strategy \"{id}\" is under sub-goal {sub_goal}, but its id does not start with \"{sub_goal}.\".",
}

fn period_order(input: &Input<'_>, sink: &mut Sink<'_, PeriodOrder>) {
    let p = input.agreement.period;
    sink.examine();
    if p.end < p.start {
        sink.emit(AGREEMENT, "/period", PeriodOrder { period: p.arg() });
    }
}

fn party_roles(input: &Input<'_>, sink: &mut Sink<'_, PartiesRoles>) {
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
        sink.examine();
        if count != 1 {
            sink.emit(
                AGREEMENT,
                "/parties",
                PartiesRoles {
                    role: Both(&name_nb, &name_en).arg(),
                    count: count.arg(),
                },
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

fn id_empty(input: &Input<'_>, sink: &mut Sink<'_, IdEmpty>) {
    for (pointer, id) in ids(input.agreement) {
        sink.examine();
        if id.trim().is_empty() {
            sink.emit(AGREEMENT, pointer, IdEmpty {});
        }
    }
}

fn id_duplicate(input: &Input<'_>, sink: &mut Sink<'_, IdDuplicate>) {
    let mut first: BTreeMap<&str, String> = BTreeMap::new();
    for (pointer, id) in ids(input.agreement) {
        if id.trim().is_empty() {
            continue;
        }
        sink.examine();
        match first.get(id) {
            Some(at) => sink.emit(
                AGREEMENT,
                pointer,
                IdDuplicate {
                    id: id.arg(),
                    first: at.arg(),
                },
            ),
            None => {
                first.insert(id, pointer);
            }
        }
    }
}

fn text_empty(input: &Input<'_>, sink: &mut Sink<'_, TextEmpty>) {
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
        sink.examine();
        if text.nb.trim().is_empty() {
            sink.emit(
                AGREEMENT,
                format!("{pointer}/nb"),
                TextEmpty {
                    what: Both(&what_nb, &what_en).arg(),
                },
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

fn unknown_party(input: &Input<'_>, sink: &mut Sink<'_, ReferenceUnknownParty>) {
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
        sink.examine();
        if !parties.contains(id) {
            sink.emit(
                AGREEMENT,
                pointer,
                ReferenceUnknownParty {
                    id: id.arg(),
                    known: known.arg(),
                },
            );
        }
    }
}

fn unknown_municipality(input: &Input<'_>, sink: &mut Sink<'_, ReferenceUnknownMunicipality>) {
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
            sink.examine();
            if !ids.contains(m.as_str()) {
                sink.emit(
                    AGREEMENT,
                    crate::pointer::ptr!["decisions", i, "municipalities", j],
                    ReferenceUnknownMunicipality {
                        id: m.arg(),
                        known: known.arg(),
                    },
                );
            }
        }
    }
}

fn unknown_sub_goal(input: &Input<'_>, sink: &mut Sink<'_, ReferenceUnknownSubGoal>) {
    let a = input.agreement;
    let goals = a.focus_areas.iter().flat_map(|f| f.sub_goals.iter());
    let known = known(goals.map(|g| g.id.clone()));
    for (i, r) in a.long_term_results.results.iter().enumerate() {
        for (j, g) in r.sub_goals.iter().enumerate() {
            sink.examine();
            if input.sub_goal(g).is_none() {
                sink.emit(
                    AGREEMENT,
                    crate::pointer::ptr!["long_term_results", "results", i, "sub_goals", j],
                    ReferenceUnknownSubGoal {
                        result: r.id.arg(),
                        id: g.arg(),
                        known: known.arg(),
                    },
                );
            }
        }
    }
}

fn focus_area_numbering(input: &Input<'_>, sink: &mut Sink<'_, FocusAreaNumbering>) {
    for (i, f) in input.agreement.focus_areas.iter().enumerate() {
        let expected = i + 1;
        sink.examine();
        if f.number as usize != expected {
            sink.emit(
                AGREEMENT,
                crate::pointer::ptr!["focus_areas", i, "number"],
                FocusAreaNumbering {
                    found: f.number.arg(),
                    expected: expected.arg(),
                },
            );
        }
    }
}

fn focus_area_no_sub_goals(input: &Input<'_>, sink: &mut Sink<'_, FocusAreaNoSubGoals>) {
    for (i, f) in input.agreement.focus_areas.iter().enumerate() {
        sink.examine();
        if f.sub_goals.is_empty() {
            sink.emit(
                AGREEMENT,
                crate::pointer::ptr!["focus_areas", i, "sub_goals"],
                FocusAreaNoSubGoals {
                    area: f.number.arg(),
                },
            );
        }
    }
}

fn sub_goal_numbering(input: &Input<'_>, sink: &mut Sink<'_, SubGoalNumbering>) {
    for (i, f) in input.agreement.focus_areas.iter().enumerate() {
        for (j, g) in f.sub_goals.iter().enumerate() {
            let expected = format!("{}.{}", f.number, j + 1);
            sink.examine();
            if g.id != expected {
                sink.emit(
                    AGREEMENT,
                    crate::pointer::ptr!["focus_areas", i, "sub_goals", j, "id"],
                    SubGoalNumbering {
                        id: g.id.arg(),
                        area: f.number.arg(),
                        expected: expected.arg(),
                    },
                );
            }
        }
    }
}

fn sub_goal_no_strategies(input: &Input<'_>, sink: &mut Sink<'_, SubGoalNoStrategies>) {
    for (i, f) in input.agreement.focus_areas.iter().enumerate() {
        for (j, g) in f.sub_goals.iter().enumerate() {
            sink.examine();
            if g.strategies.is_empty() {
                sink.emit(
                    AGREEMENT,
                    crate::pointer::ptr!["focus_areas", i, "sub_goals", j, "strategies"],
                    SubGoalNoStrategies { id: g.id.arg() },
                );
            }
        }
    }
}

fn strategy_id(input: &Input<'_>, sink: &mut Sink<'_, StrategyId>) {
    for (i, f) in input.agreement.focus_areas.iter().enumerate() {
        for (j, g) in f.sub_goals.iter().enumerate() {
            let prefix = format!("{}.", g.id);
            for (k, s) in g.strategies.iter().enumerate() {
                sink.examine();
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
                        StrategyId {
                            id: s.id.arg(),
                            sub_goal: g.id.arg(),
                        },
                    );
                }
            }
        }
    }
}
