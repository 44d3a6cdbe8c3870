package report

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Severity tells whether a finding stops the build.
type Severity int

const (
	// Error fails `check` and `build` unless acknowledged.
	Error Severity = iota
	// Note is information: a rule that could not be assessed because the
	// report left a cell blank, or a gap between years.
	Note
)

// Finding is one breach of a rule (or a note), located precisely enough
// for an editor to jump to it.
type Finding struct {
	File     string
	Line     int
	Rule     string // stable id, e.g. "row-total"; used by acknowledgements
	Row      string // row path the finding concerns, e.g. "appeals.review"
	Message  string // in Chinese, naming row and column labels, expected and found
	Severity Severity

	// Acknowledged is set when the report acknowledges the finding as
	// printed; AckNote is then the acknowledgement's note.
	Acknowledged bool
	AckNote      string
}

// String formats the finding as `file:line: [rule] message`, the form
// editors and CI parse.
func (f Finding) String() string {
	var b strings.Builder
	b.WriteString(f.File)
	if f.Line > 0 {
		fmt.Fprintf(&b, ":%d", f.Line)
	}
	b.WriteString(": ")
	switch {
	case f.Acknowledged:
		b.WriteString("acknowledged: ")
	case f.Severity == Note:
		b.WriteString("note: ")
	}
	fmt.Fprintf(&b, "[%s] %s", f.Rule, ClipMessage(f.Message))
	return b.String()
}

// MaxMessage bounds a printed message, in characters: a message quoting
// a value of a hostile file must not be a line of megabytes.
const MaxMessage = 400

// ClipMessage shortens a message past MaxMessage characters.
func ClipMessage(m string) string {
	if len(m) <= MaxMessage || utf8.RuneCountInString(m) <= MaxMessage {
		return m
	}
	r := []rune(m)
	return string(r[:MaxMessage]) + "…（消息过长，已截断）"
}

// Blocking reports whether the finding stops a build.
func (f Finding) Blocking() bool { return f.Severity == Error && !f.Acknowledged }

// Blocking reports whether any finding stops a build.
func Blocking(fs []Finding) bool {
	for _, f := range fs {
		if f.Blocking() {
			return true
		}
	}
	return false
}
