// Package lang writes the module's output for people in English, in Welsh,
// or in both, Welsh first and then English as bilingual documents in Wales
// put them, and holds the catalogue every Welsh string comes from.
//
// # Every Welsh string has a source
//
// The module writes no Welsh of its own. Each Welsh string is an entry of
// one catalogue ([Catalogue]), with the English it stands for, the source
// the Welsh was read in (a page of legislation.gov.uk, a Welsh Government or
// council page, a Welsh locale file of a public service at a commit), the
// date it was read, and the Welsh as the source has it in its context. A
// test checks that each Welsh string occurs, exactly as written, in that
// quotation. The Welsh names of the bank holidays come from GOV.UK's Welsh
// list, through [calendar.Calendar.WelshName].
//
// Where no source gives the Welsh, the English stays, marked as
// untranslated: [Mark] wraps it as "[en: ...]", and [WriteUntranslated]
// writes a whole output not yet written in Welsh with each of its lines so
// marked. Whole sentences are
// translated whole or not at all: a sentence with no Welsh source is
// written in English, marked, with its dates and figures as the English
// has them; a Welsh date, holiday name or sourced term never stands inside
// an English sentence, and no Welsh sentence is put together from words.
// Tables and labelled lines are translated cell by cell and label by label.
//
// Words that name something rather than say something are written as they
// are in every language: rule ids (W14-ACK), regime names (wales-2014),
// band labels (0-17), case ids, the themes a case file records, and
// figures. Citations of the law ("SI 2014/1794 reg 15(2)") are English and
// are marked.
//
// # Dates and numbers
//
// Welsh dates are written in full, with the weekday as "Dydd Mawrth 5 Awst
// 2014" ([WeekdayDate]) and without it as "5 Awst 2014" ([Date]): the day
// and month names, and both forms, are those of cited sources. No source was
// found for abbreviated Welsh day or month names, so the Welsh is never
// abbreviated. A number of working days ([WorkingDays]) is Welsh only for
// the numbers a source shows with "diwrnod gwaith" (2, 5, 10, 20 and 25);
// the Welsh noun changes with the number, and the module never guesses it.
//
// # Bilingual output
//
// A renderer that takes a [Tag] writes, for [WelshEnglish], the whole
// document in Welsh, then [Separator], then the whole document in English
// ([Write]). The functions that return one string give, for WelshEnglish,
// "Welsh / English" when the Welsh is sourced and the English alone when it
// is not.
//
// The zero Tag is English, so that a renderer's options default to the
// English output the module has always written.
package lang
