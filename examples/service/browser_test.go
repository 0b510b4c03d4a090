package main

// Tests of the pages in a real browser: headless Chromium, driven over
// the Chrome DevTools Protocol through a pipe (--remote-debugging-pipe),
// with the standard library alone, and the axe-core accessibility engine
// run in each page.
//
// The tests skip in -short mode, and when Chromium or axe-core is not
// installed, unless STATUTORY_BROWSER_TESTS=1 (as .ci/run sets it), when
// they fail instead. Chromium is Debian's package (apt-get install
// chromium; STATUTORY_CHROMIUM names another binary); axe-core is npm's
// package, installed into testdata/axe by
//
//	npm install --no-save --prefix examples/service/testdata/axe axe-core@4.14.1
//
// (STATUTORY_AXE names another axe.min.js). Screenshots are written to
// the directory STATUTORY_SCREENSHOTS names, else to the test's output
// directory (-test.outputdir), else to a temporary directory; the README's
// are made with
//
//	STATUTORY_SCREENSHOTS=$PWD/docs/screenshots go test -run Browser ./examples/service

import (
	"bufio"
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// browserTestsRequired reports whether the browser tests must run, as in CI.
func browserTestsRequired() bool { return os.Getenv("STATUTORY_BROWSER_TESTS") == "1" }

// skipOrFail skips the test, or fails it when the browser tests must run.
func skipOrFail(t *testing.T, format string, args ...any) {
	t.Helper()
	if browserTestsRequired() {
		t.Fatalf(format+" (STATUTORY_BROWSER_TESTS=1: the browser tests must run)", args...)
	}
	t.Skipf(format, args...)
}

// A browser is a headless Chromium driven over a pipe.
type browser struct {
	cmd     *exec.Cmd
	in      io.WriteCloser // Chromium's fd 3
	mu      sync.Mutex
	nextID  int
	waiting map[int]chan cdpMessage
	events  chan cdpMessage
	done    chan struct{}
	session string
}

// A cdpMessage is a message of the DevTools protocol: a reply (ID) or an
// event (Method).
type cdpMessage struct {
	ID        int             `json:"id,omitempty"`
	Method    string          `json:"method,omitempty"`
	SessionID string          `json:"sessionId,omitempty"`
	Params    json.RawMessage `json:"params,omitempty"`
	Result    json.RawMessage `json:"result,omitempty"`
	Error     *struct {
		Message string `json:"message"`
	} `json:"error,omitempty"`
}

// startBrowser starts Chromium with a fresh profile, opens a page and
// attaches to it.
func startBrowser(t *testing.T) *browser {
	t.Helper()
	if testing.Short() {
		skipOrFail(t, "the browser tests are skipped in -short mode")
	}
	bin := os.Getenv("STATUTORY_CHROMIUM")
	if bin == "" {
		bin = "chromium"
	}
	path, err := exec.LookPath(bin)
	if err != nil {
		skipOrFail(t, "no Chromium (%s): apt-get install chromium", bin)
	}
	toChrome, ourEnd, err := os.Pipe()
	require.NoError(t, err)
	fromChrome, chromeEnd, err := os.Pipe()
	require.NoError(t, err)
	cmd := exec.Command(path, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
		"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
		"--disable-dev-shm-usage", "--hide-scrollbars", "--user-data-dir="+t.TempDir(), "--remote-debugging-pipe", "about:blank")
	cmd.ExtraFiles = []*os.File{toChrome, chromeEnd} // fds 3 and 4
	stderr := new(syncBuffer)                        // Chromium writes it while the test may read it
	cmd.Stderr = stderr
	require.NoError(t, cmd.Start())
	toChrome.Close()
	chromeEnd.Close()
	b := &browser{cmd: cmd, in: ourEnd, waiting: map[int]chan cdpMessage{}, events: make(chan cdpMessage, 1024), done: make(chan struct{})}
	go b.read(fromChrome)
	t.Cleanup(func() {
		b.in.Close()
		cmd.Process.Kill()
		cmd.Wait()
	})
	var target struct {
		TargetID string `json:"targetId"`
	}
	require.NoError(t, b.call("", "Target.createTarget", map[string]any{"url": "about:blank"}, &target), "chromium: %s", stderr.String())
	var att struct {
		SessionID string `json:"sessionId"`
	}
	require.NoError(t, b.call("", "Target.attachToTarget", map[string]any{"targetId": target.TargetID, "flatten": true}, &att))
	b.session = att.SessionID
	require.NoError(t, b.call(b.session, "Page.enable", nil, nil))
	require.NoError(t, b.call(b.session, "Emulation.setDeviceMetricsOverride", map[string]any{"width": 1000, "height": 800, "deviceScaleFactor": 1, "mobile": false}, nil))
	return b
}

// read reads the messages Chromium writes, each ended by a NUL byte.
func (b *browser) read(r io.Reader) {
	defer close(b.done)
	s := bufio.NewScanner(r)
	s.Buffer(make([]byte, 1<<20), 256<<20)
	s.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		if i := bytes.IndexByte(data, 0); i >= 0 {
			return i + 1, data[:i], nil
		}
		if atEOF && len(data) > 0 {
			return len(data), data, nil
		}
		return 0, nil, nil
	})
	for s.Scan() {
		var m cdpMessage
		if json.Unmarshal(s.Bytes(), &m) != nil {
			continue
		}
		if m.ID != 0 {
			b.mu.Lock()
			ch := b.waiting[m.ID]
			delete(b.waiting, m.ID)
			b.mu.Unlock()
			if ch != nil {
				ch <- m
			}
			continue
		}
		select {
		case b.events <- m:
		default: // nobody waits for it
		}
	}
}

