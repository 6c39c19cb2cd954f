//! What a past day knew: the documents cut back to a day, so that the
//! status of that day uses only what was known on it. A measure's status and
//! progress are the last follow-up entry on or before the day (the
//! document's own values where its log has none); a completion, an adoption,
//! a funding stage, a held meeting and its decisions, a follow-up action
//! done, an advocacy action, a coordinator, an evaluation and its handling
//! count from their dates; an indicator figure from its year.

use crate::bundle::Bundle;
use crate::date::Date;
use crate::document::AnyDocument;
use crate::model::{
    ActionPlan, ActionStatus, Evaluation, FundingStatus, IndicatorSet, MeasureStatus, MeetingLog,
    MeetingStatus, MilestoneStatus,
};

/// The latest day any document of the bundle records something on.
fn latest_day(bundle: &Bundle) -> Option<Date> {
    let mut days: Vec<Date> = Vec::new();
    for d in bundle.documents() {
        match d {
            AnyDocument::ActionPlan(p) => {
                let p = &p.value;
                days.extend(p.adopted.as_ref().map(|a| a.date.earliest()));
                days.extend(p.updates.iter().map(|u| u.date));
                days.extend(p.measures.iter().filter_map(|m| m.completed_on));
                days.extend(
                    p.measures
                        .iter()
                        .flat_map(|m| m.funding.iter().filter_map(|f| f.status_date)),
                );
                days.extend(p.milestones.iter().filter_map(|m| m.completed_on));
            }
            AnyDocument::MeetingLog(l) => {
                let l = &l.value;
                days.extend(
                    l.meetings
                        .iter()
                        .filter(|m| m.status == MeetingStatus::Held)
                        .map(|m| m.date),
                );
                days.extend(
                    l.meetings
                        .iter()
                        .flat_map(|m| m.decisions.iter())
                        .flat_map(|x| x.actions.iter().filter_map(|a| a.done_on)),
                );
                days.extend(l.advocacy.iter().map(|a| a.date));
                days.extend(l.coordinators.iter().map(|c| c.from));
            }
            AnyDocument::Evaluation(e) => {
                days.push(e.value.date);
                days.extend(e.value.handling.iter().map(|h| h.date));
            }
            AnyDocument::Indicators(s) => {
                days.extend(
                    s.value
                        .indicators
                        .iter()
                        .flat_map(|i| i.observations.iter())
                        .filter_map(|o| Date::new(o.year, 1, 1)),
                );
            }
            AnyDocument::Agreement(_) => {}
        }
    }
    days.into_iter().max()
}

fn plan_on(
    bundle: &Bundle,
    original: &ActionPlan,
    day: Date,
    undated: &mut Vec<String>,
) -> ActionPlan {
    // Each measure's log across the measures it continues (a continued
    // measure carries its history into the next plan).
    let logs: Vec<Vec<crate::model::StatusUpdate>> = original
        .measures
        .iter()
        .map(|m| {
            super::history(bundle, m)
                .into_iter()
                .map(|(_, u)| u.clone())
                .collect()
        })
        .collect();
    // Where a continued measure stood as its earlier plan left it.
    let before: Vec<Option<(MeasureStatus, u32)>> = original
        .measures
        .iter()
        .map(|m| {
            super::chain(bundle, m)
                .first()
                .map(|(_, x)| (x.status, x.progress))
        })
        .collect();
    let mut p = original.clone();
    if p.adopted.as_ref().is_some_and(|a| a.date.earliest() > day) {
        p.adopted = None;
    }
    for ((m, entries), earlier) in p.measures.iter_mut().zip(&logs).zip(&before) {
        let known: Vec<_> = entries.iter().filter(|u| u.date <= day).collect();
        if let Some(last) = known.iter().max_by_key(|u| u.date) {
            m.status = last.status;
            if let Some(progress) = known
                .iter()
                .filter(|u| u.progress.is_some())
                .max_by_key(|u| u.date)
                .and_then(|u| u.progress)
            {
                m.progress = progress;
            }
        } else if !entries.is_empty() {
            // Its log begins after the day: it stands as the measure it
            // continues was left, else as nothing recorded yet.
            (m.status, m.progress) = earlier.unwrap_or((MeasureStatus::Planned, 0));
        } else {
            undated.push(m.id.clone());
        }
        if m.completed_on.is_some_and(|d| d > day) {
            m.completed_on = None;
            if m.status == MeasureStatus::Completed {
                m.status = MeasureStatus::Ongoing;
            }
        }
        for f in &mut m.funding {
            if f.status_date.is_some_and(|d| d > day) {
                f.status = Some(FundingStatus::Planned);
                f.status_date = None;
                f.applied_nok = None;
                f.granted_nok = None;
                f.paid_nok = None;
            }
        }
    }
    p.updates.retain(|u| u.date <= day);
    for m in &mut p.milestones {
        if m.completed_on.is_some_and(|d| d > day) {
            m.completed_on = None;
            m.status = MilestoneStatus::Pending;
        }
    }
    p
}

