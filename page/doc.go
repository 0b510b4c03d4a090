// Package page writes the module's answers as web pages for people: the
// calculator of the deadlines of one complaint, whose every date is drawn
// as a small month calendar of the days counted and skipped, and the
// annual report as one self-contained HTML document with charts.
//
// The pages are written with html/template, so that every value from a
// request or a case file (an id such as <script>) is text; the charts are
// SVG written by this package, a few dozen lines for a bar chart, each
// with a title, axis labels, patterns as well as colours, the value of
// every bar written on it, and the table it draws as its text alternative.
// A page makes no request of its own: its style sheet and charts are in
// the document, so that the report can be mailed, archived and printed on
// A4 as it is.
//
// # Languages
//
// A page is written in English, in Welsh or in both (package lang). Its
// words come from the catalogue of package lang: Welsh where a source
// gives it, else the English marked as untranslated, [en: ...]. The
// document's lang attribute is "en" for English; for Welsh and for both it
// is "cy", and every run of English inside it (a string no source gives in
// Welsh, and the English half of a bilingual string) is marked
// lang="en", so that a screen reader reads each part in its language. The
// bilingual calculator writes its labels as "Welsh / English"; the
// bilingual report is the whole report in Welsh, then in English, as the
// text report is.
package page
