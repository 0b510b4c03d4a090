// Package timescale is the rules engine of the Welsh social services
// complaints procedures: which procedure a complaint falls under, every
// deadline it must meet, whether each was met, and how each due date was
// reached.
//
// # Regimes
//
// The regime of a complaint is fixed by the London date on which it was
// received, and stays fixed for every later stage (RegimeFor):
//
//   - wales-2005: The Social Services Complaints Procedure (Wales)
//     Regulations 2005 (SI 2005/3366), for complaints received from
//     1 April 2006 to 31 July 2014, with a stage 3 panel;
//   - wales-2014: The Social Services Complaints Procedure (Wales)
//     Regulations 2014 (SI 2014/1794), from 1 August 2014: stage 1 local
//     resolution (acknowledgement in 2 working days, discussion 10 working
//     days after it, written resolution 5 after that: 17 in all), stage 2
//     formal investigation (25 working days), then the Ombudsman.
//
// Children's representations (SI 2005/3365, SI 2014/1795) follow the same
// timescales. A complaint received before 1 April 2006 falls under no
// encoded regime and is an error.
//
// # Rules are data
//
// Every timescale is a Rule (Rules) with an id, its regime, the event that
// starts it, its period, its citation and its basis: regulation (the text
// was read), guidance (Welsh Government or other secondary source) or
// practice (the annual report's own measure). The engine holds no
// timescale of its own: a new regime is a new row of the regime table and
// its rules. RULES.md at the root of the module is generated from the table.
//
// # Evaluating a case
//
// A Case holds what is known of one complaint. Engine.Evaluate validates
// it (a *ValidationError lists every problem) and gives, for every rule that
// applies, a Deadline: the due date, the date done, the working days taken,
// in time or late against any agreed revised date, the status as of a date,
// the response-time band, and whether a provisional year is involved.
// Deadline.Explain says how the due date was reached, naming every
// non-working day skipped. Counting follows the calendar package: the day
// of the starting event is never counted. Receipt on a non-working day is
// read literally by default; Engine.DeemNextWorkingDay deems it received on
// the next working day instead, as some councils do.
package timescale
