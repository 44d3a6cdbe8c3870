package render

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/gongkai/gongkai/generator/layout"
	"github.com/gongkai/gongkai/themes"
)

// Theme is the layered set of files a site renders with: the site's own
// layouts/ and static/ over the theme's. No file is read from outside the
// site directory through a link, whatever the link is called and wherever
// it sits on the path: static/assets/style.css linked to /etc/passwd once
// published the password file. Links that stay inside the site work.
type Theme struct {
	layers      []fs.FS  // first wins
	names       []string // each layer's name in messages; "" for the site
	dirs        []string // each layer's directory on disk; "" for the embedded theme
	siteReal    string   // the site directory, links followed
	embedded    bool     // the base layer is the embedded default theme
	siteLayouts bool     // the site has files of its own under layouts/
}

// OpenTheme layers the site directory over the named theme: "default" is
// the embedded theme, any other name a directory under <site>/themes/.
func OpenTheme(siteDir, name string) (*Theme, error) {
	real, err := filepath.EvalSymlinks(siteDir)
	if err != nil {
		return nil, fmt.Errorf("站点目录无法读取：%w", err)
	}
	t := &Theme{siteReal: real}
	t.add("", siteDir, os.DirFS(siteDir))
	switch name {
	case "", "default":
		t.add("内置主题", "", themes.Default())
		t.embedded = true
	default:
		if why := layout.CheckThemeName(name); why != "" {
			return nil, errors.New("config.toml: " + why)
		}
		dir := filepath.Join(siteDir, "themes", name)
		t.add("主题 "+name, dir, os.DirFS(dir))
		layouts, err := t.resolve(1, "layouts")
		if err == nil {
			if info, serr := os.Stat(layouts); serr != nil || !info.IsDir() {
				err = fs.ErrNotExist
			}
		}
		if err != nil {
			why := "themes/" + name + "/ 中没有 layouts/ 目录"
			if !errors.Is(err, fs.ErrNotExist) {
				why = err.Error()
			}
			return nil, fmt.Errorf("config.toml: theme = %q：%s；主题须是站点 themes/ 目录中含 layouts/ 的目录，或删去 theme 一行以使用内置主题", name, why)
		}
	}
	if _, err := t.resolve(0, "layouts"); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}
	own, err := hasFiles(t.layers[0], "layouts")
	if err != nil {
		return nil, t.explain(0, "layouts", err)
	}
	t.siteLayouts = own
	return t, nil
}

func (t *Theme) add(name, dir string, fsys fs.FS) {
	t.names = append(t.names, name)
	t.dirs = append(t.dirs, dir)
	t.layers = append(t.layers, fsys)
}

// where names a layer's file in messages.
func (t *Theme) where(layer int, name string) string {
	if t.names[layer] == "" {
		return name
	}
	return t.names[layer] + " 的 " + name
}

// resolve returns the path on disk of a disk layer's name, links
// followed, refusing one that leads out of the site directory. A missing
// file is fs.ErrNotExist.
func (t *Theme) resolve(layer int, name string) (string, error) {
	real, err := filepath.EvalSymlinks(filepath.Join(t.dirs[layer], filepath.FromSlash(name)))
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "", err
	case err != nil:
		return "", t.explain(layer, name, err)
	case !inside(real, t.siteReal):
		return "", fmt.Errorf("%s 是指向站点目录之外的链接（或位于这样的链接之下）：站点目录之外的文件一律不发布；请把文件本身复制到站点目录中", t.where(layer, name))
	}
	return real, nil
}

// explain turns an error reading name from a layer into a message that
// names the file.
func (t *Theme) explain(layer int, name string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return fmt.Errorf("%s 无法读取：%v", t.where(layer, name), err)
}

// inside reports whether path is dir or lies under it.
func inside(path, dir string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
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

// ReadFile returns the first layer's copy of name, and where it was found.
func (t *Theme) ReadFile(name string) ([]byte, string, error) {
	for i, l := range t.layers {
		b, err := t.read(i, l, name)
		if err == nil {
			where := name
			if t.names[i] != "" {
				where = t.names[i] + ": " + name
			}
			return b, where, nil
		}
		if !errors.Is(err, fs.ErrNotExist) {
			return nil, "", err
		}
	}
	return nil, "", fmt.Errorf("%s: %w", name, fs.ErrNotExist)
}

// read reads name from one layer: from a disk layer only a regular file
// inside the site (a FIFO would block the build).
func (t *Theme) read(layer int, fsys fs.FS, name string) ([]byte, error) {
	if t.dirs[layer] == "" {
		return fs.ReadFile(fsys, name)
	}
	real, err := t.resolve(layer, name)
	if err != nil {
		return nil, err
	}
	info, err := os.Stat(real)
	if err != nil {
		return nil, t.explain(layer, name, err)
	}
	if !info.Mode().IsRegular() {
		return nil, fmt.Errorf("%s 不是普通文件：请换成文件本身", t.where(layer, name))
	}
	b, err := os.ReadFile(real)
	if err != nil {
		return nil, t.explain(layer, name, err)
	}
	return b, nil
}

// Files lists the union of the files under dir in every layer, sorted, as
// slash paths relative to dir: regular files and links to them (ReadFile
// refuses a link that leads out of the site). Linked directories are not
// entered.
func (t *Theme) Files(dir string) ([]string, error) {
	seen := map[string]bool{}
	for i, l := range t.layers {
		if t.dirs[i] != "" {
			if _, err := t.resolve(i, dir); errors.Is(err, fs.ErrNotExist) {
				continue
			} else if err != nil {
				return nil, err
			}
		}
		err := fs.WalkDir(l, dir, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				if errors.Is(err, fs.ErrNotExist) && p == dir {
					return fs.SkipDir
				}
				return err
			}
			file := d.Type().IsRegular()
			if d.Type()&fs.ModeSymlink != 0 {
				// A linked file is copied; a linked directory is not
				// followed (a loop, or half the disk), and saying so
				// beats a site that silently lacks its files.
				info, err := fs.Stat(l, p)
				switch {
				case err != nil:
					return nil // a dangling link (an editor's lock file .#x): nothing to copy
				case info.IsDir():
					return fmt.Errorf("%s 是指向目录的符号链接：目录链接不会被跟随（可能形成循环或指向站点之外）；请把目录本身放在这里，或链接其中的各个文件", t.where(i, p))
				}
				file = info.Mode().IsRegular()
			}
			if file {
				rel, _ := filepath.Rel(dir, p)
				seen[filepath.ToSlash(rel)] = true
			}
			return nil
		})
		var pe *fs.PathError
		if err != nil && !errors.As(err, &pe) {
			return nil, err // said above
		}
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			name := dir
			if errors.As(err, &pe) {
				name = pe.Path
			}
			return nil, t.explain(i, name, err)
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
