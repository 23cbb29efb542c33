//! Semantic diff of two versions of a policy: what changed for the people the notice informs.
//!
//! Two [`Policy`] models are compared declaration by declaration, matched by id, never as source
//! text: reordering declarations or list items, comments and formatting produce no change at all,
//! and a change only in the author's words is reported as cosmetic. Every [`Change`] carries a
//! stable [`Kind`], its [`Materiality`], the declaration it concerns, the old and new values and
//! where it is in the sources. `docs/diff.md` explains which change is material and why.
//!
//! The outputs ([`text`], [`markdown`], [`json`]) read the [`Report`]; [`git`] reads a version of
//! a policy from a git revision.

mod compare;
pub mod git;
pub mod json;
pub mod markdown;
mod notice;
mod parties;
mod processing;
mod rename;
pub mod text;

use crate::Compilation;
use crate::model::{Duration, Lifetime, Policy, Retention, Text, TextList};
use crate::source::{SourceMap, Span};
use serde::Serialize;

/// The format identifier of the JSON report.
pub const FORMAT: &str = "policyc-diff/1";

/// Whether a change must be brought to the attention of the people the notice informs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Materiality {
    /// It changes what happens to people's data, who gets it, or how they exercise their rights.
    Material,
    /// Wording, order, links and other details that leave the processing as it was.
    Cosmetic,
}

/// Which version of the policy a location or value belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    /// The earlier version.
    Old,
    /// The later version.
    New,
}

