//! Family `sharing` of GDPR rules.

use super::Cx;

/// Runs the sharing rules.
pub(super) fn run(_cx: &mut Cx<'_>) {}
