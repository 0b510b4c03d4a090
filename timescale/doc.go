// Package timescale is the rules engine of the Welsh social services
// complaints procedures, and of a council's corporate complaints procedure
// under the Ombudsman's model: which procedure a complaint falls under, every
// deadline it must meet, whether each was met, and how each due date was
// reached.
//
// # Regimes
//
// The regime of a complaint is fixed by its procedure and the London date
// on which it was received ([Table.RegimeFor], [RegimeFor]):
//
//   - wales-2005: The Social Services Complaints Procedure (Wales)
//     Regulations 2005 (SI 2005/3366), for complaints received from
//     1 April 2006 to 31 July 2014, with a stage 3 panel;
//   - wales-2014: The Social Services Complaints Procedure (Wales)
//     Regulations 2014 (SI 2014/1794), from 1 August 2014: stage 1 local
//     resolution (acknowledgement in 2 working days, discussion 10 working
//     days after it, written resolution 5 after that: 17 in all), stage 2
//     formal investigation (25 working days), then the Ombudsman;
//   - psow-model: a council's corporate complaints procedure (the procedure
//     CorporateProcedure) under the Public Services Ombudsman for Wales's
//     model complaints-handling procedure (Public Services Ombudsman (Wales)
//     Act 2019 ss.36 to 38), from 7 December 2020: stage 1 informal
//     resolution (10 working days, with an acknowledgement in 5 as a
//     council's option), stage 2 formal investigation (20 working days),
//     complaints made within 6 months. Its timescales rest on councils'
//     published procedures (guidance), the model itself not having been
//     read.
//
// The regime is chosen by the procedure of the case (Case.Procedure) and
// its date of receipt; Table.RegimeFor answers for any procedure.
//
// Children's representations (SI 2005/3365, SI 2014/1795) are taken to
// follow the same timescales; their deadlines cite their own instruments,
// whose timescales were not read, and so mostly rest on an assumption
// (Rule.CitationFor). A complaint received before 1 April 2006 falls under
// no encoded regime and is an error.
//
// Which rules govern a stage requested on or after 1 August 2014 for a
// complaint received before it depends on a transitional provision that was
// not found. By default (KeepRegime) the complaint keeps the 2005 procedure
// for every stage; Engine.Transition can choose another reading of the
// regime table (RegimeInfo.Transitions), such as Stage2ByRequestDate;
// [Transitions] lists the readings and [ParseTransition] reads one a person
// named. Every deadline such a reading decides names it
// (Deadline.Transition).
//
// # Rules are data
//
// Every timescale is a [Rule] ([Rules]) with an id, its regime, the event that
// starts it, its period, its citation and its basis: regulation (the text
// was read, and says so), guidance (Welsh Government or other secondary
// source), practice (the annual report's own measure) or assumed (no source
// read confirms it). Each rule lists what was read for it (Rule.Sources,
// with the address and the date read) and says in a sentence what that
// says (Rule.Paraphrase). The engine holds no timescale of its own: a new
// regime is a new row of the regime table and its rules. RULES.md at the
// root of the module is generated from the table, and LAW.md lists every
// source with what it settles and what it leaves open. [Statutory] returns
// the table of the encoded regimes; [NewTable] makes another, as data only
// (a council's other procedures, a hypothetical regime in a test), for
// [Engine.Table].
//
// The fields of a [Case] are described once, by [Fields]: each one's name
// (its JSON key and case-file column), what it holds, the event it records,
// the stage it belongs to and the rules it is validated by. The case-file
// reader and writer, the validator and the engine all read that table, so
// that a new dated column is a row of it and a field of Case.
//
// # Evaluating a case
//
// A Case holds what is known of one complaint. [Engine.Evaluate] validates
// it (a [*ValidationError] lists every problem, each a [problem.Problem]
// with a stable code and a typed error for errors.As) and gives, for every
// rule that
// applies, a Deadline: the due date, the date done, the working days taken,
// in time or late against any agreed revised date, the status as of a date,
// the response-time band, and whether a provisional year is involved. A
// rule judged only in some cases (Rule.JudgedWhen: the written resolution,
// only where the matter was resolved locally) is otherwise reported with
// its due date and the status DeadlineNotJudged.
// [Engine.Explain] says how a due date was reached, naming every
// non-working day skipped. Counting follows the calendar package: the day
// of the starting event is never counted. Receipt on a non-working day is
// read literally by default; Engine.DeemNextWorkingDay deems it received on
// the next working day instead, as some councils do. A case is evaluated
// as known on the date of evaluation: events dated after it are set aside
// ([KnownOn], Assessment.SetAside), or refused with Engine.RefuseFuture.
// [Engine.Deadlines] answers the one-off question (the deadlines of a
// complaint received on a date) from a [Query], with no id or kind;
// [ParseQuery] reads a Query's JSON form strictly (each member once, in
// lower case, UTF-8), naming the member at fault in a [QueryError];
// [Schedule.AppendJSON] writes its answer as encoding/json would, without
// reflection, into a buffer the caller reuses.
//
// # Glossary
//
//   - regime: a procedure in force from a cutover date ([Regime],
//     [RegimeInfo]); a complaint keeps the regime of its receipt.
//   - procedure: what a record is handled under: the complaints procedure
//     or the children's representations procedure ([Procedure]).
//   - record: a row of a case file: a complaint, a comment or a
//     compliment ([RecordKind]).
//   - event: something that happens to a complaint on a date, recorded in
//     a field ([Event], [Field]).
//   - milestone: something the procedure requires by a deadline
//     ([Milestone]); a rule is met by an event.
//   - deadline: one rule applied to one case ([Deadline]); its status is a
//     [DeadlineStatus], prefixed Deadline (DeadlineInTime, DeadlineOverdue).
//   - case status: where a whole complaint stands ([CaseStatus]), prefixed
//     Case (CaseOpen, CaseResolvedStage1).
//   - finding: what was decided on one element of a complaint ([Finding]);
//     [Findings] counts them, and [Findings.Outcome] gives the complaint's.
//   - basis: how firmly a rule rests on the law ([Basis]): regulation,
//     guidance, practice or assumed.
//   - band: a range of working days taken, to tabulate responses ([Band]).
//   - set aside: an event dated after the date of evaluation, treated as
//     not yet happened.
package timescale
