package importer

import (
	"errors"
	"fmt"
	"github.com/gongkai/gongkai/generator/layout"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/gongkai/gongkai/generator/content"
	"github.com/gongkai/gongkai/generator/importer/vocab"
	"github.com/gongkai/gongkai/generator/report"
)

// SiteOptions are the choices of `gongkai import`.
type SiteOptions struct {
	Source      string // the site directory
	Org         string // the organ's slug; found by name when empty
	Name        string // the organ's name, when the title does not give it
	Year        int    // the year, when the title does not give it
	Force       bool   // overwrite an existing report
	Acknowledge bool   // record the report's own rule breaches as printed
	Draft       bool   // write cells that cannot be read as unresolved "?"
	DryRun      bool   // read and check, write nothing
	Cells       map[string][]string
}

// Outcome is what an import into a site did.
type Outcome struct {
	*Result
	File     string
	Slug     string
	NewOrgan bool
	// SlugFrom says where a new organ's directory name came from.
	SlugFrom string
	// SiteName is the organ's name in org.toml when it differs from the
	// name in the report's title (a report may print a shorter name, or
	// text recognition misread a character).
	SiteName string
	Written  []string
	Findings []report.Finding // the report's findings, as `gongkai check` prints them
}

// ErrNoOrgan is returned when no organ directory can be named for a
// report: no --org, no organ of the title's name in content/, and no
// directory name in the file's name.
var ErrNoOrgan = content.ErrNoOrgan

// organs remembers the organs of a site, including those an import run
// creates, so that a folder of one organ's years makes one organ.
type organs struct {
	source string
	list   []content.OrganRef
	loaded bool
	// claimed maps the reports imported in this run ("slug/year") to the
	// file they came from and their tables as written: a folder holding a
	// report twice (as a page and as a PDF) must not import one over the
	// other, and where the two disagree the user must know.
	claimed map[string]claim
}

type claim struct{ file, tables string }

// ErrDuplicate is a second file, in one run, of a report already imported.
var ErrDuplicate = errors.New("同一份报告")

func (o *organs) load() error {
	if o.loaded {
		return nil
	}
	list, err := content.Organs(o.source)
	o.list, o.loaded = list, err == nil
	return err
}

func (o *organs) add(slug, name string) {
	o.list = append(o.list, content.OrganRef{Slug: slug, Name: name})
}

// byName finds an organ by its name, or by a name that differs only by
// characters text recognition confuses.
func (o *organs) byName(name string) (content.OrganRef, bool) {
	for _, org := range o.list {
		if content.NameKey(org.Name) == content.NameKey(name) {
			return org, true
		}
	}
	for _, org := range o.list {
		if vocab.Default.SameOrgan(org.Name, name) {
			return org, true
		}
	}
	return content.OrganRef{}, false
}

func (o *organs) bySlug(slug string) (content.OrganRef, bool) {
	for _, org := range o.list {
		if org.Slug == slug {
			return org, true
		}
	}
	return content.OrganRef{}, false
}

// ToSite imports one file into the site.
func ToSite(file string, opt SiteOptions) (*Outcome, error) {
	return (&organs{source: opt.Source}).toSite(file, opt)
}

// toSite reads the report, finds its organ (an organ whose name exists
// is that organ; a new one is named by --org or the file's name), checks
// it as `gongkai check` would (with last year's report for the
// carry-over), acknowledges the findings if asked, and writes
// content/<org>/<year>.toml and .md. Nothing is written when the report
// cannot be read, or with DryRun.
func (o *organs) toSite(file string, opt SiteOptions) (*Outcome, error) {
	res, err := Read(file, Options{Name: file, Cells: opt.Cells, Draft: opt.Draft, Organ: opt.Name, Year: opt.Year})
	if err != nil {
		return nil, err
	}
	if err := o.load(); err != nil {
		return nil, err
	}
	out := &Outcome{Result: res, File: file}
	if err := o.organFor(out, opt); err != nil {
		return nil, err
	}
	r := res.Report
	r.Org, r.File = out.Slug, layout.ReportTOML(out.Slug, res.Year)
	header := []string{res.Title, fmt.Sprintf("由 gongkai import 从 %s（%s）导入，数字照录原文", filepath.Base(file), res.Kind)}
	if res.PublishedFrom != "" {
		header = append(header, "发布日期取自原文的“"+res.PublishedFrom+"”")
	}
	for _, u := range res.Unresolved {
		header = append(header, "待核（\"?\"）："+u.Msg)
	}
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
	key := fmt.Sprintf("%s/%d", out.Slug, res.Year)
	tables := content.EncodeReport(r)
	if first, dup := o.claimed[key]; dup {
		if first.tables == tables {
			return nil, fmt.Errorf("%w：与 %s 是同一份报告（%s %d 年），数字一致，未导入", ErrDuplicate, first.file, res.Organ, res.Year)
		}
		return nil, fmt.Errorf("%w：与 %s 是同一份报告（%s %d 年），但两份的数字不同（%s）：请核对哪一份与所发布的一致，单独用 --force 导入该份", ErrDuplicate, first.file, res.Organ, res.Year, firstDifference(first.tables, tables))
	}
	if !opt.DryRun {
		out.Written, err = content.WriteReport(opt.Source, content.ReportFiles{
			Slug: out.Slug, Year: res.Year, TOML: tomlText, MD: Markdown(res.Narrative), OrganName: res.Organ,
		}, opt.Force)
		if err != nil {
			return nil, err
		}
	}
	if out.NewOrgan {
		o.add(out.Slug, res.Organ)
	}
	if o.claimed != nil {
		o.claimed[key] = claim{file, tables}
	}
	return out, nil
}

