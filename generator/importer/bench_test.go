package importer

import (
	"strings"
	"testing"
)

// BenchmarkImportHostile imports inputs built to make reading slow, each
// about 1 MiB, the size a real report never reaches: the time must grow
// with the input's size, not its square (docs/limits.md has the figures).
func BenchmarkImportHostile(b *testing.B) {
	head := "某某2023年政府信息公开工作年度报告\n"
	row := "一、本年新收政府信息公开申请数量 1 0 0 0 0 0 1\n"
	const size = 1 << 20
	fill := func(unit string) string { return strings.Repeat(unit, size/len(unit)) }
	for name, src := range map[string]string{
		"headers":      head + fill("第二十条第（一）项\n"),
		"appeals":      head + fill("行政复议\n"),
		"table-rows":   head + "申请人情况\n" + row + fill("甲 1 0 0 0 0 0 1\n"),
		"figures":      head + row + fill("1 a "),
		"run-together": head + fill("规章000规范性文件898989行政许可3960181"),
		"numbering":    head + fill("一、"),
	} {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			for i := 0; i < b.N; i++ {
				Import([]byte(src), Options{Name: name})
			}
		})
	}
}
