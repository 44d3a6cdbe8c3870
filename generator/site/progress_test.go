package site

import (
	"path/filepath"
	"testing"

	"github.com/gongkai/gongkai/generator/synthetic"
)

// Progress ends with every output counted: one per file written.
func TestProgressCountsEveryOutput(t *testing.T) {
	src := t.TempDir()
	if _, _, err := synthetic.Write(src, synthetic.Options{Organs: 3, Years: 2, Seed: 1}); err != nil {
		t.Fatal(err)
	}
	p := &Progress{}
	res, err := Build(Options{Source: src, Destination: filepath.Join(t.TempDir(), "public"), Progress: p})
	if err != nil {
		t.Fatal(err)
	}
	done, total := p.Get()
	if done != total || total != res.Files || res.Reports != 6 {
		t.Errorf("progress %d/%d, %d files, %d reports", done, total, res.Files, res.Reports)
	}
	var none *Progress
	if d, tot := none.Get(); d != 0 || tot != 0 {
		t.Errorf("nil progress: %d/%d", d, tot)
	}
}
