//! Rules that need only the agreement.

use super::{AGREEMENT, Input, Rule, Severity, Sink};
use crate::document::DocumentKind;
use crate::model::{Agreement, BodyKind, Outcome, PartyRole, Text};
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
        "5",
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
        "5",
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
        "2",
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
    rule(
        "agreement.governance.meetings-per-year",
        Severity::Error,
        "6.1",
        ("Politiske møter per år", "Political meetings per year"),
        (
            "Avtalen må fastsette minst ett politisk møte i året; meetings_per_year er {count}.",
            "The agreement must set at least one political meeting a year; meetings_per_year is {count}.",
        ),
        meetings_per_year,
    ),
    rule(
        "agreement.governance.plan-length",
        Severity::Error,
        "6.2",
        ("Handlingsplanens lengde", "Action plan length"),
        (
            "En handlingsplan på {length} år passer ikke i avtaleperioden {period} ({years} år).",
            "An action plan of {length} years does not fit the agreement period {period} ({years} years).",
        ),
        plan_length,
    ),
    rule(
        "agreement.coordinator.per-party",
        Severity::Error,
        "6.2",
        ("Én koordinator per part", "One coordinator per party"),
        (
            "Parten «{party}» har {count} koordinatorroller; hver avtalepart oppnevner nøyaktig én administrativ koordinator.",
            "The party \"{party}\" has {count} coordinator roles; each party appoints exactly one administrative coordinator.",
        ),
        coordinator_per_party,
    ),
    rule(
        "agreement.decision.in-force",
        Severity::Error,
        "1",
        (
            "Vedtak som setter avtalen i kraft",
            "Decisions that put the agreement in force",
        ),
        (
            "Ingen godkjennende vedtak fra {body} for parten «{party}»; avtalen gjelder etter vedtak i begge partenes organer.",
            "No approving decision by the {body} for the party \"{party}\"; the agreement applies once both parties' bodies have approved it.",
        ),
        decision_in_force,
    ),
    rule(
        "agreement.decision.municipality",
        Severity::Error,
        "4",
        (
            "Vedtak i kommunestyrene",
            "Decisions of the municipal councils",
        ),
        (
            "Ingen godkjennende vedtak fra kommunestyret i {municipality}; samtlige kommunestyrer skal behandle avtalen med positivt vedtak.",
            "No approving decision by the municipal council of {municipality}; every municipal council must approve the agreement.",
        ),
        decision_municipality,
    ),
    rule(
        "agreement.evaluation.midterm-year",
        Severity::Error,
        "7",
        (
            "Tidspunkt for midtveisevaluering",
            "Timing of the midterm evaluation",
        ),
        (
            "Midtveisevalueringen i {year} ligger ikke inne i avtaleperioden {period} før siste år.",
            "The midterm evaluation in {year} does not lie inside the agreement period {period} before its last year.",
        ),
        midterm_year,
    ),
    rule(
        "agreement.evaluation.midterm-plan",
        Severity::Error,
        "7",
        (
            "Planen midtveisevalueringen vurderer",
            "The plan the midterm evaluation assesses",
        ),
        (
            "Midtveisevalueringen vurderer {assesses}, men skulle vurdert den første handlingsplanen {expected}, som må være avsluttet innen evalueringsåret.",
            "The midterm evaluation assesses {assesses} but should assess the first action plan {expected}, which must end by the evaluation year.",
        ),
        midterm_plan,
    ),
    rule(
        "agreement.evaluation.adjustments-plan",
        Severity::Error,
        "7",
        (
            "Hvor justeringene innarbeides",
            "Where adjustments are carried",
        ),
        (
            "Justeringene innarbeides i {into}, men skulle gått inn i neste handlingsplan {expected}.",
            "Adjustments are carried into {into} but should go into the next action plan {expected}.",
        ),
        adjustments_plan,
    ),
    rule(
        "agreement.evaluation.final-year",
        Severity::Error,
        "7",
        (
            "Tidspunkt for sluttevaluering",
            "Timing of the final evaluation",
        ),
        (
            "Sluttevalueringen i {year} er ikke i avtaleperiodens siste år {end}.",
            "The final evaluation in {year} is not in the agreement period's last year {end}.",
        ),
        final_year,
    ),
    rule(
        "agreement.evaluation.final-content",
        Severity::Warning,
        "7",
        (
            "Innholdet i sluttevalueringen",
            "Content of the final evaluation",
        ),
        (
            "Sluttevalueringen samler ikke {missing}; den skal samle både kvantitative resultater og kvalitative tilbakemeldinger.",
            "The final evaluation does not gather {missing}; it must gather both quantitative results and qualitative feedback.",
        ),
        final_content,
    ),
    rule(
        "agreement.evaluation.roles",
        Severity::Error,
        "7",
        ("Ansvar for evalueringen", "Responsibility for evaluation"),
        (
            "Parten «{party}» har hovedansvar for evalueringen og kan ikke samtidig stå som bistående.",
            "The party \"{party}\" has main responsibility for the evaluation and cannot also be listed as assisting.",
        ),
        evaluation_roles,
    ),
    rule(
        "agreement.process.numbering",
        Severity::Error,
        "annex 1",
        ("Nummerering av prosesstrinn", "Numbering of process steps"),
        (
            "Prosesstrinnet har nummer {found}, men skulle hatt nummer {expected}.",
            "The process step is numbered {found} but should be {expected}.",
        ),
        process_numbering,
    ),
    rule(
        "agreement.process.chronology",
        Severity::Warning,
        "annex 1",
        (
            "Prosesstrinn i tidsrekkefølge",
            "Process steps in chronological order",
        ),
        (
            "Trinn {number} ({date}) er datert før trinn {previous} ({previous_date}), som står foran det i listen.",
            "Step {number} ({date}) is dated before step {previous} ({previous_date}), which comes before it in the list.",
        ),
        process_chronology,
    ),
    rule(
        "agreement.long-term-result.no-indicator",
        Severity::Warning,
        "7",
        (
            "Langsiktig resultat uten indikator",
            "Long-term result without an indicator",
        ),
        (
            "Det langsiktige resultatet «{id}» har ingen indikator som måler det.",
            "The long-term result \"{id}\" has no indicator to measure it.",
        ),
        result_without_indicator,
    ),
    rule(
        "agreement.anchoring.period",
        Severity::Error,
        "4",
        (
            "Perioden til en forankring",
            "Period of an anchoring document",
        ),
        (
            "Perioden {period} for «{id}» slutter før den begynner.",
            "The period {period} of \"{id}\" ends before it starts.",
        ),
        anchoring_period,
    ),
    rule(
        "agreement.anchoring.expired",
        Severity::Warning,
        "4",
        ("Utløpt forankring", "Expired anchoring"),
        (
            "«{id}» gjaldt {period} og var utløpt før avtaleperioden {agreement_period} begynte.",
            "\"{id}\" ran {period} and had ended before the agreement period {agreement_period} began.",
        ),
        anchoring_expired,
    ),
];