// firstDifference names the first line where two encodings of a report's
// tables differ, by its comment (the row's label).
func firstDifference(a, b string) string {
	la, lb := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < len(la) && i < len(lb); i++ {
		if la[i] != lb[i] {
			_, label, _ := strings.Cut(la[i], "# ")
			return "首先不同的是「" + strings.TrimSpace(label) + "」"
		}
	}
	return "行数不同"
}

// organFor names the report's organ directory.
func (o *organs) organFor(out *Outcome, opt SiteOptions) error {
	name := out.Organ
	if opt.Org != "" {
		out.Slug = opt.Org
		if org, ok := o.bySlug(opt.Org); ok {
			if org.Name != name {
				out.SiteName = org.Name
			}
			return nil
		}
		if org, ok := o.byName(name); ok {
			return fmt.Errorf("%w：“%s”已是 content/%s/ 的机关，同一机关只能有一个目录；去掉 --org，或写 --org %s", content.ErrName, name, org.Slug, org.Slug)
		}
		out.NewOrgan = true
		return nil
	}
	if org, ok := o.byName(name); ok {
		out.Slug = org.Slug
		if org.Name != name {
			out.SiteName = org.Name
		}
		return nil
	}
	slug, from := slugFromPath(out.File)
	if slug == "" {
		return fmt.Errorf("%w：content/ 中没有名为“%s”的机关，文件名中也没有可作目录名的拼音或英文；请用 --org 指定机关目录名（小写字母、数字和连字符，如 erqi-office），或把文件改名为如 erqi-office-2023.pdf", ErrNoOrgan, name)
	}
	if org, ok := o.bySlug(slug); ok {
		return fmt.Errorf("%w：报告的机关是“%s”，而由文件名得出的目录 content/%s/ 已属于“%s”；请用 --org 指定另一个目录名", ErrNoOrgan, name, slug, org.Name)
	}
	out.Slug, out.NewOrgan, out.SlugFrom = slug, true, from
	return nil
}

var (
	yearInName = regexp.MustCompile(`(?:^|[-_ .])(?:19|20)\d{2}(?:年度?|年)?(?:$|[-_ .])`)
	slugJunk   = regexp.MustCompile(`[^a-z0-9]+`)
)

// slugFromPath makes an organ's directory name of a file's name, or of
// its folder's when the file is named by its year only: "pingtan-2021.html"
// and "pingtan/2021.pdf" give "pingtan". It returns "" when the names hold
// no letters to make one of.
func slugFromPath(path string) (slug, from string) {
	for _, n := range []string{strings.TrimSuffix(filepath.Base(path), filepath.Ext(path)), filepath.Base(filepath.Dir(path))} {
		s := strings.ToLower(n)
		for yearInName.MatchString(s) {
			s = yearInName.ReplaceAllString(s, "-")
		}
		s = strings.Trim(slugJunk.ReplaceAllString(s, "-"), "-")
		if s != "" && strings.IndexFunc(s, func(r rune) bool { return r >= 'a' && r <= 'z' }) >= 0 && layout.ValidSlug(s) {
			return s, n
		}
	}
	return "", ""
}

// checked encodes r and checks the encoded file as the site will load it,
// so that findings carry the lines of the file written.
func checked(r *report.Report, header []string, source string) (string, []report.Finding, error) {
	text := content.EncodeReport(r, header...)
	decoded, fs := content.DecodeReport(r.File, text, r.Year)
	var load []report.Finding
	for _, f := range fs {
		if f.Severity == report.Note {
			load = append(load, f) // the clerk is told, the file is written
			continue
		}
		if f.Rule != content.RuleUnresolved && f.Rule != content.RuleFormat {
			// The importer built the file: a load error here is a bug, and
			// writing the file would only hide it.
			return "", nil, fmt.Errorf("导入结果无法读取（程序错误，请报告）：%s", f)
		}
		load = append(load, f)
	}
	decoded.Org = r.Org
	reports := []*report.Report{decoded}
	if prev := content.Previous(source, r.Org, r.Year); prev != nil {
		reports = []*report.Report{prev, decoded}
	}
	mine := load
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
		if f.Severity != report.Error || f.Rule == report.RuleUnmatchedAck || f.Rule == content.RuleUnresolved {
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
	return errors.Is(err, ErrNoOrgan) || errors.Is(err, content.ErrSlug) || errors.Is(err, content.ErrName) || errors.Is(err, content.ErrYear)
}

// Unresolved counts the cells left "?" in the report written.
func (o *Outcome) Unresolved() int { return o.Report.UnresolvedCells() }

// Summary is a one-line account of an import, for the command line.
func (o *Outcome) Summary() string {
	var b strings.Builder
	verb := "已导入"
	if o.Written == nil {
		verb = "可导入（未写入）"
	}
	fmt.Fprintf(&b, "%s %s %d 年报告（%s）", verb, o.Organ, o.Year, o.Kind)
	if o.NewOrgan {
		fmt.Fprintf(&b, "，新建机关 %s", o.Slug)
		if o.SlugFrom != "" {
			fmt.Fprintf(&b, "（目录名取自“%s”，可用 --org 另行指定）", o.SlugFrom)
		}
	}
	if len(o.Written) > 0 {
		b.WriteString("：" + strings.Join(o.Written, "、"))
	}
	if o.SiteName != "" {
		fmt.Fprintf(&b, "\n  注意：报告标题中的机关名称“%s”与 content/%s/org.toml 中的“%s”不同，请确认是同一机关", o.Organ, o.Slug, o.SiteName)
	}
	return b.String()
}
