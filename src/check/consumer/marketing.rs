//! Electronic marketing and trackers beyond cookies (ePrivacy Art. 5(3) and 13): consent or the
//! soft opt-in for e-mail and SMS, pixels and similar technologies, pre-ticked boxes.

use crate::check::Cx;
use crate::model::Purpose;

/// The electronic channels (e-mail, SMS, automated calls, fax) of a purpose.
fn electronic<'p>(cx: &Cx<'_>, purpose: &'p Purpose) -> Vec<&'p str> {
    purpose
        .channels
        .iter()
        .filter(|c| {
            cx.builtins
                .vocab
                .marketing_channels
                .get(&c.id)
                .is_some_and(|t| t.electronic)
        })
        .map(|c| c.id.as_str())
        .collect()
}

/// EPD-13-MARKETING: e-mail and SMS marketing needs prior consent, or the soft opt-in for
/// existing customers with an opt-out in every message (ePrivacy Art. 13(1)-(2)).
pub(super) fn electronic_marketing(cx: &mut Cx<'_>) {
    for p in &cx.policy.purposes {
        let channels = electronic(cx, p);
        let Some(first) = channels.first() else { continue };
        if p.bases.is_empty() || p.uses_basis("consent") {
            continue;
        }
        let channel_span = cx.field("purpose", &p.id, "channels");
        let channel_span = cx.find_phrase(channel_span, first).unwrap_or(channel_span);
        let (span, message, label, help) = if p.soft_opt_in != Some(true) {
            (
                channel_span,
                format!("purpose `{}` sends {} marketing without prior consent", p.id, first),
                "no consent and no soft opt-in".to_string(),
                "ask for consent before sending (basis `consent`), or, for your own similar products to existing customers, write `soft_opt_in true` and `unsubscribe true`",
            )
        } else if p.unsubscribe != Some(true) {
            (
                cx.field("purpose", &p.id, "soft_opt_in"),
                format!(
                    "purpose `{}` relies on the soft opt-in without an opt-out in every message",
                    p.id
                ),
                "soft opt-in without opt-out".to_string(),
                "offer a free, simple way to opt out when the address is collected and in every message, and write `unsubscribe true`",
            )
        } else {
            continue;
        };
        let d = cx
            .finding("EPD-13-MARKETING", span, message, label)
            .with_note("electronic marketing needs prior consent, except to existing customers about similar products of your own, who can refuse each time")
            .with_help(help);
        cx.report(format!("purpose/{}", p.id), d);
    }
}

/// EPD-5-3-PIXEL: pixels, local storage, SDKs and fingerprinting are covered by ePrivacy
/// Art. 5(3) like cookies (EDPB Guidelines 2/2023): e-mails that report their opening need
/// consent, and a consent banner must say it covers trackers that are not cookies.
pub(super) fn pixels(cx: &mut Cx<'_>) {
    for p in &cx.policy.purposes {
        if p.open_tracking != Some(true) || p.uses_basis("consent") {
            continue;
        }
        let d = cx
            .finding(
                "EPD-5-3-PIXEL",
                cx.field("purpose", &p.id, "open_tracking"),
                format!("the messages of purpose `{}` report their opening without consent", p.id),
                "tracking pixel in messages",
            )
            .with_note("a pixel that reports an opened e-mail reads information from the person's device, which needs consent")
            .with_help("ask for consent to open tracking (it may be the newsletter's own consent), or send messages without tracking pixels");
        cx.report(format!("purpose/{}", p.id), d);
    }
    let banner = cx.policy.cookie_consent.as_ref().and_then(|c| c.banner) == Some(true);
    for c in &cx.policy.cookies {
        let Some(technology) = &c.technology else { continue };
        if technology == "cookie" || c.category.id == "strictly_necessary" || c.consent.is_some() || !banner {
            continue;
        }
        let d = cx
            .finding(
                "EPD-5-3-PIXEL",
                cx.field("cookie", &c.id, "technology"),
                format!(
                    "the notice does not say whether the consent banner covers the {} `{}`",
                    technology.replace('_', " "),
                    c.id
                ),
                "not a cookie, still needs consent",
            )
            .with_note(
                "consent tools often cover cookies only, while Art. 5(3) covers any storing or reading on the device",
            )
            .with_help("make the banner cover this tracker too, and write `consent true`");
        cx.report(format!("cookie/{}", c.id), d);
    }
}

/// EPD-5-3-PRETICK: no tracker is pre-selected in the consent banner (ePrivacy Art. 5(3),
/// CJEU C-673/17 Planet49).
pub(super) fn pre_ticked(cx: &mut Cx<'_>) {
    let Some(cc) = &cx.policy.cookie_consent else { return };
    if cc.pre_ticked != Some(true) {
        return;
    }
    let d = cx
        .finding(
            "EPD-5-3-PRETICK",
            cx.field("cookies", "cookies", "pre_ticked"),
            "the consent banner comes with non-essential trackers ticked in advance",
            "pre-ticked boxes",
        )
        .with_note("a box people must untick to refuse gives no valid consent")
        .with_help(
            "leave every non-essential category unticked until the person ticks it, and write `pre_ticked false`",
        );
    cx.report("cookies/cookies", d);
}
