//! Rules for the agreement's governance, decisions, evaluation plan, process,
//! long-term results and anchoring [1, 6, 7, annex 1]: what the agreement
//! says of how it is followed up.

use super::{AGREEMENT, Input, Rule, Severity, Sink};
use crate::document::DocumentKind;
use crate::model::{Agreement, BodyKind, Outcome, PartyRole};
use crate::rules::{Arg, Both};
use foldhash::HashSet;

super::rule_table!(Some(DocumentKind::Agreement));

pub(super) static RULES: &[Rule] = &[
    rule!(
        "agreement.governance.meetings-per-year",
        Severity::Error,
        "6.1",
        ("Politiske møter per år", "Political meetings per year"),
        GovernanceMeetingsPerYear,
        meetings_per_year,
    ),
    rule!(
        "agreement.governance.plan-length",
        Severity::Error,
        "6.2",
        ("Handlingsplanens lengde", "Action plan length"),
        GovernancePlanLength,
        plan_length,
    ),
    rule!(
        "agreement.coordinator.per-party",
        Severity::Error,
        "6.2",
        ("Én koordinator per part", "One coordinator per party"),
        CoordinatorPerParty,
        coordinator_per_party,
    ),
    rule!(
        "agreement.decision.in-force",
        Severity::Error,
        "1",
        (
            "Vedtak som setter avtalen i kraft",
            "Decisions that put the agreement in force",
        ),
        DecisionInForce,
        decision_in_force,
    ),
    rule!(
        "agreement.decision.municipality",
        Severity::Error,
        "4",
        (
            "Vedtak i kommunestyrene",
            "Decisions of the municipal councils",
        ),
        DecisionMunicipality,
        decision_municipality,
    ),
    rule!(
        "agreement.evaluation.midterm-year",
        Severity::Error,
        "7",
        (
            "Tidspunkt for midtveisevaluering",
            "Timing of the midterm evaluation",
        ),
        EvaluationMidtermYear,
        midterm_year,
    ),
    rule!(
        "agreement.evaluation.midterm-plan",
        Severity::Error,
        "7",
        (
            "Planen midtveisevalueringen vurderer",
            "The plan the midterm evaluation assesses",
        ),
        EvaluationMidtermPlan,
        midterm_plan,
    ),
    rule!(
        "agreement.evaluation.adjustments-plan",
        Severity::Error,
        "7",
        (
            "Hvor justeringene innarbeides",
            "Where adjustments are carried",
        ),
        EvaluationAdjustmentsPlan,
        adjustments_plan,
    ),
    rule!(
        "agreement.evaluation.final-year",
        Severity::Error,
        "7",
        (
            "Tidspunkt for sluttevaluering",
            "Timing of the final evaluation",
        ),
        EvaluationFinalYear,
        final_year,
    ),
    rule!(
        "agreement.evaluation.final-content",
        Severity::Warning,
        "7",
        (
            "Innholdet i sluttevalueringen",
            "Content of the final evaluation",
        ),
        EvaluationFinalContent,
        final_content,
    ),
    rule!(
        "agreement.evaluation.roles",
        Severity::Error,
        "7",
        ("Ansvar for evalueringen", "Responsibility for evaluation"),
        EvaluationRoles,
        evaluation_roles,
    ),
    rule!(
        "agreement.process.numbering",
        Severity::Error,
        "annex 1",
        ("Nummerering av prosesstrinn", "Numbering of process steps"),
        ProcessNumbering,
        process_numbering,
    ),
    rule!(
        "agreement.process.chronology",
        Severity::Warning,
        "annex 1",
        (
            "Prosesstrinn i tidsrekkefølge",
            "Process steps in chronological order",
        ),
        ProcessChronology,
        process_chronology,
    ),
    rule!(
        "agreement.long-term-result.no-indicator",
        Severity::Warning,
        "7",
        (
            "Langsiktig resultat uten indikator",
            "Long-term result without an indicator",
        ),
        LongTermResultNoIndicator,
        result_without_indicator,
    ),
    rule!(
        "agreement.anchoring.period",
        Severity::Error,
        "4",
        (
            "Perioden til en forankring",
            "Period of an anchoring document",
        ),
        AnchoringPeriod,
        anchoring_period,
    ),
    rule!(
        "agreement.anchoring.expired",
        Severity::Warning,
        "4",
        ("Utløpt forankring", "Expired anchoring"),
        AnchoringExpired,
        anchoring_expired,
    ),
];

super::message! {
    /// `agreement.governance.meetings-per-year`
    GovernanceMeetingsPerYear { count }
    nb: "Avtalen må fastsette minst ett politisk møte i året; meetings_per_year er {count}.",
    en: "The agreement must set at least one political meeting a year; meetings_per_year is {count}.",
}

