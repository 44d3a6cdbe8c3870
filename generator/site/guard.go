package site

import (
	"fmt"
	"path/filepath"
	"strings"
)

// checkPlace refuses a destination that is, holds or lies within the
// sources; shown is the destination as the user gave it, for messages. Publishing swaps the whole directory and removes the old one,
// so `--destination .` once deleted the site's own content/ and
// config.toml. Refused: the source directory, any directory containing
// it, and anything inside the directories a build reads (a site published
// into static/ would be republished by every later build). What lives in
// the destination itself is checkPublished's concern (manifest.go).
func checkPlace(source, dest, shown string) error {
	src, err := filepath.Abs(source)
	if err != nil {
		return err
	}
	src, dest = resolve(src), resolve(dest)
	if within(src, dest) {
		return fmt.Errorf("输出目录 %s 是站点目录或其上级目录：发布时会整体替换输出目录，站点内容将被删除；请指定单独的目录（默认 <站点目录>/public）", shown)
	}
	for _, input := range sourceDirs {
		if within(dest, filepath.Join(src, input)) {
			return fmt.Errorf("输出目录 %s 在站点的 %s/ 目录之中：构建会读取该目录，发布到其中会被下次构建再次读入；请指定 %s/ 之外的目录（默认 <站点目录>/public）", shown, input, input)
		}
	}
	return nil
}

// sourceDirs are the directories of a site that a build reads.
var sourceDirs = []string{"content", "static", "layouts", "themes"}

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
