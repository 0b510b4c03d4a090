package calendar_test

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/cymru-complaints/statutory/calendar"
)

func TestLoadHolidayFile(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "proclaimed.csv")
	if err := os.WriteFile(good, []byte("date,title\n2031-06-16,Bank holiday for a royal wedding\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(dir, "bad.csv")
	if err := os.WriteFile(bad, []byte("date,title\n2031-13-01,No such month\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		path    string
		wantErr any // nil, or a pointer to the type of error wanted
	}{
		{"a file read from disk is named by its path", good, nil},
		{"a file that does not exist is the *os.PathError of opening it", filepath.Join(dir, "missing.csv"), new(*os.PathError)},
		{"a file with a bad day is a *HolidayFileError", bad, new(*calendar.HolidayFileError)},
		{"a directory, opened but not read, is a *HolidayFileError", dir, new(*calendar.HolidayFileError)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hf, err := calendar.LoadHolidayFile(tt.path)
			if tt.wantErr != nil {
				if hf != nil || !errors.As(err, tt.wantErr) {
					t.Fatalf("LoadHolidayFile(%s) = %v, %v; want no file and a %T", tt.path, hf, err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			want := calendar.FileDay{Date: calendar.NewDate(2031, time.June, 16), Title: "Bank holiday for a royal wedding", Line: 2}
			if hf.Name != tt.path || hf.Format != calendar.HolidayCSV || len(hf.Days) != 1 || hf.Days[0] != want {
				t.Errorf("LoadHolidayFile(%s) = %+v; want the file named by its path with the day %+v", tt.path, hf, want)
			}
		})
	}
}
