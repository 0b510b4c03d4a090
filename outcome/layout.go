package outcome

import "github.com/cymru-complaints/statutory/lang"

// A BlockKind says what a Block of a report's layout is.
type BlockKind string

// The kinds of block.
const (
	// HeadingBlock is a heading: Level 1 for the title, 2 for a numbered
	// section, 3 for a subsection; Text is its text.
	HeadingBlock BlockKind = "heading"
	// ParagraphBlock is a paragraph of Text.
	ParagraphBlock BlockKind = "paragraph"
	// ListBlock is a bulleted list of Items.
	ListBlock BlockKind = "list"
	// TableBlock is a table: Header, then Rows, each a row of cells (a
	// cell may be empty).
	TableBlock BlockKind = "table"
)

// A Block is one heading, paragraph, list or table of a report as
// Report.WriteText lays it out.
type Block struct {
	Kind   BlockKind  `json:"kind"`
	Level  int        `json:"level,omitempty"`
	Text   string     `json:"text,omitempty"`
	Items  []string   `json:"items,omitempty"`
	Header []string   `json:"header,omitempty"`
	Rows   [][]string `json:"rows,omitempty"`
}

// Layout returns r laid out as WriteTextIn lays it out in the single
// language t (English or Welsh; lang.WelshEnglish is laid out in Welsh):
// the title, the numbered sections with their sentences, lists and tables,
// the notes and the consistency checks, in order, so that a renderer of
// another format (package page writes HTML) shows the same words and the
// same tables. In Welsh the strings no source gives are the English,
// marked as untranslated (lang.Mark). The title is as the catalogue
// writes it, not in capitals.
func (r Report) Layout(t lang.Tag) []Block {
	if t == lang.WelshEnglish {
		t = lang.Welsh
	}
	if t == "" {
		t = lang.English
	}
	bs := r.blocks(t)
	out := make([]Block, len(bs))
	for i, b := range bs {
		switch b := b.(type) {
		case heading:
			out[i] = Block{Kind: HeadingBlock, Level: b.level, Text: b.text}
		case paragraph:
			out[i] = Block{Kind: ParagraphBlock, Text: string(b)}
		case bullets:
			out[i] = Block{Kind: ListBlock, Items: []string(b)}
		case table:
			out[i] = Block{Kind: TableBlock, Header: b.header, Rows: b.rows}
		}
	}
	return out
}
