package importer

import (
	"regexp"
	"strings"
)

// Some saved copies of reports keep a table row as its cells separated by
// " | ", with an empty cell where the report left it blank:
// "（四）无法提供 | 1.本机关不掌握相关政府信息 | 252 | 12 |  |  | 1 |  | ".
// pipeCells turns such a row into the form PDF text has, cells apart and
// each blank written "/", so that the tables are read the same way.

// figure is a cell holding a number as printed, perhaps with its unit.
var figure = regexp.MustCompile(`^-?[0-9][0-9.,]*(?:元|万元)?$`)

func pipeCells(l string) string {
	cells := strings.Split(l, "|")
	for i := range cells {
		cells[i] = strings.TrimSpace(cells[i])
	}
	// The data cells are those after the last label; a row of headings
	// has none, and its empty cells (a corner) stay empty.
	first := 0
	for i, c := range cells {
		if c != "" && !figure.MatchString(c) {
			first = i + 1
		}
	}
	if first == len(cells) {
		return strings.Join(nonEmpty(cells), "  ")
	}
	for i := first; i < len(cells); i++ {
		if cells[i] == "" {
			cells[i] = "/"
		}
	}
	return strings.Join(nonEmpty(cells), "  ")
}

func nonEmpty(cells []string) []string {
	var out []string
	for _, c := range cells {
		if c != "" {
			out = append(out, c)
		}
	}
	return out
}
