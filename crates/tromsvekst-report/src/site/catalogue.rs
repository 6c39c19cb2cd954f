//! The data catalogue in DCAT-AP-NO 2.0 (Turtle), as data.norge.no reads
//! it: the catalogue, each dataset and its distribution, the publisher, and
//! the concepts of the EU's controlled vocabularies they name.

use super::Site;
use super::datasets::{DATASETS, Dataset};
use std::fmt::Write;
use tromsvekst::Lang;
use tromsvekst::model::PartyRole;

/// The publisher of the data: the county authority (else the first party),
/// its IRI (by organisation number when the agreement gives one) and name.
/// Norway in the EU's list of countries.
const NORWAY: &str = "http://publications.europa.eu/resource/authority/country/NOR";

pub(crate) fn publisher(s: &Site) -> (String, String, Option<String>) {
    let a = &s.bundle.agreement().value;
    let party = a
        .parties
        .iter()
        .find(|p| p.role == PartyRole::CountyAuthority)
        .or(a.parties.first());
    match party {
        Some(p) => (
            p.organisation_number.as_ref().map_or_else(
                || format!("#publisher-{}", p.id),
                |n| {
                    format!(
                        "https://organization-catalog.fellesdatakatalog.digdir.no/organizations/{n}"
                    )
                },
            ),
            p.name.get(Lang::Nb).to_string(),
            p.organisation_number.clone(),
        ),
        None => (
            "#publisher".to_string(),
            a.title.get(Lang::Nb).to_string(),
            None,
        ),
    }
}

/// A Turtle string literal.
fn lit(s: &str, lang: &str) -> String {
    format!("\"{}\"@{lang}", esc_ttl(s))
}

