package serve

import (
	"os"
	"path/filepath"
	"strings"
)

// rootDir is a watched root as found on disk. A site may link content/
// (or layouts/, static/, themes/, config.toml) to a place elsewhere, as
// when the reports live in a repository of their own, and the build
// follows that link; so must the watch. The walk starts at the link's
// target, and what it finds there is named by the link.
type rootDir struct {
	rel  string // the root's name in the site: "content"
	path string // where its files are: <site>/content, or the link's target
}

// linked reports whether r is reached through a symbolic link.
func (r rootDir) linked(site string) bool {
	return r.path != filepath.Join(site, r.rel)
}

// resolveRoots finds the watched roots of site. A link is resolved once,
// when the watch starts; a link retargeted later takes a restart.
func resolveRoots(site string) []rootDir {
	var rs []rootDir
	for _, name := range watchedRoots {
		p := filepath.Join(site, name)
		if info, err := os.Lstat(p); err == nil && info.Mode()&os.ModeSymlink != 0 {
			if real, err := filepath.EvalSymlinks(p); err == nil {
				p = real
			}
		}
		rs = append(rs, rootDir{name, p})
	}
	return rs
}

// siteRel names path, found under site or one of roots, relative to the
// site, with slashes.
func siteRel(site string, roots []rootDir, path string) (string, bool) {
	for _, r := range roots {
		if !r.linked(site) {
			continue
		}
		if path == r.path {
			return r.rel, true
		}
		if rest, ok := strings.CutPrefix(path, r.path+string(filepath.Separator)); ok {
			return r.rel + "/" + filepath.ToSlash(rest), true
		}
	}
	rel, err := filepath.Rel(site, path)
	if err != nil || rel == "." || strings.HasPrefix(rel, "..") {
		return "", false
	}
	return filepath.ToSlash(rel), true
}
