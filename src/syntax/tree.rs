//! The syntax tree: entries, atoms, blocks and lists, each with its span, plus the file's comments.

use super::{Rule, span_of};
use crate::diagnostics::Diagnostic;
use crate::source::{FileId, Span};
use pest::iterators::Pair;

/// A parsed file.
#[derive(Debug, Clone, Default)]
pub struct SyntaxFile {
    /// The top-level entries (declarations and includes).
    pub entries: Vec<Entry>,
    /// Every `//` comment, in source order, for formatters and language servers.
    pub comments: Vec<Comment>,
}

/// A `//` comment.
#[derive(Debug, Clone)]
pub struct Comment {
    /// The text after `//`.
    pub text: String,
    /// Where it is, `//` included.
    pub span: Span,
}

/// `name atom atom …` — a declaration, a field, or one language of a text.
#[derive(Debug, Clone)]
pub struct Entry {
    /// The first word.
    pub name: Word,
    /// What follows it on the line.
    pub atoms: Vec<Atom>,
    /// The whole entry.
    pub span: Span,
}

/// A bare word: a name, an identifier, a vocabulary term, a code.
#[derive(Debug, Clone)]
pub struct Word {
    /// The word.
    pub text: String,
    /// Where.
    pub span: Span,
}

/// `{ entries }`.
#[derive(Debug, Clone)]
pub struct Block {
    /// The entries inside.
    pub entries: Vec<Entry>,
    /// From `{` to `}`.
    pub span: Span,
}

/// `[ atoms ]`.
#[derive(Debug, Clone)]
pub struct List {
    /// The items.
    pub items: Vec<Atom>,
    /// From `[` to `]`.
    pub span: Span,
}

/// One value-like piece of an entry.
#[derive(Debug, Clone)]
pub enum Atom {
    /// `"text"`, escapes resolved.
    Str {
        /// The text.
        value: String,
        /// Where, quotes included.
        span: Span,
    },
    /// `30`, `1.5`.
    Number {
        /// As written.
        text: String,
        /// Where.
        span: Span,
    },
    /// `2025-09-05` (or a malformed date such as `05.09.2025`, checked later).
    Date {
        /// As written.
        text: String,
        /// Where.
        span: Span,
    },
    /// A bare word.
    Word(Word),
    /// `:`.
    Colon(Span),
    /// `[ … ]`.
    List(List),
    /// `{ … }`.
    Block(Block),
}

impl Atom {
    /// Where the atom is.
    pub fn span(&self) -> Span {
        match self {
            Atom::Str { span, .. } | Atom::Number { span, .. } | Atom::Date { span, .. } | Atom::Colon(span) => *span,
            Atom::Word(w) => w.span,
            Atom::List(l) => l.span,
            Atom::Block(b) => b.span,
        }
    }

    /// A short description for "expected …, found …" messages.
    pub fn describe(&self) -> String {
        match self {
            Atom::Str { .. } => "a text".into(),
            Atom::Number { text, .. } => format!("the number `{text}`"),
            Atom::Date { text, .. } => format!("the date `{text}`"),
            Atom::Word(w) => format!("the word `{}`", w.text),
            Atom::Colon(_) => "`:`".into(),
            Atom::List(_) => "a list".into(),
            Atom::Block(_) => "a block".into(),
        }
    }
}

/// Builds the tree from pest pairs: one function per grammar rule.
pub(super) struct Builder {
    pub(super) file: FileId,
    pub(super) comments: Vec<Comment>,
    pub(super) diagnostics: Vec<Diagnostic>,
}

impl Builder {
    /// The children of a pair, with comments moved to the comment list.
    fn children<'i>(&mut self, pair: Pair<'i, Rule>) -> Vec<Pair<'i, Rule>> {
        let mut out = Vec::new();
        for child in pair.into_inner() {
            if child.as_rule() == Rule::COMMENT {
                let span = span_of(self.file, &child);
                let text = child.as_str().trim_start_matches("//").to_string();
                self.comments.push(Comment { text, span });
            } else {
                out.push(child);
            }
        }
        out
    }

    /// `file` and `block` bodies.
    pub(super) fn entries(&mut self, pair: Pair<'_, Rule>) -> Vec<Entry> {
        self.children(pair)
            .into_iter()
            .filter(|p| p.as_rule() == Rule::entry)
            .filter_map(|p| self.entry(p))
            .collect()
    }

    fn entry(&mut self, pair: Pair<'_, Rule>) -> Option<Entry> {
        let span = span_of(self.file, &pair);
        let mut children = self.children(pair).into_iter();
        let name = self.word(children.next()?);
        let atoms = children.filter_map(|p| self.atom(p)).collect();
        Some(Entry { name, atoms, span })
    }

    fn word(&self, pair: Pair<'_, Rule>) -> Word {
        Word {
            text: pair.as_str().to_string(),
            span: span_of(self.file, &pair),
        }
    }

    fn atom(&mut self, pair: Pair<'_, Rule>) -> Option<Atom> {
        let span = span_of(self.file, &pair);
        Some(match pair.as_rule() {
            Rule::string => Atom::Str {
                value: self.string(&pair),
                span,
            },
            Rule::number => Atom::Number {
                text: pair.as_str().to_string(),
                span,
            },
            Rule::date => Atom::Date {
                text: pair.as_str().to_string(),
                span,
            },
            Rule::word => Atom::Word(self.word(pair)),
            Rule::colon => Atom::Colon(span),
            Rule::list => {
                let items = self.children(pair).into_iter().filter_map(|p| self.atom(p)).collect();
                Atom::List(List { items, span })
            }
            Rule::block => Atom::Block(Block {
                entries: self.entries(pair),
                span,
            }),
            // The grammar's `atom` alternatives are exactly the rules above; comments were
            // filtered by `children`, and punctuation rules are silent.
            _ => return None,
        })
    }

    /// Resolves escapes and normalises CRLF line ends inside the text.
    fn string(&mut self, pair: &Pair<'_, Rule>) -> String {
        let raw = pair.as_str();
        let start = pair.as_span().start() + 1;
        let inner = raw.get(1..raw.len().saturating_sub(1)).unwrap_or("");
        let mut out = String::with_capacity(inner.len());
        let mut chars = inner.char_indices();
        while let Some((i, c)) = chars.next() {
            match c {
                '\\' => match chars.next() {
                    Some((_, 'n')) => out.push('\n'),
                    Some((_, 't')) => out.push('\t'),
                    Some((_, '"')) => out.push('"'),
                    Some((_, '\\')) => out.push('\\'),
                    Some((j, other)) => {
                        let at = Span::new(self.file, start + i..start + j + other.len_utf8());
                        self.diagnostics.push(
                            Diagnostic::error("E0004", format!("unknown escape `\\{other}`"), at, "not an escape")
                                .with_help("the escapes are `\\\"`, `\\\\`, `\\n` and `\\t`; write other characters as they are"),
                        );
                        out.push(other);
                    }
                    None => {}
                },
                '\r' => {}
                c => out.push(c),
            }
        }
        out
    }
}