// call sends a command and decodes its result into result (unless nil).
func (b *browser) call(session, method string, params any, result any) error {
	b.mu.Lock()
	b.nextID++
	id := b.nextID
	ch := make(chan cdpMessage, 1)
	b.waiting[id] = ch
	b.mu.Unlock()
	msg := map[string]any{"id": id, "method": method}
	if params != nil {
		msg["params"] = params
	}
	if session != "" {
		msg["sessionId"] = session
	}
	data, err := json.Marshal(msg)
	if err != nil {
		return err
	}
	if _, err := b.in.Write(append(data, 0)); err != nil {
		return err
	}
	select {
	case m := <-ch:
		if m.Error != nil {
			return fmt.Errorf("%s: %s", method, m.Error.Message)
		}
		if result != nil {
			return json.Unmarshal(m.Result, result)
		}
		return nil
	case <-b.done:
		return errors.New(method + ": the browser has gone")
	case <-time.After(60 * time.Second):
		return errors.New(method + ": no answer in 60 s")
	}
}

// navigate loads url and waits for its load event.
func (b *browser) navigate(t *testing.T, url string) {
	t.Helper()
	for len(b.events) > 0 {
		<-b.events
	}
	var nav struct {
		ErrorText string `json:"errorText"`
	}
	require.NoError(t, b.call(b.session, "Page.navigate", map[string]any{"url": url}, &nav))
	require.Empty(t, nav.ErrorText, url)
	b.waitLoad(t)
}

// waitLoad waits for the page's load event.
func (b *browser) waitLoad(t *testing.T) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	for {
		select {
		case m := <-b.events:
			if m.Method == "Page.loadEventFired" {
				return
			}
		case <-ctx.Done():
			t.Fatal("the page did not load in 30 s")
		}
	}
}

// eval evaluates a JavaScript expression in the page (awaiting a promise)
// and decodes its value into v.
func (b *browser) eval(t *testing.T, expr string, v any) {
	t.Helper()
	var res struct {
		Result struct {
			Value json.RawMessage `json:"value"`
		} `json:"result"`
		ExceptionDetails *struct {
			Text      string `json:"text"`
			Exception struct {
				Description string `json:"description"`
			} `json:"exception"`
		} `json:"exceptionDetails"`
	}
	require.NoError(t, b.call(b.session, "Runtime.evaluate", map[string]any{"expression": expr, "awaitPromise": true, "returnByValue": true}, &res))
	if res.ExceptionDetails != nil {
		t.Fatalf("%s: %s %s", expr[:min(len(expr), 80)], res.ExceptionDetails.Text, res.ExceptionDetails.Exception.Description)
	}
	if v != nil {
		require.NoError(t, json.Unmarshal(res.Result.Value, v), "%s", res.Result.Value)
	}
}

