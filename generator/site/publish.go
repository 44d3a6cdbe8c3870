package site

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
)

// The destination is never written in place: a build writes a sibling
// temporary directory and swaps it in, so the destination always holds
// either the complete old site or the complete new one.

// stagingPrefix names the temporary directories of a destination. A build
// killed before its swap leaves one behind; the next build removes it.
func stagingPrefix(dest string) string {
	return "." + filepath.Base(dest) + ".gongkai-"
}

// stage creates the temporary directory beside dest, after removing what
// earlier killed builds left behind.
func stage(dest string) (string, error) {
	parent := filepath.Dir(dest)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return "", err
	}
	removeLeftovers(dest)
	tmp, err := os.MkdirTemp(parent, stagingPrefix(dest)+"new-")
	if err != nil {
		return "", err
	}
	if err := os.Chmod(tmp, 0o755); err != nil {
		os.RemoveAll(tmp)
		return "", err
	}
	return tmp, nil
}

func removeLeftovers(dest string) {
	entries, err := os.ReadDir(filepath.Dir(dest))
	if err != nil {
		return
	}
	for _, e := range entries {
		if e.IsDir() && isStaging(e.Name(), dest) {
			os.RemoveAll(filepath.Join(filepath.Dir(dest), e.Name()))
		}
	}
}

// isStaging reports whether name is exactly one of the temporary
// directories this package makes for dest: <prefix>new-<digits>, or
// <prefix>old-<prefix>new-<digits>. The parent directory is the user's,
// and a file or directory of theirs that merely shares the prefix is
// not ours to delete.
func isStaging(name, dest string) bool {
	prefix := stagingPrefix(dest)
	rest, ok := strings.CutPrefix(name, prefix)
	if !ok {
		return false
	}
	if old, ok := strings.CutPrefix(rest, "old-"+prefix); ok {
		rest = old
	}
	digits, ok := strings.CutPrefix(rest, "new-")
	if !ok || digits == "" {
		return false
	}
	for _, c := range digits {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// publish swaps the staged directory into place and removes the old site.
func publish(tmp, dest string) error {
	info, err := os.Lstat(dest)
	switch {
	case os.IsNotExist(err):
		return os.Rename(tmp, dest)
	case err != nil:
		return err
	case !info.IsDir():
		return fmt.Errorf("%s 已存在且不是目录，拒绝覆盖", dest)
	}
	old, err := exchange(tmp, dest)
	if err != nil {
		return err
	}
	return removeTree(old)
}

// removeTree removes dir as os.RemoveAll does, its top-level entries on
// every core: the old site of a 10,000-report portal is 42,000 files, and
// unlinking them on one core took most of a second at the end of a
// build, when nothing else runs.
func removeTree(dir string) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return os.RemoveAll(dir)
	}
	var (
		wg    sync.WaitGroup
		once  sync.Once
		first error
		next  = make(chan string)
	)
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for p := range next {
				if err := os.RemoveAll(p); err != nil {
					once.Do(func() { first = err })
				}
			}
		}()
	}
	for _, e := range entries {
		next <- filepath.Join(dir, e.Name())
	}
	close(next)
	wg.Wait()
	if first != nil {
		return first
	}
	return os.RemoveAll(dir)
}

// renameAside moves dest out of the way, then tmp into place.
func renameAside(tmp, dest string) (string, error) {
	old := filepath.Join(filepath.Dir(dest), stagingPrefix(dest)+"old-"+filepath.Base(tmp))
	if err := os.Rename(dest, old); err != nil {
		return "", err
	}
	if err := os.Rename(tmp, dest); err != nil {
		os.Rename(old, dest) // put the old site back
		return "", err
	}
	return old, nil
}
