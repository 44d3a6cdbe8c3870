//go:build !linux

package content

import "os"

// stampOf lstats path; false when it cannot, and the file is then read.
// Without inode and change time, only size and modification time count.
func stampOf(path string) (stamp, bool) {
	info, err := os.Lstat(path)
	if err != nil {
		return stamp{}, false
	}
	return stamp{size: info.Size(), mtime: info.ModTime().UnixNano()}, true
}
