//! The sections on who does what, the funding, and what no measure serves.

use super::*;
use crate::model::FundingStatus;
use crate::vocab::funding_status;

/// The section: who does what
pub(super) fn who_does_what(d: &mut Doc, s: &Status) {
    let lang = s.lang;
    let t = |nb: &'static str, en: &'static str| lang.pick(nb, en);
    if s.current_plan.is_some() && (!s.parties.is_empty() || !s.municipalities.is_empty()) {
        d.h(2, t("Hvem gjør hva", "Who does what"));
        if !s.parties.is_empty() {
            let rows = s
                .parties
                .iter()
                .map(|p| {
                    vec![
                        cell(s.name(RefKind::Party, &p.party)),
                        fig(fmt::int(lang, p.measures)),
                        fig(fmt::pct(lang, p.progress)),
                    ]
                })
                .collect();
            d.table(
                t(
                    "Tiltakene per ansvarlig part",
                    "The measures per responsible party",
                ),
                &[
                    (t("ansvarlig", "responsible"), false),
                    (t("tiltak", "measures"), true),
                    (t("fremdrift", "progress"), true),
                ],
                rows,
            );
        }
        if !s.municipalities.is_empty() {
            let rows = s
                .municipalities
                .iter()
                .map(|k| {
                    let titles: Vec<String> = k
                        .measures
                        .iter()
                        .map(|m| {
                            if k.leads.contains(&m.id) {
                                format!("{} ({})", m.title, t("leder", "leads"))
                            } else {
                                m.title.clone()
                            }
                        })
                        .collect();
                    vec![
                        cell(k.name.clone()),
                        fig(fmt::int(lang, k.measures.len())),
                        fig(fmt::pct(lang, k.progress)),
                        cell(if titles.is_empty() {
                            "–".to_string()
                        } else {
                            titles.join("; ")
                        }),
                    ]
                })
                .collect();
            d.table(
                t("Tiltakene per kommune", "The measures per municipality"),
                &[
                    (t("kommune", "municipality"), false),
                    (t("tiltak", "measures"), true),
                    (t("fremdrift", "progress"), true),
                    (t("tiltakene", "the measures"), false),
                ],
                rows,
            );
        }
    }
}

/// The section: funding
pub(super) fn funding(d: &mut Doc, s: &Status) {
    let lang = s.lang;
    let t = |nb: &'static str, en: &'static str| lang.pick(nb, en);
    if let Some(f) = &s.funding {
        d.h(2, t("Finansiering", "Funding"));
        d.p(vec![text(lang.pick(
            format!(
                "Grunnlag: finansieringslinjene til tiltakene i {} ({} linjer). Avtalen binder ingen bevilgninger; «sikret» er innvilget som andel av planlagt. Hver linje telles én gang: et tiltak som tjener flere delmål, står med sine linjer under sitt første delmål og dets innsatsområde, så summene går opp i totalen.",
                s.name(RefKind::Plan, &f.plan),
                f.lines
            ),
            format!(
                "Basis: the funding lines of the measures of {} ({} lines). The agreement binds no appropriations; \"secured\" is granted as a share of planned. Each line counts once: a measure serving several sub-goals has its lines under its first sub-goal and that sub-goal's focus area, so the groups add up to the total.",
                s.name(RefKind::Plan, &f.plan),
                f.lines
            ),
        ))]);
        let sums = |g: &crate::status::FundingGroup, key: Spans| {
            let x = &g.totals;
            vec![
                key,
                fig(fmt::kroner(lang, x.planned)),
                fig(fmt::kroner(lang, x.applied)),
                fig(fmt::kroner(lang, x.granted)),
                fig(fmt::kroner(lang, x.refused)),
                fig(fmt::kroner(lang, x.paid)),
                fig(fmt::pct(lang, g.secured_share)),
            ]
        };
        let focus_title = |key: &str| {
            s.progress
                .iter()
                .find(|p| p.number.to_string() == key)
                .map_or_else(|| key.to_string(), |p| format!("{}. {}", p.number, p.title))
        };
        for (first, groups, is_focus) in [
            (t("innsatsområde", "focus area"), &f.focus_areas, true),
            (t("kilde", "source"), &f.sources, false),
            (t("år", "year"), &f.years, false),
        ] {
            let mut rows: Vec<Vec<Spans>> = groups
                .iter()
                .map(|g| {
                    let key = if is_focus {
                        focus_title(&g.key)
                    } else if g.key.is_empty() {
                        t("uten år", "no year").to_string()
                    } else {
                        s.name(RefKind::Party, &g.key).to_string()
                    };
                    sums(g, cell(key))
                })
                .collect();
            rows.push(sums(
                &f.total,
                vec![Span::Strong(t("I alt", "In all").into())],
            ));
            d.table(
                &lang.pick(
                    format!("Finansiering per {first}"),
                    format!("Funding per {first}"),
                ),
                &[
                    (first, false),
                    (funding_status(lang, FundingStatus::Planned), true),
                    (funding_status(lang, FundingStatus::Applied), true),
                    (funding_status(lang, FundingStatus::Granted), true),
                    (funding_status(lang, FundingStatus::Refused), true),
                    (funding_status(lang, FundingStatus::Paid), true),
                    (t("sikret", "secured"), true),
                ],
                rows,
            );
        }
    }
}

/// The section: not served
pub(super) fn unserved(d: &mut Doc, s: &Status) {
    let lang = s.lang;
    let t = |nb: &'static str, en: &'static str| lang.pick(nb, en);
    d.h(2, t("Uten tiltak", "Not served by any measure"));
    if s.unserved.sub_goals.is_empty() && s.unserved.strategies.is_empty() {
        d.p(vec![text(t(
            "Hvert delmål og hver strategi har minst ett tiltak.",
            "Every sub-goal and strategy has at least one measure.",
        ))]);
    } else {
        let mut items: Vec<Spans> = s
            .unserved
            .sub_goals
            .iter()
            .map(|g| {
                vec![text(format!(
                    "{} {g}: {}",
                    t("Delmål", "Sub-goal"),
                    s.name(RefKind::SubGoal, g)
                ))]
            })
            .collect();
        items.extend(s.unserved.strategies.iter().map(|x| {
            vec![text(format!(
                "{}: {}",
                t("Strategi", "Strategy"),
                s.name(RefKind::Strategy, x)
            ))]
        }));
        d.push(Block::List(items));
    }
}
