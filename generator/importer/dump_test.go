package importer

import (
	"os"
	"testing"
)

func TestDump(t *testing.T) {
	name := os.Getenv("SEED")
	if name == "" {
		t.Skip()
	}
	opt := Options{Name: name}
	for _, c := range seedCases {
		if c.seed == name {
			opt.Cells = c.cells
		}
	}
	res, err := Import(readSeed(t, name), opt)
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range res.Notes {
		t.Log(n)
	}
	t.Log(res.Organ, res.Year, res.Kind, res.Report.Published)
	os.WriteFile(os.Getenv("OUT"), []byte(Markdown(res.Narrative)), 0o644)
}
