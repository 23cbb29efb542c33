//! What a purpose's messages are like (ePrivacy Art. 5(3), 13: channels, soft opt-in, opting out,
//! open tracking) and how its consent is given and withdrawn (Art. 7(2)-(3)).

use crate::model::{Basis, Purpose, Term};
use crate::render::doc::{Fact, Line, push_fact, text};
use crate::render::tr::Tr;

/// The facts about a purpose's messages: the channels it uses, then what the reader should know
/// about them (soft opt-in, the way out in every message, open tracking).
pub fn facts(tr: &Tr, facts: &mut Vec<Fact>, p: &Purpose) {
    push_fact(
        facts,
        tr.t("label-channels"),
        p.channels.iter().map(|c| text(tr.term("channel", &c.id))).collect(),
    );
    let mut about = Vec::new();
    if p.soft_opt_in == Some(true) {
        about.push(text(tr.t("marketing-soft-opt-in")));
    }
    if p.unsubscribe == Some(true) {
        about.push(text(tr.t("marketing-unsubscribe")));
    }
    match p.open_tracking {
        Some(true) => about.push(text(tr.t("marketing-open-tracking-yes"))),
        Some(false) => about.push(text(tr.t("marketing-open-tracking-no"))),
        None => {}
    }
    push_fact(facts, tr.t("label-messages"), about);
}

fn channel(tr: &Tr, via: Option<&Term>) -> Option<Line> {
    via.map(|c| text(tr.term("consent_channel", &c.id)))
}

/// How consent is asked for: the channel, the author's description, whether it is asked for
/// separately, and — faithful to the policy — that it is inferred, when the author's own words
/// do not already say how.
pub fn asked(tr: &Tr, b: &Basis) -> Vec<Line> {
    let mut lines: Vec<Line> = channel(tr, b.given_via.as_ref()).into_iter().collect();
    match tr.opt(b.mechanism.as_ref()) {
        Some(words) => lines.push(text(words)),
        None if b.implied == Some(true) => lines.push(text(tr.t("consent-implied"))),
        None => {}
    }
    if b.separate == Some(true) {
        lines.push(text(tr.t("consent-separate")));
    }
    lines
}

/// How consent is withdrawn: the channel, then the author's description.
pub fn withdrawn(tr: &Tr, via: Option<&Term>, how: Option<String>) -> Vec<Line> {
    let mut lines: Vec<Line> = channel(tr, via).into_iter().collect();
    lines.extend(how.map(text));
    lines
}
