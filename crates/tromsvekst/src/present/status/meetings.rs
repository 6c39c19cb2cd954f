//! The sections on the political cooperation: meetings, coordinators,
//! decisions, themes and advocacy.

use super::*;

/// The section: meetings
pub(super) fn meetings(d: &mut Doc, s: &Status) {
    let lang = s.lang;
    let t = |nb: &'static str, en: &'static str| lang.pick(nb, en);
    d.h(2, t("Politiske møter", "Political meetings"));
    let rows = s
        .meetings
        .iter()
        .map(|y| {
            let state = match (y.on_track, y.complete) {
                (true, _) => text(t("i rute", "on track")),
                (false, true) => Span::Overdue(t("for få", "too few").into()),
                (false, false) => Span::Overdue(t("for få planlagt", "too few planned").into()),
            };
            vec![
                cell(y.year.to_string()),
                fig(fmt::int(lang, y.held)),
                fig(fmt::int(lang, y.planned)),
                fig(y.required.to_string()),
                vec![state],
            ]
        })
        .collect();
    d.table(
        t(
            "Møter holdt og planlagt mot avtalens krav per år",
            "Meetings held and planned against the agreement's requirement a year",
        ),
        &[
            (t("år", "year"), false),
            (t("holdt", "held"), true),
            (t("planlagt", "planned"), true),
            (t("kreves", "required"), true),
            (t("vurdering", "judgement"), false),
        ],
        rows,
    );
}

/// The section: coordinators
pub(super) fn coordinators(d: &mut Doc, s: &Status) {
    let lang = s.lang;
    let t = |nb: &'static str, en: &'static str| lang.pick(nb, en);
    d.h(2, t("Koordinatorer", "Coordinators"));
    let rows = s
        .coordinators
        .iter()
        .map(|c| {
            vec![
                cell(s.name(RefKind::Party, &c.party)),
                vec![if c.in_place {
                    text(t("oppnevnt", "appointed"))
                } else {
                    Span::Overdue(t("mangler", "missing").into())
                }],
                cell(c.role.clone().unwrap_or_else(|| "–".into())),
                cell(c.person.clone().unwrap_or_else(|| "–".into())),
                c.since
                    .map_or_else(|| cell("–"), |d| fig(fmt::date(lang, d))),
            ]
        })
        .collect();
    d.table(
        t("En koordinator per part", "A coordinator for each party"),
        &[
            (t("part", "party"), false),
            (t("koordinator", "coordinator"), false),
            (t("rolle", "role"), false),
            (t("person", "person"), false),
            (t("fra", "since"), false),
        ],
        rows,
    );
}

/// The section: decisions, themes and advocacy
pub(super) fn decisions(d: &mut Doc, s: &Status) {
    let lang = s.lang;
    let t = |nb: &'static str, en: &'static str| lang.pick(nb, en);
    d.h(
        2,
        t(
            "Vedtak, temaer og påvirkning",
            "Decisions, themes and advocacy",
        ),
    );
    if s.open_actions.is_empty() {
        d.p(vec![text(t(
            "Ingen åpen oppfølging av vedtak i de politiske møtene.",
            "No open follow-up of the political meetings' decisions.",
        ))]);
    } else {
        let rows = s
            .open_actions
            .iter()
            .map(|a| {
                vec![
                    cell(a.text.clone()),
                    cell(s.name(RefKind::Party, &a.owner)),
                    fig(fmt::date(lang, a.due)),
                    vec![if a.days_late > 0 {
                        Span::Overdue(lang.pick(
                            format!(
                                "{} på overtid",
                                fmt::count(
                                    lang,
                                    a.days_late as usize,
                                    ("dag", "dager"),
                                    ("day", "days")
                                )
                            ),
                            format!(
                                "{} late",
                                fmt::count(
                                    lang,
                                    a.days_late as usize,
                                    ("dag", "dager"),
                                    ("day", "days")
                                )
                            ),
                        ))
                    } else {
                        text(t("åpen", "open"))
                    }],
                    cell(s.name(RefKind::Meeting, &a.meeting)),
                ]
            })
            .collect();
        d.table(
            t(
                "Oppfølging de politiske møtene har vedtatt, ikke gjort ennå",
                "Follow-up the political meetings decided, not done yet",
            ),
            &[
                (t("oppfølging", "follow-up"), false),
                (t("ansvarlig", "owner"), false),
                (t("frist", "due"), false),
                (t("hvor den står", "where it stands"), false),
                (t("vedtatt i", "decided at"), false),
            ],
            rows,
        );
    }
    if !s.themes.is_empty() {
        let names = |v: &[u32]| {
            if v.is_empty() {
                "–".to_string()
            } else {
                v.iter()
                    .map(|n| {
                        let id = n.to_string();
                        let name = s.name(RefKind::Theme, &id);
                        if name == id {
                            id
                        } else {
                            format!("{n}. {name}")
                        }
                    })
                    .collect::<Vec<_>>()
                    .join("; ")
            }
        };
        let rows = s
            .themes
            .iter()
            .map(|y| {
                vec![
                    cell(y.year.to_string()),
                    cell(names(&y.covered)),
                    cell(names(&y.untouched)),
                ]
            })
            .collect();
        d.table(
            t(
                "De sentrale temaene tatt opp i årets møter",
                "The central themes taken up by each year's meetings",
            ),
            &[
                (t("år", "year"), false),
                (t("tatt opp", "taken up"), false),
                (t("ikke tatt opp", "not taken up"), false),
            ],
            rows,
        );
    }
    if !s.advocacy.is_empty() {
        let rows = s
            .advocacy
            .iter()
            .map(|r| {
                vec![
                    cell(s.name(RefKind::Result, &r.result)),
                    fig(fmt::int(lang, r.actions.len())),
                    cell(
                        r.actions
                            .iter()
                            .map(|a| format!("{}: {}", fmt::date(lang, a.date), a.target))
                            .collect::<Vec<_>>()
                            .join("; "),
                    ),
                ]
            })
            .collect();
        d.table(
            t(
                "Felles påvirkningsarbeid per langsiktig resultat",
                "Joint advocacy per long-term result",
            ),
            &[
                (t("langsiktig resultat", "long-term result"), false),
                (t("antall", "count"), true),
                (t("når og overfor hvem", "when and towards whom"), false),
            ],
            rows,
        );
    }
}
