package httpproblem_test

import (
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/lang"
	"github.com/cymru-complaints/statutory/problem/httpproblem"
)

// A handler returns the problem of a query parameter that is not a date,
// made from the library's error; the server writes it in the language the
// client asked for, and answers any other error with a 500.
func Example() {
	handler := func(w http.ResponseWriter, r *http.Request) error {
		from, err := calendar.ParseDate(r.URL.Query().Get("from"))
		if err != nil {
			return httpproblem.FromError("from", err)
		}
		_, err = fmt.Fprintln(w, from)
		return err
	}
	serve := func(w http.ResponseWriter, r *http.Request) {
		if err := handler(w, r); err != nil {
			var e *httpproblem.Error
			if !errors.As(err, &e) {
				e = httpproblem.New(http.StatusInternalServerError, "internal-error", "internal error")
			}
			e.In(lang.FromAcceptLanguage(r.Header.Get("Accept-Language"))).Write(w)
		}
	}

	r := httptest.NewRequest("GET", "/holidays?from=2014-02-30", nil)
	r.Header.Set("Accept-Language", "cy")
	w := httptest.NewRecorder()
	serve(w, r)
	fmt.Println(w.Code, w.Header().Get("Content-Type"))
	fmt.Print(w.Body)
	// Output:
	// 400 application/problem+json
	// {
	//   "type": "https://github.com/cymru-complaints/statutory/blob/main/docs/problems.md#not-a-date",
	//   "title": "The text is not a date in an accepted form (YYYY-MM-DD, or DD/MM/YYYY where dates are read from people).",
	//   "status": 400,
	//   "detail": "from: Rhowch ddyddiad dilys [en: cannot read \"2014-02-30\" as a date: no such day: February 2014 has 28 days]",
	//   "code": "not-a-date",
	//   "problems": [
	//     {
	//       "code": "not-a-date",
	//       "field": "from",
	//       "message": "Rhowch ddyddiad dilys [en: cannot read \"2014-02-30\" as a date: no such day: February 2014 has 28 days]"
	//     }
	//   ]
	// }
}
