package report

import (
	"os"
	"strings"
	"testing"
)

// The content-format reference must list every row id the loader accepts.
func TestReferenceListsEveryRow(t *testing.T) {
	doc, err := os.ReadFile("../../docs/content-format.md")
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, r := range ApplicationRows {
		ids = append(ids, r.Path)
	}
	for _, r := range AppealRows {
		ids = append(ids, r.Path)
	}
	for _, g := range ResultGroups {
		ids = append(ids, SubtotalPath(g.Key))
	}
	for _, r := range ActiveRows2019 {
		ids = append(ids, "active."+r.Key)
	}
	ids = append(ids, "active."+ProcurementKey)
	for _, r := range Rules {
		ids = append(ids, r.ID)
	}
	for _, id := range ids {
		if !strings.Contains(string(doc), "`"+id+"`") {
			t.Errorf("docs/content-format.md does not list %s", id)
		}
	}
}
