//! Accountability for Art. 46 safeguards: the transfer impact assessment (CJEU C-311/18
//! Schrems II; EDPB Recommendations 01/2020).

use super::transfers::{backticked, group};
use crate::check::Cx;
use crate::model::Transfer;

/// GDPR-46-TIA: a transfer on Art. 46 safeguards (clauses, binding corporate rules, codes,
/// certification) comes with an assessment of the destination's law and practice.
pub(super) fn impact_assessment(cx: &mut Cx<'_>, t: &Transfer) {
    if t.tia_done == Some(true) || t.tia_date.is_some() {
        return;
    }
    let safeguards: Vec<&str> = t
        .mechanisms
        .iter()
        .filter(|m| group(cx, &m.id) == Some("safeguard"))
        .map(|m| m.id.as_str())
        .collect();
    if safeguards.is_empty() {
        return;
    }
    let (span, label) = if t.tia_done == Some(false) {
        (cx.field("transfer", &t.id, "tia_done"), "no impact assessment")
    } else {
        (cx.field("transfer", &t.id, "mechanism"), "impact assessment not stated")
    };
    let d = cx
        .finding(
            "GDPR-46-TIA",
            span,
            format!(
                "transfer `{}` relies on {} without a transfer impact assessment on record",
                t.id,
                backticked(&safeguards)
            ),
            label,
        )
        .with_note("safeguards protect only if the destination's laws and practice let them work; the exporter must assess that before transferring")
        .with_help("assess the destination's law and practice, add supplementary measures where needed, and write `tia_date <date>` (or `tia_done true`)");
    cx.report(format!("transfer/{}", t.id), d);
}
