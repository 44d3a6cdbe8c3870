package serve

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"time"
)

// stamp is what polling compares between two walks of a path.
type stamp struct {
	dir   bool
	size  int64
	mtime time.Time
}

// watchPoll walks the watched roots every interval and sends what
// changed, for file systems where inotify does not fire (network shares,
// WSL2 mounts of Windows drives). A directory's own time changes with its
// entries, so directories count only when they appear or go.
func watchPoll(ctx context.Context, root string, interval time.Duration) <-chan []Change {
	out := make(chan []Change)
	go func() {
		var q queue
		known := scan(root)
		tick := time.NewTicker(interval)
		defer tick.Stop()
		for {
			send, batch := q.offer(out)
			select {
			case <-ctx.Done():
				return
			case <-tick.C:
				now := scan(root)
				q.add(diff(known, now))
				known = now
			case send <- batch:
				q.clear()
			}
		}
	}()
	return out
}

// scan stamps every relevant path under the watched roots.
func scan(root string) map[string]stamp {
	m := map[string]stamp{}
	for _, r := range watchedRoots {
		filepath.WalkDir(filepath.Join(root, r), func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil
			}
			rel, _ := filepath.Rel(root, p)
			rel = filepath.ToSlash(rel)
			if !relevant(rel) {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			info, err := os.Lstat(p)
			if err != nil {
				return nil
			}
			m[rel] = stamp{dir: d.IsDir(), size: info.Size(), mtime: info.ModTime()}
			return nil
		})
	}
	return m
}

func diff(before, after map[string]stamp) []Change {
	var cs []Change
	for p, a := range after {
		b, ok := before[p]
		switch {
		case !ok:
			cs = append(cs, Change{p, Created})
		case a.dir != b.dir || !a.dir && (a.size != b.size || !a.mtime.Equal(b.mtime)):
			cs = append(cs, Change{p, Modified})
		}
	}
	for p := range before {
		if _, ok := after[p]; !ok {
			cs = append(cs, Change{p, Removed})
		}
	}
	return cs
}
