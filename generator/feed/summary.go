package feed

import (
	"fmt"
	"strings"

	"github.com/gongkai/gongkai/generator/report"
)

// Summary is a report's headline figures in one sentence, for feed
// readers: applications received and processed, how many were disclosed,
// and the appeals. A blank cell is shown as "/", as printed.
func Summary(r *report.Report) string {
	total := func(path string) string { return r.Application(path).Total().String() }
	var b strings.Builder
	fmt.Fprintf(&b, "本年新收政府信息公开申请%s件，上年结转%s件；办理结果总计%s件，其中予以公开%s件、部分公开%s件",
		total("applications.new"), total("applications.carried_over"), total("applications.results.total"),
		total("applications.results.disclosed"), total("applications.results.partially_disclosed"))
	if rate := report.Indicators[0].Rate(report.HeadlineOf(r)); rate.Defined() {
		fmt.Fprintf(&b, "，%s%s", report.Indicators[0].Label, rate)
	}
	b.WriteString("；")
	for i, s := range report.AppealRows {
		if i > 0 {
			b.WriteString("，")
		}
		row := "/"
		if i < len(r.Appeals) {
			row = r.Appeals[i].Total().String()
		}
		fmt.Fprintf(&b, "%s%s件", s.Label, row)
	}
	b.WriteString("。")
	return b.String()
}