pub(crate) fn catalogue(s: &Site) -> String {
    let a = &s.bundle.agreement().value;
    let publishing = &a.publishing;
    let (pub_iri, pub_name, orgnr) = publisher(s);
    let mut out = String::from(
        "@prefix dcat: <http://www.w3.org/ns/dcat#> .\n@prefix dct: <http://purl.org/dc/terms/> .\n\
@prefix foaf: <http://xmlns.com/foaf/0.1/> .\n@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n\
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n@prefix vcard: <http://www.w3.org/2006/vcard/ns#> .\n",
    );
    if let Some(base) = &publishing.base_url {
        let _ = writeln!(
            out,
            "@base <{}data/> .",
            base.trim_end_matches('/').to_string() + "/"
        );
    }
    out.push('\n');
    let made = s.options.made;
    let title = (a.title.get(Lang::Nb), a.title.get(Lang::En));
    let themes = [
        "http://publications.europa.eu/resource/authority/data-theme/GOVE",
        "http://publications.europa.eu/resource/authority/data-theme/REGI",
    ];
    // Where the data are about: Norway (the EU's list of countries), and each
    // municipality of the region by its number, where the agreement gives it.
    let spatial: Vec<(String, String)> = a
        .region
        .municipalities
        .iter()
        .filter_map(|m| {
            m.number.as_ref().map(|n| {
                (
                    format!("https://data.geonorge.no/administrativeEnheter/kommune/id/{n}"),
                    m.name.clone(),
                )
            })
        })
        .collect();
    let _ = write!(
        out,
        "<catalogue.ttl#catalogue> a dcat:Catalog ;\n  dct:identifier \"{id}\" ;\n  dct:title {tnb}, {ten} ;\n  dct:description {dnb}, {den} ;\n  dct:publisher <{pub_iri}> ;\n  dct:language <http://publications.europa.eu/resource/authority/language/NOB>, <http://publications.europa.eu/resource/authority/language/ENG> ;\n  dct:license <{lic}> ;\n  dct:modified \"{made}\"^^xsd:date ;\n  dcat:dataset {sets} .\n\n",
        id = esc_ttl(&format!("{}/catalogue", a.id)),
        tnb = lit(&format!("Åpne data fra oppfølgingen av {}", title.0), "nb"),
        ten = lit(
            &format!("Open data from the follow-up of {}", title.1),
            "en"
        ),
        dnb = lit(
            &format!(
                "Status, tiltak, milepæler, indikatortall, finansiering og møter i oppfølgingen av {}.",
                title.0
            ),
            "nb"
        ),
        den = lit(
            &format!(
                "Status, measures, milestones, indicator figures, funding and meetings of the follow-up of {}.",
                title.1
            ),
            "en"
        ),
        lic = publishing.licence.iri(),
        sets = DATASETS
            .iter()
            .map(|d| format!("<catalogue.ttl#{}>", dataset_name(d)))
            .collect::<Vec<_>>()
            .join(", "),
    );
    let _ = write!(
        out,
        "<{pub_iri}> a foaf:Agent ;\n  foaf:name {}",
        lit(&pub_name, "nb")
    );
    if let Some(n) = &orgnr {
        let _ = write!(out, " ;\n  dct:identifier \"{n}\"");
    }
    out.push_str(" .\n\n");
    for d in DATASETS {
        let name = dataset_name(d);
        let _ = write!(
            out,
            "<catalogue.ttl#{name}> a dcat:Dataset ;\n  dct:identifier \"{id}\" ;\n  dct:title {tnb}, {ten} ;\n  dct:description {dnb}, {den} ;\n  dct:publisher <{pub_iri}> ;\n  dcat:theme {themes} ;\n  dct:temporal [ a dct:PeriodOfTime ; dcat:startDate \"{start}-01-01\"^^xsd:date ; dcat:endDate \"{end}-12-31\"^^xsd:date ] ;\n",
            id = esc_ttl(&format!("{}/{}", a.id, name)),
            tnb = lit(d.title.0, "nb"),
            ten = lit(d.title.1, "en"),
            dnb = lit(d.description.0, "nb"),
            den = lit(d.description.1, "en"),
            themes = themes
                .iter()
                .map(|t| format!("<{t}>"))
                .collect::<Vec<_>>()
                .join(", "),
            start = a.period.start,
            end = a.period.end,
        );
        let _ = writeln!(
            out,
            "  dct:spatial {} ;",
            std::iter::once(NORWAY.to_string())
                .chain(spatial.iter().map(|(iri, _)| iri.clone()))
                .map(|x| format!("<{x}>"))
                .collect::<Vec<_>>()
                .join(", ")
        );
        let _ = write!(
            out,
            "  dct:modified \"{made}\"^^xsd:date ;\n  dcat:distribution <catalogue.ttl#{name}-file> .\n\n<catalogue.ttl#{name}-file> a dcat:Distribution ;\n  dct:title {tnb} , {ten} ;\n  dcat:accessURL <{file}> ;\n  dcat:downloadURL <{file}> ;\n  dct:format <http://publications.europa.eu/resource/authority/file-type/{media}> ;\n  dcat:mediaType <https://www.iana.org/assignments/media-types/{iana}> ;\n  dct:license <{lic}> .\n\n",
            tnb = lit(d.title.0, "nb"),
            ten = lit(d.title.1, "en"),
            file = d.file,
            media = d.media,
            iana = if d.media == "CSV" {
                "text/csv"
            } else {
                "application/json"
            },
            lic = publishing.licence.iri(),
        );
    }
    // What the IRIs above are: concepts of the EU's controlled vocabularies
    // (the shapes check each one's class, scheme and label).
    let concept = |out: &mut String, iri: &str, scheme: &str, class: &str, nb: &str, en: &str| {
        let _ = writeln!(
            out,
            "<{iri}> a {class}, skos:Concept ;\n  skos:inScheme <http://publications.europa.eu/resource/authority/{scheme}> ;\n  skos:prefLabel {}, {} .",
            lit(nb, "nb"),
            lit(en, "en")
        );
    };
    let (lnb, len) = match publishing.licence {
        tromsvekst::model::Licence::Nlod20 => (
            "Norsk lisens for offentlige data (NLOD) 2.0",
            "Norwegian Licence for Open Government Data (NLOD) 2.0",
        ),
        tromsvekst::model::Licence::CcBy40 => (
            "Creative Commons Navngivelse 4.0",
            "Creative Commons Attribution 4.0",
        ),
    };
    concept(
        &mut out,
        publishing.licence.iri(),
        "licence",
        "dct:LicenseDocument",
        lnb,
        len,
    );
    concept(
        &mut out,
        themes[0],
        "data-theme",
        "skos:Concept",
        "Forvaltning og offentlig sektor",
        "Government and public sector",
    );
    concept(
        &mut out,
        themes[1],
        "data-theme",
        "skos:Concept",
        "Regioner og byer",
        "Regions and cities",
    );
    for m in ["CSV", "JSON"] {
        concept(
            &mut out,
            &format!("http://publications.europa.eu/resource/authority/file-type/{m}"),
            "file-type",
            "dct:MediaTypeOrExtent",
            m,
            m,
        );
    }
    for m in ["text/csv", "application/json"] {
        let _ = writeln!(
            out,
            "<https://www.iana.org/assignments/media-types/{m}> a dct:MediaType ."
        );
    }
    concept(
        &mut out,
        NORWAY,
        "country",
        "dct:Location",
        "Norge",
        "Norway",
    );
    for (iri, name) in &spatial {
        let _ = writeln!(
            out,
            "<{iri}> a dct:Location ;\n  skos:prefLabel {} .",
            lit(name, "nb")
        );
    }
    concept(
        &mut out,
        "http://publications.europa.eu/resource/authority/language/NOB",
        "language",
        "dct:LinguisticSystem",
        "norsk bokmål",
        "Norwegian Bokmål",
    );
    concept(
        &mut out,
        "http://publications.europa.eu/resource/authority/language/ENG",
        "language",
        "dct:LinguisticSystem",
        "engelsk",
        "English",
    );
    out
}

fn dataset_name(d: &Dataset) -> &'static str {
    d.file.split('.').next().unwrap_or(d.file)
}

/// A Turtle string's inside: backslash, quote and line breaks escaped.
fn esc_ttl(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
        .replace('\r', "\\r")
}
