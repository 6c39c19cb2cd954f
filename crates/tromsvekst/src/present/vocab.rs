//! The words for the model's values — statuses, ratings, lights, trends,
//! kinds, outcomes — in each language, in one place for every document.

use crate::lang::Lang;
use crate::model::{AdjustmentKind, HandlingOutcome, Light, MeasureStatus, Rating, Stage};
use crate::status::Trend;

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

/// Which way an indicator has moved: `bedre` / `improving`.
pub fn trend(lang: Lang, t: Trend) -> &'static str {
    match t {
        Trend::Improving => lang.pick("bedre", "improving"),
        Trend::Worsening => lang.pick("verre", "worsening"),
        Trend::Unchanged => lang.pick("uendret", "unchanged"),
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

/// Not filled in yet: `Ikke fylt ut` / `Not filled in`.
pub fn not_filled_in(lang: Lang) -> &'static str {
    lang.pick("Ikke fylt ut", "Not filled in")
}

/// The closing line of every document.
pub fn made_with(lang: Lang) -> &'static str {
    lang.pick("Laget med tromsvekst.", "Made with tromsvekst.")
}

/// A milestone's status: `venter` / `pending`.
pub fn milestone_status(lang: Lang, s: crate::model::MilestoneStatus) -> &'static str {
    use crate::model::MilestoneStatus as M;
    match s {
        M::Pending => lang.pick("venter", "pending"),
        M::Completed => lang.pick("nådd", "reached"),
        M::Cancelled => lang.pick("avlyst", "cancelled"),
    }
}

/// A follow-up action's status: `åpen` / `open`.
pub fn action_status(lang: Lang, s: crate::model::ActionStatus) -> &'static str {
    use crate::model::ActionStatus as A;
    match s {
        A::Open => lang.pick("åpen", "open"),
        A::Done => lang.pick("utført", "done"),
        A::Dropped => lang.pick("droppet", "dropped"),
    }
}
