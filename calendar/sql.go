package calendar

import (
	"database/sql/driver"
	"fmt"
	"time"
)

// Scan implements [database/sql.Scanner], so that a Date can be read from
// a database column:
//
//   - NULL (nil) gives the zero Date, the library's "no date";
//   - a time.Time gives its date in its own location (DateOnly), which is
//     what drivers return for a DATE column (midnight, often in UTC);
//   - a string or []byte must be an ISO date, YYYY-MM-DD (ParseDate); any
//     other text is a *ParseError.
//
// Any other type is a *ScanError. On error d is unchanged.
func (d *Date) Scan(src any) error {
	switch v := src.(type) {
	case nil:
		*d = Date{}
	case time.Time:
		*d = DateOnly(v)
	case string:
		p, err := ParseDate(v)
		if err != nil {
			return err
		}
		*d = p
	case []byte:
		p, err := ParseDate(string(v))
		if err != nil {
			return err
		}
		*d = p
	default:
		return &ScanError{Type: fmt.Sprintf("%T", src)}
	}
	return nil
}

// Value implements [database/sql/driver.Valuer], so that a Date can be
// written to a database column: the zero Date is NULL (nil), and any other
// date its ISO form, "YYYY-MM-DD", which every SQL database reads as a
// date. An invalid date is a *DateError.
func (d Date) Value() (driver.Value, error) {
	if d.IsZero() {
		return nil, nil
	}
	if !d.IsValid() {
		return nil, &DateError{Date: d}
	}
	return d.String(), nil
}
