//! Rules for the agreement's governance, decisions, evaluation plan, process,
//! long-term results and anchoring [1, 6, 7, annex 1]: what the agreement
//! says of how it is followed up.

use super::{AGREEMENT, Input, Rule, Severity, Sink};
use crate::document::DocumentKind;
use crate::model::{Agreement, BodyKind, Outcome, PartyRole};
use std::collections::HashSet;

super::rule_table!(Some(DocumentKind::Agreement));

pub(super) static RULES: &[Rule] = &[
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
            "Ingen gjeldende godkjenning fra {body} for parten «{party}»{last}; avtalen gjelder etter vedtak i begge partenes organer.",
            "No standing approval by the {body} for the party \"{party}\"{last}; the agreement applies once both parties' bodies have approved it.",
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
                Some(i) => crate::pointer::ptr!["governance", "administrative", "coordinators", i],
                None => "/governance/administrative/coordinators".into(),
            };
            sink.emit(AGREEMENT, pointer, &[("party", &p.id), ("count", &count)]);
        }
    }
}

fn decision_in_force(input: &Input<'_>, sink: &mut Sink) {
    let a = input.agreement;
    for p in &a.parties {
        // The deciding body (`PartyRole::deciding_body`) as a reader names it.
        let (name_nb, name_en) = match p.role {
            PartyRole::CountyAuthority => ("fylkestinget", "county council"),
            PartyRole::RegionalCouncil => ("regionrådet", "regional council"),
        };
        // The latest decision stands: a rejection after an approval counts.
        let standing = a.standing_decision(p);
        if standing.is_none_or(|d| d.outcome != Outcome::Approved) {
            let (last_nb, last_en) = match standing {
                Some(d) => (
                    format!(" (siste vedtak, {}, er «{}»)", d.date, d.id),
                    format!(" (its latest decision, of {}, is \"{}\")", d.date, d.id),
                ),
                None => (String::new(), String::new()),
            };
            let pointer =
                match standing.and_then(|d| a.decisions.iter().position(|x| std::ptr::eq(x, d))) {
                    Some(i) => crate::pointer::ptr!["decisions", i],
                    None => "/decisions".to_string(),
                };
            sink.emit(
                AGREEMENT,
                pointer,
                &[
                    ("body_nb", &name_nb),
                    ("body_en", &name_en),
                    ("party", &p.id),
                    ("last_nb", &last_nb),
                    ("last_en", &last_en),
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
                crate::pointer::ptr!["region", "municipalities", i],
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
                crate::pointer::ptr!["evaluation", "assisting", i],
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
                crate::pointer::ptr!["process", "steps", i, "number"],
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
                crate::pointer::ptr!["process", "steps", i, "date"],
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
                crate::pointer::ptr!["long_term_results", "results", i],
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
                crate::pointer::ptr!["anchoring", i, "period"],
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
                crate::pointer::ptr!["anchoring", i, "period"],
                &[
                    ("period", &x.period),
                    ("id", &x.id),
                    ("agreement_period", &a.period),
                ],
            );
        }
    }
}
