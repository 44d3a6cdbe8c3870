package site

import (
	"fmt"
	"testing"

	"github.com/gongkai/gongkai/internal/sitetest"
)

// BenchmarkYearOverYear renders a synthetic portal of 40 organs over five
// years (one in four missing a year), comparison pages included, into
// memory. Synthetic content is for benchmarks only, never published.
func BenchmarkYearOverYear(b *testing.B) {
	files := map[string]string{"config.toml": sitetest.Config}
	for o := 0; o < 40; o++ {
		org := fmt.Sprintf("content/org-%02d/", o)
		files[org+"org.toml"] = fmt.Sprintf("name = \"第%d局\"\ncategory = \"类%d\"\norder = %d\n", o, o%4, o)
		for y := 2021; y <= 2025; y++ {
			if o%4 == 0 && y == 2023 {
				continue
			}
			over := 0
			if y > 2021 && !(o%4 == 0 && y == 2024) {
				over = 1
			}
			files[org+fmt.Sprint(y)+".toml"] = sitetest.Report(y, 10+o+y%7, over, 1)
			files[org+fmt.Sprint(y)+".md"] = sitetest.Narrative
		}
	}
	dir := b.TempDir()
	sitetest.WriteFiles(b, dir, files)
	s, err := Load(Options{Source: dir})
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	var pages int
	for i := 0; i < b.N; i++ {
		res := &Result{}
		if err := Render(s, Options{Source: dir}, NewMemSink(), res); err != nil {
			b.Fatal(err)
		}
		pages = res.Pages
	}
	b.ReportMetric(float64(pages)*float64(b.N)/b.Elapsed().Seconds(), "pages/s")
}
