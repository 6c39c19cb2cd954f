//! The status of a past day uses only what was known on that day: on five
//! days of the whole-period examples, the status of the documents as they
//! are equals the status of the documents cut back to that day — here by a
//! second hand, on the JSON (entries, completions, adoptions, held meetings
//! and their decisions, actions done, advocacy, coordinators, evaluations and
//! their handling, funding stages and figures dated after the day removed).

use serde_json::{Value, json};
use std::path::Path;
use tromsvekst::status::Status;
use tromsvekst::{Bundle, Date, Lang};

const WHOLE: &str = "examples/nord-troms/whole-period";

fn files() -> Vec<(String, Value)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(WHOLE);
    let mut paths: Vec<_> = std::fs::read_dir(&root)
        .expect("folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| {
            let v: Value = serde_json::from_slice(&std::fs::read(p).expect("file")).expect("json");
            (
                p.file_name().expect("name").to_string_lossy().into_owned(),
                v,
            )
        })
        .collect()
}

fn bundle(docs: &[(String, Value)]) -> Bundle {
    let data: Vec<(String, Vec<u8>)> = docs
        .iter()
        .map(|(n, v)| (n.clone(), serde_json::to_vec(v).expect("json")))
        .collect();
    let inputs: Vec<(&str, &[u8])> = data
        .iter()
        .map(|(n, b)| (n.as_str(), b.as_slice()))
        .collect();
    Bundle::parse(&inputs, &Default::default()).expect("bundle")
}

fn after(v: &Value, day: &str) -> bool {
    v.as_str().is_some_and(|d| d > day)
}

