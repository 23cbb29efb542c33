//! Cookies and similar trackers (ePrivacy Art. 5(3), EDPB Guidelines 05/2020).

use crate::check::Cx;

pub(super) fn banner(cx: &Cx<'_>) -> bool {
    cx.policy.cookie_consent.as_ref().and_then(|c| c.banner) == Some(true)
}

/// EPD-5-3-CONSENT: every tracker that is not strictly necessary is set only after consent, and
/// the browser's settings are not the only control (ePrivacy Art. 5(3)).
pub(super) fn cookie_consent(cx: &mut Cx<'_>) {
    let banner = banner(cx);
    for c in &cx.policy.cookies {
        if c.category.id == "strictly_necessary" {
            continue;
        }
        // Without a `consent` field, a declared consent banner is taken to cover the tracker.
        let (span, label) = match c.consent {
            Some(true) => continue,
            Some(false) => (cx.field("cookie", &c.id, "consent"), "set without consent"),
            None if banner => continue,
            None => (cx.decl("cookie", &c.id), "no consent stated"),
        };
        let d = cx
            .finding(
                "EPD-5-3-CONSENT",
                span,
                format!("the {} tracker `{}` is set without prior consent", c.category.id, c.id),
                label,
            )
            .with_note("only trackers strictly necessary for a service the user asked for are exempt from consent")
            .with_help("set it only after the user agrees, and write `consent true`; or, if it really is essential, declare it `strictly_necessary`");
        cx.report(format!("cookie/{}", c.id), d);
    }
    let Some(cc) = &cx.policy.cookie_consent else { return };
    let non_essential =
        cx.policy.cookies.is_empty() || cx.policy.cookies.iter().any(|c| c.category.id != "strictly_necessary");
    if cc.browser_settings_only == Some(true) && !banner && non_essential {
        let d = cx
            .finding(
                "EPD-5-3-CONSENT",
                cx.field("cookies", "cookies", "browser_settings_only"),
                "the browser's settings are the only control offered over trackers",
                "browser settings are not consent",
            )
            .with_note("blocking cookies in the browser is an opt-out; Art. 5(3) needs an opt-in before the tracker is set")
            .with_help("ask for consent with a banner or consent tool before any non-essential tracker is set, and write `banner true`");
        cx.report("cookies/cookies", d);
    }
}

/// EPD-5-3-WALL: access is not refused to people who decline non-essential trackers
/// (ePrivacy Art. 5(3), EDPB Guidelines 05/2020).
pub(super) fn cookie_wall(cx: &mut Cx<'_>) {
    let Some(cc) = &cx.policy.cookie_consent else { return };
    if cc.cookie_wall != Some(true) {
        return;
    }
    let d = cx
        .finding(
            "EPD-5-3-WALL",
            cx.field("cookies", "cookies", "cookie_wall"),
            "access to the service depends on accepting non-essential trackers",
            "cookie wall",
        )
        .with_note("consent that is the price of entry is not freely given")
        .with_help("let people use the service after rejecting non-essential trackers, and write `cookie_wall false`");
    cx.report("cookies/cookies", d);
}

/// EPD-5-3-SCROLL: browsing on or scrolling never counts as consent (ePrivacy Art. 5(3),
/// EDPB Guidelines 05/2020).
pub(super) fn implied_cookie_consent(cx: &mut Cx<'_>) {
    let Some(cc) = &cx.policy.cookie_consent else { return };
    if cc.implied_consent != Some(true) {
        return;
    }
    let d = cx
        .finding(
            "EPD-5-3-SCROLL",
            cx.field("cookies", "cookies", "implied_consent"),
            "continuing to browse is treated as consent to trackers",
            "consent inferred from use",
        )
        .with_note("consent needs a clear affirmative act; scrolling, browsing on or closing the banner is not one")
        .with_help(
            "set non-essential trackers only after a click on an accept button, and write `implied_consent false`",
        );
    cx.report("cookies/cookies", d);
}

