package render

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"

	"github.com/gongkai/gongkai/themes"
)

// Theme is the layered set of files a site renders with: the site's own
// layouts/ and static/ over the theme's.
type Theme struct {
	layers      []fs.FS // first wins
	names       []string
	embedded    bool // the base layer is the embedded default theme
	siteLayouts bool // the site has files of its own under layouts/
}

// OpenTheme layers the site directory over the named theme: "default" is
// the embedded theme, any other name a directory under <site>/themes/.
func OpenTheme(siteDir, name string) (*Theme, error) {
	var base fs.FS
	embedded := false
	switch name {
	case "", "default":
		base, embedded = themes.Default(), true
	default:
		dir := filepath.Join(siteDir, "themes", name)
		if _, err := os.Stat(filepath.Join(dir, "layouts")); err != nil {
			return nil, fmt.Errorf("config.toml: theme %q: %s 中没有 layouts/ 目录", name, dir)
		}
		base = os.DirFS(dir)
	}
	t := &Theme{names: []string{siteDir, "theme " + name}, embedded: embedded}
	t.layers = append(t.layers, os.DirFS(siteDir), base)
	own, err := hasFiles(t.layers[0], "layouts")
	if err != nil {
		return nil, err
	}
	t.siteLayouts = own
	return t, nil
}

// hasFiles reports whether dir holds anything but directories: a file, or
// a link of any kind (a linked file or directory of layouts is read too).
func hasFiles(fsys fs.FS, dir string) (bool, error) {
	found := false
	err := fs.WalkDir(fsys, dir, func(p string, d fs.DirEntry, err error) error {
		switch {
		case err != nil:
			return err
		case !d.IsDir() || d.Type()&fs.ModeSymlink != 0:
			found = true
			return fs.SkipAll
		}
		return nil
	})
	if errors.Is(err, fs.ErrNotExist) {
		return false, nil
	}
	return found, err
}

// Pristine reports whether pages render with the embedded default theme's
// own layouts, none of them overridden by the site.
func (t *Theme) Pristine() bool { return t.embedded && !t.siteLayouts }

// ReadFile returns the first layer's copy of name.
func (t *Theme) ReadFile(name string) ([]byte, string, error) {
	for i, l := range t.layers {
		b, err := fs.ReadFile(l, name)
		if err == nil {
			return b, t.names[i] + ": " + name, nil
		}
		if !errors.Is(err, fs.ErrNotExist) {
			return nil, "", err
		}
	}
	return nil, "", fmt.Errorf("%s: %w", name, fs.ErrNotExist)
}

// Files lists the union of the regular files under dir in every layer,
// sorted, as slash paths relative to dir. Links are left out: a linked
// static file could publish a file from outside the site.
func (t *Theme) Files(dir string) ([]string, error) {
	seen := map[string]bool{}
	for _, l := range t.layers {
		err := fs.WalkDir(l, dir, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				if errors.Is(err, fs.ErrNotExist) && p == dir {
					return fs.SkipDir
				}
				return err
			}
			if d.Type().IsRegular() {
				rel, _ := filepath.Rel(dir, p)
				seen[filepath.ToSlash(rel)] = true
			}
			return nil
		})
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			return nil, err
		}
	}
	var out []string
	for f := range seen {
		out = append(out, f)
	}
	sort.Strings(out)
	return out, nil
}

// StaticFiles lists the files under static/, copied as they are.
func (t *Theme) StaticFiles() ([]string, error) { return t.Files("static") }

// Static reads one static file.
func (t *Theme) Static(rel string) ([]byte, error) {
	b, _, err := t.ReadFile(path.Join("static", rel))
	return b, err
}
