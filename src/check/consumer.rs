//! Family `consumer` of GDPR rules.

use super::Cx;

/// Runs the consumer rules.
pub(super) fn run(_cx: &mut Cx<'_>) {}