// screenshot saves the whole page as a PNG file called name.
func (b *browser) screenshot(t *testing.T, name string) string {
	t.Helper()
	var size struct {
		Width  float64 `json:"width"`
		Height float64 `json:"height"`
	}
	b.eval(t, `({width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight})`, &size)
	var shot struct {
		Data string `json:"data"`
	}
	require.NoError(t, b.call(b.session, "Page.captureScreenshot", map[string]any{"format": "png", "captureBeyondViewport": true,
		"clip": map[string]any{"x": 0, "y": 0, "width": size.Width, "height": size.Height, "scale": 1}}, &shot))
	png, err := base64.StdEncoding.DecodeString(shot.Data)
	require.NoError(t, err)
	path := filepath.Join(screenshotDir(t), name)
	require.NoError(t, os.WriteFile(path, png, 0o644))
	t.Logf("screenshot: %s", path)
	return path
}

// screenshotDir returns the directory screenshots are written to.
func screenshotDir(t *testing.T) string {
	if d := os.Getenv("STATUTORY_SCREENSHOTS"); d != "" {
		require.NoError(t, os.MkdirAll(d, 0o755))
		return d
	}
	if f := flag.Lookup("test.outputdir"); f != nil && f.Value.String() != "" {
		return f.Value.String()
	}
	return t.TempDir()
}

// axeSource returns the text of axe-core's axe.min.js.
func axeSource(t *testing.T) string {
	t.Helper()
	path := os.Getenv("STATUTORY_AXE")
	if path == "" {
		path = filepath.Join("testdata", "axe", "node_modules", "axe-core", "axe.min.js")
	}
	b, err := os.ReadFile(path)
	if err != nil {
		skipOrFail(t, "no axe-core at %s: npm install --no-save --prefix examples/service/testdata/axe axe-core@4.14.1", path)
	}
	return string(b)
}

// An axeViolation is one rule of axe-core a page breaks.
type axeViolation struct {
	ID     string   `json:"id"`
	Impact string   `json:"impact"`
	Help   string   `json:"help"`
	Nodes  []string `json:"nodes"`
}

// checkAccessible runs axe-core in the page at the WCAG 2.2 A and AA
// levels (and those of 2.0 and 2.1 that 2.2 keeps) and fails for any
// violation.
func (b *browser) checkAccessible(t *testing.T, axe string) {
	t.Helper()
	b.eval(t, axe+"\n;true", nil)
	var violations []axeViolation
	b.eval(t, `axe.run(document, {runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]}})
		.then(r => r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map(n => n.target.join(" ") + ": " + n.failureSummary)})))`, &violations)
	for _, v := range violations {
		t.Errorf("axe-core: %s (%s): %s\n  %s", v.ID, v.Impact, v.Help, strings.Join(v.Nodes, "\n  "))
	}
	var passes int
	b.eval(t, `axe.run(document, {runOnly: {type: "tag", values: ["wcag2a", "wcag2aa"]}}).then(r => r.passes.length)`, &passes)
	require.Greater(t, passes, 10, "axe-core ran its rules")
}

