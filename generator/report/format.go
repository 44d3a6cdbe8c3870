package report

import "slices"

// A national format of the annual report (国办公开办函), as one
// descriptor: which report years it is for, how pages cite it, and what
// it prints differently. Every package asks here rather than comparing
// format values. Table 二 is the one table whose shape differs between
// formats; its rows are spelled in labels.go (2021) and labels2019.go,
// and read, shown and published by each package's active*.go for the
// format's ID.

// Format values of <year>.toml.
const (
	Format2021 = "2021"
	Format2019 = "2019"
)

// FormatSpec is one national format.
type FormatSpec struct {
	ID        string // format = "…" in <year>.toml
	Name      string // as pages and messages cite it
	Notice    string // the notice that fixed it
	FirstYear int    // the first report year it is for
	LastYear  int    // the last report year it is for; 0 while in force
	// SingleRowGroups are the result groups of table 三 the format
	// prints as one row: their sub-rows do not exist in it.
	SingleRowGroups []string
	// Note is said on the page of a report in this format; "" for the
	// format in force.
	Note string
	// Active are the rows of table 二 in printed order, each under its
	// 第二十条 item; Report.ActiveValues reads a report's cells of row i.
	Active []ActiveRow
}

// Formats are the national formats gongkai reads, the one in force first.
var Formats = []*FormatSpec{
	{ID: Format2021, Name: "2021年版格式（国办公开办函〔2021〕30号）", Notice: "国办公开办函〔2021〕30号", FirstYear: 2021,
		Active: activeRows2021},
	{ID: Format2019, Name: "2019年版格式（国办公开办函〔2019〕60号）", Notice: "国办公开办函〔2019〕60号", FirstYear: 2019, LastYear: 2020,
		SingleRowGroups: []string{"other"},
		Note:            "本报告按2019年版格式（国办公开办函〔2019〕60号）编制，表二与2021年起的格式不同。",
		Active:          append(ActiveRows2019[:len(ActiveRows2019):len(ActiveRows2019)], procurementRow)},
}

// FormatOf is the format with the given ID, or nil.
func FormatOf(id string) *FormatSpec {
	for _, f := range Formats {
		if f.ID == id {
			return f
		}
	}
	return nil
}

// FormatForYear is the format the reports on year follow, or nil for a
// year before every format.
func FormatForYear(year int) *FormatSpec {
	for _, f := range Formats {
		if f.For(year) {
			return f
		}
	}
	return nil
}

// For reports whether the format is the one for reports on year.
func (f *FormatSpec) For(year int) bool {
	return year >= f.FirstYear && (f.LastYear == 0 || year <= f.LastYear)
}

// FormatIDs lists the formats' IDs, the one in force first.
func FormatIDs() []string {
	ids := make([]string, len(Formats))
	for i, f := range Formats {
		ids[i] = f.ID
	}
	return ids
}

// FirstFormatYear is the first year any format is for: no report is
// older.
func FirstFormatYear() int {
	first := Formats[0].FirstYear
	for _, f := range Formats {
		first = min(first, f.FirstYear)
	}
	return first
}

// FormatName is the printed name of a format value.
func FormatName(id string) string {
	if f := FormatOf(id); f != nil {
		return f.Name
	}
	return Formats[0].Name
}

// SingleRowGroup reports whether the format prints the group as one row.
func SingleRowGroup(format, group string) bool {
	f := FormatOf(format)
	return f != nil && slices.Contains(f.SingleRowGroups, group)
}