super::message! {
    /// `agreement.governance.plan-length`
    GovernancePlanLength { length, period, years }
    nb: "En handlingsplan på {length} år passer ikke i avtaleperioden {period} ({years} år).",
    en: "An action plan of {length} years does not fit the agreement period {period} ({years} years).",
}

super::message! {
    /// `agreement.coordinator.per-party`
    CoordinatorPerParty { party, count }
    nb: "Parten «{party}» har {count} koordinatorroller; hver avtalepart oppnevner nøyaktig én administrativ koordinator.",
    en: "The party \"{party}\" has {count} coordinator roles; each party appoints exactly one administrative coordinator.",
}

super::message! {
    /// `agreement.decision.in-force`
    DecisionInForce { body, party, last }
    nb: "Ingen gjeldende godkjenning fra {body} for parten «{party}»{last}; avtalen gjelder etter vedtak i begge partenes organer.",
    en: "No standing approval by the {body} for the party \"{party}\"{last}; the agreement applies once both parties' bodies have approved it.",
}

super::message! {
    /// `agreement.decision.municipality`
    DecisionMunicipality { municipality }
    nb: "Ingen godkjennende vedtak fra kommunestyret i {municipality}; samtlige kommunestyrer skal behandle avtalen med positivt vedtak.",
    en: "No approving decision by the municipal council of {municipality}; every municipal council must approve the agreement.",
}

super::message! {
    /// `agreement.evaluation.midterm-year`
    EvaluationMidtermYear { year, period }
    nb: "Midtveisevalueringen i {year} ligger ikke inne i avtaleperioden {period} før siste år.",
    en: "The midterm evaluation in {year} does not lie inside the agreement period {period} before its last year.",
}

super::message! {
    /// `agreement.evaluation.midterm-plan`
    EvaluationMidtermPlan { assesses, expected }
    nb: "Midtveisevalueringen vurderer {assesses}, men skulle vurdert den første handlingsplanen {expected}, som må være avsluttet innen evalueringsåret.",
    en: "The midterm evaluation assesses {assesses} but should assess the first action plan {expected}, which must end by the evaluation year.",
}

super::message! {
    /// `agreement.evaluation.adjustments-plan`
    EvaluationAdjustmentsPlan { into, expected }
    nb: "Justeringene innarbeides i {into}, men skulle gått inn i neste handlingsplan {expected}.",
    en: "Adjustments are carried into {into} but should go into the next action plan {expected}.",
}

super::message! {
    /// `agreement.evaluation.final-year`
    EvaluationFinalYear { year, end }
    nb: "Sluttevalueringen i {year} er ikke i avtaleperiodens siste år {end}.",
    en: "The final evaluation in {year} is not in the agreement period's last year {end}.",
}

super::message! {
    /// `agreement.evaluation.final-content`
    EvaluationFinalContent { missing }
    nb: "Sluttevalueringen samler ikke {missing}; den skal samle både kvantitative resultater og kvalitative tilbakemeldinger.",
    en: "The final evaluation does not gather {missing}; it must gather both quantitative results and qualitative feedback.",
}

super::message! {
    /// `agreement.evaluation.roles`
    EvaluationRoles { party }
    nb: "Parten «{party}» har hovedansvar for evalueringen og kan ikke samtidig stå som bistående.",
    en: "The party \"{party}\" has main responsibility for the evaluation and cannot also be listed as assisting.",
}

super::message! {
    /// `agreement.process.numbering`
    ProcessNumbering { found, expected }
    nb: "Prosesstrinnet har nummer {found}, men skulle hatt nummer {expected}.",
    en: "The process step is numbered {found} but should be {expected}.",
}

super::message! {
    /// `agreement.process.chronology`
    ProcessChronology { number, date, previous, previous_date }
    nb: "Trinn {number} ({date}) er datert før trinn {previous} ({previous_date}), som står foran det i listen.",
    en: "Step {number} ({date}) is dated before step {previous} ({previous_date}), which comes before it in the list.",
}

super::message! {
    /// `agreement.long-term-result.no-indicator`
    LongTermResultNoIndicator { id }
    nb: "Det langsiktige resultatet «{id}» har ingen indikator som måler det.",
    en: "The long-term result \"{id}\" has no indicator to measure it.",
}

super::message! {
    /// `agreement.anchoring.period`
    AnchoringPeriod { period, id }
    nb: "Perioden {period} for «{id}» slutter før den begynner.",
    en: "The period {period} of \"{id}\" ends before it starts.",
}

