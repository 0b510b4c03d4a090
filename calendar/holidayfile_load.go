package calendar

import "os"

// LoadHolidayFile reads the holiday file at path, as [ReadHolidayFile]
// reads one, naming it path in errors and in the Source of its days. A
// file that cannot be opened is the *os.PathError of [os.Open], so that a
// caller can say so in its own words; any other fault, including one
// reading the file once opened (a directory, say), is a *HolidayFileError.
func LoadHolidayFile(path string) (*HolidayFile, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ReadHolidayFile(path, f)
}
