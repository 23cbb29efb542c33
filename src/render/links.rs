//! Links from author data: only addresses that cannot run code become links.
//!
//! A web address becomes a link only with the `https` or `http` scheme, an e-mail address only
//! as `mailto:`; anything else (`javascript:`, `data:`, relative paths) is shown as plain text.

use super::doc::Inline;

/// A link to `url` with `text`, or the text alone when the address is not a safe web address.
pub fn web(text: &str, url: &str) -> Inline {
    match url::Url::parse(url.trim()) {
        Ok(u) if matches!(u.scheme(), "https" | "http") && u.host().is_some() => Inline::Link {
            text: text.to_string(),
            href: u.to_string(),
            hreflang: None,
        },
        _ => Inline::Text(text.to_string()),
    }
}

/// A web address shown as itself, linked when safe.
pub fn web_self(url: &str) -> Inline {
    web(url, url)
}

/// An e-mail address, linked with `mailto:` when it is a plain address.
pub fn email(address: &str) -> Inline {
    let plain = !address.is_empty()
        && address.contains('@')
        && !address
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || "<>\"'()[]\\,;:?&#%".contains(c));
    match url::Url::parse(&format!("mailto:{address}")) {
        Ok(u) if plain => Inline::Link {
            text: address.to_string(),
            href: u.to_string(),
            hreflang: None,
        },
        _ => Inline::Text(address.to_string()),
    }
}

/// A contact that may be an e-mail address or a web address (such as `copy_from`).
pub fn contact(value: &str) -> Inline {
    if value.contains('@') && !value.contains("://") {
        email(value)
    } else {
        web_self(value)
    }
}

/// A link to an anchor in the same page.
pub fn anchor(text: String, id: &str) -> Inline {
    Inline::Link {
        text,
        href: format!("#{id}"),
        hreflang: None,
    }
}
