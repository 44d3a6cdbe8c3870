package site

import (
	"os"

	"golang.org/x/sys/unix"
)

// writeFile writes a new output file with three system calls: open,
// write, close. os.WriteFile also registers each file with the runtime's
// poller and sets its flags (fcntl, epoll_ctl), which a regular file on a
// local disk has no use for; a build writes thousands of them.
func writeFile(path string, b []byte) error {
	fd, err := unix.Open(path, unix.O_WRONLY|unix.O_CREAT|unix.O_TRUNC|unix.O_CLOEXEC, 0o644)
	if err != nil {
		return &os.PathError{Op: "open", Path: path, Err: err}
	}
	for len(b) > 0 {
		n, err := unix.Write(fd, b)
		if err == unix.EINTR {
			continue
		}
		if err != nil {
			unix.Close(fd)
			return &os.PathError{Op: "write", Path: path, Err: err}
		}
		b = b[n:]
	}
	if err := unix.Close(fd); err != nil {
		return &os.PathError{Op: "close", Path: path, Err: err}
	}
	return nil
}
