package page

import (
	"html/template"
	"io"
	"strconv"

	"github.com/cymru-complaints/statutory/lang"
)

// A Refusal says why an address cannot be answered with a page: its query
// is too long (Limit, the most bytes taken), gives a parameter more than
// once (Name), or cannot be read.
type Refusal struct {
	TooLong    bool
	Limit      int
	Repeated   string
	Unreadable bool
	// Home is the address of the page to start again from.
	Home string
}

// WriteRefusal writes the page that refuses an address, in t: what is
// wrong with it, in words, and a link to start again.
func WriteRefusal(w io.Writer, t lang.Tag, r Refusal) error {
	wd := newWords(t)
	var msg template.HTML
	switch {
	case r.TooLong:
		n := strconv.Itoa(r.Limit)
		msg = wd.sayf("page.query-too-long", "The address is too long: a page takes at most "+n+" characters after the question mark.", n)
	case r.Repeated != "":
		msg = wd.sayf("page.query-repeated", "The address gives "+r.Repeated+" more than once: give each value once.", r.Repeated)
	default:
		msg = wd.say("page.query-unreadable", "The address cannot be read.")
	}
	return refusalTemplate.Execute(w, struct {
		Lang, Title string
		Heading     template.HTML
		Message     template.HTML
		Home        string
		Again       template.HTML
	}{wd.htmlLang(), lang.Say(t, "page.bad-request", "This address cannot be answered"), wd.say("page.bad-request", "This address cannot be answered"),
		msg, r.Home, wd.say("page.start-again", "Start again")})
}

var refusalTemplate = template.Must(template.New("refusal").Funcs(funcs).Parse(`<!DOCTYPE html>
<html lang="{{.Lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}}</title>
<style>{{style}}</style>
</head>
<body>
<div class="page">
<main id="main">
<h1>{{.Heading}}</h1>
<p id="refusal">{{.Message}}</p>
<p><a href="{{.Home}}">{{.Again}}</a></p>
</main>
</div>
</body>
</html>
`))
