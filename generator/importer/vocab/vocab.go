// Package vocab is the importer's vocabulary: the ways published reports
// word what the national format names, kept as data in vocab.toml beside
// the official labels of the report package. A variant seen in a new
// report is one line there. The package also holds the comparison the
// importer uses for all of it: wording compared without spaces,
// numbering and the difference between full- and half-width forms, and
// by shared character pairs, so that a character lost or misread does
// not stop a match.
package vocab

import (
	_ "embed"
	"fmt"
	"regexp"
	"strings"

	"github.com/BurntSushi/toml"

	"github.com/gongkai/gongkai/generator/report"
)

//go:embed vocab.toml
var data string

// Vocab is the vocabulary.
type Vocab struct {
	Titles          []string
	TitleNoise      []string
	TitleFollowers  []string
	SectionPrefixes []string
	// Sections are the six official sections in order, with the wordings
	// that map to each.
	Sections []Section
	// Anchors are the header words that find each table, by "active",
	// "applications", "appeals"; Near are words of its header that prose
	// uses too, counted only close before the table's first row.
	Anchors map[string][]string
	Near    map[string][]string
	// Rows are the labels of every row, official label first, by row
	// path ("applications.new", "active.fees", "appeals.review").
	Rows       map[string][]string
	Blank      []string
	Units      []string
	Notes      []string
	MadeUp     []*regexp.Regexp
	Published  []string
	Ignored    []string
	confusable map[rune]map[rune]bool
}

// Section is one official section and its wordings.
type Section struct {
	report.Section
	Headings []string // the official title first
	Topics   []string // parts the national format puts in this section
	Keywords []string // words that give away a sub-heading of this section
}

// file is vocab.toml as written.
type file struct {
	Titles         []string `toml:"titles"`
	TitleNoise     []string `toml:"title_noise"`
	TitleFollowers []string `toml:"title_followers"`
	// Sections is read by hand: "prefixes" and the sections share it.
	Sections map[string]any `toml:"sections"`
	Tables   map[string]struct {
		Anchors []string `toml:"anchors"`
		Near    []string `toml:"near"`
	} `toml:"tables"`
	Rows  map[string][]string `toml:"rows"`
	Cells struct {
		Blank  []string `toml:"blank"`
		Units  []string `toml:"units"`
		Notes  []string `toml:"notes"`
		MadeUp []string `toml:"made_up_headers"`
	} `toml:"cells"`
	Dates struct {
		Published []string `toml:"published"`
		Ignored   []string `toml:"ignored"`
	} `toml:"dates"`
	OCR struct {
		Confusables [][]string `toml:"confusables"`
	} `toml:"ocr"`
}

// Default is the vocabulary of vocab.toml.
var Default = mustParse(data)

func mustParse(src string) *Vocab {
	v, err := Parse(src)
	if err != nil {
		panic("vocab.toml: " + err.Error()) // embedded: TestVocabulary guards it
	}
	return v
}