fn period_order(input: &Input<'_>, sink: &mut Sink) {
    let p = input.agreement.period;
    if p.end < p.start {
        sink.emit(AGREEMENT, "/period", &[("period", &p)]);
    }
}

fn party_roles(input: &Input<'_>, sink: &mut Sink) {
    for (role, name) in [
        (PartyRole::CountyAuthority, "county_authority"),
        (PartyRole::RegionalCouncil, "regional_council"),
    ] {
        let count = input
            .agreement
            .parties
            .iter()
            .filter(|p| p.role == role)
            .count();
        if count != 1 {
            sink.emit(AGREEMENT, "/parties", &[("role", &name), ("count", &count)]);
        }
    }
}

/// Every id in the agreement with its JSON pointer, in document order.
fn ids(a: &Agreement) -> Vec<(String, &str)> {
    let mut out: Vec<(String, &str)> = vec![("/id".into(), a.id.as_str())];
    for (i, p) in a.parties.iter().enumerate() {
        out.push((format!("/parties/{i}/id"), &p.id));
    }
    for (i, m) in a.region.municipalities.iter().enumerate() {
        out.push((format!("/region/municipalities/{i}/id"), &m.id));
    }
    for (i, z) in a.region.zones.iter().enumerate() {
        out.push((format!("/region/zones/{i}/id"), &z.id));
    }
    for (i, x) in a.knowledge_base.annexes.iter().enumerate() {
        out.push((format!("/knowledge_base/annexes/{i}/id"), &x.id));
    }
    for (i, x) in a.anchoring.iter().enumerate() {
        out.push((format!("/anchoring/{i}/id"), &x.id));
    }
    for (i, f) in a.focus_areas.iter().enumerate() {
        for (j, g) in f.sub_goals.iter().enumerate() {
            out.push((format!("/focus_areas/{i}/sub_goals/{j}/id"), &g.id));
            for (k, s) in g.strategies.iter().enumerate() {
                out.push((
                    format!("/focus_areas/{i}/sub_goals/{j}/strategies/{k}/id"),
                    &s.id,
                ));
            }
        }
    }
    for (i, x) in a.related_agreements.iter().enumerate() {
        out.push((format!("/related_agreements/{i}/id"), &x.id));
    }
    for (i, x) in a.long_term_results.results.iter().enumerate() {
        out.push((format!("/long_term_results/results/{i}/id"), &x.id));
    }
    for (i, x) in a.decisions.iter().enumerate() {
        out.push((format!("/decisions/{i}/id"), &x.id));
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
            format!("/focus_areas/{i}/title"),
            ("tittelen på et innsatsområde", "focus area title"),
            &f.title,
        ));
        for (j, g) in f.sub_goals.iter().enumerate() {
            texts.push((
                format!("/focus_areas/{i}/sub_goals/{j}/text"),
                ("delmål", "sub-goal"),
                &g.text,
            ));
            for (k, s) in g.strategies.iter().enumerate() {
                texts.push((
                    format!("/focus_areas/{i}/sub_goals/{j}/strategies/{k}/text"),
                    ("strategi", "strategy"),
                    &s.text,
                ));
            }
        }
    }
    for (i, r) in a.long_term_results.results.iter().enumerate() {
        texts.push((
            format!("/long_term_results/results/{i}/text"),
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
            format!("/governance/political/invitees/{i}/party"),
            &x.party,
        ));
    }
    for (i, x) in g.administrative.action_plans.prepared_by.iter().enumerate() {
        refs.push((
            format!("/governance/administrative/action_plans/prepared_by/{i}"),
            x,
        ));
    }
    for (i, x) in g.administrative.coordinators.iter().enumerate() {
        refs.push((
            format!("/governance/administrative/coordinators/{i}/party"),
            &x.party,
        ));
    }
    for (i, x) in a.evaluation.assisting.iter().enumerate() {
        refs.push((format!("/evaluation/assisting/{i}"), x));
    }
    for (i, d) in a.decisions.iter().enumerate() {
        if let Some(p) = &d.party {
            refs.push((format!("/decisions/{i}/party"), p));
        }
    }
    for (i, s) in a.signatures.signatories.iter().enumerate() {
        refs.push((format!("/signatures/signatories/{i}/party"), &s.party));
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
                    format!("/decisions/{i}/municipalities/{j}"),
                    &[("id", m), ("known", &known)],
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
                format!("/focus_areas/{i}/number"),
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
                format!("/focus_areas/{i}/sub_goals"),
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
                    format!("/focus_areas/{i}/sub_goals/{j}/id"),
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
                    format!("/focus_areas/{i}/sub_goals/{j}/strategies"),
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
                        format!("/focus_areas/{i}/sub_goals/{j}/strategies/{k}/id"),
                        &[("id", &s.id), ("sub_goal", &g.id)],
                    );
                }
            }
        }
    }
}

