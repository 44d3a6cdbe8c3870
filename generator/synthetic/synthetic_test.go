package synthetic_test

import (
	"bytes"
	"crypto/sha256"
	"testing"

	"github.com/gongkai/gongkai/generator/content"
	"github.com/gongkai/gongkai/generator/synthetic"
)

// A generated portal must pass every check with no finding at all, not
// even a note: its numbers satisfy every rule, carry-over included.
func TestPortalPassesCheck(t *testing.T) {
	dir := t.TempDir()
	opts := synthetic.Options{Organs: 60, Years: 4, Seed: 7}
	if _, _, err := synthetic.Write(dir, opts); err != nil {
		t.Fatal(err)
	}
	s, err := content.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range s.Findings {
		t.Errorf("finding: %s", f)
	}
	reports := 0
	for _, o := range s.Organs {
		reports += len(o.Reports)
		if len(o.Reports) != opts.Years {
			t.Errorf("%s: %d reports, want %d", o.Slug, len(o.Reports), opts.Years)
		}
	}
	if len(s.Organs) != opts.Organs || reports != opts.Organs*opts.Years {
		t.Errorf("loaded %d organs, %d reports; want %d, %d", len(s.Organs), reports, opts.Organs, opts.Organs*opts.Years)
	}
}

func TestDeterministic(t *testing.T) {
	opts := synthetic.Options{Organs: 30, Years: 3, Seed: 1}
	a, b := digest(t, opts), digest(t, opts)
	if !bytes.Equal(a, b) {
		t.Fatal("two runs with the same options differ")
	}
	opts.Seed = 2
	if bytes.Equal(a, digest(t, opts)) {
		t.Fatal("another seed gives the same portal")
	}
}

// An organ's files do not depend on how many organs the portal has, so a
// small portal is a prefix of a larger one.
func TestOrgansIndependentOfPortalSize(t *testing.T) {
	small := files(t, synthetic.Options{Organs: 5, Years: 2, Seed: 3})
	large := files(t, synthetic.Options{Organs: 50, Years: 2, Seed: 3})
	for name, data := range small {
		if large[name] != data {
			t.Errorf("%s differs between a 5- and a 50-organ portal", name)
		}
	}
}

func TestRejectsEmptyPortal(t *testing.T) {
	if err := synthetic.Walk(synthetic.Options{Organs: 0, Years: 4}, func(string, []byte) error { return nil }); err == nil {
		t.Fatal("no error for zero organs")
	}
}

func digest(t *testing.T, opts synthetic.Options) []byte {
	h := sha256.New()
	err := synthetic.Walk(opts, func(rel string, data []byte) error {
		h.Write([]byte(rel + "\x00"))
		h.Write(data)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return h.Sum(nil)
}

func files(t *testing.T, opts synthetic.Options) map[string]string {
	m := map[string]string{}
	err := synthetic.Walk(opts, func(rel string, data []byte) error {
		m[rel] = string(data)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return m
}
