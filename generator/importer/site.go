package importer

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/gongkai/gongkai/generator/content"
	"github.com/gongkai/gongkai/generator/report"
	"github.com/gongkai/gongkai/generator/scaffold"
)

// MaxInputSize bounds what the importer reads: a report's text or page is
// well under a megabyte.
const MaxInputSize = 16 << 20

// SiteOptions are the choices of `gongkai import`.
type SiteOptions struct {
	Source      string // the site directory
	Org         string // the organ's slug; found by name when empty
	Force       bool   // overwrite an existing report
	Acknowledge bool   // record the report's own rule breaches as printed
	Cells       map[string][]string
}

// Outcome is what an import into a site did.
type Outcome struct {
	*Result
	Slug     string
	NewOrgan bool
	// SiteName is the organ's name in org.toml when it differs from the
	// name in the report's title (a report may print a shorter name).
	SiteName string
	Written  []string
	Findings []report.Finding // the report's findings, as `gongkai check` prints them
}

// ErrNoOrgan is returned when no --org was given and no organ of the
// title's name exists.
var ErrNoOrgan = scaffold.ErrNoOrgan

// ToSite imports file into the site: it reads the report, finds its organ,
// checks it as `gongkai check` would (with last year's report for the
// carry-over), acknowledges the findings if asked, and writes
// content/<org>/<year>.toml and .md. Nothing is written when the report
// cannot be read.
func ToSite(file string, opt SiteOptions) (*Outcome, error) {
	src, err := readInput(file)
	if err != nil {
		return nil, err
	}
	res, err := Import(src, Options{Name: file, Cells: opt.Cells})
	if err != nil {
		return nil, err
	}
	out := &Outcome{Result: res, Slug: opt.Org}
	if out.Slug == "" {
		slug, ok, err := scaffold.FindOrgan(opt.Source, res.Organ)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, fmt.Errorf("%w：content/ 中没有名为“%s”的机关（org.toml 的 name）；请用 --org 指定机关目录名，新机关会以此名称创建", ErrNoOrgan, res.Organ)
		}
		out.Slug = slug
	}
	if name, ok := scaffold.OrganName(opt.Source, out.Slug); !ok {
		out.NewOrgan = true
	} else if name != res.Organ {
		out.SiteName = name
	}
	r := res.Report
	r.Org, r.File = out.Slug, scaffold.ReportFile(out.Slug, res.Year)
	header := []string{res.Title, fmt.Sprintf("由 gongkai import 从 %s（%s）导入，数字照录原文", filepath.Base(file), res.Kind)}

	tomlText, fs, err := checked(r, header, opt.Source)
	if err != nil {
		return nil, err
	}
	if opt.Acknowledge {
		r.Acknowledged = acknowledgements(fs)
		if tomlText, fs, err = checked(r, header, opt.Source); err != nil {
			return nil, err
		}
	}
	out.Findings = fs
	out.Written, err = scaffold.Write(opt.Source, scaffold.Files{
		Slug: out.Slug, Year: res.Year, TOML: tomlText, MD: Markdown(res.Narrative), OrganName: res.Organ,
	}, opt.Force)
	return out, err
}

func readInput(file string) ([]byte, error) {
	info, err := os.Stat(file)
	if err != nil {
		return nil, err
	}
	if info.Size() > MaxInputSize {
		return nil, &Error{File: file, Msg: fmt.Sprintf("文件过大（%d 字节，上限 %d 字节）", info.Size(), MaxInputSize)}
	}
	return os.ReadFile(file)
}

// checked encodes r and checks the encoded file as the site will load it,
// so that findings carry the lines of the file written.
func checked(r *report.Report, header []string, source string) (string, []report.Finding, error) {
	text := content.EncodeReport(r, header...)
	decoded, fs := content.DecodeReport(r.File, text, r.Year)
	for _, f := range fs {
		// The importer built the file: a load error here is a bug, and
		// writing the file would only hide it.
		return "", nil, fmt.Errorf("导入结果无法读取（程序错误，请报告）：%s", f)
	}
	decoded.Org = r.Org
	reports := []*report.Report{decoded}
	if prev := scaffold.Previous(source, r.Org, r.Year); prev != nil {
		reports = []*report.Report{prev, decoded}
	}
	var mine []report.Finding
	for _, f := range report.CheckOrgan(reports) {
		if f.File == r.File {
			mine = append(mine, f)
		}
	}
	return text, mine, nil
}

// acknowledgements records each breached rule and row once, with the
// findings' messages as the note: the report is published as printed.
func acknowledgements(fs []report.Finding) []report.Acknowledgement {
	var acks []report.Acknowledgement
	index := map[string]int{}
	for _, f := range fs {
		if f.Severity != report.Error || f.Rule == report.RuleUnmatchedAck {
			continue
		}
		key := f.Rule + "\x00" + f.Row
		if i, ok := index[key]; ok {
			acks[i].Note += "；" + f.Message
			continue
		}
		index[key] = len(acks)
		acks = append(acks, report.Acknowledgement{Rule: f.Rule, Row: f.Row, Note: "原文如此：" + f.Message})
	}
	return acks
}

// IsUsage reports whether err is the user's to fix by changing the
// command (exit status 2) rather than the input's.
func IsUsage(err error) bool {
	return errors.Is(err, ErrNoOrgan) || errors.Is(err, scaffold.ErrSlug)
}

// Summary is a one-line account of an import, for the command line.
func (o *Outcome) Summary() string {
	var b strings.Builder
	fmt.Fprintf(&b, "已导入 %s %d 年报告（%s）", o.Organ, o.Year, o.Kind)
	if o.NewOrgan {
		fmt.Fprintf(&b, "，新建机关 %s", o.Slug)
	}
	b.WriteString("：" + strings.Join(o.Written, "、"))
	if o.SiteName != "" {
		fmt.Fprintf(&b, "\n  注意：报告标题中的机关名称“%s”与 content/%s/org.toml 中的“%s”不同，请确认是同一机关", o.Organ, o.Slug, o.SiteName)
	}
	return b.String()
}
