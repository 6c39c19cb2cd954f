//! The site's datasets: each file of the open data with its title,
//! description, media type and documented columns (the data page and the
//! catalogue are made from this one table).

/// A dataset of the site: its file, title and description (bokmål,
/// English), its media type and its columns (name, bokmål, English).
pub(crate) struct Dataset {
    pub(crate) file: &'static str,
    pub(crate) title: (&'static str, &'static str),
    pub(crate) description: (&'static str, &'static str),
    pub(crate) media: &'static str,
    pub(crate) columns: &'static [(&'static str, &'static str, &'static str)],
}

pub(crate) const DATASETS: &[Dataset] = &[
    Dataset {
        file: "status.json",
        title: ("Status for oppfølgingen", "The status of the follow-up"),
        description: (
            "Hvor oppfølgingen står på dagen: evalueringer, fremdrift per innsatsområde og delmål, milepæler på overtid, møter, finansiering, indikatorer. Beskrevet av status.schema.json.",
            "Where the follow-up stands on the day: evaluations, progress per focus area and sub-goal, overdue milestones, meetings, funding, indicators. Described by status.schema.json.",
        ),
        media: "JSON",
        columns: &[],
    },
    Dataset {
        file: "measures.csv",
        title: ("Tiltak", "Measures"),
        description: (
            "Tiltakene i gjeldende handlingsplan, slik statusen har dem på dagen: én rad per tiltak.",
            "The measures of the current action plan, as the status has them on the day: one row per measure.",
        ),
        media: "CSV",
        columns: &[
            ("plan", "handlingsplanen (id)", "the action plan (id)"),
            ("measure", "tiltaket (id)", "the measure (id)"),
            ("title_nb", "tittel på bokmål", "title in bokmål"),
            ("title_en", "tittel på engelsk", "title in English"),
            (
                "focus_areas",
                "innsatsområder (nummer, skilt med ;)",
                "focus areas (numbers, separated by ;)",
            ),
            (
                "sub_goals",
                "delmål (skilt med ;)",
                "sub-goals (separated by ;)",
            ),
            (
                "responsible",
                "ansvarlig part (id)",
                "responsible party (id)",
            ),
            (
                "municipalities",
                "kommuner (id, skilt med ;)",
                "municipalities (ids, separated by ;)",
            ),
            (
                "status",
                "planned, ongoing, completed, postponed eller cancelled",
                "planned, ongoing, completed, postponed or cancelled",
            ),
            ("progress", "fremdrift i prosent", "progress in per cent"),
            (
                "last_update",
                "dagen for siste oppfølging (ÅÅÅÅ-MM-DD)",
                "the day of the last follow-up entry (YYYY-MM-DD)",
            ),
        ],
    },
    Dataset {
        file: "milestones.csv",
        title: ("Milepæler", "Milestones"),
        description: (
            "Milepælene i de publiserte handlingsplanene: én rad per milepæl.",
            "The milestones of the published action plans: one row per milestone.",
        ),
        media: "CSV",
        columns: &[
            ("plan", "handlingsplanen (id)", "the action plan (id)"),
            ("milestone", "milepælen (id)", "the milestone (id)"),
            ("title_nb", "tittel på bokmål", "title in bokmål"),
            ("title_en", "tittel på engelsk", "title in English"),
            ("due", "frist (ÅÅÅÅ-MM-DD)", "due (YYYY-MM-DD)"),
            (
                "status",
                "pending, completed eller cancelled",
                "pending, completed or cancelled",
            ),
            (
                "completed_on",
                "dagen den ble nådd",
                "the day it was reached",
            ),
            (
                "measures",
                "tiltakene den hører til (id, skilt med ;)",
                "the measures it belongs to (ids, separated by ;)",
            ),
        ],
    },
    Dataset {
        file: "indicator-figures.csv",
        title: ("Indikatortall", "Indicator figures"),
        description: (
            "Indikatorenes utgangspunkt, målte tall og mål: én rad per tall.",
            "The indicators' baselines, measured figures and targets: one row per figure.",
        ),
        media: "CSV",
        columns: &[
            ("indicator", "indikatoren (id)", "the indicator (id)"),
            ("name_nb", "navn på bokmål", "name in bokmål"),
            ("name_en", "navn på engelsk", "name in English"),
            ("unit", "enhet", "unit"),
            (
                "kind",
                "baseline, observation eller target",
                "baseline, observation or target",
            ),
            ("year", "år", "year"),
            (
                "value",
                "verdien (punktum som desimaltegn)",
                "the value (point as decimal mark)",
            ),
        ],
    },
    Dataset {
        file: "funding.csv",
        title: ("Finansiering", "Funding"),
        description: (
            "Finansieringslinjene i tiltakene i de publiserte handlingsplanene: én rad per linje.",
            "The funding lines of the measures of the published action plans: one row per line.",
        ),
        media: "CSV",
        columns: &[
            ("plan", "handlingsplanen (id)", "the action plan (id)"),
            ("measure", "tiltaket (id)", "the measure (id)"),
            ("source", "kilden, som navngitt", "the source, as named"),
            (
                "party",
                "parten pengene kommer fra (id)",
                "the party the money comes from (id)",
            ),
            ("year", "budsjettåret", "the budget year"),
            (
                "amount_nok",
                "beløpet i kroner (punktum som desimaltegn)",
                "the amount in kroner (point as decimal mark)",
            ),
            (
                "status",
                "planned, applied, granted, refused eller paid",
                "planned, applied, granted, refused or paid",
            ),
        ],
    },
    Dataset {
        file: "meetings.csv",
        title: ("Politiske møter", "Political meetings"),
        description: (
            "De holdte politiske møtene: én rad per møte.",
            "The political meetings held: one row per meeting.",
        ),
        media: "CSV",
        columns: &[
            ("meeting", "møtet (id)", "the meeting (id)"),
            ("date", "dato (ÅÅÅÅ-MM-DD)", "date (YYYY-MM-DD)"),
            ("place", "sted", "place"),
            ("agenda_items", "antall saker", "number of agenda items"),
            ("decisions", "antall vedtak", "number of decisions"),
            (
                "actions",
                "antall oppfølgingspunkter",
                "number of follow-up actions",
            ),
            (
                "actions_done",
                "antall utførte oppfølgingspunkter",
                "number of follow-up actions done",
            ),
        ],
    },
    Dataset {
        file: "events.csv",
        title: ("Hendelser", "Events"),
        description: (
            "Det som har skjedd i oppfølgingen: oppfølginger, fullførte tiltak, holdte møter, avsluttede evalueringer. Feeden viser det som er nytt siden forrige utgave.",
            "What has happened in the follow-up: follow-up entries, measures completed, meetings held, evaluations concluded. The feed shows what is new since the previous build.",
        ),
        media: "CSV",
        columns: &[
            (
                "kind",
                "entry, completed, meeting eller evaluation",
                "entry, completed, meeting or evaluation",
            ),
            ("id", "hendelsens id", "the event's id"),
            ("date", "dato (ÅÅÅÅ-MM-DD)", "date (YYYY-MM-DD)"),
            (
                "title_nb",
                "hva som skjedde, på bokmål",
                "what happened, in bokmål",
            ),
            (
                "title_en",
                "hva som skjedde, på engelsk",
                "what happened, in English",
            ),
            ("page", "siden som viser det", "the page that shows it"),
        ],
    },
];
