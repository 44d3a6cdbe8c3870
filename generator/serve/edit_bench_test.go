package serve

import (
	"flag"
	"os"
	"path/filepath"
	"runtime/pprof"
	"strconv"
	"testing"

	"github.com/gongkai/gongkai/generator/synthetic"
)

// The synthetic portal BenchmarkServeEditOneReport edits; the issue's
// target is 2,500 organs × 4 years:
//
//	TMPDIR=/dev/shm go test -run '^$' -bench EditOneReport ./generator/serve -args -bench.organs 2500
var (
	benchOrgans = flag.Int("bench.organs", 200, "organs of the synthetic portal BenchmarkServeEditOneReport edits")
	benchYears  = flag.Int("bench.years", 4, "years of reports per organ of that portal")
	editProfile = flag.String("bench.editprofile", "", "write a CPU profile of the rebuilds only (not of the first build) to this file")
)

// BenchmarkServeEditOneReport is serve's answer to one saved report: the
// rebuild after a change to one narrative of a middle year, from the
// batch of changes to the new output, with the previous build to reuse.
// Each iteration alternates the narrative between two texts, so that
// every rebuild sees a real change.
func BenchmarkServeEditOneReport(b *testing.B) {
	dir := b.TempDir()
	opts := synthetic.Options{Organs: *benchOrgans, Years: *benchYears, Seed: 1}
	if _, _, err := synthetic.Write(dir, opts); err != nil {
		b.Fatal(err)
	}
	entries, err := os.ReadDir(filepath.Join(dir, "content"))
	if err != nil || len(entries) == 0 {
		b.Fatal("no organ", err)
	}
	year := opts.Years/2 + 2021
	rel := filepath.ToSlash(filepath.Join("content", entries[len(entries)/2].Name(), strconv.Itoa(year)+".md"))
	path := filepath.Join(dir, filepath.FromSlash(rel))
	original, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	edited := append(append([]byte{}, original...), "\n补充说明一句。\n"...)
	prev := build(dir, nil, nil)
	if !prev.ok() {
		b.Fatal(prev.problems)
	}
	change := []Change{{rel, Modified}}
	var out *outcome
	i := 0
	if *editProfile != "" {
		f, err := os.Create(*editProfile)
		if err != nil {
			b.Fatal(err)
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			b.Fatal(err)
		}
		defer pprof.StopCPUProfile()
	}
	b.ResetTimer()
	for b.Loop() {
		b.StopTimer()
		text := edited
		if i%2 == 1 {
			text = original
		}
		i++
		if err := os.WriteFile(path, text, 0o644); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		out = build(dir, change, prev)
		if !out.ok() {
			b.Fatal(out.problems)
		}
		prev = out
	}
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N), "ms/edit")
	b.ReportMetric(float64(out.pages-out.reused), "pages-rendered")
	b.ReportMetric(float64(out.reused), "pages-reused")
}

func itoa(n int) string {
	return string(rune('0'+n/1000)) + string(rune('0'+n/100%10)) + string(rune('0'+n/10%10)) + string(rune('0'+n%10))
}
