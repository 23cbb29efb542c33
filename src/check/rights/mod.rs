//! Retention, the rights of the people concerned and how they use them, consent withdrawal,
//! complaints, whether data must be provided, automated decisions, and data obtained from
//! others (Art. 5(1)(e), 12(3), 12(5), 13(2), 14, 20, 21).

mod information;
mod remedies;
mod requests;
mod retention;

use super::Cx;

/// Runs the rights rules.
pub(super) fn run(cx: &mut Cx<'_>) {
    retention::retention_given(cx);
    retention::retention_vague(cx);
    retention::retention_indefinite(cx);
    retention::retention_per_category(cx);
    requests::rights_declared_and_listed(cx);
    requests::objection_stated(cx);
    requests::portability_scope(cx);
    requests::consent_withdrawal(cx);
    requests::complaint(cx);
    remedies::judicial_remedy(cx);
    requests::authority_named(cx);
    requests::rights_how(cx);
    requests::rights_conditional(cx);
    requests::fee(cx);
    requests::deadline(cx);
    information::requirement(cx);
    information::automated_decisions(cx);
    information::no_automated_decisions_statement(cx);
    information::art14_categories(cx);
    information::art14_source(cx);
    information::art14_timing(cx);
    information::art14_exemption(cx);
}
