package serve

import (
	"fmt"
	"time"

	"github.com/gongkai/gongkai/generator/report"
)

// maxListed bounds the changes printed one per line.
const maxListed = 5

func (s *Server) logChanges(cs []Change) {
	for i, c := range cs {
		if i == maxListed {
			s.logf("……等共 %d 处变更", len(cs))
			break
		}
		s.logf("%s %s", c.Kind, c.Path)
	}
}

func (s *Server) logOutcome(o *outcome, first bool) {
	d := o.duration.Round(time.Millisecond)
	if !o.ok() {
		for _, p := range o.problems {
			s.logf("%s", p)
		}
		s.logf("%d 个问题：每个页面改为显示问题清单；修改保存后自动重新生成并刷新（用时 %s）", len(o.problems), d)
		return
	}
	what := "重新生成"
	switch {
	case first:
		what = "已生成"
	case o.full:
		what = "全部重新生成"
	}
	reports := 0
	for _, org := range o.site.Organs {
		reports += len(org.Reports)
	}
	s.logf("%s：%d 个机关、%d 份报告，渲染 %d 个页面，复用 %d 个，用时 %s%s",
		what, len(o.site.Organs), reports, o.pages-o.reused, o.reused, d, notes(o.findings))
}

// notes summarises the findings that do not stop the build.
func notes(fs []report.Finding) string {
	var n, acks int
	for _, f := range fs {
		switch {
		case f.Acknowledged:
			acks++
		case f.Severity == report.Note:
			n++
		}
	}
	out := ""
	if n > 0 {
		out += fmt.Sprintf("；提示 %d 条（gongkai check --notes 查看）", n)
	}
	if acks > 0 {
		out += fmt.Sprintf("；已确认原文如此 %d 处", acks)
	}
	return out
}
