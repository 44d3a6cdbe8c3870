package serve

import (
	"io/fs"
	"syscall"
	"time"
)

// changeTime returns a file's status change time and inode: writing a
// file and then restoring its modification time still moves the change
// time, and replacing it by a rename changes the inode.
func changeTime(info fs.FileInfo) (time.Time, uint64) {
	st, ok := info.Sys().(*syscall.Stat_t)
	if !ok {
		return time.Time{}, 0
	}
	return time.Unix(st.Ctim.Sec, st.Ctim.Nsec), st.Ino
}
