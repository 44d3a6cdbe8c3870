package importer

import (
	"errors"
	"fmt"
	"github.com/gongkai/gongkai/generator/content"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/gongkai/gongkai/generator/importer/decode"
	"github.com/gongkai/gongkai/generator/report"
)

// Status is how the import of one file ended.
type Status int

const (
	Imported     Status = iota // written, nothing to do
	WithFindings               // written as printed; the report breaks a rule, to acknowledge
	Attention                  // a person must act: cells to read, an organ to name, a report to overwrite
	Failed                     // cannot be imported
)

func (s Status) String() string {
	return [...]string{"已导入", "已导入，有问题", "需要处理", "失败"}[s]
}

// FileResult is the import of one file of a batch.
type FileResult struct {
	File    string
	Status  Status
	Outcome *Outcome // nil when nothing was read
	Err     error
}

// First is the first problem of the file, or what was written.
func (r FileResult) First() string {
	var e *Error
	switch {
	case errors.As(r.Err, &e) && len(e.Problems) > 0:
		first := e.Problems[0]
		msg := first.Msg
		if first.Line > 0 {
			msg = fmt.Sprintf("第 %d 行：%s", first.Line, msg)
		}
		if n := len(e.Problems); n > 1 {
			msg += fmt.Sprintf("（另有 %d 处）", n-1)
		}
		return msg
	case r.Err != nil:
		return r.Err.Error()
	}
	o := r.Outcome
	if n := o.Unresolved(); n > 0 {
		return fmt.Sprintf("%d 个单元格待核（\"?\"），请对照原文填写：%s", n, strings.Join(o.Written, "、"))
	}
	for _, f := range o.Findings {
		if f.Blocking() {
			return fmt.Sprintf("原文违反勾稽关系（%s）：核对无误后加 --acknowledge --force 重新导入", f.Rule)
		}
	}
	if len(o.Written) == 0 {
		return "未写入（--dry-run）"
	}
	return strings.Join(o.Written, "、")
}

// Batch imports files one after another into the site, each on its own:
// one that fails never stops the others. Organs created by one file are
// found by the next, so that a folder of one organ's years makes one
// organ; a second file for a report already imported in the run (the
// same organ and year) is not imported over the first. progress, if not
// nil, is called before each file.
func Batch(files []string, opt SiteOptions, progress func(done, total int, file string)) []FileResult {
	reg := &organs{source: opt.Source, claimed: map[string]claim{}}
	var out []FileResult
	for i, file := range files {
		if progress != nil {
			progress(i, len(files), file)
		}
		res := FileResult{File: file}
		res.Outcome, res.Err = reg.toSite(file, opt)
		res.Status = status(res)
		out = append(out, res)
	}
	if progress != nil {
		progress(len(files), len(files), "")
	}
	return out
}

func status(r FileResult) Status {
	var e *Error
	switch {
	case errors.As(r.Err, &e) && e.Draftable:
		return Attention
	case r.Err != nil && (IsUsage(r.Err) || errors.Is(r.Err, content.ErrExists) || errors.Is(r.Err, ErrDuplicate)):
		return Attention
	case r.Err != nil:
		return Failed
	case r.Outcome.Unresolved() > 0:
		return Attention
	case report.Blocking(r.Outcome.Findings):
		return WithFindings
	}
	return Imported
}

// Files expands the paths given to `gongkai import`: a file is itself, a
// folder every file under it (hidden files and the site's own folders
// left out), in name order. What the files are is told by their content
// when each is read. A folder that cannot be read is returned in
// unreadable, with why; the others are read all the same.
func Files(paths []string, source string) (files []string, unreadable []FileResult, err error) {
	skip := map[string]bool{}
	for _, d := range []string{"content", "public", "layouts", "static", "themes", "data", ".git"} {
		if abs, err := filepath.Abs(filepath.Join(source, d)); err == nil {
			skip[abs] = true
		}
	}
	var out []string
	for _, p := range paths {
		info, err := os.Stat(p)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			return nil, nil, fmt.Errorf("找不到 %s：请检查路径（含空格的路径请加引号）", p)
		case err != nil:
			return nil, nil, fmt.Errorf("无法读取 %s：%v", p, unwrapPath(err))
		}
		if !info.IsDir() {
			out = append(out, p)
			continue
		}
		var found []string
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				unreadable = append(unreadable, FileResult{File: path, Status: Failed, Err: fmt.Errorf("无法读取：%v", err)})
				return nil
			}
			name := d.Name()
			if path != p && strings.HasPrefix(name, ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				if abs, err := filepath.Abs(path); err == nil && skip[abs] {
					return filepath.SkipDir
				}
				return nil
			}
			if d.Type().IsRegular() || d.Type()&fs.ModeSymlink != 0 {
				found = append(found, path)
			} else {
				// A pipe or a device would block or never end: named,
				// not read, not passed over in silence.
				unreadable = append(unreadable, FileResult{File: path, Status: Failed, Err: fmt.Errorf("%w（%s），未读取", decode.ErrNotRegular, kindOf(d.Type()))})
			}
			return nil
		})
		if err != nil {
			return nil, nil, err
		}
		sort.Strings(found)
		out = append(out, found...)
	}
	return out, unreadable, nil
}

// kindOf names a kind of file that is not a regular one.
func kindOf(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "命名管道"
	case m&fs.ModeSocket != 0:
		return "套接字"
	case m&fs.ModeDevice != 0:
		return "设备文件"
	}
	return "特殊文件"
}

// unwrapPath drops the operation and path an *fs.PathError repeats,
// leaving its reason.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