fn meetings_per_year(input: &Input<'_>, sink: &mut Sink) {
    let n = input.agreement.governance.political.meetings_per_year;
    if n == 0 {
        sink.emit(
            AGREEMENT,
            "/governance/political/meetings_per_year",
            &[("count", &n)],
        );
    }
}

fn plan_length(input: &Input<'_>, sink: &mut Sink) {
    let a = input.agreement;
    let length = a.governance.administrative.action_plans.length_years;
    let years = a.period.years();
    if length == 0 || i64::from(length) > i64::from(years) {
        sink.emit(
            AGREEMENT,
            "/governance/administrative/action_plans/length_years",
            &[
                ("length", &length),
                ("period", &a.period),
                ("years", &years),
            ],
        );
    }
}

fn coordinator_per_party(input: &Input<'_>, sink: &mut Sink) {
    let a = input.agreement;
    let coordinators = &a.governance.administrative.coordinators;
    for p in &a.parties {
        let count = coordinators.iter().filter(|c| c.party == p.id).count();
        if count != 1 {
            let pointer = match coordinators.iter().rposition(|c| c.party == p.id) {
                Some(i) => format!("/governance/administrative/coordinators/{i}"),
                None => "/governance/administrative/coordinators".into(),
            };
            sink.emit(AGREEMENT, pointer, &[("party", &p.id), ("count", &count)]);
        }
    }
}