super::message! {
    /// `agreement.anchoring.expired`
    AnchoringExpired { id, period, agreement_period }
    nb: "«{id}» gjaldt {period} og var utløpt før avtaleperioden {agreement_period} begynte.",
    en: "\"{id}\" ran {period} and had ended before the agreement period {agreement_period} began.",
}

fn meetings_per_year(input: &Input<'_>, sink: &mut Sink<'_, GovernanceMeetingsPerYear>) {
    let n = input.agreement.governance.political.meetings_per_year;
    sink.examine();
    if n == 0 {
        sink.emit(
            AGREEMENT,
            "/governance/political/meetings_per_year",
            GovernanceMeetingsPerYear { count: n.arg() },
        );
    }
}

fn plan_length(input: &Input<'_>, sink: &mut Sink<'_, GovernancePlanLength>) {
    let a = input.agreement;
    let length = a.governance.administrative.action_plans.length_years;
    let years = a.period.years();
    sink.examine();
    if length == 0 || i64::from(length) > i64::from(years) {
        sink.emit(
            AGREEMENT,
            "/governance/administrative/action_plans/length_years",
            GovernancePlanLength {
                length: length.arg(),
                period: a.period.arg(),
                years: years.arg(),
            },
        );
    }
}

fn coordinator_per_party(input: &Input<'_>, sink: &mut Sink<'_, CoordinatorPerParty>) {
    let a = input.agreement;
    let coordinators = &a.governance.administrative.coordinators;
    for p in &a.parties {
        let count = coordinators.iter().filter(|c| c.party == p.id).count();
        sink.examine();
        if count != 1 {
            let pointer = match coordinators.iter().rposition(|c| c.party == p.id) {
                Some(i) => crate::pointer::ptr!["governance", "administrative", "coordinators", i],
                None => "/governance/administrative/coordinators".into(),
            };
            sink.emit(
                AGREEMENT,
                pointer,
                CoordinatorPerParty {
                    party: p.id.arg(),
                    count: count.arg(),
                },
            );
        }
    }
}

fn decision_in_force(input: &Input<'_>, sink: &mut Sink<'_, DecisionInForce>) {
    let a = input.agreement;
    for p in &a.parties {
        // The deciding body (`PartyRole::deciding_body`) as a reader names it.
        let (name_nb, name_en) = match p.role {
            PartyRole::CountyAuthority => ("fylkestinget", "county council"),
            PartyRole::RegionalCouncil => ("regionrådet", "regional council"),
        };
        // The latest decision stands: a rejection after an approval counts.
        let standing = a.standing_decision(p);
        sink.examine();
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
                DecisionInForce {
                    body: Both(&name_nb, &name_en).arg(),
                    party: p.id.arg(),
                    last: Both(&last_nb, &last_en).arg(),
                },
            );
        }
    }
}

fn decision_municipality(input: &Input<'_>, sink: &mut Sink<'_, DecisionMunicipality>) {
    let a = input.agreement;
    for (i, m) in a.region.municipalities.iter().enumerate() {
        let approved = a.decisions.iter().any(|d| {
            d.body == BodyKind::MunicipalCouncil
                && d.outcome == Outcome::Approved
                && d.municipalities.contains(&m.id)
        });
        sink.examine();
        if !approved {
            sink.emit(
                AGREEMENT,
                crate::pointer::ptr!["region", "municipalities", i],
                DecisionMunicipality {
                    municipality: m.name.arg(),
                },
            );
        }
    }
}

