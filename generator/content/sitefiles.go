package content

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/BurntSushi/toml"

	"github.com/gongkai/gongkai/generator/layout"
	"github.com/gongkai/gongkai/generator/report"
)

// The content directory read and written outside a build: the organs a
// site has, the report before a year's, and a report's files written
// into place (by gongkai new and gongkai import). A report is never
// overwritten unless asked, and is written whole or not at all.

// ErrExists is returned when a report would be overwritten without force.
var ErrExists = errors.New("报告已存在")

// ErrNoOrgan is returned when an organ is needed but not in content/.
var ErrNoOrgan = errors.New("机关不存在")

// ErrSlug is returned for an organ directory name the site cannot have.
var ErrSlug = errors.New("机关目录名无效")

// ErrYear is returned for a year no report can be on.
var ErrYear = errors.New("年度无效")

// ErrName is returned for an organ name that cannot be written: not
// visible text, or another organ's.
var ErrName = errors.New("机关名称不可用")

// ErrNoSite is returned when the source is not a site directory.
var ErrNoSite = errors.New("不是站点目录")

// ErrNotDir is returned when content/<slug> exists but is not a real
// directory (a symbolic link or a file).
var ErrNotDir = errors.New("机关目录不是目录")

// OrganRef is an organ directory of a site: its slug and its name.
type OrganRef struct {
	Slug string
	Name string
}

