package calendar_test

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/problem"
)

func TestParseWorkingDaysReadsAWholeNumber(t *testing.T) {
	tests := []struct {
		name string
		s    string
		want int
	}{
		{"a number of days", "17", 17},
		{"no days", "0", 0},
		{"days counted back", "-3", -3},
		{"a plus sign", "+2", 2},
		{"leading zeros", "005", 5},
	}
	for _, tt := range tests {
		t.Run(tt.name+" is read", func(t *testing.T) {
			n, err := calendar.ParseWorkingDays(tt.s)
			require.NoError(t, err)
			require.Equal(t, tt.want, n)
		})
	}
}

func TestParseWorkingDaysRefusesAnyOtherText(t *testing.T) {
	tests := []struct {
		name, s, message string
		tooLarge         bool
	}{
		{"the empty text is refused", "", `"" is not a whole number of working days`, false},
		{"a word is refused", "five", `"five" is not a whole number of working days`, false},
		{"a fraction is refused", "2.5", `"2.5" is not a whole number of working days`, false},
		{"a number with spaces is refused", " 5", `" 5" is not a whole number of working days`, false},
		{"a number too large to count with is refused as such", "99999999999999999999", `"99999999999999999999" is too large a number of working days`, true},
		{"a text of ten thousand characters is quoted in its first 80 and an ellipsis", strings.Repeat("x", 10000), `"` + strings.Repeat("x", 80) + `…" is not a whole number of working days`, false},
		{"a number of ten thousand digits is quoted in its first 80 and an ellipsis", strings.Repeat("9", 10000), `"` + strings.Repeat("9", 80) + `…" is too large a number of working days`, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := calendar.ParseWorkingDays(tt.s)
			var ne *calendar.NumberError
			require.ErrorAs(t, err, &ne)
			require.Equal(t, tt.s, ne.Input)
			require.Equal(t, tt.tooLarge, ne.TooLarge)
			require.Equal(t, problem.NotANumber, problem.CodeOf(err))
			require.Equal(t, tt.message, problem.Message(err))
			require.Equal(t, "calendar: "+tt.message, err.Error())
		})
	}
}

// FuzzParseWorkingDays checks that ParseWorkingDays reads what strconv.Atoi
// reads, and refuses anything else with a NumberError holding the text.
func FuzzParseWorkingDays(f *testing.F) {
	for _, s := range []string{"0", "5", "-3", "+2", "", "five", "1e3", "99999999999999999999", "٣"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := calendar.ParseWorkingDays(s)
		want, atoiErr := strconv.Atoi(s)
		if atoiErr == nil {
			if err != nil || n != want {
				t.Fatalf("ParseWorkingDays(%q) = %d, %v; want %d", s, n, err, want)
			}
			if back, err := calendar.ParseWorkingDays(strconv.Itoa(n)); err != nil || back != n {
				t.Fatalf("%d does not read back: %d, %v", n, back, err)
			}
			return
		}
		var ne *calendar.NumberError
		if !errors.As(err, &ne) || ne.Input != s || n != 0 || problem.CodeOf(err) != problem.NotANumber {
			t.Fatalf("ParseWorkingDays(%q) = %d, %v: want a NumberError", s, n, err)
		}
	})
}

func ExampleParseWorkingDays() {
	c := calendar.Wales()
	n, err := calendar.ParseWorkingDays("2") // the N of a request
	if err != nil {
		fmt.Println(problem.CodeOf(err), problem.Message(err))
		return
	}
	due, _ := c.AddWorkingDays(calendar.NewDate(2022, time.September, 15), n)
	fmt.Println(due)
	_, err = calendar.ParseWorkingDays("two")
	fmt.Println(problem.CodeOf(err), problem.Message(err))
	// Output:
	// 2022-09-20
	// not-a-number "two" is not a whole number of working days
}