fn midterm_year(input: &Input<'_>, sink: &mut Sink<'_, EvaluationMidtermYear>) {
    let a = input.agreement;
    let year = a.evaluation.midterm.year;
    sink.examine();
    if !(a.period.start <= year && year < a.period.end) {
        sink.emit(
            AGREEMENT,
            "/evaluation/midterm/year",
            EvaluationMidtermYear {
                year: year.arg(),
                period: a.period.arg(),
            },
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

fn midterm_plan(input: &Input<'_>, sink: &mut Sink<'_, EvaluationMidtermPlan>) {
    let a = input.agreement;
    let m = &a.evaluation.midterm;
    let expected = first_plan(a);
    sink.examine();
    if m.assesses != expected || expected.end > m.year {
        sink.emit(
            AGREEMENT,
            "/evaluation/midterm/assesses",
            EvaluationMidtermPlan {
                assesses: m.assesses.arg(),
                expected: expected.arg(),
            },
        );
    }
}

fn adjustments_plan(input: &Input<'_>, sink: &mut Sink<'_, EvaluationAdjustmentsPlan>) {
    let a = input.agreement;
    let m = &a.evaluation.midterm;
    let length = m.assesses.years();
    let expected = crate::model::YearPeriod {
        start: m.assesses.end + 1,
        end: (m.assesses.end + length).min(a.period.end),
    };
    sink.examine();
    if m.adjustments_into != expected {
        sink.emit(
            AGREEMENT,
            "/evaluation/midterm/adjustments_into",
            EvaluationAdjustmentsPlan {
                into: m.adjustments_into.arg(),
                expected: expected.arg(),
            },
        );
    }
}

fn final_year(input: &Input<'_>, sink: &mut Sink<'_, EvaluationFinalYear>) {
    let a = input.agreement;
    let year = a.evaluation.final_evaluation.year;
    sink.examine();
    if year != a.period.end {
        sink.emit(
            AGREEMENT,
            "/evaluation/final/year",
            EvaluationFinalYear {
                year: year.arg(),
                end: a.period.end.arg(),
            },
        );
    }
}

fn final_content(input: &Input<'_>, sink: &mut Sink<'_, EvaluationFinalContent>) {
    let f = &input.agreement.evaluation.final_evaluation;
    sink.examine();
    if !f.quantitative_results {
        sink.emit(
            AGREEMENT,
            "/evaluation/final/quantitative_results",
            EvaluationFinalContent {
                missing: "quantitative_results".arg(),
            },
        );
    }
    sink.examine();
    if !f.qualitative_feedback {
        sink.emit(
            AGREEMENT,
            "/evaluation/final/qualitative_feedback",
            EvaluationFinalContent {
                missing: "qualitative_feedback".arg(),
            },
        );
    }
}

fn evaluation_roles(input: &Input<'_>, sink: &mut Sink<'_, EvaluationRoles>) {
    let e = &input.agreement.evaluation;
    for (i, p) in e.assisting.iter().enumerate() {
        sink.examine();
        if *p == e.responsible {
            sink.emit(
                AGREEMENT,
                crate::pointer::ptr!["evaluation", "assisting", i],
                EvaluationRoles { party: p.arg() },
            );
        }
    }
}

fn process_numbering(input: &Input<'_>, sink: &mut Sink<'_, ProcessNumbering>) {
    for (i, s) in input.agreement.process.steps.iter().enumerate() {
        let expected = i + 1;
        sink.examine();
        if s.number as usize != expected {
            sink.emit(
                AGREEMENT,
                crate::pointer::ptr!["process", "steps", i, "number"],
                ProcessNumbering {
                    found: s.number.arg(),
                    expected: expected.arg(),
                },
            );
        }
    }
}

fn process_chronology(input: &Input<'_>, sink: &mut Sink<'_, ProcessChronology>) {
    let mut previous: Option<&crate::model::ProcessStep> = None;
    for (i, s) in input.agreement.process.steps.iter().enumerate() {
        let Some(date) = s.date else { continue };
        sink.examine();
        if let Some(prev) = previous
            && let Some(prev_date) = prev.date
            && date.latest() < prev_date.earliest()
        {
            sink.emit(
                AGREEMENT,
                crate::pointer::ptr!["process", "steps", i, "date"],
                ProcessChronology {
                    number: s.number.arg(),
                    date: date.arg(),
                    previous: prev.number.arg(),
                    previous_date: prev_date.arg(),
                },
            );
        }
        previous = Some(s);
    }
}

fn result_without_indicator(input: &Input<'_>, sink: &mut Sink<'_, LongTermResultNoIndicator>) {
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
        sink.examine();
        if r.indicators.is_empty() && !measured.contains(r.id.as_str()) {
            sink.emit(
                AGREEMENT,
                crate::pointer::ptr!["long_term_results", "results", i],
                LongTermResultNoIndicator { id: r.id.arg() },
            );
        }
    }
}

fn anchoring_period(input: &Input<'_>, sink: &mut Sink<'_, AnchoringPeriod>) {
    for (i, x) in input.agreement.anchoring.iter().enumerate() {
        sink.examine();
        if x.period.end < x.period.start {
            sink.emit(
                AGREEMENT,
                crate::pointer::ptr!["anchoring", i, "period"],
                AnchoringPeriod {
                    period: x.period.arg(),
                    id: x.id.arg(),
                },
            );
        }
    }
}

fn anchoring_expired(input: &Input<'_>, sink: &mut Sink<'_, AnchoringExpired>) {
    let a = input.agreement;
    for (i, x) in a.anchoring.iter().enumerate() {
        sink.examine();
        if x.period.start <= x.period.end && x.period.end < a.period.start {
            sink.emit(
                AGREEMENT,
                crate::pointer::ptr!["anchoring", i, "period"],
                AnchoringExpired {
                    period: x.period.arg(),
                    id: x.id.arg(),
                    agreement_period: a.period.arg(),
                },
            );
        }
    }
}