fn decision_in_force(input: &Input<'_>, sink: &mut Sink) {
    let a = input.agreement;
    for p in &a.parties {
        let (body, name_nb, name_en) = match p.role {
            PartyRole::CountyAuthority => {
                (BodyKind::CountyCouncil, "fylkestinget", "county council")
            }
            PartyRole::RegionalCouncil => {
                (BodyKind::RegionalCouncil, "regionrådet", "regional council")
            }
        };
        let approved = a.decisions.iter().any(|d| {
            d.body == body
                && d.outcome == Outcome::Approved
                && d.party.as_deref() == Some(p.id.as_str())
        });
        if !approved {
            sink.emit(
                AGREEMENT,
                "/decisions",
                &[
                    ("body_nb", &name_nb),
                    ("body_en", &name_en),
                    ("party", &p.id),
                ],
            );
        }
    }
}

fn decision_municipality(input: &Input<'_>, sink: &mut Sink) {
    let a = input.agreement;
    for (i, m) in a.region.municipalities.iter().enumerate() {
        let approved = a.decisions.iter().any(|d| {
            d.body == BodyKind::MunicipalCouncil
                && d.outcome == Outcome::Approved
                && d.municipalities.contains(&m.id)
        });
        if !approved {
            sink.emit(
                AGREEMENT,
                format!("/region/municipalities/{i}"),
                &[("municipality", &m.name)],
            );
        }
    }
}

fn midterm_year(input: &Input<'_>, sink: &mut Sink) {
    let a = input.agreement;
    let year = a.evaluation.midterm.year;
    if !(a.period.start <= year && year < a.period.end) {
        sink.emit(
            AGREEMENT,
            "/evaluation/midterm/year",
            &[("year", &year), ("period", &a.period)],
        );
    }
}

/// The first action plan period the agreement's plan cycle gives.
fn first_plan(a: &Agreement) -> crate::model::YearPeriod {
    let length =
        i32::try_from(a.governance.administrative.action_plans.length_years.max(1)).unwrap_or(1);
    crate::model::YearPeriod {
        start: a.period.start,
        end: a.period.start + length - 1,
    }
}

fn midterm_plan(input: &Input<'_>, sink: &mut Sink) {
    let a = input.agreement;
    let m = &a.evaluation.midterm;
    let expected = first_plan(a);
    if m.assesses != expected || expected.end > m.year {
        sink.emit(
            AGREEMENT,
            "/evaluation/midterm/assesses",
            &[("assesses", &m.assesses), ("expected", &expected)],
        );
    }
}

fn adjustments_plan(input: &Input<'_>, sink: &mut Sink) {
    let a = input.agreement;
    let m = &a.evaluation.midterm;
    let length = m.assesses.years();
    let expected = crate::model::YearPeriod {
        start: m.assesses.end + 1,
        end: (m.assesses.end + length).min(a.period.end),
    };
    if m.adjustments_into != expected {
        sink.emit(
            AGREEMENT,
            "/evaluation/midterm/adjustments_into",
            &[("into", &m.adjustments_into), ("expected", &expected)],
        );
    }
}