// Organs lists the organs under source/content, sorted by slug. A
// directory whose org.toml cannot be read is skipped: `gongkai check`
// reports it.
func Organs(source string) ([]OrganRef, error) {
	root := filepath.Join(source, layout.ContentDir)
	entries, err := os.ReadDir(root)
	if err != nil {
		if os.IsNotExist(err) {
			return nil, nil
		}
		return nil, err
	}
	var out []OrganRef
	for _, e := range entries {
		if !e.IsDir() || !layout.ValidSlug(e.Name()) {
			continue
		}
		var org struct{ Name string }
		if _, err := toml.DecodeFile(filepath.Join(root, e.Name(), layout.OrganFile), &org); err != nil {
			continue
		}
		out = append(out, OrganRef{Slug: e.Name(), Name: strings.TrimSpace(org.Name)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Slug < out[j].Slug })
	return out, nil
}

// FindOrgan returns the slug of the organ named name, if there is one:
// names that differ only in full-width forms or spaces are one name, as
// check's duplicate rule has it.
func FindOrgan(source, name string) (string, bool, error) {
	organs, err := Organs(source)
	if err != nil {
		return "", false, err
	}
	key := NameKey(name)
	for _, o := range organs {
		if NameKey(o.Name) == key {
			return o.Slug, true, nil
		}
	}
	return "", false, nil
}

// OrganName returns the name in content/<slug>/org.toml, and whether the
// organ exists.
func OrganName(source, slug string) (string, bool) {
	var org struct{ Name string }
	if _, err := toml.DecodeFile(filepath.Join(source, filepath.FromSlash(layout.OrganDir(slug)), layout.OrganFile), &org); err != nil {
		return "", false
	}
	return strings.TrimSpace(org.Name), true
}

// Previous decodes the organ's report of the year before, or returns nil
// when there is none (or it does not load: `gongkai check` says why).
func Previous(source, slug string, year int) *report.Report {
	name := layout.ReportTOML(slug, year-1)
	src, err := os.ReadFile(filepath.Join(source, filepath.FromSlash(name)))
	if err != nil {
		return nil
	}
	r, fs := DecodeReport(name, string(src), year-1)
	for _, f := range fs {
		if f.Blocking() {
			return nil
		}
	}
	if r != nil {
		r.Org = slug
	}
	return r
}

// ReportFiles are the files of one report to write.
type ReportFiles struct {
	Slug      string
	Year      int
	TOML, MD  string
	OrganName string // written to a new org.toml when the organ is new
}

// CheckSite refuses a source that is not a site directory, before
// anything is written into it: a mistyped --source once created
// /nonexistent/content/… .
func CheckSite(source string) error {
	info, err := os.Stat(filepath.Join(source, layout.ConfigFile))
	switch {
	case err == nil && info.Mode().IsRegular():
		return nil
	case err == nil:
		return fmt.Errorf("%w：%s 中的 config.toml 不是普通文件", ErrNoSite, source)
	}
	if dir, derr := os.Stat(source); derr != nil || !dir.IsDir() {
		return fmt.Errorf("%w：%s 不存在或不是目录；请在站点目录中运行，或用 --source 指定站点目录", ErrNoSite, source)
	}
	return fmt.Errorf("%w：%s 中没有 config.toml；请在站点目录中运行，或用 --source 指定站点目录（新站点请先写 config.toml，见 README）", ErrNoSite, source)
}

// WriteReport puts the report's files into source/content/<slug>/, creating
// the organ (with org.toml) if needed. It refuses to overwrite an
// existing report unless force is set, and writes each file to a
// temporary name first so that a failure leaves no half-written report.
// It returns the site-relative paths written.
func WriteReport(source string, f ReportFiles, force bool) ([]string, error) {
	if !layout.ValidSlug(f.Slug) {
		return nil, fmt.Errorf("%w：%q 只能用小写字母、数字和连字符（[a-z0-9-]+），且不能是保留名 %s", ErrSlug, f.Slug, strings.Join(layout.Reserved, "、"))
	}
	if err := CheckSite(source); err != nil {
		return nil, err
	}
	if why := CheckYear(f.Year); why != "" {
		return nil, fmt.Errorf("%w：%s", ErrYear, why)
	}
	dir := filepath.Join(source, filepath.FromSlash(layout.OrganDir(f.Slug)))
	// A symlinked organ directory would make this write land outside
	// the site, wherever the link points; the loader refuses such an
	// organ too, so nothing written through it could be published.
	if info, err := os.Lstat(dir); err == nil && !info.IsDir() {
		return nil, fmt.Errorf("%w：content/%s 是符号链接或文件，不是目录；不会经由它写入。请把它换成真实目录后重试", ErrNotDir, f.Slug)
	}
	files := []struct{ rel, data string }{
		{layout.ReportName(f.Year, "toml"), f.TOML},
		{layout.ReportName(f.Year, "md"), f.MD},
	}
	if _, err := os.Stat(filepath.Join(dir, layout.OrganFile)); os.IsNotExist(err) {
		if f.OrganName == "" {
			return nil, fmt.Errorf("%w：content/%s/org.toml 不存在", ErrNoOrgan, f.Slug)
		}
		if why := CheckName(f.OrganName); why != "" {
			return nil, fmt.Errorf("%w：机关名称 %q %s", ErrName, f.OrganName, why)
		}
		files = append(files, struct{ rel, data string }{layout.OrganFile, "name = " + quote(f.OrganName) + "\n"})
	}
	if !force {
		for _, file := range files[:2] {
			if _, err := os.Stat(filepath.Join(dir, file.rel)); err == nil {
				return nil, fmt.Errorf("%w：content/%s/%s（加 --force 覆盖）", ErrExists, f.Slug, file.rel)
			}
		}
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	var tmps []string
	defer func() {
		for _, t := range tmps {
			os.Remove(t)
		}
	}()
	for _, file := range files {
		tmp := filepath.Join(dir, "."+file.rel+".tmp")
		if err := os.WriteFile(tmp, []byte(file.data), 0o644); err != nil {
			return nil, err
		}
		tmps = append(tmps, tmp)
	}
	var written []string
	for i, file := range files {
		if err := os.Rename(tmps[i], filepath.Join(dir, file.rel)); err != nil {
			return written, err
		}
		written = append(written, layout.OrganDir(f.Slug)+"/"+file.rel)
	}
	tmps = nil
	return written, nil
}

func quote(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", " ").Replace(s) + `"`
}
