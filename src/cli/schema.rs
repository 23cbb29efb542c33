//! `policyc schema`: print the JSON Schema of `policy.json`.

use super::Exit;

pub(super) fn run() -> Exit {
    print!("{}", policyc::policy_schema());
    Exit::Clean
}
