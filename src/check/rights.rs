//! Family `rights` of GDPR rules.

use super::Cx;

/// Runs the rights rules.
pub(super) fn run(_cx: &mut Cx<'_>) {}