func TestBrowserCalculator(t *testing.T) {
	b := startBrowser(t)
	axe := axeSource(t)
	// Today is Friday 16 September 2022, the day after receipt.
	srv := httptest.NewServer(newServer(config{Now: func() time.Time { return time.Date(2022, 9, 16, 12, 0, 0, 0, time.UTC) }}))
	defer srv.Close()

	b.navigate(t, srv.URL+"/?received=2022-09-15")
	var cell struct {
		Class, Text, Background string
	}
	b.eval(t, `(() => { const c = document.querySelector('#d1 td[data-date="2022-09-19"]');
		return {class: c.className, text: c.textContent, background: getComputedStyle(c).backgroundImage}; })()`, &cell)
	require.Equal(t, "skipped", cell.Class, "Monday 19 September is not counted")
	require.Contains(t, cell.Text, "State Funeral of Queen Elizabeth II", "and the calendar says why")
	require.Contains(t, cell.Background, "repeating-linear-gradient", "it is shaded")
	var ack struct{ Due, DueCell string }
	b.eval(t, `(() => ({due: document.querySelector('#deadlines tbody tr td').textContent,
		dueCell: document.querySelector('#d1 td.due').dataset.date}))()`, &ack)
	require.Equal(t, "Tue 20 Sep 2022", ack.Due, "the acknowledgement is due on Tuesday 20 September")
	require.Equal(t, "2022-09-20", ack.DueCell, "and its calendar rings that day")
	b.screenshot(t, "calculator.png")
	b.checkAccessible(t, axe)

	// A bad date, typed and submitted: the message is beside the field,
	// and the form keeps what was typed.
	b.eval(t, `document.getElementById('f-received').value = '31/02/2022'; document.querySelector('form button').click(); true`, nil)
	b.waitLoad(t)
	var bad struct {
		URL, Message, Value, Described string
		Inside                         bool
	}
	b.eval(t, `(() => { const m = document.getElementById('f-received-error'), i = document.getElementById('f-received');
		return {url: location.search, message: m.textContent, value: i.value, described: i.getAttribute('aria-describedby'),
		inside: document.getElementById('field-received').contains(m)}; })()`, &bad)
	require.Contains(t, bad.URL, "received=31%2F02%2F2022", "the form is submitted with GET: the address can be shared")
	require.Contains(t, bad.Message, "Enter a real date")
	require.True(t, bad.Inside, "the message is beside its field")
	require.Equal(t, "31/02/2022", bad.Value)
	require.Contains(t, bad.Described, "f-received-error")
	b.screenshot(t, "calculator-error.png")
	b.checkAccessible(t, axe)

	for _, l := range []string{"cy", "cy%2Ben"} {
		b.navigate(t, srv.URL+"/?received=2022-09-15&lang="+l)
		var lang string
		b.eval(t, `document.documentElement.lang`, &lang)
		require.Equal(t, "cy", lang)
		b.screenshot(t, "calculator-"+strings.ReplaceAll(l, "%2B", "+")+".png")
		b.checkAccessible(t, axe)
		b.navigate(t, srv.URL+"/?received=2022-02-30&lang="+l)
		b.checkAccessible(t, axe)
	}
}

func TestBrowserReport(t *testing.T) {
	b := startBrowser(t)
	axe := axeSource(t)
	h := testServer(t)
	for _, l := range []string{"en", "cy", "cy+en"} {
		t.Run(l, func(t *testing.T) {
			got := do(t, h, req{method: "POST", target: "/v1/report?year=2014-2015&as_of=2015-12-31&format=html&lang=" + strings.ReplaceAll(l, "+", "%2B"), body: sample(t)})
			require.Equal(t, 200, got.Status)
			path := filepath.Join(t.TempDir(), "report.html")
			require.NoError(t, os.WriteFile(path, []byte(got.Body), 0o644))
			b.navigate(t, "file://"+path)
			var charts []struct {
				Title, Table string
				Rows         int
			}
			b.eval(t, `Array.from(document.querySelectorAll('svg')).map(s => {
				const title = (s.getAttribute('aria-labelledby') || '').split(' ').map(id => document.getElementById(id)).filter(Boolean).map(e => e.textContent).join(' ');
				const table = document.getElementById(s.getAttribute('aria-describedby') || '');
				return {title: title, table: table ? table.tagName : '', rows: table ? table.tBodies[0].rows.length : 0}; })`, &charts)
			want := 4
			if l == "cy+en" {
				want = 8
			}
			require.Len(t, charts, want)
			for _, c := range charts {
				require.NotEmpty(t, c.Title, "every chart has a title")
				require.Equal(t, "TABLE", c.Table, "every chart has the table it draws as its text alternative")
				require.Positive(t, c.Rows)
			}
			var requests int
			b.eval(t, `performance.getEntriesByType('resource').length`, &requests)
			require.Zero(t, requests, "the report makes no request of its own")
			b.screenshot(t, "report-"+l+".png")
			b.checkAccessible(t, axe)
		})
	}
}