macro_rules! kinds {
    ($($(#[doc = $doc:literal])* $variant:ident = $id:literal,)*) => {
        /// What kind of change: a stable snake_case id, part of the JSON format.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Kind {
            $($(#[doc = $doc])* $variant,)*
        }

        impl Kind {
            /// Every kind, in the order of this list.
            pub const ALL: &'static [Kind] = &[$(Kind::$variant,)*];

            /// The stable id (`purpose_added`).
            pub fn id(self) -> &'static str {
                match self {
                    $(Kind::$variant => $id,)*
                }
            }
        }
    };
}

kinds! {
    /// The controller was added, removed, or its identity (name, address, country, registration) changed.
    ControllerChanged = "controller_changed",
    /// A way to contact a party or to exercise rights changed or was removed.
    ContactChanged = "contact_changed",
    /// A trade name changed.
    BrandChanged = "brand_changed",
    /// An EU representative was named.
    RepresentativeAdded = "representative_added",
    /// The EU representative is no longer named.
    RepresentativeRemoved = "representative_removed",
    /// The EU representative's identity changed.
    RepresentativeChanged = "representative_changed",
    /// A data protection officer was named.
    DpoAdded = "dpo_added",
    /// The data protection officer is no longer named.
    DpoRemoved = "dpo_removed",
    /// The data protection officer's identity changed.
    DpoChanged = "dpo_changed",
    /// A joint controller was added.
    JointControllerAdded = "joint_controller_added",
    /// A joint controller was removed.
    JointControllerRemoved = "joint_controller_removed",
    /// A joint controller's identity or the purposes it shares changed.
    JointControllerChanged = "joint_controller_changed",
    /// A new category of personal data.
    DataAdded = "data_added",
    /// A category of personal data is no longer processed.
    DataRemoved = "data_removed",
    /// A data category's kind or class (ordinary, Art. 9, Art. 10) changed.
    DataKindChanged = "data_kind_changed",
    /// A data category lists more items than before.
    DataItemsAdded = "data_items_added",
    /// Where a data category comes from changed.
    SourceChanged = "source_changed",
    /// A new purpose.
    PurposeAdded = "purpose_added",
    /// A purpose was dropped.
    PurposeRemoved = "purpose_removed",
    /// A purpose's kind changed.
    PurposeKindChanged = "purpose_kind_changed",
    /// A purpose, recipient or transfer now concerns more data categories.
    DataLinked = "data_linked",
    /// A purpose, recipient or transfer no longer concerns some data categories.
    DataUnlinked = "data_unlinked",
    /// The legal basis of a purpose changed.
    BasisChanged = "basis_changed",
    /// The Art. 9(2) condition of a purpose changed.
    ConditionChanged = "condition_changed",
    /// Data is kept longer.
    RetentionLonger = "retention_longer",
    /// Data is kept for a shorter time.
    RetentionShorter = "retention_shorter",
    /// How retention is determined changed in a way that is neither longer nor shorter.
    RetentionChanged = "retention_changed",
    /// A new recipient.
    RecipientAdded = "recipient_added",
    /// A recipient no longer receives data.
    RecipientRemoved = "recipient_removed",
    /// A recipient's role changed (such as processor to controller).
    RecipientRoleChanged = "recipient_role_changed",
    /// A recipient was replaced by another named one, or now receives data for more purposes.
    RecipientChanged = "recipient_changed",
    /// A new transfer outside the EU/EEA.
    TransferAdded = "transfer_added",
    /// A transfer stopped.
    TransferRemoved = "transfer_removed",
    /// A transfer or recipient now reaches a new country.
    DestinationAdded = "destination_added",
    /// A transfer or recipient no longer reaches a country.
    DestinationRemoved = "destination_removed",
    /// The safeguards a transfer relies on changed.
    MechanismChanged = "mechanism_changed",
    /// New automated decision-making or profiling.
    AutomatedDecisionAdded = "automated_decision_added",
    /// Automated decision-making stopped.
    AutomatedDecisionRemoved = "automated_decision_removed",
    /// Whether a decision is solely automated, involves profiling or has significant effects changed.
    AutomatedDecisionChanged = "automated_decision_changed",
    /// The notice lists a right it did not list before.
    RightAdded = "right_added",
    /// The notice no longer lists a right.
    RightRemoved = "right_removed",
    /// The supervisory authority named for complaints changed.
    AuthorityChanged = "authority_changed",
    /// A new cookie or similar tracker.
    CookieAdded = "cookie_added",
    /// A tracker is no longer used.
    CookieRemoved = "cookie_removed",
    /// A tracker's category, provider, party or consent changed.
    CookieChanged = "cookie_changed",
    /// A tracker lives longer.
    LifetimeLonger = "lifetime_longer",
    /// A tracker lives for a shorter time.
    LifetimeShorter = "lifetime_shorter",
    /// The minimum age of users changed.
    MinAgeChanged = "min_age_changed",
    /// The notice makes a new statement (such as "we do not sell personal data").
    StatementAdded = "statement_added",
    /// The notice withdraws a statement.
    StatementRemoved = "statement_removed",
    /// A statement's kind changed.
    StatementChanged = "statement_changed",
    /// A published language was added.
    LanguageAdded = "language_added",
    /// The notice is no longer published in a language.
    LanguageRemoved = "language_removed",
    /// Any other field changed; its materiality depends on the field (see `docs/diff.md`).
    DetailChanged = "detail_changed",
    /// Only the author's words changed.
    TextChanged = "text_changed",
    /// A declaration got a new id and is otherwise identical.
    Renamed = "renamed",
    /// The version label or effective date changed.
    VersionChanged = "version_changed",
    /// An entry of the notice's own version history was added, removed or changed.
    RevisionChanged = "revision_changed",
}

impl Serialize for Kind {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.id())
    }
}

/// An old or new value of a change.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "type", content = "value", rename_all = "snake_case")]
pub enum Value {
    /// The author's words, per language.
    Text(Text),
    /// Lists of the author's words, per language.
    TextList(TextList),
    /// An identifier, vocabulary term, country or language code.
    Id(String),
    /// A literal such as a name, an e-mail or web address, a date or a version label.
    Literal(String),
    /// A set of identifiers or codes, sorted.
    Ids(Vec<String>),
    /// A yes/no fact.
    Bool(bool),
    /// A number (an age, a count of staff).
    Number(u32),
    /// An amount of time.
    Duration(Duration),
    /// A retention period, as in `policy.json`.
    Retention(Retention),
    /// A tracker lifetime, as in `policy.json`.
    Lifetime(Lifetime),
}

/// One change between the two versions.
#[derive(Debug, Clone, Serialize)]
pub struct Change {
    /// What kind of change.
    pub kind: Kind,
    /// Whether people must be told.
    pub materiality: Materiality,
    /// The declaration keyword (`purpose`, `recipient`, `policy`, `rights`, …).
    pub decl: &'static str,
    /// The declaration id (for singletons such as `rights`, the keyword).
    pub id: String,
    /// The field that changed, when the change is within a declaration.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<&'static str>,
    /// The value before, when there was one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub old: Option<Value>,
    /// The value after, when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new: Option<Value>,
    /// Which version `span` points into: the new one, unless the thing exists only in the old.
    #[serde(skip)]
    pub side: Side,
    /// Where the change is (not serialised; see [`Report`]).
    #[serde(skip)]
    pub span: Span,
}