/// The documents cut back to `day`, by hand.
fn cut(docs: &[(String, Value)], day: &str) -> Vec<(String, Value)> {
    let year: i64 = day[..4].parse().expect("year");
    // Every plan's log, and each measure's predecessor, across plans.
    let mut log: Vec<Value> = Vec::new();
    let mut measures: Vec<Value> = Vec::new();
    for (_, d) in docs {
        if d["kind"] == "action_plan" {
            log.extend(d["updates"].as_array().cloned().unwrap_or_default());
            measures.extend(d["measures"].as_array().cloned().unwrap_or_default());
        }
    }
    let chain = |id: &str| -> Vec<String> {
        let mut out = vec![id.to_string()];
        let mut next = measures
            .iter()
            .find(|m| m["id"] == id)
            .and_then(|m| m["continues"].as_str().map(str::to_string));
        while let Some(c) = next {
            out.push(c.clone());
            next = measures
                .iter()
                .find(|m| m["id"] == c.as_str())
                .and_then(|m| m["continues"].as_str().map(str::to_string));
        }
        out
    };
    let mut out = Vec::new();
    for (name, d) in docs {
        let mut d = d.clone();
        match d["kind"].as_str() {
            Some("action_plan") => {
                if after(&d["adopted"]["date"], day) {
                    d.as_object_mut().expect("object").remove("adopted");
                }
                for m in d
                    .get_mut("measures")
                    .and_then(Value::as_array_mut)
                    .expect("measures")
                {
                    let ids = chain(m["id"].as_str().expect("id"));
                    let mut entries: Vec<&Value> = log
                        .iter()
                        .filter(|u| ids.iter().any(|i| u["measure"] == i.as_str()))
                        .collect();
                    entries.sort_by_key(|u| u["date"].as_str().unwrap_or_default().to_string());
                    let known: Vec<&&Value> =
                        entries.iter().filter(|u| !after(&u["date"], day)).collect();
                    if let Some(last) = known.last() {
                        m["status"] = last["status"].clone();
                        if let Some(p) = known.iter().rev().find(|u| !u["progress"].is_null()) {
                            m["progress"] = p["progress"].clone();
                        }
                    } else if !entries.is_empty() {
                        let before = ids
                            .get(1)
                            .and_then(|c| measures.iter().find(|x| x["id"] == c.as_str()));
                        m["status"] = before.map_or(json!("planned"), |x| x["status"].clone());
                        m["progress"] = before
                            .map_or(json!(0), |x| x.get("progress").cloned().unwrap_or(json!(0)));
                    }
                    if after(&m["completed_on"], day) {
                        m.as_object_mut().expect("object").remove("completed_on");
                        if m["status"] == "completed" {
                            m["status"] = json!("ongoing");
                        }
                    }
                    for f in m
                        .get_mut("funding")
                        .and_then(Value::as_array_mut)
                        .into_iter()
                        .flatten()
                    {
                        if after(&f["status_date"], day) {
                            let f = f.as_object_mut().expect("object");
                            f.insert("status".into(), json!("planned"));
                            for k in ["status_date", "applied_nok", "granted_nok", "paid_nok"] {
                                f.remove(k);
                            }
                        }
                    }
                }
                if let Some(u) = d.get_mut("updates").and_then(Value::as_array_mut) {
                    u.retain(|u| !after(&u["date"], day));
                }
                for m in d
                    .get_mut("milestones")
                    .and_then(Value::as_array_mut)
                    .into_iter()
                    .flatten()
                {
                    if after(&m["completed_on"], day) {
                        m.as_object_mut().expect("object").remove("completed_on");
                        m["status"] = json!("pending");
                    }
                }
            }
            Some("meeting_log") => {
                for m in d
                    .get_mut("meetings")
                    .and_then(Value::as_array_mut)
                    .expect("meetings")
                {
                    if after(&m["date"], day) && m["status"] == "held" {
                        m["status"] = json!("planned");
                        m["decisions"] = json!([]);
                        m["attended"] = json!([]);
                    }
                    for x in m
                        .get_mut("decisions")
                        .and_then(Value::as_array_mut)
                        .into_iter()
                        .flatten()
                    {
                        for a in x
                            .get_mut("actions")
                            .and_then(Value::as_array_mut)
                            .into_iter()
                            .flatten()
                        {
                            if after(&a["done_on"], day) {
                                a.as_object_mut().expect("object").remove("done_on");
                                a["status"] = json!("open");
                            }
                        }
                    }
                }
                for key in ["advocacy", "coordinators"] {
                    let field = if key == "advocacy" { "date" } else { "from" };
                    if let Some(list) = d.get_mut(key).and_then(Value::as_array_mut) {
                        list.retain(|a| !after(&a[field], day));
                    }
                }
            }
            Some("evaluation") => {
                if after(&d["date"], day) {
                    continue;
                }
                if let Some(h) = d.get_mut("handling").and_then(Value::as_array_mut) {
                    h.retain(|h| !after(&h["date"], day));
                }
            }
            Some("indicators") => {
                for i in d
                    .get_mut("indicators")
                    .and_then(Value::as_array_mut)
                    .expect("indicators")
                {
                    if let Some(o) = i.get_mut("observations").and_then(Value::as_array_mut) {
                        o.retain(|o| o["year"].as_i64().is_some_and(|y| y <= year));
                    }
                }
            }
            _ => {}
        }
        out.push((name.clone(), d));
    }
    out
}

#[test]
fn a_past_day_is_judged_on_what_was_known_on_it() {
    let docs = files();
    let now = bundle(&docs);
    for day in [
        "2025-09-30",
        "2026-06-30",
        "2026-11-26",
        "2027-06-01",
        "2028-03-31",
    ] {
        let d: Date = day.parse().expect("day");
        let as_is = Status::compute(&now, d, Lang::En).expect("status");
        let known = Status::compute(&bundle(&cut(&docs, day)), d, Lang::En).expect("status");
        assert_eq!(as_is.progress, known.progress, "{day}: progress");
        assert_eq!(as_is.measures, known.measures, "{day}: measures by status");
        assert_eq!(as_is.evaluations, known.evaluations, "{day}: evaluations");
        assert_eq!(as_is.meetings, known.meetings, "{day}: meetings");
        assert_eq!(
            as_is.current_plan, known.current_plan,
            "{day}: current plan"
        );
        assert_eq!(as_is.indicators, known.indicators, "{day}: indicators");
    }
    // On 2025-09-30 a measure completed by an entry of 2026-12-15 is not
    // completed yet, and the midterm evaluation of 2026-12-01 is not done.
    let early =
        Status::compute(&now, "2025-09-30".parse().expect("day"), Lang::En).expect("status");
    assert!(early.evaluations.iter().all(|e| e.evaluation.is_none()));
    assert!(
        early
            .progress
            .iter()
            .all(|f| f.progress.is_none_or(|p| p < 100.0))
    );
}
