package site

import (
	"os"

	"golang.org/x/sys/unix"
)

// exchange swaps tmp and dest atomically with renameat2(RENAME_EXCHANGE):
// there is no instant at which dest is missing. It returns where the old
// site now is (tmp's path).
func exchange(tmp, dest string) (string, error) {
	err := unix.Renameat2(unix.AT_FDCWD, tmp, unix.AT_FDCWD, dest, unix.RENAME_EXCHANGE)
	if err == nil {
		return tmp, nil
	}
	return renameAside(tmp, dest)
}

// lockDir takes an exclusive lock on the destination's parent directory
// so that two builds of one destination do not race (and do not remove
// each other's staging directory); it waits for the other build.
func lockDir(path string) (func(), error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	if err := unix.Flock(int(f.Fd()), unix.LOCK_EX); err != nil {
		f.Close()
		return nil, err
	}
	return func() { unix.Flock(int(f.Fd()), unix.LOCK_UN); f.Close() }, nil
}
