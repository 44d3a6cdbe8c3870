package site

import (
	"bytes"
	"flag"
	"path/filepath"
	"sync/atomic"
	"testing"

	"github.com/gongkai/gongkai/generator/render"
	"github.com/gongkai/gongkai/generator/synthetic"
)

// The size of the synthetic portal the benchmarks build; e.g.
//
//	go test -run '^$' -bench Build -benchtime 3x ./generator/site -args -bench.organs 2500
var (
	benchOrgans = flag.Int("bench.organs", 200, "organs of the synthetic benchmark portal")
	benchYears  = flag.Int("bench.years", 4, "years of reports per organ of the benchmark portal")
)

// benchPortal writes the synthetic portal once per benchmark.
func benchPortal(b *testing.B) (dir string, reports int) {
	b.Helper()
	dir = b.TempDir()
	opts := synthetic.Options{Organs: *benchOrgans, Years: *benchYears, Seed: 1}
	if _, _, err := synthetic.Write(dir, opts); err != nil {
		b.Fatal(err)
	}
	return dir, opts.Organs * opts.Years
}

// BenchmarkBuild is a full build: load, check, render every output and
// publish, into a destination on the temporary directory's file system
// (point TMPDIR at a tmpfs to leave the disk out).
func BenchmarkBuild(b *testing.B) {
	src, reports := benchPortal(b)
	dest := filepath.Join(b.TempDir(), "public")
	var res *Result
	b.ResetTimer()
	for b.Loop() {
		var err error
		if res, err = Build(Options{Source: src, Destination: dest}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(reports)*float64(b.N)/b.Elapsed().Seconds(), "reports/s")
	b.ReportMetric(float64(res.Bytes), "bytes/build")
	b.ReportMetric(float64(res.Files), "files/build")
}

// BenchmarkLoad reads and checks the portal: what `gongkai check` does.
func BenchmarkLoad(b *testing.B) {
	src, reports := benchPortal(b)
	b.ResetTimer()
	for b.Loop() {
		if _, err := Load(Options{Source: src}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(reports)*float64(b.N)/b.Elapsed().Seconds(), "reports/s")
}

// BenchmarkRender renders every output into memory, leaving out loading
// and the file system.
func BenchmarkRender(b *testing.B) {
	src, reports := benchPortal(b)
	s, err := Load(Options{Source: src})
	if err != nil {
		b.Fatal(err)
	}
	var written int64
	b.ResetTimer()
	for b.Loop() {
		sink := &countSink{}
		if err := Render(s, Options{Source: src}, sink, &Result{}); err != nil {
			b.Fatal(err)
		}
		written = sink.bytes.Load()
	}
	b.ReportMetric(float64(reports)*float64(b.N)/b.Elapsed().Seconds(), "reports/s")
	b.ReportMetric(float64(written), "bytes/build")
}

// BenchmarkReportPage re-renders one report's page, what an edit of that
// report costs at the least.
func BenchmarkReportPage(b *testing.B) {
	src, _ := benchPortal(b)
	s, err := Load(Options{Source: src})
	if err != nil {
		b.Fatal(err)
	}
	theme, err := render.OpenTheme(s.Dir, s.Config.Theme)
	if err != nil {
		b.Fatal(err)
	}
	r, err := render.NewRenderer(theme, s.Config.Minify)
	if err != nil {
		b.Fatal(err)
	}
	md := render.NewMarkdown(false)
	info := &render.SiteInfo{Title: s.Config.Title, Language: s.Config.Language, BaseURL: s.Config.BaseURL}
	o := s.Organs[len(s.Organs)/2]
	rep := o.Latest()
	var buf bytes.Buffer
	b.ResetTimer()
	for b.Loop() {
		buf.Reset()
		sections, err := md.Sections(rep)
		if err != nil {
			b.Fatal(err)
		}
		p := render.ReportPage(info, o, rep, nil, sections)
		if err := r.Page(&buf, p); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(buf.Len()), "bytes/page")
}

// countSink discards files, counting their bytes.
type countSink struct{ bytes atomic.Int64 }

func (c *countSink) Write(_ string, data []byte) error {
	c.bytes.Add(int64(len(data)))
	return nil
}