fn log_on(l: &MeetingLog, day: Date) -> MeetingLog {
    let mut l = l.clone();
    for m in &mut l.meetings {
        if m.date > day && m.status == MeetingStatus::Held {
            // Held after the day: on the day it was planned, with no decisions yet.
            m.status = MeetingStatus::Planned;
            m.decisions.clear();
            m.attended.clear();
        }
        for a in m.decisions.iter_mut().flat_map(|x| x.actions.iter_mut()) {
            if a.done_on.is_some_and(|d| d > day) {
                a.done_on = None;
                a.status = ActionStatus::Open;
            }
        }
    }
    l.advocacy.retain(|a| a.date <= day);
    l.coordinators.retain(|c| c.from <= day);
    l
}

fn set_on(s: &IndicatorSet, day: Date) -> IndicatorSet {
    let mut s = s.clone();
    for i in &mut s.indicators {
        i.observations.retain(|o| o.year <= day.year());
    }
    s
}

fn evaluation_on(e: &Evaluation, day: Date) -> Option<Evaluation> {
    if e.date > day {
        return None;
    }
    let mut e = e.clone();
    e.handling.retain(|h| h.date <= day);
    Some(e)
}

/// The bundle as it was known on `day`, and the measures whose status and
/// progress come from their document without a dated entry (so are as the
/// document stands, not as of `day`); `None` when nothing in the documents
/// is dated after `day` (the bundle as it is is what the day knew).
pub(crate) fn as_known_on(bundle: &Bundle, day: Date) -> Option<(Bundle, Vec<String>)> {
    if latest_day(bundle).is_none_or(|latest| latest <= day) {
        return None;
    }
    let mut undated = Vec::new();
    let mut docs = Vec::new();
    for d in bundle.documents() {
        let doc = match d {
            AnyDocument::ActionPlan(p) => {
                let mut p = p.clone();
                p.value = plan_on(bundle, &p.value, day, &mut undated);
                AnyDocument::ActionPlan(p)
            }
            AnyDocument::MeetingLog(l) => {
                let mut l = l.clone();
                l.value = log_on(&l.value, day);
                AnyDocument::MeetingLog(l)
            }
            AnyDocument::Indicators(s) => {
                let mut s = s.clone();
                s.value = set_on(&s.value, day);
                AnyDocument::Indicators(s)
            }
            AnyDocument::Evaluation(e) => match evaluation_on(&e.value, day) {
                Some(v) => {
                    let mut e = e.clone();
                    e.value = v;
                    AnyDocument::Evaluation(e)
                }
                None => continue,
            },
            other => other.clone(),
        };
        docs.push(doc);
    }
    let cut = Bundle::from_documents_shared(docs, Some(bundle.agreement_shared())).ok()?;
    crate::order::sort(&mut undated);
    undated.dedup();
    Some((cut, undated))
}
