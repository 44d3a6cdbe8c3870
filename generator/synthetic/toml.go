package synthetic

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"

	"github.com/gongkai/gongkai/generator/report"
)

// toml writes the report in the layout of DESIGN.md §2, each row with
// its label as a comment, the way clerks keep real files.
func (t *tables) toml(rng *rand.Rand, year int) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "# 合成数据，非真实报告\nformat    = \"2021\"\nyear      = %d\npublished = %d-01-%02d\n\n", year, year+1, 10+rng.IntN(20))
	b.WriteString("[active]\n")
	for i, k := range report.DocumentKinds {
		d := t.docs[i]
		fmt.Fprintf(&b, "%-19s = { issued = %d, repealed = %d, in_force = %d }   # %s\n", k.Key, d[0], d[1], d[2], k.Label)
	}
	for i, k := range report.DecisionKinds {
		fmt.Fprintf(&b, "%-10s = %-8d # %s\n", k.Key, t.decisions[i], k.Label)
	}
	fmt.Fprintf(&b, "fees       = %-8s # %s（万元）\n", t.fees, report.FeesLabel)
	for _, tbl := range applicationTables() {
		fmt.Fprintf(&b, "\n[%s]\n", tbl.name)
		if t.otherSubtotal && tbl.name == "applications.results.other" {
			var sub row
			for _, i := range tbl.rows {
				for c := range sub {
					sub[c] += t.apps[i][c]
				}
			}
			writeRow(&b, report.SubtotalKey, sub[:], report.GroupLabel("other"))
			continue
		}
		for _, i := range tbl.rows {
			spec := report.ApplicationRows[i]
			writeRow(&b, spec.Key(), t.apps[i][:], spec.Label)
		}
	}
	b.WriteString("\n[appeals]\n")
	for i, spec := range report.AppealRows {
		writeRow(&b, spec.Key(), t.appeals[i][:], spec.Label)
	}
	return b.Bytes()
}

func writeRow(b *bytes.Buffer, key string, cells []int64, label string) {
	s := make([]string, len(cells))
	for i, c := range cells {
		s[i] = itoa(c)
	}
	fmt.Fprintf(b, "%-24s = [%s]   # %s\n", key, strings.Join(s, ", "), label)
}

// tomlTable is one [table] of table 三 and the rows written in it.
type tomlTable struct {
	name string
	rows []int
}

// applicationTables groups the rows of table 三 by their TOML table, in
// order of first appearance: a parent table comes before its sub-tables,
// and all of a table's keys are written under its one header.
func applicationTables() []tomlTable {
	var out []tomlTable
	at := map[string]int{}
	for i, spec := range report.ApplicationRows {
		name := spec.Path[:strings.LastIndexByte(spec.Path, '.')]
		k, ok := at[name]
		if !ok {
			k = len(out)
			at[name] = k
			out = append(out, tomlTable{name: name})
		}
		out[k].rows = append(out[k].rows, i)
	}
	return out
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

func pow10(n int) int64 {
	p := int64(1)
	for ; n > 0; n-- {
		p *= 10
	}
	return p
}

// decimal formats whole.frac with exactly places digits after the point,
// dropping trailing zeros as a published figure would.
func decimal(whole, frac int64, places int) string {
	s := strings.TrimRight(fmt.Sprintf("%d.%0*d", whole, places, frac), "0")
	return strings.TrimSuffix(s, ".")
}
