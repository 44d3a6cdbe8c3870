package site

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// checkDestination refuses a destination whose replacement would destroy
// what is not a built site. Publishing swaps the whole directory and
// removes the old one, so `--destination .` once deleted the site's own
// content/ and config.toml. Refused: the source directory, any directory
// containing it, anything inside content/, and an existing non-empty
// directory without an index.html at its root (not a site gongkai built,
// for example a home directory or a web root shared with other files).
func checkDestination(source, dest string) error {
	src, err := filepath.Abs(source)
	if err != nil {
		return err
	}
	src, dest = resolve(src), resolve(dest)
	switch {
	case within(src, dest):
		return fmt.Errorf("输出目录 %s 是站点目录或其上级目录：发布时会整体替换输出目录，站点内容将被删除；请指定单独的目录（默认 <source>/public）", dest)
	case within(dest, filepath.Join(src, "content")):
		return fmt.Errorf("输出目录 %s 在 content/ 之中：请指定 content/ 之外的目录", dest)
	}
	entries, err := os.ReadDir(dest)
	if err != nil || len(entries) == 0 {
		return nil // missing or empty: nothing to lose
	}
	if _, err := os.Stat(filepath.Join(dest, "index.html")); err != nil {
		return fmt.Errorf("输出目录 %s 已存在且不是 gongkai 生成的站点（没有 index.html）：发布时会整体替换它，拒绝删除其中的 %d 项；请指定空目录", dest, len(entries))
	}
	return nil
}

// within reports whether path is dir or inside it.
func within(path, dir string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// resolve follows the symlinks of the longest existing prefix of path, so
// that a destination reached through a link is compared as what it is.
func resolve(path string) string {
	path = filepath.Clean(path)
	rest := ""
	for p := path; ; p = filepath.Dir(p) {
		if r, err := filepath.EvalSymlinks(p); err == nil {
			return filepath.Join(r, rest)
		}
		if filepath.Dir(p) == p {
			return path
		}
		rest = filepath.Join(filepath.Base(p), rest)
	}
}
