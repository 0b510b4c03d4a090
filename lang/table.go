package lang

// catalogue is the table of every string the module writes in Welsh, and of
// the English strings no source was found for. One entry a line:
//
//	{key, English, Welsh, source, date read, the Welsh in its context, note}
//
// To give an untranslated entry its Welsh, fill in the Welsh, the source,
// the date read and the quotation on its line; the tests check that the
// quotation holds the Welsh and that the output uses it (docs/cymraeg.md).
var catalogue = []Entry{
	// The languages, as a choice of language names them.
	{"language.cy", "Welsh", "Cymraeg", srcHMCTSCivil + "#L1584", read1202, `"WELSH": "Cymraeg"`, "The choice of language of a claim; the English, at line 1586 of en.json, is Welsh."},
	{"language.en", "English", "Saesneg", srcHMCTSCivil + "#L1580", read1202, `"ENGLISH": "Saesneg"`, "The choice of language of a claim; the English, at line 1582 of en.json, is English."},

	// Days and months: the HMRC guidance service's Welsh messages, with the
	// same keys as its English messages (day.display.value.1=Monday).
	{"day.monday", "Monday", "Dydd Llun", srcHMRCMessages + "#L35", read1202, "day.display.value.1=Dydd Llun", ""},
	{"day.tuesday", "Tuesday", "Dydd Mawrth", srcHMRCMessages + "#L36", read1202, "day.display.value.2=Dydd Mawrth", ""},
	{"day.wednesday", "Wednesday", "Dydd Mercher", srcHMRCMessages + "#L37", read1202, "day.display.value.3=Dydd Mercher", ""},
	{"day.thursday", "Thursday", "Dydd Iau", srcHMRCMessages + "#L38", read1202, "day.display.value.4=Dydd Iau", ""},
	{"day.friday", "Friday", "Dydd Gwener", srcHMRCMessages + "#L39", read1202, "day.display.value.5=Dydd Gwener", ""},
	{"day.saturday", "Saturday", "Dydd Sadwrn", srcHMRCMessages + "#L40", read1202, "day.display.value.6=Dydd Sadwrn", ""},
	{"day.sunday", "Sunday", "Dydd Sul", srcHMRCMessages + "#L41", read1202, "day.display.value.7=Dydd Sul", ""},
	{"month.january", "January", "Ionawr", srcHMRCMessages + "#L22", read1202, "month.display.value.1=Ionawr", ""},
	{"month.february", "February", "Chwefror", srcHMRCMessages + "#L23", read1202, "month.display.value.2=Chwefror", ""},
	{"month.march", "March", "Mawrth", srcHMRCMessages + "#L24", read1202, "month.display.value.3=Mawrth", ""},
	{"month.april", "April", "Ebrill", srcHMRCMessages + "#L25", read1202, "month.display.value.4=Ebrill", ""},
	{"month.may", "May", "Mai", srcHMRCMessages + "#L26", read1202, "month.display.value.5=Mai", ""},
	{"month.june", "June", "Mehefin", srcHMRCMessages + "#L27", read1202, "month.display.value.6=Mehefin", ""},
	{"month.july", "July", "Gorffennaf", srcHMRCMessages + "#L28", read1202, "month.display.value.7=Gorffennaf", ""},
	{"month.august", "August", "Awst", srcHMRCMessages + "#L29", read1202, "month.display.value.8=Awst", ""},
	{"month.september", "September", "Medi", srcHMRCMessages + "#L30", read1202, "month.display.value.9=Medi", ""},
	{"month.october", "October", "Hydref", srcHMRCMessages + "#L31", read1202, "month.display.value.10=Hydref", ""},
	{"month.november", "November", "Tachwedd", srcHMRCMessages + "#L32", read1202, "month.display.value.11=Tachwedd", ""},
	{"month.december", "December", "Rhagfyr", srcHMRCMessages + "#L33", read1202, "month.display.value.12=Rhagfyr", ""},

	// The forms of dates. WeekdayDate and Date write the source's own date
	// exactly as the source does; a test checks it.
	{"form.weekday-date", "Thursday 9 January 2020", "Dydd Iau 9 Ionawr 2020", srcConwy, read1202, "Gwaith cynnal hanfodol ar y wefan – Dydd Iau 9 Ionawr 2020", "A date with its weekday: Dydd and the weekday, the day of the month in figures, the month, the year, no commas. Inside a sentence the sources mutate it (ar Ddydd Mawrth); the module writes it only in table cells and after labels."},
	{"form.date", "12 December 2023", "12 Rhagfyr 2023", srcGOVUKSpec + "#L205", read1202, `expect(page).to have_content("Diweddarwyd ddiwethaf: 12 Rhagfyr 2023")`, "A date without its weekday: the day of the month in figures, the month, the year."},

	// Numbers of working days: the noun changes with the number, and
	// official sources differ for most numbers; each number has the form of
	// one source, and a number no source shows stays English.
	{"working-days.1", "1 working day", "", "", "", "", `Only "1 diwrnod" (1 day) was found (HMCTS civil-citizen-ui); no source shows 1 with "diwrnod gwaith".`},
	{"working-days.2", "2 working days", "2 ddiwrnod gwaith", srcHMCTSDivorce + "#L403", read1202, "Dylech gael e-bost o fewn 2 ddiwrnod gwaith, gan gadarnhau", `The English, at line 187: "You should receive an email within 2 working days". An NHS Wales practice writes the same of acknowledging a complaint.`},
	{"working-days.5", "5 working days", "5 niwrnod gwaith", srcSI2005Reg26, read1202, "Rhaid danfon yr adroddiad i'r Cynulliad o fewn 5 niwrnod gwaith i'r dyddiad y daw'r gwrandawiad", `SI 2005/3366 reg 26(3). HMCTS civil-citizen-ui writes "5 diwrnod gwaith"; the legislation's form is used.`},
	{"working-days.10", "10 working days", "10 diwrnod gwaith", srcConwy, read1202, "bydd rheolwr perthnasol yn ceisio cysylltu â chi o fewn 10 diwrnod gwaith, i drafod eich cwyn", `Conwy's social services complaints, stage 1. Neath Port Talbot writes "10 niwrnod gwaith".`},
	{"working-days.17", "17 working days", "", "", "", "", `No source was found with 17 and "diwrnod gwaith" or "niwrnod gwaith".`},
	{"working-days.20", "20 working days", "20 diwrnod gwaith", srcPSOW2022, read1202, "y cafodd tua 76% o gwynion eu cau o fewn y targed o 20 diwrnod gwaith", `The Ombudsman. Neath Port Talbot writes "20 niwrnod gwaith", SI 2005/1514 "20 o ddiwrnodau gwaith".`},
	{"working-days.25", "25 working days", "25 diwrnod gwaith", srcConwy, read1202, "Yng ngham 2 ein nod yw ymateb i chi o fewn 25 diwrnod gwaith.", `Conwy's social services complaints, stage 2. SI 2005/3366 reg 20 writes "25 o ddiwrnodau gwaith".`},
	{"period.calendar-months", "{1} calendar months", "", "", "", "", `"mis calendr" was found only in files that could not be attributed to a source; the legislation read writes "12 mis" without "calendr".`},
	{"period.one-year", "one year starting on that day", "", "", "", "", ""},

	// Milestones (timescale.Milestone).
	{"milestone.acknowledgement", "acknowledgement", "cydnabyddiaeth", srcPSOWCorwen, read1202, "roi cydnabyddiaeth ysgrifenedig i Mr X", ""},
	{"milestone.discussion", "discussion", "", "", "", "", "Only the verb (trafod) and the plural (trafodaethau) were found."},
	{"milestone.resolution", "written resolution", "", "", "", "", ""},
	{"milestone.stage1-response", "stage 1 response", "", "", "", "", ""},
	{"milestone.stage2-response", "stage 2 response", "", "", "", "", ""},
	{"milestone.panel-acknowledgement", "panel request acknowledged", "", "", "", "", ""},
	{"milestone.panel-statement", "complainant's written statement", "", "", "", "", ""},
	{"milestone.panel-convened", "panel convened", "", "", "", "", ""},
	{"milestone.complaint-made", "complaint made in time", "", "", "", "", ""},
	{"milestone.ombudsman-complaint", "Complaint to the Ombudsman", "Cwyno i'r Ombwdsmon", srcSI2005Contents, read1202, "28. Cwyno i'r Ombwdsmon", "The heading of SI 2005/3366 reg 28."},

	// The status of a deadline (timescale.DeadlineStatus).
	{"status.in-time", "in time", "mewn pryd", srcHMCTSCivil + "#L747", read1202, "Os na fydd y diffynnydd yn talu’r swm llawn neu’n ymateb mewn pryd", `The English: "If the defendant does not pay the full amount or respond in time".`},
	{"status.late", "late", "", "", "", "", `"yn hwyr" was found for overdue (status.overdue); no source tells a step done late from one overdue.`},
	{"status.not-yet-due", "not yet due", "", "", "", "", ""},
	{"status.due-today", "due today", "yn ddyledus heddiw", srcHMCTSCivil + "#L2725", read1202, "Ymateb i hawliad: yn ddyledus heddiw.", `The English: "Respond to claim: due today." Elsewhere in the same file "yn ddyledus" means owed (money).`},
	{"status.overdue", "overdue", "yn hwyr", srcHMCTSCivil + "#L2724", read1202, "Ymateb i hawliad: {{ numberOfDays }} yn hwyr.", `The English: "Respond to claim: {{ numberOfDays }} days overdue."`},
	{"status.not-recorded", "not recorded", "", "", "", "", ""},
	{"status.not-judged", "not judged", "", "", "", "", ""},
	{"status.withdrawn", "withdrawn", "", "", "", "", `"wedi’i thynnu’n ôl" was found of a complaint (case-status.withdrawn), in the form that agrees with cwyn; no source shows it of a step.`},
	{"status.window-open", "window open", "", "", "", "", ""},
	{"status.window-closed", "window closed", "", "", "", "", ""},

	// The status of a complaint (timescale.CaseStatus).
	{"case-status.open", "open", "", "", "", "", ""},
	{"case-status.overdue", "overdue", "yn hwyr", srcHMCTSCivil + "#L2724", read1202, "Ymateb i hawliad: {{ numberOfDays }} yn hwyr.", `The English: "Respond to claim: {{ numberOfDays }} days overdue."`},
	{"case-status.resolved-stage1", "resolved at stage 1", "", "", "", "", ""},
	{"case-status.resolved-stage2", "resolved at stage 2", "", "", "", "", ""},
	{"case-status.stage3", "Stage 3", "Cam 3", srcCitizensAdv, read1202, "Ar gyfer cwynion a wnaed cyn 1 Awst 2014, gall fod Cam 3 hefyd - mynd â'ch cwyn at banel annibynnol.", "The stage 3 panel of the 2005 procedure."},
	{"case-status.withdrawn", "withdrawn (of a complaint)", "wedi’i thynnu’n ôl", srcStandards, read1202, "roedd un arall wedi’i thynnu’n ôl", "Said of a complaint (cwyn, feminine)."},
	{"case-status.not-yet-received", "not yet received", "", "", "", "", ""},

	// Stages.
	{"stage.1", "Stage 1", "Cam 1", srcCitizensAdv, read1202, "Cam 1 - ceisio datrys pethau gyda'r gwasanaeth lleol", ""},
	{"stage.2", "Stage 2", "Cam 2", srcCitizensAdv, read1202, "Cam 2 - cael rhywun arall i ymchwilio i'ch cwyn", ""},

	// The basis of a rule (timescale.Basis).
	{"basis.regulation", "regulation", "", "", "", "", `The sources read show "rheoliadau" and, mutated, "reoliad", but not the singular on its own.`},
	{"basis.guidance", "guidance", "", "", "", "", ""},
	{"basis.practice", "practice", "", "", "", "", ""},
	{"basis.assumed", "assumed", "", "", "", "", ""},

	// Kinds of non-working day (calendar.Kind).
	{"kind.weekend", "weekend", "penwythnos", srcGolwg, read1202, "dros y penwythnos", ""},
	{"kind.bank-holiday", "Bank holiday", "Gŵyl y banc", srcGOVUKLocale + "#L18", read1202, "bank_holiday: Gŵyl y banc", "GOV.UK's heading of its column of bank holidays."},
	{"kind.common-law-holiday", "common-law holiday", "", "", "", "", ""},
	{"kind.substitute-day", "substitute day", "diwrnod amgen", srcGOVUKSpec + "#L64", read1202, `["4 Mehefin", "Dydd Llun", "Gŵyl banc y gwanwyn (diwrnod amgen)"]`, "As GOV.UK writes it, in brackets after a holiday's name."},
	{"kind.local-closure", "local closure", "", "", "", "", ""},

	// The titles of the instruments (timescale.RegimeInfo).
	{"title.si-2014-1794", "The Social Services Complaints Procedure (Wales) Regulations 2014", "Rheoliadau Gweithdrefn Gwynion y Gwasanaethau Cymdeithasol (Cymru) 2014", srcSI2014Part1, read1202, "Enw’r Rheoliadau hyn yw Rheoliadau Gweithdrefn Gwynion y Gwasanaethau Cymdeithasol (Cymru) 2014 a deuant i rym ar 1 Awst 2014.", "SI 2014/1794 reg 1(1)."},
	{"title.si-2005-3366", "The Social Services Complaints Procedure (Wales) Regulations 2005", "Rheoliadau Gweithdrefn Gwynion y Gwasanaethau Cymdeithasol (Cymru) 2005", srcSI2005Part1, read1202, "Enw'r Rheoliadau hyn yw Rheoliadau Gweithdrefn Gwynion y Gwasanaethau Cymdeithasol (Cymru) 2005 a deuant i rym ar 1 Ebrill 2006.", "SI 2005/3366 reg 1(1)."},
	{"title.si-2014-1795", "The Representations Procedure (Wales) Regulations 2014", "Rheoliadau Gweithdrefn Sylwadau (Cymru) 2014", srcSI2014Note, read1202, "yr ymdrinnir â hwy yn unol â Rheoliadau Gweithdrefn Sylwadau (Cymru) 2014", "A cross-reference in the explanatory note of SI 2014/1794; the Welsh text of SI 2014/1795 itself was not read."},
	{"title.si-2005-3365", "The Representations Procedure (Children) (Wales) Regulations 2005", "", "", "", "", `Found only mutated, after "o" ("Reoliadau Gweithdrefn Sylwadau (Plant) (Cymru) 2005", SI 2005/3366 reg 26(4)(b)).`},

	// Text of the rules and the law, written as it is in English.
	{"citation", "SI 2014/1794 reg 15(2)", "", "", "", "", "A citation of the law as legislation.gov.uk cites it in English; the English is an example. No Welsh form of citation was sourced."},
	{"rule.text", "receipt of the complaint", "", "", "", "", "The words of a rule for people (its title, start, extension and note); the English is an example."},
	{"explanation", "W14-ACK (SI 2014/1794 reg 15(2), regulation): 2 working days after Fri 1 Aug 2014 (receipt of the complaint; that day is not counted), skipping Sat 2 Aug 2014 (Saturday) and Sun 3 Aug 2014 (Sunday): due Tue 5 Aug 2014.", "", "", "", "", "How a due date was reached, one sentence a deadline (timescale.Explanation); the English is an example. Its frames (after, skipping, that day is not counted, due) have no source."},
	{"note.provisional", "provisional: {1}.", "", "", "", "", "The footnote of a result that depends on a year after the official list of bank holidays."},
	{"answer.yes", "yes", "", "", "", "", "Welsh answers a question with the verb of the question: HMCTS civil-citizen-ui has eight pairs for yes and no (Ie/Na, Ydw/Nac ydw, Oes/Nac oes, Do/Naddo, ...). The pair for \"in time?\" is a Welsh speaker's choice."},
	{"answer.no", "no", "", "", "", "", "See answer.yes."},

	// Column headings of the tables.
	{"column.id", "ID", "", "", "", "", ""},
	{"column.owner", "OWNER", "", "", "", "", ""},
	{"column.regime", "REGIME", "", "", "", "", ""},
	{"column.stage", "Stage", "Cam", srcCitizensAdv, read1202, "Cam 1 - ceisio datrys pethau gyda'r gwasanaeth lleol", "The word for stage, heading a column of stage numbers."},
	{"column.milestone", "MILESTONE", "", "", "", "", ""},
	{"column.rule", "RULE", "", "", "", "", ""},
	{"column.due", "Deadline", "Dyddiad cau", srcHMCTSCivil + "#L2595", read1202, `"DEADLINE": "Dyddiad cau"`, "The due date of a step."},
	{"column.period", "PERIOD", "", "", "", "", ""},
	{"column.from", "FROM", "", "", "", "", ""},
	{"column.starts-from", "STARTS FROM", "", "", "", "", ""},
	{"column.status", "Status", "Statws", srcHMCTSCivil + "#L998", read1202, `"STATUS": "Statws"`, ""},
	{"column.citation", "CITATION", "", "", "", "", ""},
	{"column.basis", "BASIS", "", "", "", "", ""},
	{"column.stage1-due", "STAGE 1 DUE", "", "", "", "", ""},
	{"column.stage2-due", "STAGE 2 DUE", "", "", "", "", ""},
	{"column.taken", "TAKEN", "", "", "", "", "Working days taken."},
	{"column.band", "BAND", "", "", "", "", ""},
	{"column.local-target", "LOCAL TARGET", "", "", "", "", "The due date of a council's local target for a response (a policy file), beside the statutory due date."},

	// The schedule of one complaint (timescale.Schedule).
	{"schedule.received", "Complaint received", "", "", "", "", ""},
	{"schedule.regime", "Regime", "", "", "", "", ""},
	{"schedule.deemed", "Deemed received on the next working day", "", "", "", "", ""},
	{"schedule.as-of", "Status as of", "", "", "", "", ""},
	{"schedule.calendar", "Calendar", "", "", "", "", ""},
	{"schedule.set-aside-one", "1 event dated after {1} was set aside as not yet happened.", "", "", "", "", ""},
	{"schedule.set-aside-many", "{1} events dated after {2} were set aside as not yet happened.", "", "", "", "", ""},
	{"schedule.from-due", "(due)", "", "", "", "", "After a start date that is the due date of a step not recorded."},
	{"schedule.done", "done", "", "", "", "", ""},
	{"schedule.how", "How each date was reached:", "", "", "", "", ""},
	{"schedule.transition", "Transition: a later stage was requested after a later procedure came into force, so a reading of the", "", "", "", "", "The lines that say which reading of the transition between the procedures decided the rules of a later stage; the English is an example."},
	{"schedule.targets", "Local targets, beside the statutory due dates (which they do not change):", "", "", "", "", ""},
	{"schedule.target", "stage1-response: stage 1 response, 15 working days (Pembrokeshire complaints policy 2023): due Fri 22 Aug 2014, overdue by 1 working day; statutory due Wed 27 Aug 2014, not-yet-due", "", "", "", "", "A local target of a policy file beside the statutory deadline, one sentence a target; the English is an example."},

	// The list of holidays.
	{"holidays.none", "No weekday from {1} to {2} is a holiday.", "", "", "", "", ""},

	// The assessment of a case file (assess).
	{"assess.provisional", "provisional: {1} dates in years whose bank holidays are not yet officially published; a bank holiday proclaimed later would move them.", "", "", "", "", ""},
	{"assess.target-met", "(met)", "", "", "", "", "After the due date of a local target the response met."},
	{"assess.target-missed", "(missed)", "", "", "", "", "After the due date of a local target the response missed."},

	// The annual report (outcome.Report). The Welsh title joins
	// report.annual-report and report.subject with a dash, as Conwy's page
	// joins its own headings ("Gwasanaethau Cymdeithasol - Cwynion,
	// Canmoliaeth a Sylwadau").
	{"report.annual-report", "Annual Report", "Adroddiad Blynyddol", srcNewport, read1202, "Adroddiad Blynyddol ar Reoli Canmoliaeth, Sylwadau a Chwynion 2021", "Newport's annual report on compliments, comments and complaints (in English: Annual Report on Managing Compliments, Comments and Complaints)."},
	{"report.subject", "Complaints, Compliments and Comments", "Cwynion, Canmoliaeth a Sylwadau", srcConwy, read1202, "Gwasanaethau Cymdeithasol - Cwynion, Canmoliaeth a Sylwadau", ""},
	{"report.period", "Period {1} – {2}. Every figure counts the records received in this period.", "", "", "", "", ""},
	{"report.period-title", "Report on complaints, comments and compliments for {1}", "", "", "", "", "The title of a report for a half or a quarter of a reporting year (report --period)."},
	{"report.section-5", "How many complaints / comments / compliments were made", "", "", "", "", ""},
	{"report.comments", "Comments", "Sylwadau", srcConwy, read1202, "Gwasanaethau Cymdeithasol - Cwynion, Canmoliaeth a Sylwadau", "The same word is used for the representations of the children's procedure (SI 2005/3365, SI 2014/1795); a report that counted both would need a source that tells them apart."},
	{"report.compliments", "Compliments", "Canmoliaeth", srcConwy, read1202, "Gwasanaethau Cymdeithasol - Cwynion, Canmoliaeth a Sylwadau", ""},
	{"report.complaints", "Complaints", "Cwynion", srcConwy, read1202, "Gwasanaethau Cymdeithasol - Cwynion, Canmoliaeth a Sylwadau", ""},
	{"report.comments-received", "{1} comments were received.", "", "", "", "", ""},
	{"report.compliments-received", "{1} compliments were received.", "", "", "", "", ""},
	{"report.complaints-received", "{1} complaints were received. {2} complaints were referred to stage 2 of the complaints procedure for formal investigation.", "", "", "", "", ""},
	{"report.section-6", "Stage 1 complaints", "", "", "", "", ""},
	{"report.stage1", "Of the {1} complaints received, {2} were resolved at stage 1, the local resolution stage.", "", "", "", "", "With, when there are any, the complaints withdrawn and those still awaiting a response."},
	{"report.themes", "The most common aspects of services complained about were:", "", "", "", "", ""},
	{"report.other-aspects", "and {1} other aspects", "", "", "", "", ""},
	{"report.section-7", "Stage 2 complaints", "", "", "", "", ""},
	{"report.stage2", "{1} complaints went to stage 2 of the complaints procedure.", "", "", "", "", ""},
	{"column.complaint", "Complaint", "Cwyn", srcNeathPT1, read1202, "Cwyn - Cam 1: Datrysiad Anffurfiol", ""},
	{"column.received", "Received", "", "", "", "", ""},
	{"finding.upheld", "upheld", "", "", "", "", `Only the Ombudsman's combined outcome "Cadarnhawyd yn llawn neu yn rhannol" (upheld in full or in part) and whole sentences were found.`},
	{"finding.partially-upheld", "partially upheld", "", "", "", "", ""},
	{"finding.not-upheld", "not upheld", "", "", "", "", ""},
	{"finding.no-finding", "no finding", "", "", "", "", ""},
	{"column.outcome", "Outcome", "Canlyniad", srcPSOWSwansea, read1202, "Canlyniad / Cadarnhawyd yn llawn neu yn rhannol", "The label of the outcome of each of the Ombudsman's findings."},
	{"report.not-yet-answered", "not yet answered", "", "", "", "", ""},
	{"report.no-findings", "no findings recorded", "", "", "", "", ""},
	{"report.total", "Total", "Cyfanswm", srcHMCTSCivil + "#L4031", read1202, `"CLAIM_TOTAL": "Cyfanswm"`, `The English, at line 4033 of en.json: "Total".`},
	{"report.outcomes", "Outcome of the stage 2 complaints with findings: {1} upheld, {2} partially upheld, {3} not upheld, {4} with no finding.", "", "", "", "", ""},
	{"report.section-8", "Ombudsman complaints", "", "", "", "", ""},
	{"report.ombudsman-none", "We did not receive any requests for information from the Ombudsman about complaints received during this period.", "", "", "", "", ""},
	{"report.ombudsman", "The Ombudsman asked for information about {1} complaints received during this period.", "", "", "", "", ""},
	{"report.section-9", "Complaints made by children and young people", "", "", "", "", ""},
	{"report.children", "We received {1} complaints directly from children and young people. {2} were resolved at stage 1.", "", "", "", "", ""},
	{"report.children-themes", "Summary of complaints concerned:", "", "", "", "", ""},
	{"report.section-10", "Analysis of complaints", "", "", "", "", ""},
	{"column.year", "Year", "Blwyddyn", srcGOVUKLocale + "#L48", read1202, "year: Blwyddyn", ""},
	{"column.reporting-period", "Period", "", "", "", "", "A half or a quarter of a reporting year, heading the year-on-year table of a report for one."},
	{"report.number-complaints", "Number of complaints", "", "", "", "", ""},
	{"report.number-stage2", "Number of Stage 2's", "", "", "", "", ""},
	{"report.number-stage3", "Number of Stage 3's", "", "", "", "", ""},
	{"report.section-10-2", "Response timescales", "", "", "", "", `Conwy's "Amserlenni" (timescales) was found, not the response timescales of a report.`},
	{"report.timescales", "Working days taken from receipt to the stage 1 response, and from the stage 2 request to the stage 2 response, by the procedure the complaint was received under. In time means by the due date, or by the revised date agreed with the complainant.", "", "", "", "", ""},
	{"report.timescales-table", "Social Services Timescales", "", "", "", "", ""},
	{"report.band", "Up to 17 working days", "", "", "", "", "The title of a response-time band of the regime table; the English is an example."},
	{"report.in-time", "{1} of {2} ({3}%)", "", "", "", "", ""},
	{"report.target-in-time", "In time against the local target", "", "", "", "", ""},
	{"report.targets", "Local targets, beside the statutory timescales: {1}.", "", "", "", "", ""},
	{"report.median", "Median working days", "", "", "", "", ""},
	{"report.cutover", "* Please note: the {1} procedure and its timescales ({2}) started on {3}. Each complaint is counted under the procedure in force on the day it was received.", "", "", "", "", ""},
	{"report.notes", "Notes on the figures", "", "", "", "", ""},
	{"report.notice", "2 complaints went straight to stage 2 without a stage 1 response", "", "", "", "", "A note or warning of the report's consistency checks; the English is an example."},
	{"report.checks", "Consistency checks", "", "", "", "", ""},
	{"report.checks-passed", "Every consistency check passed.", "", "", "", "", ""},

	// The rule table (timescale.WriteRulesText, WriteRulesMarkdown).
	{"rules.title", "Rules", "", "", "", "", ""},
	{"rules.intro", "The timescales encoded by package `timescale`, and what each rests on: the statutory social services procedures and a council's corporate procedure under the Ombudsman's model. …", "", "", "", "", "The opening paragraph of RULES.md."},
	{"rules.assumed-line", "**{1} rules rest on an assumption**, for complaints or for children's representations: {2}.", "", "", "", "", ""},
	{"rules.assumed", "{1} rules rest on an assumption", "", "", "", "", ""},
	{"rules.assumed-from", "The first day of {1} rests on an assumption too (see below).", "", "", "", "", ""},
	{"rules.regimes", "Regimes", "", "", "", "", ""},
	{"column.received-from", "received from", "", "", "", "", ""},
	{"column.procedures", "procedures", "", "", "", "", "The procedures a regime governs (complaint, representation, corporate), which are names and stay as they are."},
	{"column.date-basis", "basis of the date", "", "", "", "", "How firmly the first day of a regime rests on its sources."},
	{"column.regulations", "Regulations", "Rheoliadau", srcSI2014Part1, read1202, "Enw’r Rheoliadau hyn yw Rheoliadau Gweithdrefn Gwynion y Gwasanaethau Cymdeithasol (Cymru) 2014 a deuant i rym ar 1 Awst 2014.", `SI 2014/1794 reg 1(1): "The name of these Regulations is ...".`},
	{"column.representations", "children's representations", "", "", "", "", `"sylwadau" is both representations (SI 2005/3365) and comments (Conwy); no source was found for the representations of children as a heading.`},
	{"column.stages", "stages", "", "", "", "", ""},
	{"column.bands", "response-time bands", "", "", "", "", ""},
	{"rules.ombudsman-bands", "The Public Services Ombudsman for Wales's complaint-handling bands are reported beside them for stage 1 and stage 2 alike: {1}.", "", "", "", "", ""},
	{"rules.transition", "The transition between regimes", "", "", "", "", ""},
	{"rules.transition-intro", "Which rules govern a stage requested on or after a regime's first day, for a complaint received before it, is a reading of the transitional provision. …", "", "", "", "", ""},
	{"rules.transition-text", "The transition between regimes (a stage requested on or after a regime's first day, for a complaint received before it):", "", "", "", "", ""},
	{"rules.transition-line", "keep-regime (into wales-2014, the default; Citizens Advice Wales; SI 2014/1794 reg 2 (the transitional provision was not found), guidance): …", "", "", "", "", "A reading of the transition in the text; the English is an example."},
	{"column.into", "into", "", "", "", "", ""},
	{"column.reading", "reading", "", "", "", "", ""},
	{"column.default", "default", "", "", "", "", ""},
	{"column.what-it-does", "what it does", "", "", "", "", ""},
	{"column.extension", "extension", "", "", "", "", ""},
	{"column.representations-citation", "citation for representations", "", "", "", "", ""},
	{"column.representations-basis", "basis for representations", "", "", "", "", ""},
	{"rules.as-for-complaints", "as for complaints", "", "", "", "", ""},
	{"rules.what-was-read", "What was read", "", "", "", "", ""},
	{"rules.what-was-read-text", "What was read:", "", "", "", "", ""},
	{"rules.source", "SI 2014/1794 reg 15(2), read 2026-12-02: https://legislation.gov.uk/…", "", "", "", "", "A source of a rule, the date it was read and its address; the English is an example."},
	{"rules.note", "Note: {1}", "", "", "", "", ""},
	{"rules.notes", "Notes", "", "", "", "", ""},

	// Problem messages (problem.Code): the Welsh of a service's message that
	// says what to do about the same problem, followed by the module's
	// English message, marked; see Message. Codes with no entry here keep
	// their English message (docs/cymraeg.md lists them).
	{"problem.not-a-date", "Please enter a valid date", "Rhowch ddyddiad dilys", srcHMCTSCivil + "#L5887", read1202, `"VALID_DATE": "Rhowch ddyddiad dilys"`, "ERRORS.VALID_DATE; the English is at line 5888 of en.json."},
	{"problem.invalid-date", "Please enter a valid date", "Rhowch ddyddiad dilys", srcHMCTSCivil + "#L5887", read1202, `"VALID_DATE": "Rhowch ddyddiad dilys"`, "ERRORS.VALID_DATE; the English is at line 5888 of en.json."},
	{"problem.event-in-the-future", "Correct the date. You can’t use a future date.", "Cywirwch y dyddiad, ni allwch ddefnyddio dyddiad yn y dyfodol.", srcHMCTSCivil + "#L5550", read1202, `"CORRECT_DATE_NOT_IN_FUTURE": "Cywirwch y dyddiad, ni allwch ddefnyddio dyddiad yn y dyfodol."`, "ERRORS.CORRECT_DATE_NOT_IN_FUTURE; the English is at line 5551 of en.json."},
	{"problem.negative-count", "Don’t enter a negative number", "Peidiwch â rhoi rhif negyddol", srcHMCTSCivil + "#L5935", read1202, `"VALID_POSITIVE_NUMBER": "Peidiwch â rhoi rhif negyddol"`, "ERRORS.VALID_POSITIVE_NUMBER; the English is at line 5936 of en.json."},
	{"problem.not-a-count", "Enter a numeric, for example 3", "Rhowch rif, er enghraifft 3", srcHMCTSCivil + "#L5917", read1202, `"VALID_INTEGER": "Rhowch rif, er enghraifft 3"`, "ERRORS.VALID_INTEGER; the English is at line 5918 of en.json."},
	{"problem.not-a-year", "Enter a valid year", "Rhowch flwyddyn ddilys", srcHMCTSCivil + "#L5947", read1202, `"VALID_YEAR": "Rhowch flwyddyn ddilys"`, "ERRORS.VALID_YEAR; the English is at line 5948 of en.json."},
}
