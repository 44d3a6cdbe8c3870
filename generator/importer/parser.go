package importer

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gongkai/gongkai/generator/report"
)

// Problem is one thing in the input the importer could not read with
// certainty: where it is, and what was expected, found and to be done.
type Problem struct {
	Line int
	Msg  string
	// Row is the row whose cells the problem leaves unresolved; with
	// --draft the report is written with those cells marked "?". Empty
	// for a problem no draft can stand in for (no title, no text).
	Row string
}

// Error is an input the importer cannot import: every problem found in
// it, in the order of the input.
type Error struct {
	File     string
	Problems []Problem
	// Draftable is set when --draft would write the report anyway, every
	// problem being a cell or row a person can fill in.
	Draftable bool
}

func (e *Error) Error() string {
	var lines []string
	for _, p := range e.Problems {
		lines = append(lines, p.locate(e.File))
	}
	if e.Draftable {
		lines = append(lines, "核对原文后可用 --cells 指定切分；或加 --draft 先写入报告，无法确定的单元格记为 \"?\"，由人工填写后再发布")
	}
	return strings.Join(lines, "\n")
}

// First is the first problem, for a one-line summary.
func (e *Error) First() string {
	if len(e.Problems) == 0 {
		return ""
	}
	return e.Problems[0].locate(e.File)
}

// locate prints the problem as file:line: message, the message clipped:
// a problem quoting a megabyte-long line of the input must not print it.
func (p Problem) locate(file string) string {
	msg := report.ClipMessage(p.Msg)
	switch {
	case file != "" && p.Line > 0:
		return fmt.Sprintf("%s:%d: %s", file, p.Line, msg)
	case file != "":
		return file + ": " + msg
	}
	return msg
}

// parser reads the report out of the linearized document.
type parser struct {
	d     *doc
	f     flat
	opt   Options
	r     *report.Report
	refs  []run // the runs of the table being read, whose columns place blank cells
	notes []string
	probs []Problem
	// read is, per table, the flat index after the last figure read: the
	// table ends there, and the prose goes on.
	read map[string]int
}

// consumed records that a table's figures were read up to end.
func (p *parser) consumed(table string, end int) {
	if p.read == nil {
		p.read = map[string]int{}
	}
	p.read[table] = max(p.read[table], end)
}

// tableSpans are the tables as read: from their header to their last
// figure.
func (p *parser) tableSpans(t tables) []span {
	var out []span
	for _, tb := range []struct {
		name string
		s    span
	}{{"active", t.active}, {"applications", t.applications}, {"appeals", t.appeals}} {
		if tb.s.found() {
			out = append(out, span{tb.s.a, max(tb.s.a, min(tb.s.b, p.read[tb.name]))})
		}
	}
	return out
}

// problem records a problem at flat index at; row names the row it
// leaves unread ("" when no draft can stand in).
func (p *parser) problem(at int, row, format string, args ...any) {
	p.probs = append(p.probs, Problem{Line: p.f.lineAt(at), Msg: fmt.Sprintf(format, args...), Row: row})
}

func (p *parser) note(format string, args ...any) {
	p.notes = append(p.notes, fmt.Sprintf(format, args...))
}

// result decides what the problems mean: none, the import stands; only
// problems of cells with --draft, the report is written with those
// cells unresolved; otherwise an Error listing them all.
func (p *parser) failed() *Error {
	if len(p.probs) == 0 {
		return nil
	}
	sort.SliceStable(p.probs, func(i, j int) bool { return p.probs[i].Line < p.probs[j].Line })
	draftable := true
	for _, pr := range p.probs {
		if pr.Row == "" {
			draftable = false
		}
	}
	if draftable && p.opt.Draft {
		return nil
	}
	return &Error{File: p.opt.Name, Problems: p.probs, Draftable: draftable}
}

// unresolvedCells is a row of n cells none of which could be read.
func unresolvedCells(n int) []report.Cell {
	cells := make([]report.Cell, n)
	for i := range cells {
		cells[i] = report.Cell{Blank: true, Unresolved: true}
	}
	return cells
}

// merge keeps the cells every reading agrees on and marks the others
// unresolved: of "640020470" read two ways only the cells that differ
// are left to a person.
func merge(cands [][]report.Cell) []report.Cell {
	out := append([]report.Cell(nil), cands[0]...)
	for _, c := range cands[1:] {
		for i := range out {
			if i < len(c) && c[i] != out[i] {
				out[i] = report.Cell{Blank: true, Unresolved: true}
			}
		}
	}
	return out
}