/// A resolved source location.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Location {
    /// Which version.
    pub side: Side,
    /// The file name as in diagnostics.
    pub file: String,
    /// One-based line.
    pub line: usize,
    /// One-based column (characters).
    pub column: usize,
}

/// One version of a policy: its model and the sources it came from.
#[derive(Debug, Clone, Copy)]
pub struct Version<'a> {
    /// The model.
    pub policy: &'a Policy,
    /// The files read.
    pub sources: &'a SourceMap,
}

impl<'a> Version<'a> {
    /// The version compiled in `compilation`, or `None` when it has no model or has language
    /// errors (GDPR findings do not matter to a diff).
    pub fn of(compilation: &'a Compilation) -> Option<Version<'a>> {
        if has_language_errors(compilation) {
            return None;
        }
        compilation.policy.as_ref().map(|policy| Version {
            policy,
            sources: &compilation.sources,
        })
    }
}

/// Whether a compilation has errors of the language (as opposed to GDPR findings).
pub fn has_language_errors(compilation: &Compilation) -> bool {
    compilation
        .diagnostics
        .iter()
        .any(|d| d.severity == crate::diagnostics::Severity::Error && crate::codes::lookup(d.code).is_some())
}

/// The changes between two versions, with their locations, in a stable order: material first,
/// then by declaration, id, field and kind.
#[derive(Debug, Clone)]
pub struct Report {
    /// Every change.
    pub changes: Vec<Change>,
    /// The location of each change (same order).
    pub locations: Vec<Location>,
    /// The version label and effective date of the old policy.
    pub old_version: (Option<String>, Option<String>),
    /// The version label and effective date of the new policy.
    pub new_version: (Option<String>, Option<String>),
    /// The languages the new policy is published in.
    pub languages: Vec<String>,
}

impl Report {
    /// Compares two versions.
    pub fn new(old: Version<'_>, new: Version<'_>) -> Report {
        let mut changes = compare::compare(old.policy, new.policy);
        changes.sort_by(|a, b| {
            (a.materiality, order(a.decl), &a.id, a.field, a.kind).cmp(&(
                b.materiality,
                order(b.decl),
                &b.id,
                b.field,
                b.kind,
            ))
        });
        let locations = changes
            .iter()
            .map(|c| {
                let sources = match c.side {
                    Side::Old => old.sources,
                    Side::New => new.sources,
                };
                let (line, column) = sources.line_col(c.span.file, c.span.start);
                Location {
                    side: c.side,
                    file: sources.get(c.span.file).map(|s| s.name.clone()).unwrap_or_default(),
                    line,
                    column,
                }
            })
            .collect();
        Report {
            changes,
            locations,
            old_version: (old.policy.version.clone(), old.policy.effective.clone()),
            new_version: (new.policy.version.clone(), new.policy.effective.clone()),
            languages: new.policy.languages.clone(),
        }
    }

    /// Whether any change is material.
    pub fn is_material(&self) -> bool {
        self.changes.iter().any(|c| c.materiality == Materiality::Material)
    }

    /// The number of changes of a materiality.
    pub fn count(&self, materiality: Materiality) -> usize {
        self.changes.iter().filter(|c| c.materiality == materiality).count()
    }

    /// The changes with their locations.
    pub fn entries(&self) -> impl Iterator<Item = (&Change, &Location)> {
        self.changes.iter().zip(&self.locations)
    }
}

/// The order of declarations in reports: as a notice reads, from who to what to how.
const DECL_ORDER: &[&str] = &[
    "policy",
    "controller",
    "representative",
    "dpo",
    "joint_controller",
    "data",
    "purpose",
    "recipient",
    "transfer",
    "automated_decision",
    "rights",
    "cookies",
    "cookie",
    "security",
    "changes",
    "statement",
    "revision",
];

fn order(decl: &str) -> usize {
    DECL_ORDER.iter().position(|d| *d == decl).unwrap_or(DECL_ORDER.len())
}
