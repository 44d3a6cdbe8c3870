//go:build !unix

package decode

import (
	"fmt"
	"os"
)

// openNonblocking refuses anything but a regular file before opening it.
func openNonblocking(path string) (*os.File, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, fmt.Errorf("%s：%w（%s），无法导入", path, ErrNotRegular, modeName(info.Mode()))
	}
	return os.Open(path)
}
