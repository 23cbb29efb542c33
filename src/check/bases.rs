//! Family `bases` of GDPR rules.

use super::Cx;

/// Runs the bases rules.
pub(super) fn run(_cx: &mut Cx<'_>) {}
