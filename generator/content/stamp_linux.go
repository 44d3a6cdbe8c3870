package content

import "golang.org/x/sys/unix"

// stampOf lstats path; false when it cannot, and the file is then read.
func stampOf(path string) (stamp, bool) {
	var st unix.Stat_t
	if err := unix.Lstat(path, &st); err != nil {
		return stamp{}, false
	}
	return stamp{ino: int64(st.Ino), size: st.Size,
		mtime: st.Mtim.Nano(), ctime: st.Ctim.Nano()}, true
}