/// EPD-5-3-INFO: each tracker says who sets it, whether first or third party, and how long it
/// lives (ePrivacy Art. 5(3), CJEU C-673/17 Planet49).
pub(super) fn cookie_information(cx: &mut Cx<'_>) {
    for c in &cx.policy.cookies {
        let mut missing = Vec::new();
        if c.provider.is_none() {
            missing.push("who sets it (`provider`)");
        }
        if c.party.is_none() {
            missing.push("whether it is first or third party (`party`)");
        }
        if c.lifetime.is_none() {
            missing.push("how long it lives (`lifetime`)");
        }
        if missing.is_empty() {
            continue;
        }
        let d = cx
            .finding(
                "EPD-5-3-INFO",
                cx.decl("cookie", &c.id),
                format!("the tracker `{}` is not fully described", c.id),
                "incomplete tracker information",
            )
            .with_note(format!("missing: {}", missing.join(", ")))
            .with_help("people can only consent to a tracker they can identify: give its provider, party and lifetime");
        cx.report(format!("cookie/{}", c.id), d);
    }
}

/// EPD-5-3-THIRDPARTY: a site that embeds a third party's non-essential tracker is a (joint)
/// controller of the collection (ePrivacy Art. 5(3), CJEU C-40/17 Fashion ID). Silent when the
/// provider is declared as a joint controller or as a recipient acting as controller.
pub(super) fn third_party_cookies(cx: &mut Cx<'_>) {
    let p = cx.policy;
    for c in &p.cookies {
        if c.party.as_deref() != Some("third") || c.category.id == "strictly_necessary" {
            continue;
        }
        let provider = c.provider.as_deref().unwrap_or("");
        let named = |name: &str| {
            !provider.is_empty() && {
                let (a, b) = (name.to_lowercase(), provider.to_lowercase());
                a.contains(&b) || b.contains(&a)
            }
        };
        let declared = p
            .joint_controllers
            .iter()
            .any(|j| j.party.name.as_deref().is_some_and(named))
            || p.recipients.iter().any(|r| {
                matches!(r.role.id.as_str(), "controller" | "joint_controller") && r.name.as_deref().is_some_and(named)
            });
        if declared {
            continue;
        }
        let who = if provider.is_empty() {
            "its provider".to_string()
        } else {
            format!("`{provider}`")
        };
        let d = cx
            .finding(
                "EPD-5-3-THIRDPARTY",
                cx.field("cookie", &c.id, "party"),
                format!("the third-party tracker `{}` makes you a (joint) controller of what {who} collects", c.id),
                "embedded third-party tracker",
            )
            .with_note("by embedding the tracker the site decides that the data is collected, even if it never sees it")
            .with_help(format!(
                "declare {who} as a `joint_controller` (with the essence of the arrangement) or as a `recipient` acting as controller"
            ));
        cx.report(format!("cookie/{}", c.id), d);
    }
}

/// EPD-5-3-REJECT: the consent banner offers a reject button as prominent as the accept one
/// (ePrivacy Art. 5(3), EDPB Cookie Banner Taskforce report).
pub(super) fn reject_button(cx: &mut Cx<'_>) {
    let Some(cc) = &cx.policy.cookie_consent else { return };
    if cc.banner != Some(true) || cc.reject_button == Some(true) {
        return;
    }
    let (span, label) = if cc.reject_button == Some(false) {
        (cx.field("cookies", "cookies", "reject_button"), "no reject button")
    } else {
        (
            cx.field("cookies", "cookies", "banner"),
            "the banner's reject option is not stated",
        )
    };
    let d = cx
        .finding(
            "EPD-5-3-REJECT",
            span,
            "the cookie banner does not offer rejecting as easily as accepting",
            label,
        )
        .with_help(
            "put a \"reject all\" button next to \"accept all\" on the first layer, and write `reject_button true`",
        );
    cx.report("cookies/cookies", d);
}
