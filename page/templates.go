package page

import (
	_ "embed"
	"html/template"
	"regexp"
	"strings"
)

//go:embed calculator.tmpl
var calculatorText string

//go:embed report.tmpl
var reportText string

var funcs = template.FuncMap{
	"style": func() template.CSS { return style },
	"plain": plain,
}

var (
	calculatorTemplate = template.Must(template.New("calculator").Funcs(funcs).Parse(calculatorText))
	reportTemplate     = template.Must(template.New("report").Funcs(funcs).Parse(reportText))
)

var tags = regexp.MustCompile(`<[^>]*>`)

// plain returns the text of h, HTML written by this package, without its
// tags: for an attribute such as title.
func plain(h template.HTML) string {
	s := tags.ReplaceAllString(string(h), "")
	return strings.NewReplacer("&amp;", "&", "&lt;", "<", "&gt;", ">", "&#34;", `"`, "&#39;", "'", "&quot;", `"`).Replace(s)
}
