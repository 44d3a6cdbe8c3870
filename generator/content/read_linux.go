package content

import (
	"os"

	"golang.org/x/sys/unix"
)

// readRegular reads a regular file of at most MaxFileSize bytes with
// open, fstat, read and close. os.Stat then os.ReadFile took about ten
// system calls per file (a second stat, and fcntl and epoll_ctl to set
// the file up for the runtime's poller), and a portal has tens of
// thousands of content files. O_NONBLOCK keeps a FIFO left in the content
// tree from blocking the open; it is refused as not regular. O_NOFOLLOW
// refuses a symbolic link (see errSymlink).
func readRegular(path string) ([]byte, error) {
	fd, err := unix.Open(path, unix.O_RDONLY|unix.O_CLOEXEC|unix.O_NONBLOCK|unix.O_NOFOLLOW, 0)
	if err == unix.ELOOP {
		return nil, errSymlink // O_NOFOLLOW: the file itself is a link
	}
	if err != nil {
		return nil, errUnreadable(&os.PathError{Op: "open", Path: path, Err: err})
	}
	defer unix.Close(fd)
	var st unix.Stat_t
	if err := unix.Fstat(fd, &st); err != nil {
		return nil, errUnreadable(&os.PathError{Op: "stat", Path: path, Err: err})
	}
	switch {
	case st.Mode&unix.S_IFMT != unix.S_IFREG:
		return nil, errNotRegular
	case st.Size > MaxFileSize:
		return nil, errTooLarge(st.Size)
	}
	// One byte more than the size, to see the end in one read; the loop
	// still copes with a file that grows while it is read.
	b := make([]byte, 0, st.Size+1)
	for {
		n, err := unix.Read(fd, b[len(b):cap(b)])
		if err == unix.EINTR {
			continue
		}
		if err != nil {
			return nil, errUnreadable(&os.PathError{Op: "read", Path: path, Err: err})
		}
		if n == 0 {
			return b, nil
		}
		b = b[:len(b)+n]
		if len(b) > MaxFileSize {
			return nil, errTooLarge(int64(len(b)))
		}
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
	}
}
