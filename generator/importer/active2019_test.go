package importer

import (
	"strings"
	"testing"
)

// TestNegativeRunTogether: a decrease run together with its neighbours
// ("2648-18538") cannot be cut without the table's own cells; the error
// names the row and the --cells to give, and a reading given must keep
// the printed digits and the minus sign.
func TestNegativeRunTogether(t *testing.T) {
	src := readSeed(t, "text/pingtan-2020.txt")
	cells := map[string][]string{
		"active.normative_documents": {"77", "77", "166"},
		"active.licensing":           {"396", "442", "278"},
		"active.other_services":      {"10", "7", "105"},
	}
	_, err := Import(src, Options{Name: "p.txt", Cells: cells})
	if err == nil || !strings.Contains(err.Error(), "表二「行政处罚」") || !strings.Contains(err.Error(), "--cells active.punishment=") {
		t.Fatalf("error = %v; want 行政处罚 named with the --cells to give", err)
	}
	cells["active.punishment"] = []string{"2648", "18", "538"}
	if _, err = Import(src, Options{Name: "p.txt", Cells: cells}); err == nil || !strings.Contains(err.Error(), "不能改动数字") {
		t.Errorf("error = %v; want a dropped minus sign refused", err)
	}
}
