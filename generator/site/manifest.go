package site

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/gongkai/gongkai/internal/oserr"
)

// A build replaces its destination whole, so it must know that nothing
// but its own output lives there: a web root holding index.html beside
// other applications, a database and .git/ once lost everything. Every
// published site therefore carries a manifest of the files gongkai wrote,
// and a non-empty destination is replaced only when it has a manifest and
// holds nothing the manifest does not list.

// ManifestName is the manifest's file name at the root of a published site.
const ManifestName = ".gongkai-manifest"

// manifestMagic is the manifest's first line.
const manifestMagic = "gongkai-manifest 1"

// maxManifestSize bounds the manifest read: a 10,000-report portal's is
// about 2 MB.
const maxManifestSize = 64 << 20

// writeManifest writes the sorted list of what the build wrote into dir.
func writeManifest(dir string, written []string) error {
	files := slices.Clone(written)
	slices.Sort(files)
	files = slices.Compact(files)
	var b bytes.Buffer
	b.WriteString(manifestMagic + "\n")
	b.WriteString("# gongkai 发布的文件清单：下次构建只在本目录中没有清单以外的文件时替换它。请勿手工修改。\n")
	for _, f := range files {
		b.WriteString(f)
		b.WriteByte('\n')
	}
	return os.WriteFile(filepath.Join(dir, ManifestName), b.Bytes(), 0o644)
}

// readManifest returns the files a manifest lists, or fs.ErrNotExist when
// dest has none.
func readManifest(dest string) (map[string]bool, error) {
	f, err := os.Open(filepath.Join(dest, ManifestName))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() || info.Size() > maxManifestSize {
		return nil, errors.New("不是常规文件或过大")
	}
	sc := bufio.NewScanner(io.LimitReader(f, maxManifestSize))
	sc.Buffer(make([]byte, 64<<10), 64<<10)
	if !sc.Scan() || sc.Text() != manifestMagic {
		return nil, errors.New("首行不是 " + manifestMagic)
	}
	files := map[string]bool{}
	for sc.Scan() {
		if line := sc.Text(); line != "" && !strings.HasPrefix(line, "#") {
			files[line] = true
		}
	}
	return files, sc.Err()
}

// checkPublished refuses a non-empty destination that gongkai did not
// publish, or that holds files gongkai did not write; shown is the
// destination as the user gave it, for messages.
func checkPublished(dest, shown string) error {
	info, err := os.Lstat(dest)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil
	case err != nil:
		return fmt.Errorf("输出目录 %s 无法读取：%s", shown, oserr.Reason(err))
	case !info.IsDir():
		return fmt.Errorf("输出目录 %s 已存在且不是目录（是文件或符号链接）：拒绝替换它；请指定一个目录", shown)
	}
	entries, err := os.ReadDir(dest)
	if err != nil {
		return fmt.Errorf("输出目录 %s 无法读取：%s", shown, oserr.Reason(err))
	}
	if len(entries) == 0 {
		return nil
	}
	files, err := readManifest(dest)
	if errors.Is(err, fs.ErrNotExist) {
		names := make([]string, 0, 3)
		for _, e := range entries[:min(3, len(entries))] {
			names = append(names, e.Name())
		}
		return fmt.Errorf("输出目录 %s 已存在，其中有 %d 项（如 %s），但它不是 gongkai 发布的站点（根目录没有清单 %s）：发布时会整体替换输出目录，其中的文件将全部被删除，因此拒绝发布。"+
			"请指定一个空目录或新目录（默认 <站点目录>/public），再把结果复制到网站根目录；如果它是旧版 gongkai 生成的站点，请确认后自行删除，再重新构建",
			dest, len(entries), strings.Join(names, "、"), ManifestName)
	}
	if err != nil {
		return fmt.Errorf("输出目录 %s 的清单 %s 无法读取（%v）：无法确认其中都是 gongkai 写入的文件，拒绝替换；请确认后自行删除该目录，或指定一个空目录", shown, ManifestName, err)
	}
	dirs := map[string]bool{}
	for f := range files {
		for d := path.Dir(f); d != "." && !dirs[d]; d = path.Dir(d) {
			dirs[d] = true
		}
	}
	var foreign []string
	count := 0
	err = filepath.WalkDir(dest, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dest, p)
		rel = filepath.ToSlash(rel)
		switch {
		case rel == "." || rel == ManifestName:
			return nil
		case d.IsDir() && dirs[rel], !d.IsDir() && files[rel]:
			return nil
		}
		count++
		if len(foreign) < 5 {
			foreign = append(foreign, rel)
		}
		if d.IsDir() {
			return fs.SkipDir
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("输出目录 %s 无法读取：%s", shown, oserr.Reason(err))
	}
	if count > 0 {
		return fmt.Errorf("输出目录 %s 是 gongkai 发布的站点，但其中有 %d 项不是 gongkai 写入的（如 %s）：发布时会整体替换输出目录，它们将被删除，因此拒绝发布。"+
			"请把它们移出该目录，或指定一个空目录", dest, count, strings.Join(foreign, "、"))
	}
	return nil
}
