//! The notice as a small document: sections, subsections and blocks of localized text.
//!
//! The view ([`super::view`]) computes this from the policy and the catalog; the HTML and Markdown
//! templates only lay it out. Every string here is plain text (a catalog message or author text):
//! escaping is the output format's job, done by the templates' escapers.

/// A piece of running text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Inline {
    /// Plain text.
    Text(String),
    /// Emphasised text.
    Strong(String),
    /// A link; `href` is a safe address (`https:`, `http:`, `mailto:` or an in-page `#anchor`).
    Link {
        /// The link text.
        text: String,
        /// The address.
        href: String,
        /// The language of the target, for links to the notice in another language.
        hreflang: Option<String>,
    },
}

/// One line of running text.
pub type Line = Vec<Inline>;

/// A label with one or more values (a row of a description list).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fact {
    /// The label.
    pub label: String,
    /// The values, one per line.
    pub values: Vec<Line>,
}

/// A data table with a caption and column headers; the first cell of each row is a row header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    /// The caption.
    pub caption: String,
    /// The column headers.
    pub headers: Vec<String>,
    /// The rows.
    pub rows: Vec<Row>,
}

/// A row of a table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// The anchor of the row (on its row header), when the row stands for a declaration.
    pub id: Option<String>,
    /// The cells: each holds one or more lines.
    pub cells: Vec<Vec<Line>>,
}

impl Row {
    /// A row without an anchor.
    pub fn new(cells: Vec<Vec<Line>>) -> Self {
        Row { id: None, cells }
    }

    /// A row with an anchor.
    pub fn with_id(id: String, cells: Vec<Vec<Line>>) -> Self {
        Row { id: Some(id), cells }
    }
}

/// A block of content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// A paragraph.
    Para(Line),
    /// A paragraph shown prominently.
    Important(Line),
    /// A bulleted list.
    List(Vec<Line>),
    /// A description list.
    Facts(Vec<Fact>),
    /// A data table.
    Table(Table),
}

/// A subsection (a third-level heading), usually one declaration of the policy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sub {
    /// The anchor, stable across versions and languages (from the declaration id).
    pub id: String,
    /// The heading.
    pub heading: String,
    /// The content.
    pub blocks: Vec<Block>,
    /// Whether it is shown apart and prominently (the right to object).
    pub prominent: bool,
}

/// A section of the notice (a second-level heading).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// The anchor, stable across versions and languages.
    pub id: String,
    /// The heading.
    pub heading: String,
    /// The content before the subsections.
    pub blocks: Vec<Block>,
    /// The subsections.
    pub subs: Vec<Sub>,
}

impl Section {
    /// A section with an anchor and a heading, and nothing in it yet.
    pub fn new(id: &str, heading: String) -> Self {
        Section {
            id: id.to_string(),
            heading,
            blocks: Vec::new(),
            subs: Vec::new(),
        }
    }
}

impl Sub {
    /// A subsection with an anchor, a heading and its content.
    pub fn new(id: String, heading: String, blocks: Vec<Block>) -> Self {
        Sub {
            id,
            heading,
            blocks,
            prominent: false,
        }
    }
}

/// A line of plain text.
pub fn text(s: impl Into<String>) -> Line {
    vec![Inline::Text(s.into())]
}

/// Adds a fact when it has values.
pub fn push_fact(facts: &mut Vec<Fact>, label: String, values: Vec<Line>) {
    if !values.is_empty() {
        facts.push(Fact { label, values });
    }
}