fn final_year(input: &Input<'_>, sink: &mut Sink) {
    let a = input.agreement;
    let year = a.evaluation.final_evaluation.year;
    if year != a.period.end {
        sink.emit(
            AGREEMENT,
            "/evaluation/final/year",
            &[("year", &year), ("end", &a.period.end)],
        );
    }
}

fn final_content(input: &Input<'_>, sink: &mut Sink) {
    let f = &input.agreement.evaluation.final_evaluation;
    if !f.quantitative_results {
        sink.emit(
            AGREEMENT,
            "/evaluation/final/quantitative_results",
            &[("missing", &"quantitative_results")],
        );
    }
    if !f.qualitative_feedback {
        sink.emit(
            AGREEMENT,
            "/evaluation/final/qualitative_feedback",
            &[("missing", &"qualitative_feedback")],
        );
    }
}

fn evaluation_roles(input: &Input<'_>, sink: &mut Sink) {
    let e = &input.agreement.evaluation;
    for (i, p) in e.assisting.iter().enumerate() {
        if *p == e.responsible {
            sink.emit(
                AGREEMENT,
                format!("/evaluation/assisting/{i}"),
                &[("party", p)],
            );
        }
    }
}

fn process_numbering(input: &Input<'_>, sink: &mut Sink) {
    for (i, s) in input.agreement.process.steps.iter().enumerate() {
        let expected = i + 1;
        if s.number as usize != expected {
            sink.emit(
                AGREEMENT,
                format!("/process/steps/{i}/number"),
                &[("found", &s.number), ("expected", &expected)],
            );
        }
    }
}

fn process_chronology(input: &Input<'_>, sink: &mut Sink) {
    let mut previous: Option<&crate::model::ProcessStep> = None;
    for (i, s) in input.agreement.process.steps.iter().enumerate() {
        let Some(date) = s.date else { continue };
        if let Some(prev) = previous
            && let Some(prev_date) = prev.date
            && date.latest() < prev_date.earliest()
        {
            sink.emit(
                AGREEMENT,
                format!("/process/steps/{i}/date"),
                &[
                    ("number", &s.number),
                    ("date", &date),
                    ("previous", &prev.number),
                    ("previous_date", &prev_date),
                ],
            );
        }
        previous = Some(s);
    }
}

fn result_without_indicator(input: &Input<'_>, sink: &mut Sink) {
    let measured: HashSet<&str> = input
        .bundle
        .indicator_sets()
        .flat_map(|(_, s)| {
            s.indicators
                .iter()
                .flat_map(|i| i.results.iter().map(String::as_str))
        })
        .collect();
    for (i, r) in input.agreement.long_term_results.results.iter().enumerate() {
        if r.indicators.is_empty() && !measured.contains(r.id.as_str()) {
            sink.emit(
                AGREEMENT,
                format!("/long_term_results/results/{i}"),
                &[("id", &r.id)],
            );
        }
    }
}

fn anchoring_period(input: &Input<'_>, sink: &mut Sink) {
    for (i, x) in input.agreement.anchoring.iter().enumerate() {
        if x.period.end < x.period.start {
            sink.emit(
                AGREEMENT,
                format!("/anchoring/{i}/period"),
                &[("period", &x.period), ("id", &x.id)],
            );
        }
    }
}

fn anchoring_expired(input: &Input<'_>, sink: &mut Sink) {
    let a = input.agreement;
    for (i, x) in a.anchoring.iter().enumerate() {
        if x.period.start <= x.period.end && x.period.end < a.period.start {
            sink.emit(
                AGREEMENT,
                format!("/anchoring/{i}/period"),
                &[
                    ("period", &x.period),
                    ("id", &x.id),
                    ("agreement_period", &a.period),
                ],
            );
        }
    }
}
