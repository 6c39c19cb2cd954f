//! The words for the model's values — statuses, ratings, lights, kinds,
//! outcomes — in each language: the one vocabulary the documents, the rules'
//! messages where they name a value, the Python package and the workbench
//! use. [`crate::present::vocab`] adds the words for the status's own values
//! (trends, where an evaluation stands) and the whole table
//! ([`crate::vocabulary`]).

use crate::lang::Lang;
use crate::model::{
    ActionStatus, AdjustmentKind, EvaluationStatus, FundingStatus, HandlingOutcome, Leadership,
    Light, MeasureStatus, MeetingStatus, MilestoneStatus, Rating, Stage,
};

/// A measure's status: `pågår` / `ongoing`.
pub fn measure_status(lang: Lang, s: MeasureStatus) -> &'static str {
    s.label(lang)
}

/// A traffic light's colour: `grønn` / `green`.
pub fn light(lang: Lang, l: Light) -> &'static str {
    match l {
        Light::Green => lang.pick("grønn", "green"),
        Light::Yellow => lang.pick("gul", "yellow"),
        Light::Red => lang.pick("rød", "red"),
    }
}

/// An evaluation's rating: `I rute` / `On track`.
pub fn rating(lang: Lang, r: Rating) -> &'static str {
    match r {
        Rating::OnTrack => lang.pick("I rute", "On track"),
        Rating::Partly => lang.pick("Delvis i rute", "Partly on track"),
        Rating::OffTrack => lang.pick("Ikke i rute", "Off track"),
        Rating::NotAssessed => lang.pick("Ikke vurdert", "Not assessed"),
    }
}

/// An adjustment's kind: `nytt tiltak` / `new measure`.
pub fn adjustment_kind(lang: Lang, k: AdjustmentKind) -> &'static str {
    match k {
        AdjustmentKind::NewMeasure => lang.pick("nytt tiltak", "new measure"),
        AdjustmentKind::ChangedMeasure => lang.pick("endret tiltak", "changed measure"),
        AdjustmentKind::DroppedMeasure => lang.pick("tiltak tas ut", "measure dropped"),
        AdjustmentKind::Governance => lang.pick("samarbeidsstruktur", "governance"),
        AdjustmentKind::Indicator => lang.pick("indikator", "indicator"),
        AdjustmentKind::Milestone => lang.pick("milepæl", "milestone"),
    }
}

/// What a political body did with an evaluation.
pub fn handling_outcome(lang: Lang, o: HandlingOutcome) -> &'static str {
    match o {
        HandlingOutcome::Noted => lang.pick("tatt til orientering", "noted"),
        HandlingOutcome::Approved => lang.pick("godkjent", "approved"),
        HandlingOutcome::Returned => lang.pick("sendt tilbake", "returned"),
    }
}

/// An evaluation's stage: `Midtveisevaluering` / `Midterm evaluation`.
pub fn stage(lang: Lang, s: Stage) -> &'static str {
    match s {
        Stage::Midterm => lang.pick("Midtveisevaluering", "Midterm evaluation"),
        Stage::Final => lang.pick("Sluttevaluering", "Final evaluation"),
    }
}

/// An evaluation's status: `utkast` / `draft`.
pub fn evaluation_status(lang: Lang, s: EvaluationStatus) -> &'static str {
    match s {
        EvaluationStatus::Draft => lang.pick("utkast", "draft"),
        EvaluationStatus::Concluded => lang.pick("avsluttet", "concluded"),
    }
}

/// A kind of document: `handlingsplan` / `action plan`.
pub fn document_kind(lang: Lang, k: crate::document::DocumentKind) -> &'static str {
    use crate::document::DocumentKind as K;
    match k {
        K::Agreement => lang.pick("avtale", "agreement"),
        K::ActionPlan => lang.pick("handlingsplan", "action plan"),
        K::MeetingLog => lang.pick("møtelogg", "meeting log"),
        K::Indicators => lang.pick("indikatorer", "indicators"),
        K::Evaluation => lang.pick("evaluering", "evaluation"),
        #[allow(unreachable_patterns)]
        _ => k.as_str(),
    }
}

/// A milestone's status: `venter` / `pending`.
pub fn milestone_status(lang: Lang, s: MilestoneStatus) -> &'static str {
    match s {
        MilestoneStatus::Pending => lang.pick("venter", "pending"),
        MilestoneStatus::Completed => lang.pick("nådd", "reached"),
        MilestoneStatus::Cancelled => lang.pick("avlyst", "cancelled"),
    }
}

/// A meeting's status: `holdt` / `held`.
pub fn meeting_status(lang: Lang, s: MeetingStatus) -> &'static str {
    match s {
        MeetingStatus::Held => lang.pick("holdt", "held"),
        MeetingStatus::Planned => lang.pick("planlagt", "planned"),
        MeetingStatus::Cancelled => lang.pick("avlyst", "cancelled"),
    }
}

/// A follow-up action's status: `åpen` / `open`.
pub fn action_status(lang: Lang, s: ActionStatus) -> &'static str {
    match s {
        ActionStatus::Open => lang.pick("åpen", "open"),
        ActionStatus::Done => lang.pick("utført", "done"),
        ActionStatus::Dropped => lang.pick("droppet", "dropped"),
    }
}

/// A funding line's status: `innvilget` / `granted`.
pub fn funding_status(lang: Lang, s: FundingStatus) -> &'static str {
    match s {
        FundingStatus::Planned => lang.pick("planlagt", "planned"),
        FundingStatus::Applied => lang.pick("søkt", "applied"),
        FundingStatus::Granted => lang.pick("innvilget", "granted"),
        FundingStatus::Refused => lang.pick("avslått", "refused"),
        FundingStatus::Paid => lang.pick("utbetalt", "paid"),
    }
}

/// A section of the cooperation an adjustment concerns: `politisk samarbeid` /
/// `political cooperation`.
pub fn governance_section(lang: Lang, s: crate::model::GovernanceSection) -> &'static str {
    use crate::model::GovernanceSection as G;
    match s {
        G::Political => lang.pick("politisk samarbeid", "political cooperation"),
        G::Administrative => lang.pick("administrativ oppfølging", "administrative follow-up"),
        G::Evaluation => lang.pick("evaluering", "evaluation"),
    }
}

/// Which leadership takes part in a meeting: `politisk` / `political`.
pub fn leadership(lang: Lang, l: Leadership) -> &'static str {
    match l {
        Leadership::Political => lang.pick("politisk", "political"),
        Leadership::Administrative => lang.pick("administrativ", "administrative"),
    }
}