// Parse reads a vocabulary, checking that every section, table and row
// it names exists in the national format.
func Parse(src string) (*Vocab, error) {
	var f file
	md, err := toml.Decode(src, &f)
	if err != nil {
		return nil, err
	}
	for _, k := range md.Undecoded() {
		if k[0] != "sections" { // read by hand below
			return nil, fmt.Errorf("未知的键 %q", k.String())
		}
	}
	v := &Vocab{
		Titles: f.Titles, TitleNoise: f.TitleNoise, TitleFollowers: f.TitleFollowers,
		Anchors: map[string][]string{}, Near: map[string][]string{}, Rows: officialRows(),
		Blank: f.Cells.Blank, Units: f.Cells.Units, Notes: f.Cells.Notes,
		Published: f.Dates.Published, Ignored: f.Dates.Ignored,
		confusable: map[rune]map[rune]bool{},
	}
	sections := f.Sections
	for k, val := range sections {
		switch k {
		case "prefixes":
			v.SectionPrefixes = strs(val)
		default:
			if sectionIndex(k) < 0 {
				return nil, fmt.Errorf("[sections.%s]：没有这个部分（应为 %s）", k, sectionIDs())
			}
		}
	}
	for _, s := range report.Sections {
		sec := Section{Section: s, Headings: []string{s.Title}}
		if m, ok := sections[s.ID].(map[string]any); ok {
			for key := range m {
				if key != "headings" && key != "topics" && key != "keywords" {
					return nil, fmt.Errorf("[sections.%s]：未知的键 %q", s.ID, key)
				}
			}
			sec.Headings = append(sec.Headings, strs(m["headings"])...)
			sec.Topics = strs(m["topics"])
			sec.Keywords = strs(m["keywords"])
		}
		v.Sections = append(v.Sections, sec)
	}
	for name, t := range f.Tables {
		if name != "active" && name != "applications" && name != "appeals" {
			return nil, fmt.Errorf("[tables.%s]：没有这张表（应为 active、applications、appeals）", name)
		}
		v.Anchors[name], v.Near[name] = t.Anchors, t.Near
	}
	for path, variants := range f.Rows {
		if _, ok := v.Rows[path]; !ok {
			return nil, fmt.Errorf("[rows] %q：没有这一行（行的编号见 docs/content-format.md）", path)
		}
		v.Rows[path] = append(v.Rows[path], variants...)
	}
	for _, p := range f.Cells.MadeUp {
		re, err := regexp.Compile(p)
		if err != nil {
			return nil, fmt.Errorf("made_up_headers %q：%v", p, err)
		}
		v.MadeUp = append(v.MadeUp, re)
	}
	for _, pair := range f.OCR.Confusables {
		if len(pair) != 2 || len([]rune(pair[0])) != 1 || len([]rune(pair[1])) != 1 {
			return nil, fmt.Errorf("confusables：%q 应为两个单字", pair)
		}
		a, b := []rune(pair[0])[0], []rune(pair[1])[0]
		for _, x := range [][2]rune{{a, b}, {b, a}} {
			if v.confusable[x[0]] == nil {
				v.confusable[x[0]] = map[rune]bool{}
			}
			v.confusable[x[0]][x[1]] = true
		}
	}
	return v, nil
}

func strs(v any) []string {
	list, _ := v.([]any)
	var out []string
	for _, x := range list {
		if s, ok := x.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

func sectionIndex(id string) int {
	for i, s := range report.Sections {
		if s.ID == id {
			return i
		}
	}
	return -1
}

func sectionIDs() string {
	var ids []string
	for _, s := range report.Sections {
		ids = append(ids, s.ID)
	}
	return strings.Join(ids, "、")
}

// officialRows lists every row the importer reads, by path, with its
// official label: table 二 of both formats, table 三 and its groups
// printed as one row, and table 四.
func officialRows() map[string][]string {
	rows := map[string][]string{}
	add := func(path, label string) {
		for _, l := range rows[path] {
			if l == label {
				return
			}
		}
		rows[path] = append(rows[path], label)
	}
	for _, k := range report.DocumentKinds {
		add("active."+k.Key, k.Label)
	}
	for _, k := range report.DecisionKinds {
		add("active."+k.Key, k.Label)
	}
	add("active.fees", report.FeesLabel)
	for _, r := range report.ActiveRows2019 {
		add("active."+r.Key, r.Label)
	}
	add("active."+report.ProcurementKey, report.ProcurementLabel)
	for _, r := range report.ApplicationRows {
		add(r.Path, r.Label)
	}
	for _, g := range report.ResultGroups {
		add(report.SubtotalPath(g.Key), g.Label)
	}
	for _, r := range report.AppealRows {
		add(r.Path, r.Label)
	}
	return rows
}

// SameOrgan reports whether two organ names are the same but for
// characters text recognition confuses (沭 read as 沐).
func (v *Vocab) SameOrgan(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) != len(rb) {
		return false
	}
	for i := range ra {
		if ra[i] != rb[i] && !v.confusable[ra[i]][rb[i]] {
			return false
		}
	}
	return true
}

// IsMadeUpHeader reports whether a table cell is a header a tool made
// up ("列1"), not text of the report.
func (v *Vocab) IsMadeUpHeader(cell string) bool {
	for _, re := range v.MadeUp {
		if re.MatchString(strings.TrimSpace(cell)) {
			return true
		}
	}
	return false
}
